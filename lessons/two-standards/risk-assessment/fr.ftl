title = L’appréciation des risques exigée par l’ISO/IEC 27001
overview = Vous saurez expliquer ce que l’article 6.1.2 de l’ISO/IEC 27001 attend d’une appréciation des risques de sécurité de l’information, et reconnaître un processus qui y répond.
explanation =
    L’article 6.1.2 de l’ISO/IEC 27001 n’impose aucune méthode particulière d’appréciation des risques de sécurité de l’information. Il fixe ce que le processus doit produire, si bien que chaque organisme peut retenir la méthode qui lui convient tout en satisfaisant l’auditeur.

    D’abord, l’organisme définit des critères de risque et les tient à jour : la manière de coter la vraisemblance et les conséquences, et le niveau en deçà duquel un risque est accepté. Ensuite, le processus doit être reproductible : mené une nouvelle fois, il doit aboutir à des résultats cohérents, valides et comparables, quelle que soit la personne qui l’applique.

    Dans le périmètre du SMSI, le processus identifie les risques de perte de confidentialité, d’intégrité ou de disponibilité de l’information, et désigne pour chacun un propriétaire du risque, c’est-à-dire la personne qui en répond et qui a autorité pour décider de son traitement. Chaque risque est ensuite analysé : on estime ce qui se passerait s’il se réalisait et avec quelle vraisemblance, pour en déduire un niveau de risque. L’évaluation confronte ces niveaux aux critères et fixe les priorités de traitement.

    Enfin, l’organisme conserve des informations documentées sur le processus, afin que sa méthode et ses résultats puissent être présentés et vérifiés. Le traitement des risques (article 6.1.3) s’appuie ensuite sur ces résultats. Pour chaque risque à traiter, l’organisme choisit une option : modifier le risque par des mesures, le maintenir, l’éviter ou le partager. Il détermine les mesures que ces options exigent, les compare à l’annexe A pour n’en omettre aucune d’indispensable, consigne le résultat dans la déclaration d’applicabilité et formalise un plan de traitement des risques. Les propriétaires des risques approuvent enfin ce plan et acceptent les risques résiduels.
practical-example =
    Un groupe hospitalier mène chaque année son appréciation des risques dans un classeur partagé. L’onglet des critères, validé par le comité de sécurité, définit des échelles en cinq niveaux pour la vraisemblance et l’impact, ainsi que le score au-delà duquel un risque doit être traité. Les chefs de service recensent les risques pesant sur le dossier patient, la facturation et la planification, chacun rattaché à la propriété menacée et à un propriétaire du risque issu des métiers. Deux analystes cotent séparément un échantillon pour vérifier que la méthode donne les mêmes résultats. Le comité confronte ensuite les scores aux critères, et le classeur, avec l’historique de ses versions, constitue l’information documentée.
block-criteria-and-repeatability-heading = D’abord les critères, puis une méthode reproductible
block-criteria-and-repeatability-body =
    Avant de coter le moindre risque, l’organisme décide de la façon dont les risques seront jugés. Les critères sont établis une fois, puis tenus à jour, par exemple lorsque l’appétence au risque de la direction évolue.

    - Des échelles de vraisemblance et de conséquences, chaque niveau étant décrit en termes simples.
    - Le niveau jusqu’auquel un risque peut être accepté sans traitement supplémentaire.
    - Les règles de conduite de l’appréciation, pour que toutes les équipes procèdent de la même manière.

    L’objectif est un processus qui donne des résultats cohérents, valides et comparables lorsqu’on le répète. Si deux évaluateurs cotent un même scénario de façon très différente, ou si les résultats de cette année ne peuvent pas être rapprochés de ceux de l’an dernier, les critères ou leur formulation sont à revoir.
block-risks-and-owners-heading = Identifier les risques et leurs propriétaires
block-risks-and-owners-body =
    L’identification s’inscrit dans le périmètre du SMSI et recherche les événements susceptibles de porter atteinte à la confidentialité, à l’intégrité ou à la disponibilité de l’information. Une bonne habitude consiste à formuler chaque risque comme un court scénario : ce qui pourrait arriver, à quelle information, avec quel effet.

    Chaque risque reçoit ensuite un propriétaire. Celui-ci en répond et a autorité pour décider de son traitement, par exemple l’accepter ou financer une mesure de sécurité. C’est pourquoi les propriétaires sont le plus souvent des responsables de l’activité concernée plutôt que l’équipe sécurité, qui conseille et coordonne.

    Un risque sans propriétaire a tendance à rester indéfiniment dans le registre, faute de quelqu’un qui soit en mesure de trancher.
block-analyse-evaluate-document-heading = Analyser, évaluer, documenter
block-analyse-evaluate-document-body =
    L’analyse et l’évaluation sont deux étapes distinctes, et les confondre est une faiblesse fréquente.

    - L’analyse estime, pour chaque risque, la gravité des conséquences s’il se réalisait et sa vraisemblance concrète, puis combine les deux en un niveau de risque.
    - L’évaluation compare chaque niveau aux critères de risque et détermine quels risques doivent être traités, et dans quel ordre.

    Tout au long de la démarche, l’organisme conserve des informations documentées : les critères, la méthode, les risques identifiés avec leurs propriétaires, ainsi que les résultats de l’analyse et de l’évaluation. Ces informations documentées permettent à l’auditeur de constater que le processus existe et fonctionne, et à la prochaine appréciation de partir d’une base connue.
example-inconsistent-scores = Deux directions cotent le même scénario de vol d’ordinateur portable, l’une en « faible », l’autre en « critique ». Faute de critères communs, les résultats ne sont pas comparables et le processus n’offre pas la cohérence attendue par la norme.
example-business-owner = Le risque d’altération des données de paie a pour propriétaire la directrice des ressources humaines, qui décide de son traitement ; l’équipe informatique, elle, exploite les mesures de sécurité correspondantes.
callout-outcomes-not-method-title = Des résultats attendus, pas une méthode imposée
callout-outcomes-not-method-body = L’ISO/IEC 27001 ne vous dit pas quelle méthode d’appréciation employer. Elle dit ce que la méthode doit garantir : des critères tenus à jour, des résultats reproductibles, des risques pour la confidentialité, l’intégrité et la disponibilité identifiés dans le périmètre, des propriétaires désignés, une analyse et une évaluation au regard des critères, et un processus documenté.
callout-owners-who-decide-title = Désignez des propriétaires qui peuvent trancher
callout-owners-who-decide-body = Pour désigner le propriétaire d’un risque, demandez-vous qui pourrait l’accepter ou approuver une dépense pour le réduire. Si la réponse désigne quelqu’un d’autre que la personne pressentie, c’est sans doute à cette autre personne que revient ce rôle.
prompt = Décrivez la façon dont les risques sont cotés dans un organisme que vous connaissez. Deux personnes cotant le même risque chacune de leur côté arriveraient-elles au même résultat ? Que changeriez-vous pour obtenir des résultats cohérents, valides et comparables ?
prompt-guidance =
    Une bonne réponse commence par décrire les échelles en usage et qui les applique, puis les met à l’épreuve d’un scénario concret. Les faiblesses habituelles sont des niveaux décrits de façon floue, des critères qui varient d’une direction à l’autre et des scores qui dépendent de qui participe à l’atelier.

    Parmi les améliorations utiles : décrire simplement chaque niveau de vraisemblance et de conséquences, s’accorder sur un seuil d’acceptation unique, étalonner les évaluateurs sur quelques exemples communs et consigner le raisonnement derrière chaque score, pour que la prochaine appréciation puisse être comparée à celle-ci.
exercise = Remettez ces activités d’appréciation des risques dans l’ordre où on les mène habituellement.
exercise-explanation = Les critères viennent en premier, car toutes les étapes suivantes en dépendent. Les risques sont identifiés dans le périmètre du SMSI, chacun reçoit un propriétaire, puis ils sont analysés pour obtenir un niveau de risque et enfin évalués au regard des critères. La documentation accompagne chaque étape.
exercise-item-set-criteria = Établir les critères de risque, dont le seuil d’acceptation
exercise-item-identify-risks = Identifier les risques pour la confidentialité, l’intégrité et la disponibilité dans le périmètre du SMSI
exercise-item-identify-owners = Désigner un propriétaire pour chaque risque
exercise-item-analyse = Estimer conséquences et vraisemblance pour obtenir un niveau de risque
exercise-item-evaluate = Comparer chaque niveau aux critères et fixer les priorités de traitement
