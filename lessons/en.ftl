course-title = ISO/IEC 27002: information security controls in practice
