title = Les éditions de l’ISO/IEC 27002 : 2005 et 2013
overview = Vous saurez distinguer les éditions 2005 et 2013 du code de bonne pratique à leur structure et à leur nombre de mesures, et reconnaître sur quelle édition s’appuie un document ou un certificat.

explanation =
    Le code de bonne pratique a connu plusieurs éditions, et chacune regroupe et dénombre ses mesures de sécurité à sa façon. Connaître la physionomie de chaque édition, c’est pouvoir lire une ancienne politique, un rapport d’audit ou le questionnaire d’un fournisseur sans se méprendre sur ses références.

    Le code de bonne pratique descend de la norme britannique BS 7799-1, devenue norme internationale en 2000 sous le numéro ISO/IEC 17799. Sa révision, l’ISO/IEC 17799:2005, constitue l’édition 2005 ; en 2007, elle a été renumérotée ISO/IEC 27002 pour prendre place dans la famille 27000, sans que son contenu change. Les éditions suivantes datent de 2013 et de 2022. L’édition 2005 rassemblait 133 mesures sous 39 objectifs de sécurité, répartis en 11 articles. Chaque objectif fixait ce qu’un groupe de mesures devait atteindre ; les mesures qui le suivaient indiquaient comment y parvenir.

    L’édition 2013 garde ce principe d’objectifs déclinés en mesures, mais remanie l’ensemble : 14 articles numérotés de 5 à 18, 35 objectifs et 114 mesures. La cryptographie et les relations avec les fournisseurs y gagnent leur propre article, tandis que l’ancien article consacré à l’exploitation et aux télécommunications se scinde entre sécurité liée à l’exploitation et sécurité des communications.

    L’annexe A de l’ISO/IEC 27001:2013 reprend exactement ce découpage, de A.5 à A.18. Une référence comme A.9 désigne donc le contrôle d’accès dans les deux normes, ce qui explique que tant de documents de SMSI plus anciens, des politiques aux rapports d’audit, emploient la numérotation de 2013.

practical-example =
    Une équipe conformité hérite d’un registre des risques datant de 2016, dont la colonne de traitement cite des mesures comme A.12.4 ou A.15.1. Avant de le réutiliser, elle s’assure que ces références suivent la numérotation de 2013, où l’article 12 couvre la sécurité liée à l’exploitation et l’article 15 les relations avec les fournisseurs. Elle ajoute au registre une colonne « édition », pour que chaque référence affiche sa source, puis programme une mise en correspondance avec la structure actuelle au lieu de supposer que les anciens numéros ont gardé leur sens.

block-edition-2005-heading = L’édition 2005 : 11 articles, 133 mesures
block-edition-2005-body =
    Parue sous le numéro ISO/IEC 17799:2005, cette édition organisait ses recommandations sur trois niveaux : 11 articles de sécurité, 39 objectifs de sécurité et 133 mesures. Ses articles portaient sur :

    - la politique de sécurité
    - l’organisation de la sécurité de l’information
    - la gestion des actifs
    - la sécurité liée aux ressources humaines
    - la sécurité physique et environnementale
    - la gestion de l’exploitation et des télécommunications
    - le contrôle d’accès
    - l’acquisition, le développement et la maintenance des systèmes d’information
    - la gestion des incidents liés à la sécurité de l’information
    - la gestion de la continuité de l’activité
    - la conformité

    Le vaste article sur l’exploitation et les télécommunications réunissait une bonne part de ce que l’on appellerait aujourd’hui la sécurité opérationnelle et réseau ; l’édition suivante l’a scindé en deux.

block-edition-2013-heading = L’édition 2013 : 14 articles, 114 mesures
block-edition-2013-body =
    La révision de 2013 conserve les objectifs de sécurité comme niveau de regroupement, mais ramène l’ensemble à 35 objectifs et 114 mesures, répartis en 14 articles numérotés de 5 à 18 (les articles qui précèdent présentent le document lui-même) :

    - 5 politiques de sécurité de l’information
    - 6 organisation de la sécurité de l’information
    - 7 sécurité des ressources humaines
    - 8 gestion des actifs
    - 9 contrôle d’accès
    - 10 cryptographie
    - 11 sécurité physique et environnementale
    - 12 sécurité liée à l’exploitation
    - 13 sécurité des communications
    - 14 acquisition, développement et maintenance des systèmes d’information
    - 15 relations avec les fournisseurs
    - 16 gestion des incidents liés à la sécurité de l’information
    - 17 aspects de la sécurité de l’information dans la gestion de la continuité de l’activité
    - 18 conformité

    L’annexe A de l’ISO/IEC 27001:2013 emploie les mêmes numéros, de A.5 à A.18.

block-reading-across-heading = Lire une référence d’une édition à l’autre
block-reading-across-body =
    La numérotation change d’une édition à l’autre : une référence de mesure ne veut donc pas dire grand-chose sans son édition. Quelques réflexes évitent la plupart des erreurs :

    - indiquer l’édition à côté de chaque référence, par exemple « article 9 de la 27002:2013 » plutôt que « article 9 » tout court ;
    - se rappeler qu’en 2013 les numéros d’article de la 27002 et ceux de l’annexe A de la 27001 coïncident, si bien que l’article 9 et A.9 désignent tous deux le contrôle d’accès ;
    - s’attendre à ce qu’un même numéro renvoie à un autre sujet dans l’édition 2005, dont les articles n’allaient que de 5 à 15 : A.16 à A.18 n’existent donc que dans la numérotation de 2013 ;
    - se servir des totaux pour identifier rapidement l’édition : 133 mesures, c’est 2005 ; 114, c’est 2013 ;
    - quand un document mélange les éditions, tout ramener à une seule avant de conclure quoi que ce soit sur la couverture.

    Un document ancien n’est pas faux pour autant : il suit simplement une numérotation antérieure.

example-supplier-certificate = Un fournisseur transmet un certificat délivré selon l’ISO/IEC 27001:2013. La transition s’étant achevée le 31 octobre 2025, ce certificat n’atteste plus une certification valable : demandez le certificat en cours. Ses numéros restent instructifs : l’ancienne déclaration d’applicabilité du fournisseur reposait sur les 114 mesures de l’annexe A, de A.5 à A.18, qui suivent l’édition 2013 du code de bonne pratique.
example-legacy-policy = Une ancienne politique de sécurité cite l’ISO/IEC 17799 et renvoie à un article sur la gestion de l’exploitation et des télécommunications. Ces deux indices désignent l’édition 2005, avec ses 11 articles et ses 133 mesures.

callout-one-standard-title = Une norme, deux numéros
callout-one-standard-body = BS 7799-1, ISO/IEC 17799:2000, ISO/IEC 17799:2005 puis ISO/IEC 27002 : c’est une seule et même lignée. L’ISO/IEC 17799:2005 et l’édition 2005 de l’ISO/IEC 27002 sont même un seul texte sous deux numéros, la renumérotation datant de 2007. Un document qui cite la 17799 ne suit pas une autre norme : il en désigne une édition plus ancienne, sous son ancien nom.
callout-counts-not-coverage-title = Un total n’est pas une couverture
callout-counts-not-coverage-body = Qu’une édition plus récente compte moins de mesures ne signifie pas que des sujets ont disparu. D’une édition à l’autre, les recommandations sont regroupées, fusionnées et réécrites : comparez les contenus, jamais les seuls totaux, avant de juger qu’une mesure n’a plus lieu d’être.

prompt = Retrouvez un document de votre organisme ou d’un fournisseur (politique, rapport d’audit, questionnaire) qui cite des mesures de l’ISO/IEC 27002 ou de l’ISO/IEC 27001. Sur quelle édition s’appuie-t-il, quels indices vous le montrent, et que feriez-vous avant de le réutiliser aujourd’hui ?
prompt-guidance =
    Une bonne réponse nomme ses indices : le numéro de la norme (17799 renvoie à 2005), la forme des références (A.16, A.17 ou A.18 n’existent que dans la numérotation de 2013), des intitulés d’article comme la cryptographie ou les relations avec les fournisseurs (apparus en 2013), et les éventuels totaux cités (133 ou 114).

    Elle propose ensuite une suite concrète : noter l’édition à côté de chaque référence, puis rapprocher le document de l’édition actuelle avant de s’en servir pour affirmer une couverture.

exercise = Remettez ces publications dans l’ordre chronologique, de la plus ancienne à la plus récente.
exercise-explanation = L’ISO/IEC 17799:2005 et ses 133 mesures ouvrent la marche (renumérotée ISO/IEC 27002 en 2007), suivies de l’édition 2013 de l’ISO/IEC 27002 et de ses 114 mesures. L’ISO/IEC 27002:2022 paraît en février 2022, et l’ISO/IEC 27001:2022 lui emboîte le pas en octobre de la même année.
exercise-item-iso17799-2005 = L’ISO/IEC 17799, code de bonne pratique en 11 articles de sécurité
exercise-item-iso27002-2013 = L’ISO/IEC 27002 en 14 articles numérotés de 5 à 18
exercise-item-iso27002-2022 = L’ISO/IEC 27002 et ses 93 mesures réparties en quatre thèmes
exercise-item-iso27001-2022 = L’ISO/IEC 27001, dont l’annexe A suit les quatre thèmes
