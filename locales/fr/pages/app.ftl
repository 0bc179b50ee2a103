# Texte des pages chargées à leur première ouverture (src/ui/lazy.rs) : dans la
# version publiée, il arrive avec elles (content/interface.json), hors du premier chargement.
# Venu de ../app.ftl ; voir docs/ARCHITECTURE.md.

checkpoint-eyebrow = Point de contrôle du module
checkpoint-instructions = Chaque réponse est vérifiée dès que vous la donnez, avec une explication. Les réponses sont acceptées en français ou en anglais, quelle que soit la langue de la page.
checkpoint-pass-mark = Seuil de réussite : { $mark } %.
checkpoint-answered = Réponses données : { $done }/{ $total }
checkpoint-finish = Terminer et voir mon résultat
checkpoint-unanswered =
    { $count ->
        [one] Une question est encore sans réponse : elle compte comme fausse si vous terminez maintenant.
       *[other] { $count } questions sont encore sans réponse : elles comptent comme fausses si vous terminez maintenant.
    }
checkpoint-result-heading = Votre résultat
checkpoint-score = Score : { $percent } % ({ $points } points sur { $total }).
checkpoint-passed = Réussi : le seuil de réussite est de { $mark } %.
checkpoint-failed = Pas encore réussi : le seuil de réussite est de { $mark } %.
checkpoint-to-review = À revoir
checkpoint-review-later = Ces questions reviendront sur votre page de révision dès demain, pour que vous y répondiez de nouveau avant de les oublier.
checkpoint-all-right = Toutes les réponses étaient justes.
checkpoint-retry = Refaire le point de contrôle
review-title = Révision
review-intro = Les questions auxquelles vous avez répondu reviennent quand vous êtes sur le point de les oublier : bientôt après une erreur, un peu plus tard après chaque bonne réponse. Répondez à celles du jour, dans l’ordre qui vous convient.
review-empty = Rien à réviser aujourd’hui.
review-left =
    { $count ->
        [one] Une question à réviser aujourd’hui.
       *[other] { $count } questions à réviser aujourd’hui.
    }
review-next = Votre prochaine révision tombe le { $date }.
review-nothing-scheduled = Répondez aux questions des points de contrôle et aux exercices des leçons : elles reviendront ici quand il sera temps de les réviser.
review-scheduled = Prochaine révision de cette question : le { $date }.
review-exercise = Exercice de leçon
settings-title = Vos données sur cet appareil
settings-intro = Votre progression est conservée dans ce navigateur seulement, et un navigateur peut l’effacer. Téléchargez-en une copie pour la mettre à l’abri ou pour la reprendre dans un autre navigateur.
settings-stored-heading = Ce qui est enregistré
settings-stored-total = { $size } en tout.
settings-nothing-stored = Rien n’est encore enregistré.
settings-export-heading = Télécharger une copie
settings-export-done = Votre fichier de progression a été téléchargé.
settings-import-heading = Restaurer une copie
settings-import-file = Fichier de progression
settings-import-paste = Ou collez le contenu du fichier
settings-import-read = Vérifier ce fichier
settings-import-preview = Ce fichier a été téléchargé le { $date }. Il contient :
settings-import-too-large = Ce fichier est bien trop volumineux pour être un fichier de progression Savoir (ils restent bien en dessous de 20 Mo) : il n’a pas été lu. Choisissez le fichier que Savoir vous a donné.
settings-import-unreadable = Ce navigateur n’a pas pu lire ce fichier. Choisissez-le de nouveau, ou collez son contenu ci-dessous.
settings-import-dropped = { $count ->
    [one] Une partie de ce fichier ne correspond pas à cette version du cours (une leçon qu’elle n’a plus, par exemple) et sera écartée.
   *[other] { $count } parties de ce fichier ne correspondent pas à cette version du cours (des leçons qu’elle n’a plus, par exemple) et seront écartées.
}
settings-import-merge = L’ajouter à ce qui est ici
settings-import-replace = Remplacer ce qui est ici par ce fichier
settings-import-done = Votre progression a été restaurée.
settings-import-nothing = Choisissez d’abord un fichier ou collez son contenu.
settings-retention-heading = Révision espacée
settings-retention-label = Rétention souhaitée (%)
settings-retention-help = La part de vos réponses que vous voulez encore réussir quand une question revient, de 70 à 97 %. Plus elle est haute, plus les révisions sont fréquentes ; 90 convient à la plupart.
settings-retention-saved = Les révisions visent désormais une rétention de { $percent }.
settings-retention-invalid = Saisissez un nombre entier de 70 à 97.
settings-retention-save = Garder cette rétention
settings-reset-heading = Recommencer
settings-reset-button = Effacer ma progression sur cet appareil
settings-reset-confirm = Cela efface toutes les leçons, réflexions, tentatives, saisies du classeur et devoirs acceptés conservés dans ce navigateur. Téléchargez d’abord une copie au cas où vous voudriez retrouver votre progression.
settings-reset-yes = Oui, tout effacer
settings-reset-cancel = Annuler
settings-reset-done = Votre progression sur cet appareil a été effacée.
settings-save-failed = Impossible d’enregistrer cela dans ce navigateur.
settings-persisted = Ce navigateur a accepté de conserver vos données jusqu’à ce que vous les effaciez.
settings-not-persisted = Ce navigateur peut effacer vos données quand l’espace manque : téléchargez-en une copie de temps en temps.
settings-count-started =
    { $count ->
        [one] { $count } leçon commencée
       *[other] { $count } leçons commencées
    }
settings-count-completed =
    { $count ->
        [one] { $count } leçon terminée
       *[other] { $count } leçons terminées
    }
settings-count-reflections =
    { $count ->
        [one] { $count } réflexion
       *[other] { $count } réflexions
    }
settings-count-attempts =
    { $count ->
        [one] { $count } tentative de point de contrôle terminée
       *[other] { $count } tentatives de point de contrôle terminées
    }
settings-count-reviewed =
    { $count ->
        [one] { $count } question en révision espacée
       *[other] { $count } questions en révision espacée
    }
settings-count-workbook =
    { $count ->
        [one] { $count } mesure décidée dans le classeur de déclaration d’applicabilité
       *[other] { $count } mesures décidées dans le classeur de déclaration d’applicabilité
    }
