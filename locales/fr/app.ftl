# Texte de l’interface, en français.
# Les identifiants doivent être ceux de locales/en/app.ftl ; les tests le vérifient.

app-name = Savoir
app-tagline = Formation bilingue
skip-to-content = Aller au contenu principal
# Le nom de cette langue dans cette langue, tel que le sélecteur le propose.
language-name = Français
language-switcher-label = Langue
language-switched = La page est maintenant en français.
storage-unavailable = Ce navigateur n’autorise pas Savoir à enregistrer quoi que ce soit : vos choix seront perdus à la fermeture de cet onglet.

home-modules-heading = Modules
home-empty-title = Aucun module publié pour l’instant
home-empty-body = Les modules de cette formation sont en cours de rédaction. Dès leur publication, ils apparaîtront ici avec leur niveau et leur durée.

module-duration = { $minutes } min
module-lessons =
    { $count ->
        [one] { $count } leçon
       *[other] { $count } leçons
    }
level-introductory = Débutant
level-intermediate = Intermédiaire
level-advanced = Avancé

not-found-heading = Page introuvable
not-found-body = Il n’y a rien à cette adresse. Le lien est peut-être mal saisi ou périmé.
not-found-home = Revenir à la liste des formations

lesson-loading = Chargement de la leçon…
lesson-error-missing = Cette leçon est introuvable sur le serveur. Elle a peut-être été déplacée ou retirée.
lesson-error-network = Impossible de télécharger la leçon. Vérifiez votre connexion, puis réessayez.
lesson-error-broken = Le fichier de cette leçon est endommagé et ne peut pas être affiché. Merci de le signaler à l’équipe pédagogique.
page-loading = Chargement de la page…
page-error-network = Impossible de télécharger cette page. Vérifiez votre connexion, puis réessayez.
lesson-retry = Réessayer
lesson-back-home = Retour à la formation
lesson-meta-duration = { $minutes } min
lesson-explanation-heading = Explication professionnelle
lesson-practical-heading = Exemple pratique
lesson-examples-heading = Exemples et encadrés
lesson-prompt-heading = À vous de réfléchir
lesson-exercise-heading = Exercice d’entraînement
callout-tip = Astuce
callout-warning = Attention
callout-key-point = À retenir
module-lessons-list = Leçons de ce module

reading-bilingual = Afficher les deux langues
bilingual-on = Les leçons s’affichent maintenant dans les deux langues.
bilingual-off = Les leçons s’affichent maintenant dans une seule langue.
breadcrumbs-label = Fil d’Ariane
breadcrumbs-home = Tous les modules
progress-lessons =
    { $total ->
        [one] { $done } leçon terminée sur { $total }
       *[other] { $done } leçons terminées sur { $total }
    }
continue-heading = Reprendre là où vous en étiez
status-not-started = Pas commencée
status-in-progress = En cours
status-completed = Terminée
checkpoint-heading = Point de contrôle du module
checkpoint-summary =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } · seuil de réussite { $mark } %
checkpoint-not-attempted = Pas encore tenté.
reflection-label = Votre réponse
reflection-saved = Enregistré sur cet appareil.
reflection-skipped = Vous avez passé cette réflexion. Vous pouvez encore l’écrire.
reflection-skip = Passer cette réflexion
reflection-guidance = Comparer avec les pistes de réponse
reflection-guidance-locked = Écrivez votre réponse ou passez la réflexion pour la comparer avec les pistes de réponse.
completion-heading = Votre progression dans cette leçon
completion-read = Lue jusqu’à la fin
completion-prompt = Réflexion écrite ou passée
checklist-done = (fait)
checklist-to-do = (à faire)
lesson-completed = Leçon terminée.
lesson-not-completed = Pas encore terminée.
lesson-nav-label = Précédent et suivant
lesson-previous = Précédent
lesson-next = Suivant
lesson-module-overview = Présentation du module

## Quiz : points de contrôle, exercices et entraînement
quiz-question-number = Question { $number } sur { $total }
quiz-hint-single = Choisissez une réponse : elle est vérifiée aussitôt.
quiz-hint-true-false = Choisissez vrai ou faux : votre choix est vérifié aussitôt.
quiz-hint-multiple = Choisissez toutes les réponses qui conviennent, puis vérifiez.
quiz-hint-text = Tapez votre réponse en français ou en anglais, puis vérifiez. Les deux langues sont acceptées.
quiz-hint-matching = Choisissez la correspondance de chaque ligne, puis vérifiez.
quiz-hint-ordering = Mettez les éléments dans l’ordre avec les boutons de déplacement, puis vérifiez.
quiz-hint-categorising = Choisissez une catégorie pour chaque élément, puis vérifiez.
quiz-true = Vrai
quiz-false = Faux
quiz-check = Vérifier ma réponse
quiz-your-answer = Votre réponse
quiz-choose = Choisir…
quiz-move-up = Monter
quiz-move-down = Descendre
quiz-moved = Déplacé en position { $place } sur { $total }.
quiz-correct = Exact.
quiz-incorrect = Réponse incorrecte.
quiz-partly = En partie juste : { $percent } % des points.
quiz-not-answered = Sans réponse.
quiz-mark-chosen-right = ✓ Votre réponse : juste
quiz-mark-chosen-wrong = ✗ Votre réponse : fausse
quiz-mark-missed = ✓ Bonne réponse, non choisie
quiz-mark-right = ✓ Juste
quiz-mark-should-be = ✗ Bonne réponse : { $answer }
quiz-mark-place = ✗ À placer en position { $place }
quiz-accepted = Parmi les réponses acceptées : « { $answer } ».
quiz-try-again = Réessayer
quiz-problem-choose = Choisissez d’abord au moins une réponse.
quiz-problem-type = Tapez d’abord une réponse.
quiz-problem-every = Choisissez d’abord une réponse pour chaque ligne.
figure-description = Description textuelle de la figure
exercise-ungraded = Exercice d’entraînement, non noté : vous pouvez recommencer autant de fois que vous le souhaitez.
checkpoint-open = Ouvrir le point de contrôle
checkpoint-best-last = Meilleur score { $best } % · dernier score { $last } %
review-link =
    { $count ->
        [one] Révision : une question à revoir
       *[other] Révision : { $count } questions à revoir
    }

certificate-link = Attestation de fin de formation
## Vos données sur cet appareil (réglages)
settings-link = Vos données sur cet appareil
settings-export-button = Télécharger ma progression
import-error-not-json = Ce n’est pas un fichier de progression : il est illisible.
import-error-truncated = Ce fichier est incomplet : il a été tronqué.
import-error-foreign = Ce n’est pas un fichier de progression Savoir.
import-error-invalid = Ce fichier de progression contient des valeurs que l’application ne reconnaît pas.
import-error-tampered = Ce fichier a été modifié après son téléchargement : on ne peut pas s’y fier. Rien n’a été changé.
import-error-newer = Ce fichier vient d’une version plus récente de Savoir. Rien n’a été changé.
notice-unreadable = Votre progression enregistrée est illisible : vous repartez de zéro. Une copie a été conservée : téléchargez-la et envoyez-la à votre formateur si vous en avez besoin.
notice-download-unreadable = Télécharger la copie illisible
notice-repaired = Une partie de votre progression enregistrée était inutilisable et a été écartée ; le reste est là. Une copie de ce qui était enregistré a été conservée.
notice-newer = Votre progression a été enregistrée par une version plus récente de Savoir. Cette version n’y touchera pas : ce que vous faites maintenant n’est pas enregistré. Rouvrez l’application une fois celle-ci mise à jour.
notice-full = L’espace de stockage de ce navigateur est plein : votre progression récente n’existe que dans cet onglet. Téléchargez-en une copie pour ne pas la perdre.
notice-mismatch = Votre progression ne s’est pas enregistrée correctement dans ce navigateur. Téléchargez-en une copie pour la mettre à l’abri.
notice-write-failed = Ce navigateur a refusé d’enregistrer votre progression à l’instant : votre travail récent n’existe que dans cet onglet. Téléchargez-en une copie pour ne pas le perdre ; Savoir réessaie à votre prochaine modification.
notice-read-failed = Votre progression enregistrée n’a pas pu être lue à l’instant. Rien de ce qui est enregistré n’est remplacé : ce que vous faites est gardé dans cet onglet et y sera ajouté dès qu’elle pourra être lue. Téléchargez-en une copie par précaution.
notice-both-kept = Une réflexion a été modifiée dans un autre onglet en même temps qu’ici. Les deux versions sont conservées, celle de cet onglet en premier : modifiez-la pour garder ce que vous voulez.
notice-newer-parts = Un autre onglet utilise une version plus récente de Savoir et a enregistré une progression que celle-ci ne peut pas lire entièrement. Pour ne pas l’écraser, cet onglet n’enregistre plus rien : rechargez-le pour continuer avec la version récente.
notice-preferences-not-saved = Votre choix de langue ou de mode de lecture s’applique ici, mais ce navigateur n’a pas laissé Savoir le retenir pour votre prochaine visite.

## Copie hors ligne et mises à jour
lms-unreachable = Votre plateforme de formation est injoignable depuis cette page. Votre travail est conservé dans ce navigateur, mais vos résultats risquent de ne pas lui parvenir : rouvrez cette activité depuis la plateforme pour les envoyer.
lms-finish-hint = Quand vous avez terminé ici, clôturez la session : vos résultats partent vers votre plateforme de formation, et vous y revenez.
lms-finish = Terminer et revenir à la plateforme
lms-finished = Votre session est terminée et vos résultats sont envoyés. Ce que vous faites ici désormais reste dans ce navigateur et n’est pas envoyé : pour continuer, rouvrez l’activité depuis votre plateforme de formation.
lms-return = Revenir à { $site }
offline-notice = Vous êtes hors ligne. Vous pouvez continuer à étudier : tout ce que vous faites reste enregistré sur cet appareil.
update-available = Une nouvelle version de Savoir est prête. Votre travail reste sur cet appareil ; rechargez quand cela vous convient.
update-reload = Recharger avec la nouvelle version
update-unsaved = Une partie de votre travail récent n’est pas encore enregistrée dans ce navigateur (voir ci-dessus) : téléchargez-en d’abord une copie, sinon elle sera perdue au rechargement.
update-reload-anyway = Recharger quand même
