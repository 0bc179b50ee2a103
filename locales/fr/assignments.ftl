## Devoirs : la page du formateur, la page de l’apprenant, les fichiers de
## résultats et le tableau de bord de la classe.

trainer-link = Formateurs : attribuer des modules à un groupe

assignment-title = Devoir
assignment-title-group = Devoir : { $group }
assignments-problem-newer = Vos devoirs acceptés ont été enregistrés par une version plus récente de Savoir. Cette version les laisse tels quels et ne peut pas en ajouter : rouvrez l’application une fois celle-ci mise à jour.
assignments-problem-unreadable = Vos devoirs acceptés sont illisibles. Ils sont conservés tels quels, sans être remplacés ; votre progression n’est pas touchée. Demandez à votre formateur de vous renvoyer les liens, ou effacez vos données sur cet appareil pour repartir de zéro.
assignments-problem-full = L’espace de stockage de ce navigateur est plein : le devoir n’a pas pu être conservé. Libérez de la place (la page de données montre ce que Savoir conserve) et réessayez.
assignments-problem-storage = Ce navigateur a refusé de conserver le devoir. Réessayez ; si cela échoue encore, vérifiez que le navigateur autorise ce site à stocker des données.
assignment-error-malformed = Ce n’est pas un lien de devoir, ou une partie en manque.
assignment-error-truncated = Le lien est tronqué : une partie s’est perdue quand il a été copié ou envoyé.
assignment-error-tampered = Le lien a été modifié après sa création par votre formateur : on ne peut pas s’y fier.
assignment-error-too-long = Le lien est bien plus long qu’aucun lien de devoir.
assignment-error-newer = Le lien a été créé par une version plus récente de Savoir. Rouvrez-le une fois l’application mise à jour.
assignment-error-invalid = Le lien mentionne des modules ou des leçons que ce cours n’a pas, ou une date limite ou une note de réussite impossible.

assigned-heading = Vos devoirs
assigned-due = à rendre le { $date }
assigned-status-not-started = Pas commencé
assigned-status-in-progress = En cours
assigned-status-completed = Terminé
assigned-status-passed = Réussi
assigned-status-failed = Pas encore réussi
assigned-status-overdue = En retard

results-error-too-large = le fichier est trop volumineux pour être un fichier de résultats.
results-error-not-json = ce n’est pas un fichier de résultats (il n’est pas lisible en JSON).
results-error-truncated = le fichier est tronqué.
results-error-foreign = ce n’est pas un fichier de résultats Savoir.
results-error-newer = il a été créé par une version plus récente de Savoir.
results-error-tampered = il a été modifié après sa création par l’apprenant.
results-error-invalid = il contient des valeurs impossibles.

dashboard-file-added = importé.
dashboard-file-updated = importé : des résultats plus récents d’un apprenant déjà présent.
dashboard-file-older = un fichier plus ancien d’un apprenant déjà présent : rien n’a changé.
dashboard-file-unchanged = déjà présent, rien n’a changé.
dashboard-file-another-copy = importé, comme un autre devoir : ses détails diffèrent de ceux d’un devoir déjà présent sous le même lien (le lien a-t-il été modifié ?). Les deux figurent dans la liste des devoirs.
