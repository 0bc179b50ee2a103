title = Le matériel, de son installation à sa mise au rebut
overview = Vous suivrez le matériel tout au long de sa vie avec les mesures 7.8 à 7.14, de son emplacement jusqu’à son effacement ou sa destruction, et verrez comment la mesure 8.10, suppression des informations, les complète.

explanation =
    Les sept dernières mesures physiques accompagnent le matériel de son installation à sa sortie. La 7.8, emplacement et protection du matériel, décide où il se trouve ; la 7.11, services supports, et la 7.12, sécurité du câblage, l’alimentent et le raccordent ; la 7.13, maintenance du matériel, le maintient en état ; la 7.9, sécurité des actifs hors des locaux, et la 7.10, supports de stockage, traitent de ce qui quitte le bâtiment ou peut être emporté ; la 7.14, mise au rebut ou recyclage sécurisé du matériel, referme le cycle.

    Ces mesures servent deux objectifs faciles à distinguer. Emplacement, services supports, câblage et maintenance protègent d’abord la disponibilité : une salle serveurs sans alimentation ni climatisation fiables est une panne en attente. Actifs hors des locaux, supports et mise au rebut protègent d’abord la confidentialité : la fuite typique liée au matériel, c’est l’appareil perdu en transit ou revendu sans avoir été effacé. L’intégrité est également en jeu dès qu’un appareil échappe au contrôle de l’organisme et peut être altéré.

    La 7.14 est étroitement liée à la 8.10, suppression des informations, l’une des nouveautés de 2022. La 8.10 porte sur la suppression des informations devenues inutiles, où qu’elles se trouvent : serveurs, portables, services en nuage, sauvegardes. La 7.14 garantit qu’un matériel qui quitte l’organisme ou change d’utilisateur n’emporte rien avec lui, et la 7.10 fait de même pour les supports amovibles. Toutes trois reposent sur l’inventaire des actifs (5.9) : on ne peut pas éliminer proprement un appareil dont on ignore l’existence.

    Les preuves sont surtout des enregistrements : inventaire indiquant le statut de chaque appareil, registres de maintenance, résultats des tests d’onduleur et de groupe électrogène, registre des supports amovibles, certificats de destruction rapprochables des numéros de série. L’auditeur choisit volontiers dans l’inventaire un appareil « mis au rebut » et demande à voir la preuve.

practical-example =
    Après une alerte sérieuse, une société d’ingénierie de 150 personnes a revu ses mesures relatives au matériel. Sa salle serveurs dispose désormais de sondes de température et de fuite d’eau reliées à l’astreinte, et l’onduleur est testé en charge chaque trimestre.

    Chaque portable est chiffré et inscrit à l’inventaire avec son utilisateur. Seuls les techniciens nommément désignés par le fournisseur interviennent, et chaque intervention est consignée. Les appareils qui sortent définitivement suivent une procédure unique : l’équipe informatique les efface, contrôle un échantillon et les remet à un recycleur certifié dont le certificat reprend chaque numéro de série. Une fois par an, le responsable sécurité choisit cinq appareils « mis au rebut » dans l’inventaire et retrouve le certificat de chacun.

block-siting-and-utilities-heading = Emplacement, services supports et câblage : 7.8, 7.11 et 7.12
block-siting-and-utilities-body =
    L’emplacement et la protection du matériel (7.8) placent chaque équipement là où il est le moins exposé : loin des canalisations et des fenêtres sur rue, hors de portée des passants, avec des écrans illisibles depuis le couloir, et une surveillance de la température et de l’humidité dans les salles qui l’exigent.

    Les services supports (7.11) recouvrent l’électricité, les télécommunications, l’eau, le chauffage, la ventilation et la climatisation. Mesures courantes : onduleur dimensionné pour un arrêt propre ou la bascule sur groupe électrogène, contrat d’approvisionnement en carburant, double arrivée électrique ou réseau pour les sites critiques, alarmes en cas de défaillance. Un onduleur jamais testé en charge relève de l’espoir, pas de la mesure de sécurité.

    La sécurité du câblage (7.12) protège les câbles d’énergie et de données contre les dommages, l’interception et les interférences : goulottes ou fourreaux, séparation des courants forts et faibles, étiquetage aux deux extrémités, baies de brassage et locaux techniques fermés, contrôles périodiques à la recherche d’équipements qui n’ont rien à y faire.

block-off-premises-and-media-heading = Hors des locaux et sur supports : 7.9 et 7.10
block-off-premises-and-media-body =
    La sécurité des actifs hors des locaux (7.9) vise tout appareil qui porte des informations de l’organisme hors de ses bâtiments : portables et téléphones, appareils personnels utilisés pour le travail, et matériel installé à demeure ailleurs, comme un terminal de paiement ou un capteur sur le terrain. Règles habituelles : ne jamais laisser un appareil sans surveillance dans une voiture ou un lieu public, utiliser un filtre de confidentialité en déplacement, consigner les remises de matériel d’une personne à l’autre et pouvoir effacer à distance un appareil perdu.

    Les supports de stockage (7.10) couvrent clés USB, disques externes, bandes et cartes mémoire sur toute leur durée de vie : remise et enregistrement, chiffrement du contenu, autorisation de sortie, transport par coursier avec suivi, recopie des archives longues avant dégradation du support, élimination sûre. Beaucoup d’organismes bloquent tout simplement le stockage USB là où rien ne le justifie.

block-maintenance-heading = Maintenance : 7.13
block-maintenance-body =
    La maintenance du matériel (7.13) le garde disponible et intègre. Les interventions suivent les périodicités recommandées par le fabricant, seules des personnes autorisées les réalisent, et chaque panne comme chaque intervention est consignée.

    - Accompagnez les prestataires en zone sécurisée et contrôlez la télémaintenance comme tout autre accès à privilèges.
    - Avant d’envoyer un appareil en réparation, retirez ou effacez son stockage, ou assurez-vous que le réparateur est tenu par un accord de confidentialité.
    - À son retour, inspectez-le avant de le reconnecter, au cas où il aurait été altéré.

block-disposal-and-deletion-heading = Mise au rebut, réemploi et suppression : 7.14 et 8.10
block-disposal-and-deletion-body =
    La mise au rebut ou le recyclage sécurisé du matériel (7.14) pose une question avant que tout appareil ne sorte ou ne change de mains : quelqu’un peut-il encore en extraire de l’information ? La réponse se vérifie, elle ne se présume pas.

    - Choisissez la méthode selon le support : l’écrasement convient aux disques durs classiques, l’effacement cryptographique ou la commande d’effacement du fabricant aux disques chiffrés et aux SSD, la destruction physique aux cas où rien d’autre n’est fiable. Des guides publics comme le NIST SP 800-88 distinguent trois niveaux : effacement simple (clear), purge et destruction.
    - Pensez aux appareils moins évidents : copieurs et imprimantes à disque interne, téléphones, équipements réseau contenant configurations et mots de passe, disques défectueux renvoyés sous garantie.
    - Décidez au cas par cas si un appareil endommagé doit être réparé ou détruit.

    La 8.10, suppression des informations, complète ce dispositif côté information : les données sont supprimées lorsque les règles de conservation le prévoient, dans les systèmes et services en nuage comme sur les appareils, et la suppression est consignée.

example-leased-copier = En fin de location, une entreprise a restitué dix copieurs multifonctions dont les disques contenaient des années de bulletins de paie numérisés. Son nouveau contrat impose l’effacement ou le retrait des disques avant l’enlèvement, avec un certificat par appareil.
example-untested-ups = Lors de sa première vraie coupure de courant, la salle serveurs d’un logisticien s’est arrêtée en deux minutes : les batteries de l’onduleur étaient arrivées en fin de vie sans que personne le remarque. L’onduleur est désormais testé chaque trimestre et les batteries remplacées selon un calendrier fixe.
example-warranty-disk = La baie de stockage d’un hôpital signale un disque défectueux rempli de données de patients. Plutôt que de le renvoyer au fabricant, l’hôpital recourt à l’option du fournisseur qui lui permet de conserver les disques défaillants, et les détruit sur place.

callout-format-is-not-erase-title = Formater n’est pas effacer
callout-format-is-not-erase-body = Un formatage rapide, une partition supprimée ou une réinitialisation d’usine d’un appareil non chiffré peuvent laisser des données récupérables. Sur un SSD, l’écrasement n’est pas fiable, car c’est le disque qui décide où les données sont physiquement écrites. Chiffrez dès la mise en service, pour que détruire la clé suffise à rendre les données illisibles, et vérifiez le résultat.

callout-match-serials-title = Sans numéros de série, un certificat ne prouve rien
callout-match-serials-body = Un certificat indiquant « 40 portables détruits » est invérifiable. Exigez de votre recycleur des certificats qui listent chaque numéro de série, rapprochez-les de votre inventaire et enquêtez sur tout appareil qui ne figure que d’un côté.

prompt = Pensez aux trois derniers appareils dont votre organisme s’est séparé, par exemple un portable, un téléphone ou une imprimante. Retracez ce qu’il est advenu de chacun, puis listez les preuves qu’aucune information n’est partie avec lui. Où la faille a-t-elle le plus de chances de se trouver ?
prompt-guidance =
    Une réponse solide suit chaque appareil depuis l’inventaire jusqu’à son sort final (réattribué, vendu, recyclé ou détruit) et nomme la preuve correspondante : rapport d’effacement rattaché au numéro de série, certificat du recycleur, entrée datée dans l’inventaire.

    Les failles apparaissent généralement là où personne ne voit un ordinateur (imprimantes, téléphones, équipements réseau), là où un fournisseur emporte le matériel (location, échange sous garantie) ou là où l’inventaire n’a jamais été mis à jour. Une bonne réponse vérifie aussi que l’information elle-même a été supprimée des systèmes et des services en nuage au titre de la 8.10, et pas seulement de l’appareil.

exercise = Remettez dans l’ordre les étapes du retrait du portable d’un salarié.
exercise-explanation = On récupère d’abord le portable et on met l’inventaire à jour, puis on s’assure que les informations à conserver sont stockées ailleurs, avant tout effacement. On efface ensuite avec une méthode adaptée au support, on vérifie le résultat en le rattachant au numéro de série, et ce n’est qu’alors qu’on remet l’appareil au recycleur et qu’on classe son certificat.
exercise-item-retrieve = Récupérer le portable auprès du salarié et mettre à jour son statut dans l’inventaire des actifs.
exercise-item-preserve = Vérifier que les informations à conserver ont été copiées à l’emplacement prévu.
exercise-item-sanitise = Effacer le disque avec une méthode adaptée, par exemple un effacement cryptographique du SSD chiffré.
exercise-item-verify = Vérifier que l’effacement a réussi et consigner le résultat en regard du numéro de série.
exercise-item-hand-over = Remettre le portable au recycleur agréé et classer le certificat qui mentionne son numéro de série.
