# L’explorateur des mesures et les pages des mesures (ISO/IEC 27002:2022).
# Les noms, résumés et libellés d’attributs sont du contenu de cours, dans
# lessons/controls/.

controls-link = Les 93 mesures, à portée de recherche
controls-title = Les mesures de l’ISO/IEC 27002:2022
controls-cited = Mesures abordées dans cette leçon

# Les mots du classeur de déclaration d’applicabilité (domain::learner::soa).
soa-applicable = Applicable
soa-excluded = Exclue
soa-not-started = Non commencée
soa-partial = Partiellement mise en œuvre
soa-implemented = Mise en œuvre
soa-link = Votre classeur de déclaration d’applicabilité
soa-done-hint = Ouvrez le classeur quand vous êtes prêt : c’est l’exercice final du cours.
