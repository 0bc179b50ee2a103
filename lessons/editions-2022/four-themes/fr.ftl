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

    Avec les exemples proposés, la règle d’usage du cloud est organisationnelle (elle encadre le choix et l’utilisation des services), le chiffrement des portables est technologique et la vérification à l’embauche relève des personnes. L’essentiel est de justifier chaque choix par ce sur quoi agit la mesure, et non par le service qui s’en occupe.

exercise = Rangez chaque mesure dans le thème de l’édition 2022 auquel elle appartient.
exercise-explanation = Les renseignements sur les menaces et la préparation des TIC à la continuité d’activité sont organisationnels ; la vérification des candidats et la sensibilisation portent sur des individus et relèvent donc des personnes ; la surveillance des locaux est physique ; la gestion de la configuration et le filtrage web portent sur la technologie.
exercise-category-organisational = Organisationnelles
exercise-category-people = Applicables aux personnes
exercise-category-physical = Physiques
exercise-category-technological = Technologiques
exercise-item-threat-intelligence = Recueillir et analyser des informations sur les menaces
exercise-item-ict-readiness = S’assurer que les TIC sont prêtes à soutenir la continuité d’activité
exercise-item-screening = Vérifier les antécédents des candidats à un poste
exercise-item-awareness = Apprendre au personnel à reconnaître l’hameçonnage
exercise-item-premises-monitoring = Surveiller les locaux pour détecter toute intrusion physique
exercise-item-configuration = Définir et tenir à jour des configurations sécurisées pour les systèmes
exercise-item-web-filtering = Restreindre l’accès aux sites web malveillants
