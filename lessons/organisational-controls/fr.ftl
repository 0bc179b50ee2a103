title = Mesures organisationnelles (5.1 à 5.37)
summary = Les 37 mesures organisationnelles de l’ISO/IEC 27002:2022 regroupées par thème : politiques, rôles et actifs ; accès, fournisseurs et services en nuage ; incidents et continuité ; conformité. Pour chaque groupe, comment les équipes les mettent en œuvre, comment elles s’articulent et quelles preuves un auditeur attend.

q-segregation = Dans une entreprise, le même gestionnaire des achats peut créer un fournisseur dans le progiciel, saisir son RIB et valider les virements qui lui sont destinés. Quelle mesure est la plus directement en cause ?
q-segregation-explanation = La 5.3, séparation des tâches : créer un fournisseur avec ses coordonnées bancaires et valider ses paiements sont des tâches incompatibles, puisque leur cumul permet à une seule personne de détourner des fonds et de le dissimuler. La 5.18, droits d’accès, sert à appliquer la correction, mais la faiblesse tient au cumul des fonctions, non à la manière dont les droits ont été attribués.
q-segregation-option-c53 = 5.3 Séparation des tâches
q-segregation-option-c53-feedback = Exact : ces deux tâches sont incompatibles et doivent être séparées, ou compensées par un contrôle indépendant.
q-segregation-option-c518 = 5.18 Droits d’accès
q-segregation-option-c518-feedback = Tentant, puisque ce sont les droits qui le permettent. Mais ils ont pu être attribués en bonne et due forme : le problème est qu’une même fonction cumule deux tâches incompatibles.
q-segregation-option-c82 = 8.2 Droits d’accès privilégiés
q-segregation-option-c82-feedback = Non : il ne s’agit pas de privilèges d’administration, mais de droits métier ordinaires.
q-segregation-option-c54 = 5.4 Responsabilités de la direction
q-segregation-option-c54-feedback = L’encadrement aurait dû s’en apercevoir, mais la mesure qui traite du cumul des tâches est la 5.3.

q-threat-feeds = Vrai ou faux ? Un organisme abonné à deux flux commerciaux de renseignement sur les menaces, reçus dans une boîte aux lettres partagée de l’équipe sécurité, a mis en œuvre la mesure 5.7.
q-threat-feeds-explanation = Faux. Recevoir de l’information n’est qu’un point de départ : la 5.7 consiste à analyser ce qui concerne réellement l’organisme et à en tirer des actions. L’auditeur demandera ce que le renseignement a changé, qu’il s’agisse d’une règle de détection, d’un correctif avancé ou d’un risque réévalué. Un flux que personne ne lit est l’échec le plus courant.

q-asset-chain = Reliez chaque mesure à la pratique qui la met en œuvre.
q-asset-chain-explanation = La 5.9 recense les informations et actifs associés avec leurs propriétaires ; la 5.11 les récupère lors d’un départ ou d’une mobilité ; la 5.12 fixe le niveau de protection ; la 5.13 rend ce niveau visible ; la 5.14 encadre la transmission de l’information, quel que soit le canal.
q-asset-chain-left-c59 = 5.9 Inventaire des informations et autres actifs associés
q-asset-chain-left-c511 = 5.11 Restitution des actifs
q-asset-chain-left-c512 = 5.12 Classification des informations
q-asset-chain-left-c513 = 5.13 Marquage des informations
q-asset-chain-left-c514 = 5.14 Transfert des informations
q-asset-chain-right-register = Une liste des informations et actifs associés, chacun avec son propriétaire
q-asset-chain-right-recover = Récupérer ordinateur, badge et données quand une personne part ou change de poste
q-asset-chain-right-levels = Déterminer le niveau de protection dont chaque information a besoin
q-asset-chain-right-marking = Faire apparaître ce niveau sur les documents, les courriels et les métadonnées des fichiers
q-asset-chain-right-channels = Des règles et accords pour transmettre l’information par courriel, échange de fichiers, support physique ou oralement

q-authorities = Une collectivité territoriale subit une attaque par rançongiciel un samedi soir. Dans le guide de crise, le responsable d’astreinte trouve aussitôt les interlocuteurs à joindre à la CNIL, à la gendarmerie et à l’ANSSI, ainsi que le délai applicable à chacun. Quelle mesure de l’édition 2022 demande d’établir ces relations à l’avance ? Répondez par son numéro.
q-authorities-explanation = La 5.5, contacts avec les autorités : l’organisme décide à l’avance qui contacte quelle autorité, dans quelles circonstances et dans quel délai. La 5.6 vise les groupes d’intérêt spécifiques, comme les clubs sectoriels, et la 5.24 prépare la gestion des incidents dans son ensemble.

q-policy-set = Parmi ces caractéristiques, lesquelles correspondent à ce qu’attend la mesure 5.1 en matière de politiques de sécurité de l’information ? Plusieurs réponses sont possibles.
q-policy-set-explanation = La 5.1 attend une politique générale approuvée par la direction, des politiques thématiques lorsqu’elles sont utiles, et des réexamens quand l’organisme, ses risques ou ses obligations changent. Rien n’impose un document unique, et les politiques relèvent de la direction, pas d’un livrable informatique.
q-policy-set-option-management-approval = Une politique générale approuvée par la direction
q-policy-set-option-topic-specific = Des politiques thématiques, sur le contrôle d’accès ou la sauvegarde par exemple, qui déclinent la politique générale
q-policy-set-option-review-on-change = Un réexamen lorsque l’organisme, ses risques ou ses obligations évoluent, et pas seulement avant un audit
q-policy-set-option-single-document = Un document unique rassemblant toutes les règles, pour ne rien oublier
q-policy-set-option-single-document-feedback = Non : une politique générale courte, déclinée en politiques thématiques, est la structure habituelle et attendue.
q-policy-set-option-it-owned = Des politiques rédigées et détenues par la DSI, la sécurité étant une affaire technique
q-policy-set-option-it-owned-feedback = Non : les politiques sont approuvées par la direction et portées par les fonctions que désigne la 5.2, souvent hors de la DSI.

q-cloud-control = Un cabinet d’architectes abandonne son serveur de fichiers pour une solution de partage en mode SaaS. Il cherche la mesure qui encadre le choix du prestataire, la répartition de ce que chacun paramètre et protège, et la manière d’en sortir un jour. De quelle mesure de 2022 s’agit-il ? Répondez par son numéro.
q-cloud-control-explanation = La 5.23, sécurité de l’information dans l’utilisation de services en nuage, l’une des trois mesures organisationnelles apparues en 2022, accompagne l’organisme client pendant toute la relation, sortie comprise. Les mesures 5.19 à 5.22 continuent de s’appliquer au prestataire en tant que fournisseur.

q-supplier-stages = Remettez dans l’ordre les étapes d’une relation fournisseur bien conduite.
q-supplier-stages-explanation = On détermine d’abord la criticité du fournisseur et les exigences qui en découlent, puis on évalue le candidat, on inscrit les exigences au contrat (5.20), on suit le service et ses évolutions (5.22) et l’on organise enfin la sortie. Évaluer avant de classer gaspille des efforts sur des fournisseurs sans enjeu.
q-supplier-stages-item-tier = Classer le fournisseur selon les données et systèmes auxquels il aura accès, et fixer les exigences de ce niveau
q-supplier-stages-item-assess = Évaluer la sécurité du candidat : questionnaire, certificats et leur périmètre
q-supplier-stages-item-contract = Signer un contrat comportant des clauses de sécurité : notification des incidents, audit, sous-traitance
q-supplier-stages-item-monitor = Examiner périodiquement les rapports d’assurance du fournisseur et les évolutions de son service
q-supplier-stages-item-exit = Récupérer les données, retirer les accès et obtenir la confirmation de la suppression en fin de contrat

q-access-evidence = Pour préparer l’audit de certification, une responsable de la conformité rassemble les pièces montrant que la gestion des droits d’accès (5.18) fonctionne au quotidien. Lesquelles doit-elle retenir ? Plusieurs réponses sont possibles.
q-access-evidence-explanation = Des demandes approuvées, des revues ayant abouti à des retraits et le délai mesuré entre un départ et la désactivation du compte montrent que les droits sont effectivement attribués, contrôlés et retirés. La politique relève de la 5.15 et exprime une intention, pas un fonctionnement ; une extraction non revue décrit un état, pas une gestion.
q-access-evidence-option-approved-tickets = Des demandes d’accès portant l’approbation consignée du propriétaire de l’information
q-access-evidence-option-review-with-removals = Une revue trimestrielle listant les droits retirés et la date de chaque retrait
q-access-evidence-option-leaver-timeliness = Un indicateur du délai entre la date de départ et la désactivation des comptes
q-access-evidence-option-policy-only = La politique de contrôle d’accès, approuvée l’an dernier
q-access-evidence-option-policy-only-feedback = Indispensable, mais c’est une preuve pour la 5.15 : elle dit ce qui devrait se passer, pas ce qui se passe.
q-access-evidence-option-raw-export = Une extraction de tous les comptes actifs, sans visa
q-access-evidence-option-raw-export-feedback = Une liste de comptes est la matière première d’une revue, pas la preuve qu’elle a eu lieu.

q-saas-certificate = Vrai ou faux ? Lorsqu’un prestataire SaaS est certifié ISO/IEC 27001, son certificat couvre aussi la façon dont le client a paramétré les comptes de ses utilisateurs et les règles de partage dans le service.
q-saas-certificate-explanation = Faux. Le certificat du prestataire porte sur son propre SMSI, dans le périmètre qui y est indiqué. Le client reste responsable de ce qu’il paramètre : identités, partage, options de chiffrement, journalisation. C’est précisément ce partage des responsabilités que la 5.23 demande au client d’expliciter.

q-flow-down = Un hôpital confie l’infogérance de son système d’information à un prestataire, qui s’appuie lui-même sur deux sous-traitants pour l’hébergement et la sauvegarde. L’hôpital veut que le prestataire leur impose des exigences de sécurité équivalentes et sache d’où proviennent les composants des services fournis. Quelle mesure traite le plus précisément de cette préoccupation ?
q-flow-down-explanation = La 5.21, gestion de la sécurité de l’information dans la chaîne d’approvisionnement TIC, porte au-delà du fournisseur direct, sur ses sous-traitants et ses composants. La 5.19 fixe la démarche générale envers les fournisseurs, la 5.22 suit le service dans la durée, et la 5.23 concerne l’utilisation de services en nuage.
q-flow-down-option-c521 = 5.21 Gestion de la sécurité de l’information dans la chaîne d’approvisionnement TIC
q-flow-down-option-c521-feedback = Exact : répercuter les exigences le long de la chaîne et connaître l’origine des composants, c’est le cœur de la 5.21.
q-flow-down-option-c519 = 5.19 Sécurité de l’information dans les relations avec les fournisseurs
q-flow-down-option-c519-feedback = Pas loin, mais la 5.19 fixe la démarche d’ensemble ; la chaîne située derrière un fournisseur est l’objet propre de la 5.21.
q-flow-down-option-c522 = 5.22 Surveillance, revue et gestion des changements des services des fournisseurs
q-flow-down-option-c522-feedback = Non : la 5.22 suit le service rendu dans la durée, pas les exigences imposées aux sous-traitants.
q-flow-down-option-c523 = 5.23 Sécurité de l’information dans l’utilisation de services en nuage
q-flow-down-option-c523-feedback = Non : l’hébergement est en jeu, mais la question porte sur la chaîne d’approvisionnement d’un prestataire TIC, pas sur l’usage que l’hôpital fait lui-même du nuage.

q-event-gate = Une comptable signale qu’une fenêtre étrange s’est ouverte sur son poste. Avant d’isoler la machine ou de réunir la cellule de crise, l’analyste d’astreinte doit juger s’il s’agit d’un incident et de quelle gravité. Quelle mesure couvre cette étape ?
q-event-gate-explanation = La 5.25, évaluation des événements de sécurité de l’information et prise de décision, fait le lien entre le signalement et la réponse : elle distingue les incidents des simples événements et fixe la gravité. La 6.8 couvre le signalement lui-même, la 5.24 la préparation des critères et des rôles, la 5.26 les actions menées une fois l’incident déclaré.
q-event-gate-option-c525 = 5.25 Évaluation des événements de sécurité de l’information et prise de décision
q-event-gate-option-c525-feedback = Exact : c’est l’étape du tri et de la décision.
q-event-gate-option-c68 = 6.8 Déclaration des événements de sécurité de l’information
q-event-gate-option-c68-feedback = Non : le signalement de la comptable relève de la 6.8, et il a déjà eu lieu ; l’apprécier est l’étape suivante.
q-event-gate-option-c526 = 5.26 Réponse aux incidents de sécurité de l’information
q-event-gate-option-c526-feedback = Pas encore : la réponse commence une fois l’événement évalué et qualifié d’incident.
q-event-gate-option-c524 = 5.24 Planification et préparation de la gestion des incidents de sécurité de l’information
q-event-gate-option-c524-feedback = La 5.24 a préparé les critères qu’utilise l’analyste, mais les appliquer à un événement en cours relève de la 5.25.

q-evidence-handling = Un serveur est probablement compromis, et l’affaire pourrait aller au pénal. Quelles actions préservent la valeur des preuves ? Plusieurs réponses sont possibles.
q-evidence-handling-explanation = Capturer la mémoire avant l’arrêt conserve les données volatiles, travailler sur une copie dont l’empreinte est consignée prouve que l’original n’a pas été modifié, et le registre des remises montre qui a détenu la preuve. Redémarrer d’abord efface la mémoire, et laisser un administrateur nettoyer le système altère les lieux avant tout constat.
q-evidence-handling-option-memory-first = Capturer la mémoire vive et les connexions actives avant d’arrêter le serveur
q-evidence-handling-option-hash-copy = Analyser une copie vérifiée du disque, l’empreinte de l’original étant consignée
q-evidence-handling-option-custody-log = Consigner chaque remise de la preuve : à qui, quand et pourquoi
q-evidence-handling-option-reboot-first = Redémarrer le serveur pour stopper l’attaque, puis copier le disque
q-evidence-handling-option-reboot-first-feedback = Non : un redémarrage efface la mémoire vive, qui renferme le code malveillant en cours d’exécution et l’état des connexions.
q-evidence-handling-option-admin-cleanup = Demander à l’administrateur de supprimer d’abord les outils de l’attaquant, pour obtenir une copie saine
q-evidence-handling-option-admin-cleanup-feedback = Non : ces outils sont des preuves ; les supprimer avant la capture altère les lieux.

q-rpo = D’après le bilan d’impact sur l’activité d’une banque en ligne, la plateforme de virements ne doit jamais perdre plus de cinq minutes d’opérations en cas de sinistre. Comment appelle-t-on cet objectif ? Donnez le terme ou son sigle.
q-rpo-explanation = La perte de données maximale admissible (PDMA), ou RPO (recovery point objective), exprime en durée la quantité de données qu’on accepte de perdre avant l’incident. La DMIA, ou RTO, est autre chose : le délai dans lequel le service doit redémarrer. La 5.30 attend des tests montrant que les deux objectifs sont tenus.

q-degraded-mode = Vrai ou faux ? Selon la 5.29, un organisme qui prévoit de basculer sur un site de repli en cas de crise doit avoir décidé à l’avance comment y fonctionneront le contrôle d’accès et la journalisation, ou quelles mesures de substitution s’appliqueront.
q-degraded-mode-explanation = Vrai. La 5.29, sécurité de l’information durant une perturbation, attend que la sécurité soit prévue pour le fonctionnement en mode dégradé, et non suspendue. Comptes d’urgence, accès au site de repli et journalisation sont des points typiques à trancher d’avance.

q-compliance-sort = Rangez chaque activité sous la mesure organisationnelle qu’elle met principalement en œuvre.
q-compliance-sort-explanation = La réglementation des moyens de cryptologie et les exigences contractuelles d’un client sont des obligations à identifier et à satisfaire (5.31). Les licences d’une bibliothèque libre ou d’une police de caractères relèvent de la propriété intellectuelle (5.32). Le registre des traitements et les analyses d’impact servent la protection de la vie privée et des DCP (5.34). Les consignes d’exploitation écrites sont des procédures d’exploitation documentées (5.37).
q-compliance-sort-category-c531 = 5.31 Exigences légales, statutaires, réglementaires et contractuelles
q-compliance-sort-category-c532 = 5.32 Droits de propriété intellectuelle
q-compliance-sort-category-c534 = 5.34 Protection de la vie privée et des DCP
q-compliance-sort-category-c537 = 5.37 Procédures d’exploitation documentées
q-compliance-sort-item-crypto-export = Vérifier si un produit de chiffrement peut être expédié vers une filiale située hors de l’Union européenne
q-compliance-sort-item-client-schedule = Consigner l’exigence contractuelle d’un client d’être averti de toute violation sous 24 heures
q-compliance-sort-item-open-source-terms = Vérifier la licence d’une bibliothèque libre avant de l’intégrer à un produit vendu aux clients
q-compliance-sort-item-font-licence = Acheter autant de licences d’une police de caractères commerciale que de graphistes qui l’utilisent
q-compliance-sort-item-processing-record = Tenir à jour le registre des activités de traitement exigé par le RGPD
q-compliance-sort-item-dpia = Mener une analyse d’impact relative à la protection des données avant de lancer un programme de fidélité
q-compliance-sort-item-runbook = Rédiger, étape par étape, la relance du traitement par lots nocturne, avec les personnes à appeler en cas d’échec
q-compliance-sort-item-backup-procedure = Décrire pour l’équipe de nuit la séquence de démarrage et d’arrêt des serveurs de production

q-independence = Une mutuelle de taille moyenne veut mettre en place la revue indépendante de la sécurité de l’information prévue par la 5.35. Quel dispositif y répond ?
q-independence-explanation = L’audit interne du groupe, rattaché au comité d’audit et étranger au pilotage du SMSI, est indépendant de ce qu’il examine. L’équipe du RSSI et le prestataire de supervision examineraient un travail qu’ils accomplissent eux-mêmes ; les vérifications des propriétaires d’actifs dans leur propre périmètre relèvent de la 5.36, pas d’une revue indépendante.
q-independence-option-internal-audit = L’audit interne du groupe, rattaché au comité d’audit, examine le SMSI chaque année
q-independence-option-internal-audit-feedback = Exact : il ne participe pas au pilotage du SMSI et rend compte en dehors de la filière sécurité.
q-independence-option-ciso-team = L’équipe du RSSI mène chaque année une autoévaluation approfondie
q-independence-option-ciso-team-feedback = Non : si rigoureuse soit-elle, une équipe qui examine le SMSI qu’elle pilote n’est pas indépendante.
q-independence-option-soc-provider = Le prestataire externe chargé de la supervision de sécurité examine le SMSI
q-independence-option-soc-provider-feedback = Tentant, puisqu’il est externe, mais il opère une partie des mesures examinées : il jugerait son propre travail.
q-independence-option-asset-owners = Chaque propriétaire d’actif vérifie que son périmètre respecte les politiques de sécurité
q-independence-option-asset-owners-feedback = Utile, mais ce sont les vérifications courantes de la 5.36, pas une revue indépendante.

q-manager-checks = Vrai ou faux ? La 5.36 attend des responsables et des propriétaires de systèmes qu’ils vérifient eux-mêmes, régulièrement, que leur périmètre respecte les politiques et standards techniques de sécurité, sans s’en remettre aux seuls auditeurs.
q-manager-checks-explanation = Vrai. La 5.36, conformité aux politiques, règles et normes de sécurité de l’information, fait du contrôle de conformité une tâche courante de l’encadrement, vérifications techniques comprises, comme la comparaison des configurations aux référentiels de durcissement. La revue indépendante de la 5.35 s’y ajoute sans la remplacer.

q-privacy-standard = Quelle norme de la famille ISO/IEC 27000 spécifie un système de management de la protection de la vie privée, intégrable à un SMSI et pouvant faire l’objet d’une certification ? Répondez par son numéro.
q-privacy-standard-explanation = L’ISO/IEC 27701 spécifie un système de management de la protection de la vie privée et peut être certifiée ; extension du SMSI dans sa première édition de 2019, elle peut être appliquée seule depuis l’édition 2025. Elle appuie la 5.34, protection de la vie privée et des DCP, sans remplacer le droit lui-même, comme le RGPD.
