title = L’annexe A, l’ISO/IEC 27002 et la déclaration d’applicabilité
overview = Vous verrez comment se lisent ensemble les entrées succinctes de l’annexe A de l’ISO/IEC 27001, chacune réduite à un intitulé et à l’énoncé de la mesure, et les recommandations de l’ISO/IEC 27002, et comment un organisme justifie les mesures qu’il exclut.
explanation =
    L’annexe A de l’ISO/IEC 27001 est une liste de référence de mesures de sécurité de l’information. Chaque entrée tient en peu de mots : un intitulé et une phrase qui énonce la mesure. Cette concision est voulue. L’annexe A dit de quoi se compose le référentiel de mesures, pas comment mettre en œuvre chacune d’elles.

    L’ISO/IEC 27002 reprend ces mêmes mesures et les développe une à une, avec des recommandations de mise en œuvre, des éléments d’interprétation et des exemples. Dans les éditions actuelles, les deux documents partagent la même liste et la même numérotation : on passe donc directement d’une entrée de l’annexe A à l’article correspondant de l’ISO/IEC 27002. Lire l’une sans l’autre, c’est se retrouver soit avec un énoncé sans substance, soit avec des conseils détachés des exigences.

    L’annexe A n’est pas une liste à appliquer intégralement. Une fois ses risques appréciés, l’organisme détermine les mesures dont il a besoin. L’ISO/IEC 27001 l’autorise à exclure une mesure de l’annexe A lorsque ni un risque ni une obligation légale, contractuelle ou réglementaire ne la rend nécessaire. Cette décision et ses motifs sont consignés dans la déclaration d’applicabilité, qui indique mesure par mesure ce qui s’applique et pourquoi. Les auditeurs la lisent de près : une exclusion mal étayée figure parmi les premiers points sur lesquels ils s’arrêtent.
practical-example =
    Chez un transporteur régional, l’équipe du SMSI tient sa déclaration d’applicabilité sous forme de tableau, à raison d’une ligne par mesure de l’annexe A. Chaque ligne indique si la mesure s’applique, les risques ou obligations qui motivent ce choix, l’état de mise en œuvre et les recommandations de l’ISO/IEC 27002 sur lesquelles l’équipe s’est appuyée. L’entreprise ne développe aucun logiciel : la mesure relative au codage sécurisé est donc exclue, avec un renvoi à l’appréciation des risques et une note du service juridique confirmant qu’aucun contrat ni aucune réglementation ne l’exige. Le jour où l’entreprise lance le développement d’un portail client, la ligne est rouverte et la mesure réintégrée.
block-annex-a-heading = L’annexe A : la liste de référence
block-annex-a-body =
    L’annexe A de l’ISO/IEC 27001 rassemble les mesures de référence en un seul endroit. Chacune y tient en un intitulé et une phrase qui l’énonce, ce qui rend la liste facile à parcourir et à rapprocher des résultats d’une appréciation des risques.

    - Elle sert de contre-vérification : après avoir choisi ses mesures à partir de l’appréciation des risques, l’organisme compare son choix à l’annexe A pour s’assurer de n’avoir rien omis d’important.
    - Elle attribue à chaque mesure un numéro stable, auquel renvoient la déclaration d’applicabilité, les rapports d’audit et la documentation interne.
    - Elle ne dit ni comment mettre en œuvre une mesure, ni jusqu’où aller, ni quelles preuves conserver.

    C’est précisément sur ces questions que l’ISO/IEC 27002 prend le relais.
block-expanded-guidance-heading = L’ISO/IEC 27002 : la même mesure, développée
block-expanded-guidance-body =
    Pour chaque mesure, l’ISO/IEC 27002 expose la finalité, fournit des recommandations de mise en œuvre et ajoute des informations complémentaires, comme des points d’interprétation et des exemples. L’entrée de deux lignes de l’annexe A se déploie ainsi en plusieurs paragraphes de conseils concrets.

    Ces recommandations aident l’équipe à trancher ce que l’entrée laisse ouvert : quels actifs sont concernés, quels rôles interviennent, quelles situations exigent plus de rigueur. Elles restent des recommandations, que l’équipe adapte à sa taille, à ses technologies et à ses risques.

    Lire les deux documents côte à côte est la façon normale de travailler. L’annexe A rattache la mesure aux exigences qui seront auditées ; l’ISO/IEC 27002 apporte la matière nécessaire pour bien la mettre en œuvre.
block-statement-of-applicability-heading = Exclure une mesure, et dire pourquoi
block-statement-of-applicability-body =
    La déclaration d’applicabilité indique, pour chaque mesure de l’annexe A, si l’organisme l’applique et pour quelle raison. Plus précisément, l’ISO/IEC 27001 attend qu’elle recense les mesures nécessaires, la justification de leur inclusion et leur état de mise en œuvre, ainsi que la justification de l’exclusion de toute mesure de l’annexe A. C’est le premier document qu’ouvre un auditeur lorsqu’il examine les mesures de sécurité.

    Une exclusion n’est recevable que si aucun des éléments suivants ne rend la mesure nécessaire :

    - un risque mis en évidence par l’appréciation des risques ;
    - une obligation légale ou réglementaire ;
    - une obligation contractuelle envers un client, un partenaire ou un fournisseur.

    Une justification solide expose le raisonnement et renvoie aux preuves, par exemple les résultats de l’appréciation des risques et le registre des contrats. Elle est réexaminée dès que l’organisme, ses activités ou ses obligations évoluent.
example-no-software = Un cabinet de conseil qui ne développe aucun logiciel exclut la mesure 8.28, codage sécurisé ; sa déclaration d’applicabilité renvoie à l’appréciation des risques et à la vérification de ses contrats.
example-contract-keeps-control = Un cabinet comptable juge le risque pesant sur les fichiers qu’il envoie à ses clients assez faible pour se passer de chiffrement, mais le contrat de l’un d’eux impose de chiffrer tout fichier transmis. Cette seule obligation contractuelle suffit à rendre applicable la mesure 8.24, utilisation de la cryptographie.
callout-side-by-side-title = Gardez les deux documents ouverts
callout-side-by-side-body = Lorsque vous travaillez sur une mesure, lisez ensemble l’entrée de l’annexe A et l’article correspondant de l’ISO/IEC 27002. Notez dans la déclaration d’applicabilité les recommandations suivies et les points sur lesquels vous vous en êtes écarté.
callout-weak-exclusion-title = « Non pertinent » n’est pas une justification
callout-weak-exclusion-body = Une exclusion doit démontrer qu’aucun risque ni aucune obligation légale, contractuelle ou réglementaire n’appelle la mesure. Consultez le registre des contrats et la réglementation applicable avant toute exclusion, et réexaminez chacune d’elles lorsque l’organisme change.
prompt = Choisissez une mesure de l’annexe A qu’un organisme que vous connaissez pourrait exclure. Rédigez la justification que vous porteriez dans sa déclaration d’applicabilité, puis dressez la liste de ce que vous vérifieriez avant de la valider.
prompt-guidance =
    Une justification solide s’appuie sur des faits : l’activité que l’organisme n’exerce pas ou l’actif dont il ne dispose pas, ainsi que le résultat de l’appréciation des risques montrant qu’aucun risque n’appelle la mesure.

    Avant de valider, il faut passer en revue trois sources d’obligations : les lois et règlements applicables à l’organisme, les contrats passés avec les clients et partenaires, et les engagements pris envers les fournisseurs. Il faut aussi prévoir quand réexaminer l’exclusion, par exemple à chaque mise à jour de l’appréciation des risques ou au lancement d’un nouveau service.
exercise = Une équipe rédige sa première déclaration d’applicabilité. Parmi ces éléments, lesquels l’ISO/IEC 27001 attend-elle dans ce document ? Cochez toutes les réponses qui conviennent.
exercise-explanation = La déclaration d’applicabilité recense les mesures nécessaires et la justification de leur inclusion, indique si chacune est mise en œuvre et justifie l’exclusion de toute mesure de l’annexe A. Les risques résiduels, comme la répartition des actions et leurs échéances, relèvent du plan de traitement des risques ; beaucoup d’équipes ajoutent des responsables à leur DdA, mais l’ISO/IEC 27001 ne l’exige pas dans ce document.
exercise-option-necessary-controls = Les mesures nécessaires, avec la justification de l’inclusion de chacune
exercise-option-necessary-controls-feedback = Exact : le document part des mesures qu’appelle le traitement des risques et explique la présence de chacune.
exercise-option-implementation-status = L’indication, pour chacune de ces mesures, de sa mise en œuvre ou non
exercise-option-implementation-status-feedback = Exact : on voit d’un coup d’œil ce qui est en place et ce qui reste prévu.
exercise-option-exclusion-reasons = La justification de l’exclusion de toute mesure de l’annexe A
exercise-option-exclusion-reasons-feedback = Exact : chaque mesure de l’annexe A écartée doit avoir son motif, fondé sur les risques et les obligations.
exercise-option-residual-levels = Le niveau résiduel de chaque risque après traitement
exercise-option-residual-levels-feedback = Pas dans la DdA : les risques résiduels figurent dans l’appréciation et le plan de traitement des risques, où les propriétaires des risques les acceptent. La DdA s’organise par mesure, non par risque.
exercise-option-guidance-text = Le responsable et l’échéance de chaque action nécessaire à la mise en œuvre des mesures
exercise-option-guidance-text-feedback = Pas dans la DdA : qui fait quoi et pour quand figure dans le plan de traitement des risques. Ajouter les responsables à la DdA est une pratique courante, pas une exigence de l’ISO/IEC 27001 pour ce document.
