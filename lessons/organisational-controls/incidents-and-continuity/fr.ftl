title = Incidents et continuité (5.24 à 5.30)
overview = Vous suivrez un incident de la préparation jusqu’aux enseignements tirés, à travers les mesures 5.24 à 5.28, verrez comment la 6.8 le déclenche, et saurez ce qu’attendent les mesures 5.29 et 5.30 quand une perturbation se prolonge.

explanation =
    Dans l’édition 2022, la gestion des incidents forme un cycle de cinq mesures organisationnelles, mis en mouvement par une mesure applicable aux personnes. La 5.24, planification et préparation de la gestion des incidents de sécurité de l’information, regroupe tout ce qui se fait en amont : processus, rôles, astreinte, listes de contacts, échelle de gravité, guides de réponse et exercices. La 6.8, déclaration des événements de sécurité de l’information, demande à chacun de signaler vite, par un canal connu, ce qui lui paraît anormal. La 5.25, évaluation des événements de sécurité de l’information et prise de décision, fait office de filtre : chaque signalement est apprécié selon des critères convenus, et quelqu’un décide s’il s’agit d’un incident, et de quelle gravité. La 5.26, réponse aux incidents de sécurité de l’information, confine, éradique et rétablit selon les procédures préparées. La 5.27, tirer des enseignements des incidents de sécurité de l’information, remonte aux causes et répercute les améliorations sur les mesures, l’appréciation des risques et la préparation.

    La 5.28, collecte de preuves, accompagne l’évaluation et la réponse. Tout ce qui pourrait un jour étayer une sanction disciplinaire, une action en justice ou un dossier d’assurance doit être traité dès le départ de façon à rester digne de foi : qui l’a recueilli, quand, comment, et ce qu’il est devenu depuis. L’ISO/IEC 27037 détaille les bonnes pratiques propres aux preuves numériques.

    Tout événement n’est pas un incident. Un échec de connexion isolé est un événement ; une attaque par pulvérisation de mots de passe qui aboutit sur trois comptes est un incident. Cette distinction évite à l’équipe de crouler sous les alertes ; l’échelle de gravité détermine ensuite qui est réveillé, qui est informé et si une autorité doit être notifiée au titre de la 5.5.

    Deux mesures couvrent les perturbations durables. La 5.29, sécurité de l’information durant une perturbation, évite que la sécurité s’évanouisse en pleine crise : l’organisme prévoit comment il maintient la protection nécessaire, ou quelles mesures de substitution s’appliquent, en mode dégradé. La 5.30, préparation des TIC pour la continuité d’activité, nouvelle en 2022, demande que les services TIC puissent atteindre les objectifs de reprise fixés par les métiers, et que des tests le démontrent.

practical-example =
    Un groupement hospitalier régional dispose d’une astreinte permanente de trois responsables d’incident et d’un guide de réponse par scénario probable : rançongiciel, prise de contrôle de compte, données envoyées au mauvais destinataire, indisponibilité du dossier patient. Le personnel signale par un numéro unique ou par un bouton de sa messagerie. Un analyste évalue chaque signalement sous 30 minutes selon une échelle à quatre niveaux ; les niveaux 3 et 4 mobilisent la cellule de crise, le juriste et le délégué à la protection des données. Les premières consignes de préservation des preuves du prestataire d’investigation numérique, retenu par accord-cadre, figurent dans les guides. Chaque incident grave donne lieu sous dix jours ouvrés à un retour d’expérience sans recherche de coupable, dont les actions rejoignent le registre d’amélioration du SMSI. Deux fois par an, il rétablit le dossier patient sur son site secondaire et compare le résultat à la DMIA de quatre heures et à la PDMA d’une heure issues de son bilan d’impact.

block-lifecycle-heading = Le cycle de vie d’un incident (6.8, 5.24 à 5.28)
block-lifecycle-body =
    Ce cycle se lit comme une boucle, non comme une ligne droite :

    - la préparation (5.24) rend chaque étape suivante plus rapide et plus homogène ;
    - le signalement (6.8) alimente l’évaluation ; sans lui, la préparation attend des incidents dont personne ne parle ;
    - l’évaluation et la décision (5.25) séparent les incidents des simples événements et fixent la gravité ;
    - la réponse (5.26) met cette décision en œuvre, la collecte de preuves (5.28) se déroulant en parallèle ;
    - les enseignements (5.27) modifient la préparation, les mesures et l’appréciation des risques.

    L’auditeur prélève un incident dans le registre et lui fait parcourir la boucle : date du signalement, auteur et critères de l’évaluation, actions menées, preuves conservées, changements issus du retour d’expérience.

block-triage-and-response-heading = Évaluer les événements et répondre (5.25 et 5.26)
block-triage-and-response-body =
    Le tri exige des critères écrits : informations et services touchés, nombre de personnes concernées, présence de données personnelles, événement en cours ou non. Chaque décision est consignée avec son heure et son auteur, y compris celle de clore un événement sans suite.

    La réponse suit le guide sans exclure le jugement. Le confinement passe en premier ; un plan de communication dit qui s’adresse au personnel, aux clients, aux fournisseurs et aux autorités. Les délais de notification, comme les 72 heures du RGPD, courent dès que l’organisme a connaissance de la violation : l’horloge tourne donc souvent dès le tri.

    Une petite structure a rarement sa propre équipe de réponse. Elle peut s’adjoindre un prestataire spécialisé, à condition que contrat, numéros d’appel et accès soient réglés avant le jour où l’on en aura besoin.

block-evidence-and-learning-heading = Preuves et enseignements (5.27 et 5.28)
block-evidence-and-learning-body =
    Une preuve perd vite sa valeur. Parmi les bonnes pratiques :

    - capturer les données volatiles, comme la mémoire vive et les connexions actives, avant d’éteindre ou de réinstaller une machine ;
    - travailler sur des copies vérifiées, en consignant l’empreinte cryptographique de l’original ;
    - consigner chaque remise de la preuve : à qui, quand, pourquoi ;
    - s’appuyer sur des horloges synchronisées (8.17, synchronisation des horloges) pour que les journaux de systèmes différents concordent.

    Le retour d’expérience porte ses fruits quand il cherche des causes plutôt que des coupables. L’auditeur vérifie que ses actions ont abouti ; des incidents qui se répètent à l’identique montrent une 5.27 qui produit des rapports, mais aucun changement.

block-continuity-heading = Sécurité en cas de perturbation et préparation des TIC (5.29 et 5.30)
block-continuity-body =
    Le bilan d’impact sur l’activité (BIA) établit combien de temps chaque activité peut être interrompue et combien de données elle peut perdre. Il en découle deux valeurs par service : la durée maximale d’interruption admissible (DMIA, ou RTO), délai dans lequel le service doit être rétabli, et la perte de données maximale admissible (PDMA, ou RPO), instant auquel les données doivent pouvoir être restaurées. Être prêt, pour les TIC, c’est disposer de sauvegardes (8.13), de redondances (8.14) et de procédures de reprise capables de tenir ces valeurs.

    - Testez à plusieurs niveaux : exercice sur table, restauration d’un système, bascule complète d’un service critique.
    - Comparez chaque résultat à la DMIA et à la PDMA, et consignez les écarts.
    - Pour la 5.29, décidez d’avance comment fonctionnent accès, journalisation et surveillance sur le site de repli ou en mode manuel, et qui peut utiliser les comptes d’urgence.

    L’ISO 22301 traite du management de la continuité d’activité dans son ensemble ; l’ISO/IEC 27031 se concentre sur la préparation des TIC.

example-phishing-wave = En une heure, quarante salariés signalent le même courriel d’hameçonnage. L’analyste les traite comme un seul événement et identifie une personne qui a saisi son mot de passe : incident de faible gravité. Mot de passe réinitialisé, sessions révoquées, expéditeur bloqué ; le retour d’expérience conduit à renforcer l’authentification multifacteur de la messagerie en ligne.
example-backup-gap = Une agence de voyages en ligne avait fixé une PDMA d’une heure pour sa base de réservations, mais ne sauvegardait que la nuit. Un test de restauration mené au titre de la 5.30 a révélé un risque de perdre près d’une journée de réservations. Le remède a été une réplication continue vers un second site, pas une nouvelle politique.

callout-evidence-before-rebuild-title = Préserver avant de reconstruire
callout-evidence-before-rebuild-body = Réinstaller une machine compromise est un réflexe courant, qui détruit ce dont l’enquête a besoin. Le guide de réponse doit dire quand les preuves passent d’abord, et qui peut en décider autrement.
callout-untested-plan-title = Un plan de reprise non testé n’est qu’une hypothèse
callout-untested-plan-body = Tant qu’un test n’a pas rétabli le service dans le respect de sa DMIA et de sa PDMA, nul ne sait si le plan fonctionne. L’auditeur demande les comptes rendus de test, pas seulement le plan.

prompt = Prenez le dernier incident de sécurité dont vous avez connaissance, dans votre organisme ou dans l’actualité. Faites-lui parcourir le cycle : comment a-t-il été signalé, qui a décidé qu’il s’agissait d’un incident, qu’a-t-on fait, quelles preuves a-t-on conservées, et qu’est-ce qui a changé ensuite ?
prompt-guidance =
    Une réponse approfondie identifie le déclencheur (un signalement au titre de la 6.8, une alerte de supervision, l’appel d’un client ou d’un chercheur) et le moment où l’incident a été formellement qualifié, avec les critères de la 5.25.

    Elle distingue confinement, éradication et rétablissement (5.26), indique si les preuves ont été préservées avant la reconstruction des systèmes (5.28) et cherche un changement concret ensuite (5.27) : mesure ajoutée, guide corrigé, risque réévalué. Si rien n’a changé, dites-le : c’est la faiblesse la plus courante des incidents réels.

exercise = Remettez ces étapes d’un cas de rançongiciel dans l’ordre que suit le cycle.
exercise-explanation = La préparation (5.24) vient en premier, bien avant l’événement. Le signalement d’un salarié (6.8) déclenche ensuite l’évaluation et la décision (5.25), qui ouvrent la réponse (5.26). Le retour d’expérience (5.27) boucle le cycle et nourrit la préparation suivante.
exercise-item-prepare = L’équipe sécurité rédige un guide de réponse au rançongiciel et l’éprouve lors d’un exercice sur table.
exercise-item-report = Un magasinier appelle le support : les fichiers d’un partage réseau portent des extensions inconnues.
exercise-item-assess = L’analyste d’astreinte confronte le signalement aux critères de gravité et déclare un incident majeur.
exercise-item-respond = Les serveurs touchés sont isolés, le logiciel malveillant supprimé et les données restaurées depuis la sauvegarde.
exercise-item-learn = Une semaine plus tard, le retour d’expérience identifie le point d’entrée et met à jour le guide.

figure-incident-lifecycle-caption = Le cycle de vie d’un incident : de la préparation (5.24) aux enseignements (5.27), déclenché par la déclaration des événements (6.8)
figure-incident-lifecycle-description =
    Quatre cases se suivent de gauche à droite, chacune reliée à la suivante par une flèche : 5.24 Planification et préparation, 5.25 Évaluation et décision, 5.26 Réponse, 5.27 Tirer des enseignements.

    - Au-dessus de la 5.25, une case pour la mesure 6.8, Déclaration des événements, applicable aux personnes, pointe vers elle : l’évaluation porte sur ce que le personnel signale.
    - Sous la 5.26, une case 5.28, Collecte de preuves, reçoit deux flèches en pointillés venant de la 5.25 et de la 5.26 : les preuves se recueillent pendant l’évaluation et la réponse, pas après.
    - Une ligne part de la 5.27, longe le bas du schéma et remonte jusqu’à la 5.24 : les enseignements nourrissent la préparation et bouclent le cycle.
figure-incident-lifecycle-label-num-report = 6.8
figure-incident-lifecycle-label-name-report = Déclaration des événements
figure-incident-lifecycle-label-num-plan = 5.24
figure-incident-lifecycle-label-name-plan = Planification et préparation
figure-incident-lifecycle-label-num-assess = 5.25
figure-incident-lifecycle-label-name-assess = Évaluation et décision
figure-incident-lifecycle-label-num-respond = 5.26
figure-incident-lifecycle-label-name-respond = Réponse
figure-incident-lifecycle-label-num-learn = 5.27
figure-incident-lifecycle-label-name-learn = Tirer des enseignements
figure-incident-lifecycle-label-num-evidence = 5.28
figure-incident-lifecycle-label-name-evidence = Collecte de preuves
figure-incident-lifecycle-label-parallel = en parallèle
figure-incident-lifecycle-label-feedback = Les enseignements nourrissent la préparation
