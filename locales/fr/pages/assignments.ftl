# Texte des pages chargées à leur première ouverture (src/ui/lazy.rs) : dans la
# version publiée, il arrive avec elles (content/interface.json), hors du premier chargement.
# Venu de ../assignments.ftl ; voir docs/ARCHITECTURE.md.

trainer-title = Attribuer des modules
trainer-intro = Choisissez ce que votre groupe doit faire, et pour quand. Vous obtenez un lien à partager et son code QR : le lien contient tout le devoir, rien n’est donc envoyé ni enregistré nulle part. Les apprenants vous renvoient leurs résultats sous forme de fichiers.
trainer-what = Ce qu’il faut faire
trainer-what-hint = Cochez des modules entiers (leurs leçons et leur point de contrôle), ou ouvrez un module pour choisir des leçons.
trainer-single-lessons = Ou seulement certaines leçons de « { $module } »
trainer-due = Date limite
trainer-pass-mark = Note de réussite de chaque point de contrôle (%)
trainer-group = Groupe (tel que les apprenants le verront)
trainer-by = Votre nom (tel que les apprenants le verront)
trainer-note-en = Message en anglais (facultatif)
trainer-note-fr = Message en français (facultatif)
trainer-create = Créer le lien
trainer-error-nothing = Choisissez au moins un module ou une leçon.
trainer-error-due = Choisissez une date limite.
trainer-error-pass = La note de réussite doit être un nombre entier de 1 à 100.
trainer-error-too-long = Le lien serait trop long : attribuez moins de leçons ou raccourcissez le message.
share-heading = Partager ce devoir
share-intro = Envoyez ce lien à votre groupe, ou affichez ou imprimez son code QR. Toute personne qui a le lien peut l’ouvrir ; il ne contient que ce que vous avez saisi ci-dessus.
share-link-label = Lien du devoir
share-copy = Copier le lien
share-copied = Le lien est copié.
share-copy-failed = Le navigateur n’a pas voulu copier le lien : sélectionnez-le et copiez-le vous-même.
share-print = Imprimer
share-open = L’ouvrir comme un apprenant (nouvel onglet)
share-qr-too-long = Ce lien est trop long pour un code QR : partagez le lien lui-même.
share-qr-caption = Code QR du lien du devoir
assignment-by = Attribué par
assignment-by-unsigned = Votre formateur
assignment-due = À rendre le
assignment-pass-mark = Note de réussite
assignment-status = État
assignment-note = Un message de votre formateur
assignment-what = Ce qu’il faut faire
assignment-item-module = module et point de contrôle
assignment-item-lesson = leçon
assignment-best = meilleur score { $percent }
assignment-accept-hint = Si vous l’acceptez, ce devoir figurera sur votre page d’accueil, avec sa date limite et votre avancement. Il est conservé dans ce navigateur seulement.
assignment-accept = Accepter ce devoir
assignment-accepted-on = Vous avez accepté ce devoir le { $date }.
assignment-conflict = Vous avez déjà accepté un devoir portant l’identifiant de ce lien, mais ce lien en dit autre chose (dates, seuil de réussite, message ou contenu demandé). Il a peut-être été modifié après son envoi. Le devoir que vous avez accepté reste tel quel ; demandez à votre formateur lequel est le bon.
assignment-conflict-open = Ouvrir le devoir que vous avez accepté
assignment-to-catalog = Retour à tous les modules
assignment-error-heading = Ce lien de devoir est inutilisable
assignment-error-nothing-stored = Rien n’a été enregistré. Demandez à votre formateur de vous renvoyer le lien.
results-heading = Envoyer vos résultats
results-intro = Téléchargez un fichier de vos résultats pour ce devoir et envoyez-le à votre formateur, par courriel ou comme il vous le demande. Il contient vos réponses, vos scores, vos tentatives, le temps passé dans les points de contrôle et les langues utilisées, avec le nom que vous saisissez ici : rien d’autre. L’application n’envoie rien d’elle-même.
results-name = Votre nom, tel que votre formateur le connaît
results-name-first = Saisissez d’abord votre nom, pour que votre formateur sache de qui sont ces résultats.
results-progress-unread = Votre progression n’a pas pu être lue entièrement à l’instant (voir l’avis ci-dessus) : un fichier de résultats en dirait moins que ce que vous avez fait. Rechargez la page, puis réessayez.
results-download = Télécharger mon fichier de résultats
results-export-done = Votre fichier de résultats a été téléchargé. Envoyez-le à votre formateur.
results-download-failed = Le navigateur n’a pas voulu télécharger le fichier. Réessayez, ou essayez un autre navigateur.
results-export-offline = Un point de contrôle n’a pas pu être chargé, vos réponses n’ont donc pas pu être vérifiées. Réessayez une fois en ligne.
results-summary-title = Résultats Savoir : { $name }
results-summary-assignment = Devoir : { $group }, de { $by }, à rendre le { $due }, note de réussite { $pass } %.
results-summary-status = Bilan : { $status }.
results-summary-module =
    { $count ->
        [0] { $title } : { $status }, aucune tentative terminée.
        [one] { $title } : { $status }, meilleur score { $best } % en une tentative.
       *[other] { $title } : { $status }, meilleur score { $best } % en { $count } tentatives.
    }
results-summary-lessons = Leçons terminées : { $done } sur { $count }.
results-summary-time = Temps passé dans les points de contrôle : { $minutes } min. Langues utilisées : { $languages }.
results-summary-made = Fichier créé le { $date }. Suivent le détail, et les mêmes résultats sous forme de déclarations xAPI 1.0.3.
results-error-unreadable = le navigateur n’a pas pu lire le fichier.
dashboard-link = Tableau de bord de la classe : voir les résultats de vos apprenants
dashboard-title = Résultats de la classe
dashboard-intro = Importez les fichiers de résultats que vos apprenants vous ont envoyés. Ils sont conservés dans ce navigateur seulement, séparément de la progression des apprenants, et rien n’est envoyé nulle part.
dashboard-unreadable = Les résultats conservés dans ce navigateur sont illisibles. Ils restent tels quels ; les importations ne sont pas enregistrées.
dashboard-import-heading = Importer des fichiers de résultats
dashboard-drop = Déposez ici des fichiers de résultats, autant que vous voulez, ou choisissez-les.
dashboard-choose = Choisir des fichiers de résultats
dashboard-not-saved-full = L’espace de stockage de ce navigateur est plein : rien de ces fichiers n’a été conservé. Retirez les résultats présents ou importez moins de fichiers à la fois.
dashboard-not-saved-newer = Le tableau de bord a été enregistré ici par une version plus récente de Savoir, que celle-ci ne modifie pas : rien de ces fichiers n’a été conservé.
dashboard-not-saved-unreadable = Le tableau de bord enregistré ici est illisible et reste tel quel : rien de ces fichiers n’a été conservé.
dashboard-not-read = Ce navigateur n’a pas pu lire le tableau de bord enregistré ici : rien n’est écrit par-dessus, et rien de ces fichiers n’a été conservé. Rechargez la page pour réessayer.
dashboard-not-saved = Ce navigateur a refusé d’enregistrer le tableau de bord : rien de ces fichiers n’a été conservé.
dashboard-unknown-module = Module { $id } (absent de cette version du cours)
dashboard-pass-mark = seuil de réussite { $mark } %
dashboard-made = créé le { $date }
dashboard-copy = copie { $n } sur { $count }
dashboard-file-rejected = non importé : { $reason }
dashboard-empty = Pas encore de résultats : importez les fichiers que vos apprenants vous ont envoyés.
dashboard-forget-heading = Oublier ces résultats
dashboard-forget = Retirer de ce navigateur tous les résultats importés
dashboard-forget-confirm = Cela retire de ce navigateur les résultats de tous les apprenants. Les fichiers importés ne sont pas touchés : vous pourrez les importer de nouveau.
dashboard-forget-yes = Oui, les retirer
dashboard-forgotten = Tous les résultats importés ont été retirés de ce navigateur.
dashboard-assignment = Devoir
dashboard-grid-caption = État et meilleur score de chaque apprenant, par module
dashboard-lessons = Leçons
dashboard-lessons-done = { $done } sur { $count }
dashboard-sent = fichier du { $date }
dashboard-csv = Télécharger en CSV
dashboard-questions = Ce que le groupe a réussi
dashboard-questions-hint = Pour chaque question des points de contrôle, la part des apprenants à qui elle a été posée qui y ont bien répondu lors de leur dernière tentative terminée. Les barres les plus courtes montrent ce qu’il faut revoir.
dashboard-chart-title = { $module } : les questions
dashboard-question-right =
    { $count ->
        [0] pas encore posée
       *[other] { $right ->
            [one] { $right } bonne réponse sur { $count }
           *[other] { $right } bonnes réponses sur { $count }
        }
    }
csv-learner = Apprenant
csv-group = Groupe
csv-module = Module
csv-status = État
csv-best = Meilleur score (%)
csv-last = Dernier score (%)
csv-attempts = Tentatives terminées
csv-minutes = Minutes dans les points de contrôle
csv-date = Date du fichier
csv-overall = État d’ensemble
csv-lessons = Leçons terminées

# xAPI en direct vers un entrepôt d’apprentissage (LRS)
trainer-lrs = Envoyer les résultats en direct à un entrepôt d’apprentissage (facultatif)
trainer-lrs-hint = Si votre organisation gère un entrepôt d’apprentissage (LRS, Learning Record Store), les apprenants qui l’acceptent y envoient leurs résultats au fil de leur travail, sous forme de déclarations xAPI. Indiquez son point d’accès xAPI et une clé qui ne permet que d’écrire des déclarations.
trainer-lrs-endpoint = Point d’accès xAPI
trainer-lrs-key = Clé d’écriture seule (identifiants HTTP Basic, en base64)
trainer-lrs-warning = La clé voyage dans le lien : quiconque a le lien peut envoyer des déclarations avec elle. Utilisez une clé qui permet d’écrire des déclarations et rien d’autre, jamais une clé qui permet de les lire.
trainer-lrs-error-https = L’adresse du LRS doit commencer par https:// (http:// seulement vers cet ordinateur).
trainer-lrs-error-endpoint = L’adresse du LRS n’est pas une simple adresse web : ni espace, ni mot de passe, ni requête, ni fragment.
trainer-lrs-error-key = La clé doit être des identifiants HTTP Basic en base64 (lettres, chiffres, +, / et =).
lrs-consent-heading = Vos résultats et un entrepôt d’apprentissage
lrs-consent-what = Votre formateur demande que vos résultats soient envoyés, au fil de votre travail, à son entrepôt d’apprentissage (LRS) à l’adresse { $host }. Ce qui est envoyé : le nom que vous indiquez ci-dessous, un identifiant créé sur cet appareil, le début et la fin de chaque point de contrôle, vos réponses et vos scores, les leçons que vous terminez et les langues que vous utilisez. Ce que vous avez déjà fait dans ces modules et ces leçons est envoyé aussi. Rien d’autre vous concernant n’est envoyé.
lrs-consent-choice = C’est vous qui choisissez. Si vous refusez, rien n’est envoyé, et vous pouvez toujours envoyer un fichier de résultats à votre formateur.
lrs-name = Votre nom, tel que votre formateur le verra
lrs-name-first = Saisissez d’abord votre nom : votre formateur le voit avec vos résultats.
lrs-consent-yes = Accepter et envoyer mes résultats à { $host }
lrs-consent-no = Accepter sans rien envoyer
lrs-status-heading = Entrepôt d’apprentissage (LRS)
lrs-status-on = Vos résultats pour ce devoir sont envoyés à { $host } au fil de votre travail, y compris quand vous retrouvez la connexion.
lrs-status-off = Rien n’est envoyé à { $host } pour ce devoir. Vous pouvez envoyer des fichiers de résultats à la place.
lrs-counts = { $sent ->
    [0] Aucune déclaration envoyée
    [one] Une déclaration envoyée
   *[other] { $sent } déclarations envoyées
}, { $waiting ->
    [0] aucune en attente d’envoi.
    [one] une en attente d’envoi.
   *[other] { $waiting } en attente d’envoi.
}
lrs-last-failure = Le dernier essai a échoué :
lrs-refused = { $count ->
    [one] Le LRS a refusé une déclaration
   *[other] Le LRS a refusé { $count } déclarations
}
lrs-refused-hint = Elles sont conservées sur cet appareil. Montrez cette liste à votre formateur : elle indique pourquoi le LRS a refusé chacune.
lrs-send-now = Envoyer maintenant
lrs-stop = Arrêter l’envoi
lrs-start = Envoyer mes résultats
dashboard-lrs-heading = Lire les résultats dans un entrepôt d’apprentissage (LRS)
dashboard-lrs-intro = Pour un devoir doté d’un LRS : collez son lien et une clé qui permet de lire les déclarations. Les résultats de chaque apprenant pour ce devoir sont lus dans le LRS et affichés comme s’ils venaient de fichiers.
dashboard-lrs-link = Lien du devoir
dashboard-lrs-key = Clé de lecture (identifiants HTTP Basic, en base64)
dashboard-lrs-read = Lire dans le LRS
dashboard-lrs-reading = Lecture des déclarations dans le LRS…
dashboard-lrs-done = { $statements ->
    [0] Aucune déclaration lue
    [one] Une déclaration lue
   *[other] { $statements } déclarations lues
} : résultats { $learners ->
    [one] d’un apprenant
   *[other] de { $learners } apprenants
}.
dashboard-lrs-none = Ce devoir n’a pas de LRS : importez plutôt ses fichiers de résultats.
dashboard-lrs-failed = Le LRS n’a pas pu être lu :
lrs-failure-unreachable = Le LRS n’a pas pu être joint (hors connexion, ou LRS arrêté) : vos résultats attendent sur cet appareil et partiront dès qu’il répondra.
lrs-failure-key = Le LRS a refusé la clé du devoir : prévenez votre formateur. Vos résultats attendent sur cet appareil.
lrs-failure-lrs = Le LRS n’a pas pu prendre vos résultats pour l’instant : ils attendent sur cet appareil et partiront plus tard.
lrs-retry-refused = Réessayer les déclarations refusées
lrs-problem-newer = La liste des résultats en attente d’envoi a été écrite par une version plus récente de Savoir : rien n’est envoyé depuis cet onglet. Rechargez la page.
lrs-problem-unreadable = La liste des résultats en attente d’envoi est endommagée : rien n’est envoyé. Vos résultats restent dans votre progression, et votre formateur peut recevoir un fichier de résultats.
lrs-problem-full = L’espace de stockage de ce navigateur est plein : les résultats en attente d’envoi ne sont gardés que dans cet onglet, jusqu’à sa fermeture.
lrs-problem-storage = Ce navigateur n’a pas gardé la liste des résultats en attente d’envoi : ils ne sont gardés que dans cet onglet, jusqu’à sa fermeture.
dashboard-lrs-cut = Toutes les déclarations n’ont pas été lues (trop nombreuses, ou le LRS renvoyait ailleurs) : les résultats affichés peuvent être incomplets.
