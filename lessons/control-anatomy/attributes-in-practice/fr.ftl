title = Les attributs en pratique : construire ses propres vues des mesures
overview = Vous saurez utiliser les cinq types d’attributs et leurs valeurs, dont les quinze capacités opérationnelles, pour filtrer les 93 mesures, les rapprocher d’un autre référentiel comme le NIST Cybersecurity Framework et ajouter vos propres attributs.

explanation =
    Les quatre thèmes de l’ISO/IEC 27002:2022 classent les mesures selon ce sur quoi elles agissent : personnes, objets physiques, technologie ou organisme dans son ensemble. Les attributs fournissent d’autres découpages, pour un centre opérationnel de sécurité, une direction générale ou un service achats. Chaque mesure porte un tableau d’attributs dont les valeurs s’écrivent sous forme de mots-dièses, comme #Detective ou #Continuity, si bien que le catalogue se filtre comme une base de données. Comme dans le reste du cours, nous citons ces valeurs sous leur forme anglaise.

    L’article 4 présente cinq types d’attributs. Le type de mesure indique à quel moment la mesure agit par rapport à un incident. Les propriétés de sécurité de l’information disent ce qu’elle préserve : confidentialité, intégrité, disponibilité. Les concepts de cybersécurité la situent dans le cycle identifier, protéger, détecter, répondre, rétablir, repris de l’ISO/IEC TS 27110. Les capacités opérationnelles la décrivent du point de vue des praticiens, selon la nature du travail. Les domaines de sécurité la rattachent à quatre grands ensembles : gouvernance et écosystème, protection, défense, résilience.

    Une mesure peut porter plusieurs valeurs d’un même type, et beaucoup portent les trois propriétés. Ces valeurs reflètent une lecture générale proposée par la norme, et certaines surprennent : la 8.8, gestion des vulnérabilités techniques, n’est marquée que #Preventive, alors que la recherche de vulnérabilités évoque plutôt la détection. Mieux vaut les lire dans le tableau que les deviner.

    L’annexe A de l’ISO/IEC 27002 réunit les 93 mesures et leurs valeurs dans une seule matrice, donne l’exemple d’une vue filtrée sur une valeur, et suggère de tenir cette matrice dans un tableur ou une base de données où l’organisme ajoute ses propres recommandations et attributs. Les cinq types y sont présentés comme des exemples : un organisme peut en ajouter d’autres, voire écarter ceux qui sont proposés.

    Les attributs ne changent rien à ce que demande une mesure. Le choix des mesures passe toujours par l’appréciation des risques et se consigne dans la déclaration d’applicabilité ; les attributs apportent rapidité et cohérence aux vérifications de couverture, aux correspondances entre référentiels, à l’attribution des responsabilités et aux tableaux de bord.

practical-example =
    L’analyste gouvernance, risques et conformité d’un établissement de paiement européen, filiale d’un groupe américain, rend compte à la fois à un superviseur européen et à une maison mère qui suit le NIST Cybersecurity Framework. Elle construit un tableau de référence à raison d’une ligne par mesure, avec les cinq colonnes d’attributs de l’annexe A et trois colonnes de son cru : responsable, état de mise en œuvre et réglementations qui attendent aussi la mesure.

    Un filtre sur #Detective donne au responsable du centre opérationnel de sécurité les mesures dont il doit pouvoir apporter la preuve. Un regroupement par concept de cybersécurité fournit à la maison mère sa vue par fonction du référentiel, et un filtre sur la colonne des réglementations prépare le questionnaire du superviseur. Lorsqu’une mesure change de responsable, une seule cellule est modifiée et toutes les vues suivent.

block-five-types-heading = Cinq types d’attributs et leurs valeurs
block-five-types-body =
    Chaque type répond à une question différente sur la mesure.

    - Type de mesure de sécurité : quand agit-elle ? #Preventive avant l’incident, #Detective pendant qu’il se produit, #Corrective une fois qu’il a eu lieu.
    - Propriétés de sécurité de l’information : que préserve-t-elle ? #Confidentiality, #Integrity, #Availability.
    - Concepts de cybersécurité : où se situe-t-elle dans le cycle ? #Identify, #Protect, #Detect, #Respond, #Recover.
    - Capacités opérationnelles : qui fait le travail ? Quinze valeurs, détaillées dans la rubrique suivante.
    - Domaines de sécurité : à quel grand ensemble contribue-t-elle ? #Governance_and_Ecosystem, #Protection, #Defence, #Resilience.

    La figure montre les valeurs de la mesure 8.15, journalisation, dans les cinq types : un type de mesure, les trois propriétés, un concept, une capacité et deux domaines, profil typique d’une mesure qui révèle des événements et en conserve la preuve.

block-capabilities-heading = Les quinze capacités opérationnelles
block-capabilities-body =
    Les capacités opérationnelles, proches de l’organisation réelle du travail de sécurité, sont le point de départ naturel pour désigner des responsables.

    - #Governance : orientations, rôles, politiques, pilotage.
    - #Asset_management : inventaire, utilisation et restitution des actifs.
    - #Information_protection : classification, marquage, transfert, masquage, suppression.
    - #Human_resource_security : le parcours des salariés, du recrutement au départ, sensibilisation comprise.
    - #Physical_security : sites, locaux, équipements et supports.
    - #System_and_network_security : systèmes, réseaux, logiciels malveillants.
    - #Application_security : développement et évolution sécurisés des logiciels.
    - #Secure_configuration : durcissement, configurations de référence, paramètres cryptographiques.
    - #Identity_and_access_management : identités, authentification et droits d’accès.
    - #Threat_and_vulnerability_management : renseignements sur les menaces et vulnérabilités techniques.
    - #Continuity : sauvegardes, redondance, capacité, préparation aux perturbations.
    - #Supplier_relationships_security : fournisseurs, contrats, services en nuage.
    - #Legal_and_compliance : lois, contrats, enregistrements, vie privée, propriété intellectuelle.
    - #Information_security_event_management : journalisation, surveillance, signalement, gestion des incidents.
    - #Information_security_assurance : revues et vérifications de l’efficacité des mesures.

block-annex-a-views-heading = L’annexe A de l’ISO/IEC 27002 : de la matrice aux vues
block-annex-a-views-body =
    L’annexe A de l’ISO/IEC 27002, à ne pas confondre avec celle de l’ISO/IEC 27001, fait des attributs un outil de travail. Son tableau principal donne, pour chaque mesure, ses valeurs dans les cinq types ; un second tableau reprend les mêmes colonnes, filtrées sur une seule valeur.

    Pour construire vos propres vues, chargez la matrice dans un tableur ou une base de données, une ligne par mesure et une colonne par type, en séparant les valeurs multiples pour pouvoir filtrer sur chacune. Interrogez-la ensuite :

    - #Detective, pour vérifier que la détection est couverte, quels que soient le thème et le responsable ;
    - #Availability croisé avec #Continuity, pour préparer une revue de continuité ;
    - chaque concept de cybersécurité tour à tour, pour présenter les mesures par fonction du NIST Cybersecurity Framework ;
    - une capacité, pour remettre à une équipe la liste des mesures qui lui reviennent.

    Tout l’intérêt est dans le croisement : une valeur seule renvoie souvent des dizaines de mesures, deux valeurs croisées une liste sur laquelle une équipe peut agir.

block-own-attributes-heading = Vos propres attributs
block-own-attributes-body =
    Les attributs n’étant que des étiquettes, un organisme peut définir les siens et filtrer dessus de la même manière. Quelques exemples :

    - responsable et état de mise en œuvre, pour que la matrice serve aussi d’outil de suivi ;
    - les réglementations ou contrats qui appellent aussi la mesure, comme NIS 2, DORA ou l’annexe sécurité d’un contrat client ;
    - entité, site ou type d’actif, pour les organismes à plusieurs périmètres ;
    - niveau de maturité ou priorité, pour planifier les améliorations.

    Tenez un court dictionnaire de données qui définit chaque attribut et ses valeurs admises, et conservez telles quelles les valeurs de la norme dans leurs propres colonnes : vos vues restent ainsi comparables avec les outils des auditeurs. Un attribut maison ne remplace jamais une justification dans la déclaration d’applicabilité.

example-detective-view = Un responsable de centre opérationnel de sécurité filtre la matrice sur #Detective. À côté de la 8.15 (journalisation) et de la 8.16 (activités de surveillance), il trouve la 6.8, déclaration des événements de sécurité de l’information, une mesure applicable aux personnes : la détection repose aussi sur ce que le personnel signale, pas seulement sur les outils.
example-nist-mapping = Sollicitée pour une vue NIST Cybersecurity Framework, une équipe regroupe les mesures par concept de cybersécurité, dont les cinq valeurs portent les noms des cinq fonctions de la version 1.1. La version 2.0 a ajouté la fonction Govern, à laquelle aucun concept ne correspond : l’équipe la rattache à la capacité #Governance et le précise dans son rapport.
example-small-firm = Un éditeur de logiciels de quinze personnes se contente de deux vues : par capacité opérationnelle, pour répartir les responsabilités entre ses quelques cadres, et par propriété de sécurité, parce que ses clients tiennent avant tout à la confidentialité de leurs données.

callout-tag-is-not-coverage-title = Une étiquette n’est pas une preuve de couverture
callout-tag-is-not-coverage-body = Filtrer sur #Detective donne la liste des mesures capables de détecter, pas ce que font réellement les vôtres. Une vue indique où regarder ; seules les preuves, alertes levées, revues menées ou incidents traités, montrent qu’une mesure fonctionne.
callout-check-dont-guess-title = Vérifiez dans le tableau, ne devinez pas
callout-check-dont-guess-body = Les valeurs ne sont pas toujours celles que le nom laisse attendre. La mesure 8.13, sauvegarde des informations, est #Corrective et #Recover, mais son domaine est #Protection, pas #Resilience. Recopiez dans vos outils les valeurs du tableau de la norme au lieu de les déduire, sans quoi vos filtres oublieront des mesures sans que personne le remarque.

prompt = Choisissez un public de votre organisme : direction générale, centre opérationnel de sécurité, achats ou délégué à la protection des données. Concevez pour lui une vue des mesures : les valeurs d’attributs sur lesquelles vous filtreriez, l’attribut maison que vous ajouteriez et la décision que cette vue l’aiderait à prendre.
prompt-guidance =
    Une réponse solide part de la décision du public, pas des attributs. Pour un délégué à la protection des données qui prépare une revue, une vue utile croise la propriété #Confidentiality avec les capacités #Information_protection et #Legal_and_compliance ; elle rassemble des mesures comme la 5.34 (protection de la vie privée et des données à caractère personnel), la 8.10 (suppression des informations) et la 8.11 (masquage des données).

    Un attribut maison rend la vue exploitable : ici, une colonne signalant les mesures qui s’appliquent aux traitements de données personnelles, avec leurs responsables. La décision éclairée pourrait être le choix des priorités du prochain audit interne. Une bonne réponse précise aussi ce que la vue ne montre pas, à savoir si les mesures fonctionnent, et quelles preuves permettraient d’en juger.

exercise = Associez chaque mesure à la capacité opérationnelle qu’elle porte dans l’ISO/IEC 27002:2022. La capacité ne reprend pas toujours un mot de l’intitulé.
exercise-explanation = Chacune de ces mesures porte une seule capacité opérationnelle. La 5.23 relève de la sécurité des fournisseurs, puisqu’un prestataire de services en nuage est un fournisseur ; la 8.8, de la gestion des menaces et des vulnérabilités ; la 8.24, de la configuration sécurisée, car la cryptographie tient pour l’essentiel à des règles et à des paramètres ; la 6.3, de la sécurité des ressources humaines, comme tout ce qui jalonne le parcours des salariés ; la 5.35, de l’assurance que la sécurité fonctionne ; et la 5.32, du juridique et de la conformité. Remarquez que la capacité désigne le type d’équipe qui pilote habituellement la mesure.
exercise-left-supplier = 5.23 Sécurité de l’information dans l’utilisation de services en nuage
exercise-left-vulnerabilities = 8.8 Gestion des vulnérabilités techniques
exercise-left-configuration = 8.24 Utilisation de la cryptographie
exercise-left-screening = 6.3 Sensibilisation, enseignement et formation en sécurité de l’information
exercise-left-independent-review = 5.35 Revue indépendante de la sécurité de l’information
exercise-left-legal-requirements = 5.32 Droits de propriété intellectuelle
exercise-right-supplier-security = #Supplier_relationships_security
exercise-right-threat-vulnerability = #Threat_and_vulnerability_management
exercise-right-secure-configuration = #Secure_configuration
exercise-right-human-resource = #Human_resource_security
exercise-right-assurance = #Information_security_assurance
exercise-right-legal-compliance = #Legal_and_compliance

figure-attribute-views-caption = Les cinq types d’attributs et leurs valeurs ; en surbrillance, celles que porte la mesure 8.15, journalisation
figure-attribute-views-description =
    La figure présente les cinq types d’attributs de l’ISO/IEC 27002:2022 sur cinq lignes, chacune avec toutes ses valeurs, citées sous leur forme anglaise. Les valeurs portées par la mesure 8.15, journalisation, sont mises en surbrillance.

    - Type de mesure de sécurité : #Preventive, #Detective, #Corrective. La 8.15 porte #Detective.
    - Propriétés de sécurité de l’information : #Confidentiality, #Integrity, #Availability. La 8.15 porte les trois.
    - Concepts de cybersécurité : #Identify, #Protect, #Detect, #Respond, #Recover. La 8.15 porte #Detect.
    - Capacités opérationnelles : #Governance, #Asset_management, #Information_protection, #Human_resource_security, #Physical_security, #System_and_network_security, #Application_security, #Secure_configuration, #Identity_and_access_management, #Threat_and_vulnerability_management, #Continuity, #Supplier_relationships_security, #Legal_and_compliance, #Information_security_event_management, #Information_security_assurance. La 8.15 porte #Information_security_event_management.
    - Domaines de sécurité : #Governance_and_Ecosystem, #Protection, #Defence, #Resilience. La 8.15 porte #Protection et #Defence.
figure-attribute-views-label-control = 8.15 Journalisation
figure-attribute-views-label-type-control = Type de mesure de sécurité
figure-attribute-views-label-type-properties = Propriétés de sécurité de l’information
figure-attribute-views-label-type-concepts = Concepts de cybersécurité
figure-attribute-views-label-type-capabilities = Capacités opérationnelles
figure-attribute-views-label-type-domains = Domaines de sécurité
figure-attribute-views-label-preventive = #Preventive
figure-attribute-views-label-detective = #Detective
figure-attribute-views-label-corrective = #Corrective
figure-attribute-views-label-confidentiality = #Confidentiality
figure-attribute-views-label-integrity = #Integrity
figure-attribute-views-label-availability = #Availability
figure-attribute-views-label-identify = #Identify
figure-attribute-views-label-protect = #Protect
figure-attribute-views-label-detect = #Detect
figure-attribute-views-label-respond = #Respond
figure-attribute-views-label-recover = #Recover
figure-attribute-views-label-cap-governance = #Governance
figure-attribute-views-label-cap-asset-management = #Asset_management
figure-attribute-views-label-cap-information-protection = #Information_protection
figure-attribute-views-label-cap-human-resource-security = #Human_resource_security
figure-attribute-views-label-cap-physical-security = #Physical_security
figure-attribute-views-label-cap-system-and-network-security = #System_and_network_security
figure-attribute-views-label-cap-application-security = #Application_security
figure-attribute-views-label-cap-secure-configuration = #Secure_configuration
figure-attribute-views-label-cap-identity-and-access-management = #Identity_and_access_management
figure-attribute-views-label-cap-threat-and-vulnerability-management = #Threat_and_vulnerability_management
figure-attribute-views-label-cap-continuity = #Continuity
figure-attribute-views-label-cap-supplier-relationships-security = #Supplier_relationships_security
figure-attribute-views-label-cap-legal-and-compliance = #Legal_and_compliance
figure-attribute-views-label-cap-information-security-event-management = #Information_security_event_management
figure-attribute-views-label-cap-information-security-assurance = #Information_security_assurance
figure-attribute-views-label-dom-governance-and-ecosystem = #Governance_and_Ecosystem
figure-attribute-views-label-dom-protection = #Protection
figure-attribute-views-label-dom-defence = #Defence
figure-attribute-views-label-dom-resilience = #Resilience
figure-attribute-views-label-legend-carried = Valeur portée par la 8.15
figure-attribute-views-label-legend-other = Autre valeur du type
