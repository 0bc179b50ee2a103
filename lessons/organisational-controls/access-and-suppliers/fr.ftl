title = Accès, fournisseurs et services en nuage (5.15 à 5.23)
overview = Vous verrez comment quatre mesures organisationnelles décident de qui accède à quoi, comment cinq autres maîtrisent les risques apportés par les fournisseurs et les prestataires de services en nuage, et où ces deux groupes se rejoignent.

explanation =
    L’accès repose sur une chaîne de quatre mesures. La 5.15, contrôle d’accès, pose les règles : qui peut atteindre quelles informations et quels systèmes, à quel titre, en général selon le besoin d’en connaître, le besoin d’utiliser et le moindre privilège, le tout déduit des besoins métier et de la classification des informations. La 5.16, gestion des identités, garantit que chaque personne et chaque système agissant sur les ressources de l’organisme dispose d’une identité unique, créée sur approbation et désactivée dès qu’elle n’a plus lieu d’être. La 5.17, informations d’authentification, traite des mots de passe, jetons et clés qui prouvent une identité : leur remise, leur réinitialisation, leur protection, y compris ce que les utilisateurs doivent faire et s’interdire. La 5.18, droits d’accès, couvre l’attribution, la revue, l’ajustement et le retrait des droits rattachés à chaque identité. Des mesures technologiques comme la 8.2, droits d’accès privilégiés, et la 8.5, authentification sécurisée, traduisent ces décisions dans les systèmes.

    La sécurité des fournisseurs suit un cycle de vie. La 5.19, sécurité de l’information dans les relations avec les fournisseurs, fixe la démarche d’ensemble : quels fournisseurs comptent, ce qu’on exige de chaque catégorie. La 5.20, sécurité de l’information dans les accords conclus avec les fournisseurs, transpose ces exigences en clauses contractuelles. La 5.21, gestion de la sécurité de l’information dans la chaîne d’approvisionnement TIC, porte le regard au-delà du fournisseur direct, vers les composants, sous-traitants et sources qui se trouvent derrière ses produits et services. La 5.22, surveillance, revue et gestion des changements des services des fournisseurs, assure le suivi une fois le contrat signé, y compris lorsque le fournisseur modifie son service.

    La 5.23, sécurité de l’information dans l’utilisation de services en nuage, nouvelle en 2022, envisage l’organisme en tant que client. Elle couvre toute la relation, du choix du prestataire et du paramétrage du service jusqu’à la sortie, et suppose un partage clair des responsabilités entre prestataire et client.

    Les deux groupes se croisent sans cesse : prestataires et personnels des fournisseurs reçoivent une identité au titre de la 5.16 et des droits au titre de la 5.18, et doivent partir aussi proprement que les salariés. Le certificat ISO/IEC 27001 d’un fournisseur est une preuve utile, mais il ne décharge le client d’aucune responsabilité.

practical-example =
    Un distributeur en ligne de 600 salariés a relié son logiciel RH à sa gestion des identités : la signature du contrat crée l’identité, un changement de poste déclenche un nouveau profil d’accès, la date de fin désactive le compte à minuit. Chaque trimestre, les responsables financiers revoient les droits de paiement dans le progiciel de gestion, et chaque retrait demandé est suivi jusqu’à sa clôture. Les fournisseurs sont répartis en trois niveaux selon les données et systèmes auxquels ils touchent. Les 30 fournisseurs du premier niveau répondent à un questionnaire, produisent leurs certificats avec leur périmètre et signent des clauses sur la notification des incidents sous 24 heures, le droit d’audit, la répercussion des exigences aux sous-traitants, la restitution et la suppression des données en fin de contrat. Chaque service en nuage figure dans un registre avec sa matrice de partage des responsabilités, la localisation de ses données et un plan de sortie, testé au printemps en exportant puis en rechargeant un mois de commandes.

block-access-rules-heading = Règles, identités et secrets (5.15 à 5.17)
block-access-rules-body =
    L’auditeur part des règles, puis vérifie que la réalité s’y conforme.

    - 5.15 : une politique thématique de contrôle d’accès et un modèle de rôles approuvés par les propriétaires des informations, et non rédigés par la seule DSI.
    - 5.16 : une identité par personne ; des comptes partagés seulement par dérogation documentée ; un propriétaire nommé pour chaque compte de service.
    - 5.17 : des secrets initiaux ou réinitialisés remis de façon sûre et changés à la première utilisation, un gestionnaire de mots de passe approuvé, et des utilisateurs qui savent qu’un secret ne se prête jamais. La robustesse de la connexion elle-même, authentification multifacteur comprise, relève de la 8.5, authentification sécurisée.

    Écueils fréquents : des comptes « admin » génériques utilisés à plusieurs, des comptes de test restés actifs en production, des comptes de service dont personne ne sait expliquer l’usage.

block-access-lifecycle-heading = Arrivées, mobilités, départs et revues (5.18)
block-access-lifecycle-body =
    La plupart des dérives d’accès viennent des changements de poste. La personne mutée conserve ses anciens droits en plus des nouveaux et finit, après quelques années, par en détenir bien plus que sa fonction n’en exige.

    - Attribuez les droits sur approbation consignée du propriétaire, de préférence au moyen de profils par rôle.
    - Adaptez la fréquence des revues au risque : trimestrielle pour les droits de paiement ou privilégiés, annuelle pour les droits peu sensibles.
    - Retirez rapidement les droits au départ, et mesurez ce délai.

    La preuve qui convainc un auditeur est une revue qui a changé quelque chose : demandes de retrait, retraits effectués, dates de clôture, et pas seulement une liste signée.

block-supplier-lifecycle-heading = Le cycle de vie fournisseur (5.19 à 5.22)
block-supplier-lifecycle-body =
    Un processus réaliste procède par étapes : classer les fournisseurs selon les accès qu’ils obtiennent et leur criticité, évaluer le candidat avant de signer, inscrire les exigences au contrat, suivre le service et ses évolutions, organiser la sortie.

    - Une petite structure peut s’en tenir à un questionnaire court et à des clauses types pour les quelques fournisseurs qui comptent.
    - Un grand organisme a besoin de niveaux, d’un registre des fournisseurs, d’un examen périodique des rapports d’assurance et d’un responsable pour chaque relation.
    - Pour la 5.21, demandez aux fournisseurs TIC critiques comment ils maîtrisent leurs propres fournisseurs et composants, et attendez d’eux qu’ils répercutent des exigences équivalentes.

block-cloud-heading = Services en nuage (5.23)
block-cloud-body =
    Recourir à un service en nuage ne revient pas à confier la sécurité au prestataire. Celui-ci sécurise ce qu’il exploite ; le client reste maître de ce qu’il paramètre : identités, règles de partage, choix de chiffrement, journalisation, conservation des données.

    - Tenez un registre des services en nuage, y compris ceux souscrits directement par les métiers.
    - Pour chacun, consignez le partage des responsabilités, le lieu de stockage des données et la façon de les récupérer.
    - Préparez la sortie avant d’en avoir besoin, et testez-la.

    L’ISO/IEC 27017 (sécurité de l’informatique en nuage) et l’ISO/IEC 27018 (données personnelles dans le nuage public) complètent ces recommandations pour les deux parties.

example-rubber-stamp-review = Une directrice comptable approuve chaque trimestre 400 lignes de droits d’accès en trois minutes. L’auditeur constate qu’aucune revue n’a retiré le moindre droit depuis deux ans et conclut que la 5.18 ne fonctionne pas, bien que chaque revue soit signée et datée.
example-component-question = Lorsque la faille Log4Shell a été rendue publique en décembre 2021, un assureur a demandé à ses éditeurs si leurs produits embarquaient la bibliothèque concernée. Ceux qui tenaient la liste des composants de leurs produits ont répondu dans la journée, les autres en plusieurs semaines. Tout l’enjeu de la 5.21 tient dans cet écart.

callout-certificate-scope-title = Un certificat ne transfère aucune responsabilité
callout-certificate-scope-body = Avant de vous fier au certificat ISO/IEC 27001 d’un fournisseur, lisez son périmètre : il peut ne couvrir qu’un centre de données, ou un autre service que celui que vous achetez. Vérifiez ensuite quelles mesures restent à votre charge.
callout-orphan-accounts-title = Rapprochez les départs chaque mois
callout-orphan-accounts-body = Comparez la liste des départs fournie par les RH, prestataires compris, avec les comptes encore actifs dans vos principaux systèmes. C’est l’un des contrôles les moins coûteux qui soient, et l’un des premiers qu’un auditeur tentera.

prompt = Pensez à un fournisseur ou à un service en nuage dont votre organisme dépend. Que pourrait-il faire de vos informations, quelles clauses vous protègent, comment sauriez-vous que sa sécurité se dégrade, et comment en sortiriez-vous ?
prompt-guidance =
    Une bonne réponse part des informations et des accès en jeu : ce que le fournisseur détient, voit ou pourrait modifier. Elle cite ensuite les clauses qui comptent (notification des incidents, audit ou rapports d’assurance, sous-traitance, localisation des données, restitution et suppression) et les preuves reçues en cours de contrat, comme un rapport d’assurance annuel ou des revues de service.

    Elle se termine par la sortie : comment récupérer les données, dans quel format, en combien de temps, et qui vérifiera leur suppression. Faute de réponse à cette dernière question, la relation laisse de côté une partie des mesures 5.19 à 5.23.

exercise = Rangez chaque pratique sous la mesure de contrôle d’accès qu’elle met en œuvre.
exercise-explanation = Les règles sur qui voit quoi et les principes comme le besoin d’en connaître relèvent de la 5.15. Des identités uniques et des comptes de service rattachés à un propriétaire relèvent de la gestion des identités (5.16). La remise des secrets et les obligations des utilisateurs à leur égard relèvent de la 5.17. Approuver, revoir et retirer les droits d’une identité donnée relève de la 5.18.
exercise-category-c515 = 5.15 Contrôle d’accès
exercise-category-c516 = 5.16 Gestion des identités
exercise-category-c517 = 5.17 Informations d’authentification
exercise-category-c518 = 5.18 Droits d’accès
exercise-item-role-rules = Une matrice validée par la DRH fixe les fonctions autorisées à consulter les dossiers du personnel.
exercise-item-need-to-know = La politique d’accès pose que chacun n’accède qu’aux informations nécessaires à ses missions.
exercise-item-unique-id = Chaque salarié et chaque prestataire dispose d’un compte personnel ; les identifiants partagés sont interdits.
exercise-item-service-account = Chaque compte de service utilisé par une application est enregistré avec un propriétaire nommé.
exercise-item-initial-secret = Un mot de passe provisoire est envoyé par SMS et doit être changé à la première connexion.
exercise-item-password-manager = Le personnel doit conserver ses mots de passe dans le gestionnaire approuvé et ne jamais les communiquer.
exercise-item-quarterly-review = Chaque trimestre, les responsables hiérarchiques confirment qui a encore besoin des droits de validation des paiements.
exercise-item-owner-approval = L’accès à l’outil de gestion des sinistres n’est ouvert qu’après approbation de la demande par son propriétaire dans le ticket.
