title = New controls and attributes in the 2022 edition
overview = You will be able to name the eleven controls that are new in 2022 and to use the five attribute types to filter the catalogue and build views for different audiences.

explanation =
    Eleven of the 93 controls in the 2022 edition have no direct counterpart in 2013. They reflect practices that had become common since the previous edition: gathering threat intelligence, using cloud services, preparing ICT for continuity, monitoring premises and systems, managing configurations, deleting and masking data, preventing data leakage, filtering web access and coding securely. Three of them are organisational, one is physical and seven are technological; none is a people control.

    The edition also attaches attributes to every control. An attribute value is a label written with a leading hash sign, and the values are grouped into five types. Control type says whether a control prevents an incident, detects it or corrects its effects. Information security properties say which of confidentiality, integrity and availability the control preserves. Cybersecurity concepts place it in the identify, protect, detect, respond and recover cycle. Operational capabilities link it to an area of practitioner work, and security domains give a broader grouping into four domains.

    Each control follows the same layout: a table of its attribute values, the control itself (what it is), its purpose (why), guidance (how to implement it) and, where useful, other information. A control can carry several values of the same attribute type. Attributes are not a second set of requirements: they are a way of slicing the same catalogue so that each audience finds the controls that concern it.

practical-example =
    A security operations lead wants to check that her team's runbooks cover every control they should. She loads the catalogue and its attributes into a spreadsheet, filters on the cybersecurity concepts detect and respond, and then narrows the list to the security domain defence. The resulting shortlist becomes the agenda for a review with her team. Meanwhile the governance office builds its own view by filtering on the domain governance and ecosystem, and both teams work from the same control list.

block-eleven-new-heading = The eleven new controls
block-eleven-new-body =
    - 5.7 threat intelligence
    - 5.23 information security for use of cloud services
    - 5.30 ICT readiness for business continuity
    - 7.4 physical security monitoring
    - 8.9 configuration management
    - 8.10 information deletion
    - 8.11 data masking
    - 8.12 data leakage prevention
    - 8.16 monitoring activities
    - 8.23 web filtering
    - 8.28 secure coding

    New here means new as a control in its own right. Some of these topics were touched on inside older controls, but the 2022 edition gives each of them dedicated guidance. Organisations moving from the 2013 structure therefore had to consider every one of them explicitly, in their risk assessment and in their Statement of Applicability, even where the practice already existed.

block-five-types-heading = Five attribute types
block-five-types-body =
    Every control carries values of five attribute types:

    - control type: the values #Preventive, #Detective and #Corrective;
    - information security properties: the values #Confidentiality, #Integrity and #Availability;
    - cybersecurity concepts: the values #Identify, #Protect, #Detect, #Respond and #Recover;
    - operational capabilities: 15 values, among them #Governance, #Asset_management, #Identity_and_access_management, #Threat_and_vulnerability_management, #Continuity and #Supplier_relationships_security;
    - security domains: the values #Governance_and_Ecosystem, #Protection, #Defence and #Resilience.

    Some values sound alike across types. The value #Protect is a cybersecurity concept while #Protection is a security domain; #Governance is an operational capability while #Governance_and_Ecosystem is a domain.

block-filtering-heading = Filtering and viewing the catalogue
block-filtering-body =
    Attributes turn a fixed list into something a team can query. Typical views include:

    - every control tagged #Detective, to check that monitoring and alerting are covered;
    - every control tagged #Availability, for a resilience or continuity review;
    - the capability #Supplier_relationships_security, to prepare supplier assessments;
    - the concept #Identify, to see which controls support understanding of assets and risks.

    Views like these let each audience find its controls without rearranging the standard itself. Because attributes are only labels, an organisation can also add its own, for example to tag controls by business unit or by regulation, and filter on them in exactly the same way.

example-cloud-migration = A company moving its email to a cloud provider can now lean on a dedicated control, 5.23 information security for use of cloud services, instead of piecing guidance together from supplier and operations controls.
example-test-data = A development team that copies production data into a test environment applies 8.11 data masking, so that testers work with realistic records that no longer identify real customers.

callout-views-not-obligations-title = Attributes are views, not obligations
callout-views-not-obligations-body = Attributes add no requirement and do not change what a control asks of you. They let you sort and filter the same 93 controls so that each team sees its own share.
callout-new-not-missing-title = New does not mean missing
callout-new-not-missing-body = A control that is new in the catalogue is not proof of a gap. Many teams already filter web traffic or mask test data; the first task is to confirm, document and evidence what exists before planning new work.
callout-keep-labels-exact-title = Keep the labels exact
callout-keep-labels-exact-body = In spreadsheets and tools, write attribute values exactly as the standard does, hash sign and underscores included. Consistent labels keep filters reliable and let reports from different teams be combined.

prompt = Choose one of the eleven new controls that matters to your organisation. Describe how you would check whether it is already covered, who should own it, and which attribute values you would filter on to find the controls it works with.
prompt-guidance =
    A strong answer picks a control that fits the organisation's risks, for instance 8.12 data leakage prevention for a firm holding customer records. It explains how existing coverage would be checked (tools already in place, policies, logs or reports as evidence) and names an owner by role rather than by person.

    It then uses attributes sensibly: for data leakage, filtering on the property #Confidentiality, then on the concepts #Protect or #Detect, narrows the catalogue to the neighbouring controls, so that the new control is planned together with them rather than in isolation.

exercise = Match each attribute value with the attribute type it belongs to.
exercise-explanation = The value #Corrective is a control type, #Integrity an information security property, #Recover a cybersecurity concept, #Continuity an operational capability and #Resilience a security domain. Note how #Continuity, #Recover and #Resilience sound related yet belong to three different types.
exercise-left-corrective = The value #Corrective
exercise-left-integrity = The value #Integrity
exercise-left-recover = The value #Recover
exercise-left-continuity = The value #Continuity
exercise-left-resilience = The value #Resilience
exercise-right-control-type = Control type
exercise-right-properties = Information security properties
exercise-right-concepts = Cybersecurity concepts
exercise-right-capabilities = Operational capabilities
exercise-right-domains = Security domains
