title = Zones sécurisées : du périmètre du site au bureau propre
overview = Vous verrez comment les mesures 7.1 à 7.7 protègent les locaux sous forme de zones emboîtées, ce qu’apporte la nouvelle mesure 7.4, surveillance de la sécurité physique, et ce que l’auditeur regarde lors d’une visite de site.

explanation =
    Les sept premières mesures physiques de l’ISO/IEC 27002:2022, de 7.1 à 7.7, portent sur les locaux : périmètres, accès, salles, surveillance, menaces environnementales, travail en zone sécurisée et bureau propre. Le matériel a ses propres mesures, abordées dans la leçon suivante.

    Leur principe directeur est la défense en profondeur. Le site est découpé en zones de sensibilité croissante, de la rue jusqu’à la salle qui abrite les informations les plus critiques. Chaque limite a son propre contrôle d’accès, et les mesures se renforcent à mesure qu’on approche du centre. Aucune barrière n’a besoin d’être parfaite : chacune dissuade, retarde et augmente les chances de détection, pour laisser à quelqu’un le temps d’intervenir.

    Les zones découlent de l’appréciation des risques et de la classification des informations, pas du plan des bâtiments. La question est de savoir où les informations sensibles sont traitées ou stockées : salle serveurs, archives, dossiers du personnel, laboratoire. Une petite structure peut n’avoir que deux zones, son bureau et une armoire fermée à clé ; un centre de données peut en compter six, avec sas et lecteurs biométriques.

    La mesure 7.4, surveillance de la sécurité physique, est la seule mesure physique apparue en 2022. La détection d’intrusion n’était jusque-là qu’une ligne des recommandations sur les périmètres ; elle devient une mesure à part entière, qui couvre alarmes, vidéo et gardiennage. Sa valeur tient à ce qui se passe une fois l’anomalie détectée.

    Un organisme dont tous les serveurs tournent chez un fournisseur de services en nuage n’échappe pas pour autant à l’article 7. La sécurité physique du fournisseur s’évalue au moyen des mesures 5.19 à 5.23 et de ses rapports d’audit, mais les bureaux de l’organisme abritent toujours des personnes, des portables, des documents papier et du matériel réseau, auxquels les mesures physiques s’appliquent, à proportion du risque.

practical-example =
    Un centre hospitalier découpe son bâtiment principal en cinq zones, des espaces publics jusqu’à la pharmacie, aux archives médicales et à la salle serveurs. Chaque zone correspond à un profil de badge, attribué par le processus RH et revu deux fois par an par le responsable de la zone.

    Les badges visiteurs expirent à 18 h et les prestataires sont accompagnés au-delà des couloirs de service. Des caméras couvrent les entrées et la porte de la salle serveurs, les alarmes remontent au poste de sécurité, et une procédure précise qui intervient et dans quel délai. Chaque trimestre, le responsable sécurité parcourt le site à une heure différente et suit chaque constat jusqu’à sa clôture.

block-layers-heading = Zones emboîtées : la défense en profondeur
block-layers-body =
    Une organisation type va de l’extérieur vers l’intérieur :

    - la zone publique : rue, parking, hall partagé ;
    - le périmètre du site (7.1) : murs, clôtures, toiture, portes et fenêtres extérieures, sans brèche ;
    - l’entrée contrôlée (7.2) : accueil, lecteurs de badges, gestion des visiteurs, zones de livraison séparées du reste du bâtiment ;
    - les bureaux et salles (7.3 et 7.7) : fermés quand ils sont vides, discrets sur ce qu’ils abritent, bureaux rangés ;
    - les zones sécurisées (7.6) : salles serveurs, archives et autres pièces où se trouvent les informations les plus sensibles.

    La surveillance (7.4) et la protection contre les menaces environnementales (7.5) valent pour chaque couche. Éprouvez l’ensemble en vous demandant jusqu’où pourraient aller un visiteur, un livreur ou un agent d’entretien.

block-perimeter-and-entry-heading = Périmètres, accès et salles : 7.1 à 7.3
block-perimeter-and-entry-body =
    Un périmètre (7.1) ne vaut que par son point le plus faible : issue de secours maintenue ouverte, faux plafond commun avec le locataire voisin, fenêtre de rez-de-chaussée. Tracez chaque périmètre sur un plan et vérifiez-le sur place.

    La mesure 7.2, entrées physiques, définit qui peut entrer dans chaque zone et comment on le vérifie : badges ou clés, enregistrement et accompagnement des visiteurs, restitution des badges, quais de livraison qui ne donnent pas sur les bureaux. Les listes d’accès aux zones sensibles sont revues régulièrement et mises à jour aux départs et changements de poste, en cohérence avec la 6.5.

    La sécurisation des bureaux, des salles et des installations (7.3) ajoute la discrétion : aucun panneau vers la salle serveurs, aucune pièce sensible sur le plan remis aux visiteurs, des serrures sur les salles inoccupées.

block-monitoring-and-threats-heading = Surveillance et menaces environnementales : 7.4 et 7.5
block-monitoring-and-threats-body =
    La surveillance de la sécurité physique (7.4) associe, selon la zone, alarmes anti-intrusion, contacts de porte, vidéo et gardiennage. Le dispositif lui-même doit être protégé : accès restreint aux enregistrements, capteurs testés, implantation tenue confidentielle. En France, la vidéo au travail suppose l’information des salariés et, dans les entreprises d’au moins cinquante salariés, la consultation préalable du CSE ; la CNIL recommande de ne pas conserver les images plus d’un mois en règle générale et considère qu’un salarié ne doit pas être filmé en continu à son poste de travail, sauf circonstance particulière.

    La protection contre les menaces physiques et environnementales (7.5) commence par le choix du site : zone inondable, activités voisines, risques d’incendie, de chaleur, de tempête ou de troubles. Elle se poursuit par la détection et l’extinction, par exemple détecteurs de fumée, sondes d’eau sous les faux planchers et extinction par gaz en salle serveurs, entretenus et testés, avec les services généraux associés à l’appréciation des risques.

block-working-inside-heading = À l’intérieur des zones : 7.6 et 7.7
block-working-inside-body =
    Le travail dans les zones sécurisées (7.6) fixe les règles une fois la porte franchie : seuls ceux qui en ont besoin savent ce que contient la salle, visiteurs et prestataires sont accompagnés, appareils photo et enregistreurs ne sont admis qu’avec autorisation, et les zones inoccupées restent fermées.

    Le bureau propre et l’écran vide (7.7) s’appliquent partout où l’on manipule de l’information : documents et supports amovibles rangés sous clé en cas d’absence, session verrouillée dès qu’on quitte son poste, impressions retirées aussitôt ou libérées par badge, tableaux blancs effacés après les réunions, papiers confidentiels déposés dans des bacs fermés. Le bureau partagé facilite le contrôle : chaque poste doit être vide le soir.

example-shared-building = Une agence de 25 personnes loue un plateau dans un immeuble partagé. Le bailleur gère le périmètre, le hall et les caméras ; l’agence protège la porte de son étage par badge et ferme à clé sa baie réseau. Les clauses de sécurité du bail figurent parmi ses preuves pour les mesures 7.1 et 7.2.
example-overwritten-footage = Le vol d’un portable dans un bureau d’études n’a été remarqué qu’au bout d’une semaine, alors que les images étaient écrasées après 48 heures. L’entreprise conserve désormais ses enregistrements pendant une durée fixée avec son délégué à la protection des données.
example-propped-door = Lors d’une visite, un centre de traitement de la paie a trouvé la porte de sa salle sécurisée calée ouverte pendant une canicule : la salle n’était pas correctement climatisée. La solution a associé une vraie climatisation (7.11, services supports, abordée dans la leçon suivante) et une alarme de porte restée ouverte (7.4) : d’autres mesures rendent au contrôle des entrées (7.2) son efficacité.

callout-walk-the-site-title = Parcourez le site, à différentes heures
callout-walk-the-site-body = Les plans décrivent l’organisation voulue ; la visite montre la réalité. Passez tôt le matin, à l’heure du déjeuner et après la fermeture, plan en main, et consignez vos constats avec photos et dates. C’est exactement ce que fera l’auditeur.

callout-detection-needs-response-title = Détecter sans intervenir ne protège rien
callout-detection-needs-response-body = Une caméra que personne ne regarde et une alarme à laquelle personne ne répond se contentent d’enregistrer les faits. Pour chaque zone surveillée, définissez qui intervient, dans quel délai et pour faire quoi, puis testez-le, y compris la nuit et le week-end.

figure-security-zones-caption = Zones physiques emboîtées, de la zone publique à la zone sécurisée
figure-security-zones-description =
    Cinq zones emboîtées, chacune dessinée à l’intérieur de la précédente :

    - la zone publique : rue, parking, hall partagé ;
    - le périmètre du site (7.1) : murs, clôtures, portes extérieures ;
    - l’entrée contrôlée (7.2) : accueil, badges, livraisons ;
    - les bureaux et salles (7.3 et 7.7) : fermés, discrets, bureaux rangés ;
    - au centre, la zone sécurisée (7.6) : salle serveurs, archives.

    Une flèche en pointillés mène de la zone publique à la zone sécurisée en franchissant une porte contrôlée à chaque limite : un contrôle de plus à chaque couche. À côté des zones, deux encadrés rappellent que la 7.4, surveillance de la sécurité physique, et la 7.5, protection contre les menaces physiques et environnementales, valent pour toutes les couches.
figure-security-zones-label-zone-public = Zone publique : rue, parking, hall partagé
figure-security-zones-label-zone-site = Périmètre du site : murs, clôtures, portes extérieures (7.1)
figure-security-zones-label-zone-entry = Entrée contrôlée : accueil, badges, livraisons (7.2)
figure-security-zones-label-zone-office = Bureaux et salles : fermés, discrets, bureaux rangés (7.3, 7.7)
figure-security-zones-label-zone-secure = Zone sécurisée : salle serveurs, archives (7.6)
figure-security-zones-label-entry-path = Un contrôle de plus à chaque limite
figure-security-zones-label-side-monitoring = 7.4 Surveillance de la sécurité physique : alarmes, caméras, gardiennage, à chaque couche
figure-security-zones-label-side-threats = 7.5 Menaces physiques et environnementales : incendie, inondation, chaleur, tempête, à chaque couche

prompt = Dessinez les zones d’un site que vous connaissez, de la rue jusqu’à l’endroit où sont conservées ses informations les plus sensibles. Repérez la limite la plus faible sur le trajet, puis décrivez le changement que vous proposeriez et la preuve qui montrerait qu’il fonctionne.
prompt-guidance =
    Une bonne réponse nomme quatre ou cinq zones et ce qui les sépare. La limite la plus faible n’est souvent pas l’entrée principale mais un accès secondaire : quai de livraison, issue de secours, faux plafond commun, salle de réunion voisine de la salle serveurs, ou agents d’entretien badgés pour tous les étages.

    Le changement doit rester proportionné : une alarme de porte et une procédure peuvent suffire là où un nouveau mur serait excessif. Preuves possibles : comptes rendus de visite, résultats de tests d’alarme, journaux des badges.

exercise = Une visite d’audit a produit les constats suivants. Rangez chacun sous la mesure qu’il concerne principalement.
exercise-explanation = Une clôture effondrée et une issue de secours calée ouverte sont des brèches du périmètre (7.1). Des visiteurs non enregistrés et des livreurs qui montent jusqu’aux bureaux sont des défaillances du contrôle des accès (7.2). Une caméra tournée vers un mur et une alarme sans personne pour y répondre sont des défauts de surveillance (7.4). Une salle serveurs en sous-sol sur un site déjà inondé et une extinction automatique jamais vérifiée relèvent de la protection contre les menaces environnementales (7.5).
exercise-category-perimeter = 7.1 Périmètres de sécurité physique
exercise-category-entry = 7.2 Entrées physiques
exercise-category-monitoring = 7.4 Surveillance de la sécurité physique
exercise-category-threats = 7.5 Protection contre les menaces physiques et environnementales
exercise-item-fence-gap = Un pan de la clôture du parking s’est effondré il y a plusieurs semaines et n’a pas été réparé.
exercise-item-fire-exit = Une issue de secours à l’arrière du bâtiment reste calée ouverte pour les fumeurs.
exercise-item-visitors = Les visiteurs passent devant l’accueil sans s’enregistrer ni recevoir de badge.
exercise-item-loading-bay = Les livreurs montent les colis directement du quai jusqu’aux bureaux.
exercise-item-camera-wall = Depuis les travaux, la caméra censée filmer la porte de la salle serveurs est tournée vers un mur.
exercise-item-alarm-nobody = L’alarme anti-intrusion se déclenche la nuit, mais personne n’est d’astreinte pour intervenir.
exercise-item-basement-flood = La salle serveurs se trouve au sous-sol, sur un site inondé il y a cinq ans.
exercise-item-suppression-check = Le système d’extinction par gaz de la salle serveurs n’a pas été contrôlé depuis trois ans.
