title = Le développement sécurisé, des exigences aux tests d’audit
overview = Vous verrez comment les mesures 8.25 à 8.31, 8.33 et 8.34 intègrent la sécurité à chaque phase du développement ou de l’acquisition d’un système, quelle place tient la nouvelle mesure 8.28 (codage sécurisé), et quels enregistrements prouvent que le cycle de vie fonctionne.
explanation =
    La sécurité ajoutée en fin de projet coûte cher et reste partielle. Les mesures de l’ISO/IEC 27002 consacrées au développement décrivent l’autre voie : des exigences de sécurité posées dès le départ, une architecture conçue pour résister aux attaques, un code écrit et vérifié au regard des catégories de failles connues, des tests menés selon des critères convenus avant la mise en production, et des environnements séparés pour que ni un code inachevé ni des données réelles n’aboutissent là où ils n’ont rien à faire.

    La mesure 8.25, cycle de vie de développement sécurisé, fournit le cadre : une façon documentée de construire logiciels et systèmes, où chaque phase comporte ses activités et ses points de contrôle de sécurité, où les dépôts sont protégés et les développeurs formés. Elle rejoint la mesure 5.8 (sécurité de l’information dans la gestion de projet), qui fait entrer la sécurité dans tous les projets, pas seulement logiciels. La mesure 8.26, exigences de sécurité des applications, inscrit la sécurité parmi ce que l’application doit faire, par écrit et de façon validée, avant de la construire ou de l’acheter. La mesure 8.27, principes d’ingénierie et d’architecture des systèmes sécurisés, demande aux équipes de concevoir selon un ensemble explicite de principes, comme la défense en profondeur, le moindre privilège et la sécurité par défaut, et d’y confronter leurs conceptions.

    La mesure 8.28, codage sécurisé, nouvelle en 2022, porte sur le métier lui-même : normes de codage par langage, évitement des catégories de vulnérabilités bien connues, relecture du code, gestion des bibliothèques tierces, secrets tenus hors du code source. La mesure 8.29, tests de sécurité dans le développement et l’acceptation, prévoit des tests tout au long du développement et une recette confrontant l’application aux exigences avant sa mise en service, dans un environnement proche de la production.

    La mesure 8.30, développement externalisé, laisse l’organisme aux commandes lorsqu’un fournisseur écrit le code : exigences, suivi et acceptation restent de sa responsabilité. La mesure 8.31 sépare les environnements de développement, de test et de production et encadre le passage de l’un à l’autre. La mesure 8.33, informations de test, régit les données utilisées pour les tests, et, au titre de la mesure 8.34, protection des systèmes d’information pendant les tests d’audit, les auditeurs et les responsables d’un système en service conviennent à l’avance du périmètre, des accès et des horaires, pour que l’audit ne provoque pas lui-même un incident.

    Une jeune pousse de huit développeurs peut satisfaire ces mesures avec une plateforme d’hébergement de code : branches protégées, analyse automatique dans la chaîne d’intégration, alertes sur les dépendances, comptes en nuage séparés pour le test et la production. Une banque y ajoute un réseau de correspondants sécurité, une modélisation formelle des menaces, un test d’intrusion pour chaque version majeure et un comité des changements. L’auditeur demande aux deux le même fil de preuves : une exigence, la décision de conception qui y répond, le test qui l’a vérifiée et l’autorisation de mise en production.
practical-example =
    L’équipe plateforme d’un site marchand inscrit des critères d’acceptation de sécurité dans chaque récit utilisateur, en s’appuyant sur un référentiel reconnu de vérification des applications web. Toute nouvelle fonction touchant au paiement ou aux données personnelles passe par une séance d’une heure de modélisation des menaces. Chaque demande de fusion déclenche une analyse statique, une détection de secrets et un contrôle des dépendances, et ne peut être fusionnée tant qu’un résultat de gravité élevée reste ouvert. Les versions candidates sont analysées dynamiquement dans un environnement de préproduction construit à partir des mêmes modèles que la production ; les développeurs n’ont aucun accès permanent à la production, où seule la chaîne de déploiement intervient. Les bases de test sont peuplées de clients fictifs, et le test d’intrusion annuel cible les zones que les modélisations ont désignées comme les plus exposées.
block-lifecycle-and-requirements-heading = Un cycle de vie sécurisé à chaque phase (8.25, 8.26, 8.27)
block-lifecycle-and-requirements-body =
    La figure situe les mesures le long d’un cycle de vie type. Quelle que soit la méthode, en cascade ou agile, chaque phase comporte une activité de sécurité et produit un enregistrement.

    - Exigences (8.26) : issues de l’appréciation des risques, de la classification des informations traitées, des obligations légales et contractuelles et de référentiels reconnus ; rédigées sous forme de critères vérifiables.
    - Conception (8.27) : modélisation des menaces pour les évolutions importantes, application de principes documentés, revue de l’architecture par une personne compétente en sécurité.
    - Règles (8.25) : quelles activités sont obligatoires selon le niveau de risque, qui peut accorder une dérogation, comment les développeurs sont formés.
block-coding-and-testing-heading = Codage et tests (8.28, 8.29)
block-coding-and-testing-body =
    - Normes : un guide de codage sécurisé succinct par langage, qui couvre la validation des entrées, l’encodage des sorties, l’authentification, la gestion des erreurs et l’emploi des bibliothèques cryptographiques.
    - Relecture : relecture par un pair de chaque modification, avec une attention particulière au code sensible ; le code d’origine externe, y compris le code généré, est relu comme le reste.
    - Composants : un inventaire des bibliothèques tierces, par exemple une nomenclature logicielle (SBOM), avec des alertes sur les nouvelles vulnérabilités.
    - Tests : analyse statique pendant le codage, tests dynamiques et tests d’intrusion ciblés avant la mise en production, chacun avec des critères de réussite convenus à l’avance.

    Les preuves comprennent les résultats de la chaîne d’intégration, les comptes rendus de relecture et le procès-verbal de recette qui valide les critères de sécurité.
block-outsourcing-and-environments-heading = Externalisation et environnements (8.30, 8.31)
block-outsourcing-and-environments-body =
    Lorsqu’un fournisseur développe, le contrat porte les exigences de l’organisme : pratiques de codage sécurisé, preuves des tests, droit de tester et d’auditer, propriété du code et licences, séquestre du code source lorsque la continuité l’exige, délais de correction des vulnérabilités. La recette reste entre les mains de l’organisme.

    Les environnements sont séparés logiquement ou physiquement, les outils de développement sont absents de la production, les comptes diffèrent d’un environnement à l’autre, et la mise en production suit la mesure 8.32 (gestion des changements). Les développeurs qui ont besoin d’accéder à la production pour le support y accèdent temporairement et sous surveillance.
block-test-data-and-audits-heading = Données de test et tests d’audit (8.33, 8.34)
block-test-data-and-audits-body =
    Les données de production ne devraient pas être le choix par défaut pour tester. On leur préfère des données fictives ou masquées au titre de la 8.11 ; lorsque des données réelles sont indispensables, chaque copie est autorisée, protégée comme la production, journalisée et supprimée après usage.

    Les audits et évaluations techniques des systèmes en service sont convenus à l’avance : périmètre, accès en lecture seule si possible, créneaux hors des heures de pointe, surveillance des comptes de l’auditeur, retrait des accès et des copies de données à la fin.
example-outsourced-app = Un musée commande une application de billetterie à une agence. Le contrat impose un niveau de vérification reconnu, la remise de rapports d’analyse statique à chaque itération, le droit pour le musée de faire réaliser son propre test d’intrusion et la correction des failles critiques sous dix jours. La responsabilité de la sécurité de l’application reste celle du musée.
example-production-copy = Pour reproduire une anomalie, un développeur restaure sur son portable la base clients de la veille. Un audit interne relève ce manquement aux mesures 8.31 et 8.33 ; l’équipe met désormais à disposition, dans l’environnement de test, un extrait masqué rafraîchi chaque semaine.
example-audit-queries = Un auditeur externe souhaite mener des analyses de données sur l’ERP. La DSI lui fournit une réplique en lecture seule, un compte limité dans le temps et un journal des requêtes exécutées, puis supprime les extractions une fois le rapport d’audit remis, comme l’attend la mesure 8.34.
callout-beyond-developers-title = Pas seulement pour les éditeurs de logiciels
callout-beyond-developers-body = Ces mesures s’appliquent aussi à l’infrastructure décrite par du code, aux scripts, au paramétrage des services SaaS, aux flux de travail sans code et aux tableurs sur lesquels repose l’activité. Un organisme qui ne fait qu’acheter des logiciels mobilise encore les mesures 8.26, 8.29 et 8.30 pour fixer ses exigences et accepter ce qu’il reçoit.
callout-pentest-at-the-end-title = Un test d’intrusion ne fait pas un cycle de vie sécurisé
callout-pentest-at-the-end-body = Un test réalisé juste avant la mise en service découvre les failles au moment où elles coûtent le plus cher à corriger, et ne dit rien des exigences ni de la conception. L’auditeur cherche une activité de sécurité à chaque phase, pas un rapport unique à la fin.
prompt = Suivez une modification récente d’une application que vous connaissez, de la demande à la mise en production. À quelles phases la sécurité a-t-elle été prise en compte, par qui, et quel enregistrement reste-t-il de chaque étape ? Où se situe le maillon faible ?
prompt-guidance =
    Une bonne réponse suit la modification à travers les exigences, la conception, le codage, les tests et la mise en production, et nomme pour chaque phase l’activité de sécurité et son enregistrement : un critère de sécurité dans le ticket, une note de modélisation des menaces, un commentaire de relecture, un résultat d’analyse, une approbation.

    Le maillon faible est souvent l’un de ceux-ci : des exigences muettes sur la sécurité, une analyse dont les résultats sont systématiquement écartés, des données de test copiées depuis la production, ou des développeurs capables de déployer directement en production. La réponse propose une amélioration concrète et la preuve qu’elle produirait.
exercise = Rangez chaque activité dans la phase du cycle de vie à laquelle elle appartient.
exercise-explanation = Les cas d’abus dans les récits utilisateurs (8.26) et la modélisation des menaces (8.27) relèvent des exigences et de la conception. Bloquer une fusion sur un résultat d’analyse et contrôler les bibliothèques (8.28) se fait pendant le développement. Le test d’intrusion de la version candidate (8.29) et les données clients masquées (8.33) relèvent des tests et de la recette. Le déploiement par la seule chaîne automatisée (8.31) et le plan de retour arrière (8.32) relèvent de la mise en production et de l’exploitation.
exercise-category-design = Exigences et conception
exercise-category-build = Développement
exercise-category-test = Tests et recette
exercise-category-release = Mise en production et exploitation
exercise-item-abuse-cases = Inscrire des cas d’abus et des critères d’acceptation de sécurité dans les récits utilisateurs
exercise-item-threat-model = Animer une séance de modélisation des menaces sur l’architecture d’un nouveau parcours de paiement
exercise-item-analysis-gate = Bloquer une demande de fusion lorsque l’analyse statique détecte une faille d’injection
exercise-item-dependency-check = Vérifier les vulnérabilités connues d’une bibliothèque libre avant de l’ajouter
exercise-item-release-pentest = Soumettre la version candidate à un test d’intrusion selon des critères de réussite convenus
exercise-item-masked-records = Charger des données clients masquées dans l’environnement de préproduction
exercise-item-pipeline-deploy = Réserver le déploiement en production à la chaîne automatisée, sans intervention des développeurs
exercise-item-rollback-plan = Préparer un plan de retour arrière avant d’activer la nouvelle version
figure-secure-sdlc-caption = Les mesures de développement placées le long d’un cycle de vie
figure-secure-sdlc-description =
    Un bandeau en haut représente la mesure 8.25, cycle de vie de développement sécurisé, qui fixe règles, jalons et formation pour chaque phase.

    En dessous, cinq phases se succèdent de gauche à droite :

    - Exigences : 8.26, exigences de sécurité des applications.
    - Conception : 8.27, principes d’ingénierie et d’architecture des systèmes sécurisés.
    - Développement : 8.28, codage sécurisé.
    - Tests et recette : 8.29, tests de sécurité dans le développement et l’acceptation, et 8.33, informations de test.
    - Mise en production et exploitation : passage maîtrisé en production selon la mesure 8.32, gestion des changements.

    Sous les phases de développement, de tests et de mise en production, des traits en pointillés mènent à trois environnements séparés, développement, test et production, reliés par des flèches qui figurent le passage de l’un à l’autre ; une étiquette à gauche désigne la mesure 8.31, séparation des environnements de développement, de test et de production. Un cadre en pointillés, en bas, représente la mesure 8.30, développement externalisé : les mêmes exigences s’appliquent lorsqu’un fournisseur réalise le travail, que l’organisme suit et accepte.
figure-secure-sdlc-label-lifecycle = 8.25 Cycle de vie de développement sécurisé : règles, jalons et formation à chaque phase
figure-secure-sdlc-label-requirements-title = Exigences
figure-secure-sdlc-label-requirements-detail = 8.26 Exigences de sécurité des applications
figure-secure-sdlc-label-design-title = Conception
figure-secure-sdlc-label-design-detail = 8.27 Principes d’ingénierie et d’architecture des systèmes sécurisés
figure-secure-sdlc-label-build-title = Développement
figure-secure-sdlc-label-build-detail = 8.28 Codage sécurisé
figure-secure-sdlc-label-test-title = Tests et recette
figure-secure-sdlc-label-test-detail = 8.29 Tests de sécurité ; 8.33 Informations de test
figure-secure-sdlc-label-release-title = Mise en production et exploitation
figure-secure-sdlc-label-release-detail = Passage maîtrisé selon 8.32 Gestion des changements
figure-secure-sdlc-label-environments = 8.31 Séparation des environnements de développement, de test et de production
figure-secure-sdlc-label-env-development = Environnement de développement
figure-secure-sdlc-label-env-test = Environnement de test
figure-secure-sdlc-label-env-production = Environnement de production
figure-secure-sdlc-label-outsourced = 8.30 Développement externalisé : les mêmes exigences s’appliquent, et l’organisme suit et accepte le travail du fournisseur
