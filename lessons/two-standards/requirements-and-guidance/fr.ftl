title = L’ISO/IEC 27001 fixe les exigences, l’ISO/IEC 27002 guide la mise en œuvre
overview = Vous comprendrez pourquoi c’est l’ISO/IEC 27001 qui sert de référence à la certification, tandis que l’ISO/IEC 27002 aide à choisir comment mettre en œuvre les mesures de sécurité.
explanation =
    L’ISO/IEC 27001 et l’ISO/IEC 27002 appartiennent à la même famille, mais elles n’ont pas le même rôle. La première énonce les exigences auxquelles doit répondre un système de management de la sécurité de l’information (SMSI). Parmi elles figure un processus de gestion des risques : l’organisme apprécie ses risques de sécurité de l’information et en déduit les mesures de sécurité dont il a besoin. Il s’agit d’exigences : chacune est satisfaite ou ne l’est pas.

    L’ISO/IEC 27002 est un code de bonne pratique. Elle décrit les mesures de sécurité et explique comment on les met habituellement en place, avec des éléments d’interprétation et des exemples, sans rien imposer. Chacun est libre de la suivre de près, de l’adapter ou de puiser à d’autres sources.

    Cette différence détermine ce qui peut être certifié. L’ISO/IEC 27001 est la norme d’exigences du SMSI au regard de laquelle les organismes se font certifier : un organisme de certification indépendant audite le SMSI par rapport à ses exigences. Quelques autres normes de la famille se certifient aussi, comme l’ISO/IEC 27701 pour la protection de la vie privée, mais l’ISO/IEC 27002, qui ne contient que des recommandations, ne peut jamais servir de base à une certification.

    Dans les faits, les deux normes se lisent ensemble. Une équipe a beau s’appuyer largement sur l’ISO/IEC 27002 pour concevoir ses mesures, la certification repose sur les exigences de l’ISO/IEC 27001. Un bon usage du guide aide à démontrer que ces exigences sont remplies ; il ne s’y substitue jamais.
practical-example =
    Un éditeur de logiciels qui prépare sa première certification répartit le travail en deux volets. Le responsable du SMSI recense les exigences de l’ISO/IEC 27001 et associe à chacune un responsable et une preuve : le périmètre du SMSI, la méthode d’appréciation des risques et ses résultats, la déclaration d’applicabilité. Pour chaque mesure de sécurité retenue à l’issue de l’appréciation des risques, les ingénieurs consultent l’ISO/IEC 27002 afin de voir à quoi ressemble une mise en œuvre solide, puis l’adaptent à leur plateforme hébergée en nuage. Le jour de l’audit, l’échange part des exigences de l’ISO/IEC 27001 ; les recommandations de l’ISO/IEC 27002 expliquent pourquoi les mesures ont pris cette forme.
block-requirements-heading = ISO/IEC 27001 : ce que le système de management doit faire
block-requirements-body =
    L’ISO/IEC 27001 décrit un système de management, pas une liste de réglages techniques. Ses exigences portent sur la manière dont l’organisme pilote la sécurité de l’information dans son ensemble, et elles sont rédigées pour qu’un auditeur puisse vérifier si chacune est satisfaite.

    - Elle demande à l’organisme de définir le périmètre de son SMSI.
    - Elle impose un processus de gestion des risques qui identifie les risques de sécurité de l’information et débouche sur le choix des mesures.
    - Elle attend que les mesures soient appliquées, revues et améliorées à mesure que l’organisme et les menaces évoluent.
    - Elle renvoie à son annexe A, liste de référence des mesures, pour qu’aucune mesure pertinente ne soit oubliée.

    Parce qu’il s’agit d’exigences, c’est elle qui sert d’étalon pour la certification.
block-guidance-heading = ISO/IEC 27002 : comment les mesures sont habituellement mises en œuvre
block-guidance-body =
    L’ISO/IEC 27002 est un code de bonne pratique consacré aux mesures de sécurité de l’information. Pour chacune, elle précise la finalité, propose des recommandations de mise en œuvre et donne des exemples qui aident une équipe à interpréter l’entrée très brève de l’annexe A dans son propre contexte.

    Rien n’y est obligatoire. Une petite entreprise peut n’appliquer qu’une partie des recommandations relatives à une mesure, quand une banque ira bien au-delà. Toutes deux restent dans l’esprit de la norme, car ces recommandations éclairent les décisions sans les dicter.

    L’ISO/IEC 27002 ne se limite pas aux mesures technologiques : une politique, un programme de sensibilisation ou un contrat avec un fournisseur sont des mesures de sécurité au même titre que le chiffrement ou une règle de pare-feu.
block-certification-heading = Ce que couvre réellement un certificat
block-certification-body =
    Un certificat ISO/IEC 27001 atteste qu’un organisme de certification indépendant a audité le SMSI, dans un périmètre défini, au regard des exigences de l’ISO/IEC 27001.

    - Le référentiel d’audit, ce sont les exigences de l’ISO/IEC 27001, et non les recommandations de l’ISO/IEC 27002.
    - Avoir suivi l’ISO/IEC 27002 aide à expliquer le fonctionnement d’une mesure, mais l’auditeur vérifie toujours que l’exigence correspondante est remplie.
    - Une mesure qui s’écarte de l’ISO/IEC 27002 ne constitue pas en soi une non-conformité, dès lors que l’appréciation des risques la justifie et que les exigences sont satisfaites.

    À la lecture d’un certificat, regardez son périmètre : il ne couvre que la partie de l’organisme qui y est nommée.
example-supplier-claim = La plaquette commerciale d’un prestataire annonce une « certification ISO 27002 ». Un acheteur averti demande plutôt le certificat ISO/IEC 27001 et son périmètre, puisqu’aucune certification n’existe au titre de l’ISO/IEC 27002.
example-audit-question = Pendant l’audit, un ingénieur explique que les revues des droits d’accès suivent l’ISO/IEC 27002 à la lettre. L’auditeur prend note, puis demande comment l’appréciation des risques a conduit à cette mesure et quels enregistrements prouvent qu’elle est appliquée.
callout-no-27002-certificate-title = Il n’existe pas de certificat ISO/IEC 27002
callout-no-27002-certificate-body = Se dire certifié ISO/IEC 27002 est, au mieux, un abus de langage. Demandez le certificat ISO/IEC 27001, vérifiez quels sites et quels services entrent dans son périmètre, et renseignez-vous sur sa date d’émission.
callout-rests-on-27001-title = La certification repose toujours sur l’ISO/IEC 27001
callout-rests-on-27001-body = Même si l’ISO/IEC 27002 a largement inspiré vos mesures, la décision de certification se prend au regard des exigences de l’ISO/IEC 27001. Organisez donc vos preuves autour de ces exigences.
prompt = Votre direction vous demande de faire « certifier l’entreprise ISO 27002 ». Rédigez la courte réponse que vous lui adresseriez, en expliquant ce qui est possible et comment les deux normes seraient utilisées.
prompt-guidance =
    Une bonne réponse rectifie la demande sans la balayer. Elle rappelle que la certification d’un SMSI se fait au regard de l’ISO/IEC 27001, qui énonce les exigences du SMSI, y compris le processus de gestion des risques servant à choisir les mesures de sécurité, et jamais au regard de l’ISO/IEC 27002.

    Elle situe ensuite l’ISO/IEC 27002 : un guide pour mettre en œuvre les mesures retenues à l’issue de l’appréciation des risques. Les meilleures réponses évoquent aussi le périmètre du futur certificat et proposent une première étape, par exemple une analyse des écarts par rapport aux exigences de l’ISO/IEC 27001.
exercise = Classez chaque affirmation sous la norme qu’elle décrit.
exercise-explanation = L’ISO/IEC 27001 est rédigée pour qu’un auditeur puisse dire si chaque point est satisfait, du périmètre du SMSI à l’appréciation des risques dont découlent les mesures. L’ISO/IEC 27002 explique chaque mesure, sa raison d’être et sa mise en œuvre courante, et laisse l’organisme libre de n’appliquer qu’une partie de ses recommandations.
exercise-category-iso27001 = ISO/IEC 27001
exercise-category-iso27002 = ISO/IEC 27002
exercise-item-isms-requirements = Un auditeur peut vérifier, article par article, si elle est satisfaite ou non.
exercise-item-risk-process = Elle oblige l’organisme à apprécier ses risques et à en déduire les mesures dont il a besoin.
exercise-item-isms-scope = Elle oblige l’organisme à déterminer et à documenter les activités, sites et systèmes que couvre son SMSI.
exercise-item-implementation-guidance = Pour chaque mesure, elle décrit les façons dont les équipes la mettent habituellement en place.
exercise-item-code-of-practice = Un cabinet de dix personnes peut n’appliquer qu’une partie de ce qu’elle dit d’une mesure tout en restant dans son esprit.
exercise-item-examples-and-interpretation = Elle explique pourquoi chaque mesure existe et quels points méritent attention pour l’adapter.
