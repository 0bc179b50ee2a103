title = How a control is presented in ISO/IEC 27002
overview = You will be able to find your way around ISO/IEC 27002:2022 and read any control end to end, knowing what each part of its layout is for and which parts also appear in Annex A of ISO/IEC 27001.

explanation =
    ISO/IEC 27002:2022 is built to be consulted, not read cover to cover. Clause 4 explains how the rest of the document works: how the clauses are organised, what themes and attributes are, and how every control is laid out. Clauses 5 to 8 hold the 93 controls, one clause per theme, and two informative annexes close the document: Annex A on using attributes and Annex B on the correspondence with the 2013 edition.

    Control numbers have two levels: the clause, and therefore the theme, then the position of the control within it. 8.15 is the fifteenth control of clause 8, the technological theme. In 2013 there were three levels (clause, control objective, control), and event logging was 12.4.1; the 2022 edition dropped control objectives, and each control now states its own purpose. Annex A of ISO/IEC 27001:2022 uses the same numbers, often written A.8.15, so a reference in a Statement of Applicability points to the same control in both documents.

    Every control follows one layout: number and title, a small table of attribute values, then four headed parts. The control states what the control is; the purpose, why it exists; the guidance, how it is commonly implemented, sometimes over several pages; other information, the most variable part, adds context such as related topics or standards.

    Annex A of ISO/IEC 27001 carries only the number, the title and the control statement. There the statement is worded as a requirement, with "shall", whereas ISO/IEC 27002 words it as a recommendation, with "should". The Annex A statement binds an organisation only for the controls it has determined to be necessary in its risk treatment. Purpose, guidance and attributes never become requirements in their own right, but they are what makes a one-sentence statement possible to implement, to own and to audit.

practical-example =
    Before a surveillance audit, a newly hired analyst at a mid-sized insurer prepares the logging part of the ISMS. She reads 8.15 Logging part by part, with a short note for each: what the insurer does, where the evidence is, and where it departs from the guidance and why. The attribute table alone changes her plan: a detective control in the defence domain means the security operations lead must be involved, not only the infrastructure team.

    Opening Annex B, she sees that 8.15 gathers three 2013 controls, 12.4.1 event logging, 12.4.2 protection of log information and 12.4.3 administrator and operator logs, so she merges three rows of the old Statement of Applicability into one.

block-document-map-heading = Finding your way: clause 4 and the two annexes
block-document-map-body =
    Knowing the skeleton saves time at every look-up.

    - Introduction and clauses 1 to 3: background, scope, an empty list of normative references, then terms and abbreviations.
    - Clause 4, the structure of the document: the organisation of clauses 5 to 8, the theme rule, the attribute types and the layout shared by all controls.
    - Clauses 5 to 8: the controls, organisational (37), people (8), physical (14) and technological (34).
    - Annex A: using attributes, with a matrix of all 93 controls and their values, and an example of a filtered view.
    - Annex B: correspondence tables between the 2022 and 2013 numbering, in both directions.

    Clause 4 takes minutes to read and prevents most misreadings. The theme rule is stated there: people if a control concerns individuals, physical if it concerns physical objects, technological if it concerns technology, organisational otherwise.

block-control-layout-heading = Six parts, always in the same order
block-control-layout-body =
    Each part answers a different question, and a practitioner uses each for a different job.

    - Number and title: which control. The reference used everywhere, from the Statement of Applicability to audit findings.
    - Attribute table: how it is classified. A quick way to see who is concerned and which controls sit next to it.
    - Control: what it is. The statement fixes the scope you will have to cover.
    - Purpose: why it exists. The outcome you will measure.
    - Guidance: how it is usually done. Questions and options to adapt to your risks.
    - Other information: what else is worth knowing, such as related subjects or documents.

block-reading-8-15-heading = Reading 8.15 Logging end to end
block-reading-8-15-body =
    Read 8.15 Logging as an implementer would, noting a decision at each step.

    - Attribute table: #Detective, the three properties, #Detect, #Information_security_event_management, and the domains #Protection and #Defence. Logging reveals what happened rather than stopping it, so prevention must come from other controls.
    - Control: it covers the whole life of logs, so switching logging on is only part of what you must show.
    - Purpose: evidence, trustworthy records, detection and investigation. These become your success criteria.
    - Guidance: which events and details to record, how to protect logs, including from privileged users, and how to analyse them. Each point is adopted, adapted or set aside, with a reason.
    - Other information: context for your file and pointers to further reading.

    Then follow the neighbours this leads to: 8.16 Monitoring activities, 8.17 Clock synchronization and 5.28 Collection of evidence. A logging design that ignores them rarely survives its first incident.

block-annex-a-link-heading = What Annex A of ISO/IEC 27001 keeps, and what it leaves out
block-annex-a-link-body =
    Annex A of ISO/IEC 27001 is normative: the reference list against which an organisation compares the controls it has chosen, so that none necessary is overlooked. It keeps the number, title and statement, and nothing else.

    What you are audited against is therefore the statement as it applies to you, the ISO/IEC 27001 clauses on risk treatment and the rules you have documented yourself. A departure from ISO/IEC 27002 guidance is not in itself a nonconformity: an auditor expects a control that achieves its purpose for your risks, and a team able to explain its choices.

example-supplier-5-19 = A procurement lead reads 5.19 Information security in supplier relationships the same way. Its table shows #Preventive, #Identify and #Supplier_relationships_security: the control is about setting the rules before suppliers are engaged, while following their service afterwards is the subject of 5.22. The guidance becomes the checklist of her onboarding procedure.
example-small-and-large = A twenty-person agency reads the control and the purpose, skims the guidance, then writes three lines per control; a bank writes an internal standard per control, with a section per guidance topic. Both read the same layout.

callout-purpose-as-test-title = Use the purpose as your effectiveness test
callout-purpose-as-test-body = ISO/IEC 27001 expects you to monitor and measure your security processes and controls and to evaluate the effectiveness of your ISMS. The purpose tells you what effective means for each control: write it down as a question, for example "could we reconstruct last month's administrator actions from our logs?", and test it.
callout-guidance-not-checklist-title = Guidance is not a checklist to copy
callout-guidance-not-checklist-body = Copying every "should" of the guidance into your policy as a "must" creates requirements that you will then fail against, and an auditor will check your own documented rules. Select and adapt the guidance that fits your risks, and record where and why you departed from it.

prompt = Choose a control that matters in your work, other than 8.15. Read it in the order of its layout and write one line per part: what the attribute table, the control, the purpose, the guidance and the other information each tell you. Then name one guidance point you would not adopt as written, and the reason you would record.
prompt-guidance =
    Take 8.13 Information backup as a model. The attribute table shows #Corrective, #Integrity and #Availability, #Recover, #Continuity and #Protection: backups act after something has gone wrong. The control centres on keeping copies and proving they can be restored; the purpose is recovering from lost data or systems; the guidance covers topics such as scope, frequency, storage of copies and restore tests.

    A sound departure: a firm running only software-as-a-service relies on its providers' backups plus regular exports of critical data. The recorded reason cites the contracts and a successful restore test, which shows the purpose is met.

exercise = For a given control, where would a reader find each of the following? Sort each item into the right place.
exercise-explanation = Annex A of ISO/IEC 27001 and ISO/IEC 27002 share the number, title and control statement; only ISO/IEC 27002 adds attributes, purpose and guidance. Retention periods, review owners and exclusion justifications are the organisation's own decisions, recorded in its documents and its Statement of Applicability.
exercise-category-both = In Annex A of ISO/IEC 27001 and in ISO/IEC 27002
exercise-category-only-27002 = Only in ISO/IEC 27002
exercise-category-neither = In neither: the organisation decides
exercise-item-number-title = The number and title "8.15 Logging"
exercise-item-statement = A one-sentence statement of what the control is
exercise-item-attribute-values = The values #Detective and #Detect
exercise-item-purpose = Why the control exists
exercise-item-suggested-fields = Suggested events and details to record in logs
exercise-item-retention-period = How long the firewall logs are kept
exercise-item-review-owner = The role that reviews security alerts each morning
exercise-item-exclusion-reason = The justification for excluding a control

figure-control-anatomy-caption = The six parts of a control in ISO/IEC 27002:2022, and the two that Annex A of ISO/IEC 27001 repeats
figure-control-anatomy-description =
    On the left, the parts of one control of ISO/IEC 27002:2022, in the order they appear, each with the question it answers:

    - number and title: which control?
    - attribute table: how is it classified?
    - control: what is it?
    - purpose: why does it exist?
    - guidance: how is it usually done?
    - other information: what else is worth knowing?

    On the right, Annex A of ISO/IEC 27001:2022. Arrows link the number and title, and the control, to the same number and title and to the control statement in Annex A, where the statement is worded with "shall". Annex A has no attribute table, purpose, guidance or other information; in the figure those four parts are marked as found only in ISO/IEC 27002.
figure-control-anatomy-label-head-27002 = ISO/IEC 27002:2022, one control
figure-control-anatomy-label-head-27001 = ISO/IEC 27001:2022, Annex A
figure-control-anatomy-label-part-title = Number and title
figure-control-anatomy-label-q-title = Which control?
figure-control-anatomy-label-part-attributes = Attribute table
figure-control-anatomy-label-q-attributes = How is it classified?
figure-control-anatomy-label-part-control = Control
figure-control-anatomy-label-q-control = What is it?
figure-control-anatomy-label-part-purpose = Purpose
figure-control-anatomy-label-q-purpose = Why does it exist?
figure-control-anatomy-label-part-guidance = Guidance
figure-control-anatomy-label-q-guidance = How is it usually done?
figure-control-anatomy-label-part-other = Other information
figure-control-anatomy-label-q-other = What else is worth knowing?
figure-control-anatomy-label-a27001-title = Same number and title
figure-control-anatomy-label-a27001-statement = Control statement, worded with "shall"
figure-control-anatomy-label-a27001-absent = No attribute table, purpose, guidance or other information
figure-control-anatomy-label-legend-shared = Also in Annex A of ISO/IEC 27001
figure-control-anatomy-label-legend-only = Only in ISO/IEC 27002
