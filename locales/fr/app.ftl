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
lesson-blocks-heading = Pour approfondir
lesson-examples-heading = Exemples et encadrés
lesson-prompt-heading = À vous de réfléchir
lesson-guidance-toggle = Comparer avec les pistes de réponse
lesson-exercise-heading = Exercice d’entraînement
callout-tip = Astuce
callout-warning = Attention
callout-key-point = À retenir
module-lessons-list = Leçons de ce module
