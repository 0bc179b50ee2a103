title = Les fondamentaux de l’ISO/IEC 27002
summary = Ce qu’est l’ISO/IEC 27002 (et ce qu’elle n’est pas), les trois propriétés que préserve la sécurité de l’information, les mesures techniques et organisationnelles qui les protègent, et l’approche par les risques, fondée sur l’amélioration continue, qui guide leur choix.

q-nature = Votre directrice générale vous demande ce qu’est au juste l’ISO/IEC 27002. Quelle réponse lui donnez-vous ?
q-nature-explanation = L’ISO/IEC 27002 est un code de bonne pratique publié par l’ISO et l’IEC. Elle rassemble des recommandations et des mesures de sécurité conseillées pour un SMSI, et laisse chaque organisation décider de ce qu’elle applique.
q-nature-option-code-of-practice = Un code de bonne pratique qui propose recommandations et mesures de sécurité pour un SMSI
q-nature-option-code-of-practice-feedback = Exact. Elle décrit des mesures et la manière de les mettre en œuvre, sans imposer lesquelles retenir.
q-nature-option-requirements = Le référentiel d’exigences à satisfaire pour obtenir une certification
q-nature-option-requirements-feedback = Non : c’est le rôle de l’ISO/IEC 27001, qui fixe les exigences du SMSI sur lesquelles repose la certification.
q-nature-option-regulation = Un texte de loi qui s’impose à tout organisme traitant des données personnelles
q-nature-option-regulation-feedback = Non. Il s’agit d’une norme internationale d’application volontaire, pas d’une loi, même si elle peut aider à respecter des obligations légales.
q-nature-option-product-spec = Une spécification technique à laquelle les produits de sécurité doivent être conformes
q-nature-option-product-spec-feedback = Non. Elle porte sur la manière dont une organisation protège son information, et couvre les mesures organisationnelles autant que techniques.

q-certification = Vrai ou faux ? Une PME qui applique scrupuleusement toutes les recommandations de l’ISO/IEC 27002 peut se faire délivrer par un organisme indépendant une certification ISO/IEC 27002.
q-certification-explanation = Faux. L’ISO/IEC 27002 ne contient que des recommandations, pas d’exigences : aucune certification n’est possible selon cette norme. La certification indépendante se fait au regard de l’ISO/IEC 27001, dont la 27002 aide à mettre en œuvre les mesures.

q-isms = Un directeur financier voudrait savoir à quoi se rattachent les mesures de sécurité proposées par l’ISO/IEC 27002. De quel système de management relèvent-elles ? Répondez par son nom complet ou par son sigle.
q-isms-explanation = Il s’agit du système de management de la sécurité de l’information (SMSI) : l’ensemble des politiques, processus, rôles et mesures par lesquels une organisation pilote sa sécurité. L’ISO/IEC 27001 en fixe les exigences ; l’ISO/IEC 27002 guide la mise en œuvre de ses mesures.

q-property = Une panne électrique dans la salle des serveurs prive le service comptable de son logiciel pendant deux jours, sans qu’aucune donnée soit perdue, modifiée ou divulguée. Quelle propriété de la sécurité de l’information est atteinte ?
q-property-explanation = La disponibilité : les personnes autorisées n’ont pas pu se servir de l’information au moment où elles en avaient besoin. Ni la confidentialité ni l’intégrité ne sont en cause, puisque rien n’a été divulgué ni altéré.

q-cia-match = Associez chaque incident à la propriété qu’il affecte en premier lieu.
q-cia-match-explanation = Une consultation par une personne non autorisée porte atteinte à la confidentialité ; une falsification, à l’intégrité, puisque l’information n’est plus exacte ; un service inaccessible, à la disponibilité.
q-cia-match-left-leak = Un prestataire consulte des dossiers de patients auxquels il n’avait pas à accéder.
q-cia-match-left-tamper = Un étudiant modifie ses notes dans la base de données de l’école.
q-cia-match-left-outage = Le site de réservation reste inaccessible tout le week-end à cause d’une panne chez l’hébergeur.
q-cia-match-right-confidentiality = Confidentialité
q-cia-match-right-integrity = Intégrité
q-cia-match-right-availability = Disponibilité

q-measures = Cochez les mesures de nature organisationnelle, et non technique.
q-measures-explanation = Charte, sensibilisation et clauses contractuelles encadrent la façon d’agir des personnes et de l’organisation : ce sont des mesures organisationnelles. Le chiffrement et le pare-feu sont appliqués par la technologie : ce sont des mesures techniques.
q-measures-option-policy = La charte informatique que chaque salarié signe à son arrivée
q-measures-option-policy-feedback = Exact. Une charte fixe des règles de conduite pour les personnes : c’est une mesure organisationnelle.
q-measures-option-training = La session de sensibilisation à la sécurité prévue pour chaque nouvel arrivant
q-measures-option-training-feedback = Exact. La sensibilisation agit sur les comportements, pas sur les systèmes : c’est une mesure organisationnelle.
q-measures-option-supplier-clauses = Les exigences de sécurité inscrites dans les contrats des fournisseurs
q-measures-option-supplier-clauses-feedback = Exact. Ces clauses encadrent la relation avec le fournisseur : c’est une mesure organisationnelle.
q-measures-option-disk-encryption = Le chiffrement des clés USB remises aux commerciaux
q-measures-option-disk-encryption-feedback = Non. Le chiffrement est assuré par la technologie : c’est une mesure technique, même si une règle interne peut l’imposer.
q-measures-option-firewall = Le pare-feu placé entre le réseau de l’entreprise et Internet
q-measures-option-firewall-feedback = Non. Un pare-feu filtre automatiquement le trafic : c’est une mesure technique.

q-risk-based = Une commune de 20 000 habitants met en place son SMSI. Selon l’approche par les risques, comment doit-elle choisir les mesures de l’ISO/IEC 27002 à déployer ?
q-risk-based-explanation = Les mesures se choisissent en fonction des risques propres à l’organisation : elle les identifie et les évalue, retient des mesures pour ceux qu’elle ne peut accepter, puis réexamine ce choix au fil des changements.
q-risk-based-option-by-risk = En appréciant ses risques, puis en retenant des mesures pour ceux qu’elle juge inacceptables
q-risk-based-option-by-risk-feedback = Exact. C’est l’appréciation des risques qui guide le choix des mesures, pour concentrer l’effort là où se trouve le risque.
q-risk-based-option-all-controls = En appliquant toutes les mesures de la norme, dans l’ordre où elles apparaissent
q-risk-based-option-all-controls-feedback = Non. La norme n’est pas une liste à cocher : tout appliquer sans tenir compte des risques gaspille des efforts et peut faire passer à côté de l’essentiel.
q-risk-based-option-peers = En reprenant les mesures choisies par une grande ville voisine
q-risk-based-option-peers-feedback = Non. Une autre collectivité n’a ni les mêmes risques, ni la même taille, ni le même contexte ; ses choix peuvent inspirer, pas remplacer une appréciation propre.
q-risk-based-option-technical-first = En déployant d’abord toutes les mesures techniques et en remettant les mesures organisationnelles à plus tard
q-risk-based-option-technical-first-feedback = Non. Mesures techniques et organisationnelles fonctionnent ensemble ; les priorités découlent des risques, pas du type de mesure.

q-uses = Dans lesquelles de ces situations une organisation peut-elle s’appuyer sur l’ISO/IEC 27002 ? Plusieurs réponses sont possibles.
q-uses-explanation = On s’appuie sur l’ISO/IEC 27002 pour former le personnel, auditer les mesures en place, appuyer la conformité, protéger des données sensibles, rédiger une politique ou montrer son engagement aux partenaires. Elle ne permet pas d’obtenir un certificat, et elle éclaire l’appréciation des risques sans la remplacer.
q-uses-option-awareness = Bâtir un programme de sensibilisation du personnel à la sécurité
q-uses-option-awareness-feedback = Exact. Former le personnel à la sécurité et au traitement des données confidentielles est un usage courant.
q-uses-option-gap-audit = Passer en revue les mesures existantes pour en repérer les lacunes
q-uses-option-gap-audit-feedback = Exact. Comparer l’existant aux mesures décrites par la norme est une façon classique de repérer les écarts.
q-uses-option-compliance = Faciliter le respect d’obligations légales, réglementaires ou contractuelles
q-uses-option-compliance-feedback = Exact. Ses mesures aident à satisfaire des obligations issues de la loi, des autorités de contrôle ou des contrats.
q-uses-option-certificate = Obtenir un certificat de conformité à l’ISO/IEC 27002
q-uses-option-certificate-feedback = Non. Il n’existe pas de certification selon l’ISO/IEC 27002 ; la certification se fait au regard de l’ISO/IEC 27001.
q-uses-option-replace-risk = Remplacer l’appréciation des risques par une liste de mesures figée
q-uses-option-replace-risk-feedback = Non. La démarche repose sur les risques : c’est leur appréciation qui détermine les mesures nécessaires.
