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
