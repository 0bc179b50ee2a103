title = De 2013 à 2022, et au-delà
summary = Comment les mesures de 2013 se retrouvent dans l’édition 2022 et comment migrer les documents sans rien perdre, quelles normes voisines prolongent l’ISO/IEC 27001 et l’ISO/IEC 27002, et comment NIS2, DORA et le RGPD s’appuient sur les mêmes mesures.

q-annex-b = Pour vérifier qu’une ancienne référence, par exemple A.9.2.3, a bien été rattachée à la bonne mesure de 2022, quel document faut-il consulter ?
q-annex-b-explanation = L’annexe B de l’ISO/IEC 27002:2022 donne la correspondance officielle dans les deux sens : de chaque mesure de 2022 vers ses sources de 2013, et de chaque mesure de 2013 vers sa destination en 2022. L’annexe A de l’ISO/IEC 27001:2022 ne liste que les mesures actuelles, et ni la norme de vocabulaire ni les règles de transition des organismes de certification ne contiennent de table de correspondance.
q-annex-b-option-annex-b-27002 = L’annexe B de l’ISO/IEC 27002:2022
q-annex-b-option-annex-b-27002-feedback = Exact : ses deux tables donnent la correspondance de 2022 vers 2013 et de 2013 vers 2022.
q-annex-b-option-annex-a-27001 = L’annexe A de l’ISO/IEC 27001:2022
q-annex-b-option-annex-a-27001-feedback = Non : l’annexe A liste les 93 mesures actuelles avec leur énoncé, sans aucune correspondance avec la numérotation de 2013.
q-annex-b-option-iso27000 = L’ISO/IEC 27000, vue d’ensemble et vocabulaire de la famille
q-annex-b-option-iso27000-feedback = Non : l’ISO/IEC 27000 définit des termes ; elle ne fait pas correspondre les mesures d’une édition à l’autre.
q-annex-b-option-iaf-md26 = L’IAF MD 26, exigences de transition applicables aux organismes de certification
q-annex-b-option-iaf-md26-feedback = Non : ce document indiquait aux organismes de certification comment conduire la transition vers l’ISO/IEC 27001:2022 ; il ne contient aucune correspondance mesure par mesure.

q-logging-sources = Dans une déclaration d’applicabilité de 2013, quelles lignes faut-il regrouper sous la mesure 8.15, journalisation, lors de la migration vers 2022 ? Plusieurs réponses sont possibles.
q-logging-sources-explanation = La 8.15, journalisation, fusionne l’A.12.4.1, journalisation des événements, l’A.12.4.2, protection de l’information journalisée, et l’A.12.4.3, journaux administrateur et opérateur. La synchronisation des horloges (A.12.4.4), bien qu’elle ait figuré dans le même groupe en 2013, est devenue une mesure distincte, la 8.17 ; les mesures relatives à l’audit des systèmes d’information (A.12.7.1) sont devenues la 8.34.
q-logging-sources-option-a-12-4-1 = A.12.4.1 Journalisation des événements
q-logging-sources-option-a-12-4-2 = A.12.4.2 Protection de l’information journalisée
q-logging-sources-option-a-12-4-3 = A.12.4.3 Journaux administrateur et opérateur
q-logging-sources-option-a-12-4-4 = A.12.4.4 Synchronisation des horloges
q-logging-sources-option-a-12-4-4-feedback = Pas celle-ci : elle figurait dans le même groupe en 2013, mais elle est devenue la 8.17, synchronisation des horloges, une mesure distincte.
q-logging-sources-option-a-12-7-1 = A.12.7.1 Mesures relatives à l’audit des systèmes d’information
q-logging-sources-option-a-12-7-1-feedback = Pas celle-ci : elle porte sur les tests d’audit menés sur les systèmes en exploitation et est devenue la 8.34.

q-shared-out = Une seule des mesures de 2013 ci-dessous alimente à la fois la 5.36, conformité aux politiques, règles et normes de sécurité de l’information, et la 8.8, gestion des vulnérabilités techniques. Laquelle ?
q-shared-out-explanation = L’A.18.2.3, vérification de la conformité technique, se répartit : son volet conformité va à la 5.36, son volet tests techniques à la 8.8. L’A.18.2.2 n’alimente que la 5.36, l’A.12.6.1 que la 8.8, et l’A.8.1.1 a été fusionnée avec l’A.8.1.2 dans la 5.9.
q-shared-out-option-a-18-2-3 = A.18.2.3 Vérification de la conformité technique
q-shared-out-option-a-18-2-3-feedback = Exact : c’est l’une des rares mesures de 2013 qui alimentent deux mesures de 2022.
q-shared-out-option-a-12-6-1 = A.12.6.1 Gestion des vulnérabilités techniques
q-shared-out-option-a-12-6-1-feedback = Presque : elle n’alimente que la 8.8, pas la 5.36.
q-shared-out-option-a-18-2-2 = A.18.2.2 Conformité avec les politiques et les normes de sécurité
q-shared-out-option-a-18-2-2-feedback = Presque : elle n’alimente que la 5.36, pas la 8.8.
q-shared-out-option-a-8-1-1 = A.8.1.1 Inventaire des actifs
q-shared-out-option-a-8-1-1-feedback = Non : elle a été fusionnée avec l’A.8.1.2, propriété des actifs, dans une seule mesure, la 5.9.

q-carried-content = Sur les 93 mesures de l’édition 2022, combien reprennent le contenu d’au moins une mesure de 2013 ? Répondez par un nombre.
q-carried-content-explanation = 82. Les onze nouvelles mesures n’ont aucune source en 2013 ; les 82 autres prolongent donc toutes un contenu de 2013, qu’il s’agisse de fusions, de reprises isolées ou de répartitions. Elles procèdent des 114 mesures de 2013.

q-exclusion-merged = Vrai ou faux ? Une entreprise qui, dans sa déclaration d’applicabilité de 2013, appliquait l’A.12.1.2, gestion des changements, mais excluait l’A.14.2.4, restrictions relatives aux changements apportés aux progiciels, peut se contenter d’indiquer la 8.32, gestion des changements, comme exclue dans celle de 2022.
q-exclusion-merged-explanation = Faux. La 8.32, gestion des changements, fusionne l’A.12.1.2 et les mesures de 2013 relatives aux changements en développement, dont l’A.14.2.4. Une partie de la mesure fusionnée s’appliquant, la 8.32 s’applique dans son ensemble ; l’ancienne exclusion ne subsiste que sous forme de précision de périmètre dans la description de la mise en œuvre.

q-migration-order = Un organisme dont le SMSI est encore documenté selon la numérotation de 2013 prépare son premier audit de certification ISO/IEC 27001:2022. Remettez dans l’ordre les étapes de la migration de sa déclaration d’applicabilité.
q-migration-order-explanation = On rassemble d’abord les anciennes décisions, puis on les fait correspondre grâce aux tables de correspondance officielles. C’est seulement alors que l’on peut repérer et apprécier les mesures nouvelles ou élargies ; les propriétaires des risques approuvent le plan de traitement qui en résulte et acceptent les risques résiduels, et c’est la déclaration d’applicabilité validée que l’auditeur examine.
q-migration-order-item-export = Exporter la déclaration d’applicabilité de 2013 avec ses décisions, ses justifications et ses renvois aux preuves
q-migration-order-item-map = Relever dans les tables de correspondance officielles les sources de 2013 de chaque mesure de 2022
q-migration-order-item-assess = Soumettre les mesures nouvelles ou élargies à l’appréciation des risques et mettre à jour le plan de traitement
q-migration-order-item-approve = Faire approuver le plan de traitement par les propriétaires des risques et leur faire accepter les risques résiduels
q-migration-order-item-audit = Présenter la déclaration d’applicabilité validée lors de l’audit de certification

q-certifiable = Parmi ces normes, lesquelles peuvent donner lieu à la certification d’un organisme ? Plusieurs réponses sont possibles.
q-certifiable-explanation = L’ISO/IEC 27001 (SMSI), l’ISO 22301 (continuité d’activité) et l’ISO/IEC 27701 (management de la protection de la vie privée) posent des exigences et peuvent être certifiées. L’ISO/IEC 27002, l’ISO/IEC 27005 et l’ISO/IEC 27035 sont des recommandations : elles aident à mettre en œuvre les mesures, à conduire la gestion des risques ou à gérer les incidents, mais ne donnent lieu à aucun certificat.
q-certifiable-option-iso27001 = ISO/IEC 27001
q-certifiable-option-iso22301 = ISO 22301
q-certifiable-option-iso27701 = ISO/IEC 27701
q-certifiable-option-iso27002 = ISO/IEC 27002
q-certifiable-option-iso27002-feedback = Non : l’ISO/IEC 27002 est un code de bonne pratique et ne peut jamais être certifiée.
q-certifiable-option-iso27005 = ISO/IEC 27005
q-certifiable-option-iso27005-feedback = Non : c’est un guide de gestion des risques ; le processus de gestion des risques est audité au regard de l’ISO/IEC 27001.
q-certifiable-option-iso27035 = ISO/IEC 27035
q-certifiable-option-iso27035-feedback = Non : c’est un guide de gestion des incidents, pas une norme d’exigences.

q-27701-standalone = Vrai ou faux ? Depuis l’édition 2025, un organisme peut obtenir la certification ISO/IEC 27701 sans être certifié ISO/IEC 27001.
q-27701-standalone-explanation = Vrai. L’édition 2019 complétait l’ISO/IEC 27001 et ne pouvait être certifiée qu’avec elle. L’édition 2025 est une norme de système de management autonome, dotée de ses propres exigences, qui peut toujours s’intégrer à un SMSI.

q-27005-approaches = Pour identifier les risques liés à la sécurité de l’information, l’ISO/IEC 27005:2022 propose deux grandes approches. Lesquelles ?
q-27005-approaches-explanation = On peut identifier les risques à partir des événements et des scénarios qui y mènent, ou à partir des actifs, de leurs menaces et de leurs vulnérabilités. « Qualitatif » et « quantitatif » désignent des manières d’analyser un risque déjà identifié, « intrinsèque » et « résiduel » qualifient le risque avant et après traitement, et les notions de prévention et de détection renvoient aux types de mesures (#Preventive, #Detective).
q-27005-approaches-option-event-asset = Une approche fondée sur les événements et une approche fondée sur les actifs
q-27005-approaches-option-event-asset-feedback = Exact : l’une part des événements et des scénarios, l’autre des actifs, des menaces et des vulnérabilités.
q-27005-approaches-option-qualitative-quantitative = Une approche qualitative et une approche quantitative
q-27005-approaches-option-qualitative-quantitative-feedback = Pas tout à fait : ce sont des manières d’analyser un risque une fois qu’il a été identifié.
q-27005-approaches-option-inherent-residual = Une approche par le risque intrinsèque et une approche par le risque résiduel
q-27005-approaches-option-inherent-residual-feedback = Non : ces termes décrivent le niveau d’un risque avant et après traitement.
q-27005-approaches-option-preventive-detective = Une approche préventive et une approche de détection
q-27005-approaches-option-preventive-detective-feedback = Non : ce sont des types de mesures, qui servent de valeurs d’attribut dans l’ISO/IEC 27002:2022.

q-27018-processor = Quelle norme a été rédigée spécifiquement pour les fournisseurs de nuage public qui traitent des données personnelles en qualité de sous-traitants pour le compte de leurs clients ?
q-27018-processor-explanation = L’ISO/IEC 27018 s’adresse aux fournisseurs de nuage public agissant comme sous-traitants de données à caractère personnel. L’ISO/IEC 27017 traite de la sécurité du nuage en général, pour les fournisseurs comme pour les clients ; l’ISO/IEC 27701 met en place un système de management de la protection de la vie privée pour tout responsable du traitement ou sous-traitant ; l’ISO/IEC 27035 porte sur la gestion des incidents.
q-27018-processor-option-iso27018 = ISO/IEC 27018
q-27018-processor-option-iso27017 = ISO/IEC 27017
q-27018-processor-option-iso27017-feedback = Pas tout à fait : elle traite de la sécurité du nuage pour les fournisseurs et les clients, pas spécifiquement du traitement de données personnelles.
q-27018-processor-option-iso27701 = ISO/IEC 27701
q-27018-processor-option-iso27701-feedback = Pas tout à fait : c’est un système de management de la protection de la vie privée, valable pour tout responsable du traitement ou sous-traitant, et non un code de bonne pratique propre aux sous-traitants en nuage public.
q-27018-processor-option-iso27035 = ISO/IEC 27035

q-vocabulary = Un RSSI et son auditeur ne s’accordent pas sur la qualification d’une alerte : événement ou incident de sécurité de l’information ? Quelle norme contient les définitions communes à toute la famille ? Donnez son numéro.
q-vocabulary-explanation = L’ISO/IEC 27000, qui présente la vue d’ensemble et le vocabulaire de la famille. L’ISO/IEC 27001 et la plupart des autres normes y puisent leurs termes ; l’ISO/IEC 27002:2022 comporte son propre article de termes et définitions, mais emploie le même vocabulaire.

q-gdpr-article = Quel article du RGPD impose au responsable du traitement et au sous-traitant d’assurer la sécurité du traitement par des mesures techniques et organisationnelles appropriées ? Donnez son numéro.
q-gdpr-article-explanation = L’article 32, sécurité du traitement. Il cite la pseudonymisation et le chiffrement, la confidentialité, l’intégrité, la disponibilité et la résilience constantes, le rétablissement dans des délais appropriés et les tests réguliers. L’article 33 traite, lui, de la notification des violations.

q-legal-nature = Associez chaque texte ou dispositif à sa nature juridique.
q-legal-nature-explanation = NIS2 est une directive : elle s’impose aux entités par l’intermédiaire de la transposition nationale. DORA et le RGPD sont des règlements d’application directe : DORA pour les entités financières depuis le 17 janvier 2025, le RGPD pour les responsables du traitement et les sous-traitants depuis le 25 mai 2018. Les guides de l’ANSSI sont des recommandations dépourvues de force juridique propre. La certification HDS est imposée par le droit français à quiconque héberge des données de santé à caractère personnel pour le compte de tiers.
q-legal-nature-left-nis2 = NIS2, directive (UE) 2022/2555
q-legal-nature-left-dora = DORA, règlement (UE) 2022/2554
q-legal-nature-left-gdpr = Le RGPD, règlement (UE) 2016/679
q-legal-nature-left-anssi-guide = Le guide d’hygiène informatique de l’ANSSI
q-legal-nature-left-hds = La certification HDS en France
q-legal-nature-right-transposed = S’impose aux entités par la loi de transposition de chaque État membre
q-legal-nature-right-direct-financial = D’application directe pour les entités financières depuis le 17 janvier 2025
q-legal-nature-right-direct-personal-data = D’application directe pour les responsables du traitement et les sous-traitants depuis mai 2018
q-legal-nature-right-guidance = Recommandations d’une autorité nationale, sans force juridique propre
q-legal-nature-right-compulsory-certification = Certification rendue obligatoire par la loi pour héberger des données de santé pour le compte de tiers

q-certificate-evidence = Un opérateur de gestion des déchets soumis à NIS2 répond à l’autorité compétente, qui l’interroge sur le respect de l’article 21, en produisant son certificat ISO/IEC 27001. Quelle appréciation est la plus juste ?
q-certificate-evidence-explanation = Le certificat est une preuve utile du bon fonctionnement d’un SMSI, mais l’autorité vérifie encore que le périmètre couvre les services régulés, que les critères de risque reflètent les atteintes que la loi veut prévenir et que les obligations étrangères à la norme, comme les délais de notification des incidents, sont respectées. La directive elle-même n’instaure aucune présomption de conformité au profit de l’ISO/IEC 27001, même si elle encourage le recours aux normes européennes et internationales ; même là où une loi nationale de transposition donne un rôle formel à la certification, l’autorité vérifie encore le périmètre.
q-certificate-evidence-option-evidence = C’est une preuve utile, mais l’entité doit encore montrer que le périmètre couvre les services régulés et que les obligations étrangères à la norme sont respectées
q-certificate-evidence-option-evidence-feedback = Exact : le certificat étaye le dossier, il ne le clôt pas.
q-certificate-evidence-option-presumption = Il établit une présomption légale de conformité à l’article 21 : rien de plus n’est nécessaire
q-certificate-evidence-option-presumption-feedback = Non : la directive ne prévoit aucune présomption de ce type, les lois nationales qui donnent un rôle à la certification ne dispensent pas des autres obligations, et le périmètre comme les critères de risque d’un certificat relèvent des choix de l’organisme.
q-certificate-evidence-option-irrelevant = Il n’a aucune valeur, car NIS2 ignore les normes internationales
q-certificate-evidence-option-irrelevant-feedback = Non : NIS2 encourage le recours aux normes européennes et internationales, et les preuves qui sous-tendent le certificat sont directement utiles.
q-certificate-evidence-option-anssi-qualification = Il doit d’abord être remplacé par une qualification de l’ANSSI
q-certificate-evidence-option-anssi-qualification-feedback = Non : les qualifications de l’ANSSI sont des dispositifs volontaires pour des produits et des prestataires, et non un préalable à la démonstration de la conformité à NIS2.

q-nis2-measures = Un comité de direction veut savoir ce que l’article 21 de NIS2 impose au minimum. Parmi ces thèmes, lesquels y figurent ? Plusieurs réponses sont possibles.
q-nis2-measures-explanation = L’article 21 cite notamment la gestion des incidents ; la continuité des activités, avec la gestion des sauvegardes, la reprise après sinistre et la gestion de crise ; la sécurité des ressources humaines, le contrôle d’accès et la gestion des actifs ; les pratiques de base en matière de cyberhygiène et la formation à la cybersécurité. Il n’exige ni certificat ISO/IEC 27001 ni assurance. Le délégué à la protection des données vient du RGPD.
q-nis2-measures-option-incident-handling = Gestion des incidents
q-nis2-measures-option-continuity = Continuité des activités, y compris la gestion des sauvegardes et la gestion de crise
q-nis2-measures-option-hr-access-assets = Sécurité des ressources humaines, contrôle d’accès et gestion des actifs
q-nis2-measures-option-hygiene-training = Pratiques de base en matière de cyberhygiène et formation à la cybersécurité
q-nis2-measures-option-mandatory-certification = Certification ISO/IEC 27001 de l’entité
q-nis2-measures-option-mandatory-certification-feedback = Non : NIS2 demande des mesures, pas un certificat en particulier.
q-nis2-measures-option-dpo = Désignation d’un délégué à la protection des données
q-nis2-measures-option-dpo-feedback = Non : cette obligation découle du RGPD, pas de NIS2.
q-nis2-measures-option-tlpt = Souscription d’une cyberassurance couvrant le coût des incidents
q-nis2-measures-option-tlpt-feedback = Non : l’article 21 énumère des mesures de gestion des risques ; une assurance peut en transférer une partie du coût, mais elle relève du choix de l’entité et ne figure pas parmi les mesures exigées.

q-nis2-reporting = Une entité soumise à NIS2 subit un incident important. Classez les étapes de notification prévues par NIS2 dans l’ordre de leurs échéances.
q-nis2-reporting-explanation = Alerte précoce dans les 24 heures suivant la prise de connaissance de l’incident, notification de l’incident dans les 72 heures, rapports intermédiaires sur l’état d’avancement lorsque le CSIRT ou l’autorité compétente les demande, puis rapport final au plus tard un mois après la notification de l’incident.
q-nis2-reporting-item-early-warning = Alerte précoce
q-nis2-reporting-item-notification = Notification de l’incident, avec une première évaluation
q-nis2-reporting-item-intermediate = Rapport intermédiaire, à la demande du CSIRT ou de l’autorité
q-nis2-reporting-item-final = Rapport final

q-which-text = Rangez chaque obligation sous le texte qui l’impose.
q-which-text-explanation = Les obligations des organes de direction dans des secteurs comme l’énergie, les transports ou la santé, ainsi que la distinction entre entités essentielles et importantes, viennent de NIS2 (DORA impose des obligations comparables aux organes de direction des entités financières). Le registre des contrats conclus avec des prestataires tiers de services TIC et les tests de pénétration fondés sur la menace viennent de DORA. La notification d’une violation de données personnelles à l’autorité de protection des données relève de l’article 33 du RGPD, et la prise en compte des risques pour les droits et libertés des personnes de son article 32 : attention aux 72 heures, qui figurent aussi dans NIS2 pour la notification des incidents au CSIRT ou à l’autorité.
q-which-text-category-nis2 = NIS2
q-which-text-category-dora = DORA
q-which-text-category-gdpr = RGPD
q-which-text-item-management-approval = Dans des secteurs comme l’énergie, les transports ou la santé, les organes de direction approuvent les mesures de gestion des risques en matière de cybersécurité et suivent une formation
q-which-text-item-entity-classes = Les entités sont classées essentielles ou importantes selon leur secteur et leur taille
q-which-text-item-ict-register = Un registre d’informations recensant chaque contrat conclu avec un prestataire tiers de services TIC
q-which-text-item-tlpt = Des tests de pénétration fondés sur la menace pour les entités désignées par les autorités de surveillance
q-which-text-item-breach-notification = Notifier une violation de données à caractère personnel à l’autorité de protection des données dans les 72 heures
q-which-text-item-rights-and-freedoms = Choisir les mesures de sécurité au regard des risques pour les droits et libertés des personnes

q-france = Un assureur français doit satisfaire à la fois à l’article 32 du RGPD et à DORA. Quelles autorités de contrôle sont compétentes ?
q-france-explanation = En France, la CNIL contrôle l’application du RGPD, y compris la sécurité des traitements. Au titre de DORA, les assureurs et les banques relèvent de l’ACPR (l’AMF couvre d’autres acteurs, comme les sociétés de gestion de portefeuille). L’ANSSI est l’autorité nationale en matière de sécurité des systèmes d’information et publie des recommandations, mais elle ne contrôle ni l’un ni l’autre texte pour un assureur.
q-france-option-cnil-acpr = La CNIL pour le RGPD, l’ACPR pour DORA
q-france-option-anssi-both = L’ANSSI pour les deux
q-france-option-anssi-both-feedback = Non : l’ANSSI est l’autorité nationale de cybersécurité, mais la protection des données personnelles relève de la CNIL et la surveillance financière de l’ACPR.
q-france-option-cnil-both = La CNIL pour les deux
q-france-option-cnil-both-feedback = Non : la CNIL contrôle la protection des données personnelles, pas la résilience opérationnelle numérique des entités financières.
q-france-option-acpr-anssi = L’ACPR pour le RGPD, l’ANSSI pour DORA
q-france-option-acpr-anssi-feedback = Non : les rôles sont inversés ; le RGPD relève de la CNIL et DORA, pour un assureur, de l’ACPR.
