title = Articles 4 à 10 : le système de management autour des mesures
overview = Vous saurez parcourir les articles 4 à 10 de l’ISO/IEC 27001:2022, dire ce que chacun attend d’un organisme et expliquer pourquoi ils forment un cycle commun aux normes ISO de systèmes de management.
explanation =
    L’annexe A et ses 93 mesures concentrent l’attention, mais un certificat ISO/IEC 27001 porte d’abord sur les articles 4 à 10, c’est-à-dire sur le système de management qui décide, met en œuvre, contrôle et améliore la sécurité de l’information. Tous ces articles sont obligatoires. La déclaration d’applicabilité permet d’exclure une mesure de l’annexe A en la justifiant ; rien de tel n’existe pour un article, quelle que soit la taille de l’organisme.

    Les articles s’enchaînent. Le contexte et le domaine d’application (4) posent le cadre ; le leadership (5) place la direction aux commandes ; la planification (6) choisit les mesures par l’appréciation et le traitement des risques et fixe des objectifs ; le support (7) apporte les personnes, les compétences et les documents ; le fonctionnement (8) exécute ce qui a été planifié ; l’évaluation des performances (9) vérifie les résultats ; l’amélioration (10) tire les conséquences de ces vérifications.

    Un auditeur lit les articles comme une chaîne : un périmètre mal posé fausse l’appréciation des risques, un objectif sans responsable ne peut pas être suivi, un audit interne qui n’alimente jamais la revue de direction laisse la boucle ouverte. Des mesures sans système restent de bonnes pratiques que personne ne pilote.
practical-example = Un éditeur de logiciel de paie de 120 personnes prépare sa certification. Son registre des parties intéressées gagne la colonne qu’appelle l’édition 2022 : le SMSI prend-il en charge telle exigence, et sinon, quel processus s’en occupe ? Le domaine d’application désigne l’hébergement en nuage comme interface. Le directeur général préside un comité sécurité trimestriel ; chaque objectif, par exemple corriger 95 % des vulnérabilités critiques en 14 jours, a un responsable et un indicateur suivi chaque mois. Lorsque l’éditeur rachète un concurrent, la fusion des deux équipes sécurité est planifiée comme une modification du SMSI.
block-context-and-scope-heading = Article 4 : contexte, parties intéressées et domaine d’application
block-context-and-scope-body =
    - 4.1 : les enjeux externes et internes qui pèsent sur ce que le SMSI peut atteindre, comme la réglementation, la concurrence ou la culture. Un amendement publié en 2024 demande en outre à l’organisme de déterminer si le changement climatique est un enjeu pertinent.
    - 4.2 : les parties intéressées qui comptent, leurs exigences pertinentes et, depuis 2022, celles de ces exigences que le SMSI prendra en charge. La clause de sécurité d’un contrat client relève en général du SMSI ; les obligations déclaratives envers l’administration fiscale, non.
    - 4.3 : le domaine d’application, c’est-à-dire les limites et l’applicabilité du SMSI, fixé au regard de 4.1, de 4.2 et des interfaces et dépendances avec les activités réalisées par d’autres, et conservé sous forme d’information documentée.
    - 4.4 : établir, mettre en œuvre, tenir à jour et améliorer en continu le SMSI, y compris, depuis 2022, les processus nécessaires et leurs interactions.

    Un enjeu ou une exigence notés ici doivent se retrouver dans l’appréciation des risques, les objectifs ou les mesures.
block-leadership-and-planning-heading = Articles 5 et 6 : leadership et planification
block-leadership-and-planning-body =
    L’article 5 rend la direction responsable du SMSI : elle intègre la sécurité aux processus métier, fournit les ressources, établit la politique de sécurité de l’information (que la mesure 5.1, politiques de sécurité de l’information, décline en politiques thématiques) et attribue responsabilités et autorités, y compris celle de rendre compte de la performance du SMSI.

    L’article 6 regroupe la planification :

    - 6.1.1 : les risques et opportunités pour le SMSI lui-même, par exemple une réorganisation qui laisse des mesures sans responsable ;
    - 6.1.2 et 6.1.3 : l’appréciation et le traitement des risques, objet de la leçon suivante ;
    - 6.2 : des objectifs mesurables lorsque c’est possible, surveillés et documentés, assortis de plans qui précisent quoi faire, avec quelles ressources, qui, pour quand et comment évaluer les résultats ;
    - 6.3 : nouveauté 2022, les modifications du SMSI sont menées de façon planifiée. Il s’agit du système de management (périmètre, rôles, processus), non du processus informatique de la mesure 8.32, gestion des changements.
block-support-and-operation-heading = Articles 7 et 8 : support et fonctionnement
block-support-and-operation-body =
    L’article 7 traite de ce sur quoi repose le SMSI : ressources ; compétences, preuves à l’appui ; sensibilisation de chacun à la politique et à sa propre contribution ; communication (quoi, quand, à qui, comment) ; maîtrise de l’information documentée. La sensibilisation se vérifie en interrogeant le personnel, et pas seulement en comptant les attestations de formation (mesure 6.3).

    L’article 8 porte sur le fonctionnement : des processus pilotés selon des critères définis, des changements maîtrisés, et des processus, produits ou services fournis par des prestataires externes maîtrisés lorsqu’ils concernent le SMSI. Selon 8.2 et 8.3, l’appréciation des risques est refaite à intervalles planifiés et lors de changements importants, et le plan de traitement est mis en œuvre, résultats enregistrés à l’appui.
block-harmonized-structure-heading = Une structure commune à de nombreuses normes, et le PDCA comme grille de lecture
block-harmonized-structure-body =
    Les articles 4 à 10 suivent la structure harmonisée : l’ordre des articles, le texte de base et les termes communs que l’ISO impose à ses normes de systèmes de management (annexe SL des Directives ISO/IEC). Apparue en 2012 sous le nom de structure de haut niveau et révisée en 2021, elle explique la plupart des évolutions de 2022 dans les articles 4 à 10, comme 4.2, 6.3 ou le nouvel ordre de l’article 10. L’ISO 9001, l’ISO 14001 et l’ISO 22301 reposent sur la même structure, dans sa version de 2012 ou dans sa version révisée : un même programme d’audit et une même revue de direction peuvent servir plusieurs systèmes, le SMSI y ajoutant ses exigences propres (6.1.2, 6.1.3, annexe A).

    Le cycle PDCA (Plan-Do-Check-Act : planifier, réaliser, vérifier, agir) figurait dans l’ISO/IEC 27001:2005 ; la norme ne le mentionne plus depuis 2013. Il reste une grille de lecture commode : planifier en 6, dans le cadre posé par 4 et 5 ; réaliser en 7 et 8 ; vérifier en 9 ; agir en 10 ; le leadership au centre.
example-cloud-interface = Un éditeur hébergé dans un nuage public ne peut pas inclure les centres de données de son fournisseur dans son périmètre, mais son domaine d’application mentionne cette dépendance. Les mesures appliquées à cette interface, comme la 5.23 (sécurité de l’information dans l’utilisation de services en nuage), figurent dans son appréciation des risques et sa déclaration d’applicabilité.
example-planned-change = Quand une enseigne de distribution rattache son équipe sécurité au nouveau directeur des systèmes d’information, elle traite ce transfert au titre de l’article 6.3 : elle recense les rôles, liens hiérarchiques et documents concernés et fixe la date à laquelle les nouvelles responsabilités seront communiquées.
callout-no-exclusions-title = Aucun article ne peut être exclu
callout-no-exclusions-body = Seules les mesures de l’annexe A peuvent être exclues, avec une justification dans la déclaration d’applicabilité. Toutes les exigences des articles 4 à 10 s’appliquent à tout organisme certifié. Une structure de dix personnes doit elle aussi mener un audit interne et une revue de direction, à sa mesure.
callout-narrow-scope-title = Un périmètre taillé au plus facile
callout-narrow-scope-body = Écarter du domaine d’application les systèmes qui traitent réellement les données des clients, ou un site relié au même réseau sans traiter l’interface, attire souvent une remarque dès l’étape 1. Et même si l’audit passe, le certificat ne dit rien du service acheté par les clients.
prompt = Prenez un organisme que vous connaissez. Citez trois parties intéressées, une exigence de chacune, et dites si son SMSI la prendrait en charge. Rédigez ensuite en une phrase un domaine d’application qui mentionne au moins une interface avec une activité réalisée par un tiers.
prompt-guidance =
    Une bonne réponse varie les parties intéressées : un client important (notification d’une violation sous 24 heures), une autorité (protection des données personnelles), le personnel (règles sur les appareils personnels), et dit où sont traitées les exigences que le SMSI ne prend pas en charge.

    Un domaine d’application utile cite activités, sites et interfaces : développement, hébergement et support de la plateforme de paie depuis les sites de Nantes et de Lisbonne, y compris l’interface avec le fournisseur de services en nuage. Un énoncé faible se contente de nommer un service, comme « la DSI ».
exercise = Un auditeur a réuni huit éléments de preuve. Rangez chacun sous l’article de l’ISO/IEC 27001 qu’il illustre principalement.
exercise-explanation = Contexte : la liste des enjeux (4.1) et le domaine d’application avec ses interfaces (4.3). Leadership : la politique approuvée (5.2) et les responsabilités publiées (5.3). Planification : les risques et opportunités du SMSI lui-même (6.1.1) et le plan de fusion (6.3). Support : budget et effectifs (7.1, ressources) et gestion des versions (7.5, information documentée).
exercise-category-context = Article 4 : contexte
exercise-category-leadership = Article 5 : leadership
exercise-category-planning = Article 6 : planification
exercise-category-support = Article 7 : support
exercise-item-issues-list = Une liste des enjeux externes et internes, revue chaque année
exercise-item-scope-statement = Un domaine d’application qui mentionne l’interface avec le centre de données externalisé
exercise-item-signed-policy = Une politique de sécurité de l’information approuvée par le directeur général
exercise-item-roles-matrix = Un tableau publié des responsabilités en sécurité, indiquant qui rend compte de la performance du SMSI
exercise-item-isms-risks = Un court registre des risques et opportunités pour le SMSI lui-même, comme le départ du seul auditeur interne
exercise-item-merger-plan = Un plan daté, avec des responsables, pour fusionner deux équipes sécurité après un rachat
exercise-item-budget = Le budget et les effectifs de sécurité approuvés pour l’année à venir
exercise-item-version-control = L’historique des versions et des approbations des procédures du SMSI
figure-isms-cycle-caption = Les articles 4 à 10 de l’ISO/IEC 27001 lus comme un cycle autour du leadership
figure-isms-cycle-description =
    L’article 4, contexte de l’organisme (enjeux, parties intéressées et leurs exigences, domaine d’application), est placé au-dessus du cycle, qu’il alimente. Cinq articles forment ensuite une boucle, chacun menant au suivant :

    - 6 Planification (planifier) : risques, objectifs et modifications ;
    - 7 Support (réaliser) : ressources, personnes et documents ;
    - 8 Fonctionnement (réaliser) : conduite des processus et traitement des risques ;
    - 9 Évaluation des performances (vérifier) : mesure, audit interne et revue de direction ;
    - 10 Amélioration (agir) : correction et amélioration continue, qui ramènent à la planification.

    L’article 5, leadership, occupe le centre de la boucle. Les étiquettes du cycle PDCA sont une grille de lecture ; la norme ne les emploie plus.
figure-isms-cycle-label-context = 4 Contexte de l’organisme
figure-isms-cycle-label-context-detail = enjeux · parties intéressées et exigences · domaine d’application
figure-isms-cycle-label-planning = 6 Planification
figure-isms-cycle-label-planning-pdca = Planifier : risques, objectifs, modifications
figure-isms-cycle-label-support = 7 Support
figure-isms-cycle-label-support-pdca = Réaliser : ressources, personnes, documents
figure-isms-cycle-label-operation = 8 Fonctionnement
figure-isms-cycle-label-operation-pdca = Réaliser : processus, traitement des risques
figure-isms-cycle-label-evaluation = 9 Évaluation des performances
figure-isms-cycle-label-evaluation-pdca = Vérifier : mesure, audit, revue
figure-isms-cycle-label-improvement = 10 Amélioration
figure-isms-cycle-label-improvement-pdca = Agir : corriger et améliorer
figure-isms-cycle-label-leadership = 5 Leadership
figure-isms-cycle-label-leadership-detail = politique, rôles, engagement
