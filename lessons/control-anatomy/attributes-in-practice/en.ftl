title = Attributes in practice: building your own views of the controls
overview = You will be able to use the five attribute types and their values, including all fifteen operational capabilities, to filter the 93 controls, map them to another framework such as the NIST Cybersecurity Framework, and add attributes of your own.

explanation =
    The four themes of ISO/IEC 27002:2022 sort controls by what they act on: people, physical objects, technology, or the organisation as a whole. That grouping is useful, but a security operations centre, a board or a procurement team each need another. Attributes provide those other groupings. Every control carries an attribute table whose values are written as hashtags, such as #Detective or #Continuity, so the catalogue can be filtered like a database.

    Clause 4 introduces five attribute types. Control type says when a control acts relative to an incident. Information security properties say which of confidentiality, integrity and availability it helps preserve. Cybersecurity concepts place it in the identify, protect, detect, respond and recover cycle taken from ISO/IEC TS 27110. Operational capabilities describe it as practitioners see it, by the kind of work involved. Security domains gather controls into four broad areas: governance and ecosystem, protection, defence and resilience.

    A control can carry several values of one type, and many carry all three properties. The values are the standard's general view, and some are less intuitive than they look: 8.8 Management of technical vulnerabilities is tagged #Preventive only, even though scanning sounds like detection. Read them in the table rather than guessing.

    Annex A of ISO/IEC 27002 brings all 93 controls together in one matrix with their values, gives an example of a view filtered on one value, and suggests keeping the matrix in a spreadsheet or database where an organisation can add its own guidance and attributes. The five types are presented as examples: an organisation may add others, or set the proposed ones aside.

    Attributes change nothing about what a control asks. Controls are still selected through risk assessment and recorded in the Statement of Applicability; attributes add speed and consistency to coverage checks, framework mapping, ownership and reporting.

practical-example =
    The governance, risk and compliance analyst of a European payment institution owned by a US group reports both to a European regulator and to a parent company that follows the NIST Cybersecurity Framework. She builds a master table with one row per control, the five attribute columns from Annex A, and three columns of her own: owner, implementation status and the regulations that also expect the control.

    Filtering on #Detective gives the security operations lead the controls he must be ready to evidence. Grouping by cybersecurity concept gives the parent company its view by framework function, and filtering on the regulation column prepares the regulator's questionnaire. When a control changes owner, one cell changes and every view follows.

block-five-types-heading = Five attribute types and their values
block-five-types-body =
    Each type answers a different question about a control.

    - Control type, or when it acts: #Preventive, before an incident; #Detective, while one is happening; #Corrective, once it has happened.
    - Information security properties, or what it preserves: #Confidentiality, #Integrity, #Availability.
    - Cybersecurity concepts, or where it sits in the cycle: #Identify, #Protect, #Detect, #Respond, #Recover.
    - Operational capabilities, or who does the work: fifteen values, listed in the next block.
    - Security domains, or which broad area it serves: #Governance_and_Ecosystem, #Protection, #Defence, #Resilience.

    The figure shows 8.15 Logging tagged across the five types: one control type, all three properties, one concept, one capability and two domains, a typical profile for a control that reveals events and preserves evidence.

block-capabilities-heading = The fifteen operational capabilities
block-capabilities-body =
    Operational capabilities are the values closest to how security work is organised, which makes them the natural starting point for assigning owners.

    - #Governance: direction, roles, policies and management oversight.
    - #Asset_management: knowing, handling and returning information and equipment.
    - #Information_protection: classification, labelling, transfer, masking and deletion of information.
    - #Human_resource_security: the employment life cycle, from screening and awareness training to departure.
    - #Physical_security: sites, rooms, equipment and media.
    - #System_and_network_security: hosts, networks, malware defences.
    - #Application_security: building and changing software securely.
    - #Secure_configuration: hardening, configuration baselines, cryptography settings.
    - #Identity_and_access_management: identities, authentication and access rights.
    - #Threat_and_vulnerability_management: threat intelligence and technical weaknesses.
    - #Continuity: backups, redundancy, capacity and readiness for disruption.
    - #Supplier_relationships_security: suppliers, contracts, cloud services.
    - #Legal_and_compliance: laws, contracts, records, privacy, intellectual property.
    - #Information_security_event_management: logging, monitoring, reporting and handling incidents.
    - #Information_security_assurance: reviews and checks that controls work as intended.

block-annex-a-views-heading = Annex A of ISO/IEC 27002: from a matrix to views
block-annex-a-views-body =
    Annex A of ISO/IEC 27002, not to be confused with Annex A of ISO/IEC 27001, turns attributes into a working tool. Its main table lists every control with its values for the five types; a second table shows the same columns filtered on one value.

    To build your own views, load the matrix into a spreadsheet or database, one row per control and one column per type, splitting multiple values so each can be filtered. Then query it:

    - #Detective, to check that detection is covered across themes and owners;
    - #Availability with #Continuity, to prepare a continuity review;
    - each cybersecurity concept in turn, to present the controls by NIST Cybersecurity Framework function;
    - one capability, to hand a team the controls it should own.

    Combining filters is where the value lies: one value often returns dozens of controls, two return a list a team can act on.

block-own-attributes-heading = Attributes of your own
block-own-attributes-body =
    Attributes are only labels, so an organisation can define its own and filter on them the same way. Useful examples:

    - owner and implementation status, so that the matrix doubles as a tracking tool;
    - the regulations or contracts that also call for the control, such as NIS 2, DORA or a client's security schedule;
    - business unit, site or type of asset, for organisations with several scopes;
    - maturity level or priority, to plan improvement.

    Keep a short data dictionary defining each attribute and its allowed values, and keep the standard's values unchanged in their own columns so your views stay comparable with auditors' tools. An attribute of your own never replaces a justification in the Statement of Applicability.

example-detective-view = A security operations lead filters the matrix on #Detective. Alongside 8.15 Logging and 8.16 Monitoring activities, he finds 6.8 Information security event reporting, a people control: detection also relies on staff reporting what they notice, not only on tools.
example-nist-mapping = Asked for a NIST Cybersecurity Framework view, a team groups the controls by cybersecurity concept, whose five values share their names with the five functions of version 1.1. Version 2.0 added Govern, which no concept matches, so the team maps it through the #Governance capability and says so in its report.
example-small-firm = A fifteen-person software firm uses only two views: by operational capability, to share ownership among its few managers, and by information security property, because its customers care above all about the confidentiality of their data.

callout-tag-is-not-coverage-title = A tag is not a coverage claim
callout-tag-is-not-coverage-body = Filtering on #Detective lists the controls able to detect, not whether yours do. A view tells you where to look; only evidence, such as alerts raised, reviews done or incidents handled, shows that a control works.
callout-check-dont-guess-title = Check the table, do not guess
callout-check-dont-guess-body = Values are not always what the name suggests. 8.13 Information backup is #Corrective and #Recover, yet its domain is #Protection, not #Resilience. Copy values from the standard's table into your tools instead of inferring them, or your filters will quietly miss controls.

prompt = Pick one audience in your organisation, such as the board, the security operations team, procurement or the data protection officer. Design a view of the controls for it: which attribute values you would filter on, which attribute of your own you would add, and which decision the view would help that audience take.
prompt-guidance =
    A strong answer starts from the audience's decision, not from the attributes. For a data protection officer preparing a privacy review, a useful view combines the property #Confidentiality with the capabilities #Information_protection and #Legal_and_compliance, bringing together controls such as 5.34 Privacy and protection of PII, 8.10 Information deletion and 8.11 Data masking.

    An attribute of one's own makes the view actionable: here, a column marking the controls that apply to personal data processing, with their owners. The decision supported might be where to focus the next internal audit. Good answers also say what the view cannot show, whether the controls work, and which evidence would answer that.

exercise = Match each control with the operational capability it carries in ISO/IEC 27002:2022. The capability is not always the word you see in the title.
exercise-explanation = Each of these controls carries a single operational capability. 5.23 counts as supplier security, since a cloud provider is a supplier; 8.8 belongs to threat and vulnerability management; 8.24 is filed under secure configuration, because cryptography is largely a matter of rules and settings; 6.3 belongs to human resource security, like everything in the employment life cycle; 5.35 is assurance that security works as intended; and 5.32 is a legal and compliance matter. Notice how the capability names the kind of team that would usually run the control.
exercise-left-supplier = 5.23 Information security for use of cloud services
exercise-left-vulnerabilities = 8.8 Management of technical vulnerabilities
exercise-left-configuration = 8.24 Use of cryptography
exercise-left-screening = 6.3 Information security awareness, education and training
exercise-left-independent-review = 5.35 Independent review of information security
exercise-left-legal-requirements = 5.32 Intellectual property rights
exercise-right-supplier-security = #Supplier_relationships_security
exercise-right-threat-vulnerability = #Threat_and_vulnerability_management
exercise-right-secure-configuration = #Secure_configuration
exercise-right-human-resource = #Human_resource_security
exercise-right-assurance = #Information_security_assurance
exercise-right-legal-compliance = #Legal_and_compliance

figure-attribute-views-caption = The five attribute types and their values, with the values carried by 8.15 Logging highlighted
figure-attribute-views-description =
    The figure shows the five attribute types of ISO/IEC 27002:2022 as five rows, each with all its values. The values carried by control 8.15 Logging are highlighted.

    - Control type: #Preventive, #Detective, #Corrective. 8.15 carries #Detective.
    - Information security properties: #Confidentiality, #Integrity, #Availability. 8.15 carries all three.
    - Cybersecurity concepts: #Identify, #Protect, #Detect, #Respond, #Recover. 8.15 carries #Detect.
    - Operational capabilities: #Governance, #Asset_management, #Information_protection, #Human_resource_security, #Physical_security, #System_and_network_security, #Application_security, #Secure_configuration, #Identity_and_access_management, #Threat_and_vulnerability_management, #Continuity, #Supplier_relationships_security, #Legal_and_compliance, #Information_security_event_management, #Information_security_assurance. 8.15 carries #Information_security_event_management.
    - Security domains: #Governance_and_Ecosystem, #Protection, #Defence, #Resilience. 8.15 carries #Protection and #Defence.
figure-attribute-views-label-control = 8.15 Logging
figure-attribute-views-label-type-control = Control type
figure-attribute-views-label-type-properties = Information security properties
figure-attribute-views-label-type-concepts = Cybersecurity concepts
figure-attribute-views-label-type-capabilities = Operational capabilities
figure-attribute-views-label-type-domains = Security domains
figure-attribute-views-label-preventive = #Preventive
figure-attribute-views-label-detective = #Detective
figure-attribute-views-label-corrective = #Corrective
figure-attribute-views-label-confidentiality = #Confidentiality
figure-attribute-views-label-integrity = #Integrity
figure-attribute-views-label-availability = #Availability
figure-attribute-views-label-identify = #Identify
figure-attribute-views-label-protect = #Protect
figure-attribute-views-label-detect = #Detect
figure-attribute-views-label-respond = #Respond
figure-attribute-views-label-recover = #Recover
figure-attribute-views-label-cap-governance = #Governance
figure-attribute-views-label-cap-asset-management = #Asset_management
figure-attribute-views-label-cap-information-protection = #Information_protection
figure-attribute-views-label-cap-human-resource-security = #Human_resource_security
figure-attribute-views-label-cap-physical-security = #Physical_security
figure-attribute-views-label-cap-system-and-network-security = #System_and_network_security
figure-attribute-views-label-cap-application-security = #Application_security
figure-attribute-views-label-cap-secure-configuration = #Secure_configuration
figure-attribute-views-label-cap-identity-and-access-management = #Identity_and_access_management
figure-attribute-views-label-cap-threat-and-vulnerability-management = #Threat_and_vulnerability_management
figure-attribute-views-label-cap-continuity = #Continuity
figure-attribute-views-label-cap-supplier-relationships-security = #Supplier_relationships_security
figure-attribute-views-label-cap-legal-and-compliance = #Legal_and_compliance
figure-attribute-views-label-cap-information-security-event-management = #Information_security_event_management
figure-attribute-views-label-cap-information-security-assurance = #Information_security_assurance
figure-attribute-views-label-dom-governance-and-ecosystem = #Governance_and_Ecosystem
figure-attribute-views-label-dom-protection = #Protection
figure-attribute-views-label-dom-defence = #Defence
figure-attribute-views-label-dom-resilience = #Resilience
figure-attribute-views-label-legend-carried = Value carried by 8.15 Logging
figure-attribute-views-label-legend-other = Other value of the type
