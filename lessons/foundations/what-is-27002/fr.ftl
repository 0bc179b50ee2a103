title = Qu’est-ce que l’ISO/IEC 27002 ?
overview = Vous comprendrez la nature de l’ISO/IEC 27002, sa place dans la famille ISO/IEC 27000 et la raison pour laquelle aucun organisme ne peut être certifié selon cette norme.
explanation =
    L’ISO/IEC 27002 est une norme internationale publiée conjointement par l’ISO (Organisation internationale de normalisation) et l’IEC (Commission électrotechnique internationale, ou CEI). Elle appartient à la famille ISO/IEC 27000, un ensemble de normes qui traitent, chacune sous un angle particulier, de la manière dont un organisme gère la sécurité de l’information.

    Au sein de cette famille, son rôle est bien précis : c’est un code de bonne pratique. Elle propose des recommandations et un catalogue de mesures de sécurité dont un organisme peut s’inspirer pour bâtir et faire vivre son système de management de la sécurité de l’information (SMSI). Pour chaque mesure, elle explique la finalité et les modes de mise en œuvre possibles, mais c’est à l’organisme de décider quelles mesures retenir et jusqu’où aller.

    Deux conséquences en découlent. D’abord, la norme n’a rien d’obligatoire : elle décrit de bonnes pratiques, que l’on adopte parce qu’on les juge utiles. Ensuite, elle n’est pas certifiable : aucun auditeur ne peut certifier un organisme selon l’ISO/IEC 27002. La certification d’un SMSI se fait au regard de l’ISO/IEC 27001, la norme de la famille qui en fixe les exigences. Dans les faits, on lit les deux ensemble : la 27001 dit ce que le système de management doit accomplir, la 27002 aide les équipes à mettre les mesures en œuvre.
practical-example =
    Une entreprise de transport de taille moyenne veut structurer sa démarche de sécurité. Sa responsable sécurité prend l’ISO/IEC 27002 comme catalogue de référence : pour chaque sujet qui compte pour l’entreprise, qu’il s’agisse des droits d’accès, des sauvegardes ou des contrats avec les fournisseurs, elle lit les recommandations correspondantes et note ce qui existe déjà et ce qui manque. Elle en tire un plan d’action hiérarchisé. L’entreprise ne vise pas de certification pour l’instant et n’en a pas besoin pour tirer parti de ces recommandations ; si elle s’y engage plus tard, ce travail alimentera un SMSI conforme à l’ISO/IEC 27001.
block-family-heading = Une norme de la famille ISO/IEC 27000
block-family-body =
    L’ISO et l’IEC publient de nombreuses normes en commun ; la famille ISO/IEC 27000 regroupe celles qui portent sur le management de la sécurité de l’information. Ces normes partagent un vocabulaire et s’appuient les unes sur les autres : savoir où se situe un document, c’est déjà savoir en grande partie comment s’en servir.

    Deux d’entre elles occupent une place centrale dans ce cours :

    - l’ISO/IEC 27001 énonce les exigences auxquelles doit répondre un système de management de la sécurité de l’information, y compris la manière d’apprécier les risques et de choisir les mesures ;
    - l’ISO/IEC 27002 décrit en détail les mesures de sécurité elles-mêmes et donne des recommandations pour mettre chacune en pratique.

    Pour retenir la différence, on peut dire que la 27001 est le cahier des charges du système de management, et la 27002 le manuel du praticien pour ses mesures.
block-code-of-practice-heading = Ce que recouvre l’expression « code de bonne pratique »
block-code-of-practice-body =
    Un code de bonne pratique rassemble ce que des praticiens expérimentés considèrent comme de bonnes façons de faire. L’ISO/IEC 27002 joue ce rôle pour les mesures de sécurité de l’information : pour chacune, elle précise l’objectif, propose des pistes de mise en œuvre et signale les points de vigilance.

    Ces recommandations ne sont pas des obligations, et c’est voulu. Un hôpital, une banque et un éditeur de logiciels de dix personnes n’ont ni les mêmes risques ni les mêmes moyens : une même mesure prendra chez chacun une forme différente. La norme fournit un point de départ éprouvé, que l’organisme adapte à son contexte, à sa taille et à ses risques.

    Un bon réflexe consiste à lire chaque mesure comme une question : est-elle pertinente pour nous et, si oui, à quoi ressemblerait chez nous une mise en œuvre raisonnable ?
block-voluntary-heading = Une norme volontaire, et non certifiable
block-voluntary-body =
    L’ISO/IEC 27002 n’oblige personne à quoi que ce soit. Un organisme l’applique par choix, en totalité ou en partie, parce que ses recommandations l’aident à protéger son information.

    Ce n’est pas non plus une norme de certification. Les organismes de certification auditent un organisme au regard d’exigences ; or la 27002 contient des recommandations, pas des exigences. L’organisme qui souhaite apporter la preuve indépendante d’une sécurité bien gérée vise donc la certification ISO/IEC 27001. Même dans ce cas, la 27002 a souvent guidé la mise en œuvre des mesures, mais le certificat repose sur les exigences de la 27001.

    Une affirmation comme « nous sommes certifiés ISO 27002 » doit donc éveiller l’attention. Au mieux, c’est une confusion entre les deux normes ; au pire, une présentation trompeuse qu’il vaut mieux vérifier avant de s’y fier.
example-supplier-question = Dans un questionnaire de sécurité, un client demande à un hébergeur s’il est « certifié ISO 27002 ». La réponse exacte : ce certificat n’existe pas. L’hébergeur peut en revanche indiquer s’il est certifié ISO/IEC 27001 et expliquer comment il s’appuie sur la 27002 pour ses mesures de sécurité.
example-first-isms = Un petit bureau d’études, sans démarche de sécurité formalisée, se sert de l’ISO/IEC 27002 comme d’une carte des sujets à examiner, puis ne retient que les mesures adaptées à sa situation.
callout-not-certifiable-title = Le certificat 27002 n’existe pas
callout-not-certifiable-body = Aucun organisme ne peut être certifié selon l’ISO/IEC 27002. La certification se fait au regard de l’ISO/IEC 27001 ; la 27002 aide à mettre en œuvre les mesures qui s’y rattachent.
callout-read-together-title = Gardez les deux normes sous la main
callout-read-together-body = Pour chaque mesure de référence, l’annexe A de l’ISO/IEC 27001 ne donne qu’un intitulé et une phrase qui énonce la mesure. Pour le détail, reportez-vous à l’ISO/IEC 27002, qui développe chacune d’elles : finalité, recommandations de mise en œuvre et exemples.
prompt = Pour décrocher un nouveau contrat, un collègue propose de « faire certifier l’entreprise ISO 27002 ». Rédigez-lui une courte réponse qui explique ce qu’est l’ISO/IEC 27002 et ce que vous suggéreriez à la place.
prompt-guidance =
    Exemple de réponse : « L’ISO/IEC 27002 est un code de bonne pratique. Elle donne des recommandations et des mesures de sécurité, mais ne fixe aucune exigence : il n’existe donc pas de certificat 27002. Si le client attend une garantie indépendante, c’est la certification ISO/IEC 27001, qui porte sur l’ensemble de notre SMSI, qu’il faut viser. La 27002 nous restera très utile pour mettre en œuvre les mesures que nous retiendrons. »

    Relisez votre réponse : distingue-t-elle bien recommandations et exigences, et désigne-t-elle l’ISO/IEC 27001 comme la norme au regard de laquelle un SMSI est certifié ?
exercise = Un collègue qui découvre la sécurité avance quatre affirmations sur l’ISO/IEC 27002. Associez chacune à la rectification qu’elle appelle.
exercise-explanation = L’ISO/IEC 27002 est une norme internationale publiée conjointement par l’ISO et l’IEC. Elle appartient à la famille ISO/IEC 27000, où l’ISO/IEC 27001 fixe les exigences du SMSI. C’est un code de bonne pratique, qui réunit recommandations et mesures de sécurité conseillées ; son application est volontaire et aucun certificat n’est délivré au regard de cette norme.
exercise-left-publisher = « C’est une norme européenne : elle concerne surtout les entreprises établies dans l’Union. »
exercise-left-family = « C’est un document isolé, sans lien avec aucune autre norme. »
exercise-left-nature = « Chacune de ses recommandations est une exigence à appliquer à la lettre. »
exercise-left-status = « Nos clients vont bientôt nous réclamer notre certificat ISO 27002 : nous sommes donc obligés de l’appliquer. »
exercise-right-iso-iec = C’est une norme internationale, publiée conjointement par l’ISO et l’IEC.
exercise-right-series = Elle appartient à la famille ISO/IEC 27000, dont les normes partagent un vocabulaire et s’appuient les unes sur les autres.
exercise-right-guidance = C’est un code de bonne pratique : des recommandations et des mesures conseillées, que chaque organisme adapte à ses risques.
exercise-right-voluntary = Son application relève d’un choix, et aucun certificat n’est délivré à son titre ; la certification se fait au regard de l’ISO/IEC 27001.
