title = Les éditions et la structure de 2022
summary = Comment le code de bonne pratique est passé des éditions 2005 et 2013 à l’édition 2022, avec ses quatre thèmes, ses onze nouvelles mesures et ses cinq types d’attributs, et ce que cela change quand on lit ou rapproche des références de mesures.

q-total-2022 = Un auditeur additionne les mesures de sécurité des quatre thèmes de l’ISO/IEC 27002:2022. Quel total obtient-il ? Répondez par un nombre.
q-total-2022-explanation = 93 mesures : 37 organisationnelles, 8 applicables aux personnes, 14 physiques et 34 technologiques. L’édition 2013 en comptait 114, celle de 2005 en comptait 133.

q-structure-2013 = Un fournisseur affirme appliquer l’ISO/IEC 27002:2013. Quelle structure retrouverez-vous dans ce document ?
q-structure-2013-explanation = L’édition 2013 compte 14 articles numérotés de 5 à 18, 35 objectifs de sécurité et 114 mesures ; l’annexe A de l’ISO/IEC 27001:2013 en reprend le découpage, de A.5 à A.18.
q-structure-2013-option-fourteen-114 = 14 articles, 35 objectifs de sécurité, 114 mesures
q-structure-2013-option-fourteen-114-feedback = Exact : c’est la structure de 2013, celle sur laquelle repose l’annexe A de l’ISO/IEC 27001:2013.
q-structure-2013-option-eleven-133 = 11 articles, 39 objectifs de sécurité, 133 mesures
q-structure-2013-option-eleven-133-feedback = Pas tout à fait : ce sont les chiffres de l’édition 2005, parue sous le nom d’ISO/IEC 17799:2005.
q-structure-2013-option-four-93 = 4 thèmes, 93 mesures
q-structure-2013-option-four-93-feedback = Non : quatre thèmes et 93 mesures, c’est l’édition 2022.
q-structure-2013-option-fourteen-133 = 14 articles, 39 objectifs de sécurité, 133 mesures
q-structure-2013-option-fourteen-133-feedback = Non : cette combinaison mélange deux éditions. En 2013, on a bien 14 articles, mais 35 objectifs et 114 mesures.

q-theme-size = Du thème le plus fourni au moins fourni, dans quel ordre se classent les quatre thèmes de l’édition 2022 ?
q-theme-size-explanation = Viennent d’abord les mesures organisationnelles (37), puis technologiques (34), physiques (14) et enfin celles applicables aux personnes (8), soit 93 au total.
q-theme-size-item-organisational = Mesures organisationnelles
q-theme-size-item-technological = Mesures technologiques
q-theme-size-item-physical = Mesures physiques
q-theme-size-item-people = Mesures applicables aux personnes

q-theme-sort = Une mutuelle santé range ses mesures de sécurité existantes selon les thèmes de 2022. Placez chaque mesure dans le bon thème : certaines sont moins évidentes qu’il n’y paraît.
q-theme-sort-explanation = Les règles d’attribution des accès (5.15) et la préparation de la gestion des incidents (5.24) sont organisationnelles. Les engagements de confidentialité signés par le personnel (6.6) et l’obligation de signaler les événements de sécurité (6.8) visent des individus : ce sont des mesures applicables aux personnes. Le bureau propre et l’écran verrouillé (7.7) ainsi que la gestion des supports de stockage (7.10) sont physiques, même si l’écran relève de l’informatique. La sauvegarde (8.13) et l’utilisation de la cryptographie (8.24) sont technologiques.
q-theme-sort-category-organisational = Organisationnelles
q-theme-sort-category-people = Applicables aux personnes
q-theme-sort-category-physical = Physiques
q-theme-sort-category-technological = Technologiques
q-theme-sort-item-access-rules = Fixer qui peut obtenir l’accès à quelles informations
q-theme-sort-item-incident-planning = Définir à l’avance les rôles et procédures de gestion des incidents de sécurité
q-theme-sort-item-nda = Faire signer des engagements de confidentialité aux salariés et prestataires
q-theme-sort-item-event-reporting = Demander aux conseillers de signaler vite, par un canal connu, tout ce qui ressemble à un événement de sécurité
q-theme-sort-item-clear-desk = Ne laisser aucun dossier sur les bureaux et verrouiller l’écran en s’absentant
q-theme-sort-item-storage-media = Inventorier, ranger et détruire de façon sûre clés USB et bandes de sauvegarde
q-theme-sort-item-backup = Sauvegarder régulièrement données et systèmes et tester les restaurations
q-theme-sort-item-cryptography = Chiffrer les données de santé des adhérents et gérer les clés

q-theme-rule = Une mesure précise comment le personnel doit protéger l’information lorsqu’il travaille chez lui ou en déplacement. À quel thème de l’édition 2022 appartient-elle ?
q-theme-rule-explanation = Il s’agit de la 6.7, travail à distance, une mesure applicable aux personnes : elle porte sur ce que font les individus hors des locaux. Un VPN ou un portable chiffré peuvent l’appuyer, mais ce sont des mesures technologiques distinctes.
q-theme-rule-option-organisational = Organisationnelle
q-theme-rule-option-organisational-feedback = Non : la règle est rédigée par l’organisme, mais elle porte sur le comportement des individus hors des locaux ; c’est une mesure applicable aux personnes (6.7).
q-theme-rule-option-people = Applicable aux personnes
q-theme-rule-option-people-feedback = Exact : la 6.7, travail à distance, vise les individus et relève donc du thème des personnes.
q-theme-rule-option-physical = Physique
q-theme-rule-option-physical-feedback = Non : domicile et train sont des lieux, mais la mesure encadre la conduite des personnes, pas des objets physiques.
q-theme-rule-option-technological = Technologique
q-theme-rule-option-technological-feedback = Non : la technologie d’accès à distance l’appuie, mais la mesure porte sur ce que font les individus ; les outils ont leurs propres mesures à l’article 8.

q-new-controls = Un consultant présente sa liste des « nouveautés 2022 ». Lesquelles de ces mesures sont réellement apparues avec l’édition 2022 de l’ISO/IEC 27002 ? Plusieurs réponses sont possibles.
q-new-controls-explanation = La 5.7 (renseignements sur les menaces), la 8.11 (masquage des données) et la 8.23 (filtrage web) font partie des onze nouveautés. La 8.24 (utilisation de la cryptographie) et la 5.19 (sécurité de l’information dans les relations avec les fournisseurs) prolongent des mesures qui existaient déjà en 2013, dans ses articles consacrés à la cryptographie et aux relations avec les fournisseurs.
q-new-controls-option-threat-intelligence = 5.7 Renseignements sur les menaces
q-new-controls-option-threat-intelligence-feedback = Exact : la mesure 5.7 est nouvelle en 2022.
q-new-controls-option-data-masking = 8.11 Masquage des données
q-new-controls-option-data-masking-feedback = Exact : la mesure 8.11 est nouvelle en 2022.
q-new-controls-option-web-filtering = 8.23 Filtrage web
q-new-controls-option-web-filtering-feedback = Exact : la mesure 8.23 est nouvelle en 2022.
q-new-controls-option-cryptography = 8.24 Utilisation de la cryptographie
q-new-controls-option-cryptography-feedback = Rien de neuf : la cryptographie avait déjà son propre article (le 10) dans l’édition 2013.
q-new-controls-option-supplier-relationships = 5.19 Sécurité de l’information dans les relations avec les fournisseurs
q-new-controls-option-supplier-relationships-feedback = Rien de neuf : les relations avec les fournisseurs constituaient l’article 15 de l’édition 2013, qui comportait déjà une mesure sur la politique de sécurité envers les fournisseurs.

q-attribute-types = Toutes les mesures de l’ISO/IEC 27002:2022 sont présentées selon le même schéma. Reliez chaque rubrique à ce qu’elle apporte au lecteur.
q-attribute-types-explanation = Le tableau d’attributs donne les valeurs de la mesure pour les cinq types d’attributs ; la rubrique « mesure » dit en quoi elle consiste ; la finalité dit pourquoi elle existe (elle remplace les objectifs de sécurité de 2013) ; les recommandations disent comment la mettre en œuvre ; les informations complémentaires ajoutent du contexte, par exemple des documents connexes.
q-attribute-types-left-attribute-table = Tableau d’attributs
q-attribute-types-left-control = Mesure
q-attribute-types-left-purpose = Finalité
q-attribute-types-left-guidance = Recommandations
q-attribute-types-left-other-information = Informations complémentaires
q-attribute-types-right-labels = Les valeurs qui servent à trier et filtrer le catalogue, comme #Preventive ou #Protect
q-attribute-types-right-what = Un court énoncé de ce en quoi consiste la mesure
q-attribute-types-right-why = La raison d’être de la mesure : le risque qu’elle traite ou le résultat qu’elle sert
q-attribute-types-right-how = La manière dont la mesure est habituellement mise en œuvre
q-attribute-types-right-extra = Un contexte supplémentaire, comme des documents connexes ou des points d’attention

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

q-transition = Vrai ou faux ? Aujourd’hui, un certificat délivré selon l’ISO/IEC 27001:2013 n’atteste plus une certification valable.
q-transition-explanation = Vrai. L’ISO/IEC 27001:2022 est parue en octobre 2022, et les organismes certifiés ont disposé de trois ans pour l’adopter. La transition s’est achevée le 31 octobre 2025 : depuis, les certificats selon la version 2013 ne sont plus valables.
