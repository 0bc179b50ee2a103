title = Les mesures applicables aux personnes, de l’embauche au départ
overview = Vous verrez comment les huit mesures de l’article 6, de 6.1 à 6.8, accompagnent une personne du recrutement à son départ, comment proportionner chacune au poste et quelles preuves montrent qu’elles fonctionnent.

explanation =
    L’article 6 de l’ISO/IEC 27002:2022 regroupe huit mesures centrées sur les individus. Six suivent la relation de travail dans le temps : deux avant l’arrivée, deux pendant l’emploi, et deux qui portent sur ce qui survit au poste : la 6.5 lors d’un départ ou d’un changement de poste, et la 6.6 pour les accords de confidentialité, signés tôt mais qui engagent encore après le départ. Les deux autres, 6.7 et 6.8, valent du premier au dernier jour. Le « personnel » englobe prestataires, intérimaires et stagiaires ; les salariés des fournisseurs sont couverts par les contrats passés avec eux.

    Le fil conducteur est la proportionnalité. On ne vérifie pas de la même façon le futur administrateur du système de paiement et le stagiaire du service courrier. La profondeur de chaque mesure dépend des informations auxquelles la personne accédera et des risques appréciés, dans les limites fixées par le droit du travail et la protection des données.

    Ces mesures fonctionnent rarement seules. Les droits d’accès (5.18) s’ouvrent une fois les vérifications préalables et le contrat finalisés, et sont ajustés ou retirés au titre de la 6.5 ; le matériel est récupéré au titre de la 5.11, restitution des actifs ; les événements signalés alimentent les mesures de gestion des incidents à partir de la 5.24. Côté ISO/IEC 27001, les exigences de compétence et de sensibilisation des articles 7.2 et 7.3 sont, en pratique, largement satisfaites grâce à la 6.3.

    L’auditeur éprouve ces mesures en suivant des personnes, pas en lisant des politiques. Il prélève dans le SIRH des arrivées, mobilités et départs récents et reconstitue chaque parcours, du dossier de vérifications préalables aux dates d’ouverture et de fermeture des accès. Un écart entre la date de sortie RH et la désactivation des comptes reste l’un des constats les plus fréquents.

practical-example =
    Un courtier en assurances de 400 salariés a bâti un processus unique « arrivée, mobilité, départ », piloté par son SIRH. Les vérifications préalables comportent trois niveaux écrits, des références pour tous aux contrôles approfondis, là où la loi les autorise, pour la comptabilité et les administrateurs. Chaque contrat renvoie à la charte informatique.

    Les nouveaux arrivants suivent un module d’accueil, puis un module propre à leur métier. Quand les RH enregistrent une mobilité, le responsable hiérarchique revoit les accès de la personne sous cinq jours ouvrés. Le dernier jour, les comptes sont désactivés, l’ordinateur portable est restitué contre signature et un courrier rappelle les obligations qui perdurent. Chaque trimestre, l’équipe sécurité tire au sort dix départs et rapproche dates RH et dates d’annuaire, avant l’auditeur.

block-before-heading = Avant l’embauche : 6.1 et 6.2
block-before-body =
    La mesure 6.1, sélection des candidats, vérifie que le candidat est bien celui qu’il prétend être et qu’il est digne de la confiance qu’exige le poste : identité, droit de travailler, références, diplômes et, pour les postes sensibles et seulement si la loi le permet, vérifications financières ou judiciaires.

    - Graduez les vérifications en niveaux rattachés à la classification des informations auxquelles le poste donne accès.
    - Couvrez intérimaires et prestataires par le contrat conclu avec leur employeur, et vérifiez que l’agence fait ce qu’elle a promis.
    - Recommencez lorsqu’une personne passe à un poste plus sensible.

    Le RGPD s’applique à chaque vérification, et le droit français va plus loin : les informations demandées à un candidat doivent présenter un lien direct et nécessaire avec l’emploi proposé.

    La mesure 6.2, termes et conditions du contrat de travail, met par écrit le volet sécurité du poste : respect des politiques, traitement des informations confidentielles, obligations légales, et devoirs qui survivent à la fin du contrat.

block-during-heading = Pendant l’emploi : 6.3 et 6.4
block-during-body =
    La mesure 6.3, sensibilisation, enseignement et formation en sécurité de l’information, réunit trois volets : la sensibilisation explique à tous pourquoi la sécurité compte et quoi faire ; l’enseignement approfondit la compréhension de ceux qui prennent des décisions de sécurité ; la formation donne à chaque métier ses compétences propres.

    Mesurez les comportements, pas la présence : part du personnel qui signale un faux courriel d’hameçonnage, délai de signalement, erreurs répétées, constats des tournées « bureau propre ».

    La mesure 6.4, processus disciplinaire, doit exister avant qu’on en ait besoin. Le processus est connu de tous à l’avance, ne s’applique qu’une fois le manquement établi et reste gradué : une erreur de bonne foi n’est pas traitée comme un vol délibéré de données. En France, la nature et l’échelle des sanctions figurent dans le règlement intérieur, d’où l’usage d’y annexer la charte informatique.

block-after-heading = Départ, mobilité et obligations durables : 6.5 et 6.6
block-after-body =
    La mesure 6.5, responsabilités après la fin ou la modification du contrat de travail, fixe ce qui survit au poste, comme la confidentialité ou la propriété intellectuelle, et veille à ce que la personne en soit informée, de préférence par écrit le dernier jour.

    Un changement de poste vaut départ de l’ancien et arrivée dans le nouveau. Sans cette discipline, chacun conserve les droits de tous les postes occupés, et la mobilité interne devient la voie discrète vers des accès excessifs.

    La mesure 6.6, accords de confidentialité ou de non-divulgation, lie le personnel comme les tiers : consultants, partenaires pressentis. Ces accords se signent à l’arrivée ou avant tout partage d’informations, et non au départ, mais c’est à la fin de la relation que leur valeur apparaît, puisque l’obligation perdure. Un accord utile définit ce qui est confidentiel, la durée de l’obligation, ce qui doit être restitué ou détruit et la manière de signaler une divulgation. Revoyez les modèles quand ce que vous partagez, ou le droit, évolue.

block-whole-lifecycle-heading = À chaque étape : 6.7 et 6.8
block-whole-lifecycle-body =
    La mesure 6.7, travail à distance, couvre tout travail hors des locaux : à domicile, en déplacement, dans un espace de travail partagé ou chez un client. Les règles précisent en général le matériel autorisé, le mode de connexion, la protection des écrans et des conversations en public et le sort des impressions faites à la maison. Elle s’appuie notamment sur la 8.1, terminaux finaux des utilisateurs, et la 7.9, sécurité des actifs hors des locaux.

    La mesure 6.8, déclaration des événements de sécurité de l’information, offre à chacun un canal unique et connu, bouton de signalement ou numéro d’appel, et l’habitude de s’en servir vite, pour tout événement ou toute vulnérabilité que l’on soupçonne. On signale ce que l’on constate ; on ne teste pas une faille pour la prouver. Une réponse sans reproche aux erreurs de bonne foi entretient le flux des signalements.

example-bank-screening = Une banque de détail vérifie l’identité et les références de chaque recrue ; pour les collaborateurs qui valident des paiements, elle contrôle aussi le parcours professionnel et les éventuelles sanctions prononcées par le régulateur, et renouvelle ces contrôles quand un conseiller d’agence rejoint la salle des marchés.
example-phishing-reports = Une entreprise de logistique a cessé de présenter à sa direction le taux de suivi de ses modules en ligne, toujours supérieur à 95 %, au profit de la part du personnel qui signale un faux courriel d’hameçonnage en moins de 30 minutes : elle est passée de 12 % à 48 % en un an.
example-contractor-exit = Une agence a retiré un prestataire sans prévenir l’entreprise cliente ; le compte du prestataire est resté actif trois mois. Correctif : la date de fin de chaque prestataire est saisie dans l’annuaire, et le compte expire sauf prolongation par le responsable hiérarchique.

callout-write-tiers-down-title = Écrivez vos niveaux de vérification
callout-write-tiers-down-body = Un tableau qui associe chaque catégorie de poste aux vérifications requises rend les vérifications cohérentes, défendables et faciles à auditer. Faites-le valider par les RH et le juridique, et consignez pour chaque recrutement le niveau appliqué.

callout-completion-is-not-awareness-title = 100 % de suivi ne fait pas une sensibilisation
callout-completion-is-not-awareness-body = Le taux de suivi prouve que chacun a parcouru le module, pas que les comportements ont changé. Gardez au moins un indicateur de comportement, et montrez à l’auditeur comment le programme a évolué en conséquence.

figure-employment-lifecycle-caption = Les huit mesures applicables aux personnes, le long de la vie du contrat
figure-employment-lifecycle-description =
    Trois étapes se suivent de gauche à droite, reliées par des flèches.

    - Avant l’embauche : 6.1, sélection des candidats, et 6.2, termes et conditions du contrat de travail ; les vérifications et la signature précèdent tout accès.
    - Pendant l’emploi : 6.3, sensibilisation, enseignement et formation en sécurité de l’information, et 6.4, processus disciplinaire ; la formation suit le métier, les sanctions sont équitables et graduées.
    - Départ, mobilité et obligations durables : 6.5, responsabilités après la fin ou la modification du contrat, et 6.6, accords de confidentialité ou de non-divulgation, signés plus tôt mais toujours en vigueur ; les accès sont retirés, le matériel restitué, les obligations durables rappelées.

    Une flèche en pointillés revient de la dernière étape à la première, car un changement de poste relance le cycle. Deux bandes courent sous les trois étapes : 6.7, travail à distance, et 6.8, déclaration des événements de sécurité de l’information.
figure-employment-lifecycle-label-phase-before = Avant l’embauche
figure-employment-lifecycle-label-phase-during = Pendant l’emploi
figure-employment-lifecycle-label-phase-after = Départ, mobilité, obligations durables
figure-employment-lifecycle-label-screening = 6.1 Sélection des candidats
figure-employment-lifecycle-label-terms = 6.2 Termes et conditions du contrat de travail
figure-employment-lifecycle-label-awareness = 6.3 Sensibilisation, enseignement et formation
figure-employment-lifecycle-label-disciplinary = 6.4 Processus disciplinaire
figure-employment-lifecycle-label-after-termination = 6.5 Responsabilités après la fin ou la modification du contrat
figure-employment-lifecycle-label-nda = 6.6 Accords de confidentialité ou de non-divulgation
figure-employment-lifecycle-label-note-before = Vérifications et signature avant tout accès
figure-employment-lifecycle-label-note-during = Formation par métier ; sanctions justes et graduées
figure-employment-lifecycle-label-note-after = Accès retirés, matériel restitué, obligations rappelées
figure-employment-lifecycle-label-change-of-role = Un changement de poste relance le cycle
figure-employment-lifecycle-label-remote = 6.7 Travail à distance, partout où l’on travaille hors des locaux
figure-employment-lifecycle-label-reporting = 6.8 Déclaration des événements : chacun, à tout moment, par un canal connu

prompt = Choisissez dans votre organisme un poste doté d’accès à privilèges, par exemple un administrateur système ou un gestionnaire de paie. Décrivez, étape par étape, la forme que devraient prendre pour ce poste les mesures applicables aux personnes, et citez pour chaque étape une preuve que vous présenteriez à l’auditeur.
prompt-guidance =
    Avant l’embauche : un niveau de vérification adapté aux accès (vérification des diplômes et, si la loi le permet, contrôles financiers) et un contrat qui renvoie à la charte informatique. Preuves : la grille de vérification remplie et le contrat signé.

    Pendant l’emploi : une formation propre aux accès à privilèges, un indicateur de comportement et un processus disciplinaire connu. Preuves : les attestations de formation et l’évolution de l’indicateur.

    Au départ ou au changement de poste : accès retirés ou ajustés le jour même, matériel récupéré, obligations durables rappelées par écrit. Preuve : la fiche de départ, dates RH et dates d’annuaire côte à côte. Une réponse complète évoque aussi la 6.7 et la 6.8 pour ce poste.

exercise = Associez chaque situation à la mesure applicable aux personnes qu’elle illustre.
exercise-explanation = Vérifier un futur opérateur de marché relève de la sélection des candidats (6.1) ; les devoirs inscrits au contrat, de la 6.2 ; une échelle de sanctions appliquée après enquête, de la 6.4 ; le rappel des obligations durables au départ, de la 6.5 ; l’accord signé avant de transmettre des plans, de la 6.6 ; le badge perdu signalé, de la 6.8.
exercise-left-treasury-check = Avant l’arrivée d’un nouvel opérateur de marché, la banque vérifie ses diplômes et son parcours professionnel.
exercise-left-contract-duties = Le contrat de travail énumère les obligations de sécurité du salarié et renvoie à la charte informatique.
exercise-left-sanction-scale = Une enquête établit qu’un salarié a copié volontairement un dossier client ; les RH appliquent l’échelle de sanctions du règlement intérieur.
exercise-left-last-day-letter = Le dernier jour d’un salarié, les RH lui rappellent par écrit que son obligation de confidentialité se poursuit.
exercise-left-consultancy-drawings = Avant d’envoyer des plans à un bureau d’études, l’entreprise lui fait signer un accord précisant ce qui reste secret, et pour combien de temps.
exercise-left-lost-badge = Une salariée perd son badge d’accès dans le train et prévient le centre de services dans l’heure.
exercise-right-screening = 6.1 Sélection des candidats
exercise-right-terms = 6.2 Termes et conditions du contrat de travail
exercise-right-disciplinary = 6.4 Processus disciplinaire
exercise-right-after-termination = 6.5 Responsabilités après la fin ou la modification du contrat de travail
exercise-right-nda = 6.6 Accords de confidentialité ou de non-divulgation
exercise-right-event-reporting = 6.8 Déclaration des événements de sécurité de l’information
