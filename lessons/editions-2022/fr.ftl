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
q-new-controls-option-cryptography-feedback = Rien de neuf : la cryptographie avait déjà son propre article dans l’édition 2013.
q-new-controls-option-supplier-relationships = 5.19 Sécurité de l’information dans les relations avec les fournisseurs
q-new-controls-option-supplier-relationships-feedback = Rien de neuf : les relations avec les fournisseurs avaient déjà leur propre article dans l’édition 2013, avec une mesure sur la politique de sécurité envers les fournisseurs.

q-attribute-types = L’édition 2022 a réorganisé le code de bonne pratique. Associez chaque caractéristique de l’édition 2013 à ce qui l’a remplacée en 2022.
q-attribute-types-explanation = Les 14 articles ont cédé la place à quatre thèmes, aux articles 5 à 8 ; les objectifs de sécurité ont disparu et chaque mesure énonce désormais sa propre finalité ; la numérotation à trois niveaux est passée à deux (article du thème, puis rang) ; les attributs permettent de regarder le catalogue autrement que par article ; enfin, le titre s’est élargi à la cybersécurité et à la protection de la vie privée.
q-attribute-types-left-attribute-table = Des mesures regroupées uniquement selon l’article où elles figuraient
q-attribute-types-left-control = 14 articles de sécurité, numérotés de 5 à 18
q-attribute-types-left-purpose = Un objectif de sécurité commun à un groupe de mesures
q-attribute-types-left-guidance = Des numéros de mesure à trois niveaux, comme 12.4.1
q-attribute-types-left-other-information = Un titre présentant le document comme un code de bonne pratique pour les mesures de sécurité de l’information
q-attribute-types-right-labels = Des attributs, pour trier et filtrer les mêmes mesures de plusieurs façons
q-attribute-types-right-what = Quatre thèmes, chacun occupant un article
q-attribute-types-right-why = Une brève finalité propre à chaque mesure
q-attribute-types-right-how = Une numérotation à deux niveaux : l’article du thème, puis le rang de la mesure
q-attribute-types-right-extra = Un titre élargi, qui nomme aussi la cybersécurité et la protection de la vie privée

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

q-renumbering = Vrai ou faux ? En rejoignant la famille 27000, l’ISO/IEC 17799:2005 a été révisée et complétée par de nouvelles mesures pour devenir l’ISO/IEC 27002:2005.
q-renumbering-explanation = Faux. Il s’agit d’un seul et même texte : en 2007, l’ISO/IEC 17799:2005 a été renumérotée ISO/IEC 27002 pour prendre place dans la famille 27000, sans aucune modification de contenu. La révision suivante du contenu est l’édition 2013.

q-crypto-clause = Dans la numérotation de 2013, commune à l’ISO/IEC 27002:2013 et à l’annexe A de l’ISO/IEC 27001:2013, quel numéro d’article la cryptographie a-t-elle reçu ? Répondez par le numéro.
q-crypto-clause-explanation = 10. La cryptographie obtient son propre article en 2013 : l’article 10 de l’ISO/IEC 27002, soit A.10 dans l’annexe A de l’ISO/IEC 27001:2013. Les relations avec les fournisseurs obtiennent le leur au même moment, l’article 15.

q-split-clause = Un rapport d’audit de 2009 renvoie à l’article « gestion de l’exploitation et des télécommunications ». Où retrouve-t-on cette matière dans l’édition 2013 ?
q-split-clause-explanation = Le vaste article de 2005 sur l’exploitation et les télécommunications a été scindé en 2013 entre la sécurité liée à l’exploitation (article 12) et la sécurité des communications (article 13). C’est pourquoi une référence de 2013 comme A.12.4 renvoie à la sécurité liée à l’exploitation.
q-split-clause-option-split-two = Répartie entre la sécurité liée à l’exploitation (article 12) et la sécurité des communications (article 13)
q-split-clause-option-split-two-feedback = Exact. L’édition 2013 a scindé l’ancien article en deux.
q-split-clause-option-into-access = Fondue dans le contrôle d’accès (article 9)
q-split-clause-option-into-access-feedback = Non. Le contrôle d’accès formait déjà un article distinct en 2005, et il l’est resté en 2013.
q-split-clause-option-into-crypto = Transférée dans le nouvel article consacré à la cryptographie
q-split-clause-option-into-crypto-feedback = Non. La cryptographie a bien obtenu son propre article en 2013, mais la matière de l’exploitation et des communications est allée ailleurs.
q-split-clause-option-unchanged = Conservée en un seul article, sous le même intitulé
q-split-clause-option-unchanged-feedback = Non. L’édition 2013 ne compte plus d’article sur la gestion de l’exploitation et des télécommunications ; son contenu a été réparti entre deux articles.

q-theme-clauses = Dans l’ISO/IEC 27002:2022, chaque thème occupe un article. Reliez chaque thème à son article.
q-theme-clauses-explanation = Les thèmes se succèdent dans un ordre fixe, de l’article 5 à l’article 8 : organisationnel (5), personnes (6), physique (7), technologique (8). Le numéro d’une mesure indique donc aussitôt son thème : la 6.3 est une mesure applicable aux personnes, la 8.15 une mesure technologique.
q-theme-clauses-left-organisational = Mesures organisationnelles
q-theme-clauses-left-people = Mesures applicables aux personnes
q-theme-clauses-left-physical = Mesures physiques
q-theme-clauses-left-technological = Mesures technologiques
q-theme-clauses-right-clause-5 = Article 5
q-theme-clauses-right-clause-6 = Article 6
q-theme-clauses-right-clause-7 = Article 7
q-theme-clauses-right-clause-8 = Article 8

q-mapping = Vrai ou faux ? Chaque mesure de 2013 ayant un équivalent unique en 2022, il suffisait de renuméroter les lignes d’une déclaration d’applicabilité de 2013 pour la passer à l’édition 2022.
q-mapping-explanation = Faux. L’édition 2022 a fusionné des mesures voisines, passant de 114 à 93, et en a ajouté qui n’avaient pas d’antécédent. Une seule mesure de 2022 peut absorber plusieurs mesures de 2013 : chaque ligne de la correspondance devait donc être vérifiée, et les nouvelles mesures soumises à l’appréciation des risques.

q-new-by-theme = Comment les onze mesures apparues dans l’édition 2022 se répartissent-elles entre les quatre thèmes ?
q-new-by-theme-explanation = Trois sont organisationnelles (5.7, 5.23, 5.30), une est physique (7.4) et sept sont technologiques (8.9, 8.10, 8.11, 8.12, 8.16, 8.23, 8.28). Aucune ne relève des personnes.
q-new-by-theme-option-split-3-0-1-7 = 3 organisationnelles, aucune applicable aux personnes, 1 physique, 7 technologiques
q-new-by-theme-option-split-3-0-1-7-feedback = Exact : 5.7, 5.23 et 5.30 ; 7.4 ; et sept mesures de l’article 8.
q-new-by-theme-option-split-3-1-1-6 = 3 organisationnelles, 1 applicable aux personnes, 1 physique, 6 technologiques
q-new-by-theme-option-split-3-1-1-6-feedback = Non. Aucune nouvelle mesure ne relève des personnes ; le thème technologique en a gagné sept.
q-new-by-theme-option-split-5-0-1-5 = 5 organisationnelles, aucune applicable aux personnes, 1 physique, 5 technologiques
q-new-by-theme-option-split-5-0-1-5-feedback = Non. Trois seulement sont organisationnelles (5.7, 5.23 et 5.30) ; la plupart des nouveautés sont technologiques.
q-new-by-theme-option-split-2-1-2-6 = 2 organisationnelles, 1 applicable aux personnes, 2 physiques, 6 technologiques
q-new-by-theme-option-split-2-1-2-6-feedback = Non. Le thème physique n’a gagné qu’une mesure, la 7.4 (surveillance de la sécurité physique), et celui des personnes aucune.

q-multiple-values = Vrai ou faux ? Dans l’ISO/IEC 27002:2022, la sensibilisation à la sécurité est une mesure applicable aux personnes, même lorsque l’équipe sécurité la conçoit et la dispense entièrement sur une plateforme d’apprentissage en ligne.
q-multiple-values-explanation = Vrai. La sensibilisation, l’apprentissage et la formation relèvent de la mesure 6.3, dans le thème des personnes : elle agit sur des individus. Ni l’équipe qui la conçoit ni la plateforme qui la diffuse ne changent son thème, qui suit ce sur quoi agit la mesure.

q-capabilities-count = Un questionnaire fournisseur vous demande de confirmer la mesure A.18.1.4 de l’ISO/IEC 27001, sans préciser d’année. Dans quelle édition de la norme cette numérotation existe-t-elle ? Répondez par l’année.
q-capabilities-count-explanation = 2013. Seules les éditions 2013 comportaient des articles 16, 17 et 18 (A.16 à A.18 dans l’annexe A de l’ISO/IEC 27001:2013) ; l’annexe A de 2005 s’arrêtait à A.15 et l’édition 2022 va de 5 à 8. La A.18.1.4 portait sur la protection de la vie privée et des données à caractère personnel, devenue la 5.34.

q-new-not-missing = En passant à l’édition 2022, une entreprise constate que la 8.23, filtrage web, est une nouvelle mesure. Son serveur mandataire web bloque pourtant depuis des années les sites malveillants connus. Que faire en premier lieu ?
q-new-not-missing-explanation = Nouvelle ne veut pas dire absente. Il faut d’abord constater, documenter et prouver l’existant ; la mesure suit ensuite le même chemin que les autres, par l’appréciation des risques et la déclaration d’applicabilité.
q-new-not-missing-option-confirm-existing = Constater et documenter le filtrage existant, réunir les preuves qu’il fonctionne, puis soumettre la mesure à l’appréciation des risques et la faire figurer dans la déclaration d’applicabilité
q-new-not-missing-option-confirm-existing-feedback = Exact. La pratique en place répond peut-être déjà au besoin ; encore faut-il le démontrer et le consigner.
q-new-not-missing-option-buy-new = Acheter un produit de filtrage web dédié, puisqu’une nouvelle mesure appelle une nouvelle solution
q-new-not-missing-option-buy-new-feedback = Non. Une mesure nouvelle dans le catalogue ne prouve pas une lacune ; le serveur mandataire remplit peut-être déjà cette fonction.
q-new-not-missing-option-skip-review = Rien : la pratique existant déjà, la mesure n’a pas à figurer dans l’appréciation des risques ni dans la déclaration d’applicabilité
q-new-not-missing-option-skip-review-feedback = Non. Chaque nouvelle mesure devait être examinée explicitement dans l’appréciation des risques et la déclaration d’applicabilité, même lorsque la pratique existait déjà.
q-new-not-missing-option-exclude-new = L’exclure, puisqu’elle n’existait pas lors de la première certification du SMSI
q-new-not-missing-option-exclude-new-feedback = Non. Une exclusion repose sur l’absence de risques et d’obligations appelant la mesure ; l’ancienneté de la mesure n’est pas une justification.
