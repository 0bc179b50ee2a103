title = Les fondamentaux de l’ISO/IEC 27002
summary = Ce qu’est l’ISO/IEC 27002 (et ce qu’elle n’est pas), les trois propriétés que préserve la sécurité de l’information, les grandes familles de mesures qui les protègent, et l’approche par les risques, fondée sur l’amélioration continue, qui guide leur choix.

q-nature = Un cabinet comptable de 15 personnes lit les recommandations de l’ISO/IEC 27002 sur une mesure et décide de n’en appliquer qu’une partie, adaptée à sa taille et à ses risques. Que penser de ce choix ?
q-nature-explanation = L’ISO/IEC 27002 est un code de bonne pratique : ses recommandations sont un point de départ que chaque organisme adapte à ses risques, à sa taille et à son contexte. Les exigences à satisfaire relèvent de l’ISO/IEC 27001, et ni la loi ni une certification de produits n’entrent en jeu.
q-nature-option-code-of-practice = Il est conforme à l’esprit de la norme, dont les recommandations sont faites pour être adaptées
q-nature-option-code-of-practice-feedback = Exact. Un code de bonne pratique recommande ; c’est le cabinet qui décide jusqu’où aller au vu de ses risques.
q-nature-option-requirements = C’est une non-conformité : chaque recommandation doit être appliquée intégralement
q-nature-option-requirements-feedback = Non. L’ISO/IEC 27002 ne pose aucune exigence ; celles d’un SMSI figurent dans l’ISO/IEC 27001, qui laisse elle aussi l’organisme choisir ses mesures selon ses risques.
q-nature-option-regulation = Il n’est admissible qu’après une dérogation accordée par l’autorité de contrôle
q-nature-option-regulation-feedback = Non. Il s’agit d’une norme internationale d’application volontaire, pas d’une loi : il n’y a rien à quoi déroger.
q-nature-option-product-spec = Il n’est admissible que si les outils de sécurité du cabinet sont certifiés conformes à l’ISO/IEC 27002
q-nature-option-product-spec-feedback = Non. La norme porte sur la manière dont un organisme protège son information ; ce n’est pas une spécification au regard de laquelle on certifie des produits.

q-certification = Vrai ou faux ? Une fois ses risques appréciés et les mesures retenues mises en place, une PME peut laisser son dispositif en l’état tant qu’aucun incident ne survient.
q-certification-explanation = Faux. Les menaces, l’organisme et ses obligations évoluent : risques et mesures se réexaminent à intervalles planifiés et après tout changement important, sans attendre un incident. C’est le principe de l’amélioration continue.

q-isms = Un directeur financier voudrait savoir à quoi se rattachent les mesures de sécurité proposées par l’ISO/IEC 27002. De quel système de management relèvent-elles ? Répondez par son nom complet ou par son sigle.
q-isms-explanation = Il s’agit du système de management de la sécurité de l’information (SMSI) : l’ensemble des politiques, processus, rôles et mesures par lesquels un organisme pilote sa sécurité. L’ISO/IEC 27001 en fixe les exigences ; l’ISO/IEC 27002 guide la mise en œuvre de ses mesures.

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

q-measures = Parmi ces mesures, lesquelles se rangent dans le thème « organisationnel » de l’édition 2022 ? Plusieurs réponses sont possibles.
q-measures-explanation = La classification des informations selon leur sensibilité (5.12) et l’inventaire des informations et autres actifs associés, avec leurs propriétaires (5.9), sont des mesures organisationnelles. Le processus disciplinaire vise des individus : c’est une mesure applicable aux personnes (6.4). La protection du câblage porte sur des objets physiques (7.12) ; la restriction des installations de logiciels, sur la technologie (8.19).
q-measures-option-policy = Des règles de classification des informations selon leur sensibilité
q-measures-option-policy-feedback = Exact. La classification des informations est la mesure 5.12, dans le thème organisationnel.
q-measures-option-training = Un processus disciplinaire formel pour les salariés qui enfreignent les règles de sécurité
q-measures-option-training-feedback = Non. Il agit sur des individus : en 2022, c’est une mesure applicable aux personnes (6.4, processus disciplinaire).
q-measures-option-supplier-clauses = Un inventaire des informations et autres actifs associés, chacun doté d’un propriétaire
q-measures-option-supplier-clauses-feedback = Exact. L’inventaire est la mesure 5.9, dans le thème organisationnel.
q-measures-option-disk-encryption = La protection des câbles d’alimentation et de données contre l’interception ou les dégradations
q-measures-option-disk-encryption-feedback = Non. Les câbles sont des objets physiques : c’est une mesure physique (7.12, sécurité du câblage).
q-measures-option-firewall = La restriction des droits d’installer des logiciels sur les systèmes en exploitation
q-measures-option-firewall-feedback = Non. Elle porte sur la technologie : c’est une mesure technologique (8.19, installation de logiciels sur des systèmes en exploitation).

q-risk-based = Une commune de 20 000 habitants met en place son SMSI. Selon l’approche par les risques, comment doit-elle choisir les mesures de l’ISO/IEC 27002 à déployer ?
q-risk-based-explanation = Les mesures se choisissent en fonction des risques propres à l’organisme : il les identifie et les évalue au regard de ses critères, décide du traitement de ceux qu’il ne peut accepter, puis réexamine ce choix au fil des changements.
q-risk-based-option-by-risk = En appréciant ses propres risques au regard de ses critères d’acceptation, puis en décidant du traitement de ceux qui dépassent le seuil
q-risk-based-option-by-risk-feedback = Exact. C’est l’appréciation des risques qui guide le choix des mesures, pour concentrer l’effort là où se trouve le risque.
q-risk-based-option-all-controls = En déployant d’abord toutes les mesures de la norme, puis en appréciant les risques pour savoir lesquelles auditer
q-risk-based-option-all-controls-feedback = Non. La norme n’est pas une liste à cocher : l’appréciation des risques vient d’abord et détermine les mesures nécessaires, pas seulement celles que l’on audite.
q-risk-based-option-peers = En reprenant les mesures qu’une grande ville voisine a jugées prioritaires au vu de ses risques
q-risk-based-option-peers-feedback = Non. Une autre collectivité n’a ni les mêmes risques, ni la même taille, ni le même contexte ; ses priorités peuvent inspirer, pas remplacer une appréciation propre.
q-risk-based-option-technical-first = En classant les mesures technologiques selon le risque qu’elles réduisent et en commençant par elles, les autres thèmes attendant
q-risk-based-option-technical-first-feedback = Non. Les mesures des quatre thèmes fonctionnent ensemble ; les priorités découlent des risques de la commune, pas du type de mesure.

q-uses = Dans lesquelles de ces situations un organisme peut-il s’appuyer sur l’ISO/IEC 27002 ? Plusieurs réponses sont possibles.
q-uses-explanation = On s’appuie sur l’ISO/IEC 27002 pour former le personnel, auditer les mesures en place, appuyer la conformité, protéger des données sensibles, rédiger une politique ou montrer son engagement aux partenaires. Elle reste neutre vis-à-vis des technologies, sans désigner de produits, et elle éclaire l’appréciation des risques sans la remplacer.
q-uses-option-awareness = Bâtir un programme de sensibilisation du personnel à la sécurité
q-uses-option-awareness-feedback = Exact. Former le personnel à la sécurité et au traitement des données confidentielles est un usage courant.
q-uses-option-gap-audit = Passer en revue les mesures existantes pour en repérer les lacunes
q-uses-option-gap-audit-feedback = Exact. Comparer l’existant aux mesures décrites par la norme est une façon classique de repérer les écarts.
q-uses-option-compliance = Faciliter le respect d’obligations légales, réglementaires ou contractuelles
q-uses-option-compliance-feedback = Exact. Ses mesures aident à satisfaire des obligations issues de la loi, des autorités de contrôle ou des contrats.
q-uses-option-certificate = Choisir les produits de sécurité à acheter et la façon exacte de les paramétrer
q-uses-option-certificate-feedback = Non. Ses recommandations sont neutres vis-à-vis des technologies : elles disent ce qu’une mesure doit apporter et comment on la met habituellement en œuvre, pas quel produit acheter ni quel réglage choisir.
q-uses-option-replace-risk = Remplacer l’appréciation des risques par une liste de mesures figée
q-uses-option-replace-risk-feedback = Non. La démarche repose sur les risques : c’est leur appréciation qui détermine les mesures nécessaires.
