title = Comment une mesure est construite
summary = Comment l’ISO/IEC 27002:2022 est organisée, comment chaque mesure est présentée, du tableau d’attributs aux informations complémentaires, ce qu’en conserve l’annexe A de l’ISO/IEC 27001, et comment les cinq types d’attributs servent à construire des vues, à établir des correspondances avec d’autres référentiels et à définir ses propres attributs.

q-layout-order = Toutes les mesures de l’ISO/IEC 27002:2022 suivent la même présentation. Remettez ses rubriques dans l’ordre où elles apparaissent.
q-layout-order-explanation = La présentation décrite à l’article 4 est toujours la même : numéro et intitulé, tableau d’attributs, puis la mesure (quoi), la finalité (pourquoi), les recommandations (comment) et enfin les informations complémentaires. Le lecteur dispose ainsi du classement de la mesure avant même d’en lire le texte.
q-layout-order-item-title = Numéro et intitulé
q-layout-order-item-attribute-table = Tableau d’attributs
q-layout-order-item-control = Mesure
q-layout-order-item-purpose = Finalité
q-layout-order-item-guidance = Recommandations
q-layout-order-item-other-information = Informations complémentaires

q-logging-number = Dans une déclaration d’applicabilité établie selon l’édition 2013, une ligne porte sur la mesure 12.4.2, protection de l’information journalisée. Sous quel numéro l’édition 2022 traite-t-elle ce sujet ?
q-logging-number-explanation = La 8.15, journalisation. L’annexe B de l’ISO/IEC 27002:2022 montre que la 8.15 regroupe trois mesures de 2013 : 12.4.1 (journalisation des événements), 12.4.2 (protection de l’information journalisée) et 12.4.3 (journaux administrateur et opérateur). La synchronisation des horloges, 12.4.4 en 2013, est devenue la 8.17.

q-document-parts = L’ISO/IEC 27001 et l’ISO/IEC 27002 ont chacune une annexe A, source de confusions fréquentes. Reliez chaque partie de ces normes à son contenu.
q-document-parts-explanation = L’article 4 de l’ISO/IEC 27002 en expose la structure, les thèmes, les attributs et la présentation des mesures. Son annexe A traite de l’utilisation des attributs, avec la matrice des valeurs des 93 mesures ; son annexe B relie les numérotations de 2022 et de 2013. L’annexe A de l’ISO/IEC 27001 est la liste de référence normative des mesures, chacune avec son intitulé et son énoncé.
q-document-parts-left-clause-4 = Article 4 de l’ISO/IEC 27002
q-document-parts-left-annex-a-27002 = Annexe A de l’ISO/IEC 27002
q-document-parts-left-annex-b-27002 = Annexe B de l’ISO/IEC 27002
q-document-parts-left-annex-a-27001 = Annexe A de l’ISO/IEC 27001
q-document-parts-right-layout-explained = L’organisation du document : thèmes, types d’attributs et présentation de chaque mesure
q-document-parts-right-attribute-matrix = Une matrice des valeurs d’attributs de toutes les mesures, avec un exemple de vue filtrée
q-document-parts-right-correspondence = Des tables reliant les numéros de 2022 à ceux de 2013, dans les deux sens
q-document-parts-right-reference-list = La liste de référence des mesures, chacune avec son intitulé et son énoncé

q-guidance-departure = Lors d’un audit interne, l’auditeur relève que votre procédure de journalisation ne reprend pas une des recommandations de la mesure 8.15 : l’équipe l’a jugée sans intérêt pour ses systèmes. Quelle est la bonne analyse ?
q-guidance-departure-explanation = Les recommandations de l’ISO/IEC 27002 ne sont pas des exigences. En écarter une ne constitue pas en soi une non-conformité : l’essentiel est que la mesure atteigne sa finalité compte tenu de vos risques, et que le choix soit motivé et consigné, pour que l’équipe puisse l’expliquer.
q-guidance-departure-option-explain-choice = Pas de non-conformité en soi, dès lors que la mesure atteint toujours sa finalité et que la raison du choix est consignée
q-guidance-departure-option-explain-choice-feedback = Exact : les recommandations s’adaptent aux risques de l’organisme, et c’est une justification écrite que l’auditeur cherchera.
q-guidance-departure-option-major-nc = Une non-conformité majeure, car toutes les recommandations de l’ISO/IEC 27002 doivent être appliquées
q-guidance-departure-option-major-nc-feedback = Non : l’ISO/IEC 27002 est un guide, qui ne peut servir de base à une certification ; ses recommandations ne sont pas en elles-mêmes des critères d’audit.
q-guidance-departure-option-minor-nc = Une non-conformité mineure, car le « should » de l’ISO/IEC 27002 devient obligatoire dès que l’organisme est certifié
q-guidance-departure-option-minor-nc-feedback = Non : la certification repose sur l’ISO/IEC 27001 ; une recommandation de l’ISO/IEC 27002 reste une recommandation, que l’organisme soit certifié ou non.
q-guidance-departure-option-exclude-control = La mesure 8.15 doit désormais figurer comme exclue dans la déclaration d’applicabilité
q-guidance-departure-option-exclude-control-feedback = Non : la mesure reste appliquée ; seule une recommandation a été adaptée, ce qui n’a rien d’une exclusion.

q-effectiveness-source = Une équipe veut vérifier que sa mesure atteint réellement son but, et pas seulement qu’elle existe. Quelle rubrique de la mesure, dans l’ISO/IEC 27002, sert naturellement de point de départ pour définir ce test ?
q-effectiveness-source-explanation = La finalité dit pourquoi la mesure existe, donc ce que signifie « efficace » : pour la sauvegarde, par exemple, la capacité à restaurer réellement les données perdues. Les recommandations décrivent des moyens d’y parvenir, et le tableau d’attributs classe la mesure sans dire ce qu’elle doit obtenir.
q-effectiveness-source-option-purpose = La finalité
q-effectiveness-source-option-purpose-feedback = Exact : la finalité donne le résultat attendu, c’est-à-dire ce que vérifie un test d’efficacité.
q-effectiveness-source-option-attribute-table = Le tableau d’attributs
q-effectiveness-source-option-attribute-table-feedback = Pas tout à fait : une valeur comme #Corrective dit de quel genre de mesure il s’agit, pas le résultat qu’elle doit produire.
q-effectiveness-source-option-guidance = Les recommandations
q-effectiveness-source-option-guidance-feedback = Pas le meilleur point de départ : les recommandations décrivent une manière courante de faire ; vérifier qu’on les a suivies contrôle le respect d’une méthode, pas l’atteinte du but.
q-effectiveness-source-option-other-information = Les informations complémentaires
q-effectiveness-source-option-other-information-feedback = Non : cette rubrique apporte contexte et références, et son contenu varie beaucoup d’une mesure à l’autre.

q-shall-should = Une auditrice fait remarquer que l’annexe A de l’ISO/IEC 27001 formule chaque énoncé avec « shall », quand l’ISO/IEC 27002 emploie « should » pour le même énoncé. Qu’en déduire ?
q-shall-should-explanation = L’énoncé de l’annexe A s’applique comme une exigence aux mesures que l’organisme a jugées nécessaires lors du traitement des risques ; les autres peuvent être exclues, avec une justification dans la déclaration d’applicabilité. L’ISO/IEC 27002 décrit la même mesure, sous le même numéro, à titre de recommandation, et sa finalité comme ses recommandations ne deviennent jamais des exigences par elles-mêmes.
q-shall-should-option-binds-when-selected = L’énoncé de l’annexe A s’impose pour les mesures que l’organisme a jugées nécessaires, tandis que l’ISO/IEC 27002 reste un guide
q-shall-should-option-binds-when-selected-feedback = Exact : l’exigence joue, via le traitement des risques, pour les mesures retenues ; l’exclusion justifiée reste possible.
q-shall-should-option-all-mandatory = Toutes les mesures de l’annexe A sont obligatoires, et les éditions 2022 n’admettent plus d’exclusion
q-shall-should-option-all-mandatory-feedback = Non : une mesure peut toujours être exclue lorsqu’aucun risque ni aucune obligation légale, contractuelle ou réglementaire ne l’appelle, à condition de le justifier.
q-shall-should-option-different-controls = Les deux normes décrivent des mesures différentes qui portent par hasard les mêmes numéros
q-shall-should-option-different-controls-feedback = Non : numéros, intitulés et énoncés se correspondent ; seuls le verbe et la profondeur du contenu diffèrent.
q-shall-should-option-guidance-binding = Les recommandations de l’ISO/IEC 27002 deviennent elles aussi obligatoires, puisqu’elles expliquent le « shall »
q-shall-should-option-guidance-binding-feedback = Non : les recommandations aident à mettre l’énoncé en œuvre, mais ne sont jamais une exigence d’audit en elles-mêmes.

q-number-theme = Vrai ou faux ? Dans l’ISO/IEC 27002:2022, le seul numéro 7.4 suffit à savoir que la mesure relève du thème physique.
q-number-theme-explanation = Vrai. La numérotation compte deux niveaux : l’article, qui correspond au thème (5 organisationnel, 6 personnes, 7 physique, 8 technologique), puis le rang de la mesure dans l’article. La 7.4 est la quatrième mesure physique, la surveillance de la sécurité physique.

q-control-objectives = Vrai ou faux ? Comme l’édition 2013, l’ISO/IEC 27002:2022 regroupe ses mesures sous des objectifs de sécurité qui énoncent le but de chaque groupe.
q-control-objectives-explanation = Faux. L’édition 2022 a supprimé les objectifs de sécurité, et avec eux la numérotation à trois niveaux. Chaque mesure porte désormais sa propre finalité, et les mesures ne sont plus regroupées que par thème.

q-capability-count = Combien de valeurs compte le type d’attribut « capacités opérationnelles » de l’ISO/IEC 27002:2022 ? Répondez par un nombre.
q-capability-count-explanation = Quinze, de #Governance et #Asset_management à #Information_security_event_management et #Information_security_assurance. Les autres types en comptent moins : trois types de mesures, trois propriétés, cinq concepts de cybersécurité et quatre domaines de sécurité.

q-framework-bridge = Votre auditeur externe, habitué au NIST Cybersecurity Framework, vous demande de présenter vos mesures selon les fonctions de ce référentiel. Quel type d’attribut vous offre le point de départ le plus direct ?
q-framework-bridge-explanation = Les concepts de cybersécurité (#Identify, #Protect, #Detect, #Respond, #Recover), repris de l’ISO/IEC TS 27110, portent les mêmes noms que les cinq fonctions de la version 1.1 du référentiel du NIST. Domaines de sécurité et types de mesures évoquent des notions voisines, mais regroupent les mesures autrement.
q-framework-bridge-option-concepts = Les concepts de cybersécurité
q-framework-bridge-option-concepts-feedback = Exact : les cinq concepts correspondent, nom pour nom, aux cinq fonctions d’origine du référentiel.
q-framework-bridge-option-domains = Les domaines de sécurité
q-framework-bridge-option-domains-feedback = Non : #Protection et #Defence font penser à des fonctions du référentiel, mais les quatre domaines sont des regroupements plus larges, sans correspondance terme à terme.
q-framework-bridge-option-control-type = Le type de mesure de sécurité
q-framework-bridge-option-control-type-feedback = Non : #Detective rappelle la fonction Detect, mais les trois types de mesures indiquent quand une mesure agit, pas à quelle fonction elle contribue.
q-framework-bridge-option-capabilities = Les capacités opérationnelles
q-framework-bridge-option-capabilities-feedback = Non : les quinze capacités décrivent des domaines d’activité des praticiens, utiles pour désigner des responsables, mais sans rapport direct avec les fonctions du référentiel.

q-govern-concept = Vrai ou faux ? Les concepts de cybersécurité comprennent une valeur #Govern, qui permet de rattacher directement les mesures à la fonction Govern de la version 2.0 du NIST Cybersecurity Framework.
q-govern-concept-explanation = Faux. Il existe cinq concepts de cybersécurité : #Identify, #Protect, #Detect, #Respond et #Recover. Govern est une sixième fonction, ajoutée dans la version 2.0 du référentiel du NIST en 2024 ; pour la couvrir, les équipes s’appuient généralement sur la capacité #Governance ou le domaine #Governance_and_Ecosystem, et documentent cette correspondance comme un choix qui leur est propre.

q-detective-filter = La responsable d’un centre opérationnel de sécurité filtre la matrice des attributs sur #Detective. Classez ces mesures selon qu’elles figurent ou non dans sa vue.
q-detective-filter-explanation = La 7.4 (surveillance de la sécurité physique), la 5.25 (évaluation des événements de sécurité de l’information et prise de décision), la 8.12 (prévention de la fuite de données) et la 8.7 (protection contre les programmes malveillants) portent toutes #Detective, parfois avec d’autres types. La 8.8 (gestion des vulnérabilités techniques) et la 8.23 (filtrage web) ne sont que #Preventive ; la 5.24 (planification et préparation de la gestion des incidents) et la 5.26 (réponse aux incidents) sont #Corrective : elles interviennent une fois l’incident détecté.
q-detective-filter-category-detective = Marquées #Detective
q-detective-filter-category-not-detective = Non marquées #Detective
q-detective-filter-item-physical-monitoring = 7.4 Surveillance de la sécurité physique
q-detective-filter-item-event-assessment = 5.25 Évaluation des événements de sécurité de l’information et prise de décision
q-detective-filter-item-leakage-prevention = 8.12 Prévention de la fuite de données
q-detective-filter-item-malware = 8.7 Protection contre les programmes malveillants
q-detective-filter-item-vulnerabilities = 8.8 Gestion des vulnérabilités techniques
q-detective-filter-item-incident-planning = 5.24 Planification et préparation de la gestion des incidents de sécurité de l’information
q-detective-filter-item-incident-response = 5.26 Réponse aux incidents de sécurité de l’information
q-detective-filter-item-web-filtering = 8.23 Filtrage web

q-view-for-audience = Plusieurs interlocuteurs vous demandent chacun une vue des mesures. Associez chaque demande à la valeur d’attribut qui y répond le mieux.
q-view-for-audience-explanation = Le délégué à la protection des données s’intéresse au secret, une propriété (#Confidentiality) ; l’équipe qui gère les comptes relève d’une capacité (#Identity_and_access_management) ; traiter un incident en cours relève du concept #Respond ; les mesures qui agissent avant tout incident sont du type #Preventive ; maintenir l’activité pendant une crise relève du domaine #Resilience.
q-view-for-audience-left-dpo = Le délégué à la protection des données veut les mesures qui préservent le secret des données personnelles
q-view-for-audience-left-identity-team = L’équipe qui crée, modifie et supprime les comptes du personnel veut la liste des mesures dont elle devrait être responsable
q-view-for-audience-left-response-team = L’équipe d’astreinte qui endigue et analyse les attaques en cours veut les mesures qu’elle applique une fois l’incident déclaré
q-view-for-audience-left-audit-committee = Le comité d’audit veut les mesures destinées à empêcher les incidents de survenir
q-view-for-audience-left-crisis-committee = La cellule de crise veut les mesures qui permettent à l’organisme de continuer à fonctionner pendant une perturbation majeure
q-view-for-audience-right-confidentiality = #Confidentiality
q-view-for-audience-right-iam = #Identity_and_access_management
q-view-for-audience-right-respond = #Respond
q-view-for-audience-right-preventive = #Preventive
q-view-for-audience-right-resilience = #Resilience

q-own-attributes = Un organisme veut compléter la matrice d’attributs de l’ISO/IEC 27002 par des attributs de son cru. Lesquels de ces usages sont judicieux ? Plusieurs réponses sont possibles.
q-own-attributes-explanation = L’annexe A de l’ISO/IEC 27002 présente ses cinq types d’attributs comme des exemples et laisse les organismes libres de les écarter ou de créer leurs propres attributs, par exemple une réglementation, un responsable et un état d’avancement, ou une entité. Les attributs restent des étiquettes : ils ne remplacent jamais la justification d’une exclusion dans la déclaration d’applicabilité, et personne hors de l’organisme n’a à les approuver.
q-own-attributes-option-regulation-tag = Une étiquette signalant les mesures qu’une réglementation comme NIS 2 ou DORA attend aussi
q-own-attributes-option-regulation-tag-feedback = Judicieux : une seule matrice sert alors au SMSI et aux obligations réglementaires.
q-own-attributes-option-status-owner = Des colonnes pour le responsable et l’état de mise en œuvre de chaque mesure
q-own-attributes-option-status-owner-feedback = Judicieux : la matrice sert aussi d’outil de suivi.
q-own-attributes-option-business-unit = Une colonne indiquant les entités ou sites où chaque mesure s’applique
q-own-attributes-option-business-unit-feedback = Judicieux : c’est utile aux organismes qui ont plusieurs périmètres.
q-own-attributes-option-replace-soa = Une étiquette « sans objet » qui tient lieu de justification des exclusions dans la déclaration d’applicabilité
q-own-attributes-option-replace-soa-feedback = Non : une exclusion exige toujours une justification montrant qu’aucun risque ni aucune obligation n’appelle la mesure.
q-own-attributes-option-register-with-cb = Des attributs soumis au préalable à l’approbation de l’organisme de certification
q-own-attributes-option-register-with-cb-feedback = Non : les attributs sont une façon interne de regarder les mesures ; aucune approbation n’est requise.

q-one-value-each = Vrai ou faux ? Dans l’ISO/IEC 27002:2022, chaque mesure porte une et une seule valeur pour chaque type d’attribut.
q-one-value-each-explanation = Faux. Une mesure peut porter plusieurs valeurs d’un même type : la plupart portent les trois propriétés de sécurité, la 8.15 (journalisation) relève de deux domaines et la 5.7 (renseignements sur les menaces) porte les trois types de mesures. Un filtre doit donc tester la présence d’une valeur, pas son exclusivité.

q-backup-type = Une collègue classe la mesure 8.13, sauvegarde des informations, parmi les mesures préventives. Quel type de mesure porte-t-elle en réalité dans l’ISO/IEC 27002:2022 ?
q-backup-type-explanation = #Corrective : une sauvegarde sert après la perte ou l’altération de données ou de systèmes, pour les restaurer, d’où son concept de cybersécurité #Recover. Elle n’empêche pas la perte de survenir, ce qui explique qu’elle ne soit pas marquée #Preventive.
q-backup-type-option-corrective = #Corrective
q-backup-type-option-corrective-feedback = Exact : la sauvegarde agit après le dommage, en permettant la restauration.
q-backup-type-option-preventive = #Preventive
q-backup-type-option-preventive-feedback = Tentant, mais non : une sauvegarde n’empêche pas la perte des données ; elle permet de s’en relever.
q-backup-type-option-detective = #Detective
q-backup-type-option-detective-feedback = Non : copier des données ne révèle pas un incident en cours.
q-backup-type-option-recover = #Recover
q-backup-type-option-recover-feedback = Presque : #Recover est un concept de cybersécurité, pas un type de mesure ; la 8.13 le porte bien, mais dans une autre colonne.

q-logging-tags = Parmi ces valeurs d’attributs, lesquelles la mesure 8.15, journalisation, porte-t-elle dans l’ISO/IEC 27002:2022 ? Plusieurs réponses sont possibles.
q-logging-tags-explanation = La 8.15 porte #Detective comme type de mesure, #Detect comme concept de cybersécurité et #Information_security_event_management comme capacité opérationnelle, ainsi que les trois propriétés et les domaines #Protection et #Defence. #Respond appartient à sa voisine, la 8.16 (activités de surveillance), et la journalisation n’est ni #Preventive ni rattachée au domaine #Resilience.
q-logging-tags-option-detective = #Detective
q-logging-tags-option-detective-feedback = Exact : les journaux révèlent les événements sans les empêcher.
q-logging-tags-option-detect = #Detect
q-logging-tags-option-detect-feedback = Exact : la mesure relève du concept « détecter ».
q-logging-tags-option-event-management = #Information_security_event_management
q-logging-tags-option-event-management-feedback = Exact : c’est son unique capacité opérationnelle.
q-logging-tags-option-preventive = #Preventive
q-logging-tags-option-preventive-feedback = Non : la journalisation n’arrête pas un incident ; la prévention vient d’autres mesures.
q-logging-tags-option-respond = #Respond
q-logging-tags-option-respond-feedback = Non : #Respond est porté par la 8.16 (activités de surveillance), pas par la 8.15.
q-logging-tags-option-resilience = #Resilience
q-logging-tags-option-resilience-feedback = Non : la 8.15 relève des domaines #Protection et #Defence.
