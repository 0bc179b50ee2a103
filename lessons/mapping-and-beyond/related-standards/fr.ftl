title = Les normes voisines : 27000, 27005, 27017, 27018, 27701, 27035 et ISO 22301
overview = Vous saurez à quoi sert chacune des normes que l’on rencontre le plus souvent autour de l’ISO/IEC 27001 et de l’ISO/IEC 27002, lesquelles peuvent faire l’objet d’une certification, et à quel endroit chacune se raccorde au SMSI et à ses mesures.

explanation =
    L’ISO/IEC 27002 appartient à une vaste famille, organisée autour de l’ISO/IEC 27001, la norme d’exigences du SMSI. Les autres membres de la famille remplissent l’une de quatre fonctions : fixer le vocabulaire, expliquer comment conduire un processus exigé par l’ISO/IEC 27001, apporter des recommandations sur les mesures propres à un secteur ou à une technologie, ou encore poser les exigences d’un système de management voisin. Savoir quelle fonction remplit une norme évite d’acheter le mauvais document et aide à lire d’un œil critique une affirmation telle que « certifié 27017 ».

    L’ISO/IEC 27000 présente la vue d’ensemble et le vocabulaire communs à toute la famille, de la notion de mesure à celle de risque, en passant par la différence entre événement et incident. L’ISO/IEC 27005, dont l’édition en vigueur date de 2022 et s’aligne sur l’ISO/IEC 27001:2022, fournit des recommandations sur la gestion des risques liés à la sécurité de l’information : elle montre comment mener l’appréciation et le traitement des risques qu’exigent les articles 6.1.2, 6.1.3, 8.2 et 8.3 de l’ISO/IEC 27001, et décrit notamment deux manières d’identifier les risques, l’une à partir des événements, l’autre à partir des actifs.

    L’ISO/IEC 27017 et l’ISO/IEC 27018 sont des codes de bonne pratique fondés sur l’ISO/IEC 27002. La première ajoute des recommandations propres à l’informatique en nuage, à l’intention des clients comme des fournisseurs de services, ainsi que quelques mesures spécifiques. La seconde s’adresse aux fournisseurs de nuage public qui traitent des données à caractère personnel pour le compte de leurs clients, c’est-à-dire en qualité de sous-traitants. Aucune des deux n’est une norme d’exigences ; les organismes de certification les évaluent d’ordinaire dans le périmètre d’un audit ISO/IEC 27001.

    L’ISO/IEC 27701 et l’ISO 22301 posent les exigences d’un système de management et peuvent être certifiées. L’ISO/IEC 27701 traite du management de la protection de la vie privée : son édition 2019 complétait l’ISO/IEC 27001 et l’ISO/IEC 27002 et ne pouvait être certifiée qu’avec l’ISO/IEC 27001, alors que son édition 2025 est une norme de système de management autonome, qui peut aussi s’intégrer à un SMSI. L’ISO 22301 spécifie les exigences d’un système de management de la continuité d’activité. L’ISO/IEC 27035, norme en plusieurs parties, fournit des recommandations sur la gestion des incidents de sécurité de l’information ; ses deux premières parties, consacrées aux principes et au processus puis à la planification et à la préparation, ont été révisées en 2023.

practical-example =
    Un éditeur de logiciels de paie de 180 personnes est déjà certifié ISO/IEC 27001. Ses clients, des directions des ressources humaines responsables du traitement des données de leurs salariés, lui demandent sans cesse comment ces données sont protégées dans le nuage. L’équipe sécurité refond sa méthode d’appréciation des risques à l’aide de l’ISO/IEC 27005, en ajoutant des scénarios fondés sur les événements à son inventaire des actifs. Elle approfondit sa mise en œuvre de la mesure 5.23 grâce aux recommandations de l’ISO/IEC 27017, à la fois comme client de son hébergeur et comme fournisseur de ses propres clients, et adopte l’ISO/IEC 27018 pour son rôle de sous-traitant, en demandant à son organisme de certification d’évaluer ces deux référentiels lors du prochain audit ISO/IEC 27001. Les procédures de réponse aux incidents sont reconstruites sur la base de l’ISO/IEC 27035. Un système de management de la protection de la vie privée selon l’ISO/IEC 27701 est prévu pour l’année suivante ; la continuité reste traitée par les mesures 5.29 et 5.30 jusqu’à ce qu’un client exige l’ISO 22301.

block-vocabulary-and-risk-heading = Un vocabulaire commun et le processus de gestion des risques : ISO/IEC 27000 et 27005
block-vocabulary-and-risk-body =
    C’est dans l’ISO/IEC 27000 que sont définis les termes de la famille. Lorsqu’une équipe hésite entre événement et incident, entre non-conformité et faiblesse, ses définitions tranchent. L’ISO/IEC 27001 et la plupart des autres normes de la famille y puisent leurs termes ; l’ISO/IEC 27002:2022 comporte son propre article de termes et définitions, mais emploie le même vocabulaire.

    L’ISO/IEC 27005 transforme les exigences de l’ISO/IEC 27001 relatives aux risques en méthode de travail :

    - établir le contexte et les critères de risque ;
    - identifier les risques, soit à partir d’événements et de scénarios, soit à partir des actifs, de leurs menaces et de leurs vulnérabilités ;
    - les analyser et les évaluer, de manière qualitative ou quantitative ;
    - choisir les options de traitement et bâtir le plan de traitement des risques ;
    - surveiller et réexaminer l’ensemble du processus.

    Il s’agit de recommandations : l’auditeur confronte votre processus à l’ISO/IEC 27001, non à l’ISO/IEC 27005, et il n’existe aucun certificat pour cette dernière.

block-cloud-and-privacy-heading = Nuage et données personnelles : ISO/IEC 27017, 27018 et 27701
block-cloud-and-privacy-body =
    Ces trois normes répondent à des questions différentes, et les organismes les utilisent souvent ensemble :

    - ISO/IEC 27017 : comment répartir et mettre en œuvre la sécurité entre un fournisseur de services en nuage et son client ? Elle ajoute, pour de nombreuses mesures existantes, des recommandations destinées à chaque partie, ainsi que des mesures portant par exemple sur le partage des responsabilités, la séparation des environnements virtuels des clients ou la restitution de leurs actifs en fin de contrat.
    - ISO/IEC 27018 : que doit faire un fournisseur de nuage public qui traite des données personnelles pour ses clients ? Par exemple, n’utiliser les données que selon leurs instructions, informer en toute transparence sur ses propres sous-traitants et encadrer les demandes de communication émanant des autorités.
    - ISO/IEC 27701 : comment un organisme pilote-t-il la protection de la vie privée comme un système, en tant que responsable du traitement, sous-traitant, ou les deux ? Elle ajoute des exigences et des mesures propres à la vie privée et, dans son édition 2025, un système de management complet qui peut fonctionner seul.

block-incidents-and-continuity-heading = Incidents et continuité : ISO/IEC 27035 et ISO 22301
block-incidents-and-continuity-body =
    L’ISO/IEC 27035 décrit la gestion des incidents comme un cycle : planifier et préparer, détecter et signaler, apprécier et décider, répondre, puis tirer les enseignements. Ces phases recoupent les mesures 5.24 à 5.28 et la 6.8, déclaration des événements de sécurité de l’information ; les équipes s’en servent pour concevoir les procédures de réponse, les rôles et les circuits de communication que les mesures ne font qu’esquisser.

    L’ISO 22301 va plus loin que les mesures de continuité de l’ISO/IEC 27002. Là où la 5.29 maintient la sécurité de l’information pendant une perturbation et où la 5.30 prépare les TIC à la reprise, l’ISO 22301 met en place un système de management complet, articulé autour du bilan d’impact sur l’activité, des stratégies de continuité, des plans et des exercices, pour l’ensemble de l’organisme et pas seulement pour ses TIC. Elle se certifie de manière autonome, et un certificat ISO/IEC 27001 ne prouve en rien la conformité à cette norme.

block-plugging-in-heading = Où chaque norme se raccorde
block-plugging-in-body =
    Lisez la famille en partant du SMSI :

    - articles 6.1.2, 6.1.3, 8.2 et 8.3 de l’ISO/IEC 27001, appréciation et traitement des risques : ISO/IEC 27005 ;
    - mesure 5.23 et mesures 5.19 à 5.22 relatives aux fournisseurs, pour les services en nuage : ISO/IEC 27017 ;
    - mesure 5.34, protection de la vie privée et des données à caractère personnel (DCP) : ISO/IEC 27018 pour les sous-traitants en nuage public, ISO/IEC 27701 pour un système de management complet de la protection de la vie privée ;
    - mesures 5.24 à 5.28 et 6.8, incidents : ISO/IEC 27035 ;
    - mesures 5.29 et 5.30, perturbations et préparation des TIC : ISO 22301 pour un système de management de la continuité d’activité ;
    - tous les documents : les termes de l’ISO/IEC 27000.

    L’ISO/IEC 27001, l’ISO 22301 et l’édition 2025 de l’ISO/IEC 27701 partagent la même structure d’articles de haut niveau : un organisme peut donc les conduire comme un système de management intégré, avec un programme d’audit interne et une revue de direction uniques.

example-cloud-certificate = Un fournisseur se dit « certifié ISO 27017 ». À l’examen, il s’agit d’un certificat ISO/IEC 27001 dont l’énoncé de périmètre mentionne les mesures de l’ISO/IEC 27017. C’est courant et utile, mais l’acheteur doit lire le périmètre et la déclaration d’applicabilité, non le slogan commercial.
example-integrated-audit = Un groupe hospitalier certifié ISO/IEC 27001 et ISO 22301 conduit un seul programme d’audit interne et une seule revue de direction pour les deux. Son processus de gestion des incidents, conçu avec l’ISO/IEC 27035, passe le relais aux plans de continuité dès qu’un incident menace les services rendus aux patients.

callout-few-certifiable-title = Seules les normes d’exigences se certifient
callout-few-certifiable-body = Parmi les normes de cette leçon, l’ISO/IEC 27001, l’ISO/IEC 27701 et l’ISO 22301 contiennent des exigences et peuvent être certifiées. L’ISO/IEC 27000, 27002, 27005, 27017, 27018 et 27035 relèvent du vocabulaire ou des recommandations : la conformité à ces normes s’apprécie, le cas échéant, lors de l’audit d’un système de management.
callout-check-editions-title = Vérifiez l’édition avant de vous y fier
callout-check-editions-body = La famille n’évolue pas d’un seul bloc. À la date de rédaction, l’ISO/IEC 27017 en était toujours à son édition 2015, bâtie sur la numérotation 2013 de l’ISO/IEC 27002, une révision étant en préparation, alors que l’ISO/IEC 27018 a été révisée en 2025 pour suivre l’édition 2022 et que l’ISO/IEC 27701 a changé de nature entre 2019 et 2025. Notez l’édition de chaque norme citée et convertissez l’ancienne numérotation grâce à l’annexe B de l’ISO/IEC 27002:2022.

prompt = Choisissez deux normes de cette leçon que votre organisme, ou un organisme que vous connaissez, n’utilise pas encore. Pour chacune, indiquez quelle partie du SMSI ou quelles mesures de l’ISO/IEC 27002 elle renforcerait, ce que coûterait son adoption et s’il vaudrait la peine de viser la certification.
prompt-guidance =
    Une bonne réponse part d’un besoin, non du catalogue : un fournisseur de services en nuage pressé par ses clients choisira l’ISO/IEC 27017 et l’ISO/IEC 27018, une entreprise dont les interruptions pèsent sur le chiffre d’affaires l’ISO 22301. Elle rattache chaque norme à des endroits précis, comme la mesure 5.23 pour l’ISO/IEC 27017, ou les mesures 5.29 et 5.30 et la continuité à l’échelle de l’organisme pour l’ISO 22301, estime l’effort (processus, formation, jours d’audit) et reste exacte sur la certification : l’ISO 22301 et l’ISO/IEC 27701 se certifient, l’ISO/IEC 27017 et l’ISO/IEC 27018 s’évaluent d’ordinaire lors d’un audit ISO/IEC 27001.

exercise = Associez chaque besoin d’une équipe SMSI à la norme qui y répond le plus directement.
exercise-explanation = L’ISO/IEC 27005 guide le processus de gestion des risques exigé par l’ISO/IEC 27001 ; l’ISO/IEC 27017 apporte des recommandations propres au nuage pour les fournisseurs et leurs clients ; l’ISO/IEC 27035 détaille les phases de la gestion des incidents ; l’ISO/IEC 27701 met en place un système de management de la protection de la vie privée ; l’ISO 22301 pose les exigences d’un système de management de la continuité d’activité.
exercise-left-risk-process = Conduire l’appréciation et le traitement des risques qu’exige l’ISO/IEC 27001
exercise-left-cloud-controls = Répartir les responsabilités de sécurité entre un fournisseur de services en nuage et ses clients
exercise-left-incident-phases = Concevoir les procédures de réponse aux incidents, de la préparation au retour d’expérience
exercise-left-privacy-system = Piloter les traitements de données personnelles au moyen d’un système de management
exercise-left-continuity-system = Bâtir un programme de continuité couvrant tout l’organisme et susceptible d’être certifié
exercise-right-iso27005 = ISO/IEC 27005
exercise-right-iso27017 = ISO/IEC 27017
exercise-right-iso27035 = ISO/IEC 27035
exercise-right-iso27701 = ISO/IEC 27701
exercise-right-iso22301 = ISO 22301
