title = How a control is laid out
summary = How ISO/IEC 27002:2022 is organised, how each control is presented from its attribute table to its other information, what Annex A of ISO/IEC 27001 keeps of it, and how the five attribute types are used to build views, map frameworks and add attributes of your own.

q-layout-order = You open ISO/IEC 27002:2022 at any control. Put its parts in the order in which they appear on the page.
q-layout-order-explanation = Every control follows the layout described in clause 4: number and title, then the attribute table, then the control statement (what), the purpose (why), the guidance (how) and finally other information. Placing the attribute table first gives the reader the classification before the text.
q-layout-order-item-title = Number and title
q-layout-order-item-attribute-table = Attribute table
q-layout-order-item-control = Control
q-layout-order-item-purpose = Purpose
q-layout-order-item-guidance = Guidance
q-layout-order-item-other-information = Other information

q-logging-number = An old Statement of Applicability has a row for control 12.4.1 Event logging from the 2013 edition. Under which control number does the 2022 edition deal with this topic?
q-logging-number-explanation = 8.15 Logging. Annex B of ISO/IEC 27002:2022 shows that 8.15 brings together three 2013 controls: 12.4.1 event logging, 12.4.2 protection of log information and 12.4.3 administrator and operator logs. Clock synchronisation, 12.4.4 in 2013, became 8.17.

q-document-parts = ISO/IEC 27001 and ISO/IEC 27002 both have an Annex A, which causes frequent confusion. Match each part of the two standards with what it contains.
q-document-parts-explanation = Clause 4 of ISO/IEC 27002 explains its structure, themes, attributes and control layout. Its Annex A is about using attributes, with the matrix of values for all 93 controls; its Annex B maps the 2022 and 2013 numbering. Annex A of ISO/IEC 27001 is the normative reference list of controls, each with its title and control statement.
q-document-parts-left-clause-4 = Clause 4 of ISO/IEC 27002
q-document-parts-left-annex-a-27002 = Annex A of ISO/IEC 27002
q-document-parts-left-annex-b-27002 = Annex B of ISO/IEC 27002
q-document-parts-left-annex-a-27001 = Annex A of ISO/IEC 27001
q-document-parts-right-layout-explained = How the document is organised: themes, attribute types and the layout of each control
q-document-parts-right-attribute-matrix = A matrix giving the attribute values of every control, with an example of a filtered view
q-document-parts-right-correspondence = Tables linking the 2022 control numbers to those of 2013, in both directions
q-document-parts-right-reference-list = The reference list of controls, each with its title and control statement

q-guidance-departure = During an internal audit, a colleague notes that your logging standard does not adopt one of the recommendations in the guidance of 8.15, because the team judged it irrelevant to your systems. What is the correct position?
q-guidance-departure-explanation = The guidance of ISO/IEC 27002 is a set of recommendations, not requirements. Not following one of them is not a nonconformity in itself: what counts is that the control meets its purpose for your risks, and that the choice is reasoned and recorded so the team can explain it.
q-guidance-departure-option-explain-choice = No nonconformity in itself, provided the control still achieves its purpose and the reason for the choice is recorded
q-guidance-departure-option-explain-choice-feedback = Correct: guidance is adapted to the organisation's risks, and a documented reason is what an auditor will look for.
q-guidance-departure-option-major-nc = A major nonconformity, because every recommendation of ISO/IEC 27002 must be applied
q-guidance-departure-option-major-nc-feedback = No: ISO/IEC 27002 is guidance and cannot be certified against; its recommendations are not audit criteria in themselves.
q-guidance-departure-option-minor-nc = A minor nonconformity, because "should" in ISO/IEC 27002 becomes binding once an organisation is certified
q-guidance-departure-option-minor-nc-feedback = No: certification rests on ISO/IEC 27001; the word "should" in ISO/IEC 27002 remains a recommendation for certified and uncertified organisations alike.
q-guidance-departure-option-exclude-control = Control 8.15 must now be marked as excluded in the Statement of Applicability
q-guidance-departure-option-exclude-control-feedback = No: the control is still applied; only one recommendation of its guidance was adapted, which does not amount to an exclusion.

q-effectiveness-source = A team wants to test whether its control actually achieves what it is for, not just whether it exists. Which part of the control in ISO/IEC 27002 is the natural starting point for defining that test?
q-effectiveness-source-explanation = The purpose states why the control exists, so it defines what "effective" means: for logging, for instance, whether the logs would support detecting and investigating an incident. The guidance describes ways to get there, and the attribute table classifies the control without saying what it must achieve.
q-effectiveness-source-option-purpose = The purpose
q-effectiveness-source-option-purpose-feedback = Correct: the purpose gives the intended outcome, which is what an effectiveness test checks.
q-effectiveness-source-option-attribute-table = The attribute table
q-effectiveness-source-option-attribute-table-feedback = Not quite: values such as #Detective tell you what kind of control it is, not the result it must deliver.
q-effectiveness-source-option-guidance = The guidance
q-effectiveness-source-option-guidance-feedback = Not the best start: guidance describes how the control is commonly implemented; checking that you followed it tests conformity with a method, not whether the aim is met.
q-effectiveness-source-option-other-information = Other information
q-effectiveness-source-option-other-information-feedback = No: other information adds context and references, and its content varies greatly from one control to another.

q-shall-should = A consultant observes that Annex A of ISO/IEC 27001 words each control statement with "shall", while ISO/IEC 27002 words the same statement with "should". What follows from this?
q-shall-should-explanation = The Annex A statement applies as a requirement to the controls the organisation has determined necessary in its risk treatment; others may be excluded with a justification in the Statement of Applicability. ISO/IEC 27002 describes the same control, with the same number, as guidance, and its purpose and guidance never become requirements in their own right.
q-shall-should-option-binds-when-selected = The Annex A statement is binding for the controls the organisation has determined to be necessary, while ISO/IEC 27002 remains guidance
q-shall-should-option-binds-when-selected-feedback = Correct: "shall" bites through risk treatment, for the controls selected; exclusions remain possible with a justification.
q-shall-should-option-all-mandatory = Every Annex A control is mandatory, and the 2022 editions no longer allow exclusions
q-shall-should-option-all-mandatory-feedback = No: a control can still be excluded where no risk and no legal, contractual or regulatory obligation calls for it, with a justification.
q-shall-should-option-different-controls = The two standards describe different controls that happen to share the same numbers
q-shall-should-option-different-controls-feedback = No: the numbers, titles and statements match; only the verb and the depth of content differ.
q-shall-should-option-guidance-binding = The guidance of ISO/IEC 27002 becomes binding too, as it explains what "shall" means
q-shall-should-option-guidance-binding-feedback = No: the guidance helps implement the statement but is never an audit requirement in itself.

q-number-theme = True or false: in ISO/IEC 27002:2022, the number 6.8 is enough to tell you that the control belongs to the people theme.
q-number-theme-explanation = True. Numbers have two levels: the clause, which is the theme (5 organisational, 6 people, 7 physical, 8 technological), then the control's position within it. 6.8 is the eighth people control, information security event reporting.

q-control-objectives = True or false: like the 2013 edition, ISO/IEC 27002:2022 groups its controls under control objectives that state what each group is meant to achieve.
q-control-objectives-explanation = False. The 2022 edition dropped control objectives and the three-level numbering that went with them. Each control now carries its own purpose, and controls are grouped only by theme.

q-capability-count = How many values does the attribute type "operational capabilities" have in ISO/IEC 27002:2022? Answer with a number.
q-capability-count-explanation = Fifteen, from #Governance and #Asset_management to #Information_security_event_management and #Information_security_assurance. The other types have fewer: three control types, three properties, five cybersecurity concepts and four security domains.

q-framework-bridge = Your parent company asks for your controls presented by the functions of the NIST Cybersecurity Framework. Which attribute type gives you the most direct starting point?
q-framework-bridge-explanation = Cybersecurity concepts (#Identify, #Protect, #Detect, #Respond, #Recover) come from ISO/IEC TS 27110 and carry the same names as the five functions of version 1.1 of the NIST framework. Security domains and control types sound related but group controls differently.
q-framework-bridge-option-concepts = Cybersecurity concepts
q-framework-bridge-option-concepts-feedback = Correct: the five concepts line up by name with the framework's five original functions.
q-framework-bridge-option-domains = Security domains
q-framework-bridge-option-domains-feedback = No: #Protection and #Defence sound like framework functions, but the four domains are broader groupings and do not line up one to one.
q-framework-bridge-option-control-type = Control type
q-framework-bridge-option-control-type-feedback = No: #Detective resembles the Detect function, but there are only three control types and they say when a control acts, not which function it serves.
q-framework-bridge-option-capabilities = Operational capabilities
q-framework-bridge-option-capabilities-feedback = No: the fifteen capabilities describe areas of practitioner work, which is helpful for assigning owners but not a match for the framework's functions.

q-govern-concept = True or false: the cybersecurity concepts attribute includes a #Govern value, so the Govern function of NIST Cybersecurity Framework 2.0 can be mapped directly.
q-govern-concept-explanation = False. There are five cybersecurity concepts: #Identify, #Protect, #Detect, #Respond and #Recover. Govern was added as a sixth function in version 2.0 of the NIST framework, in 2024; to cover it, teams usually draw on the #Governance capability or the #Governance_and_Ecosystem domain and document that mapping as their own.

q-detective-filter = A security operations lead filters the attribute matrix on #Detective. Sort these controls according to whether they appear in his view.
q-detective-filter-explanation = 7.4 Physical security monitoring, 5.25 Assessment and decision on information security events, 8.12 Data leakage prevention and 8.7 Protection against malware all carry #Detective, some alongside other types. 8.8 Management of technical vulnerabilities and 8.23 Web filtering are #Preventive only, and 5.24 Information security incident management planning and preparation and 5.26 Response to information security incidents are #Corrective: they act once an incident has been detected.
q-detective-filter-category-detective = Tagged #Detective
q-detective-filter-category-not-detective = Not tagged #Detective
q-detective-filter-item-physical-monitoring = 7.4 Physical security monitoring
q-detective-filter-item-event-assessment = 5.25 Assessment and decision on information security events
q-detective-filter-item-leakage-prevention = 8.12 Data leakage prevention
q-detective-filter-item-malware = 8.7 Protection against malware
q-detective-filter-item-vulnerabilities = 8.8 Management of technical vulnerabilities
q-detective-filter-item-incident-planning = 5.24 Information security incident management planning and preparation
q-detective-filter-item-incident-response = 5.26 Response to information security incidents
q-detective-filter-item-web-filtering = 8.23 Web filtering

q-view-for-audience = Several audiences ask you for a view of the controls. Match each request with the attribute value that best answers it.
q-view-for-audience-explanation = The data protection officer's concern is secrecy, a property (#Confidentiality); the team managing accounts works in a capability (#Identity_and_access_management); handling an incident under way is the #Respond concept; controls acting before anything goes wrong are of control type #Preventive; and keeping operations going through a crisis is the security domain #Resilience.
q-view-for-audience-left-dpo = A data protection officer wants the controls that keep personal data secret
q-view-for-audience-left-identity-team = The team that creates, changes and removes staff accounts wants the controls it should own
q-view-for-audience-left-response-team = The on-call team that contains and investigates attacks in progress wants the controls it applies once an incident is under way
q-view-for-audience-left-audit-committee = The audit committee wants the controls meant to stop incidents before they occur
q-view-for-audience-left-crisis-committee = The crisis committee wants the controls that keep the organisation operating through a major disruption
q-view-for-audience-right-confidentiality = #Confidentiality
q-view-for-audience-right-iam = #Identity_and_access_management
q-view-for-audience-right-respond = #Respond
q-view-for-audience-right-preventive = #Preventive
q-view-for-audience-right-resilience = #Resilience

q-own-attributes = An organisation wants to add attributes of its own to the ISO/IEC 27002 attribute matrix. Which of these uses are sound? Select all that apply.
q-own-attributes-explanation = Annex A of ISO/IEC 27002 presents its five attribute types as examples and leaves organisations free to set them aside or to create their own attributes, for instance a regulation tag, an owner and status, or a business unit. Attributes remain labels: they never replace the justification of an exclusion in the Statement of Applicability, and nobody outside the organisation has to approve them.
q-own-attributes-option-regulation-tag = A tag showing which controls a regulation such as NIS 2 or DORA also expects
q-own-attributes-option-regulation-tag-feedback = Sound: one matrix then serves the ISMS and regulatory reporting.
q-own-attributes-option-status-owner = Columns for the owner and the implementation status of each control
q-own-attributes-option-status-owner-feedback = Sound: the matrix doubles as a tracking tool.
q-own-attributes-option-business-unit = A column for the business units or sites where each control applies
q-own-attributes-option-business-unit-feedback = Sound: useful for organisations with several scopes.
q-own-attributes-option-replace-soa = A "not applicable" tag that replaces the exclusion justifications in the Statement of Applicability
q-own-attributes-option-replace-soa-feedback = Not sound: an exclusion still needs a justification showing that no risk and no obligation calls for the control.
q-own-attributes-option-register-with-cb = Attributes that must first be approved by the certification body
q-own-attributes-option-register-with-cb-feedback = Not so: attributes are an internal way of viewing the controls; no approval is needed.

q-one-value-each = True or false: in ISO/IEC 27002:2022, each control carries exactly one value of each attribute type.
q-one-value-each-explanation = False. A control may carry several values of a type: most controls carry all three information security properties, 8.15 Logging sits in two security domains, and 5.7 Threat intelligence carries all three control types. Filters must therefore test whether a value is present, not whether it is the only one.

q-backup-type = Which control type does 8.13 Information backup carry in ISO/IEC 27002:2022?
q-backup-type-explanation = #Corrective: a backup is used after data or systems have been lost or damaged, to restore them, and its cybersecurity concept is accordingly #Recover. It does not stop the loss from happening, which is why it is not tagged #Preventive.
q-backup-type-option-corrective = #Corrective
q-backup-type-option-corrective-feedback = Correct: backups act after the damage, by making restoration possible.
q-backup-type-option-preventive = #Preventive
q-backup-type-option-preventive-feedback = Tempting, but no: a backup does not prevent data from being lost; it lets you recover once it has been.
q-backup-type-option-detective = #Detective
q-backup-type-option-detective-feedback = No: taking copies does not reveal an incident while it happens.
q-backup-type-option-recover = #Recover
q-backup-type-option-recover-feedback = Close, but #Recover is a cybersecurity concept, not a control type; 8.13 does carry it, in the other column.

q-logging-tags = Which of these attribute values does 8.15 Logging carry in ISO/IEC 27002:2022? Select all that apply.
q-logging-tags-explanation = 8.15 Logging carries #Detective as control type, #Detect as cybersecurity concept and #Information_security_event_management as operational capability, along with all three properties and the domains #Protection and #Defence. #Respond belongs to its neighbour 8.16 Monitoring activities, and logging is neither #Preventive nor in the #Resilience domain.
q-logging-tags-option-detective = #Detective
q-logging-tags-option-detective-feedback = Correct: logs reveal events rather than stopping them.
q-logging-tags-option-detect = #Detect
q-logging-tags-option-detect-feedback = Correct: the control sits in the detect concept.
q-logging-tags-option-event-management = #Information_security_event_management
q-logging-tags-option-event-management-feedback = Correct: this is its single operational capability.
q-logging-tags-option-preventive = #Preventive
q-logging-tags-option-preventive-feedback = No: logging does not stop an incident; prevention comes from other controls.
q-logging-tags-option-respond = #Respond
q-logging-tags-option-respond-feedback = No: #Respond is carried by 8.16 Monitoring activities, not by 8.15.
q-logging-tags-option-resilience = #Resilience
q-logging-tags-option-resilience-feedback = No: 8.15 sits in the #Protection and #Defence domains.
