course-title = ISO/IEC 27002 : les mesures de sécurité de l’information en pratique
