title = Surveillance, audit interne, revue de direction et amélioration
overview = Vous saurez expliquer ce qu’attendent les articles 9 et 10 de l’ISO/IEC 27001, comment surveillance, audit interne, revue de direction et action corrective s’alimentent mutuellement, et quel rôle équivalent jouent les mesures 5.35 et 5.36 de l’ISO/IEC 27002 parmi les mesures de sécurité.
explanation =
    Les articles 9 et 10 sont ceux où le SMSI prouve qu’il fonctionne et se corrige. Avant de certifier, l’auditeur veut voir au moins un tour complet de la boucle : des résultats de mesure, des audits internes couvrant le système, une revue de direction qui les a exploités et des non-conformités traitées par des actions correctives.

    L’article 9.1 demande à l’organisme de déterminer ce qu’il surveille et mesure, processus et mesures de sécurité compris ; des méthodes donnant des résultats valables, c’est-à-dire comparables et reproductibles ; quand et par qui mesurer, puis analyser et évaluer les résultats. Il s’agit de juger à la fois la performance en sécurité et l’efficacité du SMSI. L’ISO/IEC 27004 aide à concevoir ces indicateurs.

    L’audit interne (9.2) vérifie à intervalles planifiés que le SMSI est conforme aux exigences propres de l’organisme et à celles de la norme, et qu’il est mis en œuvre et tenu à jour efficacement ; depuis 2022, l’article distingue les généralités (9.2.1) et le programme d’audit (9.2.2). La revue de direction (9.3) est le jugement périodique de la direction sur la pertinence, l’adéquation et l’efficacité du SMSI, en trois parties : généralités, éléments d’entrée, résultats (9.3.1 à 9.3.3). L’article 10 améliore ensuite le système en continu (10.1) et au cas par cas lorsqu’une non-conformité survient (10.2).

    L’ISO/IEC 27002 offre un pendant du côté des mesures. La 5.35, revue indépendante de la sécurité de l’information, fait examiner de façon indépendante l’approche de l’organisme en matière de sécurité et sa mise en œuvre, à intervalles planifiés ou après un changement important. La 5.36, conformité aux politiques, règles et normes de sécurité de l’information, fait vérifier régulièrement par les responsables que leur périmètre respecte les règles. L’article 9.2 est une exigence du système de management ; les 5.35 et 5.36 sont des mesures inscrites dans la déclaration d’applicabilité. Un programme d’audit bien construit fournit souvent des preuves pour les trois.
practical-example = Un groupe logistique de 400 salariés suit un programme d’audit sur trois ans : chaque année, tous les articles et les mesures qui traitent les risques élevés ; les autres mesures de l’annexe A par roulement. Deux auditeurs formés, issus de l’audit financier, n’auditent jamais leur propre service. Des indicateurs mensuels suivent les délais de correction, les revues d’accès et la réponse aux incidents. Deux fois par an, le comité exécutif tient la revue de direction selon un ordre du jour calqué sur l’article 9.3.2, et le compte rendu consigne chaque décision avec un responsable et une échéance. Chaque constat d’audit est enregistré avec sa cause, l’action corrective et une vérification d’efficacité trois mois plus tard.
block-monitoring-heading = 9.1 : mesurer ce qui sert à décider
block-monitoring-body =
    Les bons indicateurs sont peu nombreux et liés à des décisions : les objectifs fixés au titre de 6.2, l’efficacité des mesures clés et la santé des processus du SMSI.

    - Pour chaque indicateur, consignez l’objet mesuré, la méthode et la source des données, la fréquence, qui collecte, qui analyse, et la cible ou le seuil.
    - Préférez ce qui montre si une mesure fonctionne, comme la part des vulnérabilités critiques corrigées dans les délais au titre de la mesure 8.8, gestion des vulnérabilités techniques, plutôt qu’un volume d’activité comme le nombre d’analyses lancées.
    - Conservez les résultats comme information documentée : l’auditeur les échantillonne et vérifie que les tendances remontent en revue de direction.
block-internal-audit-heading = 9.2 : le programme d’audit interne
block-internal-audit-body =
    Le programme décide de la fréquence des audits, de leur déroulement, des responsabilités, de leur planification et de la manière d’en rendre compte ; il accorde plus d’attention aux processus qui comptent le plus et à ce qu’ont relevé les audits précédents. Chaque audit a des critères et un périmètre définis, et ses résultats sont remis aux responsables concernés.

    Les auditeurs sont choisis pour garantir objectivité et impartialité : personne n’audite son propre travail. Les grands organismes disposent d’une fonction d’audit interne ; les petits font appel à un collègue formé d’un autre service, à un organisme partenaire ou à un prestataire. L’ISO 19011 et l’ISO/IEC 27007 guident la conduite des audits, et l’ISO/IEC TS 27008 aide à évaluer les mesures elles-mêmes.
block-management-review-heading = 9.3 : la revue de direction
block-management-review-body =
    La direction passe le SMSI en revue à intervalles planifiés. Son ordre du jour doit couvrir :

    - le suivi des décisions prises lors des revues précédentes ;
    - ce qui a changé autour du SMSI : enjeux externes et internes et, depuis 2022, besoins et attentes des parties intéressées ;
    - la performance en sécurité, lue à travers des tendances : non-conformités et actions correctives, surveillance et mesure, audits, progression vers les objectifs ;
    - ce que les parties intéressées ont fait remonter ;
    - l’état d’avancement de l’appréciation des risques et du plan de traitement ;
    - les pistes d’amélioration continue.

    Les résultats sont des décisions sur les opportunités d’amélioration et sur les changements à apporter au SMSI, conservées comme information documentée. Un compte rendu qui énumère les éléments d’entrée sans consigner aucune décision est un constat classique.
block-nonconformity-heading = Article 10 : correction, action corrective, amélioration
block-nonconformity-body =
    Face à une non-conformité, l’article 10.2 demande d’abord de réagir : la maîtriser, la corriger et en traiter les conséquences. L’organisme décide ensuite s’il faut agir pour qu’elle ne se reproduise pas, ici ou ailleurs : il l’examine, en recherche les causes, vérifie l’existence de cas similaires, met en œuvre l’action, en évalue l’efficacité et modifie le SMSI si nécessaire. Les enregistrements décrivent chaque non-conformité, les actions menées et leurs résultats.

    Des techniques comme les « cinq pourquoi » aident à passer du symptôme (« un compte n’a pas été désactivé ») à la cause (« les départs de prestataires ne sont jamais signalés à l’informatique »). L’amélioration continue (10.1) va au-delà de la réparation des écarts : elle couvre toute décision qui rend le SMSI plus pertinent, adéquat ou efficace.
example-vanity-metric = Le taux de clic d’une campagne d’hameçonnage simulé passe de 18 % à 4 % en un an, mais l’équipe a entre-temps adopté des modèles plus faciles à repérer. La méthode ayant changé, les résultats ne sont pas comparables comme l’exige 9.1, et la tendance ne prouve rien sur la sensibilisation.
example-repeat-finding = Trois audits internes successifs relèvent des revues d’accès en retard ; chaque fois, les revues sont rattrapées et le constat clos. Le quatrième audit soulève la vraie non-conformité : personne n’a jamais traité la cause ni vérifié que la correction tenait.
callout-correction-title = Une correction n’est pas une action corrective
callout-correction-body = Désactiver le compte oublié est une correction : elle règle ce cas-là. L’action corrective modifie ce qui l’a causé, par exemple le processus de départ des prestataires, et elle est suivie, quelques semaines plus tard, d’une vérification de son efficacité. L’auditeur cherche les deux, et cette vérification.
callout-two-levels-title = Deux niveaux de contrôle
callout-two-levels-body = L’article 9.2 audite le système de management au regard de la norme et des règles propres de l’organisme. Les mesures 5.35 et 5.36 examinent la sécurité et le respect des politiques au sein du dispositif de mesures. Planifiez-les ensemble : chaque audit ou revue sert alors les deux finalités, sans rien laisser de côté.
prompt = Choisissez une non-conformité que vous avez constatée, ou que vous imaginez, dans un SMSI. Décrivez la correction, la cause racine, l’action corrective, puis comment et quand vous vérifieriez l’efficacité de cette action.
prompt-guidance =
    Une réponse solide sépare les quatre éléments. Par exemple : sauvegardes d’une base clients non testées depuis un an (non-conformité) ; test de restauration lancé aussitôt (correction) ; tâche confiée à un seul administrateur, sans rappel ni suppléant (cause racine) ; test planifié, suppléant désigné, compte rendu mensuel (action corrective).

    La vérification d’efficacité est datée et mesurable : au bout de trois mois, contrôler que tous les tests mensuels ont eu lieu et ont fait l’objet d’un compte rendu. Sinon, la cause a été mal identifiée et l’analyse est reprise.
exercise = Associez chaque situation à l’exigence de l’ISO/IEC 27001 ou à la mesure de l’ISO/IEC 27002 qu’elle illustre.
exercise-explanation = Des responsables d’équipe qui contrôlent le respect des politiques : 5.36. L’examen de toute l’approche par un cabinet extérieur : 5.35. Un plan d’audits pluriannuel : programme de l’article 9.2. L’extension du périmètre décidée par la direction au vu des audits : revue de direction (9.3). La cause de retards répétés traitée puis l’effet vérifié : 10.2.
exercise-left-managers-check = Chaque trimestre, les responsables d’équipe vérifient que leurs équipes appliquent les règles de bureau propre et de revue des accès
exercise-left-outside-review = Un cabinet extérieur examine la manière dont l’organisme gère la sécurité tous les deux ans et après une fusion
exercise-left-three-year-plan = Un plan sur trois ans fixe quels processus et quelles mesures du SMSI sont audités, quand et par qui
exercise-left-scope-decision = Au vu des résultats d’audit et de l’état du traitement, le comité exécutif décide d’étendre le périmètre du SMSI
exercise-left-unowned-servers = Des retards de correction sont imputés à des serveurs sans responsable ; des responsables sont nommés et l’effet vérifié trois mois plus tard
exercise-right-compliance-536 = 5.36 Conformité aux politiques, règles et normes de sécurité de l’information
exercise-right-independent-535 = 5.35 Revue indépendante de la sécurité de l’information
exercise-right-internal-audit-92 = 9.2 Audit interne
exercise-right-review-93 = 9.3 Revue de direction
exercise-right-corrective-102 = 10.2 Non-conformité et action corrective
