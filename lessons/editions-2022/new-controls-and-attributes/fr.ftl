title = Les nouvelles mesures et les attributs de l’édition 2022
overview = Vous saurez citer les onze mesures apparues en 2022 et vous servir des cinq types d’attributs pour filtrer le catalogue et construire des vues adaptées à chaque public.

explanation =
    Sur les 93 mesures de l’édition 2022, onze n’ont pas d’équivalent direct en 2013. Elles traduisent des pratiques devenues courantes depuis 2013 : exploiter des renseignements sur les menaces, recourir aux services en nuage, préparer les TIC à la continuité d’activité, surveiller les locaux comme les systèmes, gérer les configurations, supprimer et masquer des données, prévenir les fuites de données, filtrer l’accès au web et coder de façon sécurisée. Trois sont organisationnelles, une est physique, sept sont technologiques ; aucune ne relève des personnes.

    L’édition associe aussi des attributs à chaque mesure. Une valeur d’attribut est une étiquette précédée d’un croisillon, et ces valeurs se répartissent en cinq types. Le type de mesure indique si elle prévient un incident, le détecte ou en corrige les effets. Les propriétés de sécurité de l’information précisent laquelle ou lesquelles, parmi la confidentialité, l’intégrité et la disponibilité, elle préserve. Les concepts de cybersécurité la situent dans le cycle identifier, protéger, détecter, répondre, rétablir. Les capacités opérationnelles la rattachent à un domaine d’activité des praticiens, et les domaines de sécurité la classent dans l’un des quatre grands ensembles.

    Chaque mesure suit la même présentation : un tableau de ses valeurs d’attributs, la mesure elle-même (ce qu’elle est), sa finalité (pourquoi), des recommandations (comment la mettre en œuvre) et, au besoin, des informations complémentaires. Une mesure peut porter plusieurs valeurs d’un même type d’attribut. Les attributs ne constituent pas un second jeu d’exigences : ils découpent le même catalogue pour que chaque public y retrouve ce qui le concerne. Nous citons ici les valeurs sous leur forme anglaise.

practical-example =
    La responsable du centre opérationnel de sécurité veut vérifier que les procédures de son équipe couvrent toutes les mesures qui la concernent. Elle charge le catalogue et ses attributs dans un tableur, filtre sur les concepts de cybersécurité #Detect et #Respond, puis restreint la liste au domaine de sécurité #Defence. La liste obtenue sert d’ordre du jour à une revue avec l’équipe. De son côté, la direction de la gouvernance construit sa propre vue en filtrant sur le domaine #Governance_and_Ecosystem : les deux équipes travaillent à partir de la même liste de mesures.

block-eleven-new-heading = Les onze nouvelles mesures
block-eleven-new-body =
    - 5.7 renseignements sur les menaces
    - 5.23 sécurité de l’information dans l’utilisation de services en nuage
    - 5.30 préparation des TIC pour la continuité d’activité
    - 7.4 surveillance de la sécurité physique
    - 8.9 gestion de la configuration
    - 8.10 suppression des informations
    - 8.11 masquage des données
    - 8.12 prévention de la fuite de données
    - 8.16 activités de surveillance
    - 8.23 filtrage web
    - 8.28 codage sécurisé

    « Nouvelle » s’entend ici au sens de mesure à part entière. Certains de ces sujets étaient effleurés dans des mesures plus anciennes, mais l’édition 2022 consacre à chacun des recommandations propres. Les organismes qui quittaient la structure de 2013 ont donc dû examiner chacune explicitement, dans leur appréciation des risques comme dans leur déclaration d’applicabilité, même lorsque la pratique existait déjà.

block-five-types-heading = Cinq types d’attributs
block-five-types-body =
    Chaque mesure reçoit des valeurs pour cinq types d’attributs :

    - type de mesure de sécurité : les valeurs #Preventive, #Detective et #Corrective ;
    - propriétés de sécurité de l’information : les valeurs #Confidentiality, #Integrity et #Availability ;
    - concepts de cybersécurité : les valeurs #Identify, #Protect, #Detect, #Respond et #Recover ;
    - capacités opérationnelles : 15 valeurs, dont #Governance, #Asset_management, #Identity_and_access_management, #Threat_and_vulnerability_management, #Continuity et #Supplier_relationships_security ;
    - domaines de sécurité : les valeurs #Governance_and_Ecosystem, #Protection, #Defence et #Resilience.

    Certaines valeurs se ressemblent d’un type à l’autre. La valeur #Protect est un concept de cybersécurité, alors que #Protection est un domaine de sécurité ; #Governance est une capacité opérationnelle, #Governance_and_Ecosystem un domaine.

block-filtering-heading = Filtrer et regarder le catalogue autrement
block-filtering-body =
    Grâce aux attributs, une liste figée devient une base que l’équipe peut interroger. Quelques vues courantes :

    - toutes les mesures marquées #Detective, pour vérifier que la surveillance et les alertes sont couvertes ;
    - toutes les mesures marquées #Availability, pour une revue de résilience ou de continuité ;
    - la capacité #Supplier_relationships_security, pour préparer l’évaluation des fournisseurs ;
    - le concept #Identify, pour repérer les mesures qui aident à connaître ses actifs et ses risques.

    Ces vues permettent à chacun de retrouver ses mesures sans toucher à la structure de la norme. Et comme les attributs ne sont que des étiquettes, un organisme peut en créer d’autres, par exemple pour marquer les mesures par entité ou par réglementation, et filtrer dessus de la même manière.

example-cloud-migration = Une entreprise qui transfère sa messagerie chez un fournisseur de services en nuage peut désormais s’appuyer sur une mesure dédiée, la 5.23 sur l’utilisation de services en nuage, au lieu de rassembler des recommandations éparses sur les fournisseurs et l’exploitation.
example-test-data = Une équipe de développement qui copie des données de production dans un environnement de test applique la 8.11, masquage des données : les testeurs manipulent des enregistrements réalistes qui ne permettent plus d’identifier de vrais clients.

callout-views-not-obligations-title = Des vues, pas des obligations
callout-views-not-obligations-body = Les attributs n’ajoutent aucune exigence et ne changent rien à ce qu’une mesure demande. Ils servent à trier et à filtrer les mêmes 93 mesures pour que chaque équipe voie la part qui lui revient.
callout-new-not-missing-title = Nouvelle ne veut pas dire absente
callout-new-not-missing-body = Qu’une mesure soit nouvelle dans le catalogue ne prouve pas qu’il vous manque quelque chose. Bien des équipes filtrent déjà le trafic web ou masquent leurs données de test ; commencez par constater, documenter et prouver l’existant avant de lancer de nouveaux chantiers.
callout-keep-labels-exact-title = Gardez les étiquettes telles quelles
callout-keep-labels-exact-body = Dans vos tableurs et vos outils, écrivez les valeurs d’attribut exactement comme la norme, croisillon et tirets bas compris. Des étiquettes homogènes fiabilisent les filtres et permettent de consolider les rapports de plusieurs équipes.

prompt = Choisissez, parmi les onze nouvelles mesures, celle qui compte le plus pour votre organisme. Expliquez comment vous vérifieriez si elle est déjà couverte, qui devrait en être responsable et sur quelles valeurs d’attribut vous filtreriez pour retrouver les mesures avec lesquelles elle fonctionne.
prompt-guidance =
    Une réponse solide retient une mesure en rapport avec les risques de l’organisme, par exemple la 8.12, prévention de la fuite de données, pour une entreprise qui détient des données clients. Elle explique comment constater la couverture existante (outils déjà en place, politiques, journaux ou rapports servant de preuves) et désigne un responsable par son rôle plutôt que par son nom.

    Elle mobilise ensuite les attributs à bon escient : pour les fuites de données, filtrer sur la propriété #Confidentiality, puis sur les concepts #Protect ou #Detect, resserre le catalogue autour des mesures voisines, afin de planifier la nouvelle mesure avec elles et non isolément.

exercise = Associez chaque valeur d’attribut au type d’attribut dont elle relève.
exercise-explanation = La valeur #Corrective est un type de mesure, #Integrity une propriété de sécurité de l’information, #Recover un concept de cybersécurité, #Continuity une capacité opérationnelle et #Resilience un domaine de sécurité. Remarquez que #Continuity, #Recover et #Resilience évoquent la même idée mais appartiennent à trois types différents.
exercise-left-corrective = La valeur #Corrective
exercise-left-integrity = La valeur #Integrity
exercise-left-recover = La valeur #Recover
exercise-left-continuity = La valeur #Continuity
exercise-left-resilience = La valeur #Resilience
exercise-right-control-type = Type de mesure de sécurité
exercise-right-properties = Propriétés de sécurité de l’information
exercise-right-concepts = Concepts de cybersécurité
exercise-right-capabilities = Capacités opérationnelles
exercise-right-domains = Domaines de sécurité
