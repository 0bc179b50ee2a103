title = Editions and the 2022 structure
summary = How the code of practice grew from its 2005 and 2013 editions into the 2022 edition, with its four themes, eleven new controls and five attribute types, and what that means when you read or map control references.

q-total-2022 = How many controls does the 2022 edition of ISO/IEC 27002 contain in total? Answer with a number.
q-total-2022-explanation = 93: 37 organisational, 8 people, 14 physical and 34 technological controls. The 2013 edition had 114 and the 2005 edition 133.

q-structure-2013 = Which description matches the 2013 edition of ISO/IEC 27002?
q-structure-2013-explanation = The 2013 edition had 14 clauses, numbered 5 to 18, holding 35 control objectives and 114 controls, and ISO/IEC 27001:2013 Annex A mirrored it from A.5 to A.18.
q-structure-2013-option-fourteen-114 = 14 clauses, 35 control objectives, 114 controls
q-structure-2013-option-fourteen-114-feedback = Correct: this is the 2013 structure, the one behind Annex A of ISO/IEC 27001:2013.
q-structure-2013-option-eleven-133 = 11 clauses, 39 control objectives, 133 controls
q-structure-2013-option-eleven-133-feedback = Not quite: these are the figures of the 2005 edition, published as ISO/IEC 17799:2005.
q-structure-2013-option-four-93 = 4 themes, 93 controls
q-structure-2013-option-four-93-feedback = No: four themes and 93 controls describe the 2022 edition.
q-structure-2013-option-fourteen-133 = 14 clauses, 39 control objectives, 133 controls
q-structure-2013-option-fourteen-133-feedback = No: this mixes two editions. The 2013 edition had 14 clauses but 35 objectives and 114 controls.

q-theme-size = Rank the four themes of the 2022 edition by the number of controls they hold, starting with the largest.
q-theme-size-explanation = Organisational (37) comes first, then technological (34), physical (14) and people (8). Together they make 93.
q-theme-size-item-organisational = Organisational controls
q-theme-size-item-technological = Technological controls
q-theme-size-item-physical = Physical controls
q-theme-size-item-people = People controls

q-theme-sort = A retailer is sorting its planned security measures by 2022 theme. Put each measure in the theme it belongs to.
q-theme-sort-explanation = People controls act on individuals (screening, awareness training), physical controls on premises and objects (monitoring the shop floor and stockroom), technological controls on technology (secure coding, data leakage prevention); rules for cloud services and ICT readiness for continuity are organisational.
q-theme-sort-category-organisational = Organisational
q-theme-sort-category-people = People
q-theme-sort-category-physical = Physical
q-theme-sort-category-technological = Technological
q-theme-sort-item-cloud-rules = Rules for choosing, using and leaving cloud services
q-theme-sort-item-ict-continuity = Making sure ICT can support the business during a disruption
q-theme-sort-item-screening = Background checks on new store managers
q-theme-sort-item-phishing-training = Teaching head-office staff to spot phishing emails
q-theme-sort-item-premises-monitoring = Watching the stockroom for unauthorised entry
q-theme-sort-item-secure-coding = Secure coding rules for the online shop
q-theme-sort-item-leakage-prevention = Blocking customer card data from leaving the network

q-theme-rule = A control describes how the organisation collects and analyses information about threats. It is not mainly about individuals, physical objects or a specific technology. Which theme does it belong to?
q-theme-rule-explanation = When a control concerns neither individuals, nor physical objects, nor technology, it is organisational. This is 5.7 threat intelligence, one of the eleven new controls of 2022.
q-theme-rule-option-organisational = Organisational
q-theme-rule-option-organisational-feedback = Correct: organisational is the theme for everything that is not about people, physical objects or technology.
q-theme-rule-option-people = People
q-theme-rule-option-people-feedback = No: analysts do the work, but the control is not about individuals as such.
q-theme-rule-option-physical = Physical
q-theme-rule-option-physical-feedback = No: nothing in this control concerns premises, equipment or other physical objects.
q-theme-rule-option-technological = Technological
q-theme-rule-option-technological-feedback = No: tools may help, but the control is not about a technology; it is about an organisational process.

q-new-controls = Which of these controls were introduced as new controls in the 2022 edition? Select all that apply.
q-new-controls-explanation = Threat intelligence (5.7), data masking (8.11) and web filtering (8.23) are among the eleven new controls. Cryptography and supplier relationships were already full clauses in 2013.
q-new-controls-option-threat-intelligence = Threat intelligence
q-new-controls-option-threat-intelligence-feedback = Correct: 5.7 threat intelligence is new in 2022.
q-new-controls-option-data-masking = Data masking
q-new-controls-option-data-masking-feedback = Correct: 8.11 data masking is new in 2022.
q-new-controls-option-web-filtering = Web filtering
q-new-controls-option-web-filtering-feedback = Correct: 8.23 web filtering is new in 2022.
q-new-controls-option-cryptography = Cryptography
q-new-controls-option-cryptography-feedback = Not new: cryptography already had a clause of its own (clause 10) in the 2013 edition.
q-new-controls-option-supplier-relationships = Supplier relationships
q-new-controls-option-supplier-relationships-feedback = Not new: supplier relationships formed clause 15 of the 2013 edition.

q-attribute-types = Match each attribute value with its attribute type. Watch out for values that sound alike.
q-attribute-types-explanation = The value #Protect is a cybersecurity concept, whereas #Protection is a security domain; #Governance is an operational capability; #Detective is a control type; #Availability is an information security property.
q-attribute-types-left-protect = The value #Protect
q-attribute-types-left-protection = The value #Protection
q-attribute-types-left-governance = The value #Governance
q-attribute-types-left-detective = The value #Detective
q-attribute-types-left-availability = The value #Availability
q-attribute-types-right-concepts = Cybersecurity concepts
q-attribute-types-right-domains = Security domains
q-attribute-types-right-capabilities = Operational capabilities
q-attribute-types-right-control-type = Control type
q-attribute-types-right-properties = Information security properties

q-attribute-purpose = What are the attributes of the 2022 edition mainly for?
q-attribute-purpose-explanation = Attributes are labels for sorting and filtering the same 93 controls, so that each audience can build the view it needs. They add no requirement and replace no process.
q-attribute-purpose-option-filter-views = Filtering and viewing the controls from different angles
q-attribute-purpose-option-filter-views-feedback = Correct: attributes let teams slice the catalogue, for example all controls tagged #Detective.
q-attribute-purpose-option-extra-requirements = Adding requirements that certified organisations must meet
q-attribute-purpose-option-extra-requirements-feedback = No: ISO/IEC 27002 is guidance, and its attributes change nothing about what a control asks.
q-attribute-purpose-option-replace-risk-assessment = Replacing the risk assessment when selecting controls
q-attribute-purpose-option-replace-risk-assessment-feedback = No: controls are still selected through risk assessment; attributes only help you find and group them.
q-attribute-purpose-option-certification-scope = Defining the scope of an ISO/IEC 27001 certificate
q-attribute-purpose-option-certification-scope-feedback = No: the scope is set by the organisation within its ISMS; attributes play no part in it.

q-transition = True or false: organisations certified against ISO/IEC 27001:2013 had to switch to the 2022 version as soon as it was published, with no transition period.
q-transition-explanation = False. ISO/IEC 27001:2022 was published in October 2022, eight months after ISO/IEC 27002:2022, and certified organisations were given three years to make the transition.
