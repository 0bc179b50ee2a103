# Texte des pages chargées à leur première ouverture (src/ui/lazy.rs) : dans la
# version publiée, il arrive avec elles (content/interface.json), hors du premier chargement.
# Venu de ../controls.ftl ; voir docs/ARCHITECTURE.md.

controls-intro = Retrouvez chacune des 93 mesures par thème, par attribut, par des mots en français ou en anglais, par son numéro (8.15) ou par la mesure de 2013 qu’elle remplace (A.12.4.1). Vos filtres restent dans l’adresse : vous pouvez enregistrer la vue ou la partager.
controls-search-label = Rechercher une mesure
controls-search-hint = Des mots en français ou en anglais, un numéro comme 8.15, ou une référence de 2013 comme A.12.4.1.
controls-themes = Thèmes
controls-new-only = Seulement les mesures nouvelles en 2022
controls-attributes = Attributs
controls-attributes-hint = Pour un même type d’attribut, une seule valeur cochée suffit ; entre types différents, chaque type doit correspondre.
controls-clear = Effacer tous les filtres
controls-count =
    { $count ->
        [0] Aucune mesure ne correspond à ces filtres.
        [one] Une mesure correspond.
       *[other] { $count } mesures correspondent.
    }
controls-replaces = Remplace la mesure { $old } de l’édition de 2013.
controls-change-new = Nouvelle en 2022.
controls-change-kept = Reprise de la mesure { $list } sous le même titre.
controls-change-renamed = Reprise de la mesure { $list } sous un nouveau titre.
controls-change-merged = Fusion des mesures { $list }.
controls-new-badge = Nouvelle en 2022
controls-ignored = Une partie de cette adresse n’a pas été comprise et a été ignorée : { $parts }
controls-loading = Chargement des mesures…
controls-back = Toutes les mesures
controls-theme-label = Thème
controls-origin = Dans l’édition de 2013
controls-attributes-heading = Attributs
controls-lessons-heading = Leçons qui l’enseignent
controls-lessons-none = Aucune leçon de ce cours ne traite encore cette mesure en détail.
controls-questions =
    { $count ->
        [0] Aucune question du cours ne la teste encore.
        [one] Une question du cours la teste.
       *[other] { $count } questions du cours la testent.
    }
controls-summary-note = Les résumés sont rédigés pour ce cours, avec nos propres mots ; ce ne sont pas le texte de la norme.
controls-list-join = { $rest } et { $last }
soa-undecided = Non décidée
soa-title = Classeur de déclaration d’applicabilité
soa-intro = Pour chacune des 93 mesures, décidez si elle s’applique à votre organisme, pourquoi, où en est sa mise en œuvre et qui en est responsable. C’est l’exercice final du cours : prenez un organisme réel, ou inventez-en un. Vos saisies sont gardées avec votre progression sur cet appareil et figurent dans votre fichier de progression quand vous l’exportez.
soa-requirements-heading = Ce que doit contenir une vraie déclaration d’applicabilité
soa-requirements =
    Selon l’ISO/IEC 27001:2022, article 6.1.3 d), la déclaration d’applicabilité est un document que votre SMSI doit produire. Elle doit indiquer :
soa-requirement-controls = toutes les mesures jugées nécessaires pour traiter vos risques ;
soa-requirement-inclusion = pourquoi chacune d’elles est retenue ;
soa-requirement-implemented = si chacune est mise en œuvre ou non ;
soa-requirement-exclusion = pourquoi une mesure de l’annexe A est exclue.
soa-other-sources = L’annexe A est une liste de vérification, pas une limite : les mesures nécessaires peuvent aussi venir d’autres sources, comme des règles sectorielles, des contrats, d’autres référentiels ou des mesures que vous concevez vous-même. Inscrivez-les aussi dans votre document réel ; ce classeur ne couvre que les 93 mesures du cours.
soa-summary-heading = Synthèse par thème
soa-summary-label = Décisions par thème : les barres montrent les mesures non décidées, exclues, non commencées, partiellement mises en œuvre et mises en œuvre.
soa-figures = Les mêmes chiffres, par thème
soa-summary-theme = Thème
soa-summary-total = Total
soa-decided =
    { $count ->
        [0] Aucune mesure n’a encore de décision.
        [one] Une mesure sur 93 a une décision.
       *[other] { $count } mesures sur 93 ont une décision.
    }
soa-export = Télécharger en CSV
soa-print = Imprimer
soa-export-failed = Le fichier n’a pas pu être créé : { $reason }
soa-applicability = Applicabilité
soa-justification = Justification de l’inclusion ou de l’exclusion
soa-status = Mise en œuvre
soa-owner = Responsable
soa-open-control = À propos de { $number }
soa-printed = Déclaration d’applicabilité, au { $date }
csv-control = Mesure
csv-name = Nom
csv-theme = Thème
csv-justification = Justification
