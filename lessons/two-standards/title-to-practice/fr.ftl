title = De l’intitulé d’une mesure à une mesure qui fonctionne
overview = Vous apprendrez comment une entrée succincte de l’annexe A, comme la mesure 8.15, journalisation, devient, grâce aux recommandations de l’ISO/IEC 27002, un processus doté d’un responsable et de preuves.
explanation =
    Une entrée de l’annexe A telle que 8.15, journalisation, 5.19, sécurité de l’information dans les relations avec les fournisseurs, ou 8.8, gestion des vulnérabilités techniques, énonce une mesure en un intitulé et une phrase. Prise isolément, cette formule ne peut être ni exploitée ni auditée. Les praticiens s’appuient sur les recommandations de l’ISO/IEC 27002 pour en tirer trois éléments.

    - Un processus : ce qui est fait, à quelle fréquence, avec quels outils et sur quels déclencheurs.
    - Une responsabilité : un rôle désigné qui conduit le processus et répond de ses résultats.
    - Des preuves : les enregistrements qui montrent que le processus fonctionne comme prévu.

    L’ISO/IEC 27002 ne livre pas de procédure clés en main. Elle signale les questions à trancher et montre comment on y répond couramment ; c’est à l’équipe de retenir les réponses adaptées à ses risques et à ses obligations.

    La journalisation illustre bien la démarche. Activer les journaux, c’est le plus facile. Encore faut-il décider combien de temps chaque type de journal est conservé, et pourquoi ; qui examine quels journaux, à quel rythme, et ce qui se passe en cas d’anomalie ; enfin, comment les journaux servent au quotidien, pour enquêter sur un incident, surveiller les systèmes ou diagnostiquer une panne. Une journalisation qui répond à ces questions a un processus, un responsable et des preuves. Sinon, ce n’est qu’un paramètre sur un serveur.
practical-example =
    L’équipe sécurité d’un prestataire de paiement organise un court atelier pour chaque mesure de l’annexe A qu’elle applique. Pour la journalisation, elle lit les recommandations de l’ISO/IEC 27002 avec les responsables de la plateforme et de l’exploitation. Ensemble, ils arrêtent la liste des systèmes qui doivent enregistrer les événements de sécurité, fixent des durées de conservation couvrant à la fois les besoins d’enquête et les obligations légales, et confient au responsable de l’exploitation l’examen quotidien des alertes et le contrôle hebdomadaire d’un échantillon de journaux bruts. L’atelier débouche sur une procédure d’une page, un responsable nommé et une liste de preuves : paramètres de conservation, comptes rendus de revue et tickets d’incident citant des entrées de journal.
block-process-ownership-evidence-heading = Processus, responsabilité, preuves
block-process-ownership-evidence-body =
    Pour toute mesure, un test simple consiste à se poser trois questions et à noter les réponses.

    - Que se passe-t-il, et quand ? Décrivez l’activité, sa fréquence et ce qui la déclenche, assez précisément pour qu’un nouvel arrivant puisse s’en charger.
    - Qui en est responsable ? Désignez un rôle plutôt qu’une personne, et vérifiez que ce rôle dispose du temps et de l’autorité nécessaires.
    - Comment le démontrer ? Listez les enregistrements que laisse le processus, l’endroit où ils sont conservés et pour combien de temps.

    L’ISO/IEC 27002 aide à chaque étape : ses recommandations indiquent ce que l’activité devrait couvrir, et ses exemples aident à doser l’effort. Les réponses trouvent leur place dans les procédures, les fiches de rôle et la déclaration d’applicabilité.
block-logging-worked-through-heading = La journalisation, pas à pas
block-logging-worked-through-body =
    Passer de l’intitulé « journalisation » à la pratique suppose de régler trois sujets.

    - La conservation : combien de temps garder chaque type de journal, compte tenu du délai habituel de découverte des incidents, des obligations légales et contractuelles, et des données personnelles que les journaux peuvent contenir.
    - La revue : qui examine quels journaux ou quelles alertes, à quelle fréquence, que faire face à une anomalie, et comment chaque revue est consignée.
    - L’usage opérationnel : comment les journaux alimentent l’enquête sur incident, la surveillance et le diagnostic, et si les personnes qui en ont besoin peuvent réellement y faire des recherches.

    La protection des journaux eux-mêmes compte aussi. Un journal que l’on peut modifier sans que cela se voie perd son intégrité, et avec elle sa valeur probante.
block-other-titles-heading = La même méthode pour d’autres intitulés
block-other-titles-body =
    La démarche ne se limite pas à la journalisation. Pour la mesure 5.19, sécurité de l’information dans les relations avec les fournisseurs, le processus précise comment les fournisseurs sont évalués avant signature, quelles clauses de sécurité figurent dans les contrats et comment leurs engagements sont suivis ; le responsable se trouve souvent aux achats, conseillé par l’équipe sécurité.

    Pour la mesure 8.8, gestion des vulnérabilités techniques, le processus précise comment les vulnérabilités sont détectées, dans quels délais elles sont corrigées selon leur gravité et comment les dérogations sont approuvées ; le responsable relève en général de l’exploitation informatique.

    Dans chaque cas, l’intitulé de l’annexe A est identique pour tous les organismes, tandis que le processus, le responsable et les preuves reflètent les risques propres à chacun. C’est exactement ce travail que l’ISO/IEC 27002 est conçue pour accompagner.
example-supplier-security = Une enseigne de distribution traduit la sécurité des fournisseurs en procédure : tout nouveau fournisseur remplit un questionnaire de sécurité avant signature, les contrats comportent des clauses de sécurité, et le responsable des achats archive les évaluations comme preuves.
example-vulnerability-management = Une équipe informatique programme une recherche hebdomadaire de vulnérabilités, fixe des délais de correction selon la gravité, confie la mesure au responsable des infrastructures et conserve rapports d’analyse et tickets clos pour montrer que les délais sont tenus.
callout-evidence-question-title = Demandez-vous : « comment le prouver ? »
callout-evidence-question-body = Concevez les preuves en même temps que le processus. Si vous ne savez pas quel enregistrement démontre qu’une mesure est appliquée, l’auditeur ne le saura pas davantage, et vous non plus le jour où survient un incident.
callout-logs-nobody-reads-title = Des journaux que personne ne lit
callout-logs-nobody-reads-body = Collecter des journaux ne constitue pas une mesure en soi. Sans revue définie, sans responsable et sans lien avec la gestion des incidents, les journaux ne montrent qu’après coup ce que personne n’a remarqué sur le moment.
callout-title-is-not-control-title = Un intitulé n’est pas encore une mesure
callout-title-is-not-control-body = L’intitulé de l’annexe A indique le sujet à traiter. La mesure n’existe vraiment qu’une fois qu’un processus tourne, qu’un responsable l’assume et que des enregistrements prouvent son efficacité.
prompt = Choisissez un intitulé de l’annexe A appliqué par un organisme que vous connaissez, ou bien la 8.15 (journalisation), la 5.19 (sécurité de l’information dans les relations avec les fournisseurs) ou la 8.8 (gestion des vulnérabilités techniques). Décrivez le processus, son responsable et trois preuves que vous vous attendriez à trouver.
prompt-guidance =
    Une bonne réponse décrit le processus concrètement : l’activité, sa fréquence et ses déclencheurs. Elle désigne un rôle comme responsable et explique pourquoi ce rôle dispose de l’autorité nécessaire.

    Les preuves devraient être des enregistrements que le processus produit naturellement, par exemple des exports de configuration, des comptes rendus de revue signés, des tickets ou des rapports, chacun avec son lieu de conservation. Pour la journalisation, vérifiez que vous traitez la conservation, la revue et l’usage opérationnel ; pour les fournisseurs, l’évaluation, les contrats et le suivi ; pour les vulnérabilités, la détection, les délais de correction et les dérogations.
exercise = Une équipe transforme la mesure 5.18, droits d’accès, en une mesure qui fonctionne. Rangez chacune des décisions qu’elle consigne dans la bonne rubrique : processus, responsabilité ou preuves.
exercise-explanation = Les éléments de processus disent ce qui se passe et quand : approbation avant toute ouverture d’accès, revue trimestrielle, retrait au départ. Les éléments de responsabilité désignent les rôles qui conduisent le processus ou y prennent des décisions, avec l’autorité nécessaire. Les preuves sont les enregistrements que le processus laisse en fonctionnant, qui montrent à l’auditeur, comme à l’équipe elle-même, qu’il tourne comme prévu.
exercise-category-process = Processus
exercise-category-ownership = Responsabilité
exercise-category-evidence = Preuves
exercise-item-approval-before-access = Un nouvel accès n’est ouvert que sur une demande approuvée par le responsable hiérarchique
exercise-item-quarterly-review = Chaque trimestre, les managers confirment ou retirent les accès de leur équipe aux principales applications
exercise-item-leaver-removal = Les comptes des personnes qui quittent l’organisme sont désactivés le dernier jour de travail
exercise-item-service-desk-lead = Le responsable du centre de services informatiques conduit le processus et répond de ses résultats
exercise-item-application-owners = Chaque propriétaire d’application décide qui peut conserver un accès à son application
exercise-item-review-records = Les comptes rendus de revue trimestrielle signés, conservés trois ans
exercise-item-request-tickets = Les tickets de demande d’accès portant l’approbation du responsable, conservés dans l’outil du centre de services
