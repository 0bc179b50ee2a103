# L’attestation de réussite (/<lang>/certificate) et sa vérification sur le
# tableau de bord du formateur : chargées avec ces pages (voir ../pages/app.ftl).

certificate-title = Attestation de fin de formation
certificate-intro = Réussissez tous les modules du cours, ou menez à bien un devoir que vous avez accepté, et cette page vous établit une attestation à imprimer ou à enregistrer en PDF. Elle rend compte de ce que vous avez étudié dans ce navigateur.
certificate-scope-label = Attestation pour
certificate-scope-course = Le cours entier
certificate-unknown-assignment = Cette adresse désigne un devoir qui ne figure pas parmi les vôtres sur cet appareil : il n’a pas été accepté ici, ou cette version du cours n’a plus ce qu’il demande. Choisissez le cours entier ou l’un de vos devoirs.
certificate-missing-heading = Pas encore
certificate-missing-intro = L’attestation est à vous une fois tout ceci fait :
certificate-missing-untried = Pas encore tenté ; le seuil de réussite est de { $mark }.
certificate-missing-below = Votre meilleur score jusqu’ici est de { $best } ; le seuil de réussite est de { $mark }.
certificate-missing-lesson = Lisez cette leçon jusqu’au bout.
certificate-name-label = Votre nom, tel qu’il doit apparaître
certificate-name-hint = Le même nom figure sur vos fichiers de résultats, pour que votre formateur puisse y vérifier le code.
certificate-needs-name = Tapez votre nom pour compléter l’attestation.
certificate-language-legend = Langue de l’attestation
certificate-language-both = Les deux, côte à côte
certificate-paper-legend = Format du papier
certificate-paper-a4 = A4
certificate-paper-letter = Lettre US
certificate-print = Imprimer ou enregistrer en PDF
certificate-kind = Attestation de fin de formation
certificate-certifies = La présente atteste que
certificate-completed-course = a réussi tous les modules du cours « { $course } ».
certificate-completed-assignment = a mené à bien un devoir du cours « { $course } ».
certificate-assignment-by = { $assignment }, donné par { $trainer }.
certificate-assignment = { $assignment }.
certificate-modules = Modules réussis
certificate-module = Module
certificate-best = Meilleur résultat
certificate-passed-on = Réussi le
certificate-lessons = Leçons lues jusqu’au bout
certificate-languages =
    { $languages ->
        [en] Langue d’étude : anglais.
        [fr] Langue d’étude : français.
       *[both] Langues d’étude : anglais et français.
    }
certificate-issued = Établie le { $date }.
certificate-code = Code de vérification :
certificate-code-hint = Un formateur peut vérifier ce code sur le tableau de bord de classe de Savoir, avec un fichier de résultats de cette personne qui couvre les mêmes modules.
certificate-not-accredited = Cette attestation rend compte d’une formation suivie dans un navigateur web avec Savoir. Ce n’est pas une certification accréditée, et elle n’est pas protégée contre la falsification : son code montre seulement qu’elle concorde avec un fichier de résultats issu du même navigateur.
dashboard-check-heading = Vérifier une attestation
dashboard-check-intro = Tapez le code de vérification imprimé sur l’attestation d’une personne : il est vérifié avec les fichiers de résultats importés ici.
dashboard-check-code = Code de vérification
dashboard-check-name = Nom sur l’attestation, s’il diffère de celui du fichier de résultats
dashboard-check-submit = Vérifier le code
dashboard-check-invalid = Un code de vérification compte douze lettres et chiffres, comme 7KQ2-M9XA-3TBW.
dashboard-check-match-course = Ce code correspond au fichier de résultats signé par { $learner }, pour le cours entier.
dashboard-check-match-assignment = Ce code correspond au fichier de résultats signé par { $learner }, pour le devoir « { $group } ».
dashboard-check-match-untitled = Ce code correspond au fichier de résultats signé par { $learner }, pour son devoir (sans nom de groupe).
dashboard-check-other-name = Avec le nom tapé ci-dessus, { $name }, et non celui du fichier.
dashboard-check-no-match = Aucun fichier de résultats importé ici ne donne ce code. L’attestation a peut-être été modifiée, elle porte peut-être un autre nom que le fichier (tapez-le ci-dessus), ou le fichier est plus ancien qu’elle : demandez à la personne son dernier fichier.
dashboard-check-no-files = Importez d’abord le fichier de résultats de la personne : le code est vérifié avec lui.
