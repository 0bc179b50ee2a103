title = Le SMSI autour des mesures
summary = Le système de management de l’ISO/IEC 27001 qui donne leur raison d’être aux mesures : les articles 4 à 10, le traitement des risques et la déclaration d’applicabilité, l’audit interne, la revue de direction et l’action corrective, puis le cycle de certification, de l’étape 1 au renouvellement.

q-which-requirements = Un groupe hospitalier a recensé ses parties intéressées et leurs exigences pertinentes. Qu’attend en plus de lui l’article 4.2 de l’ISO/IEC 27001 depuis l’édition 2022 ?
q-which-requirements-explanation = Depuis 2022, l’article 4.2 demande de déterminer lesquelles de ces exigences seront prises en charge par le SMSI ; d’autres relèvent de la finance, de la qualité ou d’autres fonctions. Une matrice d’influence est un outil utile mais facultatif, aucune confirmation écrite des parties n’est exigée, et faire de toute exigence une exigence du SMSI est précisément ce que le nouvel alinéa permet d’éviter.
q-which-requirements-option-decide-addressed = Déterminer lesquelles de ces exigences le SMSI prendra en charge
q-which-requirements-option-decide-addressed-feedback = Exact : c’est l’alinéa ajouté à l’article 4.2 en 2022.
q-which-requirements-option-influence-matrix = Classer les parties intéressées dans une matrice influence-intérêt
q-which-requirements-option-influence-matrix-feedback = Non exigé : une cartographie des parties prenantes peut aider, mais la norme n’impose aucune technique.
q-which-requirements-option-written-confirmation = Obtenir de chaque partie intéressée la confirmation écrite de ses exigences
q-which-requirements-option-written-confirmation-feedback = Non : c’est l’organisme qui détermine les exigences ; aucune confirmation des parties n’est requise.
q-which-requirements-option-all-requirements = Considérer toute exigence de toute partie intéressée comme une exigence du SMSI
q-which-requirements-option-all-requirements-feedback = Non : l’ajout de 2022 sert justement à décider quelles exigences le SMSI prend en charge et lesquelles sont traitées ailleurs.

q-isms-change = Vrai ou faux ? La procédure de gestion des changements appliquée aux systèmes d’information au titre de la mesure 8.32 suffit à satisfaire l’article 6.3 de l’ISO/IEC 27001:2022 sur la planification des modifications.
q-isms-change-explanation = Faux. L’article 6.3 porte sur les modifications du SMSI lui-même (périmètre, organisation, rôles, processus), qui doivent être planifiées. La mesure 8.32 encadre les changements apportés aux moyens de traitement de l’information et aux systèmes. Un comité des changements informatiques ne planifie ni la fusion de deux équipes sécurité ni l’extension du domaine d’application.

q-harmonized = Un organisme dispose déjà d’un système de management de la qualité certifié ISO 9001. Parmi ces exigences de l’ISO/IEC 27001:2022, lesquelles proviennent de la structure commune aux normes ISO de systèmes de management et ont un équivalent dans l’ISO 9001, de sorte qu’elles peuvent être menées en processus communs ? Plusieurs réponses sont possibles.
q-harmonized-explanation = L’audit interne (9.2), la revue de direction (9.3) et la planification des modifications (6.3) appartiennent à la structure harmonisée que partagent les normes de systèmes de management de l’ISO. L’appréciation des risques de sécurité de l’information (6.1.2) et la déclaration d’applicabilité (6.1.3) sont propres à l’ISO/IEC 27001 et n’ont pas d’équivalent dans l’ISO 9001.
q-harmonized-option-internal-audit = 9.2 Audit interne
q-harmonized-option-internal-audit-feedback = Oui : un même programme d’audit interne peut couvrir les deux systèmes.
q-harmonized-option-management-review = 9.3 Revue de direction
q-harmonized-option-management-review-feedback = Oui : une même revue peut couvrir les deux systèmes, pourvu que les éléments d’entrée de chacun y figurent.
q-harmonized-option-planning-changes = 6.3 Planification des modifications
q-harmonized-option-planning-changes-feedback = Oui : l’ISO 9001 la prévoyait déjà, et la structure harmonisée de 2021 en a fait un texte commun.
q-harmonized-option-risk-assessment = 6.1.2 Appréciation des risques de sécurité de l’information
q-harmonized-option-risk-assessment-feedback = Non : le texte commun ne traite que des risques et opportunités en général (6.1) ; l’appréciation des risques de sécurité de l’information est propre à l’ISO/IEC 27001.
q-harmonized-option-soa = La déclaration d’applicabilité exigée par 6.1.3
q-harmonized-option-soa-feedback = Non : la déclaration d’applicabilité n’existe que dans l’ISO/IEC 27001, car elle se rapporte à l’annexe A.

q-auditor-requests = Lors de l’audit de certification d’une mutuelle, l’auditeur formule cinq demandes. Associez chacune à l’article de l’ISO/IEC 27001:2022 qu’elle vérifie principalement.
q-auditor-requests-explanation = Garder la maîtrise d’un service externalisé qui concerne le SMSI relève de la planification et du contrôle opérationnels (8.1). La preuve que les administrateurs sont qualifiés vérifie les compétences (7.2). Le suivi des objectifs vérifie 6.2. Demander à une chargée d’accueil ce que la politique change pour elle vérifie la sensibilisation (7.3), qui se constate dans la compréhension des personnes plus que dans les feuilles d’émargement. Décider qui est informé de quoi, quand et comment relève de la communication (7.4).
q-auditor-requests-left-soc-provider = « Montrez-moi comment vous gardez la maîtrise du service de supervision de sécurité que vous avez externalisé. »
q-auditor-requests-left-admin-skills = « Quelles preuves avez-vous que vos administrateurs réseau sont qualifiés pour leur poste ? »
q-auditor-requests-left-objective-tracking = « Qui suit l’avancement de vos objectifs de sécurité, et comment ? »
q-auditor-requests-left-receptionist = L’auditeur demande à une chargée d’accueil ce que la politique de sécurité change à son travail quotidien.
q-auditor-requests-left-policy-change-news = « Comment avez-vous décidé qui devait être informé de la nouvelle politique, quand et par quel canal ? »
q-auditor-requests-right-operation = 8.1 Planification et maîtrise opérationnelles
q-auditor-requests-right-competence = 7.2 Compétences
q-auditor-requests-right-objectives = 6.2 Objectifs de sécurité de l’information et plans pour les atteindre
q-auditor-requests-right-awareness = 7.3 Sensibilisation
q-auditor-requests-right-communication = 7.4 Communication

q-soa-content = Que doit contenir la déclaration d’applicabilité selon l’ISO/IEC 27001:2022 ? Plusieurs réponses sont possibles.
q-soa-content-explanation = La DdA contient les mesures nécessaires, la justification de leur inclusion, l’indication de leur mise en œuvre ou non, et la justification de toute exclusion d’une mesure de l’annexe A. Les niveaux de risque résiduel relèvent du registre des risques et du plan de traitement. Citer les recommandations de l’ISO/IEC 27002 suivies est une bonne pratique, pas une exigence.
q-soa-content-option-necessary-controls = Les mesures jugées nécessaires pour traiter les risques
q-soa-content-option-inclusion-reason = La justification de l’inclusion de chacune
q-soa-content-option-implementation-status = L’indication, pour chaque mesure nécessaire, de sa mise en œuvre ou non
q-soa-content-option-exclusion-reason = La justification de toute exclusion d’une mesure de l’annexe A
q-soa-content-option-residual-levels = Le niveau de risque résiduel atteint grâce à chaque mesure
q-soa-content-option-residual-levels-feedback = Non exigé : le risque résiduel figure dans le registre des risques et il est accepté par les propriétaires du risque, pas dans la DdA.
q-soa-content-option-guidance-used = Les recommandations de l’ISO/IEC 27002 suivies pour chaque mesure
q-soa-content-option-guidance-used-feedback = Utile, mais non exigé : l’ISO/IEC 27002 est un guide, et la norme ne demande pas à la DdA de s’y référer.

q-other-source = Vrai ou faux ? Une mesure imposée par un référentiel sectoriel, sans équivalent dans l’annexe A, doit rester hors de la déclaration d’applicabilité, qui ne recense que des mesures de l’annexe A.
q-other-source-explanation = Faux. La DdA recense toutes les mesures nécessaires déterminées au titre de l’article 6.1.3, qui peuvent provenir de n’importe quelle source : conception interne, référentiel sectoriel, contrat client. L’annexe A sert à vérifier que rien de nécessaire n’a été omis, et chacune de ses mesures doit être incluse ou exclue avec justification, mais elle ne borne pas la liste.

q-not-implemented = Une entreprise a établi que la mesure 8.12, prévention des fuites de données, est nécessaire pour traiter un risque élevé, mais l’outil ne sera déployé que l’an prochain. Comment sa déclaration d’applicabilité doit-elle présenter cette mesure aujourd’hui ?
q-not-implemented-explanation = La mesure est nécessaire : elle est donc incluse, avec la justification de cette inclusion. La DdA indique qu’elle n’est pas encore mise en œuvre, et le plan de traitement précise comment et quand elle le sera. L’exclure reviendrait à la déclarer inutile ; la dire mise en œuvre serait inexact ; l’omettre masquerait une mesure nécessaire.
q-not-implemented-option-included-planned = Incluse, signalée comme non encore mise en œuvre, avec un renvoi au plan de traitement des risques
q-not-implemented-option-included-planned-feedback = Exact : la DdA indique si chaque mesure nécessaire est mise en œuvre, et le plan couvre l’écart.
q-not-implemented-option-excluded-until = Exclue jusqu’au déploiement de l’outil, avec la date de déploiement pour justification
q-not-implemented-option-excluded-until-feedback = Non : exclure une mesure, c’est dire qu’elle n’est pas nécessaire. Elle l’est ; elle n’est simplement pas encore en place.
q-not-implemented-option-marked-implemented = Signalée comme mise en œuvre, puisque le projet est approuvé et financé
q-not-implemented-option-marked-implemented-feedback = Non : un projet approuvé n’est pas une mesure en place, et l’auditeur ne trouverait aucune preuve.
q-not-implemented-option-left-out = Retirée de la DdA jusqu’à ce qu’elle puisse être auditée
q-not-implemented-option-left-out-feedback = Non : chaque mesure nécessaire et chaque mesure de l’annexe A doivent y figurer, quel que soit leur état.

q-reassessment-clause = L’article 6.1.2 de l’ISO/IEC 27001:2022 définit le processus d’appréciation des risques. Quel article impose ensuite de mener cette appréciation selon un calendrier prévu, et de nouveau lorsqu’un changement important se prépare ou se produit ? Donnez son numéro.
q-reassessment-clause-explanation = L’article 8.2, dans la partie consacrée au fonctionnement : l’appréciation des risques définie en 6.1.2 est réalisée à intervalles planifiés et lors de changements importants, et ses résultats sont conservés comme information documentée. L’article 8.3, juste après, impose de mettre en œuvre le plan de traitement des risques et d’en conserver les résultats.

q-auditor-choice = Dans une PME de 40 personnes, le responsable sécurité a rédigé l’essentiel des processus du SMSI. Qui peut en réaliser l’audit interne ?
q-auditor-choice-explanation = L’article 9.2 exige de choisir les auditeurs de façon à garantir l’objectivité et l’impartialité de l’audit, ce qui exclut d’auditer son propre travail. Un collègue formé, sans responsabilité sur ces processus, ou un auditeur externe conviennent. L’organisme de certification ne peut pas réaliser d’audits internes, et aucune certification particulière n’est exigée des auditeurs internes.
q-auditor-choice-option-independent-colleague = Un collègue formé d’un autre service, ou un auditeur externe, sans responsabilité sur ces processus
q-auditor-choice-option-independent-colleague-feedback = Exact : l’audit reste objectif et impartial, à un coût supportable pour une PME.
q-auditor-choice-option-security-manager = Le responsable sécurité, qui connaît le mieux ces processus
q-auditor-choice-option-security-manager-feedback = Non : bien connaître les processus ne compense pas le fait d’auditer son propre travail.
q-auditor-choice-option-certification-body = L’organisme de certification, dont l’audit peut tenir lieu d’audit interne
q-auditor-choice-option-certification-body-feedback = Non : l’organisme de certification ne peut pas réaliser les audits internes d’un SMSI qu’il certifie, et son audit ne les remplace pas.
q-auditor-choice-option-lead-auditor-only = Seule une personne titulaire d’une certification d’auditeur principal
q-auditor-choice-option-lead-auditor-only-feedback = Non : la norme exige compétence et impartialité, pas un titre particulier.

q-review-inputs = La responsable du SMSI prépare l’ordre du jour de la prochaine revue de direction. Quels éléments d’entrée l’ISO/IEC 27001:2022 attend-elle ? Plusieurs réponses sont possibles.
q-review-inputs-explanation = Les éléments d’entrée comprennent notamment les évolutions des besoins et attentes des parties intéressées (ajout de 2022), l’état des actions décidées lors des revues précédentes, ainsi que les résultats de l’appréciation des risques et l’état du plan de traitement. Le journal complet des modifications du pare-feu est un détail d’exploitation, et les entretiens individuels relèvent des ressources humaines : ni l’un ni l’autre n’est un élément d’entrée.
q-review-inputs-option-interested-parties = Les évolutions des besoins et attentes des parties intéressées pertinentes pour le SMSI
q-review-inputs-option-previous-actions = L’état des actions décidées lors des revues précédentes
q-review-inputs-option-treatment-status = Les résultats de l’appréciation des risques et l’état du plan de traitement
q-review-inputs-option-firewall-changes = Le journal complet des modifications des règles du pare-feu depuis la dernière revue
q-review-inputs-option-firewall-changes-feedback = Non : la direction a besoin de tendances et de décisions à prendre, pas de journaux d’exploitation.
q-review-inputs-option-staff-appraisals = Les entretiens individuels d’évaluation de l’équipe sécurité
q-review-inputs-option-staff-appraisals-feedback = Non : ces entretiens relèvent des processus RH, pas de la revue du SMSI.

q-corrective-steps = Un audit interne révèle que trois prestataires partis depuis plusieurs semaines disposent encore de comptes actifs. Classez le traitement de cette non-conformité dans l’ordre que décrit l’article 10.2.
q-corrective-steps-explanation = L’organisme réagit d’abord : il désactive les comptes et traite les conséquences. Il recherche ensuite les causes, vérifie si des cas similaires existent ou pourraient survenir, met en œuvre l’action corrective et, après un certain temps, évalue si elle a été efficace.
q-corrective-steps-item-react = Désactiver les trois comptes et vérifier leur usage depuis les départs
q-corrective-steps-item-causes = Comprendre pourquoi ces départs n’ont pas été signalés à l’équipe informatique
q-corrective-steps-item-similar-cases = Vérifier si d’autres systèmes ou d’autres catégories de personnel présentent le même problème
q-corrective-steps-item-implement = Modifier le processus de départ pour que chaque sortie déclenche la suppression des accès
q-corrective-steps-item-effectiveness = Trois mois plus tard, contrôler sur un échantillon de départs que le nouveau processus fonctionne

q-correction-closes = Vrai ou faux ? Un auditeur interne relève qu’une sauvegarde n’a pas été testée depuis un an ; le test est réalisé la semaine suivante. Au regard de l’article 10.2, le traitement de la non-conformité est terminé.
q-correction-closes-explanation = Faux. Réaliser le test est une correction. L’article 10.2 demande aussi d’évaluer s’il faut agir sur les causes pour éviter que l’écart ne se reproduise, de mettre en œuvre l’action nécessaire, d’en évaluer l’efficacité et de conserver des enregistrements de la non-conformité et des résultats.

q-accreditation-roles = Associez chaque acteur ou norme à son rôle dans la certification ISO/IEC 27001.
q-accreditation-roles-explanation = Un organisme national d’accréditation comme le COFRAC ou l’UKAS accrédite les organismes de certification ; l’organisme de certification audite le SMSI et décide de la certification ; l’ISO/IEC 17021-1 fixe les exigences générales pour les organismes qui certifient tout système de management, et l’ISO/IEC 27006-1 (appelée ISO/IEC 27006 avant son édition 2024) y ajoute celles propres au SMSI ; l’IAF relie les organismes d’accréditation par la reconnaissance mutuelle.
q-accreditation-roles-left-national-body = Le COFRAC ou l’UKAS
q-accreditation-roles-left-certification-body = Un organisme de certification
q-accreditation-roles-left-iso17021 = ISO/IEC 17021-1
q-accreditation-roles-left-iso27006 = ISO/IEC 27006-1
q-accreditation-roles-left-iaf = L’International Accreditation Forum (IAF)
q-accreditation-roles-right-accredits = Évalue et accrédite les organismes de certification de son pays
q-accreditation-roles-right-certifies = Audite le SMSI de l’organisme et décide de le certifier ou non
q-accreditation-roles-right-general-requirements = Exigences générales pour les organismes qui auditent et certifient tout système de management
q-accreditation-roles-right-isms-requirements = Exigences complémentaires pour les organismes qui certifient des systèmes de management de la sécurité de l’information
q-accreditation-roles-right-mutual-recognition = Relie les organismes d’accréditation, qui reconnaissent mutuellement leurs accréditations

q-finding-grades = L’audit d’étape 2 d’un cabinet d’expertise comptable se conclut par les constats ci-dessous. Rangez chacun dans la catégorie qu’un organisme de certification lui attribuerait normalement.
q-finding-grades-explanation = Une exigence totalement ignorée, comme l’audit interne, ou un processus qui n’a jamais fonctionné, comme l’approbation du traitement par les propriétaires, met en doute les résultats attendus du SMSI : non-conformité majeure. Un écart isolé dans un processus qui fonctionne par ailleurs est mineur. Une suggestion de présentation ou de suivi, l’exigence étant satisfaite, est une piste d’amélioration.
q-finding-grades-category-major = Non-conformité majeure
q-finding-grades-category-minor = Non-conformité mineure
q-finding-grades-category-improvement = Piste d’amélioration
q-finding-grades-item-no-internal-audit = Aucun audit interne n’a été réalisé depuis la mise en place du SMSI
q-finding-grades-item-no-owner-approval = Pour aucun risque, les propriétaires n’ont approuvé le plan de traitement ni accepté le risque résiduel
q-finding-grades-item-late-leaver = Sur 25 départs échantillonnés, une seule personne a perdu ses accès quatre jours plus tard que ne le prévoit la procédure
q-finding-grades-item-missing-record = Le justificatif de compétence d’un administrateur sur huit manque, bien que la personne soit qualifiée
q-finding-grades-item-trend-charts = Les indicateurs de sécurité sont correctement suivis mais seraient plus exploitables avec des courbes de tendance
q-finding-grades-item-audit-links = Les rapports d’audit interne pourraient renvoyer aux entrées du registre des risques pour accélérer le suivi

q-cycle-order = Remettez dans l’ordre chronologique les étapes du premier cycle de certification ISO/IEC 27001 d’un organisme.
q-cycle-order-explanation = Les deux étapes de l’audit initial viennent d’abord ; l’organisme de certification décide ensuite et délivre le certificat. Les audits de surveillance suivent la première et la deuxième année, et un audit de renouvellement avant l’échéance ouvre un nouveau cycle de trois ans.
q-cycle-order-item-stage-1 = Audit d’étape 1
q-cycle-order-item-stage-2 = Audit d’étape 2
q-cycle-order-item-decision = Décision de certification et délivrance du certificat
q-cycle-order-item-surveillance-1 = Premier audit de surveillance
q-cycle-order-item-surveillance-2 = Deuxième audit de surveillance
q-cycle-order-item-recertification = Audit de renouvellement

q-validity = Combien d’années dure la validité d’un certificat ISO/IEC 27001 accrédité, sous réserve que les audits de surveillance se passent bien ? Répondez par un nombre.
q-validity-explanation = Trois ans. Des audits de surveillance ont lieu chaque année entre-temps, et un audit de renouvellement avant l’échéance débouche sur un nouveau certificat de trois ans.

q-stage-1 = À quoi sert principalement l’audit d’étape 1 d’une première certification ISO/IEC 27001 ?
q-stage-1-explanation = L’étape 1 examine le SMSI documenté (domaine d’application, appréciation et traitement des risques, déclaration d’applicabilité) et vérifie que les audits internes et revues de direction sont planifiés et engagés, afin de décider si l’organisme est prêt pour l’étape 2. Éprouver les mesures en fonctionnement est le rôle de l’étape 2 ; un organisme de certification ne peut pas faire de conseil ; et aucun certificat provisoire n’existe.
q-stage-1-option-readiness = Examiner le SMSI documenté et juger si l’organisme est prêt pour l’étape 2
q-stage-1-option-readiness-feedback = Exact : l’étape 1 porte sur la documentation et l’état de préparation.
q-stage-1-option-effectiveness = Tester un échantillon de mesures en fonctionnement pour confirmer leur efficacité
q-stage-1-option-effectiveness-feedback = Non : c’est le rôle de l’étape 2, qui évalue mise en œuvre et efficacité.
q-stage-1-option-consulting = Conseiller l’organisme sur la façon de combler ses écarts avant la certification
q-stage-1-option-consulting-feedback = Non : un organisme de certification ne peut pas conseiller l’organisme sur le SMSI qu’il certifie.
q-stage-1-option-provisional = Délivrer un certificat provisoire valable jusqu’à l’étape 2
q-stage-1-option-provisional-feedback = Non : il n’existe pas de certificat provisoire ; la décision n’intervient qu’après l’étape 2.

q-first-surveillance = Un organisme de certification a décidé le 15 mars de certifier une entreprise. Quelle est l’échéance du premier audit de surveillance ?
q-first-surveillance-explanation = Le premier audit de surveillance doit avoir lieu dans les douze mois suivant la décision de certification, puis la surveillance se poursuit au moins une fois par année civile jusqu’au renouvellement. Un changement important peut justifier un audit supplémentaire, mais il ne remplace pas la surveillance annuelle.
q-first-surveillance-option-twelve-months = Dans les douze mois suivant la décision de certification
q-first-surveillance-option-twelve-months-feedback = Exact : la surveillance commence au plus tard douze mois après la décision.
q-first-surveillance-option-eighteen-months = Dans les dix-huit mois, à mi-parcours du cycle
q-first-surveillance-option-eighteen-months-feedback = Non : la surveillance est au moins annuelle, pas unique à mi-cycle.
q-first-surveillance-option-on-change = Uniquement si l’entreprise signale un changement important
q-first-surveillance-option-on-change-feedback = Non : un changement peut justifier un audit spécial, mais la surveillance est planifiée chaque année quoi qu’il arrive.
q-first-surveillance-option-at-recertification = Pas avant l’audit de renouvellement de la troisième année
q-first-surveillance-option-at-recertification-feedback = Non : un certificat sans surveillance pendant trois ans ne serait pas maintenu.
