title = Compliance, reviews and procedures (5.31–5.37)
overview = You will see how the last seven organisational controls connect the ISMS to the law, contracts and licences, protect records and personal data, and make the organisation check its own security independently and routinely.

explanation =
    Four controls face outwards, towards obligations the organisation does not choose. 5.31 Legal, statutory, regulatory and contractual requirements asks it to know every obligation that bears on information security, decide how each is met and keep that knowledge current; rules on the use, import or export of cryptography are a classic item that teams forget. 5.32 Intellectual property rights covers respect for software licences, copyright and open source terms, as well as the protection of the organisation's own intellectual property. 5.33 Protection of records keeps records for as long as required, protects them against loss, tampering and unauthorised access during that time, and disposes of them properly afterwards. 5.34 Privacy and protection of PII deals with the obligations attached to personal data, such as those of the GDPR.

    Three controls face inwards. 5.35 Independent review of information security has someone who does not run the ISMS examine how the organisation manages information security, at planned intervals and after significant changes. 5.36 Compliance with policies, rules and standards for information security makes managers and system owners check regularly that what they run matches the organisation's own policies and technical standards; it took over the technical compliance review, a separate control in the 2013 edition, whose vulnerability-scanning side now also falls under 8.8 Management of technical vulnerabilities. 5.37 Documented operating procedures makes sure that the way systems are operated is written down and available to the people who need it.

    These controls lean on the management system clauses of ISO/IEC 27001. An internal audit programme under clause 9.2 can provide the independent review of 5.35 if the auditors do not audit their own work; findings go to management review (clause 9.3) and nonconformities through clause 10.2. The register of 5.31 also feeds the interested parties' requirements of clause 4.2. Auditors test the paperwork against reality: a contract's security clauses in the register, a server against its hardening standard, an operator walking through a procedure.

practical-example =
    A payment services company of 180 people keeps a register of about 90 requirements: laws and regulations, the security schedules of its 15 largest client contracts, card scheme rules and licence terms. Each entry names an owner, the controls that meet it and the date it was last checked, and legal counsel reviews the register quarterly with the security officer. Records follow a retention schedule, with legal holds that suspend deletion during disputes. Group internal audit, which reports to the audit committee rather than to IT, reviews the ISMS every year. Monthly scans compare server configurations with the hardening standard, and system owners fix or formally accept each deviation. Operating procedures live in a versioned wiki, each with its owner and review date, and new operators are trained on them.

block-obligations-heading = Knowing your obligations (5.31)
block-obligations-body =
    A requirements register is the usual answer. Each entry records the source (a law, a regulation, a contract, a standard the organisation has committed to), what it requires, who owns it and which controls meet it.

    - Include contracts: client security schedules often demand more than the law, such as notification within 24 hours or encryption of every transfer.
    - Include sector rules: NIS2 for essential and important entities in the EU, DORA for financial entities, health data rules.
    - Keep it alive through a legal watch, and revisit it when the organisation enters a new market or signs a major client.

    A spreadsheet is enough for a small firm; a large group may use a governance, risk and compliance tool. What matters is that every obligation leads to a control and an owner.

block-licences-and-records-heading = Licences and records (5.32–5.33)
block-licences-and-records-body =
    For 5.32, compare what is installed or subscribed with what is licensed, and keep the proof of purchase. Open source components come with licence terms too: some oblige an organisation that distributes the software to make the source code, including its own changes, available to recipients.

    For 5.33, a retention schedule lists each type of record, how long it is kept and on what basis. Protection covers integrity (write-once storage, signatures), availability over the whole period (readable formats, encryption keys still held years later) and disposal at the end, linked to 8.10 Information deletion.

block-privacy-heading = Privacy and personal data (5.34)
block-privacy-body =
    5.34 does not replace data protection law; it makes sure the ISMS supports it. In practice the security and privacy functions share several artefacts:

    - the record of processing activities and the inventory of assets (5.9);
    - data protection impact assessments and the information security risk assessment;
    - processor contracts and supplier agreements (5.20);
    - personal data breach notification and incident response (5.26).

    ISO/IEC 27701 specifies a privacy information management system against which organisations can be certified. Its 2019 edition was an extension of the ISMS; since the 2025 edition it can also stand alone, or be integrated with an existing ISMS.

block-checking-heading = Reviews, compliance checks and procedures (5.35–5.37)
block-checking-body =
    Independence is the heart of 5.35. Internal audit, a separate team in the group, or an external firm can all provide it; the team that runs the ISMS cannot, however competent.

    5.36 is everyday work for managers: checking that their teams apply the policies, following up exceptions, and running technical checks against baselines, for example configuration scans or reviews of firewall rules.

    For 5.37, good procedures are short, current and used. They show an owner and a review date, live where operators work, and are updated after incidents and changes. A procedure that exists only in an expert's head is a continuity risk as much as a security one.

example-licence-audit = A software publisher's licence audit finds 120 more installations of a design tool than the engineering firm has paid for, mostly on virtual machines cloned for projects. The firm settles, then ties virtual machine templates to its licence inventory so that 5.32 is checked automatically.
example-retention-conflict = Data protection law tells an online retailer to delete customer data once it is no longer needed, while tax rules require it to keep invoices for years. Its retention schedule under 5.33 resolves the tension: invoices are kept, with access limited to finance, and marketing data linked to the same customers is deleted after three years of inactivity.

callout-own-work-title = Nobody reviews their own work independently
callout-own-work-body = A security officer who writes the policies and operates the ISMS cannot provide the independent review of 5.35, however honest the report. Small organisations often use a peer from another company, a consultant or a certification-readiness audit instead.
callout-newcomer-test-title = Test a procedure with a newcomer
callout-newcomer-test-body = Ask the newest member of the team to carry out a documented procedure with no help. Every question they have to ask shows a gap in 5.37.

prompt = List three obligations that bear on information security in an organisation you know: one from a law or regulation, one from a contract and one from a licence. For each, who owns it, which controls meet it, and how would you show an auditor that it is met?
prompt-guidance =
    A good answer is specific: for instance the 72-hour breach notification of the GDPR, a client contract requiring encryption of transfers, and the licence terms of a widely used software product.

    For each, it names an owner by role, links the obligation to one or more controls (5.26 and 5.5 for notification, 8.24 Use of cryptography for encryption, 5.32 for licences) and gives concrete evidence: a tested notification procedure, transfer logs showing encryption, a reconciled licence inventory. It also says how the register stays current, since obligations change faster than most policies.

exercise = An auditor asks how your organisation meets 5.33 Protection of records. Which of these would you show? Select all that apply.
exercise-explanation = A retention schedule, a log of approved disposals, protection of archived records against alteration, and a test showing that old records can still be read all bear directly on 5.33. The licence register belongs to 5.32, and attendance at privacy training supports 6.3 and 5.34, not records protection.
exercise-option-retention-schedule = A retention schedule giving, for each type of record, the retention period and its basis
exercise-option-disposal-log = A log of records destroyed at the end of their retention period, with approvals
exercise-option-immutable-archive = The configuration of the archive that prevents stored records from being altered
exercise-option-readability-test = A test showing that ten-year-old archived records can still be opened and read
exercise-option-licence-register = The register of software licences reconciled with installations
exercise-option-licence-register-feedback = This is evidence for 5.32 Intellectual property rights, not for records.
exercise-option-privacy-training = The attendance list of the latest privacy awareness session
exercise-option-privacy-training-feedback = Useful for 6.3 and 5.34, but it says nothing about how records are retained or protected.
