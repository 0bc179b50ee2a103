title = Terminaux, accès à privilèges et authentification
overview = Vous verrez comment les mesures 8.1, 8.2, 8.3, 8.4, 8.5 et 8.18 traduisent les règles d’accès du thème organisationnel en paramètres concrets sur les terminaux, les comptes, les applications et les dépôts de code, et quelles preuves montrent que ces paramètres tiennent.
explanation =
    C’est le thème organisationnel qui fixe qui doit accéder à quoi : la mesure 5.15 (contrôle d’accès) pose les règles, tandis que les mesures 5.16 (gestion des identités), 5.17 (informations d’authentification) et 5.18 (droits d’accès) encadrent les identités tout au long de leur cycle de vie. Les premières mesures technologiques sont le point où ces décisions rencontrent la technique : les terminaux sur lesquels on travaille, les comptes les plus puissants, la façon dont applications et dépôts appliquent les droits, et les mécanismes qui établissent qui se connecte.

    La mesure 8.1, terminaux finaux des utilisateurs, concerne les portables, téléphones et tablettes sur lesquels on travaille, appareils personnels compris, dès lors que des données de l’organisme y résident ou y transitent. Elle prend en général la forme d’un standard imposé par un outil de gestion de flotte. Le comportement attendu des personnes qui travaillent hors des locaux relève de la mesure 6.7 (travail à distance) ; la 8.1 porte sur l’appareil lui-même.

    Les mesures 8.2 (droits d’accès privilégiés) et 8.18 (utilisation de programmes utilitaires à privilèges) encadrent un pouvoir capable de contourner les protections ordinaires. Un droit privilégié s’accorde sur un besoin documenté, pour une durée limitée lorsque l’outillage le permet, à un compte distinct du compte de tous les jours, et il est revu plus souvent que les droits ordinaires. Les outils assez puissants pour court-circuiter les garde-fous d’un système d’exploitation ou d’une application sont réservés aux rares personnes qui en ont besoin, et leur emploi est journalisé.

    La mesure 8.3, restriction d’accès aux informations, fait appliquer par les systèmes eux-mêmes les règles définies au titre de la 5.15. La mesure 8.4, accès aux codes source, étend ce raisonnement aux dépôts et aux chaînes de construction logicielle. La mesure 8.5, authentification sécurisée, traite de la technique de connexion : authentification multifacteur (MFA) lorsque le risque le justifie, protection contre les tentatives répétées de mots de passe, gestion raisonnable des sessions. Les secrets eux-mêmes, et les obligations des utilisateurs à leur égard, relèvent de la 5.17.

    La taille de l’organisme change les outils, pas l’intention. Une PME de vingt personnes peut satisfaire l’essentiel de ces mesures avec le fournisseur d’identité et la gestion des terminaux inclus dans sa suite bureautique. Un grand groupe y ajoute un outil de gestion des accès à privilèges (PAM), l’élévation à la demande, l’enregistrement des sessions et un outil de gouvernance des identités pour les revues. Dans les deux cas, il faut pouvoir montrer à l’auditeur qui détient quels droits, pourquoi, depuis quand, et qui les a vérifiés en dernier.
practical-example =
    Chez un courtier en assurances de 400 salariés, tous les portables et téléphones sont enrôlés dans l’outil de gestion de flotte ; un appareil non géré peut consulter la messagerie dans le navigateur, mais ni télécharger de pièces jointes ni ouvrir les partages de dossiers clients. Les administrateurs disposent de comptes dédiés protégés par des clés FIDO2 et demandent une élévation de quatre heures au plus dans un outil PAM qui enregistre leurs sessions sur les serveurs. L’application de gestion des sinistres n’admet que trois rôles, validés par son propriétaire métier. Le dossier de preuves réunit le rapport de conformité des terminaux, l’export des règles d’accès conditionnel, la liste des comptes à privilèges avec leurs approbations et la revue trimestrielle signée des groupes d’administration.
block-endpoints-heading = Les terminaux des utilisateurs (8.1)
block-endpoints-body =
    Un bon standard de terminal répond à quatre questions, et l’outil de gestion en impose les réponses.

    - Quels appareils peuvent accéder à quelles informations : terminaux gérés de l’organisme, appareils personnels par un conteneur protégé ou le seul navigateur, ou rien du tout.
    - Quelles protections sont obligatoires : chiffrement du disque, verrouillage de l’écran, système d’exploitation encore maintenu, délais de mise à jour, protection du poste.
    - Que se passe-t-il en cas de perte, de vol ou de restitution : effacement à distance, révocation des certificats et des jetons.
    - Qui peut accorder une dérogation, pour combien de temps, et où elle est enregistrée.

    L’auditeur demande le tableau de bord de conformité et le traitement réservé aux appareils non conformes. Un registre de dérogations que personne ne relit est un écart fréquent.
block-privileged-access-heading = Droits et utilitaires à privilèges (8.2, 8.18)
block-privileged-access-body =
    L’accès à privilèges mérite un processus propre : son détournement, ou son vol par un attaquant, neutralise la plupart des autres mesures.

    - Identités séparées : le compte à privilèges est distinct du compte courant et ne sert jamais à lire ses courriels ni à naviguer.
    - Comptes nominatifs : les comptes intégrés, comme root, sont placés dans un coffre-fort, empruntés avec journalisation, et leur mot de passe change après usage.
    - Durée limitée : les droits permanents cèdent la place à l’élévation à la demande partout où la plateforme le permet.
    - Revue rapprochée : les groupes d’administration, comptes de service compris, sont revus plus souvent que les droits ordinaires.
    - Accès d’urgence : les comptes « bris de glace » sont protégés et surveillés, et chaque utilisation fait l’objet d’une revue.

    Pour la 8.18, recensez les outils capables de court-circuiter les garde-fous, supprimez-les là où personne n’en a besoin et journalisez leur emploi là où ils restent.
block-restriction-and-source-code-heading = Restreindre l’accès dans les systèmes et au code (8.3, 8.4)
block-restriction-and-source-code-body =
    Au titre de la 8.3, chaque propriétaire d’application traduit les règles d’accès en rôles, limite ce que chaque rôle peut voir et faire (consulter, modifier, exporter, supprimer) et vérifie que les rapports, exports et liens de partage respectent les mêmes limites. Les suites collaboratives appellent une vigilance particulière : un partage ouvert à toute personne détenant le lien peut défaire sans bruit un modèle de droits soigneusement conçu.

    Au titre de la 8.4, les dépôts de code sont des actifs sensibles. L’écriture est réservée à l’équipe qui maintient le code, les branches protégées exigent une revue avant toute fusion, et la chaîne d’intégration et de déploiement, souvent capable d’écrire en production, est protégée comme un système à privilèges. La lecture compte aussi : le code révèle le fonctionnement d’un système et contient trop souvent des secrets, que la détection automatique et un coffre-fort aident à en retirer.
block-authentication-heading = L’authentification sécurisée (8.5)
block-authentication-body =
    La robustesse de l’authentification doit suivre le risque de ce qu’elle protège. La plupart des organismes exigent désormais le MFA pour l’accès à distance, les services en nuage, la messagerie et tous les comptes à privilèges, avec des méthodes résistantes à l’hameçonnage, clés FIDO2 ou clés d’accès, pour les administrateurs.

    - Fermer les contournements : protocoles anciens qui se contentent d’un mot de passe, comptes de service exemptés, vieux portails VPN.
    - Freiner les tentatives : temporisation ou verrouillage, et contrôle des nouveaux mots de passe contre les listes de mots de passe compromis.
    - Résister à la lassitude MFA : saisie d’un code affiché ou clé de sécurité plutôt qu’une simple notification à approuver.

    L’auditeur rapproche le plus souvent la politique MFA du journal des connexions du fournisseur d’identité, à la recherche des comptes et des protocoles qui y échappent.
example-shared-admin = Un audit interne découvre que trois techniciens partagent le mot de passe de l’administrateur local des serveurs comptables ; personne ne sait qui a modifié un paramètre de paiement le mois dernier. Le correctif combine les mesures 8.2 et 8.5 : comptes d’administration nominatifs protégés par MFA, et compte intégré placé dans un coffre-fort qui journalise chaque emprunt.
example-legacy-protocols = Un cabinet d’avocats impose le MFA sur sa messagerie web, et pourtant un attaquant entre dans la boîte d’une associée en devinant son mot de passe par un ancien protocole de messagerie qui ignore le MFA. C’est la désactivation de l’authentification héritée, non l’ajout d’un facteur, qui ferme la brèche.
example-departed-contractor = Un prestataire parti au printemps pousse encore du code à l’automne, grâce à un compte personnel invité sur la plateforme d’hébergement de code, que la procédure de départ ignorait. Désormais, l’accès aux dépôts passe par le fournisseur d’identité : supprimer une identité supprime tous ses accès.
callout-follow-one-identity-title = Suivre une identité de bout en bout
callout-follow-one-identity-body = Prenez une arrivée, une mobilité et un départ récents, puis retracez terminaux, comptes, droits à privilèges, rôles applicatifs et accès aux dépôts en les confrontant aux approbations enregistrées. Beaucoup d’auditeurs procèdent ainsi, et les écarts entre systèmes apparaissent plus vite qu’à la lecture de n’importe quelle politique.
callout-mfa-coverage-title = « Le MFA est activé » ne veut pas dire « le MFA couvre tout »
callout-mfa-coverage-body = La faiblesse habituelle n’est pas l’absence de MFA, mais ses exceptions : comptes de service, protocoles anciens, VPN oublié, dirigeants dispensés par commodité. Demandez la liste des exclusions et le journal des connexions, pas seulement la politique.
prompt = Choisissez un système important dans un organisme que vous connaissez. Décrivez qui y détient un accès à privilèges, comment cet accès a été obtenu, comment l’authentification de ces comptes est protégée et quand leurs droits ont été revus pour la dernière fois. Que changeriez-vous en premier ?
prompt-guidance =
    Une bonne réponse désigne des rôles plutôt que des personnes, indique si les administrateurs utilisent des comptes distincts et précise si les droits sont permanents ou accordés à la demande. Elle décrit la façon dont ces comptes s’authentifient, idéalement avec un second facteur résistant à l’hameçonnage, et recense les exceptions comme les comptes de service ou d’urgence.

    Pour la revue, elle donne une date, un responsable et ce qui a changé. La première amélioration consiste souvent à remplacer les comptes partagés par des comptes nominatifs, les privilèges permanents par une élévation limitée dans le temps, ou à fermer un contournement de l’authentification comme un protocole ancien.
exercise = Associez chaque situation à la mesure technologique qui y répond le plus directement.
exercise-explanation = Un téléphone perdu relève des terminaux (8.1) ; l’appartenance au groupe des administrateurs du domaine est un droit à privilèges (8.2) ; masquer le champ salaire à certains rôles, c’est restreindre l’accès dans une application (8.3) ; protéger une branche de publication relève de l’accès aux codes source (8.4) ; freiner les tentatives de mots de passe et refuser les mots de passe compromis relève de l’authentification sécurisée (8.5) ; une console qui contourne les contrôles de l’application est un programme utilitaire à privilèges (8.18).
exercise-left-lost-phone = Le téléphone d’un commercial, qui contient sa messagerie professionnelle, est oublié dans un taxi
exercise-left-domain-admin = Décider qui peut appartenir au groupe des administrateurs du domaine, et pour combien de temps
exercise-left-salary-field = L’application RH masque le salaire aux chefs d’équipe mais l’affiche au service paie
exercise-left-release-branch = Seules des fusions relues peuvent atteindre la branche à partir de laquelle les versions sont construites
exercise-left-hardware-key = Les connexions sont ralenties après plusieurs échecs, et les nouveaux mots de passe sont comparés aux listes de mots de passe compromis
exercise-left-database-console = Une console de base de données qui modifie directement les tables, sans passer par les contrôles de l’application
exercise-right-endpoint-devices = 8.1 Terminaux finaux des utilisateurs
exercise-right-privileged-rights = 8.2 Droits d’accès privilégiés
exercise-right-access-restriction = 8.3 Restriction d’accès aux informations
exercise-right-source-code = 8.4 Accès aux codes source
exercise-right-secure-authentication = 8.5 Authentification sécurisée
exercise-right-utility-programs = 8.18 Utilisation de programmes utilitaires à privilèges
