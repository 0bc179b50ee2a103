title = Confidentialité, intégrité, disponibilité et mesures de sécurité
overview = Vous saurez présenter la sécurité de l’information comme la préservation de trois propriétés de l’information, et ranger une mesure dans l’un des quatre thèmes de l’édition 2022.
explanation =
    Dans la famille ISO/IEC 27000, la sécurité de l’information consiste à en préserver la confidentialité, l’intégrité et la disponibilité.

    La confidentialité garantit qu’une information n’est accessible qu’aux personnes, systèmes et processus qui y sont autorisés. L’intégrité garantit qu’elle reste exacte et complète, et qu’elle n’est modifiée que de façon autorisée. La disponibilité garantit que ceux qui y ont droit peuvent y accéder et s’en servir quand ils en ont besoin.

    Une mesure de sécurité modifie un risque, le plus souvent en le réduisant, et protège ainsi une ou plusieurs de ces propriétés. Elle n’est pas forcément technique : l’édition 2022 de l’ISO/IEC 27002 répartit ses 93 mesures en quatre thèmes, selon ce sur quoi chacune agit. Les mesures organisationnelles (article 5, 37 mesures) couvrent les politiques, les rôles, les accords avec les fournisseurs, la gestion des incidents ou la conformité. Les mesures applicables aux personnes (article 6, 8 mesures) visent les individus : vérification des candidats, sensibilisation, obligations qui perdurent après un départ. Les mesures physiques (article 7, 14 mesures) protègent locaux, équipements et supports de stockage. Les mesures technologiques (article 8, 34 mesures) s’appuient sur la technologie : authentification, chiffrement, filtrage réseau, sauvegardes, journalisation.

    Sur le terrain, ces thèmes se complètent. Un système de sauvegarde est une mesure technologique, mais il ne protège la disponibilité que si quelqu’un en a la charge, qu’une procédure précise ce qui est sauvegardé et que les restaurations sont testées. À l’inverse, une politique de traitement des données confidentielles, mesure organisationnelle, s’appuie sur les droits d’accès et sur un personnel sensibilisé pour être respectée. Devant une mesure, demandez-vous quelle propriété elle protège et ce qu’elle attend des autres thèmes pour fonctionner.
practical-example =
    Après l’envoi d’un tableau financier au mauvais destinataire, une équipe revoit la protection de ses données de paiement. Pour la confidentialité, elle réserve le dossier partagé à quelques rôles désignés et active le chiffrement des pièces jointes sortantes. Pour l’intégrité, elle exige qu’une seconde personne valide toute modification des coordonnées bancaires d’un fournisseur. Pour la disponibilité, elle vérifie que le dossier est bien sauvegardé et qu’une restauration a réellement été testée. Chaque décision associe un réglage technique, une règle d’organisation et un responsable nommément désigné.
block-three-properties-heading = Trois propriétés à préserver
block-three-properties-body =
    Toute question de sécurité se ramène à l’une ou plusieurs de ces trois propriétés :

    - Confidentialité : l’information ne parvient qu’à ceux qui y ont droit. Un fichier clients divulgué ou un ordinateur portable non chiffré oublié dans un train la menacent.
    - Intégrité : l’information reste exacte et complète. Une fausse facture, une base de données corrompue ou une modification non autorisée de configuration la menacent.
    - Disponibilité : l’information et les systèmes qui l’hébergent sont utilisables quand on en a besoin. Une coupure de courant, un rançongiciel ou un fichier effacé sans sauvegarde la menacent.

    Ces propriétés peuvent entrer en tension. Verrouiller les données à l’extrême sert la confidentialité mais peut nuire à la disponibilité : choisir des mesures, c’est trouver l’équilibre qui convient à l’activité.
block-technical-measures-heading = Les mesures technologiques
block-technical-measures-body =
    Les mesures technologiques sont intégrées aux systèmes et, une fois configurées, fonctionnent pour l’essentiel d’elles-mêmes. Quelques exemples :

    - chiffrement des données stockées sur les portables ou transmises sur les réseaux
    - authentification multifacteur et droits d’accès définis selon les fonctions
    - pare-feu et filtrage du trafic réseau
    - protection contre les logiciels malveillants et application rapide des correctifs de sécurité
    - sauvegardes et journalisation des événements de sécurité

    Leur force, c’est la constance : une règle appliquée par un système s’applique à chaque fois. Leur faiblesse, c’est qu’elles peuvent être mal configurées, contournées ou laissées à l’abandon. La journalisation en est un bon exemple : l’activer ne prend que quelques minutes, mais elle ne sert à rien tant qu’on n’a pas décidé combien de temps conserver les journaux, qui les examine et ce que l’on fait d’une anomalie.
block-organisational-measures-heading = Mesures organisationnelles, applicables aux personnes et physiques
block-organisational-measures-body =
    Les trois autres thèmes encadrent le fonctionnement de l’organisme, le comportement des individus et la protection des locaux et des équipements. Quelques exemples :

    - organisationnelles : une politique de sécurité de l’information approuvée par la direction, un propriétaire pour chaque actif ou risque important, des procédures d’ouverture et de retrait des accès, des clauses de sécurité dans les contrats fournisseurs
    - applicables aux personnes : vérification des candidats avant l’embauche, sensibilisation à l’hameçonnage et au traitement des données confidentielles, obligations de confidentialité qui perdurent après un départ
    - physiques : accès par badge aux zones sensibles, protection des équipements, manipulation et destruction sécurisées des supports de stockage

    On les sous-estime volontiers, parce qu’elles produisent des documents, des habitudes et des serrures plutôt que des réglages. Pourtant, bien des incidents commencent par une décision humaine : un mot de passe partagé, un fournisseur que personne n’a évalué, un compte resté actif après un départ. Ces mesures portent précisément sur ces décisions ; ce sont elles qui donnent aux mesures technologiques leur raison d’être, leurs responsables et leur suivi.
example-ransomware = Un rançongiciel qui chiffre les dossiers des patients d’un hôpital porte d’abord atteinte à la disponibilité ; si les attaquants ont aussi copié ces dossiers avant de les chiffrer, la confidentialité est perdue à son tour.
example-payment-fraud = Un escroc écrit au service comptabilité fournisseurs pour faire modifier le RIB d’un fournisseur. Exiger qu’une telle demande soit confirmée en rappelant le fournisseur à un numéro déjà connu est une mesure organisationnelle qui protège l’intégrité des données de paiement ; apprendre à l’équipe à repérer la ruse relève des mesures applicables aux personnes.
callout-which-property-title = Partez de la propriété
callout-which-property-body = Devant n’importe quelle mesure, demandez-vous si elle protège la confidentialité, l’intégrité ou la disponibilité. Si vous ne savez pas répondre, revenez au risque qu’elle est censée traiter.
callout-tools-alone-title = Un outil n’est pas une mesure
callout-tools-alone-body = Acheter un produit de sécurité ne revient pas à mettre en place une mesure. Sans responsable, sans procédure et sans revue régulière, même un excellent outil finit par ne plus protéger grand-chose.
callout-four-themes-title = Le thème suit ce sur quoi agit la mesure
callout-four-themes-body = Personnes si elle vise des individus, physique si elle porte sur des objets physiques, technologique si elle porte sur la technologie, organisationnelle dans tous les autres cas. La sensibilisation est donc une mesure applicable aux personnes (6.3), et non une mesure organisationnelle. Un module ultérieur détaille ces thèmes.
prompt = Choisissez un ensemble d’informations que vous manipulez, au travail ou ailleurs. Pour chacune des trois propriétés (confidentialité, intégrité, disponibilité), décrivez ce qui pourrait mal tourner et une mesure qui y remédierait, en précisant à quel thème elle appartient.
prompt-guidance =
    Une bonne réponse désigne une information précise et, pour chaque propriété, une menace concrète et une mesure. Pour un fichier de contacts clients tenu dans un CRM, par exemple :

    - Confidentialité : un export se retrouve hors de l’entreprise ; l’accès est réservé à l’équipe commerciale, avec authentification multifacteur.
    - Intégrité : des fiches sont écrasées par erreur ; l’historique des modifications est conservé et seuls les chargés de clientèle peuvent modifier les fiches.
    - Disponibilité : le service devient inaccessible ; les données sont sauvegardées chaque jour et une restauration est testée chaque trimestre.

    Vérifiez que votre réponse ne repose pas uniquement sur des mesures technologiques : au moins une mesure organisationnelle, applicable aux personnes ou physique devrait y figurer.
exercise = Rangez chaque mesure dans le thème de l’édition 2022 auquel elle appartient.
exercise-explanation = Authentification, chiffrement, pare-feu et sauvegardes automatiques portent sur la technologie : ce sont des mesures technologiques. La politique et les clauses fournisseurs sont organisationnelles. La sensibilisation et le rappel des obligations qui perdurent après un départ visent des individus : ce sont des mesures applicables aux personnes. Les portes à badge protègent des locaux : c’est une mesure physique. La plupart des mesures ont besoin des autres thèmes : la sauvegarde nocturne suppose encore que quelqu’un vérifie que les restaurations fonctionnent.
exercise-category-technical = Technologique
exercise-category-organisational = Organisationnelle
exercise-category-people = Applicable aux personnes
exercise-category-physical = Physique
exercise-item-mfa = Authentification multifacteur pour l’accès à distance
exercise-item-disk-encryption = Chiffrement intégral des disques des ordinateurs portables
exercise-item-firewall = Pare-feu filtrant le trafic réseau entrant
exercise-item-backups = Sauvegarde automatique des serveurs chaque nuit
exercise-item-policy = Politique de sécurité de l’information approuvée par la direction
exercise-item-training = Sessions annuelles de sensibilisation à l’hameçonnage pour tout le personnel
exercise-item-supplier-clause = Clauses de sécurité dans le contrat passé avec un fournisseur informatique
exercise-item-leaver-procedure = Rappeler aux salariés qui partent que leur obligation de confidentialité demeure
exercise-item-badge-doors = Portes à badge à l’entrée de la salle des serveurs
