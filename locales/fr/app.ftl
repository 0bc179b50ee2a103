# Texte de l’interface, en français.
# Les identifiants doivent être ceux de locales/en/app.ftl ; les tests le vérifient.

app-name = Savoir
app-tagline = Formation bilingue
skip-to-content = Aller au contenu principal
language-switcher-label = Langue
language-switched = La page est maintenant en français.
storage-unavailable = Ce navigateur n’autorise pas Savoir à enregistrer quoi que ce soit : vos choix seront perdus à la fermeture de cet onglet.

home-modules-heading = Modules
home-empty-title = Aucun module publié pour l’instant
home-empty-body = Les modules de cette formation sont en cours de rédaction. Dès leur publication, ils apparaîtront ici avec leur niveau et leur durée.
catalog-error = Impossible de lire la liste des formations. Rechargez la page ; si le problème persiste, le site doit être corrigé.

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
