# Mesures de l’ISO/IEC 27002:2022 : intitulés en français et résumés rédigés pour le cours,
# puis libellés des thèmes et des valeurs d’attributs. Voir lessons/controls/README.md.

## Thèmes
control-theme-organisational = Mesures organisationnelles
control-theme-people = Mesures applicables aux personnes
control-theme-physical = Mesures physiques
control-theme-technological = Mesures technologiques

## Types de mesures
control-type-preventive = Préventive
control-type-detective = Détective
control-type-corrective = Corrective

## Propriétés de sécurité de l’information
control-property-confidentiality = Confidentialité
control-property-integrity = Intégrité
control-property-availability = Disponibilité

## Concepts de cybersécurité
control-concept-identify = Identifier
control-concept-protect = Protéger
control-concept-detect = Détecter
control-concept-respond = Répondre
control-concept-recover = Rétablir

## Capacités opérationnelles
control-capability-governance = Gouvernance
control-capability-asset-management = Gestion des actifs
control-capability-information-protection = Protection de l’information
control-capability-human-resource-security = Sécurité des ressources humaines
control-capability-physical-security = Sécurité physique
control-capability-system-and-network-security = Sécurité des systèmes et des réseaux
control-capability-application-security = Sécurité des applications
control-capability-secure-configuration = Configuration sécurisée
control-capability-identity-and-access-management = Gestion des identités et des accès
control-capability-threat-and-vulnerability-management = Gestion des menaces et des vulnérabilités
control-capability-continuity = Continuité
control-capability-supplier-relationships-security = Sécurité des relations avec les fournisseurs
control-capability-legal-and-compliance = Juridique et conformité
control-capability-information-security-event-management = Gestion des événements de sécurité de l’information
control-capability-information-security-assurance = Assurance de la sécurité de l’information

## Domaines de sécurité
control-domain-governance-and-ecosystem = Gouvernance et écosystème
control-domain-protection = Protection
control-domain-defence = Défense
control-domain-resilience = Résilience

## Article 5 : mesures organisationnelles

control-5-1-name = Politiques de sécurité de l’information
control-5-1-summary = L’organisme fixe son cap en sécurité dans une politique générale validée par la direction, déclinée en politiques thématiques (accès, sauvegarde, fournisseurs…) qui ont chacune un propriétaire, sont connues des personnes concernées et restent à jour.

control-5-2-name = Fonctions et responsabilités liées à la sécurité de l’information
control-5-2-summary = Chacun sait qui fait quoi en sécurité : propriétaires des actifs, des risques et des processus, fonction sécurité, avec le pouvoir de décision de chacun consigné par écrit, pour qu’aucune tâche ne reste orpheline.

control-5-3-name = Séparation des tâches
control-5-3-summary = Les tâches incompatibles, comme créer un fournisseur et valider ses paiements, sont confiées à des personnes différentes. Dans une petite équipe, on compense par la supervision, la relecture des journaux par un tiers et une acceptation formelle du risque.

control-5-4-name = Responsabilités de la direction
control-5-4-summary = L’encadrement veille à ce que ses équipes appliquent réellement les règles de sécurité : il leur explique leurs obligations, leur en donne le temps et les moyens, et montre l’exemple.

control-5-5-name = Contacts avec les autorités
control-5-5-summary = L’organisme sait à l’avance quelle autorité prévenir selon l’événement (CNIL, forces de l’ordre, ANSSI ou CERT national, autorité sectorielle), qui s’en charge et dans quel délai, et tient cette liste à jour.

control-5-6-name = Contacts avec des groupes d’intérêt spécifiques
control-5-6-summary = Les équipes sécurité participent à des réseaux de CERT, clubs sectoriels, forums et associations professionnelles pour entretenir leurs compétences, recevoir les alertes tôt et confronter leurs pratiques à celles de leurs pairs.

control-5-7-name = Renseignements sur les menaces
control-5-7-summary = L’organisme recueille les informations sur les menaces qui le concernent, les analyse aux niveaux stratégique, tactique et opérationnel, puis en tire des décisions : règles de détection, priorités de correctifs, mise à jour des risques.

control-5-8-name = Sécurité de l’information dans la gestion de projet
control-5-8-summary = Tout projet, informatique ou non, intègre la sécurité : ses risques sont appréciés tôt, ses exigences de sécurité sont écrites, puis vérifiées à chaque jalon jusqu’à la livraison.

control-5-9-name = Inventaire des informations et autres actifs associés
control-5-9-summary = Un inventaire tenu à jour recense les informations de l’organisme et les matériels, logiciels, services et autres actifs qui les portent ou les traitent, chaque entrée ayant un propriétaire désigné.

control-5-10-name = Utilisation correcte des informations et autres actifs associés
control-5-10-summary = Des règles disent à chacun ce qu’il peut faire ou non des informations et des équipements, avec des consignes de manipulation propres à chaque niveau de classification, du stockage à l’envoi et à la destruction.

control-5-11-name = Restitution des actifs
control-5-11-summary = Lors d’un départ ou d’un changement de poste, l’organisme récupère tout ce qu’il avait confié : ordinateur, badge, documents, données copiées sur des appareils personnels, en s’appuyant sur l’inventaire.

control-5-12-name = Classification des informations
control-5-12-summary = Les informations sont réparties en quelques niveaux de protection, par exemple public, interne et confidentiel, selon leur sensibilité et les contraintes légales, le propriétaire choisissant le niveau.

control-5-13-name = Marquage des informations
control-5-13-summary = Le niveau de classification de chaque document se voit, pour les personnes comme pour les outils : en-tête, métadonnées, étiquette de messagerie ou marquage physique, afin qu’il soit traité correctement partout.

control-5-14-name = Transfert des informations
control-5-14-summary = Chaque canal par lequel l’information sort ou circule (messagerie, transfert de fichiers, supports amovibles, papier, échanges oraux) est encadré par des règles ou des accords proportionnés à sa classification.

control-5-15-name = Contrôle d’accès
control-5-15-summary = Des règles écrites, dotées d’un propriétaire, déterminent qui peut accéder à quelles informations et à quels actifs, logiquement et physiquement, selon le besoin métier, le besoin d’en connaître et le moindre privilège.

control-5-16-name = Gestion des identités
control-5-16-summary = Les identités des personnes et des systèmes sont gérées de leur création à leur suppression : une identité par personne, des identités partagées seulement par dérogation approuvée, et une désactivation rapide dès qu’elles ne servent plus.

control-5-17-name = Informations d’authentification
control-5-17-summary = L’attribution, la remise, la réinitialisation et le stockage des mots de passe, jetons, clés et autres secrets sont maîtrisés, et les utilisateurs apprennent à garder les leurs pour eux, par exemple avec un gestionnaire de mots de passe.

control-5-18-name = Droits d’accès
control-5-18-summary = Les droits d’accès sont attribués, ajustés et retirés conformément aux règles d’accès, avec l’accord du propriétaire, des revues régulières de qui détient quoi et un retrait dès le départ ou le changement de poste.

control-5-19-name = Sécurité de l’information dans les relations avec les fournisseurs
control-5-19-summary = L’organisme maîtrise les risques liés aux produits et services de ses fournisseurs : il les classe selon le risque, formule ses attentes et encadre la relation de la sélection jusqu’à la sortie.

control-5-20-name = La sécurité de l’information dans les accords conclus avec les fournisseurs
control-5-20-summary = Les attentes de sécurité envers chaque fournisseur deviennent des clauses du contrat : obligations de protection, notification des incidents, droit d’audit, conditions de sous-traitance, restitution ou suppression des données en fin de contrat.

control-5-21-name = Gestion de la sécurité de l’information dans la chaîne d’approvisionnement TIC
control-5-21-summary = La sécurité exigée des fournisseurs descend le long de la chaîne d’approvisionnement TIC : ils la répercutent à leurs propres sous-traitants, et l’organisme vérifie l’origine et l’intégrité des composants reçus.

control-5-22-name = Surveillance, revue et gestion des changements des services des fournisseurs
control-5-22-summary = L’organisme suit dans la durée la sécurité et la qualité de service de chaque fournisseur (rapports, revues, audits si nécessaire) et apprécie le risque de toute modification du service avant de l’accepter.

control-5-23-name = Sécurité de l’information dans l’utilisation de services en nuage
control-5-23-summary = L’organisme définit comment il choisit, utilise, administre et quitte ses services en nuage : exigences de sécurité, partage des responsabilités avec le prestataire, configuration sûre, surveillance et plan de sortie éprouvé.

control-5-24-name = Planification et préparation de la gestion des incidents de sécurité de l’information
control-5-24-summary = L’organisme se prépare aux incidents avant qu’ils surviennent : processus documenté, rôles et contacts définis, critères de qualification des événements, plans de communication et personnes formées pour les appliquer.

control-5-25-name = Évaluation des événements de sécurité de l’information et prise de décision
control-5-25-summary = Chaque événement signalé est trié selon des critères convenus (fausse alerte, événement à surveiller ou incident) et, s’il s’agit d’un incident, selon sa gravité, la décision et ses motifs étant consignés.

control-5-26-name = Réponse aux incidents de sécurité de l’information
control-5-26-summary = Les incidents avérés sont traités selon des procédures écrites : confinement, éradication, rétablissement, escalade et communication prévues, avec une trace de ce qui a été fait et à quel moment.

control-5-27-name = Tirer des enseignements des incidents de sécurité de l’information
control-5-27-summary = Après chaque incident, l’organisme en recherche les causes profondes et transforme les enseignements en changements concrets des mesures, des procédures, de la formation ou de l’appréciation des risques.

control-5-28-name = Collecte de preuves
control-5-28-summary = Tout ce qui peut servir de preuve après un événement de sécurité est traité pour rester recevable dans une procédure disciplinaire ou judiciaire : mise en sûreté rapide, chaîne de traçabilité documentée, méthodes d’investigation reconnues.

control-5-29-name = Sécurité de l’information durant une perturbation
control-5-29-summary = L’organisme prévoit comment la sécurité tient pendant une perturbation ou une crise, pour que site de repli, mode dégradé et solutions de secours conservent contrôle d’accès, journalisation et surveillance.

control-5-30-name = Préparation des TIC pour la continuité d’activité
control-5-30-summary = Les services TIC sont prêts à soutenir la continuité d’activité : durées et points de reprise tirés du bilan d’impact sur l’activité, moyens capables de les tenir et tests réguliers qui le démontrent.

control-5-31-name = Exigences légales, statutaires, réglementaires et contractuelles
control-5-31-summary = Un registre recense les lois, règlements et contrats qui touchent la sécurité (protection des données, règles sectorielles, encadrement de la cryptographie) et indique comment chaque obligation est satisfaite.

control-5-32-name = Droits de propriété intellectuelle
control-5-32-summary = L’organisme respecte la propriété intellectuelle : logiciels et contenus acquis auprès de sources légitimes, licences rapprochées de ce qui est installé ou souscrit, droit d’auteur et conditions de licence observés.

control-5-33-name = Protection des enregistrements
control-5-33-summary = Les enregistrements sont conservés aussi longtemps que la loi, les contrats et l’activité l’exigent, à l’abri de la perte, de l’altération et des accès non autorisés, et restent lisibles jusqu’au terme de leur durée de conservation.

control-5-34-name = Protection de la vie privée et des données à caractère personnel
control-5-34-summary = L’organisme identifie les règles de protection de la vie privée et des données à caractère personnel qui s’appliquent à lui (RGPD notamment) et s’y conforme : politique dédiée, responsable désigné, mesures techniques et organisationnelles adaptées.

control-5-35-name = Revue indépendante de la sécurité de l’information
control-5-35-summary = La manière dont la sécurité est pilotée est examinée, à intervalles planifiés et après tout changement important, par des personnes indépendantes du domaine, audit interne ou évaluateur externe, et les constats donnent lieu à des actions.

control-5-36-name = Conformité aux politiques, règles et normes de sécurité de l’information
control-5-36-summary = Responsables et propriétaires de systèmes vérifient régulièrement que politiques, règles et normes de sécurité sont appliquées dans leur périmètre, y compris par des contrôles techniques des paramétrages, et corrigent les écarts.

control-5-37-name = Procédures d’exploitation documentées
control-5-37-summary = L’exploitation des systèmes et des installations est décrite par écrit (démarrage, sauvegardes, ordonnancement, traitement des erreurs, redémarrage) dans des consignes tenues à jour et faciles à trouver pour les équipes d’exploitation de permanence.

## Article 6 : mesures applicables aux personnes

control-6-1-name = Sélection des candidats
control-6-1-summary = Les antécédents des candidats sont vérifiés avant l’embauche, dans les limites permises par la loi et en proportion du poste, des informations accessibles et des risques, puis à nouveau lors d’un changement de fonction.

control-6-2-name = Termes et conditions du contrat de travail
control-6-2-summary = La sécurité fait partie de l’engagement réciproque : le contrat de travail ou le règlement qui l’accompagne précise ce que chacun doit faire pour protéger l’information, ce à quoi l’organisme s’engage et les obligations qui survivent au départ.

control-6-3-name = Sensibilisation, enseignement et formation en sécurité de l’information
control-6-3-summary = Le personnel et les prestataires concernés reçoivent une sensibilisation commune et une formation adaptée à leur poste, renouvelées régulièrement, et l’organisme vérifie qu’elles changent réellement les comportements.

control-6-4-name = Processus disciplinaire
control-6-4-summary = Un processus disciplinaire formel, connu à l’avance du personnel, sanctionne les manquements à la politique de sécurité après établissement des faits et en proportion de leur gravité.

control-6-5-name = Responsabilités après la fin ou la modification du contrat de travail
control-6-5-summary = L’organisme définit quelles obligations de sécurité, comme la confidentialité, perdurent après un départ ou un changement de poste, les rappelle à la personne avant qu’elle parte et les rend opposables.

control-6-6-name = Accords de confidentialité ou de non-divulgation
control-6-6-summary = Des accords de confidentialité ou de non-divulgation, adaptés aux informations en jeu, sont signés par le personnel et les tiers avant tout accès, puis réexaminés périodiquement.

control-6-7-name = Travail à distance
control-6-7-summary = Une politique de travail à distance protège les informations utilisées hors des locaux : équipements autorisés, connexions, lieux de travail acceptés et précautions contre les regards indiscrets.

control-6-8-name = Déclaration des événements de sécurité de l’information
control-6-8-summary = Chacun dispose d’un canal simple et connu pour signaler vite tout événement ou toute faiblesse de sécurité suspectés, et le signalement n’expose personne à des reproches.

## Article 7 : mesures physiques

control-7-1-name = Périmètres de sécurité physique
control-7-1-summary = Des périmètres de sécurité entourent les zones qui abritent informations et actifs : murs, portes, clôtures et alarmes dont la robustesse correspond au risque, sans brèche facile.

control-7-2-name = Entrées physiques
control-7-2-summary = L’accès aux zones sécurisées et aux aires de livraison est contrôlé : badges, accueil, registre et accompagnement des visiteurs, droits d’accès revus et retirés lorsqu’ils ne se justifient plus.

control-7-3-name = Sécurisation des bureaux, des salles et des installations
control-7-3-summary = Bureaux, salles et installations sont sécurisés dès leur conception et dans leur usage : serrures, signalétique discrète, activités sensibles à l’abri du regard des visiteurs et des passants.

control-7-4-name = Surveillance de la sécurité physique
control-7-4-summary = Les locaux font l’objet d’une surveillance continue contre les intrusions, par vidéoprotection, alarmes ou gardiennage, et quelqu’un est chargé de réagir aux alertes.

control-7-5-name = Protection contre les menaces physiques et environnementales
control-7-5-summary = Sites et infrastructures sont protégés contre l’incendie, l’inondation, les séismes, les tempêtes, les surtensions et les autres menaces physiques, en commençant par une appréciation des risques avant de choisir ou d’aménager un site.

control-7-6-name = Travail dans les zones sécurisées
control-7-6-summary = Le travail en zone sécurisée suit des règles : information limitée aux personnes qui en ont besoin, visiteurs et prestataires accompagnés, appareils d’enregistrement non autorisés interdits, zones vides fermées à clé.

control-7-7-name = Bureau propre et écran vide
control-7-7-summary = Papiers et supports amovibles sont rangés et les écrans verrouillés dès que l’on s’absente, dans les bureaux comme dans les salles de réunion et les espaces partagés.

control-7-8-name = Emplacement et protection du matériel
control-7-8-summary = Le matériel est installé et protégé à l’abri des risques environnementaux, des manipulations non autorisées et des regards indiscrets, par exemple loin des fenêtres, des canalisations et des zones ouvertes au public.

control-7-9-name = Sécurité des actifs hors des locaux
control-7-9-summary = Les équipements et informations utilisés ou transportés hors des locaux, à domicile, en déplacement ou chez un client, sont protégés contre le vol, la perte et l’altération, et l’organisme sait ce qui sort.

control-7-10-name = Supports de stockage
control-7-10-summary = Les supports de stockage, surtout amovibles, sont gérés tout au long de leur vie (achat, usage, transport, réemploi, destruction) selon la classification des données qu’ils contiennent.

control-7-11-name = Services supports
control-7-11-summary = Les équipements sont protégés contre les défaillances d’alimentation électrique, de télécommunications, d’eau, de chauffage, de ventilation et de climatisation : capacité suffisante, secours, surveillance et alarmes.

control-7-12-name = Sécurité du câblage
control-7-12-summary = Les câbles d’alimentation et de réseau sont protégés contre l’interception, les interférences et les dégradations : cheminements protégés, séparation courant fort et courant faible, baies fermées, inspections périodiques.

control-7-13-name = Maintenance du matériel
control-7-13-summary = Le matériel est entretenu selon les recommandations du fabricant, par des personnes habilitées, et les informations qu’il contient sont protégées lorsqu’il part en réparation.

control-7-14-name = Mise au rebut ou recyclage sécurisé du matériel
control-7-14-summary = Avant qu’un matériel soit jeté, revendu, restitué ou réattribué, l’organisme s’assure que ses supports de stockage ont été effacés de façon sûre ou détruits, sans données sensibles ni logiciels sous licence résiduels.

## Article 8 : mesures technologiques

control-8-1-name = Terminaux finaux des utilisateurs
control-8-1-summary = Les informations stockées sur les portables, téléphones et tablettes, ou accessibles par eux, sont protégées, que l’appareil appartienne à l’organisme ou à l’utilisateur : enregistrement, paramétrage sûr, chiffrement, mises à jour, verrouillage et effacement à distance.

control-8-2-name = Droits d’accès privilégiés
control-8-2-summary = Les droits d’administrateur et autres droits privilégiés restent peu nombreux, justifiés et limités dans le temps, sur des comptes distincts à authentification renforcée, et sont revus plus souvent que les droits ordinaires.

control-8-3-name = Restriction d’accès aux informations
control-8-3-summary = Systèmes et applications font respecter les règles d’accès : chaque rôle ne voit et ne fait que ce dont il a besoin, et les données sensibles restent hors de portée des autres.

control-8-4-name = Accès aux codes source
control-8-4-summary = L’organisme maîtrise qui peut lire et modifier le code source, les outils de développement et les bibliothèques logicielles, par exemple grâce aux droits sur les dépôts, aux branches protégées et à la relecture avant fusion.

control-8-5-name = Authentification sécurisée
control-8-5-summary = Les méthodes de connexion sont à la hauteur de ce qu’elles protègent : authentification multifacteur pour les accès distants et privilégiés, limitation des tentatives infructueuses, protection des identifiants en transit.

control-8-6-name = Dimensionnement
control-8-6-summary = L’utilisation du stockage, de la puissance de calcul, de la bande passante et des ressources humaines est suivie au regard des besoins actuels et prévus, pour agir avant qu’une pénurie ne provoque une interruption.

control-8-7-name = Protection contre les programmes malveillants
control-8-7-summary = La protection contre les programmes malveillants associe logiciels de détection et de réparation, sensibilisation des utilisateurs, installation maîtrisée des logiciels et gestion des changements, aucun outil ne suffisant seul.

control-8-8-name = Gestion des vulnérabilités techniques
control-8-8-summary = L’organisme se tient informé des vulnérabilités techniques de ses systèmes, évalue son exposition et corrige à temps selon le risque : inventaire, sources de veille, délais de correction, vérification.

control-8-9-name = Gestion des configurations
control-8-9-summary = Des configurations de référence sécurisées sont définies pour les matériels, logiciels, services et réseaux, appliquées, tenues à jour, et toute dérive par rapport à la référence approuvée est détectée.

control-8-10-name = Suppression des informations
control-8-10-summary = Les informations devenues inutiles sont supprimées des systèmes, des appareils et des services en nuage, par des méthodes adaptées à leur sensibilité, et l’organisme conserve la preuve de la suppression.

control-8-11-name = Masquage des données
control-8-11-summary = Les données sensibles sont soustraites à la vue de ceux qui n’en ont pas besoin, par masquage, pseudonymisation ou anonymisation, selon les règles d’accès et la loi, notamment pour les données personnelles dans les environnements de test.

control-8-12-name = Prévention de la fuite de données
control-8-12-summary = Des outils et des règles liés à la classification détectent et bloquent la divulgation non autorisée d’informations sensibles par la messagerie, les dépôts sur le web, les supports amovibles ou d’autres canaux.

control-8-13-name = Sauvegarde des informations
control-8-13-summary = L’organisme décide quoi sauvegarder, à quelle fréquence et pour combien de temps selon les besoins métier, non selon les réglages par défaut de l’outil, protège les copies à l’écart des originaux et prouve régulièrement que la restauration fonctionne.

control-8-14-name = Redondance des moyens de traitement de l’information
control-8-14-summary = Composants, liaisons, alimentations ou sites sont doublés autant que l’exigent les besoins de disponibilité, et le basculement vers le secours est testé pour vérifier qu’il fonctionne.

control-8-15-name = Journalisation
control-8-15-summary = L’organisme décide quels événements ses systèmes doivent enregistrer (connexions, actions des administrateurs, erreurs, alertes de sécurité), conserve les journaux à l’abri de toute altération pendant une durée définie et veille à ce qu’ils soient réellement exploités.

control-8-16-name = Activités de surveillance
control-8-16-summary = Réseaux, systèmes et applications sont surveillés pour repérer tout comportement anormal par rapport à une activité de référence, déclencher des alertes et les évaluer comme incidents possibles.

control-8-17-name = Synchronisation des horloges
control-8-17-summary = Serveurs, équipements réseau et applications prennent tous l’heure d’une même référence de confiance, par exemple des serveurs NTP internes, pour que les horodatages des différents journaux concordent et que les événements puissent être remis dans l’ordre.

control-8-18-name = Utilisation de programmes utilitaires à privilèges
control-8-18-summary = Les programmes utilitaires capables de contourner les protections des systèmes et des applications sont réservés à quelques utilisateurs autorisés, journalisés et supprimés là où ils ne servent pas.

control-8-19-name = Installation de logiciels sur des systèmes en exploitation
control-8-19-summary = L’installation de logiciels sur les systèmes en exploitation est maîtrisée : seuls des logiciels approuvés, installés par des administrateurs autorisés, les utilisateurs ne pouvant pas installer les leurs.

control-8-20-name = Sécurité des réseaux
control-8-20-summary = Réseaux et équipements réseau sont sécurisés et gérés : configuration durcie, administration par des chemins protégés, filtrage des flux et surveillance de l’activité réseau.

control-8-21-name = Sécurité des services réseau
control-8-21-summary = Pour chaque service réseau, interne ou acheté, l’organisme définit les fonctions de sécurité, les niveaux de service et les exigences à respecter, et vérifie qu’ils sont effectivement fournis.

control-8-22-name = Cloisonnement des réseaux
control-8-22-summary = Le réseau est découpé en zones distinctes selon le niveau de confiance, la sensibilité ou la fonction (utilisateurs, serveurs, administration, invités, systèmes industriels), avec des flux maîtrisés entre elles.

control-8-23-name = Filtrage web
control-8-23-summary = L’accès aux sites web externes est filtré, en bloquant les sites malveillants connus et les catégories exclues par l’organisme, afin de réduire l’exposition aux menaces venues du web.

control-8-24-name = Utilisation de la cryptographie
control-8-24-summary = L’organisme décide où le chiffrement, la signature et le hachage sont requis et avec quels algorithmes, et gère les clés tout au long de leur vie, de la génération et du stockage au renouvellement, à la révocation et à la destruction.

control-8-25-name = Cycle de vie de développement sécurisé
control-8-25-summary = Des règles encadrent le développement sécurisé des logiciels et des systèmes : environnements protégés, exigences et points de contrôle de sécurité à chaque phase, dépôts sécurisés et développeurs formés.

control-8-26-name = Exigences de sécurité des applications
control-8-26-summary = Les exigences de sécurité de chaque application, développée ou acquise, sont identifiées et validées avant sa construction ou son achat, y compris pour les services en ligne et les transactions.

control-8-27-name = Principes d’ingénierie et d’architecture des systèmes sécurisés
control-8-27-summary = Des principes de conception sûre, comme la défense en profondeur, le moindre privilège et la sécurité par défaut, sont définis et appliqués à chaque couche d’un système, puis revus au fil de l’évolution des menaces.

control-8-28-name = Codage sécurisé
control-8-28-summary = Le code est écrit de façon sûre : règles de codage convenues, évitement des catégories de failles connues, revue de code, maîtrise des composants tiers et correction rapide des défauts découverts après mise en service.

control-8-29-name = Tests de sécurité dans le développement et l’acceptation
control-8-29-summary = La sécurité est testée pendant le développement et avant la mise en production : analyse de code, recherche de vulnérabilités et tests d’intrusion au regard des exigences de sécurité, selon des critères d’acceptation fixés d’avance.

control-8-30-name = Développement externalisé
control-8-30-summary = Quand le développement est externalisé, l’organisme garde la main : exigences de sécurité au contrat, revue et test des livrables, droit d’obtenir des preuves et accès au code.

control-8-31-name = Séparation des environnements de développement, de test et de production
control-8-31-summary = Le développement et les tests se font à l’écart des systèmes en exploitation, avec des comptes et des données distincts, pour qu’un code inachevé ou une erreur de testeur ne puisse atteindre la production, et le passage en production est maîtrisé.

control-8-32-name = Gestion des changements
control-8-32-summary = Toute modification des systèmes et des moyens de traitement passe par la gestion des changements : demande enregistrée, analyse d’impact, tests, autorisation, plan de retour arrière et mise à jour de la documentation.

control-8-33-name = Informations de test
control-8-33-summary = Les tests évitent les copies brutes de données personnelles de production. Quand des données réelles sont indispensables, elles sont masquées, leur usage est approuvé par le propriétaire, elles sont protégées comme en production et supprimées après les tests.

control-8-34-name = Protection des systèmes d’information pendant les tests d’audit
control-8-34-summary = Avant que des auditeurs ou des testeurs n’interviennent sur des systèmes en exploitation, l’organisme convient avec leurs propriétaires de ce qui sera testé, quand et avec quels accès, de préférence en lecture seule et en heures creuses, pour ne pas perturber l’activité.

## Types d’attributs
control-facet-type = Type de mesure
control-facet-property = Propriétés de sécurité de l’information
control-facet-concept = Concepts de cybersécurité
control-facet-capability = Capacités opérationnelles
control-facet-domain = Domaines de sécurité
