title = Confidentialité, intégrité, disponibilité et mesures de sécurité
overview = Vous saurez présenter la sécurité de l’information comme la préservation de trois propriétés de l’information, et distinguer les mesures techniques des mesures organisationnelles.
explanation =
    Dans la famille ISO/IEC 27000, la sécurité de l’information consiste à en préserver la confidentialité, l’intégrité et la disponibilité.

    La confidentialité garantit qu’une information n’est accessible qu’aux personnes, systèmes et processus qui y sont autorisés. L’intégrité garantit qu’elle reste exacte et complète, et qu’elle n’est modifiée que de façon autorisée. La disponibilité garantit que ceux qui y ont droit peuvent y accéder et s’en servir quand ils en ont besoin.

    Une mesure de sécurité protège une ou plusieurs de ces propriétés en réduisant un risque. L’ISO/IEC 27002 en couvre deux grandes catégories. Les mesures techniques s’appuient sur la technologie : chiffrement, authentification multifacteur, filtrage réseau, sauvegardes, journalisation. Les mesures organisationnelles encadrent la façon de travailler des personnes et de l’organisation : politiques, rôles et responsabilités, sensibilisation, procédures, clauses contractuelles avec les fournisseurs.

    Sur le terrain, les unes ne vont pas sans les autres. Un système de sauvegarde est une mesure technique, mais il ne protège la disponibilité que si quelqu’un en a la charge, qu’une procédure précise ce qui est sauvegardé et que les restaurations sont testées. À l’inverse, une politique de traitement des données confidentielles s’appuie sur les droits d’accès pour être respectée. Devant une mesure, demandez-vous quelle propriété elle protège et ce qu’elle attend de l’autre type de mesure pour fonctionner.
practical-example =
    Après l’envoi d’un tableau financier au mauvais destinataire, une équipe revoit la protection de ses données de paiement. Pour la confidentialité, elle réserve le dossier partagé à quelques rôles désignés et active le chiffrement des pièces jointes sortantes. Pour l’intégrité, elle exige qu’une seconde personne valide toute modification des coordonnées bancaires d’un fournisseur. Pour la disponibilité, elle vérifie que le dossier est bien sauvegardé et qu’une restauration a réellement été testée. Chaque décision associe un réglage technique, une règle d’organisation et un responsable nommément désigné.
block-three-properties-heading = Trois propriétés à préserver
block-three-properties-body =
    Toute question de sécurité se ramène à l’une ou plusieurs de ces trois propriétés :

    - Confidentialité : l’information ne parvient qu’à ceux qui y ont droit. Un fichier clients qui fuite ou un ordinateur portable non chiffré oublié dans un train la menacent.
    - Intégrité : l’information reste exacte et complète. Une fausse facture, une base de données corrompue ou une modification non autorisée de configuration la menacent.
    - Disponibilité : l’information et les systèmes qui l’hébergent sont utilisables quand on en a besoin. Une coupure de courant, un rançongiciel ou un fichier effacé sans sauvegarde la menacent.

    Ces propriétés peuvent entrer en tension. Verrouiller les données à l’extrême sert la confidentialité mais peut nuire à la disponibilité : choisir des mesures, c’est trouver l’équilibre qui convient à l’activité.
block-technical-measures-heading = Les mesures techniques
block-technical-measures-body =
    Les mesures techniques sont intégrées aux systèmes et, une fois configurées, fonctionnent pour l’essentiel d’elles-mêmes. Quelques exemples :

    - chiffrement des données stockées sur les portables ou transmises sur les réseaux
    - authentification multifacteur et droits d’accès définis selon les fonctions
    - pare-feu et filtrage du trafic réseau
    - protection contre les logiciels malveillants et application rapide des correctifs de sécurité
    - sauvegardes et journalisation des événements de sécurité

    Leur force, c’est la constance : une règle appliquée par un système s’applique à chaque fois. Leur faiblesse, c’est qu’elles peuvent être mal configurées, contournées ou laissées à l’abandon. La journalisation en est un bon exemple : l’activer ne prend que quelques minutes, mais elle ne sert à rien tant qu’on n’a pas décidé combien de temps conserver les journaux, qui les examine et ce que l’on fait d’une anomalie.
block-organisational-measures-heading = Les mesures organisationnelles
block-organisational-measures-body =
    Les mesures organisationnelles encadrent le comportement des personnes et le fonctionnement de l’organisation. Quelques exemples :

    - une politique de sécurité de l’information approuvée par la direction
    - des rôles clairement attribués, par exemple un propriétaire pour chaque actif ou risque important
    - la sensibilisation à l’hameçonnage et au traitement des données confidentielles
    - des procédures, par exemple pour ouvrir et retirer les accès ou pour réagir à un incident
    - des clauses de sécurité dans les contrats passés avec les fournisseurs

    On les sous-estime volontiers, parce qu’elles produisent des documents plutôt que des équipements. Pourtant, bien des incidents commencent par une décision humaine : un mot de passe partagé, un fournisseur que personne n’a évalué, un compte resté actif après un départ. Les mesures organisationnelles portent précisément sur ces décisions ; ce sont elles qui donnent aux mesures techniques leur raison d’être, leurs responsables et leur suivi.
example-ransomware = Un rançongiciel qui chiffre les dossiers des patients d’un hôpital porte d’abord atteinte à la disponibilité ; si les attaquants ont aussi copié ces dossiers avant de les chiffrer, la confidentialité est perdue à son tour.
example-payment-fraud = Un escroc écrit au service comptabilité fournisseurs pour faire modifier le RIB d’un fournisseur. Exiger qu’une telle demande soit confirmée en rappelant le fournisseur à un numéro déjà connu est une mesure organisationnelle qui protège l’intégrité des données de paiement.
callout-which-property-title = Partez de la propriété
callout-which-property-body = Devant n’importe quelle mesure, demandez-vous si elle protège la confidentialité, l’intégrité ou la disponibilité. Si vous ne savez pas répondre, revenez au risque qu’elle est censée traiter.
callout-tools-alone-title = Un outil n’est pas une mesure
callout-tools-alone-body = Acheter un produit de sécurité ne revient pas à mettre en place une mesure. Sans responsable, sans procédure et sans revue régulière, même un excellent outil finit par ne plus protéger grand-chose.
callout-four-themes-title = Quatre thèmes dans l’édition 2022
callout-four-themes-body = L’édition 2022 de l’ISO/IEC 27002 range ses mesures en quatre thèmes : organisationnelles, liées aux personnes, physiques et technologiques. Un module ultérieur les présente en détail.
prompt = Choisissez un ensemble d’informations que vous manipulez, au travail ou ailleurs. Pour chacune des trois propriétés (confidentialité, intégrité, disponibilité), décrivez ce qui pourrait mal tourner et une mesure, technique ou organisationnelle, qui y remédierait.
prompt-guidance =
    Une bonne réponse désigne une information précise et, pour chaque propriété, une menace concrète et une mesure. Pour un fichier de contacts clients tenu dans un CRM, par exemple :

    - Confidentialité : un export se retrouve hors de l’entreprise ; l’accès est réservé à l’équipe commerciale, avec authentification multifacteur.
    - Intégrité : des fiches sont écrasées par erreur ; l’historique des modifications est conservé et seuls les chargés de clientèle peuvent modifier les fiches.
    - Disponibilité : le service devient inaccessible ; les données sont sauvegardées chaque jour et une restauration est testée chaque trimestre.

    Vérifiez que votre réponse comporte au moins une mesure organisationnelle, et pas seulement des mesures techniques.
exercise = Rangez chaque mesure dans la bonne catégorie.
exercise-explanation = Les mesures techniques sont appliquées par la technologie une fois configurées : authentification, chiffrement, pare-feu, sauvegardes automatiques. Les mesures organisationnelles encadrent les décisions et les comportements : politique, sensibilisation, clauses contractuelles, procédures. La plupart des mesures ont besoin des deux : la sauvegarde nocturne, par exemple, suppose encore que quelqu’un vérifie que les restaurations fonctionnent.
exercise-category-technical = Mesure technique
exercise-category-organisational = Mesure organisationnelle
exercise-item-mfa = Authentification multifacteur pour l’accès à distance
exercise-item-disk-encryption = Chiffrement intégral des disques des ordinateurs portables
exercise-item-firewall = Pare-feu filtrant le trafic réseau entrant
exercise-item-backups = Sauvegarde automatique des serveurs chaque nuit
exercise-item-policy = Politique de sécurité de l’information approuvée par la direction
exercise-item-training = Sessions annuelles de sensibilisation à l’hameçonnage pour tout le personnel
exercise-item-supplier-clause = Clauses de sécurité dans le contrat passé avec un fournisseur informatique
exercise-item-leaver-procedure = Procédure de retrait des accès lors du départ d’un salarié
