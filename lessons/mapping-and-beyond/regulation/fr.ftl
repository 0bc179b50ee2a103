title = Une réglementation adossée aux mesures : NIS2, DORA et l’article 32 du RGPD
overview = Vous verrez ce qu’exigent NIS2, DORA et l’article 32 du RGPD, pourquoi un certificat ISO/IEC 27001 constitue une preuve et non une conformité acquise, comment rattacher des obligations légales aux mesures de 2022, et comment distinguer, en France, ce qui relève de la loi et ce qui relève des recommandations.

explanation =
    Le droit européen cite rarement l’ISO/IEC 27001, et pourtant plusieurs textes exigent précisément ce que produit un SMSI qui fonctionne : des mesures techniques et organisationnelles fondées sur les risques et proportionnées à ceux-ci, appuyées sur une gouvernance, une gestion des incidents et une maîtrise des fournisseurs. Trois textes comptent particulièrement pour les praticiens : la directive NIS2, le règlement DORA pour le secteur financier et l’article 32 du RGPD.

    NIS2, la directive (UE) 2022/2555, remplace la première directive NIS. Les États membres devaient la transposer au plus tard le 17 octobre 2024. Elle vise les moyennes et grandes entités d’une longue liste de secteurs, ainsi que certaines entités plus petites désignées pour leur importance, et les répartit entre entités essentielles, contrôlées de manière proactive, et entités importantes, contrôlées principalement a posteriori. L’article 21 impose des mesures de gestion des risques en matière de cybersécurité et dresse la liste des thèmes qu’elles doivent couvrir au minimum ; l’article 20 oblige les organes de direction à approuver ces mesures, à en superviser la mise en œuvre et à suivre une formation ; l’article 23 organise une notification des incidents en plusieurs temps.

    DORA, le règlement (UE) 2022/2554, s’applique depuis le 17 janvier 2025. En tant que règlement, il s’impose directement, sans transposition, aux banques, assureurs, entreprises d’investissement, établissements de paiement et autres entités financières, et prévaut pour elles sur le régime général de NIS2, en tant que texte plus spécifique. Il exige un cadre de gestion du risque lié aux TIC placé sous la responsabilité de l’organe de direction, la gestion, la classification et la notification des incidents liés aux TIC, des tests de résilience opérationnelle numérique, la maîtrise du risque lié aux prestataires tiers de services TIC et un partage volontaire d’informations, les détails étant fixés par des normes techniques.

    L’article 32 du RGPD impose aux responsables du traitement et aux sous-traitants de mettre en œuvre des mesures techniques et organisationnelles appropriées, compte tenu de l’état des connaissances, des coûts, de la nature et des finalités du traitement, ainsi que des risques pour les droits et libertés des personnes. Il cite la pseudonymisation et le chiffrement, la confidentialité, l’intégrité, la disponibilité et la résilience constantes des systèmes, le rétablissement dans des délais appropriés après un incident, et des tests réguliers de l’efficacité des mesures. Le risque qui compte ici est celui que courent les personnes, pas seulement celui de l’organisme.

    Aucun de ces textes n’accepte un certificat en lieu et place de la conformité : l’autorité vérifiera encore si le périmètre certifié couvre les services régulés et si les obligations sans équivalent dans la norme, comme des délais de notification ou un registre des contrats TIC, sont respectées.

practical-example =
    Un distributeur d’eau potable de 600 salariés s’attend à devenir entité essentielle une fois NIS2 transposée en droit français ; il est déjà certifié ISO/IEC 27001 pour sa plateforme de relation client et de facturation. Son responsable du SMSI constitue un registre des obligations : une ligne par thème de NIS2, puis les mesures de 2022 qui y répondent, les preuves, le responsable et les éventuels écarts. La plupart des lignes se remplissent vite à partir de la déclaration d’applicabilité. Quatre écarts subsistent : le certificat ne couvre pas les systèmes de contrôle industriel des usines de traitement ; la procédure de gestion des incidents prévue au titre des mesures 5.24 et 5.26 ne comporte aucune étape d’alerte précoce du CSIRT ou de l’autorité compétente sous 24 heures ; le conseil d’administration n’a jamais suivi de formation à la sécurité ; enfin, les revues de la chaîne d’approvisionnement menées au titre des mesures 5.19 à 5.22 ignorent les prestataires de maintenance qui se connectent à distance aux usines. Chaque écart reçoit un responsable et une échéance, et le registre est désormais examiné à chaque revue de direction.

block-nis2-heading = NIS2 : mesures, responsabilité des dirigeants et notification
block-nis2-body =
    L’article 21 demande des mesures proportionnées, fondées sur une approche tous risques, et cite au minimum les thèmes suivants :

    - a) politiques relatives à l’analyse des risques et à la sécurité des systèmes d’information ;
    - b) gestion des incidents ;
    - c) continuité des activités, y compris la gestion des sauvegardes, la reprise après sinistre et la gestion de crise ;
    - d) sécurité de la chaîne d’approvisionnement, y compris les pratiques de sécurité des fournisseurs directs ;
    - e) sécurité de l’acquisition, du développement et de la maintenance des systèmes, y compris le traitement et la divulgation des vulnérabilités ;
    - f) moyens d’évaluer l’efficacité des mesures ;
    - g) pratiques de base en matière de cyberhygiène et formation à la cybersécurité ;
    - h) cryptographie et, le cas échéant, chiffrement ;
    - i) sécurité des ressources humaines, contrôle d’accès et gestion des actifs ;
    - j) authentification à plusieurs facteurs ou continue et communications sécurisées, le cas échéant.

    Pour les incidents importants, l’article 23 fixe une séquence : alerte précoce dans les 24 heures suivant la prise de connaissance, notification de l’incident dans les 72 heures, rapports intermédiaires sur demande et rapport final dans un délai d’un mois après la notification. Les États membres doivent prévoir des amendes d’un montant maximal d’au moins 10 millions d’euros ou 2 % du chiffre d’affaires annuel mondial, le montant le plus élevé étant retenu, pour les entités essentielles, et de 7 millions d’euros ou 1,4 % pour les entités importantes.

block-dora-and-gdpr-heading = DORA et l’article 32 du RGPD : la même logique, sous d’autres angles
block-dora-and-gdpr-body =
    DORA va plus loin que NIS2 sur plusieurs points qu’un SMSI ne couvre pas d’office :

    - un registre d’informations recensant tous les accords contractuels conclus avec des prestataires tiers de services TIC ;
    - des clauses obligatoires dans ces contrats, stratégies de sortie comprises ;
    - des tests de pénétration fondés sur la menace, au moins tous les trois ans, pour les entités désignées par les autorités de surveillance ;
    - des critères de classification des incidents et des formats de notification fixés par des normes techniques.

    L’article 32 du RGPD est plus bref et laisse une marge d’appréciation. Ce qui est approprié dépend du risque pour les personnes concernées : un organisme qui accepte un risque parce que l’impact pour son activité est faible peut rester en défaut si le préjudice pour les personnes est élevé. L’article 33 ajoute son propre délai : une violation de données à caractère personnel est notifiée à l’autorité de contrôle dans les 72 heures, si possible, parallèlement aux éventuelles notifications exigées par NIS2 ou DORA. L’article 32 permet aussi d’invoquer l’application d’un code de conduite approuvé ou d’un mécanisme de certification approuvé comme élément de démonstration ; un certificat ISO/IEC 27001 n’est pas en soi l’un de ces mécanismes, mais les preuves qui le sous-tendent restent utiles.

block-mapping-obligations-heading = Rattacher les obligations aux mesures
block-mapping-obligations-body =
    Un registre des obligations rend visible le lien entre la loi et le SMSI. Pour chaque obligation, consignez :

    - la source, aussi précisément que possible (texte, article, paragraphe) ;
    - les mesures de 2022 et les articles de l’ISO/IEC 27001 qui y répondent, par exemple la sécurité de la chaîne d’approvisionnement de NIS2 avec les mesures 5.19 à 5.22, la gestion des incidents avec les mesures 5.24 à 5.28, l’évaluation de l’efficacité avec la mesure 5.35 et l’article 9 ;
    - les preuves qu’un contrôleur pourrait demander ;
    - le responsable, ainsi que tout écart et son traitement.

    Certaines obligations ne correspondent à aucune mesure : un délai de notification de 24 heures, la formation personnelle des membres de l’organe de direction, un registre des contrats TIC. Ce sont les lignes les plus précieuses, car c’est précisément là qu’un organisme certifié peut encore être jugé non conforme. Le registre lui-même relève de la mesure 5.31, exigences légales, statutaires, réglementaires et contractuelles.

block-france-heading = En France : ce qui relève de la loi, ce qui relève des recommandations
block-france-body =
    La loi oblige ; les recommandations éclairent. Distinguez-les chaque fois que vous les citez.

    - La loi : le RGPD s’applique directement, sous le contrôle de la CNIL ; DORA s’applique directement, sous le contrôle de l’ACPR et de l’AMF pour la plupart des entités ; les opérateurs d’importance vitale sont soumis à des règles de sécurité contraignantes depuis la loi de programmation militaire de 2013 ; la loi du 26 février 2018 a transposé la première directive NIS pour les opérateurs de services essentiels.
    - La loi en devenir : la France n’a pas tenu l’échéance de NIS2. Un projet de loi relatif à la résilience des infrastructures critiques et au renforcement de la cybersécurité a été déposé en octobre 2024 et adopté par le Sénat en mars 2025 ; vérifiez où en sont le texte et ses décrets d’application avant de vous fonder sur un détail.
    - Les recommandations : l’ANSSI, autorité nationale en matière de sécurité des systèmes d’information, publie des guides, comme son guide d’hygiène informatique en 42 mesures, et gère des dispositifs de qualification de produits et de prestataires. Ces documents n’ont pas de force juridique propre, sauf lorsqu’un texte ou un contrat les rend obligatoires.

example-certificate-scope = Le fournisseur du logiciel de radiologie d’un hôpital présente un certificat ISO/IEC 27001. Son périmètre ne couvre que l’informatique du siège, pas la plateforme hébergée qu’utilise l’hôpital : le certificat ne dit donc rien du service qui compte pour les propres obligations de l’hôpital au titre de NIS2.
example-health-data = Sur un point, le droit français est d’une netteté rare : quiconque héberge des données de santé à caractère personnel pour le compte de tiers doit détenir la certification HDS (hébergeur de données de santé), dont le référentiel repose sur un système de management conforme à l’ISO/IEC 27001, complété par des exigences propres aux données de santé. Ici, le certificat adossé à une norme constitue lui-même l’obligation légale.

callout-evidence-not-compliance-title = Un certificat est une preuve, pas une conformité
callout-evidence-not-compliance-body = Un certificat ISO/IEC 27001 atteste de manière solide qu’un SMSI fondé sur les risques fonctionne dans son périmètre. Il ne prouve ni que ce périmètre correspond à l’activité régulée, ni que les critères de risque reflètent le préjudice subi par les usagers ou les personnes concernées, ni que les obligations étrangères à la norme sont respectées. Présentez-le avec un registre des obligations, jamais à sa place.
callout-law-or-guidance-title = Ne présentez pas une recommandation comme une obligation légale
callout-law-or-guidance-body = Dans les rapports d’audit et les politiques, écrivez « exigé par » uniquement lorsqu’un texte juridique ou un contrat l’exige, et « recommandé par » pour les guides de l’ANSSI, les normes ISO ou les bonnes pratiques sectorielles. Mélanger les deux surestime certaines obligations, en sous-estime d’autres et ruine la confiance dans l’ensemble du document.

prompt = Choisissez un texte qui s’applique, ou s’appliquera, à un organisme que vous connaissez : NIS2, DORA ou le RGPD. Rédigez trois lignes de son registre des obligations : l’obligation, les mesures de 2022 qui y répondent, les preuves que vous présenteriez, et l’écart éventuel que le certificat ISO/IEC 27001 ne comble pas.
prompt-guidance =
    Une réponse solide cite des sources précises, par exemple l’article 21 de NIS2 pour la chaîne d’approvisionnement ou l’article 32 du RGPD pour le rétablissement dans des délais appropriés, et rattache chacune à des mesures réelles : 5.19 à 5.22 pour les fournisseurs, 8.13, sauvegarde des informations, et 5.30, préparation des TIC à la continuité d’activité, pour le rétablissement. Les preuves sont concrètes : évaluations des fournisseurs, clauses contractuelles, comptes rendus de tests de restauration avec les durées mesurées. Au moins une ligne fait apparaître un écart que la certification ne comble pas, comme un délai de notification, la formation de l’organe de direction ou un périmètre qui laisse de côté le service régulé, avec un responsable et une échéance.

exercise = Associez chaque obligation légale à la mesure de 2022 qui y répond le plus directement.
exercise-explanation = L’authentification à plusieurs facteurs relève de la mesure 8.5, authentification sécurisée ; la pseudonymisation est l’une des techniques de la 8.11, masquage des données ; le rétablissement rapide dépend de la 8.13, sauvegarde des informations ; une politique de cryptographie relève de la 8.24, utilisation de la cryptographie ; la sécurité de la chaîne d’approvisionnement commence par la 5.19, sécurité de l’information dans les relations avec les fournisseurs. D’autres mesures y contribuent aussi : c’est pourquoi un registre réel rattache souvent plusieurs mesures à chaque obligation.
exercise-left-mfa = NIS2 : authentification à plusieurs facteurs, le cas échéant
exercise-left-pseudonymisation = Article 32 du RGPD : pseudonymisation des données à caractère personnel
exercise-left-restore = Article 32 du RGPD : rétablir la disponibilité des données à caractère personnel et l’accès à celles-ci dans des délais appropriés après un incident
exercise-left-encryption-policy = NIS2 : politiques relatives à l’utilisation de la cryptographie et du chiffrement
exercise-left-supply-chain = NIS2 : sécurité de la chaîne d’approvisionnement, y compris les pratiques des fournisseurs eux-mêmes
exercise-right-secure-authentication = 8.5 Authentification sécurisée
exercise-right-data-masking = 8.11 Masquage des données
exercise-right-backup = 8.13 Sauvegarde des informations
exercise-right-cryptography = 8.24 Utilisation de la cryptographie
exercise-right-supplier-relationships = 5.19 Sécurité de l’information dans les relations avec les fournisseurs
