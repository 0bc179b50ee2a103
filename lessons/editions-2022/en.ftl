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

q-theme-sort = A retailer is sorting its existing security measures by 2022 theme. Put each measure in the theme it belongs to; some are less obvious than they look.
q-theme-sort-explanation = Rules for granting access (5.15) and planning how incidents will be handled (5.24) are organisational. Confidentiality agreements signed by staff (6.6) and the duty to report security events (6.8) concern individuals, so they are people controls. A clear desk and clear screen rule (7.7) and the handling of storage media (7.10) are physical, even though screens are technology. Backups (8.13) and the use of cryptography (8.24) are technological.
q-theme-sort-category-organisational = Organisational
q-theme-sort-category-people = People
q-theme-sort-category-physical = Physical
q-theme-sort-category-technological = Technological
q-theme-sort-item-access-rules = Rules for who may be granted access to which information
q-theme-sort-item-incident-planning = Defining roles and procedures in advance for handling security incidents
q-theme-sort-item-nda = Confidentiality agreements signed by employees and contractors
q-theme-sort-item-event-reporting = Asking staff to report anything that looks like a security event, quickly and through a known channel
q-theme-sort-item-clear-desk = Leaving no papers on desks and locking screens when stepping away
q-theme-sort-item-storage-media = Registering, storing and securely destroying USB drives and backup tapes
q-theme-sort-item-backup = Copying data and systems regularly and testing the restores
q-theme-sort-item-cryptography = Encrypting card data and managing the keys

q-theme-rule = A control sets out how staff must protect information when they work from home or while travelling. Which theme of the 2022 edition does it belong to?
q-theme-rule-explanation = This is 6.7 Remote working, a people control: it concerns what individuals do when they work away from the premises. A VPN or an encrypted laptop may support it, but those are separate technological controls.
q-theme-rule-option-organisational = Organisational
q-theme-rule-option-organisational-feedback = No: the rule is written by the organisation, but it concerns how individuals behave away from the premises, so it is a people control (6.7).
q-theme-rule-option-people = People
q-theme-rule-option-people-feedback = Correct: 6.7 Remote working concerns individuals, so it sits in the people theme.
q-theme-rule-option-physical = Physical
q-theme-rule-option-physical-feedback = No: home offices and trains are places, but the control governs people's conduct, not physical objects.
q-theme-rule-option-technological = Technological
q-theme-rule-option-technological-feedback = No: remote access technology supports it, but the control is about what individuals do; the tools have controls of their own in clause 8.

q-new-controls = Which of these controls were introduced as new controls in the 2022 edition? Select all that apply.
q-new-controls-explanation = 5.7 Threat intelligence, 8.11 Data masking and 8.23 Web filtering are among the eleven new controls. 8.24 Use of cryptography and 5.19 Information security in supplier relationships carry on controls that already existed in 2013, in its cryptography and supplier relationships clauses.
q-new-controls-option-threat-intelligence = 5.7 Threat intelligence
q-new-controls-option-threat-intelligence-feedback = Correct: 5.7 threat intelligence is new in 2022.
q-new-controls-option-data-masking = 8.11 Data masking
q-new-controls-option-data-masking-feedback = Correct: 8.11 data masking is new in 2022.
q-new-controls-option-web-filtering = 8.23 Web filtering
q-new-controls-option-web-filtering-feedback = Correct: 8.23 web filtering is new in 2022.
q-new-controls-option-cryptography = 8.24 Use of cryptography
q-new-controls-option-cryptography-feedback = Not new: cryptography already had a clause of its own (clause 10) in the 2013 edition.
q-new-controls-option-supplier-relationships = 5.19 Information security in supplier relationships
q-new-controls-option-supplier-relationships-feedback = Not new: supplier relationships formed clause 15 of the 2013 edition, which already had a control on supplier security policy.

q-attribute-types = Every control in ISO/IEC 27002:2022 is laid out the same way. Match each part of a control with what it gives the reader.
q-attribute-types-explanation = The attribute table gives the control's values of the five attribute types; the control says what the control is; the purpose says why it exists (replacing the 2013 control objectives); the guidance says how to implement it; other information adds context such as related documents.
q-attribute-types-left-attribute-table = Attribute table
q-attribute-types-left-control = Control
q-attribute-types-left-purpose = Purpose
q-attribute-types-left-guidance = Guidance
q-attribute-types-left-other-information = Other information
q-attribute-types-right-labels = The values used to sort and filter the catalogue, such as #Preventive or #Protect
q-attribute-types-right-what = A short statement of what the control is
q-attribute-types-right-why = Why the control exists: the risk it addresses or the outcome it supports
q-attribute-types-right-how = How the control is usually implemented
q-attribute-types-right-extra = Additional context, such as related documents or points to consider

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

q-transition = True or false: a certificate issued against ISO/IEC 27001:2013 no longer shows valid certification today.
q-transition-explanation = True. ISO/IEC 27001:2022 was published in October 2022 and certified organisations had three years to move to it. The transition ended on 31 October 2025: since then, certificates against the 2013 version are no longer valid.
