title = L’approche par les risques et les usages de l’ISO/IEC 27002
overview = Vous comprendrez pourquoi les mesures de sécurité se choisissent en fonction des risques, pourquoi il faut les réexaminer dans le temps et dans quelles situations les organismes recourent à l’ISO/IEC 27002.
explanation =
    L’ISO/IEC 27002 propose un large éventail de mesures de sécurité, mais n’attend pas de chaque organisme qu’il les applique toutes de la même manière. Sa logique repose sur les risques : l’organisme détermine d’abord ce qui pourrait nuire à son information, puis choisit les mesures qui répondent à ces risques.

    Concrètement, tout commence par une appréciation des risques pesant sur la confidentialité, l’intégrité et la disponibilité de l’information couverte par le SMSI. Chaque risque est analysé, le plus souvent en termes de vraisemblance et de conséquences, évalué au regard de critères fixés à l’avance par l’organisme, puis confié à un propriétaire du risque qui en répond. Pour chaque risque jugé inacceptable, l’organisme choisit ensuite une option de traitement : modifier le risque en ajoutant ou en renforçant des mesures, le maintenir en connaissance de cause, l’éviter en renonçant à l’activité qui l’engendre, ou le partager avec un tiers, par exemple au moyen d’une assurance ou d’un contrat. Les traitements retenus forment un plan de traitement des risques, que les propriétaires des risques approuvent, en acceptant du même coup les risques résiduels. L’ISO/IEC 27002 aide à décider comment mettre en œuvre les mesures prévues par ce plan.

    Le travail ne s’arrête pas là. Les menaces évoluent, l’organisme change de systèmes, de fournisseurs ou d’activités, et des mesures autrefois adaptées deviennent insuffisantes ou superflues. Risques et mesures sont donc réexaminés à intervalles planifiés et à chaque changement important, et les enseignements tirés nourrissent le cycle suivant. C’est l’amélioration continue, qui fait du SMSI une démarche vivante plutôt qu’un projet ponctuel.

    Lorsque le SMSI s’appuie sur l’ISO/IEC 27001, les mesures retenues, ainsi que la justification de celles qui sont écartées, sont consignées dans la déclaration d’applicabilité.
practical-example =
    Un site de commerce en ligne mène son appréciation des risques une fois par an et après chaque changement majeur. Cette année, deux évolutions ont pesé : la migration du système de commandes chez un fournisseur de services en nuage et la recrudescence de l’hameçonnage visant le personnel. Les propriétaires des risques les ont jugés au-delà du seuil d’acceptation de l’entreprise. L’équipe a retenu dans l’ISO/IEC 27002 des mesures sur la sécurité des fournisseurs et des services en nuage ainsi que sur la sensibilisation, les a déployées avec des responsables et des échéances, puis a consigné ses décisions. Six mois plus tard, le bilan montrait moins de clics sur les liens piégés, mais des droits d’accès aux services en nuage à resserrer : le plan a été ajusté.
block-risk-cycle-heading = Des risques aux mesures
block-risk-cycle-body =
    L’approche par les risques suit une logique simple, répétée dans le temps :

    - Identifier les risques qui pèsent sur la confidentialité, l’intégrité et la disponibilité de l’information dont on a la charge.
    - Analyser et évaluer chacun d’eux au regard de critères convenus à l’avance, afin que les résultats restent comparables d’une appréciation à l’autre.
    - Traiter chaque risque inacceptable : le modifier par des mesures, le maintenir, l’éviter ou le partager, en puisant dans l’ISO/IEC 27002 des mesures éprouvées ; les propriétaires des risques approuvent le plan de traitement et acceptent les risques résiduels.
    - Mettre en œuvre ces mesures, chacune confiée à un responsable désigné.
    - Surveiller, réexaminer et ajuster.

    Tout l’intérêt de la démarche tient à la proportionnalité : l’effort se concentre là où se trouve le risque, au lieu de se disperser sur des mesures qui comptent peu pour l’organisme.
figure-risk-process-caption = L’approche par les risques, un cycle : de l’identification des risques à la surveillance et au réexamen, puis de nouveau
figure-risk-process-description =
    Cinq étapes disposées en cercle, chacune menant à la suivante, avec « Amélioration continue » au centre :

    - identifier les risques pesant sur la confidentialité, l’intégrité et la disponibilité de l’information ;
    - les analyser, en estimant vraisemblance et conséquences ;
    - les évaluer au regard des critères de risque fixés à l’avance ;
    - traiter ceux qui ne sont pas acceptables, en les modifiant, en les maintenant, en les évitant ou en les partageant, selon un plan de traitement approuvé par les propriétaires des risques, puis mettre en œuvre les mesures qu’il prévoit ;
    - surveiller et réexaminer les résultats.

    Une flèche ramène de la surveillance et du réexamen à l’identification : les constats du réexamen ouvrent le cycle suivant.
figure-risk-process-label-step-identify = Identifier les risques
figure-risk-process-label-step-analyse = Analyser vraisemblance et conséquences
figure-risk-process-label-step-evaluate = Évaluer au regard des critères
figure-risk-process-label-step-treat = Traiter
figure-risk-process-label-treat-options = modifier, maintenir, éviter ou partager
figure-risk-process-label-step-monitor = Surveiller et réexaminer
figure-risk-process-label-centre = Amélioration continue
block-continual-improvement-heading = Réexaminer et ajuster : l’amélioration continue
block-continual-improvement-body =
    Un ensemble de mesures choisi il y a deux ans reflète les menaces et l’organisme d’il y a deux ans. Or les unes comme l’autre évoluent :

    - de nouvelles menaces apparaissent, des nouvelles techniques de fraude aux attaques contre des logiciels très répandus
    - l’organisme change : nouveaux services en nuage, nouveaux fournisseurs, fusion, télétravail, nouveaux produits
    - lois, règlements et contrats font naître de nouvelles obligations

    Réexaminer régulièrement risques et mesures, et systématiquement après tout changement important, permet de garder une sécurité en phase avec la réalité. Incidents, constats d’audit et résultats de la surveillance sont des sources précieuses : chacun montre où une mesure a failli ou fait défaut. Le but est l’amélioration continue, chaque cycle laissant l’organisme mieux protégé que le précédent.
block-common-uses-heading = À quoi sert l’ISO/IEC 27002 dans les organismes
block-common-uses-body =
    La norme rend bien des services. Parmi les usages les plus courants :

    - protéger les données sensibles des clients, par exemple dans une banque ou un autre établissement financier
    - rédiger ou réviser une politique de sécurité de l’information valable pour tout l’organisme
    - former le personnel à la sécurité et au traitement des données confidentielles
    - auditer les mesures existantes pour en repérer les lacunes
    - appuyer le respect des obligations légales, réglementaires et contractuelles
    - témoigner auprès des clients et des partenaires d’un engagement réel à protéger leurs informations

    Dans chaque cas, la norme fournit une référence commune et reconnue. Ce langage partagé aide l’équipe sécurité à expliquer et à justifier ses choix, aussi bien devant la direction que devant les auditeurs et les clients.
example-bank-data = Une banque qui détient des données de comptes et de cartes identifie la divulgation non autorisée comme un risque majeur. Elle retient des mesures telles que des droits d’accès stricts, le chiffrement et la surveillance des accès, et s’appuie sur l’ISO/IEC 27002 pour définir la mise en œuvre de chacune.
example-gap-audit = Un auditeur interne confronte les mesures en place dans l’entreprise à celles que décrit l’ISO/IEC 27002, puis présente les écarts, classés selon les risques qu’ils laissent sans réponse.
callout-not-checklist-title = Pas une liste à cocher
callout-not-checklist-body = Appliquer toutes les mesures de l’ISO/IEC 27002 sans se demander si elles répondent à un risque réel, c’est gaspiller des efforts et risquer de noyer celles qui comptent vraiment. C’est l’appréciation des risques qui doit guider le choix.
callout-never-finished-title = La sécurité n’est jamais terminée
callout-never-finished-body = Risques et mesures se réexaminent à intervalles planifiés et après tout changement important. Un ensemble de mesures qu’on ne revoit jamais finit par ne plus correspondre à l’organisme qu’il est censé protéger.
prompt = Pensez à un changement récent dans votre organisme : nouveau système, nouveau fournisseur, nouveaux locaux, nouveau produit ou nouvelle façon de travailler. Quels risques nouveaux a-t-il introduits, et quelles mesures existantes faudrait-il réexaminer en conséquence ?
prompt-guidance =
    Une bonne réponse relie le changement à des risques précis et nomme les mesures à revoir. Par exemple : « Le passage au télétravail a accru le risque que des documents confidentiels soient vus ou égarés au domicile, et que des salariés se connectent depuis des réseaux personnels mal sécurisés. Nous réexaminerions la politique de télétravail, le chiffrement des portables, l’authentification multifacteur pour l’accès à distance et la sensibilisation au traitement des données confidentielles, avec un responsable pour chaque point. »

    Vérifiez aussi que votre réponse précise qui assure le suivi et à quelle date le sujet sera réexaminé.
exercise = Remettez dans l’ordre les étapes de l’approche par les risques.
exercise-explanation = Les mesures n’ont de sens qu’une fois les risques connus et évalués : on identifie, puis on analyse et on évalue, on décide du traitement des risques inacceptables (modifier, maintenir, éviter ou partager) en sélectionnant les mesures nécessaires et on les met en œuvre en désignant des responsables. Le réexamen boucle le cycle et alimente la prochaine identification.
exercise-item-identify = Identifier les risques pesant sur la confidentialité, l’intégrité et la disponibilité de l’information
exercise-item-evaluate = Analyser et évaluer les risques au regard de critères convenus
exercise-item-select = Décider du traitement de chaque risque inacceptable et sélectionner les mesures nécessaires
exercise-item-implement = Mettre en œuvre les mesures et en désigner les responsables
exercise-item-review = Réexaminer les résultats et ajuster les mesures au fil des changements
