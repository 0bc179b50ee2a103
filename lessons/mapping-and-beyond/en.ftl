title = From 2013 to 2022, and beyond
summary = How the 2013 controls map onto the 2022 edition and how to migrate documents without losing anything, which neighbouring standards extend ISO/IEC 27001 and 27002, and how NIS2, DORA and the GDPR lean on the same controls.

q-annex-b = A consultant hands you a spreadsheet that maps every 2013 control to the 2022 edition. Which source should you check it against?
q-annex-b-explanation = Annex B of ISO/IEC 27002:2022 is the official correspondence, in both directions: from each 2022 control to its 2013 sources, and from each 2013 control to its 2022 destination. Annex A of ISO/IEC 27001:2022 lists only the current controls, and neither the vocabulary standard nor the certification bodies' transition rules contain a mapping.
q-annex-b-option-annex-b-27002 = Annex B of ISO/IEC 27002:2022
q-annex-b-option-annex-b-27002-feedback = Correct: its two tables give the correspondence from 2022 to 2013 and from 2013 to 2022.
q-annex-b-option-annex-a-27001 = Annex A of ISO/IEC 27001:2022
q-annex-b-option-annex-a-27001-feedback = No: Annex A lists the 93 current controls with their statements, but gives no correspondence with the 2013 numbering.
q-annex-b-option-iso27000 = ISO/IEC 27000, the family's overview and vocabulary
q-annex-b-option-iso27000-feedback = No: ISO/IEC 27000 defines terms; it does not map controls between editions.
q-annex-b-option-iaf-md26 = IAF MD 26, the transition requirements for certification bodies
q-annex-b-option-iaf-md26-feedback = No: that document told certification bodies how to run the transition to ISO/IEC 27001:2022; it contains no control-by-control mapping.

q-logging-sources = You are migrating a 2013 Statement of Applicability. Which of these rows belong under 8.15 Logging in the 2022 edition? Select all that apply.
q-logging-sources-explanation = 8.15 Logging merges A.12.4.1 Event logging, A.12.4.2 Protection of log information and A.12.4.3 Administrator and operator logs. Clock synchronisation (A.12.4.4), although it sat in the same 2013 group, became a control of its own, 8.17 Clock synchronisation; information systems audit controls (A.12.7.1) became 8.34.
q-logging-sources-option-a-12-4-1 = A.12.4.1 Event logging
q-logging-sources-option-a-12-4-2 = A.12.4.2 Protection of log information
q-logging-sources-option-a-12-4-3 = A.12.4.3 Administrator and operator logs
q-logging-sources-option-a-12-4-4 = A.12.4.4 Clock synchronisation
q-logging-sources-option-a-12-4-4-feedback = Not this one: it shared the 2013 logging group, but it became 8.17 Clock synchronisation, a separate control.
q-logging-sources-option-a-12-7-1 = A.12.7.1 Information systems audit controls
q-logging-sources-option-a-12-7-1-feedback = Not this one: it concerns audit tests on operational systems and became 8.34.

q-shared-out = In the official correspondence between the two editions, one 2013 control is a source of both 5.36 (compliance with policies, rules and standards for information security) and 8.8 Management of technical vulnerabilities. Which one?
q-shared-out-explanation = A.18.2.3 Technical compliance review is shared out: its compliance side goes to 5.36 and its technical testing side to 8.8. A.18.2.2 feeds only 5.36, A.12.6.1 feeds only 8.8, and A.8.1.1 was merged with A.8.1.2 into 5.9.
q-shared-out-option-a-18-2-3 = A.18.2.3 Technical compliance review
q-shared-out-option-a-18-2-3-feedback = Correct: it is one of the rare 2013 controls that feeds two 2022 controls.
q-shared-out-option-a-12-6-1 = A.12.6.1 Management of technical vulnerabilities
q-shared-out-option-a-12-6-1-feedback = Close, but no: it feeds 8.8 only, not 5.36.
q-shared-out-option-a-18-2-2 = A.18.2.2 Compliance with security policies and standards
q-shared-out-option-a-18-2-2-feedback = Close, but no: it feeds 5.36 only, not 8.8.
q-shared-out-option-a-8-1-1 = A.8.1.1 Inventory of assets
q-shared-out-option-a-8-1-1-feedback = No: it was merged with A.8.1.2 Ownership of assets into 5.9, a single control.

q-carried-content = The 2022 edition has 93 controls, eleven of which are new. How many of the 93 draw on at least one 2013 control? Answer with a number.
q-carried-content-explanation = 82. The eleven new controls have no 2013 source, so the other 82 all carry 2013 content forward, whether merged, carried over alone or shared out. They draw on the 114 controls of 2013.

q-exclusion-merged = True or false: a company that applied A.12.1.2 Change management but excluded A.14.2.4 Restrictions on changes to software packages in its 2013 Statement of Applicability can simply record 8.32 Change management as excluded in its 2022 one.
q-exclusion-merged-explanation = False. 8.32 Change management merges A.12.1.2 with the 2013 development change controls, A.14.2.4 among them. Because part of the merged control applies, 8.32 applies as a whole; the old exclusion survives only as a note on scope in the implementation description.

q-migration-order = An organisation whose ISMS is still documented against the 2013 numbering is preparing its first ISO/IEC 27001:2022 certification audit. Put the steps of its Statement of Applicability migration in order.
q-migration-order-explanation = The old decisions are gathered first, then mapped through the official correspondence tables. Only then can the new and widened controls be identified and assessed; the risk owners approve the resulting treatment plan and accept residual risks, and the signed-off Statement of Applicability is what the auditor examines.
q-migration-order-item-export = Export the 2013 Statement of Applicability with its decisions, justifications and evidence references
q-migration-order-item-map = Look up the 2013 sources of each 2022 control in the official correspondence tables
q-migration-order-item-assess = Put the new and widened controls through the risk assessment and update the treatment plan
q-migration-order-item-approve = Have the risk owners approve the treatment plan and accept the residual risks
q-migration-order-item-audit = Present the signed-off Statement of Applicability at the certification audit

q-certifiable = A customer asks for a certificate. Against which of these standards can an organisation be certified? Select all that apply.
q-certifiable-explanation = ISO/IEC 27001 (ISMS), ISO 22301 (business continuity) and ISO/IEC 27701 (privacy information management) set requirements and can be certified. ISO/IEC 27002, 27005 and 27035 are guidance: they help implement controls, run the risk process or manage incidents, but there is no certificate for them.
q-certifiable-option-iso27001 = ISO/IEC 27001
q-certifiable-option-iso22301 = ISO 22301
q-certifiable-option-iso27701 = ISO/IEC 27701
q-certifiable-option-iso27002 = ISO/IEC 27002
q-certifiable-option-iso27002-feedback = No: ISO/IEC 27002 is a code of practice and can never be certified.
q-certifiable-option-iso27005 = ISO/IEC 27005
q-certifiable-option-iso27005-feedback = No: it is guidance on risk management; the risk process is audited against ISO/IEC 27001.
q-certifiable-option-iso27035 = ISO/IEC 27035
q-certifiable-option-iso27035-feedback = No: it is guidance on incident management, not a requirements standard.

q-27701-standalone = True or false: under its 2025 edition, an organisation can be certified to ISO/IEC 27701 without holding ISO/IEC 27001 certification.
q-27701-standalone-explanation = True. The 2019 edition extended ISO/IEC 27001 and could only be certified together with it. The 2025 edition is a standalone management system standard with its own requirements, which can still be integrated with an ISMS.

q-27005-approaches = ISO/IEC 27005:2022 describes two broad approaches to identifying information security risks. Which are they?
q-27005-approaches-explanation = Risks can be identified from events and the scenarios that lead to them, or from assets with their threats and vulnerabilities. Qualitative and quantitative are ways of analysing risks once identified, inherent and residual describe risk before and after treatment, and preventive and detective are control types.
q-27005-approaches-option-event-asset = Event-based and asset-based
q-27005-approaches-option-event-asset-feedback = Correct: one starts from events and scenarios, the other from assets, threats and vulnerabilities.
q-27005-approaches-option-qualitative-quantitative = Qualitative and quantitative
q-27005-approaches-option-qualitative-quantitative-feedback = Not quite: these are ways of analysing a risk once it has been identified.
q-27005-approaches-option-inherent-residual = Inherent and residual
q-27005-approaches-option-inherent-residual-feedback = No: these describe the level of a risk before and after treatment.
q-27005-approaches-option-preventive-detective = Preventive and detective
q-27005-approaches-option-preventive-detective-feedback = No: these are control types, used as attribute values in ISO/IEC 27002:2022.

q-27018-processor = A public cloud provider processes personal data on behalf of its business customers and wants the code of practice written for exactly that role. Which standard is it?
q-27018-processor-explanation = ISO/IEC 27018 is written for public cloud providers acting as processors of personal data. ISO/IEC 27017 covers cloud security in general for providers and customers, ISO/IEC 27701 sets up a privacy management system for any controller or processor, and ISO/IEC 27035 deals with incident management.
q-27018-processor-option-iso27018 = ISO/IEC 27018
q-27018-processor-option-iso27017 = ISO/IEC 27017
q-27018-processor-option-iso27017-feedback = Not quite: it covers cloud security for providers and customers, not specifically the processing of personal data.
q-27018-processor-option-iso27701 = ISO/IEC 27701
q-27018-processor-option-iso27701-feedback = Not quite: it is a management system for privacy, for any controller or processor, not a code of practice for public cloud processors.
q-27018-processor-option-iso27035 = ISO/IEC 27035

q-vocabulary = Two auditors disagree on whether an alert counts as an information security event or an incident. Which standard holds the definitions that the whole family shares? Give its number.
q-vocabulary-explanation = ISO/IEC 27000, the overview and vocabulary of the family. ISO/IEC 27001 and most other members take their terms from it; ISO/IEC 27002:2022 has its own terms and definitions clause, but uses the same vocabulary.

q-gdpr-article = Which article of the GDPR requires controllers and processors to secure processing through appropriate technical and organisational measures? Give its number.
q-gdpr-article-explanation = Article 32, security of processing. It cites pseudonymisation and encryption, lasting confidentiality, integrity, availability and resilience, timely restoration and regular testing. Article 33 deals with breach notification.

q-legal-nature = Match each text or scheme with its legal nature.
q-legal-nature-explanation = NIS2 is a directive, binding on entities through national transposition. DORA and the GDPR are regulations, directly applicable: DORA to financial entities since 17 January 2025, the GDPR to controllers and processors since 25 May 2018. ANSSI guides are recommendations with no legal force of their own. HDS certification is compulsory under French law for anyone hosting personal health data on behalf of others.
q-legal-nature-left-nis2 = NIS2, Directive (EU) 2022/2555
q-legal-nature-left-dora = DORA, Regulation (EU) 2022/2554
q-legal-nature-left-gdpr = The GDPR, Regulation (EU) 2016/679
q-legal-nature-left-anssi-guide = ANSSI's computer hygiene guide
q-legal-nature-left-hds = HDS certification in France
q-legal-nature-right-transposed = Binds entities through each member state's transposing law
q-legal-nature-right-direct-financial = Directly applicable to financial entities since 17 January 2025
q-legal-nature-right-direct-personal-data = Directly applicable to controllers and processors of personal data since May 2018
q-legal-nature-right-guidance = Recommendations from a national authority, with no legal force of their own
q-legal-nature-right-compulsory-certification = A certification that the law makes compulsory for hosting health data for others

q-certificate-evidence = A waste management company covered by NIS2 shows its ISO/IEC 27001 certificate when the competent authority asks how it meets article 21. Which assessment is the most accurate?
q-certificate-evidence-explanation = A certificate is useful evidence of a working ISMS, but the authority still checks that the scope covers the regulated services, that the risk criteria reflect the harm the law cares about, and that obligations outside the standard, such as incident reporting deadlines, are met. The directive itself creates no presumption of conformity for ISO/IEC 27001, although it encourages the use of European and international standards; even where a national transposing law gives certification a formal role, the authority still checks the scope.
q-certificate-evidence-option-evidence = It is useful evidence, but the entity must still show that the scope covers the regulated services and that obligations outside the standard are met
q-certificate-evidence-option-evidence-feedback = Correct: the certificate supports the case but does not close it.
q-certificate-evidence-option-presumption = It creates a legal presumption of conformity with article 21, so nothing more is needed
q-certificate-evidence-option-presumption-feedback = No: the directive grants no such presumption, even national laws that give certification a role do not waive the other obligations, and a certificate's scope and risk criteria are the organisation's own choices.
q-certificate-evidence-option-irrelevant = It carries no weight, because NIS2 ignores international standards
q-certificate-evidence-option-irrelevant-feedback = No: NIS2 encourages the use of European and international standards, and the evidence behind the certificate is directly useful.
q-certificate-evidence-option-anssi-qualification = It must first be replaced by an ANSSI qualification
q-certificate-evidence-option-anssi-qualification-feedback = No: ANSSI qualifications are voluntary schemes for products and providers, not a precondition for showing NIS2 compliance.

q-nis2-measures = Which of these topics does article 21 of NIS2 list among the minimum cybersecurity risk-management measures? Select all that apply.
q-nis2-measures-explanation = Article 21 lists, among others, incident handling; business continuity with backup management, disaster recovery and crisis management; human resources security, access control and asset management; and basic cyber hygiene with cybersecurity training. It requires no ISO/IEC 27001 certificate and no insurance. The data protection officer comes from the GDPR.
q-nis2-measures-option-incident-handling = Incident handling
q-nis2-measures-option-continuity = Business continuity, including backup management and crisis management
q-nis2-measures-option-hr-access-assets = Human resources security, access control and asset management
q-nis2-measures-option-hygiene-training = Basic cyber hygiene practices and cybersecurity training
q-nis2-measures-option-mandatory-certification = ISO/IEC 27001 certification of the entity
q-nis2-measures-option-mandatory-certification-feedback = No: NIS2 asks for measures, not for a particular certificate.
q-nis2-measures-option-dpo = Appointment of a data protection officer
q-nis2-measures-option-dpo-feedback = No: that obligation comes from the GDPR, not from NIS2.
q-nis2-measures-option-tlpt = Cyber insurance covering the cost of incidents
q-nis2-measures-option-tlpt-feedback = No: article 21 lists measures that manage the risks; insurance may transfer part of the cost, but it is the entity's own choice, not a required measure.

q-nis2-reporting = A significant incident hits an entity covered by NIS2. Put the reporting steps that NIS2 requires in the order in which they fall due.
q-nis2-reporting-explanation = Early warning within 24 hours of becoming aware of the incident, incident notification within 72 hours, intermediate reports on status updates when the CSIRT or competent authority asks for them, and a final report no later than one month after the incident notification.
q-nis2-reporting-item-early-warning = Early warning
q-nis2-reporting-item-notification = Incident notification with an initial assessment
q-nis2-reporting-item-intermediate = Intermediate report, at the request of the CSIRT or authority
q-nis2-reporting-item-final = Final report

q-which-text = Sort each obligation under the text that imposes it.
q-which-text-explanation = The duties of management bodies in sectors such as energy, transport and health, and the classes of essential and important entities, come from NIS2 (DORA places similar duties on the management bodies of financial entities). The register of ICT third-party contracts and threat-led penetration testing come from DORA. Notifying a personal data breach to the data protection supervisory authority comes from GDPR article 33, and weighing risks to individuals' rights and freedoms from article 32: beware the 72 hours, which also appear in NIS2 for incident notification to the CSIRT or authority.
q-which-text-category-nis2 = NIS2
q-which-text-category-dora = DORA
q-which-text-category-gdpr = GDPR
q-which-text-item-management-approval = In sectors such as energy, transport and health, management bodies approve the cybersecurity risk-management measures and follow training
q-which-text-item-entity-classes = Entities are classed as essential or important according to sector and size
q-which-text-item-ict-register = A register of information on every contract with ICT third-party service providers
q-which-text-item-tlpt = Threat-led penetration testing for entities designated by supervisors
q-which-text-item-breach-notification = Notifying a personal data breach to the data protection supervisory authority within 72 hours
q-which-text-item-rights-and-freedoms = Choosing security measures in light of the risks to individuals' rights and freedoms

q-france = A French insurer must meet both GDPR article 32 and DORA. Which pair of supervisors is correct?
q-france-explanation = The CNIL supervises the GDPR in France, including the security of processing. Insurers and banks are supervised under DORA by the ACPR (the AMF covers others, such as asset management companies). ANSSI is the national authority for information systems security and publishes guidance, but it supervises neither text for an insurer.
q-france-option-cnil-acpr = The CNIL for the GDPR, the ACPR for DORA
q-france-option-anssi-both = ANSSI for both
q-france-option-anssi-both-feedback = No: ANSSI is the national cybersecurity authority, but personal data protection falls to the CNIL and financial supervision to the ACPR.
q-france-option-cnil-both = The CNIL for both
q-france-option-cnil-both-feedback = No: the CNIL supervises personal data protection, not the digital operational resilience of financial entities.
q-france-option-acpr-anssi = The ACPR for the GDPR, ANSSI for DORA
q-france-option-acpr-anssi-feedback = No: the roles are inverted; the GDPR is supervised by the CNIL and DORA, for insurers, by the ACPR.
