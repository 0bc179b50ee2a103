title = Les éditions et la structure de 2022
summary = Comment le code de bonne pratique est passé des éditions 2005 et 2013 à l’édition 2022, avec ses quatre thèmes, ses onze nouvelles mesures et ses cinq types d’attributs, et ce que cela change quand on lit ou rapproche des références de mesures.

q-total-2022 = Un auditeur additionne les mesures de sécurité des quatre thèmes de l’ISO/IEC 27002:2022. Quel total obtient-il ? Répondez par un nombre.
q-total-2022-explanation = 93 mesures : 37 organisationnelles, 8 applicables aux personnes, 14 physiques et 34 technologiques. L’édition 2013 en comptait 114, celle de 2005 en comptait 133.

q-structure-2013 = Un fournisseur affirme appliquer l’ISO/IEC 27002:2013. Quelle structure retrouverez-vous dans ce document ?
q-structure-2013-explanation = L’édition 2013 compte 14 chapitres numérotés de 5 à 18, 35 objectifs de sécurité et 114 mesures ; l’annexe A de l’ISO/IEC 27001:2013 en reprend le découpage, de A.5 à A.18.
q-structure-2013-option-fourteen-114 = 14 chapitres, 35 objectifs de sécurité, 114 mesures
q-structure-2013-option-fourteen-114-feedback = Exact : c’est la structure de 2013, celle sur laquelle repose l’annexe A de l’ISO/IEC 27001:2013.
q-structure-2013-option-eleven-133 = 11 chapitres, 39 objectifs de sécurité, 133 mesures
q-structure-2013-option-eleven-133-feedback = Pas tout à fait : ce sont les chiffres de l’édition 2005, parue sous le nom d’ISO/IEC 17799:2005.
q-structure-2013-option-four-93 = 4 thèmes, 93 mesures
q-structure-2013-option-four-93-feedback = Non : quatre thèmes et 93 mesures, c’est l’édition 2022.
q-structure-2013-option-fourteen-133 = 14 chapitres, 39 objectifs de sécurité, 133 mesures
q-structure-2013-option-fourteen-133-feedback = Non : cette combinaison mélange deux éditions. En 2013, on a bien 14 chapitres, mais 35 objectifs et 114 mesures.

q-theme-size = Du thème le plus fourni au moins fourni, dans quel ordre se classent les quatre thèmes de l’édition 2022 ?
q-theme-size-explanation = Viennent d’abord les mesures organisationnelles (37), puis technologiques (34), physiques (14) et enfin celles applicables aux personnes (8), soit 93 au total.
q-theme-size-item-organisational = Mesures organisationnelles
q-theme-size-item-technological = Mesures technologiques
q-theme-size-item-physical = Mesures physiques
q-theme-size-item-people = Mesures applicables aux personnes

q-theme-sort = Une mutuelle santé range son programme de sécurité selon les thèmes de 2022. Placez chaque mesure dans le bon thème.
q-theme-sort-explanation = Les mesures applicables aux personnes portent sur des individus (vérification des candidats, sensibilisation), les mesures physiques sur des locaux ou des objets (surveillance de la salle d’archives), les mesures technologiques sur la technologie (codage sécurisé, prévention des fuites de données) ; les règles d’usage du cloud et la préparation des TIC à la continuité sont organisationnelles.
q-theme-sort-category-organisational = Organisationnelles
q-theme-sort-category-people = Applicables aux personnes
q-theme-sort-category-physical = Physiques
q-theme-sort-category-technological = Technologiques
q-theme-sort-item-cloud-rules = Encadrer le choix, l’utilisation et la sortie des services en nuage
q-theme-sort-item-ict-continuity = Préparer les TIC à assurer la continuité d’activité en cas de crise
q-theme-sort-item-screening = Vérifier les antécédents des gestionnaires de sinistres avant l’embauche
q-theme-sort-item-phishing-training = Apprendre aux conseillers à repérer les courriels d’hameçonnage
q-theme-sort-item-premises-monitoring = Surveiller les accès à la salle des archives papier
q-theme-sort-item-secure-coding = Imposer des règles de codage sécurisé pour l’espace adhérent en ligne
q-theme-sort-item-leakage-prevention = Empêcher que des données de santé des adhérents sortent du réseau

q-theme-rule = Une banque organise une veille : collecter et analyser les informations sur les menaces qui la visent, puis en tirer des actions. La mesure correspondante ne porte en propre ni sur des personnes, ni sur des objets physiques, ni sur une technologie donnée. À quel thème de l’édition 2022 appartient-elle ?
q-theme-rule-explanation = Une mesure qui ne porte ni sur des individus, ni sur des objets physiques, ni sur la technologie est organisationnelle. Il s’agit ici de la 5.7, renseignements sur les menaces, l’une des onze nouveautés de 2022.
q-theme-rule-option-organisational = Organisationnelle
q-theme-rule-option-organisational-feedback = Exact : le thème organisationnel accueille tout ce qui ne relève ni des personnes, ni du physique, ni de la technologie.
q-theme-rule-option-people = Applicable aux personnes
q-theme-rule-option-people-feedback = Non : des analystes font le travail, mais la mesure ne porte pas sur les individus eux-mêmes.
q-theme-rule-option-physical = Physique
q-theme-rule-option-physical-feedback = Non : rien dans cette mesure ne concerne des locaux, des équipements ou d’autres objets physiques.
q-theme-rule-option-technological = Technologique
q-theme-rule-option-technological-feedback = Non : des outils peuvent aider, mais la mesure décrit un processus de l’organisation, pas une technologie.

q-new-controls = Un consultant présente sa liste des « nouveautés 2022 ». Lesquelles de ces mesures sont réellement apparues avec l’édition 2022 de l’ISO/IEC 27002 ? Plusieurs réponses sont possibles.
q-new-controls-explanation = Les renseignements sur les menaces (5.7), le masquage des données (8.11) et le filtrage web (8.23) font partie des onze nouveautés. La cryptographie et les relations avec les fournisseurs formaient déjà des chapitres entiers en 2013.
q-new-controls-option-threat-intelligence = Renseignements sur les menaces
q-new-controls-option-threat-intelligence-feedback = Exact : la mesure 5.7 est nouvelle en 2022.
q-new-controls-option-data-masking = Masquage des données
q-new-controls-option-data-masking-feedback = Exact : la mesure 8.11 est nouvelle en 2022.
q-new-controls-option-web-filtering = Filtrage web
q-new-controls-option-web-filtering-feedback = Exact : la mesure 8.23 est nouvelle en 2022.
q-new-controls-option-cryptography = Cryptographie
q-new-controls-option-cryptography-feedback = Rien de neuf : la cryptographie avait déjà son propre chapitre (le 10) dans l’édition 2013.
q-new-controls-option-supplier-relationships = Relations avec les fournisseurs
q-new-controls-option-supplier-relationships-feedback = Rien de neuf : les relations avec les fournisseurs constituaient le chapitre 15 de l’édition 2013.

q-attribute-types = Chacune de ces valeurs d’attribut appartient à l’un des cinq types. Reliez-les, en vous méfiant des valeurs aux noms voisins.
q-attribute-types-explanation = La valeur #Protect relève des concepts de cybersécurité, alors que #Protection est un domaine de sécurité ; #Governance est une capacité opérationnelle ; #Detective, un type de mesure ; #Availability, une propriété de sécurité de l’information.
q-attribute-types-left-protect = La valeur #Protect
q-attribute-types-left-protection = La valeur #Protection
q-attribute-types-left-governance = La valeur #Governance
q-attribute-types-left-detective = La valeur #Detective
q-attribute-types-left-availability = La valeur #Availability
q-attribute-types-right-concepts = Concepts de cybersécurité
q-attribute-types-right-domains = Domaines de sécurité
q-attribute-types-right-capabilities = Capacités opérationnelles
q-attribute-types-right-control-type = Type de mesure de sécurité
q-attribute-types-right-properties = Propriétés de sécurité de l’information

q-attribute-purpose = Votre RSSI vous demande à quoi servent, concrètement, les attributs de l’édition 2022. Que lui répondez-vous ?
q-attribute-purpose-explanation = Les attributs sont des étiquettes qui permettent de trier et de filtrer les mêmes 93 mesures, afin que chaque public construise la vue dont il a besoin. Ils n’ajoutent aucune exigence et ne remplacent aucun processus.
q-attribute-purpose-option-filter-views = À filtrer les mesures et à les regarder sous différents angles
q-attribute-purpose-option-filter-views-feedback = Exact : on peut par exemple isoler toutes les mesures marquées #Detective.
q-attribute-purpose-option-extra-requirements = À imposer de nouvelles exigences aux organismes certifiés
q-attribute-purpose-option-extra-requirements-feedback = Non : l’ISO/IEC 27002 reste un guide, et ses attributs ne changent rien à ce que demande une mesure.
q-attribute-purpose-option-replace-risk-assessment = À se passer de l’appréciation des risques pour choisir les mesures
q-attribute-purpose-option-replace-risk-assessment-feedback = Non : le choix des mesures passe toujours par l’appréciation des risques ; les attributs aident seulement à les retrouver et à les regrouper.
q-attribute-purpose-option-certification-scope = À fixer le périmètre d’un certificat ISO/IEC 27001
q-attribute-purpose-option-certification-scope-feedback = Non : c’est l’organisme qui définit le périmètre de son SMSI ; les attributs n’y jouent aucun rôle.

q-transition = Vrai ou faux : dès la parution de l’ISO/IEC 27001:2022, les certificats délivrés selon la version 2013 ont cessé d’être valables.
q-transition-explanation = Faux. L’ISO/IEC 27001:2022 est parue en octobre 2022, huit mois après l’ISO/IEC 27002:2022, et les organismes certifiés ont disposé de trois ans pour effectuer la transition.
