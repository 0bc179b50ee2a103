title = The neighbouring standards: 27000, 27005, 27017, 27018, 27701, 27035 and ISO 22301
overview = You will know what each of the standards most often met around ISO/IEC 27001 and 27002 is for, which of them can be certified, and where each one plugs into the ISMS and its controls.

explanation =
    ISO/IEC 27002 is one member of a large family, and the family is organised around ISO/IEC 27001, the requirements standard for the ISMS. The other members do one of four jobs: they fix the vocabulary, they explain how to run a process that ISO/IEC 27001 requires, they add guidance on controls for a sector or a technology, or they set requirements for a neighbouring management system. Knowing which job a standard does saves buying the wrong document and helps you read claims such as "certified to 27017" with a critical eye.

    ISO/IEC 27000 gives the overview and vocabulary that the whole family shares, from control and risk to the difference between an event and an incident. ISO/IEC 27005, whose current edition dates from 2022 and is aligned with ISO/IEC 27001:2022, is guidance on information security risk management: it shows how to carry out the assessment and treatment that clauses 6.1.2, 6.1.3, 8.2 and 8.3 of ISO/IEC 27001 require, including two ways of identifying risks, one starting from events and one starting from assets.

    ISO/IEC 27017 and ISO/IEC 27018 are codes of practice built on ISO/IEC 27002. The first adds cloud guidance for both cloud service customers and cloud service providers, along with a handful of cloud-specific controls. The second is written for public cloud providers that process personal data on behalf of their customers, that is, as processors. Neither is a requirements standard; certification bodies usually assess them within the scope of an ISO/IEC 27001 audit.

    ISO/IEC 27701 and ISO 22301 set requirements for management systems and can be certified. ISO/IEC 27701 covers privacy information management: its 2019 edition extended ISO/IEC 27001 and 27002 and could only be certified together with ISO/IEC 27001, while its 2025 edition is a standalone management system standard that can also be integrated with an ISMS. ISO 22301 specifies the requirements of a business continuity management system. ISO/IEC 27035, a multi-part standard, is guidance on information security incident management; its first two parts, on principles and process and on planning and preparation, were revised in 2023.

practical-example =
    A payroll software provider with 180 staff already holds ISO/IEC 27001 certification. Its customers, HR departments acting as controllers of their employees' personal data, keep asking how that data is protected in the cloud. The security team rewrites its risk method with ISO/IEC 27005, adding event-based scenarios to its asset register. It deepens its implementation of 5.23 with the ISO/IEC 27017 guidance, both as a customer of its hosting provider and as a provider to its own customers, and adopts ISO/IEC 27018 for its role as a processor, asking its certification body to assess both within the next ISO/IEC 27001 audit. Incident playbooks are rebuilt on ISO/IEC 27035. A privacy management system to ISO/IEC 27701 is planned for the following year, and continuity stays within 5.29 and 5.30 until a customer requires ISO 22301.

block-vocabulary-and-risk-heading = Shared words and the risk process: ISO/IEC 27000 and 27005
block-vocabulary-and-risk-body =
    ISO/IEC 27000 is where the family's terms are defined. When a team argues about whether something is an event or an incident, a nonconformity or a weakness, the definitions there settle it. ISO/IEC 27001 and most other members take their terms from it; ISO/IEC 27002:2022 has its own terms and definitions clause, but uses the same vocabulary.

    ISO/IEC 27005 turns the risk requirements of ISO/IEC 27001 into a working method:

    - establishing context and risk criteria;
    - identifying risks, either from events and scenarios or from assets, their threats and their vulnerabilities;
    - analysing and evaluating them, qualitatively or quantitatively;
    - choosing treatment options and building the treatment plan;
    - monitoring and reviewing the whole process.

    It is guidance: an auditor checks your process against ISO/IEC 27001, not against ISO/IEC 27005, and there is no certificate for it.

block-cloud-and-privacy-heading = Cloud and personal data: ISO/IEC 27017, 27018 and 27701
block-cloud-and-privacy-body =
    These three answer different questions, and organisations often use them together:

    - ISO/IEC 27017: how should security be shared and implemented between a cloud provider and its customer? It adds guidance for each party to many existing controls, plus controls on topics such as the split of responsibilities, the separation of customers' virtual environments and the return of customers' assets when a contract ends.
    - ISO/IEC 27018: what should a public cloud provider that processes personal data for its customers do? Examples are using the data only as instructed, being transparent about sub-processors and handling disclosure requests from authorities.
    - ISO/IEC 27701: how does an organisation manage privacy as a system, as a controller, a processor or both? It adds privacy requirements and controls and, in its 2025 edition, a complete management system that can stand on its own.

block-incidents-and-continuity-heading = Incidents and continuity: ISO/IEC 27035 and ISO 22301
block-incidents-and-continuity-body =
    ISO/IEC 27035 describes incident management as a cycle: plan and prepare, detect and report, assess and decide, respond, and learn lessons. Those phases line up with 5.24 to 5.28 and with 6.8 Information security event reporting, so teams use the standard to design playbooks, roles and communication paths that the controls only outline.

    ISO 22301 goes further than the continuity controls of ISO/IEC 27002. Where 5.29 keeps information security in place during a disruption and 5.30 makes ICT ready to recover, ISO 22301 sets up a full management system around business impact analysis, continuity strategies, plans and exercises for the whole organisation, not only its ICT. It is certifiable on its own, and an ISO/IEC 27001 certificate is no evidence of conformity to it.

block-plugging-in-heading = Where each standard plugs in
block-plugging-in-body =
    Read the family from the ISMS outwards:

    - clauses 6.1.2, 6.1.3, 8.2 and 8.3 of ISO/IEC 27001, risk assessment and treatment: ISO/IEC 27005;
    - 5.23 and the supplier controls 5.19 to 5.22, for cloud services: ISO/IEC 27017;
    - 5.34 Privacy and protection of PII: ISO/IEC 27018 for public cloud processors, ISO/IEC 27701 for a full privacy management system;
    - 5.24 to 5.28 and 6.8, incidents: ISO/IEC 27035;
    - 5.29 and 5.30, disruption and ICT readiness: ISO 22301 for a continuity management system;
    - every document: the terms of ISO/IEC 27000.

    ISO/IEC 27001, ISO 22301 and the 2025 edition of ISO/IEC 27701 share the same high-level clause structure, so one organisation can run them as an integrated management system, with a single internal audit programme and a single management review.

example-cloud-certificate = A supplier advertises that it is "ISO 27017 certified". On inspection, the certificate is an ISO/IEC 27001 certificate whose scope statement mentions the ISO/IEC 27017 controls. That is normal and useful, but the buyer should read the scope and the Statement of Applicability, not the marketing line.
example-integrated-audit = A hospital group certified to ISO/IEC 27001 and ISO 22301 runs one internal audit programme and one management review for both. Its incident process, designed with ISO/IEC 27035, hands over to the continuity plans as soon as an incident threatens patient services.

callout-few-certifiable-title = Only requirements standards are certified
callout-few-certifiable-body = Among the standards in this lesson, ISO/IEC 27001, ISO/IEC 27701 and ISO 22301 contain requirements and can be certified. ISO/IEC 27000, 27002, 27005, 27017, 27018 and 27035 are vocabulary or guidance: conformity to them is assessed, if at all, within the audit of a management system.
callout-check-editions-title = Check the edition before you rely on it
callout-check-editions-body = The family does not move in step. At the time of writing, ISO/IEC 27017 was still in its 2015 edition, built on the 2013 numbering of ISO/IEC 27002, with a revision in preparation, while ISO/IEC 27018 was revised in 2025 to follow the 2022 edition, and ISO/IEC 27701 changed nature between 2019 and 2025. Note the edition of every standard you cite, and map old numbering through Annex B of ISO/IEC 27002:2022.

prompt = Choose two of the standards in this lesson that your organisation, or one you know, does not yet use. For each, explain which part of the ISMS or which 27002 controls it would strengthen, what it would cost to adopt, and whether certification would be worth seeking.
prompt-guidance =
    A good answer starts from a need, not from the catalogue: a cloud provider pressed by customers might pick ISO/IEC 27017 and 27018, a company whose outages hit revenue ISO 22301. It links each standard to precise places, such as 5.23 for ISO/IEC 27017 or 5.29 and 5.30 and business-wide planning for ISO 22301, estimates the effort (processes, training, audit days) and is accurate on certification: ISO 22301 and ISO/IEC 27701 can be certified, ISO/IEC 27017 and 27018 are usually assessed within an ISO/IEC 27001 audit.

exercise = Match each need of an ISMS team with the standard that addresses it most directly.
exercise-explanation = ISO/IEC 27005 guides the risk process required by ISO/IEC 27001; ISO/IEC 27017 adds cloud guidance for providers and customers; ISO/IEC 27035 details the phases of incident management; ISO/IEC 27701 sets up a privacy information management system; ISO 22301 sets the requirements of a business continuity management system.
exercise-left-risk-process = Running the risk assessment and treatment that ISO/IEC 27001 requires
exercise-left-cloud-controls = Sharing security duties between a cloud provider and its customers
exercise-left-incident-phases = Designing incident playbooks, from preparation to lessons learned
exercise-left-privacy-system = Managing the processing of personal data as a management system
exercise-left-continuity-system = Building an organisation-wide continuity programme that can be certified
exercise-right-iso27005 = ISO/IEC 27005
exercise-right-iso27017 = ISO/IEC 27017
exercise-right-iso27035 = ISO/IEC 27035
exercise-right-iso27701 = ISO/IEC 27701
exercise-right-iso22301 = ISO 22301
