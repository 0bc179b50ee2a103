title = Les fondamentaux de l’ISO/IEC 27002
summary = Ce qu’est l’ISO/IEC 27002 (et ce qu’elle n’est pas), les trois propriétés que préserve la sécurité de l’information, les grandes familles de mesures qui les protègent, et l’approche par les risques, fondée sur l’amélioration continue, qui guide leur choix.

q-nature = Un cabinet comptable de 15 personnes lit les recommandations de l’ISO/IEC 27002 sur une mesure et décide de n’en appliquer qu’une partie, adaptée à sa taille et à ses risques. Que penser de ce choix ?
q-nature-explanation = L’ISO/IEC 27002 est un code de bonne pratique : ses recommandations sont un point de départ que chaque organisme adapte à ses risques, à sa taille et à son contexte. Les exigences à satisfaire relèvent de l’ISO/IEC 27001, et ni la loi ni une certification de produits n’entrent en jeu.
q-nature-option-code-of-practice = Il est conforme à l’esprit de la norme, dont les recommandations sont faites pour être adaptées
q-nature-option-code-of-practice-feedback = Exact. Un code de bonne pratique recommande ; c’est le cabinet qui décide jusqu’où aller au vu de ses risques.
q-nature-option-requirements = C’est une non-conformité : chaque recommandation doit être appliquée intégralement
q-nature-option-requirements-feedback = Non. L’ISO/IEC 27002 ne pose aucune exigence ; celles d’un SMSI figurent dans l’ISO/IEC 27001, qui laisse elle aussi l’organisme choisir ses mesures selon ses risques.
q-nature-option-regulation = Il n’est admissible qu’après une dérogation accordée par l’autorité de contrôle
q-nature-option-regulation-feedback = Non. Il s’agit d’une norme internationale d’application volontaire, pas d’une loi : il n’y a rien à quoi déroger.
q-nature-option-product-spec = Il n’est admissible que si les outils de sécurité du cabinet sont certifiés conformes à l’ISO/IEC 27002
q-nature-option-product-spec-feedback = Non. La norme porte sur la manière dont un organisme protège son information ; ce n’est pas une spécification au regard de laquelle on certifie des produits.

q-certification = Vrai ou faux ? Une fois ses risques appréciés et les mesures retenues mises en place, une PME peut laisser son dispositif en l’état tant qu’aucun incident ne survient.
q-certification-explanation = Faux. Les menaces, l’organisme et ses obligations évoluent : risques et mesures se réexaminent à intervalles planifiés et après tout changement important, sans attendre un incident. C’est le principe de l’amélioration continue.

q-isms = Un directeur financier voudrait savoir à quoi se rattachent les mesures de sécurité proposées par l’ISO/IEC 27002. De quel système de management relèvent-elles ? Répondez par son nom complet ou par son sigle.
q-isms-explanation = Il s’agit du système de management de la sécurité de l’information (SMSI) : l’ensemble des politiques, processus, rôles et mesures par lesquels un organisme pilote sa sécurité. L’ISO/IEC 27001 en fixe les exigences ; l’ISO/IEC 27002 guide la mise en œuvre de ses mesures.

q-property = Une panne électrique dans la salle des serveurs prive le service comptable de son logiciel pendant deux jours, sans qu’aucune donnée soit perdue, modifiée ou divulguée. Quelle propriété de la sécurité de l’information est atteinte ?
q-property-explanation = La disponibilité : les personnes autorisées n’ont pas pu se servir de l’information au moment où elles en avaient besoin. Ni la confidentialité ni l’intégrité ne sont en cause, puisque rien n’a été divulgué ni altéré.

q-cia-match = Associez chaque incident à la propriété qu’il affecte en premier lieu.
q-cia-match-explanation = Une consultation par une personne non autorisée porte atteinte à la confidentialité ; une falsification, à l’intégrité, puisque l’information n’est plus exacte ; un service inaccessible, à la disponibilité.
q-cia-match-left-leak = Un prestataire consulte des dossiers de patients auxquels il n’avait pas à accéder.
q-cia-match-left-tamper = Un étudiant modifie ses notes dans la base de données de l’école.
q-cia-match-left-outage = Le site de réservation reste inaccessible tout le week-end à cause d’une panne chez l’hébergeur.
q-cia-match-right-confidentiality = Confidentialité
q-cia-match-right-integrity = Intégrité
q-cia-match-right-availability = Disponibilité

q-measures = Parmi ces mesures, lesquelles se rangent dans le thème « organisationnel » de l’édition 2022 ? Plusieurs réponses sont possibles.
q-measures-explanation = La classification des informations selon leur sensibilité (5.12) et l’inventaire des informations et autres actifs associés, avec leurs propriétaires (5.9), sont des mesures organisationnelles. Le processus disciplinaire vise des individus : c’est une mesure applicable aux personnes (6.4). La protection du câblage porte sur des objets physiques (7.12) ; la restriction des installations de logiciels, sur la technologie (8.19).
q-measures-option-policy = Des règles de classification des informations selon leur sensibilité
q-measures-option-policy-feedback = Exact. La classification des informations est la mesure 5.12, dans le thème organisationnel.
q-measures-option-training = Un processus disciplinaire formel pour les salariés qui enfreignent les règles de sécurité
q-measures-option-training-feedback = Non. Il agit sur des individus : en 2022, c’est une mesure applicable aux personnes (6.4, processus disciplinaire).
q-measures-option-supplier-clauses = Un inventaire des informations et autres actifs associés, chacun doté d’un propriétaire
q-measures-option-supplier-clauses-feedback = Exact. L’inventaire est la mesure 5.9, dans le thème organisationnel.
q-measures-option-disk-encryption = La protection des câbles d’alimentation et de données contre l’interception ou les dégradations
q-measures-option-disk-encryption-feedback = Non. Les câbles sont des objets physiques : c’est une mesure physique (7.12, sécurité du câblage).
q-measures-option-firewall = La restriction des droits d’installer des logiciels sur les systèmes en exploitation
q-measures-option-firewall-feedback = Non. Elle porte sur la technologie : c’est une mesure technologique (8.19, installation de logiciels sur des systèmes en exploitation).

q-risk-based = Une commune de 20 000 habitants met en place son SMSI. Selon l’approche par les risques, comment doit-elle choisir les mesures de l’ISO/IEC 27002 à déployer ?
q-risk-based-explanation = Les mesures se choisissent en fonction des risques propres à l’organisme : il les identifie et les évalue au regard de ses critères, décide du traitement de ceux qu’il ne peut accepter, puis réexamine ce choix au fil des changements.
q-risk-based-option-by-risk = En appréciant ses propres risques au regard de ses critères d’acceptation, puis en décidant du traitement de ceux qui dépassent le seuil
q-risk-based-option-by-risk-feedback = Exact. C’est l’appréciation des risques qui guide le choix des mesures, pour concentrer l’effort là où se trouve le risque.
q-risk-based-option-all-controls = En déployant d’abord toutes les mesures de la norme, puis en appréciant les risques pour savoir lesquelles auditer
q-risk-based-option-all-controls-feedback = Non. La norme n’est pas une liste à cocher : l’appréciation des risques vient d’abord et détermine les mesures nécessaires, pas seulement celles que l’on audite.
q-risk-based-option-peers = En reprenant les mesures qu’une grande ville voisine a jugées prioritaires au vu de ses risques
q-risk-based-option-peers-feedback = Non. Une autre collectivité n’a ni les mêmes risques, ni la même taille, ni le même contexte ; ses priorités peuvent inspirer, pas remplacer une appréciation propre.
q-risk-based-option-technical-first = En classant les mesures technologiques selon le risque qu’elles réduisent et en commençant par elles, les autres thèmes attendant
q-risk-based-option-technical-first-feedback = Non. Les mesures des quatre thèmes fonctionnent ensemble ; les priorités découlent des risques de la commune, pas du type de mesure.

q-uses = Dans lesquelles de ces situations un organisme peut-il s’appuyer sur l’ISO/IEC 27002 ? Plusieurs réponses sont possibles.
q-uses-explanation = On s’appuie sur l’ISO/IEC 27002 pour former le personnel, auditer les mesures en place, appuyer la conformité, protéger des données sensibles, rédiger une politique ou montrer son engagement aux partenaires. Elle reste neutre vis-à-vis des technologies, sans désigner de produits, et elle éclaire l’appréciation des risques sans la remplacer.
q-uses-option-awareness = Bâtir un programme de sensibilisation du personnel à la sécurité
q-uses-option-awareness-feedback = Exact. Former le personnel à la sécurité et au traitement des données confidentielles est un usage courant.
q-uses-option-gap-audit = Passer en revue les mesures existantes pour en repérer les lacunes
q-uses-option-gap-audit-feedback = Exact. Comparer l’existant aux mesures décrites par la norme est une façon classique de repérer les écarts.
q-uses-option-compliance = Faciliter le respect d’obligations légales, réglementaires ou contractuelles
q-uses-option-compliance-feedback = Exact. Ses mesures aident à satisfaire des obligations issues de la loi, des autorités de contrôle ou des contrats.
q-uses-option-certificate = Choisir les produits de sécurité à acheter et la façon exacte de les paramétrer
q-uses-option-certificate-feedback = Non. Ses recommandations sont neutres vis-à-vis des technologies : elles disent ce qu’une mesure doit apporter et comment on la met habituellement en œuvre, pas quel produit acheter ni quel réglage choisir.
q-uses-option-replace-risk = Remplacer l’appréciation des risques par une liste de mesures figée
q-uses-option-replace-risk-feedback = Non. La démarche repose sur les risques : c’est leur appréciation qui détermine les mesures nécessaires.

q-two-roles = Une responsable sécurité nouvellement nommée prépare ses lectures. Associez chaque question qu’elle se pose au document qui y répond.
q-two-roles-explanation = Les articles de l’ISO/IEC 27001 fixent les exigences du SMSI, celles que vérifie l’audit de certification. Son annexe A est la liste de référence des mesures, chacune réduite à un intitulé et à une courte phrase qui l’énonce. L’ISO/IEC 27002 reprend ces mêmes mesures et les développe une à une : finalité, recommandations de mise en œuvre et exemples.
q-two-roles-left-need-requirements = Que doit accomplir le système de management dans son ensemble pour passer l’audit de certification ?
q-two-roles-left-need-reference-list = Où trouver la liste complète des mesures de référence, chacune avec son intitulé et son énoncé en une phrase ?
q-two-roles-left-need-guidance = À quoi sert une mesure, et comment les équipes la mettent-elles habituellement en place ?
q-two-roles-right-iso27001-clauses = Les articles de l’ISO/IEC 27001
q-two-roles-right-annex-a = L’annexe A de l’ISO/IEC 27001
q-two-roles-right-iso27002 = L’ISO/IEC 27002

q-without-certification = Vrai ou faux ? Un organisme qui n’envisage aucune certification peut néanmoins tirer parti de l’ISO/IEC 27002.
q-without-certification-explanation = Vrai. Les recommandations ont une valeur propre, quels que soient les projets de l’organisme : les appliquer relève d’un choix, et la certification, qui se fait au regard de l’ISO/IEC 27001, est une décision distincte. Si l’organisme s’y engage plus tard, le travail déjà accompli alimentera un SMSI conforme à l’ISO/IEC 27001.

q-integrity-control = Une association veut éviter que les coordonnées bancaires de ses fournisseurs soient modifiées à son insu, par exemple à la suite d’une demande frauduleuse. Quelle mesure protège avant tout l’intégrité de ces données ?
q-integrity-control-explanation = L’intégrité garantit qu’une information reste exacte et complète et qu’elle n’est modifiée que de façon autorisée. Faire valider toute modification de RIB par une seconde personne vise précisément cet objectif. Le chiffrement et la restriction des accès servent d’abord la confidentialité, et les sauvegardes testées, la disponibilité.
q-integrity-control-option-dual-approval = Toute modification du RIB d’un fournisseur doit être validée par une seconde personne
q-integrity-control-option-dual-approval-feedback = Exact. Une modification frauduleuse ou erronée ne peut plus passer sur la seule décision d’une personne : c’est bien l’intégrité qui est protégée.
q-integrity-control-option-encrypt-attachments = Les pièces jointes envoyées par courriel sont chiffrées
q-integrity-control-option-encrypt-attachments-feedback = Pas en premier lieu. Le chiffrement empêche un tiers de lire le contenu, ce qui relève de la confidentialité ; il ne fait rien contre une demande de modification émanant d’un faux fournisseur.
q-integrity-control-option-tested-restore = Le dossier des paiements est sauvegardé et les restaurations sont testées
q-integrity-control-option-tested-restore-feedback = Pas en premier lieu. La sauvegarde sert la disponibilité ; une restauration ramènerait d’ailleurs la modification frauduleuse avec le reste.
q-integrity-control-option-named-roles = Seuls quelques rôles désignés peuvent ouvrir le dossier partagé des paiements
q-integrity-control-option-named-roles-feedback = Pas en premier lieu. Limiter qui voit les données sert la confidentialité. Cela réduit le nombre de personnes capables de les modifier, mais un comptable autorisé, trompé par une fausse demande, ferait quand même la modification.

q-backup-needs = Une PME vient d’activer la sauvegarde nocturne automatique proposée par son service de stockage en nuage. Que lui manque-t-il encore pour que cette sauvegarde protège réellement la disponibilité ? Plusieurs réponses sont possibles.
q-backup-needs-explanation = Un outil n’est pas encore une mesure. La sauvegarde ne protège la disponibilité qu’une fois confiée à un responsable, encadrée par une procédure qui précise ce qui est copié, à quelle fréquence et pour combien de temps, et vérifiée par des restaurations testées : une sauvegarde jamais restaurée risque de faire défaut le jour où l’on en a besoin.
q-backup-needs-option-owner = Un responsable désigné, qui contrôle les sauvegardes et traite les échecs
q-backup-needs-option-owner-feedback = Exact. Sans responsable, une sauvegarde en échec peut passer inaperçue pendant des mois.
q-backup-needs-option-scope-procedure = Une procédure qui précise ce qui est sauvegardé, à quelle fréquence et combien de temps les copies sont conservées
q-backup-needs-option-scope-procedure-feedback = Exact. Les réglages par défaut d’un service correspondent rarement aux besoins de l’entreprise sans une décision explicite.
q-backup-needs-option-restore-tests = Des restaurations effectivement testées à intervalles réguliers
q-backup-needs-option-restore-tests-feedback = Exact. Seule une restauration réussie prouve que la sauvegarde remplit son rôle.
q-backup-needs-option-second-tool = Un second logiciel de sauvegarde, d’un autre éditeur, fonctionnant en parallèle
q-backup-needs-option-second-tool-feedback = Pas nécessaire. Un second outil peut se justifier face à certains risques, mais sans responsable, sans procédure et sans test de restauration, il aurait la même faiblesse.
q-backup-needs-option-keep-forever = La conservation de toutes les copies sans limite de durée, quelles que soient les données
q-backup-needs-option-keep-forever-feedback = Non. La durée de conservation se décide dans la procédure ; tout garder indéfiniment augmente les coûts et peut contrevenir aux obligations de protection des données personnelles.

q-cia-balance = Un cabinet d’avocats chiffre ses dossiers avec une clé que seul l’associé principal détient. Pendant ses trois semaines de congé, personne ne peut ouvrir le dossier d’un client dont l’audience a lieu le lendemain. Que révèle cette situation ?
q-cia-balance-explanation = Les trois propriétés peuvent entrer en tension. Verrouiller les dossiers sert la confidentialité, mais prive ici des collaborateurs autorisés de l’information au moment où ils en ont besoin : c’est une atteinte à la disponibilité. Choisir des mesures, c’est trouver l’équilibre qui convient à l’activité, par exemple une procédure d’accès de secours encadrée, journalisée et contrôlée après coup.
q-cia-balance-option-trade-off = La confidentialité a été renforcée au détriment de la disponibilité : il faut rééquilibrer les mesures
q-cia-balance-option-trade-off-feedback = Exact. La mesure fonctionne comme prévu, mais elle prive des utilisateurs légitimes de l’information quand ils en ont besoin.
q-cia-balance-option-integrity-loss = Les dossiers ont perdu leur intégrité, puisque les collaborateurs ne peuvent pas les consulter en entier
q-cia-balance-option-integrity-loss-feedback = Non. Les dossiers restent exacts et complets ; le problème, c’est que les personnes autorisées ne peuvent pas y accéder.
q-cia-balance-option-confidentiality-breach = La confidentialité est compromise, puisque la clé est restée entre les mains d’une seule personne
q-cia-balance-option-confidentiality-breach-feedback = Non. Aucune personne non autorisée n’a eu accès aux dossiers : la mesure s’applique exactement comme prévu, et c’est bien là le problème.
q-cia-balance-option-no-issue = Rien d’anormal : plus l’accès est restreint, mieux l’information est protégée
q-cia-balance-option-no-issue-feedback = Non. La sécurité de l’information préserve les trois propriétés ; une mesure qui bloque un usage légitime porte atteinte à la disponibilité.

q-treatment-options = Une boutique en ligne régionale a apprécié ses risques et consigné une décision de traitement pour plusieurs d’entre eux. Rangez chaque décision sous l’option de traitement qu’elle traduit.
q-treatment-options-explanation = Une mesure qui rend un risque moins probable ou moins grave le modifie. Conserver un risque en connaissance de cause, décision consignée, revient à le maintenir. Renoncer à l’activité qui l’engendre, c’est l’éviter. L’assurance partage les conséquences financières avec un tiers, même si la boutique reste comptable du risque lui-même. Quelle que soit l’option, les propriétaires des risques approuvent le plan de traitement et acceptent les risques résiduels.
q-treatment-options-category-modify = Modifier (réduire)
q-treatment-options-category-retain = Maintenir (accepter)
q-treatment-options-category-avoid = Éviter
q-treatment-options-category-share = Partager (transférer)
q-treatment-options-item-mfa = Activer l’authentification multifacteur pour l’accès à distance du personnel, afin de rendre moins probable la prise de contrôle d’un compte
q-treatment-options-item-encrypt-laptops = Chiffrer les ordinateurs portables, pour qu’un appareil égaré n’expose plus les fichiers clients
q-treatment-options-item-tolerate-outage = Conserver, en connaissance de cause et par une décision consignée, le risque de courtes interruptions de l’intranet du personnel
q-treatment-options-item-drop-feature = Abandonner un projet de fonction permettant aux clients de déposer leurs pièces d’identité, faute de pouvoir ramener le risque à un niveau acceptable
q-treatment-options-item-insurance = Souscrire une assurance cyber couvrant le coût d’une violation de données

q-soa-record = Quel document d’un SMSI conforme à l’ISO/IEC 27001 consigne les mesures retenues et la justification de toute mesure de l’annexe A qui a été écartée ?
q-soa-record-explanation = La déclaration d’applicabilité (DdA). Elle recense les mesures nécessaires, la raison de leur présence et leur état de mise en œuvre, et justifie chaque mesure de l’annexe A exclue. Les auditeurs la lisent de près, car elle montre comment l’appréciation des risques s’est traduite en mesures.

q-residual-risk = Vrai ou faux ? Une fois les mesures de sécurité en place, un risque traité a disparu : il ne reste rien à accepter.
q-residual-risk-explanation = Faux. Les mesures réduisent un risque mais le suppriment rarement. Ce qui subsiste est le risque résiduel, que les propriétaires des risques acceptent explicitement en approuvant le plan de traitement. Si ce niveau résiduel reste trop élevé, le traitement est revu.
