title = Sauvegarde, journalisation et surveillance
overview = Vous verrez comment les mesures 8.13 et 8.14 permettent de récupérer informations et services, et comment les mesures 8.15, 8.16 et 8.17 forment une seule chaîne, de l’événement enregistré à l’incident traité, avec à chaque étape des décisions de conservation, de revue et d’utilisation.
explanation =
    Deux questions traversent ces cinq mesures. Pouvons-nous retrouver informations et services après une panne ou une attaque ? Pouvons-nous établir ce qui s’est passé, et à quel moment ? La première relève des mesures 8.13 (sauvegarde des informations) et 8.14 (redondance des moyens de traitement de l’information) ; la seconde des mesures 8.15 (journalisation), 8.16 (activités de surveillance, nouvelle en 2022) et 8.17 (synchronisation des horloges).

    La 8.13 se règle sur les besoins métier, non sur les réglages par défaut de l’outil de sauvegarde. La perte de données maximale admissible (RPO) et la durée maximale d’interruption admissible (RTO) découlent du bilan d’impact sur l’activité et de la mesure 5.30 (préparation des TIC pour la continuité d’activité) ; elles déterminent la fréquence, la durée de conservation et le type de copie. La 8.14 sert la disponibilité en doublant composants, liaisons ou sites, afin qu’une panne n’interrompe pas le service. Les deux se complètent : la redondance reproduit en quelques secondes une suppression ou un chiffrement par rançongiciel, alors qu’une sauvegarde permet de revenir en arrière, au prix de plusieurs heures de restauration.

    La 8.15 consiste à tenir un relevé fiable de ce qui se passe sur les systèmes, à commencer par les événements qui intéressent la sécurité. Ce qui rend la journalisation utile, ce sont les décisions sur la conservation, la revue et l’utilisation opérationnelle, ainsi que la protection contre toute altération, y compris par les administrateurs dont les actions sont journalisées. Les journaux contiennent souvent des données personnelles : leur durée de conservation et leurs accès doivent aussi respecter la mesure 5.34 (protection de la vie privée et des données à caractère personnel).

    La 8.16 transforme les enregistrements en détection : des personnes et des outils cherchent les signes d’une attaque ou d’un abus en cours, et transmettent ce qu’ils trouvent à ceux qui décident de la suite. Cette transmission fait le lien avec les mesures 5.25 (évaluation des événements de sécurité de l’information et prise de décision) et 5.26 (réponse aux incidents de sécurité de l’information). La 8.17 conditionne toute la chaîne : si les horloges divergent, on ne peut pas ordonner les événements venus de systèmes différents, et une chronologie établie pour une enquête ou un tribunal devient contestable.

    Une petite entreprise peut s’appuyer sur les journaux d’audit de sa suite en nuage, un service de détection géré et une offre de sauvegarde à copies immuables. Une grande exploite son propre SIEM et un centre opérationnel de sécurité, souvent en continu. Les questions de l’auditeur restent les mêmes : qu’est-ce qui est journalisé et pourquoi, qui le regarde, qu’est-il advenu des dernières alertes, et quand une restauration a-t-elle été testée pour la dernière fois ?
practical-example =
    Une entreprise de logistique de taille moyenne décrit sa journalisation comme une chaîne. Serveurs, pare-feu et services en nuage prennent tous l’heure de deux sources internes synchronisées sur des références publiques, et journalisent en UTC. Les événements sont transmis à un SIEM dont les administrateurs de stockage ne peuvent pas modifier le contenu ; le stockage rapide garde 90 jours pour la recherche, une archive garde un an pour les enquêtes et les obligations contractuelles. Douze scénarios de détection, des connexions géographiquement impossibles au renommage massif de fichiers, ont chacun un responsable et une fiche de réponse. Les alertes sont qualifiées la nuit par un prestataire, le jour par l’équipe interne, et chaque alerte requalifiée en incident renvoie au ticket correspondant du processus de gestion des incidents.
block-backup-and-restore-heading = Des sauvegardes qui se restaurent vraiment (8.13)
block-backup-and-restore-body =
    La règle 3-2-1 reste une bonne base : au moins trois copies des données, sur deux types de stockage différents, dont une hors site. Face aux rançongiciels, les équipes y ajoutent une copie hors ligne ou immuable, protégée par des identifiants distincts de ceux du domaine de production.

    - Périmètre : les données, mais aussi les images système, les configurations et le contenu des services SaaS, dont les fournisseurs garantissent rarement la restauration de ce que le client a supprimé.
    - Protection : sauvegardes chiffrées, accès à la console restreint et soumis au MFA, alerte en cas de suppression de sauvegardes.
    - Tests de restauration : planifiés, portant sur des fichiers, des systèmes entiers et de temps à autre un service complet, chronométrés au regard du RTO et consignés avec leurs résultats.

    L’auditeur attend le plan de sauvegarde, les comptes rendus d’exécution des tâches et, surtout, les enregistrements des tests de restauration.
block-redundancy-heading = La redondance (8.14)
block-redundancy-body = La redondance part de la disponibilité requise par chaque service. Les moyens habituels sont les grappes de serveurs, le doublement des liaisons réseau et des alimentations, le recours à plusieurs zones de disponibilité ou régions en nuage, et un second centre de données pour les services critiques. Chaque chemin redondant doit être éprouvé : une bascule jamais exercée échoue souvent sur un certificat, une licence ou un paramètre DNS. L’auditeur demande quels services sont redondés, en quoi cela répond à leurs exigences de disponibilité et quand la bascule a été testée pour la dernière fois.
block-logging-heading = Une journalisation qui vaut d’être conservée (8.15)
block-logging-body =
    - Que journaliser : connexions réussies et échouées, usage des droits à privilèges, modifications des paramètres de sécurité et des comptes, accès aux données sensibles, alertes des outils de sécurité, arrêt et redémarrage de la journalisation elle-même.
    - Protection : les journaux quittent rapidement le système source et aboutissent dans un stockage non réinscriptible ou protégé par des règles d’accès strictes, avec une intégrité démontrable.
    - Conservation : fixée par type de journal selon le délai habituel de découverte des attaques, les obligations légales et contractuelles (PCI DSS, par exemple, demande un an de journaux d’audit, dont les trois derniers mois immédiatement consultables) et les limites imposées par la protection de la vie privée.
    - Revue et utilisation : chaque source a une raison d’être collectée, un usage de détection ou un besoin d’enquête.
block-monitoring-and-time-heading = Surveillance et heure de référence (8.16, 8.17)
block-monitoring-and-time-body = La surveillance suppose une référence de comportement normal, des règles de détection écrites à partir de scénarios d’attaque réalistes, et des personnes qui qualifient les alertes dans un délai convenu. Les faux positifs sont corrigés plutôt qu’ignorés, et chaque règle a un responsable. Pour la 8.17, tous les systèmes prennent l’heure d’une même référence, directement ou par des serveurs de temps internes utilisant NTP, les dérives sont surveillées et les journaux indiquent un fuseau horaire, de préférence UTC. La figure montre comment ces mesures s’enchaînent.
example-ransomware-restore = Un industriel frappé par un rançongiciel restaure à partir d’une copie immuable, mais la reconstruction de son ERP prend trois jours pour un objectif de 24 heures. Le retour d’expérience aboutit à des tests trimestriels de restauration d’un service complet et à un ordre de reprise revu.
example-clock-offset = Au cours d’une enquête, on découvre que le boîtier VPN avance de sept minutes sur les contrôleurs de domaine : la connexion de l’attaquant semble suivre des actions qu’elle a en réalité précédées. La chronologie doit être reconstruite à la main ; tous les équipements réseau utilisent désormais les serveurs de temps internes.
example-alert-flood = Un SIEM fraîchement installé lève 4 000 alertes par jour, et les analystes se mettent à ignorer des catégories entières. L’équipe se recentre sur quinze scénarios ajustés, chacun avec un responsable, et la part des alertes suivies d’une action passe de 2 % à 30 %.
callout-untested-backups-title = Une sauvegarde jamais restaurée est un espoir, pas une mesure
callout-untested-backups-body = Des tâches de sauvegarde réussies prouvent que les données ont été copiées, non qu’un service peut être reconstruit à temps. Vérifiez aussi qu’un attaquant muni des droits d’administration de la production ne peut ni atteindre ni supprimer les sauvegardes.
callout-use-cases-first-title = Partir des scénarios, pas des sources
callout-use-cases-first-body = Décidez d’abord quelles attaques et quels usages abusifs vous voulez voir, puis collectez les journaux dont ces scénarios ont besoin. Raccorder toutes les sources « au cas où » remplit le stockage et noie les analystes sans améliorer la détection.
prompt = Pour un service que vous connaissez, notez son RPO et son RTO, l’emplacement de ses sauvegardes, la date du dernier test de restauration et sa durée. Citez ensuite trois événements qui, sur ce service, devraient déclencher une alerte, et qui la recevrait.
prompt-guidance =
    Une bonne réponse donne des chiffres : par exemple un RPO de quatre heures et un RTO d’une journée, justifiés par l’impact sur l’activité. Elle indique où se trouvent les copies, laquelle est hors ligne ou immuable, et donne la date, le périmètre et la durée mesurée du dernier test de restauration, avec l’écart éventuel par rapport à l’objectif.

    Les trois événements doivent être propres au service : connexion d’un administrateur depuis un pays inhabituel, suppression ou chiffrement massif de fichiers, arrêt de la journalisation. Pour chacun, la réponse désigne le destinataire, le délai de réaction attendu et l’endroit où l’alerte est enregistrée, ce qui fait le lien entre la 8.16 et la gestion des incidents.
exercise = Remettez dans l’ordre les étapes d’un test de restauration, de la préparation au suivi.
exercise-explanation = Un test de restauration part de l’objectif qui servira d’étalon, choisit ce qu’il faut restaurer, restaure dans un environnement isolé pour ne pas toucher la production, fait confirmer par le propriétaire des données que le résultat est complet et exploitable, compare le temps écoulé à l’objectif, et se conclut par un enregistrement et des actions sur les écarts.
exercise-item-set-target = Confirmer le RTO et le RPO au regard desquels le test sera évalué
exercise-item-pick-sample = Choisir le système et la date de sauvegarde à restaurer
exercise-item-restore-isolated = Restaurer dans un environnement isolé, à l’écart de la production
exercise-item-verify-owner = Faire vérifier par le propriétaire des données que la restauration est complète et exploitable
exercise-item-measure-time = Comparer le temps écoulé et les données perdues aux objectifs
exercise-item-record-improve = Consigner les résultats et lancer des actions sur chaque écart
figure-log-pipeline-caption = Des sources de journaux à la gestion des incidents : comment les mesures 8.17, 8.15 et 8.16 forment une seule chaîne
figure-log-pipeline-description =
    Cinq étapes de gauche à droite, chacune alimentant la suivante.

    - Sources de journaux : serveurs, postes de travail, équipements réseau, services en nuage et applications produisent des événements.
    - 8.17, synchronisation des horloges : chaque source prend l’heure d’une même référence et horodate en UTC, ce qui permet d’ordonner les événements.
    - 8.15, journalisation : les événements sont collectés de façon centralisée, protégés contre toute altération et accessibles aux seules personnes autorisées.
    - 8.16, activités de surveillance : des règles de détection et une référence de comportement normal déclenchent des alertes, que des analystes qualifient.
    - 5.25 et 5.26 : les alertes significatives sont appréciées comme événements de sécurité, une décision est prise et les incidents sont traités.

    Sous l’étape de journalisation, une flèche en pointillés mène à la conservation : les journaux sont gardés pendant une durée justifiée, puis supprimés. Une seconde flèche en pointillés va de la conservation à la gestion des incidents, car les enquêtes s’appuient sur les journaux conservés.
figure-log-pipeline-label-sources-title = Sources de journaux
figure-log-pipeline-label-sources-detail = Serveurs, postes, équipements réseau, services en nuage, applications
figure-log-pipeline-label-clocks-title = 8.17 Synchronisation des horloges
figure-log-pipeline-label-clocks-detail = Une même heure de référence pour tous, horodatage en UTC
figure-log-pipeline-label-logging-title = 8.15 Journalisation
figure-log-pipeline-label-logging-detail = Collecte centrale, protection contre l’altération, accès restreint
figure-log-pipeline-label-monitoring-title = 8.16 Activités de surveillance
figure-log-pipeline-label-monitoring-detail = Règles de détection, comportement de référence, alertes qualifiées
figure-log-pipeline-label-incident-title = 5.25 / 5.26 Gestion des incidents
figure-log-pipeline-label-incident-detail = Événement apprécié, décision prise, réponse conduite
figure-log-pipeline-label-retention-title = Conservation
figure-log-pipeline-label-retention-detail = Gardés pendant une durée justifiée, puis supprimés
figure-log-pipeline-label-investigations = Consultés lors des enquêtes
