title = Mesures technologiques (8.1–8.34)
summary = Les 34 mesures technologiques de l’ISO/IEC 27002:2022 en pratique : terminaux et accès, vulnérabilités et configurations, sauvegarde, journalisation et surveillance, réseaux et cryptographie, développement sécurisé, avec les preuves attendues par les auditeurs et la manière dont les mesures s’articulent.

q-phishing-resistant = Les administrateurs d’une mutuelle gèrent ses services en nuage depuis une console accessible par internet. Quel mode de connexion répond le mieux à la mesure 8.5, authentification sécurisée, pour ces comptes ?
q-phishing-resistant-explanation = Une clé FIDO2 est liée au site authentique : une fausse page de connexion ne peut pas la relayer, et elle apporte un second facteur impossible à deviner. Le code par SMS et la notification à approuver sont de vrais seconds facteurs, mais ils peuvent être hameçonnés, relayés ou validés par un utilisateur excédé ; un long mot de passe, même souvent changé, reste un facteur unique.
q-phishing-resistant-option-fido2-key = Un mot de passe et une clé de sécurité FIDO2
q-phishing-resistant-option-fido2-key-feedback = Exact : un second facteur résistant à l’hameçonnage convient aux comptes les plus puissants.
q-phishing-resistant-option-sms-code = Un mot de passe et un code à usage unique reçu par SMS
q-phishing-resistant-option-sms-code-feedback = Mieux qu’un mot de passe seul, mais un code SMS peut être capté par une fausse page ou détourné par un échange frauduleux de carte SIM.
q-phishing-resistant-option-push-approval = Un mot de passe et une notification à approuver sur le téléphone
q-phishing-resistant-option-push-approval-feedback = Pas le meilleur choix : les simples notifications favorisent la lassitude MFA, où l’utilisateur harcelé finit par accepter.
q-phishing-resistant-option-long-password = Un mot de passe de 20 caractères changé tous les 30 jours
q-phishing-resistant-option-long-password-feedback = Non : ni la longueur ni le renouvellement n’empêchent l’hameçonnage ou la réutilisation ; cela reste un facteur unique.

q-privileged-evidence = Une collectivité doit convaincre son auditeur que la mesure 8.2, droits d’accès privilégiés, est appliquée dans les faits. Quels enregistrements doit-elle produire ? Plusieurs réponses sont possibles.
q-privileged-evidence-explanation = Les preuves de fonctionnement naissent du processus lui-même : liste des comptes à privilèges avec titulaires et approbations, comptes rendus des revues périodiques et de ce qu’elles ont changé, journaux des élévations et des sessions à privilèges. Une politique montre une intention, pas un fonctionnement, et une capture d’écran des membres d’un groupe montre qui a des droits aujourd’hui, ni pourquoi ni si quelqu’un l’a vérifié.
q-privileged-evidence-option-account-list = La liste des comptes à privilèges, chacun avec un titulaire nommé, une approbation et une date
q-privileged-evidence-option-review-records = Les comptes rendus signés des dernières revues des groupes d’administration, avec les retraits qui en ont découlé
q-privileged-evidence-option-session-logs = Les journaux des demandes d’élévation et des sessions à privilèges, indiquant qui a fait quoi et quand
q-privileged-evidence-option-policy-only = La politique de contrôle d’accès, selon laquelle les privilèges ne sont accordés qu’en cas de besoin
q-privileged-evidence-option-policy-only-feedback = Une politique est nécessaire, mais elle dit ce qui devrait se passer, pas ce qui se passe.
q-privileged-evidence-option-group-screenshot = Une capture d’écran montrant que tous les administrateurs appartiennent à un seul groupe « Admins informatique »
q-privileged-evidence-option-group-screenshot-feedback = Elle ne montre que l’appartenance actuelle, sans justification ni revue, et un groupe unique et indifférencié est déjà un signal d’alerte.

q-byod-scope = Vrai ou faux ? La tablette personnelle d’une commerciale, qui lui sert seulement à consulter sa messagerie professionnelle, échappe à la mesure 8.1 (terminaux finaux des utilisateurs), puisqu’elle n’appartient pas à l’organisme.
q-byod-scope-explanation = Faux. La propriété de l’appareil ne détermine pas le champ de la mesure 8.1 : un appareil personnel qui contient ou ouvre des informations de l’organisme en fait partie. Pour les appareils personnels, les organismes exigent en général un conteneur professionnel protégé ou limitent l’accès au navigateur, et conservent la possibilité d’effacer les données de l’entreprise.

q-vuln-cycle = Vous décrivez à un nouvel administrateur le processus de gestion des vulnérabilités techniques (8.8). Dans quel ordre les étapes s’enchaînent-elles, en partant de celle dont dépendent toutes les autres ?
q-vuln-cycle-explanation = Il faut d’abord savoir ce que l’on exploite, puis apprendre quelles faiblesses l’affectent, les classer selon la gravité, l’exposition et l’exploitation active, les corriger ou les atténuer, et enfin vérifier l’efficacité de la correction et rendre compte du respect des délais.
q-vuln-cycle-item-inventory = Tenir l’inventaire des systèmes, des versions logicielles et de leurs propriétaires
q-vuln-cycle-item-identify = Recueillir les informations sur les vulnérabilités : analyses, bulletins, fournisseurs
q-vuln-cycle-item-prioritise = Classer les résultats selon la gravité, l’exposition et les signes d’exploitation
q-vuln-cycle-item-remediate = Corriger, ou atténuer en faisant accepter formellement le risque résiduel
q-vuln-cycle-item-verify = Analyser à nouveau, clore le ticket et rendre compte des délais tenus

q-drift = Lors de la réinstallation d’un serveur de paie, un paramètre de durcissement a disparu, et personne ne s’en est aperçu pendant des mois, alors que chaque modification du serveur était passée par le processus de changement. Quelle mesure comble le plus directement cette lacune ?
q-drift-explanation = La mesure 8.9, gestion des configurations, demande une configuration sécurisée de référence et la comparaison régulière des systèmes en service avec elle : le paramètre manquant apparaît alors comme une dérive. La gestion des changements retrace l’évolution d’un système, mais sans référence elle ne peut pas révéler qu’un paramètre n’a jamais été appliqué.
q-drift-option-configuration = 8.9 Gestion des configurations
q-drift-option-configuration-feedback = Exact : une référence consignée et la détection des dérives auraient signalé le paramètre manquant.
q-drift-option-change = 8.32 Gestion des changements
q-drift-option-change-feedback = Tentant, mais chaque changement était déjà maîtrisé ; ce qui manque, c’est une référence à laquelle comparer le serveur.
q-drift-option-installation = 8.19 Installation de logiciels sur des systèmes en exploitation
q-drift-option-installation-feedback = Non : le problème porte sur un paramètre, pas sur un logiciel installé.
q-drift-option-vulnerabilities = 8.8 Gestion des vulnérabilités techniques
q-drift-option-vulnerabilities-feedback = Pas la plus directe : un outil d’analyse repérerait peut-être certains réglages faibles, mais définir et surveiller les configurations sécurisées est l’objet même de la 8.9.

q-pseudonymised = Vrai ou faux ? Dès lors que le nom des patients a été remplacé par un pseudonyme au titre de la mesure 8.11 (masquage des données), le jeu de données ne relève plus du RGPD et n’appelle plus aucune protection.
q-pseudonymised-explanation = Faux. Des données pseudonymisées peuvent être rattachées aux personnes à l’aide d’informations complémentaires, comme la clé de correspondance : pour l’organisme qui détient ces informations ou peut les obtenir, le RGPD les considère toujours comme des données personnelles. Le masquage réduit l’exposition, mais le contrôle d’accès, la limitation de la conservation et la protection de la clé de ré-identification restent nécessaires. Seules des données réellement anonymisées sortent du champ du RGPD.

q-operations-match = Associez chaque pratique à la mesure qu’elle met en œuvre.
q-operations-match-explanation = Anticiper la croissance du stockage du serveur de journaux relève du dimensionnement (8.6) ; bloquer les macros venues d’internet protège contre les programmes malveillants (8.7) ; encadrer qui installe quoi sur les serveurs de production relève de la 8.19 ; évaluer et faire approuver une montée de version avant de la réaliser relève de la gestion des changements (8.32).
q-operations-match-left-log-storage = Anticiper la croissance du stockage pour que le serveur de journaux ne soit jamais saturé
q-operations-match-left-macros = Bloquer les macros des documents téléchargés depuis internet
q-operations-match-left-server-catalogue = Seuls les administrateurs installent des applications sur les serveurs de production, à partir d’un catalogue approuvé
q-operations-match-left-upgrade-approval = Évaluer l’impact d’une montée de version de la base de données et la faire approuver avant le week-end
q-operations-match-right-capacity = 8.6 Dimensionnement
q-operations-match-right-malware = 8.7 Protection contre les programmes malveillants
q-operations-match-right-installation = 8.19 Installation de logiciels sur des systèmes en exploitation
q-operations-match-right-change = 8.32 Gestion des changements

q-continuity-sort = Une collectivité territoriale recense les mesures de son programme de résilience et de détection. Rangez chacune sous la mesure à laquelle elle se rattache.
q-continuity-sort-explanation = Les copies qui permettent de revenir en arrière, copie hebdomadaire immuable ou export nocturne des données d’un service SaaS, relèvent de la sauvegarde (8.13). Une seconde liaison internet et une grappe répartie sur deux sites maintiennent le service malgré une panne : c’est la redondance (8.14). Enregistrer les modifications faites par les administrateurs et conserver pendant une durée fixée les journaux de connexion au VPN relève de la journalisation (8.15). Alerter sur des connexions géographiquement impossibles et sur un trafic sortant inhabituel relève de la surveillance (8.16).
q-continuity-sort-category-backup = 8.13 Sauvegarde des informations
q-continuity-sort-category-redundancy = 8.14 Redondance des moyens de traitement de l’information
q-continuity-sort-category-logging = 8.15 Journalisation
q-continuity-sort-category-monitoring = 8.16 Activités de surveillance
q-continuity-sort-item-immutable-copy = Conserver chaque semaine une copie sur un stockage immuable situé dans une autre région
q-continuity-sort-item-saas-export = Exporter chaque nuit le contenu du logiciel de gestion des usagers, dont le fournisseur ne sait pas restaurer les fiches supprimées
q-continuity-sort-item-second-link = Ajouter à l’hôtel de ville une seconde liaison internet chez un autre opérateur
q-continuity-sort-item-cluster = Exploiter la base de données des paiements en grappe répartie sur deux centres de données
q-continuity-sort-item-admin-changes = Enregistrer toute modification apportée aux comptes utilisateurs par les administrateurs
q-continuity-sort-item-vpn-retention = Conserver douze mois les journaux de connexion au VPN, puis les supprimer
q-continuity-sort-item-impossible-travel = Alerter lorsqu’un même compte se connecte depuis deux pays éloignés en moins d’une heure
q-continuity-sort-item-traffic-baseline = Comparer le trafic sortant à son volume habituel et examiner chaque pic

q-three-two-one = Un cabinet d’expertise comptable compare plusieurs schémas de sauvegarde. Lequel respecte la règle 3-2-1 ?
q-three-two-one-explanation = La règle 3-2-1 demande au moins trois copies des données, sur deux types de stockage différents, dont une hors site. Les données de production, un serveur de sauvegarde local et une copie en nuage dans une autre région remplissent les trois conditions. Des copies dans le même serveur ou la même salle subissent le même sinistre, et la réplication en temps réel ne donne que deux copies, qui reçoivent en même temps une suppression ou un chiffrement.
q-three-two-one-option-appliance-and-cloud = Les données de production, une copie sur un serveur de sauvegarde local et une copie dans un stockage en nuage situé dans une autre région
q-three-two-one-option-appliance-and-cloud-feedback = Exact : trois copies, deux types de stockage, une hors site.
q-three-two-one-option-same-server = Les données de production sur des disques en miroir, plus une copie nocturne sur un autre disque du même serveur
q-three-two-one-option-same-server-feedback = Non : un miroir n’est pas une sauvegarde, et rien ne quitte le serveur ; un incendie ou un rançongiciel emporte tout.
q-three-two-one-option-same-room = Trois copies sur trois baies de stockage installées dans la même salle
q-three-two-one-option-same-room-feedback = Non : il y a bien trois copies, mais sur un seul type de stockage et sans copie hors site.
q-three-two-one-option-replication-only = Les données de production répliquées en temps réel vers un second centre de données
q-three-two-one-option-replication-only-feedback = Non : c’est de la redondance (8.14). Il n’y a que deux copies, et la réplication reproduit fidèlement suppressions et chiffrement.

q-log-evidence = Une enquête interne porte sur les agissements d’un administrateur. Quelles dispositions permettent aux journaux de faire foi ? Plusieurs réponses sont possibles.
q-log-evidence-explanation = Les journaux sont crédibles lorsque les personnes dont ils retracent les actions ne peuvent pas les altérer : ils quittent rapidement la source pour un stockage central, leur intégrité est protégée et vérifiable, et l’accès à ce stockage est restreint et lui-même journalisé. Des journaux locaux sont précisément ce qu’un administrateur indélicat peut modifier, et tout garder indéfiniment ajoute coûts et risques pour la vie privée sans rien ajouter à la crédibilité.
q-log-evidence-option-central-store = Transmettre rapidement les journaux à un stockage central que les administrateurs des systèmes sources ne peuvent pas modifier
q-log-evidence-option-integrity = Protéger les journaux conservés par un stockage non réinscriptible ou par des contrôles d’intégrité, comme des empreintes
q-log-evidence-option-restricted-access = Restreindre l’accès au stockage des journaux et journaliser cet accès lui-même
q-log-evidence-option-local-only = Conserver les journaux sur chaque serveur, où les administrateurs les consultent facilement
q-log-evidence-option-local-only-feedback = Non : l’administrateur mis en cause pourrait les modifier ou les effacer.
q-log-evidence-option-keep-everything = Régler tous les systèmes au niveau de détail maximal et tout conserver sans limite de durée
q-log-evidence-option-keep-everything-feedback = Non : le volume ne fait pas la crédibilité, et une conservation illimitée se heurte aux règles de protection de la vie privée.

q-clock-control = Lors d’une enquête, l’horodatage du boîtier VPN diffère de plusieurs minutes de celui des serveurs, si bien que l’on ne parvient pas à ordonner les événements. Quelle mesure de l’ISO/IEC 27002:2022 traite ce problème ? Indiquez son numéro.
q-clock-control-explanation = La mesure 8.17, synchronisation des horloges : tous les systèmes prennent l’heure d’une même référence, afin que les événements de sources différentes puissent être rapprochés et qu’une chronologie résiste à la contestation. La mesure 8.15 enregistre les événements, mais c’est la 8.17 qui rend leurs horodatages comparables.

q-network-match = Associez chaque disposition à la mesure qu’elle met en œuvre.
q-network-match-explanation = Tenir les visiteurs à l’écart des serveurs internes relève du cloisonnement (8.22) ; inscrire des fonctions de sécurité et la notification des incidents dans le contrat d’un opérateur relève des services réseau (8.21) ; n’administrer les équipements réseau que depuis un réseau d’administration sécurise le réseau lui-même (8.20) ; bloquer les domaines récemment enregistrés relève du filtrage web (8.23).
q-network-match-left-guest-wifi = Le Wi-Fi des visiteurs donne accès à internet, mais à aucun serveur interne
q-network-match-left-provider-contract = Le contrat de l’opérateur internet précise sa protection contre les dénis de service et la façon dont il signale les incidents
q-network-match-left-management-network = Commutateurs et pare-feu ne s’administrent que depuis un réseau d’administration dédié
q-network-match-left-new-domains = Les portables ne peuvent pas ouvrir les sites dont le domaine a été enregistré ces derniers jours
q-network-match-right-segregation = 8.22 Cloisonnement des réseaux
q-network-match-right-network-services = 8.21 Sécurité des services réseau
q-network-match-right-networks-security = 8.20 Sécurité des réseaux
q-network-match-right-web-filtering = 8.23 Filtrage web

q-key-management-place = Vrai ou faux ? En passant de l’édition 2013 à l’édition 2022, la gestion des clés cryptographiques a conservé une mesure propre, distincte de la 8.24 (utilisation de la cryptographie).
q-key-management-place-explanation = Faux. L’édition 2013 comportait une mesure propre à la gestion des clés ; l’édition 2022 l’a intégrée à la 8.24, dont les recommandations couvrent toute la vie des clés. Chiffrement et gestion des clés forment une seule mesure, car l’un ne fonctionne pas sans l’autre.

q-crypto-evidence = Lors d’un audit, un RSSI doit démontrer que la mesure 8.24 (utilisation de la cryptographie) fonctionne au quotidien, et pas seulement sur le papier. Quelle pièce est la plus probante ?
q-crypto-evidence-explanation = Un inventaire des clés et certificats avec responsables et dates d’expiration, accompagné des enregistrements des derniers renouvellements, n’existe que si la gestion des clés fonctionne. Une politique exprime une intention, une fiche technique décrit ce qu’un produit sait faire, et un test d’intrusion sans résultat critique renseigne peu sur la gestion des clés.
q-crypto-evidence-option-key-inventory = L’inventaire des clés et certificats, avec responsables et dates d’expiration, et les enregistrements des derniers renouvellements
q-crypto-evidence-option-key-inventory-feedback = Exact : ces enregistrements n’existent que si la gestion des clés fonctionne réellement.
q-crypto-evidence-option-policy-statement = Une politique exigeant que toutes les données sensibles soient fortement chiffrées
q-crypto-evidence-option-policy-statement-feedback = Nécessaire, mais une politique montre une intention, pas un fonctionnement.
q-crypto-evidence-option-vendor-datasheet = La fiche technique du fabricant de la baie de stockage confirmant la prise en charge d’AES-256
q-crypto-evidence-option-vendor-datasheet-feedback = Non : qu’un algorithme soit disponible ne dit ni s’il est activé ni comment ses clés sont gérées.
q-crypto-evidence-option-pentest-report = Un rapport de test d’intrusion sans vulnérabilité critique
q-crypto-evidence-option-pentest-report-feedback = Non : un test d’intrusion peut effleurer le chiffrement en transit, mais il ne montre pas comment les clés sont générées, stockées, renouvelées ou révoquées.

q-test-data = Pour tester un nouveau module de facturation, l’équipe de recette réclame une copie de la base clients de production. Quelle réponse s’accorde le mieux avec la mesure 8.33 (informations de test) ?
q-test-data-explanation = Les données masquées ou fictives doivent être la règle. Lorsque des données réelles sont vraiment nécessaires, chaque copie est autorisée, protégée aussi strictement que la production, journalisée et supprimée à la fin du test. Se trouver derrière le pare-feu ou signer un engagement ne réduit pas l’exposition, et une interdiction absolue va au-delà de la mesure et pousse les équipes à la contourner.
q-test-data-option-masked-or-controlled = Utiliser des données masquées ou fictives ; si des données réelles sont indispensables, autoriser la copie, la protéger comme la production, journaliser son usage et la supprimer ensuite
q-test-data-option-masked-or-controlled-feedback = Exact : l’exposition est limitée, tout en laissant place à des exceptions justifiées.
q-test-data-option-internal-network = La copier telle quelle, puisque l’environnement de test est interne et protégé par le pare-feu
q-test-data-option-internal-network-feedback = Non : les environnements de test sont souvent moins bien protégés que la production, et le pare-feu ne change rien à qui, en interne, peut lire les données.
q-test-data-option-confidentiality-agreement = La copier telle quelle, à condition que chaque testeur signe un engagement de confidentialité
q-test-data-option-confidentiality-agreement-feedback = Non : un engagement vise les personnes, pas l’exposition technique d’une copie complète des données clients.
q-test-data-option-never-allowed = Refuser dans tous les cas, puisque la mesure interdit toute utilisation de données de production pour les tests
q-test-data-option-never-allowed-feedback = Trop strict : les données de production peuvent être utilisées sous conditions strictes ; les données masquées ou fictives sont préférables, pas obligatoires dans tous les cas.

q-outsourced-contract = Une collectivité confie à un prestataire le développement de son portail des usagers. Au titre de la mesure 8.30 (développement externalisé), que doivent prévoir le contrat et le suivi ? Plusieurs réponses sont possibles.
q-outsourced-contract-explanation = La collectivité fixe des exigences de conception et de codage sécurisés et demande les preuves des tests, se réserve le droit de tester et d’auditer, et convient de délais de correction. La responsabilité de la sécurité du portail ne se délègue pas au prestataire, et la recette reste entre les mains de la collectivité.
q-outsourced-contract-option-secure-practices = Des exigences de conception et de codage sécurisés, et les preuves des tests de sécurité du prestataire
q-outsourced-contract-option-right-to-test = Le droit pour la collectivité de tester le code et d’auditer les pratiques de développement du prestataire
q-outsourced-contract-option-fix-deadlines = Des délais de correction des vulnérabilités découvertes avant et après la mise en service
q-outsourced-contract-option-transfer-accountability = Une clause transférant au prestataire la responsabilité de la sécurité du portail
q-outsourced-contract-option-transfer-accountability-feedback = Non : on peut externaliser le travail, pas la responsabilité ; la collectivité répond toujours du portail.
q-outsourced-contract-option-skip-acceptance = Renoncer à la recette, puisque le prestataire teste lui-même son code
q-outsourced-contract-option-skip-acceptance-feedback = Non : la collectivité vérifie ce qu’elle reçoit au regard de ses propres exigences avant la mise en service.

q-yearly-pentest = Interrogé sur la mesure 8.29 (tests de sécurité dans le développement et l’acceptation), le responsable d’une application de prise de rendez-vous présente pour toute preuve le rapport du test d’intrusion annuel du site en production. Quelle est la principale lacune ?
q-yearly-pentest-explanation = La mesure 8.29 attend des tests de sécurité pendant le développement et une recette confrontant chaque version aux exigences de sécurité avant sa mise en service. Un test annuel du site en production reste utile, mais il intervient après les mises en production et ne vérifie ni les exigences ni chaque modification.
q-yearly-pentest-option-no-lifecycle-testing = Les modifications ne sont ni testées pendant le développement ni validées selon des critères de sécurité avant leur mise en production
q-yearly-pentest-option-no-lifecycle-testing-feedback = Exact : la mesure porte sur les tests au sein du cycle de vie, pas sur un test annuel après coup.
q-yearly-pentest-option-certified-tester = Le test doit être réalisé par un organisme de certification accrédité
q-yearly-pentest-option-certified-tester-feedback = Non : la mesure n’impose pas de faire tester par un organisme de certification ; ce qui compte, c’est la compétence et l’indépendance des testeurs.
q-yearly-pentest-option-never-production = Un test d’intrusion ne doit jamais viser la production
q-yearly-pentest-option-never-production-feedback = Non : tester la production est possible si le test est planifié et convenu pour ne pas perturber le service (8.34).
q-yearly-pentest-option-frequency = Le test devrait être trimestriel plutôt qu’annuel
q-yearly-pentest-option-frequency-feedback = Ce n’est pas l’essentiel : des tests plus fréquents du site en production laisseraient toujours sans test les phases de développement et de recette.

q-developer-production = Vrai ou faux ? Une équipe respecte la mesure 8.31 (séparation des environnements de développement, de test et de production) même si ses développeurs gardent des droits d’administration permanents en production, pourvu que chacune de leurs actions soit journalisée.
q-developer-production-explanation = Faux. La journalisation retrace un abus sans l’empêcher. La séparation signifie que les développeurs travaillent dans leurs propres environnements, que les modifications atteignent la production par un chemin maîtrisé, et que tout accès à la production nécessaire au support est accordé temporairement et sous surveillance.

q-audit-testing = Un auditeur interne veut exécuter des requêtes sur la base de paie en service. Le DSI exige que le périmètre, les horaires et un compte en lecture seule soient convenus au préalable, pour que l’audit ne perturbe pas la paie. Quelle mesure de l’ISO/IEC 27002:2022 applique-t-il ? Indiquez son numéro.
q-audit-testing-explanation = La mesure 8.34, protection des systèmes d’information pendant les tests d’audit : celui qui teste un système en service convient au préalable du périmètre, des accès et des horaires avec ceux qui l’exploitent, pour que l’évaluation ne perturbe pas l’activité. Comptes limités, heures creuses et surveillance des actions du testeur en sont les modalités habituelles.
