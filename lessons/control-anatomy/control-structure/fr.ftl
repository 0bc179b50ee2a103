title = Comment une mesure est présentée dans l’ISO/IEC 27002
overview = Vous saurez vous orienter dans l’ISO/IEC 27002:2022 et lire n’importe quelle mesure de bout en bout, en sachant à quoi sert chaque rubrique et lesquelles figurent aussi dans l’annexe A de l’ISO/IEC 27001.

explanation =
    L’ISO/IEC 27002:2022 se consulte plus qu’elle ne se lit d’une traite. L’article 4 explique le fonctionnement du reste du document : l’organisation des articles, la notion de thème et d’attribut, la présentation commune à toutes les mesures. Les articles 5 à 8 rassemblent les 93 mesures, à raison d’un article par thème, et deux annexes informatives terminent le document : l’annexe A, consacrée à l’utilisation des attributs, et l’annexe B, qui établit la correspondance avec l’édition 2013.

    La numérotation compte deux niveaux : l’article, donc le thème, puis le rang de la mesure dans cet article. La 8.15 est ainsi la quinzième mesure de l’article 8, le thème technologique. L’édition 2013 en comptait trois (article, objectif de sécurité, mesure), et la journalisation des événements y portait le numéro 12.4.1 ; en 2022, les objectifs de sécurité ont disparu et chaque mesure énonce sa propre finalité. L’annexe A de l’ISO/IEC 27001:2022 reprend les mêmes numéros, souvent notés A.8.15 : une référence citée dans une déclaration d’applicabilité désigne donc la même mesure dans les deux documents.

    Toutes les mesures suivent la même présentation : numéro et intitulé, petit tableau des valeurs d’attributs, puis quatre rubriques. La rubrique « Mesure » dit en quoi consiste la mesure ; la finalité, pourquoi elle existe ; les recommandations, comment on la met habituellement en œuvre, parfois sur plusieurs pages ; les informations complémentaires, rubrique la plus inégale, apportent un contexte, comme des sujets ou des normes connexes.

    L’annexe A de l’ISO/IEC 27001 ne retient que le numéro, l’intitulé et l’énoncé. Cet énoncé y est formulé comme une exigence (« shall » dans le texte anglais), alors que l’ISO/IEC 27002 le formule comme une recommandation (« should »). L’énoncé de l’annexe A ne s’impose à l’organisme que pour les mesures jugées nécessaires lors du traitement des risques. Finalité, recommandations et attributs ne deviennent jamais des exigences par eux-mêmes, mais ce sont eux qui permettent de mettre en œuvre une mesure réduite à une phrase, d’en confier la responsabilité et de l’auditer.

practical-example =
    Avant un audit de surveillance, une analyste tout juste recrutée par une mutuelle prépare le volet journalisation du SMSI. Elle lit la mesure 8.15 rubrique par rubrique et rédige pour chacune une courte note : ce que fait la mutuelle, où se trouvent les preuves, en quoi elle s’écarte des recommandations et pourquoi. Le tableau d’attributs suffit à modifier son plan : une mesure de détection, du domaine défense, impose d’associer le responsable du centre opérationnel de sécurité, pas seulement l’équipe infrastructure.

    En consultant l’annexe B, elle constate que la 8.15 regroupe trois mesures de 2013, la 12.4.1 (journalisation des événements), la 12.4.2 (protection de l’information journalisée) et la 12.4.3 (journaux administrateur et opérateur) : elle fusionne donc trois lignes de l’ancienne déclaration d’applicabilité en une seule.

block-document-map-heading = S’orienter : l’article 4 et les deux annexes
block-document-map-body =
    Connaître l’ossature du document fait gagner du temps à chaque recherche.

    - Introduction et articles 1 à 3 : contexte, domaine d’application, références normatives (il n’y en a aucune), termes et abréviations.
    - Article 4, structure du document : l’organisation des articles 5 à 8, la règle des thèmes, les types d’attributs et la présentation commune des mesures.
    - Articles 5 à 8 : les mesures organisationnelles (37), applicables aux personnes (8), physiques (14) et technologiques (34).
    - Annexe A : l’utilisation des attributs, avec une matrice des 93 mesures et de leurs valeurs, et un exemple de vue filtrée.
    - Annexe B : les tables de correspondance entre les numérotations de 2022 et de 2013, dans les deux sens.

    L’article 4 se lit en quelques minutes et évite bien des contresens. Il pose notamment la règle des thèmes : une mesure concerne les personnes si elle vise des individus, elle est physique si elle porte sur des objets physiques, technologique si elle porte sur la technologie, organisationnelle dans tous les autres cas.

block-control-layout-heading = Six rubriques, toujours dans le même ordre
block-control-layout-body =
    Chaque rubrique répond à une question et sert à un travail différent.

    - Numéro et intitulé : de quelle mesure s’agit-il ? La référence employée partout, de la déclaration d’applicabilité aux constats d’audit.
    - Tableau d’attributs : comment est-elle classée ? On y voit vite qui est concerné et quelles mesures voisinent avec elle.
    - Mesure : en quoi consiste-t-elle ? L’énoncé fixe le périmètre à couvrir.
    - Finalité : pourquoi existe-t-elle ? Le résultat que vous mesurerez.
    - Recommandations : comment s’y prend-on d’ordinaire ? Des questions et des options, à adapter à vos risques.
    - Informations complémentaires : que faut-il encore savoir ? Sujets ou documents connexes, par exemple.

block-reading-8-15-heading = Lire la mesure 8.15, journalisation, de bout en bout
block-reading-8-15-body =
    Lisez la 8.15 comme la personne chargée de la mettre en œuvre, en notant une décision à chaque étape.

    - Tableau d’attributs : #Detective, les trois propriétés, #Detect, #Information_security_event_management et les domaines #Protection et #Defence. La journalisation révèle ce qui s’est passé sans l’empêcher : la prévention doit venir d’autres mesures.
    - Mesure : l’énoncé couvre toute la vie des journaux ; activer la journalisation n’est donc qu’une partie de ce qu’il faudra démontrer.
    - Finalité : preuve, fiabilité des enregistrements, détection et investigation. Ce seront vos critères de réussite.
    - Recommandations : quels événements et quels détails enregistrer, comment protéger les journaux, y compris contre les utilisateurs à privilèges, et comment les analyser. Chaque point est retenu, adapté ou écarté, avec sa justification.
    - Informations complémentaires : un contexte à verser au dossier et des pistes de lecture.

    Suivez ensuite les mesures voisines vers lesquelles mène cette lecture : 8.16 (activités de surveillance), 8.17 (synchronisation des horloges) et 5.28 (collecte de preuves). Une journalisation conçue sans elles résiste rarement au premier incident.

block-annex-a-link-heading = Ce que l’annexe A de l’ISO/IEC 27001 conserve, et ce qu’elle laisse de côté
block-annex-a-link-body =
    L’annexe A de l’ISO/IEC 27001 est normative : c’est la liste de référence à laquelle l’organisme compare les mesures qu’il a retenues, pour n’en omettre aucune de nécessaire. Elle conserve le numéro, l’intitulé et l’énoncé, et rien d’autre.

    L’audit porte donc sur l’énoncé tel qu’il s’applique à votre organisme, sur les articles de l’ISO/IEC 27001 relatifs au traitement des risques et sur les règles que vous avez vous-même documentées. S’écarter des recommandations de l’ISO/IEC 27002 ne constitue pas en soi une non-conformité : l’auditeur attend une mesure qui atteint sa finalité compte tenu de vos risques, et une équipe capable d’expliquer ses choix.

example-supplier-5-19 = Une responsable des achats lit de même la 5.19, sécurité de l’information dans les relations avec les fournisseurs. Le tableau affiche #Preventive, #Identify et #Supplier_relationships_security : il s’agit de fixer les règles avant d’engager un fournisseur, le suivi de ses services relevant ensuite de la 5.22. Les recommandations deviennent la liste de contrôle de sa procédure de référencement.
example-small-and-large = Une agence de vingt personnes lit la mesure et la finalité, parcourt les recommandations et rédige trois lignes par mesure ; une banque rédige un référentiel interne par mesure, avec une section par thème des recommandations. Toutes deux lisent la même présentation.

callout-purpose-as-test-title = Faites de la finalité votre test d’efficacité
callout-purpose-as-test-body = L’ISO/IEC 27001 vous demande de surveiller et de mesurer vos processus et vos mesures de sécurité, et d’évaluer l’efficacité de votre SMSI. La finalité dit ce qu’« efficace » veut dire pour chacune : formulez-la en question, par exemple « pourrions-nous reconstituer à partir de nos journaux les actions des administrateurs le mois dernier ? », puis vérifiez-le.
callout-guidance-not-checklist-title = Les recommandations ne sont pas une liste à recopier
callout-guidance-not-checklist-body = Transformer chaque recommandation en obligation dans votre politique crée des exigences auxquelles vous ne satisferez pas, et l’auditeur vérifiera justement vos propres règles documentées. Retenez et adaptez ce qui correspond à vos risques, et consignez où et pourquoi vous vous en écartez.

prompt = Choisissez une mesure importante dans votre travail, autre que la 8.15. Lisez-la dans l’ordre de sa présentation et écrivez une ligne par rubrique : ce que vous apprennent le tableau d’attributs, la mesure, la finalité, les recommandations et les informations complémentaires. Citez ensuite une recommandation que vous ne reprendriez pas telle quelle, et la justification que vous consigneriez.
prompt-guidance =
    Prenons pour modèle la mesure 8.13, sauvegarde des informations. Le tableau d’attributs indique #Corrective, #Integrity et #Availability, #Recover, #Continuity et #Protection : la sauvegarde intervient après coup. La mesure porte sur la conservation de copies et la preuve qu’elles se restaurent ; la finalité, c’est de pouvoir se relever d’une perte de données ou de systèmes ; les recommandations abordent notamment le périmètre, la fréquence, le lieu de conservation des copies et les tests de restauration.

    Un écart défendable : un organisme dont toutes les applications sont des services SaaS s’en remet aux sauvegardes de ses fournisseurs, complétées par des exports réguliers de ses données critiques. La justification renvoie aux contrats et à un test de restauration réussi, preuve que la finalité est atteinte.

exercise = Pour une mesure donnée, où le lecteur trouvera-t-il chacun des éléments suivants ? Classez-les.
exercise-explanation = L’annexe A de l’ISO/IEC 27001 et l’ISO/IEC 27002 ont en commun le numéro, l’intitulé et l’énoncé ; seule l’ISO/IEC 27002 y ajoute attributs, finalité et recommandations. Durées de conservation, responsables de revue et justifications d’exclusion sont des décisions de l’organisme, consignées dans ses documents et sa déclaration d’applicabilité.
exercise-category-both = Dans l’annexe A de l’ISO/IEC 27001 et dans l’ISO/IEC 27002
exercise-category-only-27002 = Dans l’ISO/IEC 27002 seulement
exercise-category-neither = Dans aucune des deux : l’organisme décide
exercise-item-number-title = Le numéro et l’intitulé « 8.15 Journalisation »
exercise-item-statement = Un énoncé d’une phrase disant en quoi consiste la mesure
exercise-item-attribute-values = Les valeurs #Detective et #Detect
exercise-item-purpose = La raison d’être de la mesure
exercise-item-suggested-fields = Les événements et détails qu’il est suggéré d’enregistrer dans les journaux
exercise-item-retention-period = La durée de conservation des journaux du pare-feu
exercise-item-review-owner = Le rôle qui examine chaque matin les alertes de sécurité
exercise-item-exclusion-reason = La justification de l’exclusion d’une mesure

figure-control-anatomy-caption = Les six rubriques d’une mesure de l’ISO/IEC 27002:2022, et les deux que reprend l’annexe A de l’ISO/IEC 27001
figure-control-anatomy-description =
    À gauche, les rubriques d’une mesure de l’ISO/IEC 27002:2022, dans leur ordre d’apparition, chacune avec la question à laquelle elle répond :

    - numéro et intitulé : quelle mesure ?
    - tableau d’attributs : comment est-elle classée ?
    - mesure : en quoi consiste-t-elle ?
    - finalité : pourquoi existe-t-elle ?
    - recommandations : comment s’y prend-on d’ordinaire ?
    - informations complémentaires : que savoir d’autre ?

    À droite, l’annexe A de l’ISO/IEC 27001:2022. Des flèches relient le numéro et l’intitulé, puis la rubrique « Mesure », aux mêmes numéro et intitulé et à l’énoncé de la mesure dans l’annexe A, où cet énoncé est formulé comme une exigence. L’annexe A ne comporte ni tableau d’attributs, ni finalité, ni recommandations, ni informations complémentaires : la figure signale ces quatre rubriques comme propres à l’ISO/IEC 27002.
figure-control-anatomy-label-head-27002 = ISO/IEC 27002:2022, une mesure
figure-control-anatomy-label-head-27001 = ISO/IEC 27001:2022, annexe A
figure-control-anatomy-label-part-title = Numéro et intitulé
figure-control-anatomy-label-q-title = Quelle mesure ?
figure-control-anatomy-label-part-attributes = Tableau d’attributs
figure-control-anatomy-label-q-attributes = Comment est-elle classée ?
figure-control-anatomy-label-part-control = Mesure
figure-control-anatomy-label-q-control = En quoi consiste-t-elle ?
figure-control-anatomy-label-part-purpose = Finalité
figure-control-anatomy-label-q-purpose = Pourquoi existe-t-elle ?
figure-control-anatomy-label-part-guidance = Recommandations
figure-control-anatomy-label-q-guidance = Comment s’y prend-on ?
figure-control-anatomy-label-part-other = Informations complémentaires
figure-control-anatomy-label-q-other = Que savoir d’autre ?
figure-control-anatomy-label-a27001-title = Mêmes numéro et intitulé
figure-control-anatomy-label-a27001-statement = Énoncé de la mesure, formulé comme une exigence
figure-control-anatomy-label-a27001-absent = Ni tableau d’attributs, ni finalité, ni recommandations, ni informations complémentaires
figure-control-anatomy-label-legend-shared = Aussi dans l’annexe A de l’ISO/IEC 27001
figure-control-anatomy-label-legend-only = Seulement dans l’ISO/IEC 27002
