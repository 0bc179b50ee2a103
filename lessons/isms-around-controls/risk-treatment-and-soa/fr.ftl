title = Le traitement des risques et la déclaration d’applicabilité
overview = Vous saurez conduire des risques évalués à travers l’article 6.1.3 de l’ISO/IEC 27001, du choix des options de traitement jusqu’à l’approbation des propriétaires du risque, et construire une déclaration d’applicabilité qu’un auditeur peut rattacher à ces risques.
explanation =
    Le traitement commence là où s’arrête l’appréciation de l’article 6.1.2 : des risques pesant sur la confidentialité, l’intégrité et la disponibilité dans le périmètre, chacun doté d’un propriétaire et d’un niveau comparé aux critères d’acceptation. L’article 6.1.3 transforme cette liste en décisions.

    Pour chaque risque à traiter, une option est retenue. L’ISO/IEC 27001 ne les énumère pas, mais l’ISO/IEC 27005 et la pratique en distinguent quatre : réduire (ou modifier) le risque par des mesures qui en abaissent la vraisemblance ou les conséquences ; le maintenir, en connaissance de cause ; le refuser, en cessant ou en modifiant l’activité qui le crée ; le partager avec un tiers, par une assurance ou un contrat. Ces options se combinent.

    L’organisme détermine ensuite toutes les mesures nécessaires pour mettre en œuvre ces options, quelle qu’en soit la source : conception interne, ISO/IEC 27002, référentiel sectoriel, contrat client. Ce n’est qu’après qu’il les compare à l’annexe A, liste de mesures possibles et non exhaustive, pour vérifier qu’aucune mesure nécessaire n’a été omise.

    La déclaration d’applicabilité (DdA) consigne le résultat. Dans la rédaction de 2022, elle contient les mesures nécessaires, la justification de leur inclusion, l’indication de leur mise en œuvre ou non, et la justification de toute exclusion d’une mesure de l’annexe A. Le plan de traitement des risques indique comment et quand les mesures manquantes seront déployées ; les propriétaires du risque l’approuvent et acceptent les risques résiduels ; l’organisme conserve une information documentée sur l’ensemble.

    La certification ne fige rien. L’article 8.2 impose de refaire l’appréciation à intervalles planifiés et lorsque des changements importants sont envisagés ou surviennent ; l’article 8.3 impose de mettre en œuvre le plan et d’en conserver les résultats. La DdA évolue avec l’organisme.
practical-example = Un courtier en assurance en ligne de 60 salariés confie la gestion de sa relation client à un éditeur SaaS. Le risque d’exposition des dossiers clients par un partage mal configuré dépasse le seuil d’acceptation ; sa propriétaire, la directrice des opérations, décide de le réduire. L’équipe retient les mesures 5.23 (services en nuage), 8.12 (prévention des fuites de données) et 5.18 (droits d’accès), plus une revue mensuelle des liens de partage conçue en interne. En comparant avec l’annexe A, elle constate que rien ne prévoit l’effacement des données clients à la fin du contrat et ajoute la 8.10, suppression des informations. La DdA et le plan sont mis à jour ; la directrice signe le plan et accepte le risque résiduel.
block-treatment-chain-heading = L’enchaînement de l’article 6.1.3
block-treatment-chain-body =
    Chaque étape de l’article 6.1.3 s’appuie sur la précédente : options, mesures nécessaires, comparaison avec l’annexe A, déclaration d’applicabilité, plan de traitement, puis approbation des propriétaires et acceptation des risques résiduels.

    L’auditeur éprouve cette chaîne dans les deux sens. Il part d’un risque élevé et le suit jusqu’aux mesures, à la DdA et au plan ; ou il part d’une mesure de l’annexe A et demande quel risque ou quelle obligation la rend nécessaire, ou pourquoi elle a été exclue.
block-options-and-controls-heading = Quatre options, des mesures de toute provenance
block-options-and-controls-body =
    Réduire est le cas courant, pas le seul. Maintenir un risque est légitime lorsque son niveau respecte les critères, ou lorsque le traiter coûterait plus qu’il ne rapporterait, à condition que le propriétaire décide en connaissance de cause. Refuser un risque modifie l’activité : ne plus conserver une catégorie de données, retirer un service. Partager transfère une partie des conséquences à un tiers ; la responsabilité de l’information reste à l’organisme.

    Déterminer les mesures est un travail de conception, et un même risque appelle souvent plusieurs thèmes, par exemple la 8.5, authentification sécurisée (technologique), avec la 5.17, informations d’authentification (organisationnelle). Une mesure conçue en interne ou tirée d’un autre référentiel vaut une mesure de l’annexe A et figure elle aussi dans la DdA.
block-soa-excerpt-heading = Extrait commenté d’une déclaration d’applicabilité
block-soa-excerpt-body =
    Quatre lignes de la DdA du courtier, chacune avec ce qu’attend l’édition 2022 :

    - 5.23 Sécurité de l’information dans l’utilisation de services en nuage. Incluse : risques R-07 et R-12, données clients hébergées dans des applications SaaS. Mise en œuvre : registre des services en nuage et revues des fournisseurs depuis mars.
    - 8.12 Prévention des fuites de données. Incluse : risque R-15, envoi par erreur de dossiers clients à l’extérieur. Pas encore mise en œuvre : action TP-09 du plan, échéance au troisième trimestre, contrôles provisoires sur le courriel sortant.
    - 8.30 Développement externalisé. Exclue : le courtier ne fait développer aucun logiciel, le registre des risques ne révèle aucun risque lié et l’examen des contrats n’a fait apparaître aucune obligation. À réexaminer si un prestataire de développement est retenu.
    - BR-01 Revue mensuelle des liens de partage externes. Incluse : risque R-12 ; mesure interne, absente de l’annexe A. Mise en œuvre : comptes rendus de revue conservés dans l’outil de gestion de la relation client.

    Chaque ligne renvoie d’un côté à un risque ou à une obligation, de l’autre à des preuves ou au plan.
block-plan-and-approval-heading = Le plan de traitement et l’approbation des propriétaires
block-plan-and-approval-body =
    L’ISO/IEC 27001 ne fixe pas le contenu du plan. En pratique, chaque action précise les risques traités, les mesures concernées, un responsable, les ressources, une échéance et la façon de vérifier qu’elle est achevée, afin que l’avancement puisse être présenté en revue de direction.

    Les propriétaires du risque approuvent ensuite le plan et acceptent les risques résiduels, c’est-à-dire les niveaux attendus une fois les mesures prévues en place. L’acceptation est une décision explicite et consignée, prise par une personne qui a autorité sur l’activité, et non un accord tacite faute d’objection. Si un risque résiduel reste au-dessus des critères d’acceptation, l’enregistrement indique qui l’a accepté et pourquoi, ou le traitement est rouvert.
example-insurance = Une entreprise souscrit une cyberassurance pour partager les conséquences financières d’un rançongiciel. L’assureur exige malgré tout des sauvegardes testées au titre de la mesure 8.13, sauvegarde des informations, et l’entreprise reste comptable de l’interruption envers ses clients : le partage a changé qui paie, pas qui répond.
example-avoid-card-data = Un site marchand qui conservait des numéros de carte confie les paiements à un prestataire de services de paiement et ne garde que des jetons. Le risque de vol de données de carte sur ses propres serveurs est refusé ; une nouvelle dépendance apparaît, traitée au titre de la mesure 5.19, sécurité de l’information dans les relations avec les fournisseurs.
callout-annex-a-first-title = Partir de l’annexe A
callout-annex-a-first-body = Beaucoup de premières mises en œuvre ouvrent l’annexe A et déclarent chaque mesure « applicable ». On obtient un long document qu’aucun risque n’explique et qui omet souvent des mesures nécessaires hors annexe A. Partez des risques, et servez-vous de l’annexe A comme du contrôle que prévoit l’article 6.1.3.
callout-residual-signature-title = L’acceptation se signe, elle ne se présume pas
callout-residual-signature-body = Conservez un enregistrement daté de l’approbation du plan et de l’acceptation des risques résiduels par chaque propriétaire, dans le registre des risques ou le compte rendu d’un comité. L’auditeur la demande tôt ; sans elle, le traitement des risques n’est pas achevé.
prompt = Choisissez un risque dans un organisme que vous connaissez. Rédigez la ligne de DdA d’une mesure qui le traite et la ligne correspondante du plan de traitement, puis indiquez qui doit approuver et accepter ce qui reste.
prompt-guidance =
    Une ligne complète nomme la mesure et son numéro, ou une référence interne si elle ne vient pas de l’annexe A, justifie son inclusion en renvoyant au risque ou à l’obligation, indique si elle est mise en œuvre et renvoie aux preuves ou au plan.

    La ligne du plan ajoute un responsable, une échéance, des ressources et un critère d’achèvement. L’approbation revient au propriétaire du risque, qui a autorité sur l’activité et son budget, non à l’équipe sécurité ; le risque résiduel s’exprime en niveau, au regard des critères.
exercise = Pour chaque décision, indiquez l’option de traitement du risque qu’elle représente.
exercise-explanation = L’authentification multifacteur et la prévention des fuites sont des mesures : elles réduisent le risque. La borne au risque faible et le vieux serveur toléré sciemment sont des risques maintenus. Cesser de collecter les passeports ou retirer un service supprime l’activité : le risque est refusé. L’assurance et la clause de prise en charge partagent les conséquences avec un tiers.
exercise-category-modify = Réduire
exercise-category-retain = Maintenir
exercise-category-avoid = Refuser
exercise-category-share = Partager
exercise-item-mfa = Imposer l’authentification multifacteur sur les accès distants pour rendre la prise de contrôle de comptes moins probable
exercise-item-dlp-tool = Déployer un outil de prévention des fuites de données sur le courriel sortant
exercise-item-kiosk = Laisser en l’état une borne d’accueil qui n’affiche que des informations publiques, son risque étant sous le seuil d’acceptation
exercise-item-legacy-server = Garder six mois un ancien serveur non corrigé jusqu’à son remplacement prévu, sur décision consignée du propriétaire
exercise-item-passport-copies = Cesser de collecter des copies de passeport des clients dont l’activité n’a plus besoin
exercise-item-file-exchange = Retirer un service d’échange de fichiers peu utilisé plutôt que de le sécuriser
exercise-item-breach-insurance = Souscrire une assurance qui couvre les coûts d’une violation de données
exercise-item-hosting-liability = Convenir d’une clause par laquelle l’hébergeur supporte le coût des incidents causés par son propre personnel
figure-risk-to-soa-caption = De l’appréciation des risques à l’approbation des propriétaires : les étapes de l’article 6.1.3
figure-risk-to-soa-description =
    La figure se lit de gauche à droite.

    - L’appréciation des risques de l’article 6.1.2 fournit des risques évalués et leurs propriétaires.
    - Une option de traitement est retenue pour chaque risque : réduire, maintenir, refuser ou partager.
    - Les mesures nécessaires sont déterminées, quelle que soit leur provenance.
    - En dessous, l’annexe A sert de contre-vérification dans les deux sens, figurée par des flèches en pointillés, pour qu’aucune mesure nécessaire ne soit omise.
    - Les mesures nécessaires aboutissent à deux résultats : la déclaration d’applicabilité (mesures, justifications d’inclusion ou d’exclusion, état de mise en œuvre) et le plan de traitement des risques (qui fait quoi, pour quand).
    - Le plan est soumis aux propriétaires du risque, qui l’approuvent et acceptent les risques résiduels.
figure-risk-to-soa-label-assessment = Appréciation des risques
figure-risk-to-soa-label-assessment-detail = 6.1.2 : risques évalués et leurs propriétaires
figure-risk-to-soa-label-options = Options de traitement
figure-risk-to-soa-label-options-detail = réduire, maintenir, refuser ou partager
figure-risk-to-soa-label-controls = Mesures nécessaires
figure-risk-to-soa-label-controls-detail = de toute provenance
figure-risk-to-soa-label-annex-a = Annexe A
figure-risk-to-soa-label-annex-a-detail = vérifier qu’aucune mesure nécessaire n’est omise
figure-risk-to-soa-label-soa = Déclaration d’applicabilité
figure-risk-to-soa-label-soa-detail = mesures, justifications, état
figure-risk-to-soa-label-plan = Plan de traitement des risques
figure-risk-to-soa-label-plan-detail = qui, quoi, pour quand
figure-risk-to-soa-label-approval = Propriétaires du risque
figure-risk-to-soa-label-approval-detail = approuvent le plan et acceptent les risques résiduels
