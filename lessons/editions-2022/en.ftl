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
q-new-controls-option-cryptography-feedback = Not new: cryptography already had a clause of its own in the 2013 edition.
q-new-controls-option-supplier-relationships = 5.19 Information security in supplier relationships
q-new-controls-option-supplier-relationships-feedback = Not new: supplier relationships already had a clause of their own in the 2013 edition, with a control on supplier security policy.

q-attribute-types = The 2022 edition reorganised the code of practice. Match each feature of the 2013 edition with what took its place in 2022.
q-attribute-types-explanation = The 14 clauses gave way to four themes in clauses 5 to 8; control objectives were dropped and each control now states its own purpose; three-level numbers became two-level ones (theme clause, then position); attributes let the catalogue be viewed in other ways than by clause; and the title was broadened to name cybersecurity and privacy protection.
q-attribute-types-left-attribute-table = Controls could be grouped only by the clause they sat in
q-attribute-types-left-control = 14 security clauses, numbered 5 to 18
q-attribute-types-left-purpose = A control objective shared by a group of controls
q-attribute-types-left-guidance = Three-level control numbers such as 12.4.1
q-attribute-types-left-other-information = A title presenting the document as a code of practice for information security controls
q-attribute-types-right-labels = Attributes, so that the same controls can be sorted and filtered in several ways
q-attribute-types-right-what = Four themes, each occupying one clause
q-attribute-types-right-why = A short purpose stated for each control
q-attribute-types-right-how = Two-level numbers: the theme's clause, then the control's position in it
q-attribute-types-right-extra = A broader title that also names cybersecurity and privacy protection

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

q-renumbering = True or false: ISO/IEC 27002:2005 was a revision of ISO/IEC 17799:2005 that added controls when the code of practice joined the 27000 family.
q-renumbering-explanation = False. They are one and the same text: in 2007, ISO/IEC 17799:2005 was renumbered ISO/IEC 27002 to take its place in the 27000 family, with no change to its content. The next revision of the content was the 2013 edition.

q-crypto-clause = In the 2013 numbering shared by ISO/IEC 27002:2013 and Annex A of ISO/IEC 27001:2013, which clause number did cryptography receive? Answer with the number.
q-crypto-clause-explanation = 10. Cryptography gained a clause of its own in 2013: clause 10 of ISO/IEC 27002, and A.10 in Annex A of ISO/IEC 27001:2013. Supplier relationships gained one at the same time, clause 15.

q-split-clause = A 2009 audit report refers to the "communications and operations management" clause. Where does that material sit in the 2013 edition?
q-split-clause-explanation = The broad 2005 clause on communications and operations management was split in 2013 into operations security (clause 12) and communications security (clause 13). That is why a 2013 reference such as A.12.4 points to operations security.
q-split-clause-option-split-two = Split between operations security (clause 12) and communications security (clause 13)
q-split-clause-option-split-two-feedback = Correct. The 2013 edition divided the old clause in two.
q-split-clause-option-into-access = Merged into access control (clause 9)
q-split-clause-option-into-access-feedback = No. Access control was already a clause of its own in 2005 and stayed one in 2013.
q-split-clause-option-into-crypto = Moved into the new cryptography clause
q-split-clause-option-into-crypto-feedback = No. Cryptography did gain its own clause in 2013, but the operations and communications material went elsewhere.
q-split-clause-option-unchanged = Kept as a single clause under the same title
q-split-clause-option-unchanged-feedback = No. The 2013 edition no longer has a communications and operations management clause; its content was divided between two clauses.

q-theme-clauses = Each theme of ISO/IEC 27002:2022 occupies one clause. Match each theme with its clause.
q-theme-clauses-explanation = The themes run through clauses 5 to 8 in a fixed order: organisational (5), people (6), physical (7), technological (8). A control's number therefore gives its theme at a glance: 6.3 is a people control, 8.15 a technological one.
q-theme-clauses-left-organisational = Organisational controls
q-theme-clauses-left-people = People controls
q-theme-clauses-left-physical = Physical controls
q-theme-clauses-left-technological = Technological controls
q-theme-clauses-right-clause-5 = Clause 5
q-theme-clauses-right-clause-6 = Clause 6
q-theme-clauses-right-clause-7 = Clause 7
q-theme-clauses-right-clause-8 = Clause 8

q-mapping = True or false: since each 2013 control corresponds to exactly one 2022 control, a 2013 Statement of Applicability could be moved to the 2022 edition simply by renumbering its lines.
q-mapping-explanation = False. The 2022 edition merged related controls, bringing 114 down to 93, and added controls with no predecessor. A single 2022 control may absorb several 2013 controls, so every line of the mapping had to be checked, and the new controls had to go through the risk assessment.

q-new-by-theme = How are the eleven controls that are new in the 2022 edition spread across the four themes?
q-new-by-theme-explanation = Three are organisational (5.7, 5.23, 5.30), one is physical (7.4) and seven are technological (8.9, 8.10, 8.11, 8.12, 8.16, 8.23, 8.28). None is a people control.
q-new-by-theme-option-split-3-0-1-7 = 3 organisational, no people, 1 physical, 7 technological
q-new-by-theme-option-split-3-0-1-7-feedback = Correct: 5.7, 5.23 and 5.30; 7.4; and seven controls in clause 8.
q-new-by-theme-option-split-3-1-1-6 = 3 organisational, 1 people, 1 physical, 6 technological
q-new-by-theme-option-split-3-1-1-6-feedback = No. None of the new controls is a people control; the technological theme gained seven.
q-new-by-theme-option-split-5-0-1-5 = 5 organisational, no people, 1 physical, 5 technological
q-new-by-theme-option-split-5-0-1-5-feedback = No. Only three are organisational (5.7, 5.23 and 5.30); most of the new controls are technological.
q-new-by-theme-option-split-2-1-2-6 = 2 organisational, 1 people, 2 physical, 6 technological
q-new-by-theme-option-split-2-1-2-6-feedback = No. The physical theme gained a single new control, 7.4 Physical security monitoring, and the people theme none.

q-multiple-values = True or false: in ISO/IEC 27002:2022, security awareness training is a people control, even when the security team designs it and delivers it entirely through an e-learning platform.
q-multiple-values-explanation = True. Awareness, education and training is control 6.3, in the people theme: it acts on individuals. Who designs it and the platform that delivers it do not change the theme, which follows what the control acts on.

q-capabilities-count = A supplier questionnaire asks you to confirm control A.18.1.4 of ISO/IEC 27001, without giving any year. In which year's edition of the standard does that numbering exist? Answer with the year.
q-capabilities-count-explanation = 2013. Only the 2013 editions had clauses 16, 17 and 18 (A.16 to A.18 in Annex A of ISO/IEC 27001:2013); the 2005 Annex A stopped at A.15 and the 2022 edition runs from 5 to 8. A.18.1.4 was privacy and protection of personally identifiable information, now 5.34.

q-new-not-missing = While moving to the 2022 edition, a firm notices that 8.23 Web filtering is a new control. Its web proxy has blocked known malicious sites for years. What is the sensible first step?
q-new-not-missing-explanation = New does not mean missing. The first task is to confirm, document and evidence what already exists; the control is then handled like any other, through the risk assessment and in the Statement of Applicability.
q-new-not-missing-option-confirm-existing = Confirm and document the existing filtering, gather evidence that it works, and take the control through the risk assessment and the Statement of Applicability
q-new-not-missing-option-confirm-existing-feedback = Correct. Existing practice may already meet the need; it still has to be shown and recorded.
q-new-not-missing-option-buy-new = Buy a dedicated web filtering product, since a new control calls for a new solution
q-new-not-missing-option-buy-new-feedback = No. A new control in the catalogue is not proof of a gap; the proxy may already do the job.
q-new-not-missing-option-skip-review = Nothing: since the practice already exists, the control need not appear in the risk assessment or the Statement of Applicability
q-new-not-missing-option-skip-review-feedback = No. Each new control had to be considered explicitly in the risk assessment and the Statement of Applicability, even where the practice already existed.
q-new-not-missing-option-exclude-new = Exclude it, since it did not exist when the ISMS was first certified
q-new-not-missing-option-exclude-new-feedback = No. An exclusion must rest on the absence of risks and obligations calling for the control; the control's age is no justification.
