title = Conformité, revues et procédures (5.31 à 5.37)
overview = Vous verrez comment les sept dernières mesures organisationnelles relient le SMSI à la loi, aux contrats et aux licences, protègent enregistrements et données personnelles, et font contrôler la sécurité de façon indépendante comme au quotidien.

explanation =
    Quatre mesures regardent vers l’extérieur, vers des obligations que l’organisme ne choisit pas. La 5.31, exigences légales, statutaires, réglementaires et contractuelles, lui demande de connaître toutes les obligations qui touchent la sécurité de l’information, de décider comment satisfaire chacune et de tenir cette connaissance à jour ; la réglementation de l’usage, de l’importation ou de l’exportation des moyens de cryptologie est l’exemple type de ce que les équipes oublient. La 5.32, droits de propriété intellectuelle, porte sur le respect des licences logicielles, du droit d’auteur et des conditions des logiciels libres, ainsi que sur la protection du patrimoine intellectuel de l’organisme. La 5.33, protection des enregistrements, conserve les enregistrements aussi longtemps que nécessaire, les protège pendant ce temps contre la perte, l’altération et l’accès non autorisé, puis organise leur élimination. La 5.34, protection de la vie privée et des données à caractère personnel (DCP), traite des obligations liées aux données personnelles, celles du RGPD au premier chef.

    Trois mesures regardent vers l’intérieur. La 5.35, revue indépendante de la sécurité de l’information, fait examiner par quelqu’un qui ne pilote pas le SMSI la manière dont l’organisme gère la sécurité de l’information, à intervalles planifiés et après tout changement important. La 5.36, conformité aux politiques, règles et normes de sécurité de l’information, charge les responsables et les propriétaires de systèmes de vérifier régulièrement que ce qu’ils exploitent respecte les politiques et les standards techniques internes ; elle reprend la vérification de la conformité technique, mesure distincte dans l’édition 2013, dont le volet consacré à la recherche de vulnérabilités relève désormais aussi de la 8.8, gestion des vulnérabilités techniques. La 5.37, procédures d’exploitation documentées, veille à ce que la façon d’exploiter les systèmes soit écrite et accessible à ceux qui en ont besoin.

    Ces mesures s’appuient sur les exigences de système de management de l’ISO/IEC 27001. Un programme d’audit interne au titre de l’article 9.2 peut assurer la revue indépendante de la 5.35, pourvu que les auditeurs n’auditent pas leur propre travail ; les constats remontent à la revue de direction (article 9.3) et les non-conformités suivent l’article 10.2. Le registre de la 5.31 alimente aussi les exigences des parties intéressées visées à l’article 4.2. L’auditeur confronte les documents au terrain : les clauses d’un contrat dans le registre, un serveur face au guide de durcissement, un exploitant qui déroule une procédure.

practical-example =
    Un établissement de paiement de 180 personnes tient un registre d’environ 90 exigences : lois et règlements, annexes de sécurité de ses 15 principaux contrats clients, règles des réseaux de cartes, conditions de licence. Chaque entrée indique un responsable, les mesures qui y répondent et la date de la dernière vérification ; le juriste et le responsable de la sécurité le revoient chaque trimestre. Les enregistrements suivent un tableau de conservation, avec des gels pour contentieux qui suspendent toute suppression. L’audit interne du groupe, rattaché au comité d’audit et non à la DSI, examine le SMSI chaque année. Des analyses mensuelles comparent la configuration des serveurs au guide de durcissement, et chaque propriétaire de système corrige les écarts ou les fait accepter formellement. Les procédures d’exploitation, tenues dans un wiki versionné avec leur propriétaire et leur date de revue, servent à former les nouveaux exploitants.

block-obligations-heading = Connaître ses obligations (5.31)
block-obligations-body =
    La réponse habituelle est un registre des exigences. Chaque entrée consigne la source (loi, règlement, contrat, norme à laquelle l’organisme s’est engagé), ce qu’elle exige, son responsable et les mesures qui la satisfont.

    - Incluez les contrats : les annexes de sécurité des clients exigent souvent plus que la loi, comme une notification sous 24 heures ou le chiffrement de tout transfert.
    - Incluez les textes sectoriels : NIS 2 pour les entités essentielles et importantes de l’Union, DORA pour les entités financières, les règles propres aux données de santé.
    - Faites-le vivre par une veille juridique, et revoyez-le quand l’organisme aborde un nouveau marché ou signe un client important.

    Un tableur suffit à une petite structure ; un grand groupe recourra plutôt à un outil de gouvernance, de gestion des risques et de conformité. L’essentiel est que chaque obligation mène à une mesure et à un responsable.

block-licences-and-records-heading = Licences et enregistrements (5.32 et 5.33)
block-licences-and-records-body =
    Pour la 5.32, rapprochez ce qui est installé ou souscrit de ce qui est réellement sous licence, et conservez les justificatifs d’achat. Les composants libres ont eux aussi leurs conditions : certaines licences obligent l’organisme qui distribue le logiciel à en fournir le code source, modifications comprises, à ceux qui le reçoivent.

    Pour la 5.33, un tableau de conservation indique pour chaque type d’enregistrement sa durée de conservation et son fondement. La protection porte sur l’intégrité (stockage non réinscriptible, signature), sur la disponibilité pendant toute la durée (formats lisibles, clés de chiffrement encore détenues des années plus tard) et sur l’élimination finale, en lien avec la 8.10, suppression des informations.

block-privacy-heading = Vie privée et données personnelles (5.34)
block-privacy-body =
    La 5.34 ne remplace pas le droit de la protection des données : elle veille à ce que le SMSI le serve. Sécurité et protection des données partagent en pratique plusieurs outils :

    - le registre des activités de traitement et l’inventaire des actifs (5.9) ;
    - les analyses d’impact relatives à la protection des données et l’appréciation des risques de sécurité ;
    - les contrats de sous-traitance au sens du RGPD et les accords avec les fournisseurs (5.20) ;
    - la notification des violations de données et la réponse aux incidents (5.26).

    L’ISO/IEC 27701 spécifie un système de management de la protection de la vie privée, certifiable. Extension du SMSI dans son édition 2019, elle peut depuis l’édition 2025 s’appliquer seule ou s’intégrer à un SMSI existant.

block-checking-heading = Revues, contrôles de conformité et procédures (5.35 à 5.37)
block-checking-body =
    L’indépendance est le cœur de la 5.35. L’audit interne, une équipe distincte du groupe ou un cabinet externe peuvent l’apporter ; l’équipe qui pilote le SMSI, si compétente soit-elle, ne le peut pas.

    La 5.36 fait partie du quotidien de l’encadrement : vérifier que les équipes appliquent les politiques, traiter les dérogations, mener des contrôles techniques par rapport aux référentiels, comme des analyses de configuration ou des revues de règles de pare-feu.

    Pour la 5.37, une bonne procédure est courte, à jour et utilisée : elle indique un propriétaire et une date de revue, se trouve là où travaillent les exploitants et évolue après chaque incident ou changement. Une procédure qui n’existe que dans la tête d’un expert menace la continuité autant que la sécurité.

example-licence-audit = L’audit de licences d’un éditeur révèle, dans un bureau d’études, 120 installations d’un logiciel de conception de plus que le nombre payé, surtout sur des machines virtuelles clonées pour des projets. Le bureau d’études régularise, puis rattache ses modèles de machines virtuelles à son inventaire de licences pour que la 5.32 soit vérifiée automatiquement.
example-retention-conflict = Le RGPD interdit à un commerçant en ligne de conserver les données clients au-delà du nécessaire, tandis que le Code de commerce lui impose de garder ses pièces comptables dix ans. Son tableau de conservation, au titre de la 5.33, concilie les deux : factures conservées avec un accès réservé à la comptabilité, données marketing des mêmes clients supprimées après trois ans d’inactivité.

callout-own-work-title = Nul ne revoit son propre travail en toute indépendance
callout-own-work-body = Un responsable de la sécurité qui rédige les politiques et pilote le SMSI ne peut pas assurer la revue indépendante de la 5.35, si honnête soit-il. Les petites structures font appel à un homologue d’une autre entreprise, à un consultant ou à un audit à blanc.
callout-newcomer-test-title = Éprouvez une procédure avec un nouveau venu
callout-newcomer-test-body = Demandez au dernier arrivé de l’équipe de dérouler seul une procédure documentée. Chaque question qu’il doit poser révèle une lacune au regard de la 5.37.

prompt = Relevez trois obligations qui touchent la sécurité de l’information dans un organisme que vous connaissez : l’une issue d’une loi ou d’un règlement, l’une d’un contrat, l’une d’une licence. Pour chacune, qui en est responsable, quelles mesures y répondent, et comment montreriez-vous à un auditeur qu’elle est respectée ?
prompt-guidance =
    Une bonne réponse est précise : par exemple la notification sous 72 heures du RGPD, un contrat client qui impose le chiffrement des transferts, les conditions de licence d’un logiciel très répandu.

    Pour chacune, elle désigne un responsable par sa fonction, rattache l’obligation à des mesures (5.26 et 5.5 pour la notification, 8.24, utilisation de la cryptographie, pour le chiffrement, 5.32 pour les licences) et cite des preuves concrètes : procédure de notification testée, journaux de transfert attestant le chiffrement, inventaire des licences rapproché. Elle dit enfin comment le registre reste à jour, les obligations évoluant plus vite que les politiques.

exercise = Un auditeur vous demande comment votre organisme satisfait à la 5.33, protection des enregistrements. Que lui montrez-vous ? Plusieurs réponses sont possibles.
exercise-explanation = Tableau de conservation, journal des éliminations validées, protection des archives contre l’altération et test de lisibilité des anciens enregistrements relèvent directement de la 5.33. Le registre des licences relève de la 5.32 ; la feuille de présence d’une sensibilisation appuie la 6.3 et la 5.34, pas la protection des enregistrements.
exercise-option-retention-schedule = Un tableau de conservation indiquant, pour chaque type d’enregistrement, la durée et son fondement
exercise-option-disposal-log = Un journal des enregistrements détruits à l’issue de leur durée de conservation, avec les validations
exercise-option-immutable-archive = La configuration de l’archive qui empêche toute modification des enregistrements stockés
exercise-option-readability-test = Un test montrant que des archives vieilles de dix ans peuvent encore être ouvertes et lues
exercise-option-licence-register = Le registre des licences logicielles rapproché des installations
exercise-option-licence-register-feedback = C’est une preuve pour la 5.32, droits de propriété intellectuelle, pas pour les enregistrements.
exercise-option-privacy-training = La feuille de présence de la dernière sensibilisation à la protection de la vie privée
exercise-option-privacy-training-feedback = Utile pour la 6.3 et la 5.34, mais elle ne dit rien de la conservation ni de la protection des enregistrements.
