course-title = ISO/IEC 27002 : les mesures de sécurité de l’information en pratique
course-summary = Ce qu’est le code de bonne pratique des mesures de sécurité de l’information, comment il s’articule avec l’ISO/IEC 27001 et comment s’organise son édition 2022.
track-standards-logic = Logique des normes
track-risk-management = Gestion des risques
track-controls-in-practice = Mesures en pratique
