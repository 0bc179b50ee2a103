title = Organisational controls (5.1–5.37)
summary = The 37 organisational controls of ISO/IEC 27002:2022 by topic: policies, roles and assets; access, suppliers and cloud services; incidents and continuity; compliance. For each group, how teams implement the controls, how they interlock and what evidence an auditor expects.

q-segregation = An audit of an accounts payable team finds that one clerk can both change a supplier's bank details and release payments to that supplier. Which control is most directly at stake?
q-segregation-explanation = 5.3 Segregation of duties: changing bank details and releasing payments are incompatible tasks, because together they let one person divert money and hide it. 5.18 Access rights is how the fix is enforced, but the weakness lies in combining the duties, not in how the rights were granted.
q-segregation-option-c53 = 5.3 Segregation of duties
q-segregation-option-c53-feedback = Correct: the two tasks are incompatible and should be split, or compensated by independent checks.
q-segregation-option-c518 = 5.18 Access rights
q-segregation-option-c518-feedback = Tempting, since the rights allow it. But the rights may have been granted by the book; what is wrong is that one role holds two incompatible duties.
q-segregation-option-c82 = 8.2 Privileged access rights
q-segregation-option-c82-feedback = No: nothing here involves administrator or system-level privileges; these are ordinary business rights.
q-segregation-option-c54 = 5.4 Management responsibilities
q-segregation-option-c54-feedback = Management should have spotted it, but the control that addresses the combination of tasks is 5.3.

q-threat-feeds = True or false: a company that receives two commercial threat intelligence feeds in a shared mailbox of its security team has implemented 5.7 Threat intelligence.
q-threat-feeds-explanation = False. Receiving information is only the start: 5.7 is about analysing what is relevant to the organisation and acting on it. An auditor will ask what the intelligence changed, such as a detection rule, an earlier patch or a re-rated risk. A feed nobody reads is the classic failure.

q-asset-chain = Match each control with the practice that implements it.
q-asset-chain-explanation = 5.9 lists the information and related assets with their owners; 5.11 recovers them when someone leaves or changes role; 5.12 decides the protection level; 5.13 makes that level visible; 5.14 governs how information is sent, whatever the channel.
q-asset-chain-left-c59 = 5.9 Inventory of information and other associated assets
q-asset-chain-left-c511 = 5.11 Return of assets
q-asset-chain-left-c512 = 5.12 Classification of information
q-asset-chain-left-c513 = 5.13 Labelling of information
q-asset-chain-left-c514 = 5.14 Information transfer
q-asset-chain-right-register = A list of information and related assets, each with an owner
q-asset-chain-right-recover = Getting laptops, badges and data back when someone leaves or changes role
q-asset-chain-right-levels = Deciding which level of protection each piece of information needs
q-asset-chain-right-marking = Showing that level on documents, e-mails and file metadata
q-asset-chain-right-channels = Rules and agreements for sending information by e-mail, file exchange, media or word of mouth

q-authorities = On a Sunday night, a hospital is hit by ransomware. The incident manager opens the playbook and finds, ready to use, the people to call at the data protection authority, the police cybercrime unit and the national cyber agency, with the deadline for each. Which 2022 control asks for these relationships to be set up in advance? Answer with its number.
q-authorities-explanation = 5.5 Contact with authorities: the organisation decides beforehand who contacts which authority, in which circumstances and how fast. 5.6 concerns special interest groups such as sector forums, and 5.24 prepares incident management as a whole.

q-policy-set = Which of these reflect what 5.1 Policies for information security expects? Select all that apply.
q-policy-set-explanation = 5.1 expects a top-level policy approved by management, topic-specific policies where they are useful, and reviews when the organisation, its risks or its obligations change. Nothing requires a single document, and policies are a management matter, not an IT deliverable.
q-policy-set-option-management-approval = A top-level policy approved by management
q-policy-set-option-topic-specific = Topic-specific policies, for example on access control or backup, below the top-level policy
q-policy-set-option-review-on-change = Reviews when the organisation, its risks or its obligations change, not only before audits
q-policy-set-option-single-document = Every rule gathered in one single document so that nothing is missed
q-policy-set-option-single-document-feedback = No: a short top-level policy with topic-specific policies below it is the usual and expected structure.
q-policy-set-option-it-owned = Policies written and owned by the IT department, since security is technical
q-policy-set-option-it-owned-feedback = No: policies are approved by management and owned by the roles 5.2 designates, which often sit outside IT.

q-cloud-control = A distribution company is moving its customer relationship management to a software-as-a-service provider. It wants one control that covers choosing the provider, agreeing who configures and protects what, and planning how it would leave. Which 2022 control is that? Answer with its number.
q-cloud-control-explanation = 5.23 Information security for use of cloud services, one of the three organisational controls new in 2022, covers the organisation as a cloud customer throughout the relationship, exit included. 5.19 to 5.22 still apply to the provider as a supplier.

q-supplier-stages = Put these stages of a supplier relationship in the order a sound process follows.
q-supplier-stages-explanation = First decide how critical the supplier is and what it must meet, then assess the candidate, then write the requirements into the contract (5.20), then monitor the service and its changes (5.22), and finally organise the exit. Assessing before classifying wastes effort on suppliers that do not matter.
q-supplier-stages-item-tier = Classify the supplier by the data and systems it will reach, and set the requirements for that tier
q-supplier-stages-item-assess = Assess the candidate's security with a questionnaire, certificates and their scope
q-supplier-stages-item-contract = Sign an agreement with security clauses: incident notification, audit, subcontracting
q-supplier-stages-item-monitor = Review the supplier's assurance reports and service changes periodically
q-supplier-stages-item-exit = Recover the data, revoke the accesses and confirm deletion at the end of the contract

q-access-evidence = An auditor is testing 5.18 Access rights. Which pieces of evidence show that the control works? Select all that apply.
q-access-evidence-explanation = Approved requests, reviews that led to removals, and the measured delay between a departure and the account being disabled show that rights are granted, checked and withdrawn in practice. The policy belongs to 5.15 and shows intent, not operation; an unreviewed export shows a state, not management.
q-access-evidence-option-approved-tickets = Access requests carrying the information owner's recorded approval
q-access-evidence-option-review-with-removals = A quarterly review listing the rights removed and the date each removal was done
q-access-evidence-option-leaver-timeliness = A measure of the time between leaving dates and account deactivation
q-access-evidence-option-policy-only = The access control policy, approved last year
q-access-evidence-option-policy-only-feedback = Necessary, but it is evidence for 5.15 and shows what should happen, not that it does.
q-access-evidence-option-raw-export = An export of all current user accounts, with no sign-off
q-access-evidence-option-raw-export-feedback = A list of accounts is raw material for a review, not proof that one took place.

q-saas-certificate = True or false: a company using a SaaS service whose provider holds an ISO/IEC 27001 certificate can rely on that certificate to cover how its own users' accounts and sharing settings are configured in the service.
q-saas-certificate-explanation = False. The provider's certificate covers the provider's ISMS, within its stated scope. The customer remains responsible for what it configures: identities, sharing, encryption options, logging. That split of responsibilities is exactly what 5.23 asks the customer to make explicit.

q-flow-down = A bank outsources its IT operations to a provider, which in turn relies on two subcontractors for hosting and backup. The bank wants the provider to impose equivalent security requirements on them and to know where the components of the delivered services come from. Which control deals most specifically with this?
q-flow-down-explanation = 5.21 Managing information security in the ICT supply chain reaches beyond the direct supplier to its subcontractors and components. 5.19 sets the general approach to suppliers, 5.22 watches the service over time and 5.23 concerns the use of cloud services.
q-flow-down-option-c521 = 5.21 Managing information security in the ICT supply chain
q-flow-down-option-c521-feedback = Correct: passing requirements down the chain and knowing where components come from is the heart of 5.21.
q-flow-down-option-c519 = 5.19 Information security in supplier relationships
q-flow-down-option-c519-feedback = Close, but 5.19 sets the overall approach to supplier risk; the chain behind a supplier is the specific subject of 5.21.
q-flow-down-option-c522 = 5.22 Monitoring, review and change management of supplier services
q-flow-down-option-c522-feedback = No: 5.22 follows the delivered service over time, not the requirements passed to subcontractors.
q-flow-down-option-c523 = 5.23 Information security for use of cloud services
q-flow-down-option-c523-feedback = No: hosting may be involved, but the question is about the supply chain behind an ICT provider, not the bank's own use of cloud services.

q-event-gate = An employee reports an odd pop-up on a workstation. Before anyone isolates the machine or calls the crisis team, the analyst on duty must judge whether this is an incident and how serious it is. Which control covers that step?
q-event-gate-explanation = 5.25 Assessment and decision on information security events is the gate between a report and a response: it sorts events from incidents and sets the severity. 6.8 covers the report itself, 5.24 the preparation of criteria and roles beforehand, 5.26 the action taken once the incident is declared.
q-event-gate-option-c525 = 5.25 Assessment and decision on information security events
q-event-gate-option-c525-feedback = Correct: this is the triage and decision step.
q-event-gate-option-c68 = 6.8 Information security event reporting
q-event-gate-option-c68-feedback = No: the employee's report is 6.8, which is already done; judging it is the next step.
q-event-gate-option-c526 = 5.26 Response to information security incidents
q-event-gate-option-c526-feedback = Not yet: response starts once the event has been assessed and declared an incident.
q-event-gate-option-c524 = 5.24 Information security incident management planning and preparation
q-event-gate-option-c524-feedback = 5.24 prepared the criteria the analyst uses, but applying them to a live event is 5.25.

q-evidence-handling = A server is believed to be compromised and the case may go to court. Which actions protect the value of the evidence? Select all that apply.
q-evidence-handling-explanation = Capturing memory before shutdown keeps volatile data, working on a hashed copy proves the original was not altered, and a custody log shows who handled the evidence. Restarting first destroys what was in memory, and letting an administrator clean up alters the scene before it is recorded.
q-evidence-handling-option-memory-first = Capture the memory and active connections before shutting the server down
q-evidence-handling-option-hash-copy = Analyse a verified copy of the disk, with the hash of the original recorded
q-evidence-handling-option-custody-log = Record every handover of the evidence: who, when and why
q-evidence-handling-option-reboot-first = Restart the server to stop the attack, then take a copy of the disk
q-evidence-handling-option-reboot-first-feedback = No: a restart wipes the memory, where running malware and connections leave their traces.
q-evidence-handling-option-admin-cleanup = Ask the administrator to remove the attacker's tools first, so that the copy is clean
q-evidence-handling-option-admin-cleanup-feedback = No: those tools are evidence; removing them before capture alters the scene.

q-rpo = A business impact analysis states that, after a failure, the order database may lose at most the last 15 minutes of transactions. What is this target called? Give the term or its abbreviation.
q-rpo-explanation = The recovery point objective (RPO) is the maximum acceptable data loss, expressed as a period of time before the failure. The recovery time objective (RTO) is different: it is how quickly the service must be running again. 5.30 expects tests to show that both can be met.

q-degraded-mode = True or false: under 5.29, an organisation that plans to move to a fallback site during a crisis should already have decided how access control and logging will work there, or which alternative measures will replace them.
q-degraded-mode-explanation = True. 5.29 Information security during disruption expects security to be planned for degraded operation, not suspended. Emergency accounts, access at the fallback site and logging are typical points to decide in advance.

q-compliance-sort = Sort each activity under the organisational control it mainly implements.
q-compliance-sort-explanation = Export rules for encryption and a client's contractual demands are obligations to identify and meet (5.31). Licence terms for open source code and a typeface are intellectual property (5.32). The record of processing activities and impact assessments serve privacy and personal data protection (5.34). Written operating instructions are documented operating procedures (5.37).
q-compliance-sort-category-c531 = 5.31 Legal, statutory, regulatory and contractual requirements
q-compliance-sort-category-c532 = 5.32 Intellectual property rights
q-compliance-sort-category-c534 = 5.34 Privacy and protection of PII
q-compliance-sort-category-c537 = 5.37 Documented operating procedures
q-compliance-sort-item-crypto-export = Checking whether an encryption product may be shipped to a subsidiary outside the EU
q-compliance-sort-item-client-schedule = Recording a client's contractual demand to be told of any breach within 24 hours
q-compliance-sort-item-open-source-terms = Checking the licence of an open source library before shipping it in a product sold to clients
q-compliance-sort-item-font-licence = Buying enough licences of a commercial typeface for every designer who uses it
q-compliance-sort-item-processing-record = Keeping the GDPR record of processing activities up to date
q-compliance-sort-item-dpia = Carrying out a data protection impact assessment before launching a loyalty programme
q-compliance-sort-item-runbook = Writing step-by-step instructions for restarting the nightly batch, with the contacts to call if it fails
q-compliance-sort-item-backup-procedure = Documenting the start-up and shutdown sequence of production servers for the night shift

q-independence = A mid-sized insurer wants the independent review of information security required by 5.35. Which arrangement provides it?
q-independence-explanation = The group internal audit team, reporting to the audit committee and not running the ISMS, is independent of what it reviews. The security officer's team and the monitoring provider would be reviewing work they do themselves; asset owners checking their own areas is 5.36, not an independent review.
q-independence-option-internal-audit = The group internal audit team, which reports to the audit committee, reviews the ISMS every year
q-independence-option-internal-audit-feedback = Correct: it has no part in running the ISMS and reports outside the security line.
q-independence-option-ciso-team = The security officer's team carries out a thorough annual self-assessment
q-independence-option-ciso-team-feedback = No: however rigorous, a team reviewing the ISMS it runs is not independent.
q-independence-option-soc-provider = The external provider that runs security monitoring reviews the ISMS
q-independence-option-soc-provider-feedback = Tempting because it is external, but it operates part of the controls under review, so it would assess its own work.
q-independence-option-asset-owners = Each asset owner checks that their area follows the security policies
q-independence-option-asset-owners-feedback = Useful, but that is the routine compliance checking of 5.36, not an independent review.

q-manager-checks = True or false: 5.36 expects managers and system owners themselves to check regularly that their areas follow the security policies and technical standards; it is not left to auditors alone.
q-manager-checks-explanation = True. 5.36 Compliance with policies, rules and standards for information security makes compliance checking part of everyday management, including technical checks such as configuration scans against baselines. Independent review under 5.35 comes on top of it, not instead of it.

q-privacy-standard = Which standard of the ISO/IEC 27000 family specifies a privacy information management system that can be integrated with an ISMS and against which organisations can be certified? Answer with its number.
q-privacy-standard-explanation = ISO/IEC 27701 specifies a privacy information management system and can be certified; first published in 2019 as an extension of the ISMS, it can stand alone since its 2025 edition. It supports 5.34 Privacy and protection of PII but does not replace the law itself, such as the GDPR.
