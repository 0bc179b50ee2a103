title = Politiques, rôles et actifs (5.1 à 5.14)
overview = Vous verrez comment les quatorze premières mesures organisationnelles posent la gouvernance, relient l’organisme à son environnement et suivent l’information de l’inventaire jusqu’au transfert, et ce qu’un auditeur y recherche.

explanation =
    L’article 5 de l’ISO/IEC 27002 s’ouvre sur les mesures qui encadrent toutes les autres. La 5.1, politiques de sécurité de l’information, attend une politique générale approuvée par la direction, déclinée en politiques thématiques, diffusées aux personnes concernées et réexaminées quand l’organisme ou ses risques évoluent. La 5.2, fonctions et responsabilités liées à la sécurité de l’information, donne un responsable désigné à chaque politique, actif et risque. La 5.3, séparation des tâches, répartit les tâches incompatibles pour qu’une même personne ne puisse pas commettre une erreur, ou une fraude, puis la dissimuler. La 5.4, responsabilités de la direction, demande à l’encadrement d’exiger de ses équipes un comportement sûr et de leur en donner les moyens.

    Trois mesures ouvrent le SMSI sur l’extérieur : la 5.5, contacts avec les autorités (savoir d’avance qui joindre à la CNIL, chez les forces de l’ordre ou à l’ANSSI), la 5.6, contacts avec des groupes d’intérêt spécifiques (réseaux de CERT, clubs et associations où les praticiens partagent leurs alertes), et la 5.7, renseignements sur les menaces, nouvelle en 2022, qui convertit des données brutes sur les attaquants et leurs méthodes en décisions. La 5.8, sécurité de l’information dans la gestion de projet, inscrit la sécurité à l’ordre du jour de tout projet, informatique ou non.

    Les mesures suivantes accompagnent l’information au fil de sa vie. La 5.9, inventaire des informations et autres actifs associés, établit ce qu’il faut protéger et qui en répond ; la 5.10, utilisation correcte des informations et autres actifs associés, dit ce que chacun peut en faire ; la 5.11, restitution des actifs, fait revenir matériel et informations à l’organisme lors d’un départ ou d’un changement de poste. La 5.12, classification des informations, la 5.13, marquage des informations, et la 5.14, transfert des informations, fixent le niveau de protection, le rendent visible et encadrent la circulation de l’information.

    Ces mesures ne valent qu’ensemble : une classification sans inventaire ne s’applique à rien, un marquage sans règles de traitement ne change rien. L’auditeur procède donc par sondage le long de la chaîne : il choisit un actif dans l’inventaire, interroge son propriétaire, vérifie classification et marquage, puis le suit jusqu’à un transfert ou jusqu’au départ d’un salarié.

practical-example =
    Une mutuelle de 400 salariés a remis à plat ces mesures en un trimestre. Sous une politique générale de deux pages signée par le directeur général, onze politiques thématiques figurent dans un registre qui indique leur propriétaire, leur date d’approbation et leur prochaine revue. Chaque direction a recensé ses actifs informationnels (dossiers d’adhérents, données de remboursement, grilles tarifaires) à côté du matériel et des services en nuage déjà suivis par la DSI ; chaque entrée a reçu un propriétaire et l’un des quatre niveaux retenus : public, interne, confidentiel, strictement confidentiel. La suite bureautique appose un marquage par défaut, et la procédure de départ s’appuie sur l’inventaire pour que le matériel soit rendu et les dossiers partagés fermés le dernier jour. Enfin, l’analyste sécurité synthétise chaque mois pour le comité des risques les alertes reçues du CERT sectoriel ; l’une de ces synthèses a fait avancer de six mois l’authentification multifacteur sur l’espace adhérent.

block-governance-heading = Politiques, rôles et encadrement (5.1 à 5.4, 5.8)
block-governance-body =
    Ces mesures s’apprécient à ce que les personnes en savent et en appliquent. Preuves couramment demandées :

    - la politique générale et son approbation, la liste des politiques thématiques avec propriétaires et dates de revue ;
    - la preuve de leur diffusion : accusés de lecture, supports d’accueil des nouveaux arrivants ;
    - des fiches de fonction ou une matrice de responsabilités désignant propriétaires d’actifs, propriétaires des risques et fonction sécurité ;
    - une matrice des tâches incompatibles (créer un fournisseur et valider ses paiements, par exemple) et les droits d’accès qui la font respecter ;
    - pour quelques projets récents, les listes de contrôle de jalons attestant une revue de sécurité.

    La taille change les moyens, pas l’intention. Un grand groupe confie les tâches incompatibles à des équipes distinctes ; une structure de douze personnes n’y parvient pas toujours et compense par la supervision, des journaux relus par un tiers et une acceptation documentée du risque résiduel.

block-outside-world-heading = Autorités, communautés, renseignements sur les menaces (5.5 à 5.7)
block-outside-world-body =
    Pour la 5.5, une courte liste précise qui notifie quelle autorité, pour quel événement et dans quel délai : au titre du RGPD, une violation de données personnelles doit en principe être notifiée à la CNIL dans les 72 heures, et des textes comme NIS 2 fixent leurs propres délais. On l’éprouve lors des exercices de crise.

    Pour la 5.6, l’adhésion compte moins que ce qu’on en retire : alertes reçues et actions déclenchées font de bonnes preuves.

    Pour la 5.7, le renseignement se décline sur trois plans : stratégique (les menaces qui pèsent sur l’activité, pour la direction), tactique (les modes opératoires, pour les architectes et les défenseurs) et opérationnel (indicateurs de compromission et campagnes en cours, pour le centre opérationnel de sécurité). L’écueil classique : un flux que personne ne lit. L’auditeur demandera ce que le renseignement a changé : une règle de détection, un correctif avancé, un risque réévalué.

block-asset-chain-heading = De l’inventaire à la restitution (5.9 à 5.11)
block-asset-chain-body =
    Un inventaire limité au matériel manque l’essentiel. Un inventaire utile recense les informations (données clients, contrats, code source) et les systèmes, services, sites et personnes qui les détiennent, chacun avec un propriétaire qui accepte ce rôle.

    - Tenez-le à jour en le reliant aux sources existantes : gestion du parc, abonnements en nuage, achats.
    - Rédigez les règles d’utilisation correcte (5.10) par niveau de classification plutôt qu’en une longue liste d’interdits.
    - Intégrez la restitution (5.11) aux procédures de départ et de mobilité, y compris pour les informations présentes sur des équipements personnels et pour la passation des connaissances.

block-classify-label-transfer-heading = Classification, marquage et transfert (5.12 à 5.14)
block-classify-label-transfer-body =
    Trois ou quatre niveaux de classification suffisent presque toujours ; chaque niveau de plus multiplie les règles et les erreurs. À chaque niveau correspondent des règles concrètes : qui y accède, comment on le stocke, le transmet et le détruit.

    Le marquage des documents, courriels, supports et métadonnées permet à d’autres mesures d’agir : la 8.12, prévention de la fuite de données, ne bloque un fichier strictement confidentiel que si ce fichier porte son niveau.

    Les règles de transfert couvrent tous les canaux, papier et oral compris. Des échanges réguliers avec un partenaire justifient un accord écrit sur les protections attendues de part et d’autre ; un envoi ponctuel suit les règles du niveau de classification.

example-threat-to-patch = Un bulletin de renseignement signale qu’un groupe de rançongiciel exploite une faille de la passerelle VPN d’une enseigne de distribution. Parce que la 5.7 alimente la gestion des vulnérabilités, le correctif est posé sous 24 heures au lieu d’attendre le cycle mensuel prévu au titre de la 8.8, gestion des vulnérabilités techniques.
example-leaver-phone = Un commercial rejoint un concurrent et rend son ordinateur, mais le fichier clients synchronisé sur son téléphone personnel le suit. La faille se loge entre la 5.10, qui n’a jamais dit si cette synchronisation était permise, et la 5.11, dont la liste de contrôle ne visait que le matériel.

callout-inventory-first-title = L’inventaire d’abord
callout-inventory-first-body = Classification, marquage, utilisation correcte, restitution et la plupart des appréciations des risques reposent sur la 5.9. Si l’inventaire est lacunaire ou sans propriétaires, c’est lui qu’il faut corriger en premier.
callout-shelfware-policy-title = Une politique signée que personne n’a lue
callout-shelfware-policy-body = Devant une politique bien écrite, l’auditeur demandera à deux ou trois salariés ce qu’elle exige d’eux. S’ils l’ignorent, les mesures 5.1 et 5.4 ne fonctionnent pas, si récente que soit la signature.

prompt = Choisissez un actif informationnel d’un organisme que vous connaissez et suivez-le le long de la chaîne : qui en est propriétaire, comment il est classifié et marqué, comment il peut sortir de l’organisme, ce que deviennent ses copies quand une personne qui les détient s’en va. Où est le maillon faible ?
prompt-guidance =
    Une bonne réponse désigne un actif réel (une extraction de la base clients, pas « les données »), un propriétaire identifié par sa fonction et un niveau de classification assorti d’au moins une règle de traitement concrète.

    Elle éprouve ensuite chaque maillon : l’entrée d’inventaire (5.9), le marquage dans les outils du quotidien (5.13), les canaux autorisés par les règles de transfert (5.14), la prise en compte des copies hors des équipements de l’organisme lors d’un départ (5.11). Le maillon faible est souvent le dernier. Concluez par une action corrective et par la preuve qui en montrerait l’efficacité.

exercise = Associez chaque situation à la mesure organisationnelle qu’elle illustre le mieux.
exercise-explanation = Des règles dédiées à un seul sujet, comme la sauvegarde, constituent une politique thématique (5.1). Une matrice de responsabilités relève de la 5.2. Un encadrement qui explique les règles et en vérifie l’application, c’est la 5.4. Un ISAC sectoriel est un groupe d’intérêt spécifique (5.6). Un point de contrôle de sécurité à chaque jalon relève de la 5.8.
exercise-left-topic-policy = Les règles de sauvegarde sont approuvées et publiées dans un document distinct, avec un propriétaire et une date de revue.
exercise-left-raci = Une matrice RACI indique, pour chaque activité de sécurité, qui décide, qui réalise, qui est consulté et qui est informé.
exercise-left-manager-briefing = Chaque directeur présente à son équipe les nouvelles règles d’accès à distance et vérifie qu’elles sont appliquées.
exercise-left-isac = L’équipe sécurité adhère à l’ISAC du secteur bancaire, centre d’échange et d’analyse d’informations, et participe à ses réunions mensuelles.
exercise-left-project-gate = Aucun projet ne franchit le jalon de conception tant qu’une revue des risques de sécurité n’est pas consignée.
exercise-right-p51 = 5.1 Politiques de sécurité de l’information
exercise-right-p52 = 5.2 Fonctions et responsabilités liées à la sécurité de l’information
exercise-right-p54 = 5.4 Responsabilités de la direction
exercise-right-p56 = 5.6 Contacts avec des groupes d’intérêt spécifiques
exercise-right-p58 = 5.8 Sécurité de l’information dans la gestion de projet
