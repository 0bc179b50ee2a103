title = Regulation that leans on the controls: NIS2, DORA and GDPR article 32
overview = You will see what NIS2, DORA and article 32 of the GDPR ask for, why an ISO/IEC 27001 certificate is evidence rather than proof of compliance, how to map legal obligations onto 2022 controls, and how to tell law from guidance in France.

explanation =
    European law rarely names ISO/IEC 27001, yet several texts ask for exactly what a working ISMS delivers: risk-based technical and organisational measures, proportionate to the risk, backed by governance, incident handling and supplier oversight. Three texts matter most to practitioners: the NIS2 directive, the DORA regulation for the financial sector and article 32 of the GDPR.

    NIS2, Directive (EU) 2022/2555, replaces the first NIS directive. Member states had to transpose it by 17 October 2024. It covers medium and large entities in a long list of sectors, and some smaller ones designated for their importance, sorting them into essential entities, supervised proactively, and important entities, supervised mainly after the fact. Article 21 requires cybersecurity risk-management measures and lists the minimum topics they must cover; article 20 makes management bodies approve those measures, oversee them and follow training; article 23 sets staged incident reporting.

    DORA, Regulation (EU) 2022/2554, has applied since 17 January 2025. As a regulation it binds banks, insurers, investment firms, payment institutions and other financial entities directly, without transposition, and for them it takes precedence over the general NIS2 regime as the more specific act. It requires an ICT risk management framework owned by the management body, the management, classification and reporting of ICT-related incidents, digital operational resilience testing, the management of ICT third-party risk and voluntary information sharing, with details set by technical standards.

    Article 32 of the GDPR obliges controllers and processors of personal data to implement appropriate technical and organisational measures, weighing the state of the art, the cost, the nature and purposes of the processing, and the risks to people's rights and freedoms. It cites pseudonymisation and encryption, lasting confidentiality, integrity, availability and resilience, timely restoration after an incident, and regular testing of how well the measures work. The risk that counts here is the risk to individuals, not only to the organisation.

    None of these texts accepts a certificate in place of compliance: a regulator will still ask whether the certified scope covers the regulated services and whether obligations with no equivalent in the standard, such as reporting deadlines or a register of ICT contracts, are met.

practical-example =
    A French drinking water supplier with 600 staff expects to be an essential entity once NIS2 is transposed, and already holds ISO/IEC 27001 certification for its customer service and billing platform. Its ISMS manager builds an obligations register: each NIS2 topic on one row, then the 2022 controls that answer it, the evidence, the owner and any gap. Most rows fill quickly from the Statement of Applicability. Four gaps remain: the certificate does not cover the industrial control systems of the treatment plants; the incident procedure under 5.24 and 5.26 has no step for an early warning to the CSIRT or competent authority within 24 hours; the board has never followed security training; and supply chain reviews under 5.19 to 5.22 skip the maintenance contractors who connect remotely to the plants. Each gap gets an owner and a date, and the register is now reviewed at every management review.

block-nis2-heading = NIS2: measures, accountability and reporting
block-nis2-body =
    Article 21 asks for all-hazards, proportionate measures and names at least the following topics:

    - (a) policies on risk analysis and information system security;
    - (b) incident handling;
    - (c) business continuity, including backup management, disaster recovery and crisis management;
    - (d) supply chain security, including the security practices of direct suppliers;
    - (e) security in acquiring, developing and maintaining systems, including vulnerability handling and disclosure;
    - (f) ways of assessing whether the measures are effective;
    - (g) basic cyber hygiene and cybersecurity training;
    - (h) cryptography and, where appropriate, encryption;
    - (i) human resources security, access control and asset management;
    - (j) multi-factor or continuous authentication and secured communications, where appropriate.

    For significant incidents, article 23 sets a sequence: an early warning within 24 hours of becoming aware, an incident notification within 72 hours, intermediate reports on request and a final report within one month of the notification. Member states must allow maximum fines of at least 10 million euros or 2% of worldwide annual turnover, whichever is higher, for essential entities, and 7 million euros or 1.4% for important ones.

block-dora-and-gdpr-heading = DORA and GDPR article 32: the same logic, other angles
block-dora-and-gdpr-body =
    DORA goes further than NIS2 in several places that an ISMS does not cover by default:

    - a register of information listing every contractual arrangement with ICT third-party service providers;
    - mandatory provisions in those contracts, including exit strategies;
    - threat-led penetration testing, at least every three years, for the entities that supervisors designate;
    - incident classification criteria and report formats set by technical standards.

    GDPR article 32 is shorter and open-ended. What is appropriate depends on the risk to data subjects, so an organisation that accepts a risk because the business impact is low may still fall short if the harm to individuals is high. Article 33 adds its own deadline: a personal data breach is notified to the supervisory authority within 72 hours where feasible, in parallel with any NIS2 or DORA reporting. Article 32 also lets adherence to an approved code of conduct or an approved certification mechanism serve as one element of demonstration; an ISO/IEC 27001 certificate is not one of those mechanisms in itself, but its evidence remains useful.

block-mapping-obligations-heading = Mapping obligations to controls
block-mapping-obligations-body =
    A register of obligations keeps the link between the law and the ISMS visible. For each obligation, record:

    - the source, as precisely as possible (text, article, paragraph);
    - the 2022 controls and ISO/IEC 27001 clauses that answer it, for example NIS2 supply chain security to 5.19 to 5.22, incident handling to 5.24 to 5.28, effectiveness assessment to 5.35 and clause 9;
    - the evidence an inspector could ask for;
    - the owner, and any gap with its treatment.

    Some obligations map onto no control at all: a 24-hour reporting deadline, the personal training of board members, a register of ICT contracts. Those rows are the most valuable, because they are exactly where a certified organisation can still be found non-compliant. The register itself belongs under 5.31 Legal, statutory, regulatory and contractual requirements.

block-france-heading = In France: what is law and what is guidance
block-france-body =
    Law binds; guidance informs. Keep the two apart when you cite them.

    - Law: the GDPR applies directly, supervised by the CNIL; DORA applies directly, supervised for most entities by the ACPR and the AMF; operators of vital importance have had binding security rules since the 2013 military programming act; the act of 26 February 2018 transposed the first NIS directive for operators of essential services.
    - Law in progress: France missed the NIS2 deadline. A bill on the resilience of critical infrastructure and the strengthening of cybersecurity was tabled in October 2024 and adopted by the Senate in March 2025; check its status and its implementing decrees before relying on any detail.
    - Guidance: ANSSI, the national authority for information systems security, publishes guides such as its computer hygiene guide of 42 measures, and runs qualification schemes for products and providers. These carry no legal force of their own, unless a legal text or a contract makes them compulsory.

example-certificate-scope = A hospital's supplier of radiology software shows an ISO/IEC 27001 certificate. The scope covers only its head-office IT, not the hosted platform the hospital uses, so the certificate says nothing about the service that matters to the hospital's own NIS2 obligations.
example-health-data = French law is unusually explicit on one point: anyone hosting personal health data on behalf of others must hold HDS certification (hébergeur de données de santé), whose scheme is built on an ISO/IEC 27001 management system plus requirements specific to health data. Here a standard-based certificate is itself the legal obligation.

callout-evidence-not-compliance-title = A certificate is evidence, not compliance
callout-evidence-not-compliance-body = An ISO/IEC 27001 certificate is strong evidence that a risk-based ISMS works within its scope. It does not prove that the scope matches the regulated activity, that the risk criteria reflect harm to service users or data subjects, or that obligations outside the standard are met. Present it alongside an obligations register, never instead of one.
callout-law-or-guidance-title = Do not cite guidance as law
callout-law-or-guidance-body = In audit reports and policies, write "required by" only when a legal text or a contract requires it, and "recommended by" for ANSSI guides, ISO standards or sector good practice. Mixing the two overstates some obligations, understates others and undermines trust in the whole document.

prompt = Pick one regulation that applies, or will apply, to an organisation you know: NIS2, DORA or the GDPR. Write three rows of its obligations register: the obligation, the 2022 controls that answer it, the evidence you would show, and any gap the ISO/IEC 27001 certificate does not close.
prompt-guidance =
    A strong answer cites precise sources, such as NIS2 article 21 on supply chain security or GDPR article 32 on timely restoration, and maps each to real controls: 5.19 to 5.22 for suppliers, 8.13 Information backup and 5.30 ICT readiness for business continuity for restoration. The evidence is concrete: supplier assessments, contract clauses, restore test reports with measured times. At least one row shows a gap that certification does not close, such as a reporting deadline, management training or a scope that leaves out the regulated service, with an owner and a date.

exercise = Match each legal obligation with the 2022 control that most directly answers it.
exercise-explanation = Multi-factor authentication is delivered through 8.5 Secure authentication; pseudonymisation is one of the techniques of 8.11 Data masking; timely restoration depends on 8.13 Information backup; a cryptography policy belongs to 8.24 Use of cryptography; supply chain security starts with 5.19 Information security in supplier relationships. Other controls contribute too, which is why a real register often lists several controls per obligation.
exercise-left-mfa = NIS2: multi-factor authentication, where appropriate
exercise-left-pseudonymisation = GDPR article 32: pseudonymisation of personal data
exercise-left-restore = GDPR article 32: restoring availability of and access to personal data in good time after an incident
exercise-left-encryption-policy = NIS2: policies on the use of cryptography and encryption
exercise-left-supply-chain = NIS2: security in the supply chain, including suppliers' own practices
exercise-right-secure-authentication = 8.5 Secure authentication
exercise-right-data-masking = 8.11 Data masking
exercise-right-backup = 8.13 Information backup
exercise-right-cryptography = 8.24 Use of cryptography
exercise-right-supplier-relationships = 5.19 Information security in supplier relationships
