title = Mesures applicables aux personnes et mesures physiques (6.1–6.8, 7.1–7.14)
summary = Comment les huit mesures applicables aux personnes accompagnent chacun du recrutement au départ, comment les mesures physiques protègent les locaux par zones emboîtées, et comment le matériel est protégé de son installation à sa mise au rebut, avec les preuves qu’attend l’auditeur.

q-screening = Une mutuelle recrute un standardiste, un gestionnaire de prestations et un administrateur de bases de données qui pourra consulter tous les dossiers des adhérents. Quelle approche des vérifications préalables est la plus fidèle à la mesure 6.1, sélection des candidats ?
q-screening-explanation = Les vérifications préalables sont proportionnées : la profondeur des vérifications dépend des informations accessibles au poste et du risque apprécié, dans les limites du droit du travail et de la protection des données. L’administrateur justifie des vérifications plus poussées que le standardiste. Appliquer à tous le niveau le plus lourd est disproportionné, voire illicite ; les intérimaires restent concernés ; et les vérifications se renouvellent lors du passage à un poste plus sensible.
q-screening-option-same-for-all = Appliquer aux trois recrues les vérifications les plus poussées, pour ne traiter personne différemment
q-screening-option-same-for-all-feedback = Pas la meilleure réponse : des vérifications que le poste ne justifie pas sont disproportionnées, et le RGPD limite ce que l’on peut collecter.
q-screening-option-proportionate = Définir des niveaux de vérification, plus poussés pour l’administrateur, dans le respect du droit du travail et de la protection des données
q-screening-option-proportionate-feedback = Exact : la profondeur des vérifications suit les accès et le risque, dans le cadre de la loi.
q-screening-option-agency-trusted = Vérifier les trois recrues, mais s’en remettre à l’agence d’intérim pour un intérimaire doté des mêmes accès, sans autre contrôle
q-screening-option-agency-trusted-feedback = Non : les intérimaires sont concernés. L’organisme impose ces vérifications dans le contrat avec l’agence et contrôle qu’elles sont faites.
q-screening-option-once-at-hire = Vérifier chacun une fois à l’embauche, sans jamais recommencer, même en cas de passage à un poste plus sensible
q-screening-option-once-at-hire-feedback = Non : un poste plus sensible appelle les vérifications du niveau correspondant.

q-awareness-measure = Le comité de direction veut savoir si le programme de sensibilisation (6.3) produit réellement des effets. Quel indicateur en apporte la meilleure preuve ?
q-awareness-measure-explanation = La sensibilisation vise à changer les comportements : la meilleure preuve est donc comportementale, avec davantage de personnes qui signalent, et plus vite, les faux courriels d’hameçonnage au fil des mois. Le taux de suivi et le score au quiz de fin de module montrent une participation et une mémorisation immédiate ; les affiches témoignent d’un effort, pas d’un résultat.
q-awareness-measure-option-completion = 98 % du personnel a suivi le module en ligne de l’année
q-awareness-measure-option-completion-feedback = Le taux de suivi prouve la participation, pas un changement de comportement.
q-awareness-measure-option-quiz-score = Le score moyen au quiz de fin de module atteint 85 %
q-awareness-measure-option-quiz-score-feedback = Tentant, mais un quiz passé juste après le module mesure la mémoire immédiate, pas ce que les gens font à leur poste des semaines plus tard.
q-awareness-measure-option-reporting-trend = En un an, les faux hameçonnages sont signalés par davantage de personnes, et plus rapidement
q-awareness-measure-option-reporting-trend-feedback = Exact : c’est une mesure du comportement, que la sensibilisation cherche précisément à faire évoluer.
q-awareness-measure-option-posters = Des affiches de sensibilisation sont apposées à chaque étage et renouvelées chaque trimestre
q-awareness-measure-option-posters-feedback = Les affiches sont une action, pas un résultat.

q-leaver = Un ingénieur commercial démissionne pour rejoindre un concurrent et effectue un préavis d’un mois. Quelles mesures doivent encadrer son départ ? Plusieurs réponses sont possibles.
q-leaver-explanation = La 6.5 fixe et rappelle les obligations qui perdurent après le départ, comme la confidentialité ; la 5.11, restitution des actifs, récupère portable, badge et documents ; la 5.18, droits d’accès, retire les accès à temps. Partir chez un concurrent n’est pas un manquement : la 6.4 ne s’applique pas. Supprimer les fichiers de travail de la personne ne fait pas partie du départ : ces informations appartiennent à l’organisme et suivent ses règles de conservation.
q-leaver-option-after-termination = 6.5 Responsabilités après la fin ou la modification du contrat de travail
q-leaver-option-after-termination-feedback = Exact : on rappelle au partant les obligations qui perdurent, comme la confidentialité.
q-leaver-option-return-assets = 5.11 Restitution des actifs
q-leaver-option-return-assets-feedback = Exact : matériel, badges et documents sont rendus avant la fin du dernier jour.
q-leaver-option-access-rights = 5.18 Droits d’accès
q-leaver-option-access-rights-feedback = Exact : les accès sont retirés à temps, et revus pendant le préavis si le risque le justifie.
q-leaver-option-disciplinary = 6.4 Processus disciplinaire, puisque la personne rejoint un concurrent
q-leaver-option-disciplinary-feedback = Non : rejoindre un concurrent n’est pas un manquement. Le processus disciplinaire ne s’applique qu’à une violation établie.
q-leaver-option-delete-files = 8.10 Suppression des informations, pour effacer tous ses fichiers de travail le dernier jour
q-leaver-option-delete-files-feedback = Non : les fichiers de travail appartiennent à l’organisme. Leur conservation ou leur suppression suit les règles de conservation, pas le départ de leur auteur.

q-role-change = Vrai ou faux ? Lorsqu’une comptable rejoint en interne l’équipe marketing, la mesure 6.5 ne s’applique pas, puisqu’elle reste dans l’organisme.
q-role-change-explanation = Faux. La 6.5 vise les changements de poste autant que les départs. Les accès financiers de la comptable doivent être retirés, les responsabilités du nouveau poste définies, et les obligations héritées de l’ancien, comme la confidentialité sur les résultats financiers, clairement rappelées. Sinon, chacun cumule des droits à chaque mobilité.

q-weakness-reporting = Une salariée constate que le répertoire partagé contenant les fichiers de paie semble lisible par toute l’entreprise. Que prévoit pour elle la mesure 6.8, déclaration des événements de sécurité de l’information ?
q-weakness-reporting-explanation = Elle signale sans délai, par le canal connu, sans chercher à confirmer. Le personnel signale les vulnérabilités soupçonnées comme les événements ; tester une faille peut constituer en soi un manquement, altérer des preuves, et relève de ceux qui analysent les signalements. Corriger soi-même court-circuite l’analyse ; attendre prolonge l’exposition.
q-weakness-reporting-option-test-first = Ouvrir quelques fichiers pour s’assurer que la faille est réelle avant de la signaler
q-weakness-reporting-option-test-first-feedback = Non : tester une vulnérabilité soupçonnée n’est pas le rôle de qui la signale, peut constituer un manquement et risque d’altérer des preuves.
q-weakness-reporting-option-report-now = La signaler immédiatement par le canal habituel, sans chercher à la confirmer
q-weakness-reporting-option-report-now-feedback = Exact : on signale ce que l’on voit, vite, et on laisse décider ceux qui analysent les événements.
q-weakness-reporting-option-fix-it = Modifier elle-même les droits du répertoire, puisque son compte le lui permet
q-weakness-reporting-option-fix-it-feedback = Non : une correction discrète saute l’analyse et ne dit pas depuis combien de temps les fichiers étaient exposés.
q-weakness-reporting-option-wait = En parler à la prochaine réunion d’équipe, puisqu’aucun dommage n’a été constaté
q-weakness-reporting-option-wait-feedback = Non : le signalement doit être rapide ; les fichiers restent exposés tant que personne n’agit.

q-remote-scope = Un cabinet d’expertise comptable rédige ses règles de travail à distance au titre de la mesure 6.7. Quelles situations doivent-elles couvrir ?
q-remote-scope-explanation = La 6.7 vise tout travail effectué hors des locaux de l’organisme, quel que soit le lieu et que l’information soit à l’écran ou sur papier. L’édition 2013 parlait de télétravail ; la mesure de 2022 est volontairement plus large.
q-remote-scope-option-home-agreement = Uniquement les jours télétravaillés à domicile dans le cadre d’un accord formel
q-remote-scope-option-home-agreement-feedback = Trop restrictif : le travail à domicile n’est qu’un cas de travail à distance.
q-remote-scope-option-any-offsite = Tout travail hors des locaux : au domicile, dans le train, à l’hôtel, dans un espace de travail partagé ou chez un client
q-remote-scope-option-any-offsite-feedback = Exact : la mesure suit la personne partout où elle travaille hors des locaux.
q-remote-scope-option-travel-abroad = Uniquement les déplacements à l’étranger, où les risques sont les plus élevés
q-remote-scope-option-travel-abroad-feedback = Trop restrictif : le risque est peut-être plus élevé à l’étranger, mais le café d’en face relève aussi du travail à distance.
q-remote-scope-option-laptops-only = Uniquement l’usage des portables de l’entreprise hors du bureau ; les documents papier relèvent d’autres règles
q-remote-scope-option-laptops-only-feedback = Non : les règles de travail à distance couvrent aussi les documents imprimés et les conversations qui peuvent être entendues.

q-disciplinary = Votre organisme revoit son processus disciplinaire. Quelles caractéristiques le rendent conforme à l’esprit de la mesure 6.4 ? Plusieurs réponses sont possibles.
q-disciplinary-explanation = Un processus disciplinaire solide est formalisé et connu à l’avance, ne s’applique qu’une fois le manquement établi et se gradue selon l’intention, la gravité et la récidive. Une sanction unique confond l’erreur de bonne foi et le vol délibéré, et un processus tenu secret ne dissuade personne et nuit à l’équité.
q-disciplinary-option-known-in-advance = Il est formalisé et porté à la connaissance du personnel avant tout manquement
q-disciplinary-option-known-in-advance-feedback = Exact : un processus que personne ne connaît ne dissuade ni ne protège.
q-disciplinary-option-breach-established = Aucune sanction n’est décidée avant que le manquement soit établi
q-disciplinary-option-breach-established-feedback = Exact : les faits sont vérifiés avant toute sanction.
q-disciplinary-option-graduated = La réponse tient compte de l’intention, de la gravité et d’une éventuelle récidive
q-disciplinary-option-graduated-feedback = Exact : une erreur de bonne foi et un vol délibéré de données n’appellent pas la même réponse.
q-disciplinary-option-fixed-sanction = Tout manquement entraîne la même sanction, pour que la règle soit simple et dissuasive
q-disciplinary-option-fixed-sanction-feedback = Non : une sanction unique n’est ni juste ni proportionnée, et décourage chacun de signaler ses propres erreurs.
q-disciplinary-option-kept-secret = Ses modalités restent confidentielles, pour que personne n’apprenne à le contourner
q-disciplinary-option-kept-secret-feedback = Non : le processus ne dissuade que si chacun sait qu’il existe et ce qu’il prévoit.

q-zones-order = Classez ces zones du siège d’une entreprise, de la moins protégée à la plus protégée.
q-zones-order-explanation = Le parking et la rue sont publics ; l’accueil est le premier point d’entrée contrôlé ; le plateau de bureaux est réservé au personnel ; le couloir technique aux seules équipes informatique et services généraux ; la salle serveurs, ouverte par badge et code aux administrateurs désignés, est la zone sécurisée au centre. Chaque limite ajoute un contrôle : c’est le principe de la défense en profondeur.
q-zones-order-item-car-park = Parking visiteurs et rue
q-zones-order-item-reception = Accueil, où les visiteurs s’enregistrent et reçoivent un badge
q-zones-order-item-open-office = Plateau de bureaux, ouvert à tous les badges du personnel
q-zones-order-item-technical-corridor = Couloir technique, réservé aux équipes informatique et services généraux
q-zones-order-item-server-room = Salle serveurs, ouverte par badge et code aux seuls administrateurs désignés

q-new-physical = L’édition 2022 de l’ISO/IEC 27002 a introduit onze nouvelles mesures, dont une seule relève du thème physique. Quel est son numéro ?
q-new-physical-explanation = La 7.4, surveillance de la sécurité physique. La détection d’intrusion ne figurait auparavant que dans les recommandations sur les périmètres ; en 2022, la surveillance des locaux devient une mesure à part entière. Les dix autres nouveautés sont organisationnelles (5.7, 5.23, 5.30) ou technologiques (8.9 à 8.12, 8.16, 8.23, 8.28).

q-cloud-only = Vrai ou faux ? Une société de conseil de 30 personnes dont tout le système d’information est hébergé chez un fournisseur de services en nuage, sans aucune salle serveurs, conserve normalement plusieurs mesures physiques applicables.
q-cloud-only-explanation = Vrai. Les centres de données du fournisseur sont couverts par les mesures relatives aux fournisseurs (5.19 à 5.23), mais la société a toujours des bureaux, du personnel, des portables et des documents papier. Des mesures comme la 7.7, bureau propre et écran vide, la 7.9, sécurité des actifs hors des locaux, ou la 7.14, mise au rebut ou recyclage sécurisé du matériel, restent en général applicables, à proportion du risque.

q-clear-desk = Un cabinet d’avocats passe au bureau partagé et veut faire respecter la mesure 7.7, bureau propre et écran vide. Lesquelles de ces consignes en relèvent ? Plusieurs réponses sont possibles.
q-clear-desk-explanation = Verrouiller sa session, ne libérer les impressions qu’au pied de l’imprimante et effacer les tableaux blancs évitent de laisser l’information exposée en l’absence de quiconque : c’est l’objet de la 7.7. Orienter les écrans à l’écart d’une fenêtre relève de l’emplacement du matériel (7.8). Le chiffrement des disques est une mesure technologique, au titre de la 8.24, utilisation de la cryptographie, et de la 8.1, terminaux finaux des utilisateurs.
q-clear-desk-option-lock-screen = Verrouiller sa session chaque fois que l’on quitte son poste
q-clear-desk-option-lock-screen-feedback = Exact : un écran laissé sans surveillance ne montre rien.
q-clear-desk-option-badge-printing = Ne libérer les impressions que lorsque l’utilisateur badge à l’imprimante
q-clear-desk-option-badge-printing-feedback = Exact : aucun document n’attend sans surveillance dans le bac.
q-clear-desk-option-wipe-whiteboards = Effacer les tableaux blancs après les réunions dans les salles partagées
q-clear-desk-option-wipe-whiteboards-feedback = Exact : un tableau blanc est un bureau que tout le monde peut lire.
q-clear-desk-option-turn-monitors = Orienter les écrans pour qu’ils soient illisibles depuis les fenêtres du rez-de-chaussée
q-clear-desk-option-turn-monitors-feedback = Presque : c’est une question d’emplacement, traitée par la 7.8, emplacement et protection du matériel.
q-clear-desk-option-encrypt-disks = Chiffrer les disques des portables pour qu’un appareil volé ne révèle rien
q-clear-desk-option-encrypt-disks-feedback = Utile, mais technologique : cela relève de la 8.24, utilisation de la cryptographie, et de la 8.1, terminaux finaux des utilisateurs.

q-secure-area-visit = Un technicien d’une entreprise de maintenance électrique doit intervenir toute une journée dans la salle informatique d’un hébergeur. Quelles dispositions respectent la mesure 7.6, travail dans les zones sécurisées ? Plusieurs réponses sont possibles.
q-secure-area-visit-explanation = En zone sécurisée, les intervenants extérieurs sont accompagnés, et les photos ou enregistrements ne sont admis qu’avec autorisation. Un badge permanent donnerait un accès durable à quelqu’un qui en a besoin pour une journée, et laisser le technicien seul après un simple briefing supprime l’accompagnement qu’exige la zone.
q-secure-area-visit-option-supervised = Un membre du personnel accompagne le technicien pendant toute l’intervention
q-secure-area-visit-option-supervised-feedback = Exact : les zones sécurisées évitent le travail non surveillé des intervenants extérieurs.
q-secure-area-visit-option-no-recording = Le technicien ne peut prendre ni photo ni enregistrement sans autorisation expresse
q-secure-area-visit-option-no-recording-feedback = Exact : une photo de salle informatique révèle son agencement et ses équipements.
q-secure-area-visit-option-permanent-badge = Le technicien reçoit un badge permanent pour éviter toute attente lors de ses prochaines venues
q-secure-area-visit-option-permanent-badge-feedback = Non : l’accès à une zone sécurisée se donne selon le besoin, et une intervention d’un jour justifie un accès d’un jour.
q-secure-area-visit-option-alone-after-briefing = Après une consigne de sécurité, le technicien travaille seul pour ne pas mobiliser le personnel
q-secure-area-visit-option-alone-after-briefing-feedback = Non : une consigne de sécurité ne remplace pas l’accompagnement en zone sécurisée.

q-layers-purpose = Pour le futur siège d’une banque, le responsable de la sûreté préconise plusieurs zones emboîtées plutôt qu’un unique périmètre extérieur très robuste. Quel argument justifie ce choix ?
q-layers-purpose-explanation = C’est la défense en profondeur : chaque couche dissuade, retarde et augmente les chances de détection, si bien que la défaillance d’une barrière n’expose pas les actifs les plus sensibles et que les intervenants ont le temps d’agir. L’ISO/IEC 27002 n’impose aucun nombre de zones, et les zones intérieures restent surveillées, car la menace peut venir de personnes déjà à l’intérieur.
q-layers-purpose-option-delay-and-detect = Chaque couche retarde l’intrus et augmente les chances de le détecter : une seule défaillance n’expose pas les actifs les plus sensibles
q-layers-purpose-option-delay-and-detect-feedback = Exact : c’est le principe de la défense en profondeur.
q-layers-purpose-option-cheaper = Plusieurs couches modestes coûtent toujours moins cher qu’un périmètre robuste
q-layers-purpose-option-cheaper-feedback = Non : le coût n’est pas la raison, et plusieurs couches ne coûtent pas toujours moins cher.
q-layers-purpose-option-fixed-number = L’ISO/IEC 27002 impose le même nombre de zones sur tous les sites
q-layers-purpose-option-fixed-number-feedback = Non : le nombre de zones découle de l’appréciation des risques et de ce que le site abrite.
q-layers-purpose-option-no-monitoring-inside = Les zones intérieures n’ont pas besoin d’être surveillées, puisque l’intrus est arrêté avant
q-layers-purpose-option-no-monitoring-inside-feedback = Non : une couche peut céder, et personnel ou prestataires sont déjà à l’intérieur ; les zones intérieures sont souvent les plus surveillées.

q-ssd-reuse = Le portable chiffré d’un salarié parti, équipé d’un SSD, doit être réattribué à une nouvelle recrue. Quelle méthode répond le mieux à la mesure 7.14 ?
q-ssd-reuse-explanation = Sur un SSD, c’est le disque qui décide où les données sont physiquement écrites : un écrasement lancé depuis le système d’exploitation peut manquer des blocs. L’effacement cryptographique, ou la commande d’effacement du fabricant, rend les données irrécupérables, et la vérification consignée en apporte la preuve. Un formatage rapide ou la suppression d’un profil laissent les données récupérables.
q-ssd-reuse-option-crypto-erase = Un effacement cryptographique ou la commande d’effacement du fabricant, puis une vérification consignée en regard du numéro de série
q-ssd-reuse-option-crypto-erase-feedback = Exact : une méthode adaptée aux SSD, vérifiée et consignée.
q-ssd-reuse-option-quick-format = Un formatage rapide, suivi d’une réinstallation du système d’exploitation
q-ssd-reuse-option-quick-format-feedback = Non : un formatage rapide laisse l’essentiel des données en place et récupérable.
q-ssd-reuse-option-single-overwrite = Un seul passage d’écrasement par des zéros, comme pour un disque dur classique
q-ssd-reuse-option-single-overwrite-feedback = Tentant, mais peu fiable sur un SSD : la répartition de l’usure et les blocs de réserve laissent des données intactes.
q-ssd-reuse-option-delete-profile = Supprimer le profil de l’ancien utilisateur et vider la corbeille
q-ssd-reuse-option-delete-profile-feedback = Non : les fichiers supprimés restent récupérables, et d’autres copies peuvent subsister ailleurs sur le disque.

q-equipment-sort = Rangez chaque disposition sous la mesure physique qu’elle met principalement en œuvre.
q-equipment-sort-explanation = Placer écrans et baies là où ils sont le moins exposés relève de la 7.8, emplacement et protection du matériel. Tester l’onduleur, sécuriser le carburant du groupe et doubler l’alimentation maintiennent les services dont dépend le matériel, au titre de la 7.11, services supports. Fourreaux enterrés, séparation des courants forts et faibles et local de brassage fermé protègent les câbles eux-mêmes : c’est la 7.12, sécurité du câblage.
q-equipment-sort-category-siting = 7.8 Emplacement et protection du matériel
q-equipment-sort-category-utilities = 7.11 Services supports
q-equipment-sort-category-cabling = 7.12 Sécurité du câblage
q-equipment-sort-item-screens-window = Détourner de la vitrine les écrans de l’accueil
q-equipment-sort-item-rack-pipe = Déplacer une baie de serveurs installée sous une canalisation d’eau
q-equipment-sort-item-ups-test = Tester l’onduleur en charge chaque trimestre
q-equipment-sort-item-generator-fuel = Signer un contrat de livraison prioritaire de carburant pour le groupe électrogène
q-equipment-sort-item-dual-feed = Alimenter le centre de données par deux arrivées électriques indépendantes
q-equipment-sort-item-buried-ducts = Faire passer les câbles réseau entre bâtiments dans des fourreaux enterrés
q-equipment-sort-item-power-data-apart = Séparer les câbles électriques des câbles de données pour éviter les interférences
q-equipment-sort-item-patch-room = Fermer à clé le local qui abrite les baies de brassage

q-lifecycle-links = Associez chaque mesure à la situation qu’elle encadre.
q-lifecycle-links-explanation = La 7.10 couvre les supports amovibles sur toute leur durée de vie ; la 7.13 couvre la maintenance, y compris le sort du stockage quand un appareil part en réparation et son contrôle au retour ; la 7.14 vérifie qu’un matériel ne contient plus rien de récupérable avant sa mise au rebut ou son réemploi ; la 8.10 supprime l’information devenue inutile, où qu’elle se trouve.
q-lifecycle-links-left-storage-media = 7.10 Supports de stockage
q-lifecycle-links-left-maintenance = 7.13 Maintenance du matériel
q-lifecycle-links-left-disposal = 7.14 Mise au rebut ou recyclage sécurisé du matériel
q-lifecycle-links-left-deletion = 8.10 Suppression des informations
q-lifecycle-links-right-usb-lifecycle = Enregistrer, chiffrer, transporter puis détruire clés USB et bandes de sauvegarde
q-lifecycle-links-right-repair = Retirer les disques d’un serveur avant son envoi en réparation, puis l’inspecter à son retour
q-lifecycle-links-right-reissue = Vérifier qu’un portable ne contient plus aucune donnée récupérable avant de le confier à un nouvel utilisateur ou à un recycleur
q-lifecycle-links-right-retention = Effacer des systèmes et des services en nuage les dossiers clients dont la durée de conservation est échue

q-hidden-storage = Une PME renouvelle son parc et se sépare de plusieurs équipements, rendus, revendus ou renvoyés. Lesquels doivent d’abord passer par les vérifications de la mesure 7.14 ? Plusieurs réponses sont possibles.
q-hidden-storage-explanation = Tout ce qui stocke de l’information doit être vérifié : le disque interne d’un copieur multifonction conserve documents numérisés et imprimés, un disque en panne contient encore l’essentiel de ses données, et un commutateur garde sa configuration et les identifiants d’administration. Un écran sans stockage interne ne contient aucune information ; on se contente de le sortir de l’inventaire.
q-hidden-storage-option-leased-printer = Un copieur multifonction loué, doté d’un disque interne, restitué en fin de contrat
q-hidden-storage-option-leased-printer-feedback = Exact : son disque interne peut contenir des années de documents numérisés.
q-hidden-storage-option-warranty-disk = Un disque de serveur en panne que le fabricant réclame au titre de la garantie
q-hidden-storage-option-warranty-disk-feedback = Exact : « en panne » ne veut pas dire illisible ; conservez-le et détruisez-le, ou effacez-le si c’est possible.
q-hidden-storage-option-network-switch = Un commutateur réseau contenant sa configuration et les mots de passe d’administration
q-hidden-storage-option-network-switch-feedback = Exact : configuration et identifiants aident un attaquant à cartographier le réseau et à y entrer.
q-hidden-storage-option-plain-monitor = Un écran de bureau ordinaire, sans stockage interne
q-hidden-storage-option-plain-monitor-feedback = Non : sans stockage, il ne contient aucune information ; la mise à jour de l’inventaire suffit.

q-personal-phone = Vrai ou faux ? Le téléphone personnel d’une salariée, qui lui sert à lire ses courriels professionnels en déplacement, échappe à la mesure 7.9, sécurité des actifs hors des locaux, puisqu’il n’appartient pas à l’organisme.
q-personal-phone-explanation = Faux. La 7.9 vise les appareils qui portent ou traitent des informations de l’organisme hors de ses locaux, quel qu’en soit le propriétaire. Un téléphone personnel utilisé pour le travail en relève, généralement au moyen d’une politique d’usage des équipements personnels (BYOD) appuyée sur la 8.1, terminaux finaux des utilisateurs.
