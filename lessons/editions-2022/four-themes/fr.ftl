title = L’édition 2022 et ses quatre thèmes
overview = Vous comprendrez comment l’édition 2022 répartit ses 93 mesures en quatre thèmes, selon quelle règle une mesure est rattachée à un thème, et ce que cette édition a changé pour les organismes certifiés.

explanation =
    L’édition actuelle de l’ISO/IEC 27002 est parue en février 2022 sous un titre élargi : « Sécurité de l’information, cybersécurité et protection de la vie privée — Mesures de sécurité de l’information » (en anglais, « Information security, cybersecurity and privacy protection — Information security controls »). Elle remplace les 14 articles de 2013 par quatre thèmes et ramène le catalogue à 93 mesures : les recommandations existantes ont été fusionnées ou actualisées, et onze mesures sont apparues.

    Les thèmes occupent les articles 5 à 8 : 37 mesures organisationnelles à l’article 5, 8 mesures applicables aux personnes à l’article 6, 14 mesures physiques à l’article 7 et 34 mesures technologiques à l’article 8.

    La règle de rattachement est simple : une mesure relève des personnes si elle porte sur des individus, du physique si elle porte sur des objets physiques, du technologique si elle porte sur la technologie ; tout le reste est organisationnel. Le thème dit sur quoi agit la mesure ; il ne dit ni qui en est responsable, ni quelle importance elle a.

    L’ISO/IEC 27001:2022 a suivi en octobre 2022 ; son annexe A reprend les mêmes 93 mesures sous les mêmes quatre thèmes. Les organismes certifiés selon la version 2013 ont eu trois ans pour effectuer la transition, qui a pris fin le 31 octobre 2025 : les certificats ISO/IEC 27001:2013 ne sont plus valables. Il leur a fallu rapprocher anciennes et nouvelles mesures, réviser la déclaration d’applicabilité et soumettre les nouvelles mesures à l’appréciation des risques.

practical-example = Pendant la transition, une équipe SMSI a exporté sa déclaration d’applicabilité de 2013 dans un tableur et ajouté une colonne indiquant la mesure de 2022 correspondant à chaque ligne. Elle a ensuite trié le tableau par thème et confié la relecture de chacun à l’interlocuteur naturel : les RH pour les mesures applicables aux personnes, les services généraux pour les mesures physiques, l’exploitation informatique pour l’essentiel des mesures technologiques et la direction sécurité pour le bloc organisationnel. Les mesures sans équivalent en 2013 ont été soumises à l’appréciation des risques au lieu d’être adoptées d’office. Le même tableau sert encore aujourd’hui chaque fois qu’un ancien document cite un numéro de 2013.

block-what-changed-heading = Ce qui change en 2022
block-what-changed-body =
    L’édition 2022 ne se contente pas de renuméroter. Ses principaux changements :

    - un nouveau titre, qui cite la cybersécurité et la protection de la vie privée aux côtés de la sécurité de l’information ;
    - quatre thèmes à la place des 14 articles de 2013 ;
    - 93 mesures au lieu de 114, des mesures voisines ayant été fusionnées et leurs recommandations actualisées ;
    - onze mesures sans véritable antécédent, présentées dans la leçon suivante ;
    - la disparition des objectifs de sécurité, remplacés par une brève finalité propre à chaque mesure ;
    - une numérotation à deux niveaux (article du thème, puis rang, comme 8.15) au lieu des trois niveaux de 2013 (article, objectif, mesure, comme 12.4.1) ;
    - des attributs associés à chaque mesure, pour trier le catalogue autrement que par thème.

    Conséquence pratique : les anciens numéros ne correspondent plus terme à terme aux nouveaux. Une seule mesure de 2022 peut absorber plusieurs mesures de 2013, et chaque correspondance mérite d’être vérifiée.

block-themes-and-counts-heading = Quatre thèmes, quatre articles
block-themes-and-counts-body =
    Les mesures se répartissent entre les articles 5 à 8, à raison d’un article par thème :

    - article 5, mesures organisationnelles : 37 mesures, des politiques et des rôles jusqu’aux relations avec les fournisseurs, à la gestion des incidents et à la conformité ;
    - article 6, mesures applicables aux personnes : 8 mesures centrées sur les individus, comme la vérification des candidats ou la sensibilisation ;
    - article 7, mesures physiques : 14 mesures portant sur les locaux, les équipements et les supports de stockage ;
    - article 8, mesures technologiques : 34 mesures portant sur les systèmes, les réseaux, les logiciels et les données.

    Le total fait bien 93. Mesures organisationnelles et technologiques représentent ensemble plus des trois quarts du catalogue : l’essentiel du travail de sécurité se joue dans la gouvernance et la technique plus que dans les serrures et le gardiennage, même si le volet physique reste indispensable.

figure-four-themes-caption = Les quatre thèmes de l’ISO/IEC 27002:2022, avec leur article et leur nombre de mesures
figure-four-themes-description =
    Un diagramme en barres des 93 mesures de l’ISO/IEC 27002:2022, une barre par thème, la hauteur de chaque barre étant proportionnelle au nombre de mesures du thème. De gauche à droite, dans l’ordre des articles :

    - mesures organisationnelles, article 5 : 37 mesures ;
    - mesures applicables aux personnes, article 6 : 8 mesures ;
    - mesures physiques, article 7 : 14 mesures ;
    - mesures technologiques, article 8 : 34 mesures.

    Les barres des thèmes organisationnel et technologique dominent nettement : à eux deux, ces thèmes réunissent 71 des 93 mesures, soit plus des trois quarts du catalogue.
figure-four-themes-label-total = 93 mesures au total
figure-four-themes-label-org-count = 37 mesures
figure-four-themes-label-org-name = Organisationnelles
figure-four-themes-label-org-clause = Article 5
figure-four-themes-label-people-count = 8 mesures
figure-four-themes-label-people-name = Applicables aux personnes
figure-four-themes-label-people-clause = Article 6
figure-four-themes-label-physical-count = 14 mesures
figure-four-themes-label-physical-name = Physiques
figure-four-themes-label-physical-clause = Article 7
figure-four-themes-label-tech-count = 34 mesures
figure-four-themes-label-tech-name = Technologiques
figure-four-themes-label-tech-clause = Article 8
block-transition-heading = La transition vers l’ISO/IEC 27001:2022
block-transition-body =
    L’ISO/IEC 27001:2022 est parue en octobre 2022. Son annexe A reprend les 93 mesures et les quatre thèmes : norme d’exigences et code de bonne pratique restent alignés, comme ils l’étaient en 2013. Les organismes déjà certifiés selon la version 2013 ont bénéficié d’une période de transition de trois ans, close le 31 octobre 2025 ; depuis, seuls les certificats selon la version 2022 sont valables. Un plan de transition type prévoyait de :

    - rapprocher chaque mesure de 2013 de son équivalent de 2022 ;
    - mettre à jour la déclaration d’applicabilité, en justifiant chaque inclusion et chaque exclusion ;
    - soumettre les nouvelles mesures à l’appréciation des risques et au plan de traitement ;
    - corriger les politiques, procédures et preuves qui citaient les anciens numéros.

    La certification reposait toujours sur les exigences de l’ISO/IEC 27001 ; l’ISO/IEC 27002 fournissait les recommandations pour mettre les mesures en œuvre.

example-server-room-badges = Contrôler qui entre dans la salle des serveurs, avec badges et portes verrouillées, touche à l’accès physique aux locaux : la mesure relève du thème physique, même si c’est l’équipe informatique qui gère le système de badges.
example-awareness-training = La sensibilisation à la sécurité s’adresse à des individus : c’est une mesure applicable aux personnes, et la dispenser sur une plateforme en ligne n’en fait pas une mesure technologique.

callout-what-it-acts-on-title = Demandez-vous sur quoi agit la mesure
callout-what-it-acts-on-body = Quand une mesure semble appartenir à deux thèmes, cherchez sur quoi elle agit d’abord : une personne, un objet physique ou la technologie. Si aucun des trois ne s’impose, elle est organisationnelle.
callout-theme-not-owner-title = Un thème ne désigne pas un responsable
callout-theme-not-owner-body = Les thèmes structurent le catalogue ; ils n’attribuent aucune responsabilité. Une mesure technologique peut exiger l’avis des RH ou du juridique, une mesure applicable aux personnes peut s’appuyer sur des outils informatiques. Désignez les responsables à partir des rôles définis dans votre SMSI, pas du numéro d’article.
callout-numbers-title = Les chiffres à retenir
callout-numbers-body = 93 mesures en quatre thèmes : 37 organisationnelles à l’article 5, 8 applicables aux personnes à l’article 6, 14 physiques à l’article 7 et 34 technologiques à l’article 8.

prompt = Choisissez trois mesures de sécurité sur lesquelles votre organisme s’appuie déjà, par exemple une règle d’usage des services en nuage, le chiffrement des ordinateurs portables et la vérification des antécédents à l’embauche. Rattachez chacune à un thème de 2022 et précisez quelle partie de la règle vous avez appliquée.
prompt-guidance =
    Confrontez votre réponse à la règle : personnes si la mesure porte sur des individus, physique si elle porte sur des objets physiques, technologique si elle porte sur la technologie, organisationnelle dans tous les autres cas.

    Avec les exemples proposés, la règle d’usage des services en nuage est organisationnelle (elle encadre le choix et l’utilisation des services), le chiffrement des portables est technologique et la vérification à l’embauche relève des personnes. L’essentiel est de justifier chaque choix par ce sur quoi agit la mesure, et non par le service qui s’en occupe.

exercise = Une équipe SMSI a noté un thème pour plusieurs mesures, en précisant chaque fois son raisonnement. Lesquels de ces rattachements appliquent correctement la règle de 2022 ? Cochez toutes les réponses qui conviennent.
exercise-explanation = Le thème suit ce sur quoi agit la mesure : personnes si elle vise des individus, physique si elle porte sur des objets physiques, technologique si elle porte sur la technologie, organisationnelle dans tous les autres cas. Ni le service qui la conduit, ni l’outil qui l’appuie, ni la forme qu’elle prend ne décident de son thème.
exercise-option-visitor-physical = L’enregistrement des visiteurs à l’accueil et leur accompagnement sur le site relèvent du thème physique, même si le logiciel d’accueil consigne chaque visite
exercise-option-visitor-physical-feedback = Exact : la mesure encadre l’accès physique aux locaux (7.2, entrées physiques) ; le logiciel ne fait que l’appuyer.
exercise-option-disciplinary-people = Le processus disciplinaire en cas de manquement aux règles de sécurité est une mesure applicable aux personnes, même s’il prend la forme d’une procédure écrite
exercise-option-disciplinary-people-feedback = Exact : il agit sur des individus (6.4, processus disciplinaire) ; qu’il soit écrit n’en fait pas une mesure organisationnelle.
exercise-option-cloud-organisational = Les règles de choix, d’utilisation et de sortie des services en nuage sont organisationnelles
exercise-option-cloud-organisational-feedback = Exact : elles encadrent la façon dont l’organisme acquiert et gère des services (5.23), pas une technologie particulière.
exercise-option-log-review-people = L’examen des journaux est une mesure applicable aux personnes, puisque des analystes le font à la main
exercise-option-log-review-people-feedback = Non : la journalisation et la surveillance des systèmes portent sur la technologie (la 8.15 et la 8.16 sont des mesures technologiques). Qui fait le travail ne décide pas du thème.
exercise-option-screening-organisational = La vérification des candidats est organisationnelle, puisque la direction des ressources humaines en a la charge
exercise-option-screening-organisational-feedback = Non : la vérification des candidats vise des individus, c’est donc une mesure applicable aux personnes (6.1, sélection des candidats). Un thème dit sur quoi agit une mesure, pas qui en est responsable.
