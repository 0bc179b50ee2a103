title = De 114 à 93 mesures : la correspondance entre 2013 et 2022
overview = Vous saurez suivre n’importe quelle mesure de 2013 jusqu’à son équivalent de 2022, et inversement, grâce aux tables de correspondance officielles, repérer les fusions, les répartitions et les nouveautés, et migrer une déclaration d’applicabilité et un corpus de politiques sans rien perdre en chemin.

explanation =
    L’édition 2022 n’a pas fait table rase du catalogue de 2013 : elle l’a réorganisé. Les 114 mesures de 2013 sont devenues 93 ; onze d’entre elles étant nouvelles, les 82 autres reprennent toutes un contenu qui existait déjà en 2013. L’essentiel de la réduction tient aux fusions : plusieurs mesures de 2013, au périmètre étroit, forment désormais une mesure plus large. La 5.1, politiques de sécurité de l’information, réunit la rédaction des politiques et leur revue (A.5.1.1 et A.5.1.2). La 5.15, contrôle d’accès, associe la politique de contrôle d’accès et les règles d’accès aux réseaux et aux services en réseau (A.9.1.1 et A.9.1.2). La 8.15, journalisation, absorbe la journalisation des événements, la protection de l’information journalisée et les journaux administrateur et opérateur (A.12.4.1, A.12.4.2 et A.12.4.3).

    D’autres mesures ont fait le voyage seules, en changeant de numéro, d’intitulé ou de thème. Les mesures contre les logiciels malveillants (A.12.2.1) sont devenues la 8.7, protection contre les programmes malveillants. Les engagements de confidentialité ou de non-divulgation ont quitté l’article consacré à la sécurité des communications (A.13.2.4) pour devenir la 6.6, une mesure applicable aux personnes. Quelques correspondances vont en sens inverse : la vérification de la conformité technique (A.18.2.3) se répartit entre la 5.36, consacrée à la conformité aux politiques, règles et normes, et la 8.8, gestion des vulnérabilités techniques. Enfin, onze mesures, comme la 5.7, renseignements sur les menaces, n’ont aucune source en 2013.

    La correspondance qui fait foi figure à l’annexe B de l’ISO/IEC 27002:2022, dans les deux sens : une table part de chaque mesure de 2022 et indique les mesures de 2013 dont elle procède, l’autre part de chaque mesure de 2013 et donne sa destination en 2022. Travaillez à partir de cette annexe plutôt que du tableur d’un éditeur ou d’un article de blog : c’est avec elle qu’un auditeur s’attendra à voir concorder votre traçabilité.

    Pour le praticien, la leçon est simple : la correspondance est une relation, pas une renumérotation. Une mesure de 2022 peut avoir plusieurs parents, une mesure de 2013 peut avoir deux destinations, et onze mesures n’ont aucun parent. La transition des certifications s’est achevée le 31 octobre 2025, mais la compétence reste utile : organismes non certifiés, filiales rachetées, questionnaires de fournisseurs et anciens rapports d’audit parlent encore la numérotation de 2013.

practical-example =
    Un éditeur de logiciels de 400 personnes rachète une société plus petite dont le SMSI, jamais certifié, est encore documenté selon la numérotation de 2013. L’équipe sécurité exporte la déclaration d’applicabilité de 114 lignes et inscrit, à l’aide de la table B.2 de l’annexe B, la destination 2022 en regard de chaque ligne. Elle construit ensuite un document neuf de 93 lignes, indexé sur les numéros de 2022, chaque ligne indiquant les anciennes lignes qui l’alimentent. Là où trois lignes consacrées aux journaux aboutissent à la 8.15, l’équipe relit les trois justifications et les trois états d’avancement, constate que la revue des journaux était notée « partiellement mise en œuvre », et consigne pour la mesure fusionnée une seule décision et un état fidèle à la réalité. Les onze lignes sans source sont inscrites à l’ordre du jour du prochain atelier d’appréciation des risques.

block-annex-b-heading = Les tables officielles : l’annexe B de l’ISO/IEC 27002:2022
block-annex-b-body =
    L’annexe B contient deux tables de correspondance, une par sens de lecture :

    - de 2022 vers 2013 : chaque mesure actuelle, avec la ou les mesures de 2013 dont elle procède, ou la mention qu’elle est nouvelle ; c’est le sens à utiliser pour rédiger la nouvelle déclaration d’applicabilité ligne par ligne ;
    - de 2013 vers 2022 : chaque ancienne mesure, avec sa destination actuelle ; c’est le sens à utiliser pour lire d’anciennes politiques, des constats d’audit, des contrats ou des questionnaires de fournisseurs.

    Les tables donnent des numéros et des intitulés ; elles ne disent pas si le contenu est resté identique. Une mesure fusionnée couvre généralement plus de terrain que chacun de ses parents : la 5.9 parle désormais d’un inventaire des informations et autres actifs associés, là où l’A.8.1.1 parlait d’un inventaire des actifs. Lisez les recommandations de 2022 avant de supposer que la mise en œuvre existante convient encore.

    L’ISO/IEC 27001:2022 ne reprend pas ces tables : son annexe A ne liste que les mesures actuelles.

block-patterns-heading = Quatre cas de figure derrière le passage de 114 à 93
block-patterns-body =
    Chaque mesure de 2013 a suivi l’un de ces chemins, et chaque mesure de 2022 est arrivée par l’un d’eux :

    - fusion : plusieurs mesures de 2013 forment une seule mesure de 2022, comme la 5.1, la 5.15 et la 8.15 ; la 7.10, supports de stockage, réunit de même, entre autres, les trois mesures de manipulation des supports de l’A.8.3 ;
    - reprise isolée : une mesure de 2013 devient une mesure de 2022, renumérotée, souvent renommée, parfois changée de thème, comme l’A.12.2.1 devenue 8.7 et l’A.13.2.4 devenue 6.6 ;
    - répartition : une seule mesure de 2013 alimente plusieurs mesures de 2022, comme l’A.18.2.3, qui nourrit à la fois la 5.36 et la 8.8 ;
    - nouveauté : onze mesures de 2022 n’ont aucune source en 2013, parmi lesquelles la 5.7, renseignements sur les menaces, et la 8.28, codage sécurisé.

    La figure montre côte à côte le premier, le troisième et le quatrième cas.

block-migrating-soa-heading = Migrer une déclaration d’applicabilité
block-migrating-soa-body =
    Une déclaration d’applicabilité migrée se rapporte à l’annexe A actuelle de l’ISO/IEC 27001:2022 : elle part donc des 93 mesures, non des 114 anciennes lignes. Une démarche éprouvée :

    - pour chaque mesure de 2022, relever ses sources de 2013 dans l’annexe B et reprendre leurs décisions, justifications, états de mise en œuvre et renvois aux preuves ;
    - lorsque les sources divergent, l’une appliquée et l’autre exclue, prendre une décision unique pour l’ensemble de la mesure de 2022 et réécrire la justification dans ses propres termes ;
    - soumettre à l’appréciation des risques les nouvelles mesures et toute mesure dont le périmètre s’est élargi, puis mettre à jour le plan de traitement des risques ;
    - faire approuver le plan mis à jour par les propriétaires des risques, et leur faire accepter les risques résiduels, avant de valider le document ;
    - conserver les numéros de 2013 dans une colonne secondaire pour la traçabilité, le numéro de 2022 servant de clé.

    Les auditeurs procèdent par échantillonnage. Ils choisiront une mesure fusionnée et demanderont des preuves pour chacune de ses composantes, pas seulement pour celle qui avait autrefois sa propre ligne.

block-migrating-policies-heading = Migrer les politiques, les procédures et les preuves
block-migrating-policies-body =
    Les numéros de mesures se nichent bien au-delà de la déclaration d’applicabilité : politiques et procédures, registre des risques, contrats fournisseurs, constats d’audit, étiquettes d’un outil de gouvernance. Recensez-les tous avant toute modification.

    - Ne vous fiez pas à un simple rechercher-remplacer. Un corpus de politiques bâti sur les quatorze articles de 2013 gagnera peut-être à être regroupé selon les thèmes de 2022, avec une politique générale de sécurité de l’information et des politiques thématiques.
    - Réindexez la bibliothèque de preuves selon les numéros de 2022, afin qu’un auditeur qui échantillonne la 8.15 trouve au même endroit la configuration de la journalisation, la protection des journaux et les comptes rendus de leur revue.
    - Pour les contrats qui citent des numéros de 2013, ajoutez dès maintenant une note d’interprétation et corrigez l’annexe au renouvellement.

example-storage-media = Une entreprise qui n’expédie jamais de supports physiques avait exclu en 2013 l’A.8.3.3, transfert physique de supports, tout en appliquant les autres mesures relatives aux supports. Toutes relèvent désormais de la 7.10, supports de stockage, qui reste donc applicable : l’ancienne exclusion devient une précision de périmètre dans la description de la mise en œuvre, et non une exclusion de la 7.10.
example-nda-moves = Les engagements de confidentialité relevaient de la sécurité des communications (A.13.2.4), et l’équipe réseau en était nominalement propriétaire. Devenus la 6.6, ils font partie des mesures applicables aux personnes : la migration est le bon moment pour en confier la responsabilité aux ressources humaines et au service juridique, qui rédigent et archivent ces engagements.
example-supplier-questionnaire = Un client envoie encore un questionnaire d’évaluation de la sécurité numéroté de A.5 à A.18. Le fournisseur répond en s’appuyant sur la table B.2 et cite les deux numéros, par exemple « A.12.4.1 à A.12.4.3, aujourd’hui 8.15, journalisation », afin que le client puisse classer chaque réponse selon ses propres références actuelles.

callout-not-one-to-one-title = Un ancien numéro ne vaut pas un nouveau numéro
callout-not-one-to-one-body = Un tableur qui remplace chaque ancien numéro par un seul nouveau se trompe dans les deux sens : il perd l’une des deux destinations de l’A.18.2.3, masque trois mesures de journalisation derrière une seule ligne sans vérifier qu’elles sont toutes couvertes, et laisse onze mesures sans propriétaire. Contrôlez chaque ligne au regard des tables de l’annexe B.
callout-keep-the-trail-title = Gardez l’ancien numéro en vue
callout-keep-the-trail-body = Conservez la référence de 2013 dans une colonne secondaire pendant au moins un cycle d’audit complet. Incidents, constats, acceptations de risques et contrats des années précédentes la citent encore, et cette piste permet à chacun de suivre une décision de l’ancienne ligne jusqu’à la nouvelle.

prompt = Prenez trois lignes d’une déclaration d’applicabilité fondée sur 2013 que vous connaissez, ou imaginez-en une : une mesure fusionnée dans une mesure de 2022 plus large, une mesure reprise seule, et une mesure de 2022 sans source en 2013. Pour chacune, décrivez ce que vous changeriez dans la décision, la justification et les preuves.
prompt-guidance =
    Pour la mesure fusionnée, une bonne réponse prend une décision unique pour l’ensemble de la mesure de 2022, vérifie que les anciennes justifications tiennent toujours et rassemble des preuves pour chaque composante autrefois distincte, par exemple la protection et la revue des journaux au titre de la 8.15, et pas seulement la configuration de la journalisation.

    Pour la mesure reprise seule, la décision est en général maintenue, mais la justification et les preuves citent le nouveau numéro, et un changement de thème peut appeler un nouveau propriétaire. Pour la nouvelle mesure, rien n’est repris : elle passe par l’appréciation des risques, les pratiques existantes sont d’abord documentées, et le propriétaire du risque approuve la décision.

exercise = Classez chaque mesure de 2022 selon son origine.
exercise-explanation = La 5.1 procède de l’A.5.1.1 et de l’A.5.1.2, la 5.15 de l’A.9.1.1 et de l’A.9.1.2, et la 7.10 de plusieurs mesures relatives aux supports. La 8.7 reprend la seule A.12.2.1, la 6.3 l’A.7.2.2 et la 8.13 l’A.12.3.1. La 8.16, activités de surveillance, et la 5.23, sécurité de l’information dans l’utilisation de services en nuage, font partie des onze mesures sans source en 2013.
exercise-category-several = Fusion de plusieurs mesures de 2013
exercise-category-single = Reprise d’une seule mesure de 2013
exercise-category-new = Sans prédécesseur en 2013
exercise-item-policies = 5.1 Politiques de sécurité de l’information
exercise-item-access-control = 5.15 Contrôle d’accès
exercise-item-storage-media = 7.10 Supports de stockage
exercise-item-malware = 8.7 Protection contre les programmes malveillants
exercise-item-awareness = 6.3 Sensibilisation, enseignement et formation en sécurité de l’information
exercise-item-backup = 8.13 Sauvegarde des informations
exercise-item-monitoring = 8.16 Activités de surveillance
exercise-item-cloud = 5.23 Sécurité de l’information dans l’utilisation de services en nuage

figure-mapping-example-caption = Fusion, répartition, nouveauté : trois façons dont une mesure de 2022 se rattache au catalogue de 2013
figure-mapping-example-description =
    La figure comporte deux colonnes, l’édition 2013 à gauche et l’édition 2022 à droite, et trois bandes qui illustrent chacune un cas de figure.

    - Fusion : les trois mesures de 2013 A.12.4.1, journalisation des événements, A.12.4.2, protection de l’information journalisée, et A.12.4.3, journaux administrateur et opérateur, convergent toutes vers une seule mesure de 2022, la 8.15, journalisation.
    - Répartition : l’A.18.2.3, vérification de la conformité technique, alimente deux mesures de 2022, la 5.36, conformité aux politiques, règles et normes de sécurité de l’information, et la 8.8, gestion des vulnérabilités techniques. Chacune a aussi un autre parent : l’A.18.2.2 alimente la 5.36 et l’A.12.6.1 la 8.8.
    - Nouveauté : la 5.7, renseignements sur les menaces, n’a aucune source en 2013 ; un cadre en pointillés tient la place du prédécesseur absent.
figure-mapping-example-label-col-2013 = Édition 2013
figure-mapping-example-label-col-2022 = Édition 2022
figure-mapping-example-label-pattern-merged = Fusion : trois mesures de 2013 forment une mesure de 2022
figure-mapping-example-label-pattern-split = Répartition : une mesure de 2013 alimente deux mesures de 2022
figure-mapping-example-label-pattern-new = Nouveauté : une mesure de 2022 sans source en 2013
figure-mapping-example-label-a-12-4-1 = A.12.4.1 Journalisation des événements
figure-mapping-example-label-a-12-4-2 = A.12.4.2 Protection de l’information journalisée
figure-mapping-example-label-a-12-4-3 = A.12.4.3 Journaux administrateur et opérateur
figure-mapping-example-label-c-8-15 = 8.15 Journalisation
figure-mapping-example-label-a-18-2-2 = A.18.2.2 Conformité avec les politiques et les normes de sécurité
figure-mapping-example-label-a-18-2-3 = A.18.2.3 Vérification de la conformité technique
figure-mapping-example-label-a-12-6-1 = A.12.6.1 Gestion des vulnérabilités techniques
figure-mapping-example-label-c-5-36 = 5.36 Conformité aux politiques, règles et normes de sécurité de l’information
figure-mapping-example-label-c-8-8 = 8.8 Gestion des vulnérabilités techniques
figure-mapping-example-label-no-source = Aucun prédécesseur en 2013
figure-mapping-example-label-c-5-7 = 5.7 Renseignements sur les menaces
