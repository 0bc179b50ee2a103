course-title = ISO/IEC 27002: information security controls in practice
course-summary = What the code of practice for information security controls is, how it works with ISO/IEC 27001, and how its 2022 edition is organised.
track-standards-logic = Standards logic
track-risk-management = Risk management
track-controls-in-practice = Controls in practice
