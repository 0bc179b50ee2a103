title = ISO/IEC 27002 fundamentals
summary = What ISO/IEC 27002 is and is not, the three properties information security preserves, the kinds of controls that protect them, and the risk-based, continually improving approach that guides their choice.

q-nature = A 15-person accounting firm reads the ISO/IEC 27002 guidance on a control and decides to apply only part of it, adapted to its size and risks. How should this choice be judged?
q-nature-explanation = ISO/IEC 27002 is a code of practice: its guidance is a recommended starting point that each organisation adapts to its own risks, size and context. Requirements that must be met belong to ISO/IEC 27001, and no law or product certification is involved.
q-nature-option-code-of-practice = It is in line with the standard, whose guidance is meant to be adapted
q-nature-option-code-of-practice-feedback = Correct. A code of practice recommends; the firm decides how far to go according to its risks.
q-nature-option-requirements = It is a nonconformity: each recommendation has to be implemented in full
q-nature-option-requirements-feedback = No. ISO/IEC 27002 states no requirements; the requirements of an ISMS are in ISO/IEC 27001, and even they let the organisation choose its controls from its risks.
q-nature-option-regulation = It is acceptable only once the national regulator has granted an exemption
q-nature-option-regulation-feedback = No. ISO/IEC 27002 is a voluntary international standard, not legislation, so there is nothing to be exempted from.
q-nature-option-product-spec = It is acceptable only if the firm's security tools are certified as conforming to ISO/IEC 27002
q-nature-option-product-spec-feedback = No. The standard is about how an organisation protects its information, not a specification that products are certified against.

q-certification = True or false: once a company has assessed its risks and implemented the controls it selected, its set of controls can stay as it is until something goes wrong.
q-certification-explanation = False. Threats, the organisation and its obligations keep changing, so risks and controls are reviewed at planned intervals and after any significant change, not only after an incident. That is continual improvement.

q-isms = ISO/IEC 27002's recommended controls are meant to support one particular kind of management system. What is it called? Give its full name or its acronym.
q-isms-explanation = An information security management system (ISMS): the policies, processes, roles and controls through which an organisation manages information security. ISO/IEC 27001 sets its requirements; ISO/IEC 27002 gives guidance on its controls.

q-property = A flood of malicious traffic keeps an online bank's website out of customers' reach for an entire afternoon. No data is stolen or altered. Which property of information security has been compromised?
q-property-explanation = Availability: customers entitled to use the service could not reach it when they needed it. Confidentiality and integrity were not affected, since nothing was disclosed or changed.

q-cia-match = Match each incident with the property it mainly affects.
q-cia-match-explanation = A leak breaches confidentiality, because information reaches someone not entitled to it. Changing figures breaches integrity, because the information is no longer accurate. A system that cannot be used breaches availability.
q-cia-match-left-leak = A salesperson forwards the full customer list to a personal email account.
q-cia-match-left-tamper = Someone changes the amounts in a payment file before it is sent to the bank.
q-cia-match-left-outage = The HR system cannot be used for three days after a failed update.
q-cia-match-right-confidentiality = Confidentiality
q-cia-match-right-integrity = Integrity
q-cia-match-right-availability = Availability

q-measures = In the four themes of the 2022 edition, which of these measures are organisational controls? Select all that apply.
q-measures-explanation = Classifying information by sensitivity (5.12) and keeping an inventory of information and assets with their owners (5.9) are organisational controls. A disciplinary process concerns individuals, so it is a people control (6.4); protecting cabling concerns physical objects (7.12); restricting software installation concerns technology (8.19).
q-measures-option-policy = Rules for classifying information according to its sensitivity
q-measures-option-policy-feedback = Correct. Classification of information is control 5.12, in the organisational theme.
q-measures-option-training = A formal disciplinary process for staff who breach security rules
q-measures-option-training-feedback = Not organisational. It acts on individuals, so in 2022 it is a people control: 6.4 Disciplinary process.
q-measures-option-supplier-clauses = An inventory of information and related assets, each with an owner
q-measures-option-supplier-clauses-feedback = Correct. The inventory is control 5.9, in the organisational theme.
q-measures-option-disk-encryption = Protecting the cables that carry power and data from interception or damage
q-measures-option-disk-encryption-feedback = Not organisational. Cables are physical objects, so this is a physical control: 7.12 Cabling security.
q-measures-option-firewall = Restricting who may install software on operational systems
q-measures-option-firewall-feedback = Not organisational. It concerns technology, so it is a technological control: 8.19 Installation of software on operational systems.

q-risk-based = A 40-person design agency is setting up its ISMS. Following the risk-based approach, how should it decide which ISO/IEC 27002 controls to implement?
q-risk-based-explanation = Controls are selected according to the organisation's own risks: it identifies and evaluates them against its own criteria, decides how to treat those it cannot accept, and reviews that choice as things change.
q-risk-based-option-by-risk = Assess its own risks against its acceptance criteria, then choose how to treat those above the threshold
q-risk-based-option-by-risk-feedback = Correct. The risk assessment drives the choice of controls, so effort goes where the risk is.
q-risk-based-option-all-controls = Implement every control in the standard first, then use a risk assessment to decide which ones to audit
q-risk-based-option-all-controls-feedback = No. The standard is not a checklist; the risk assessment comes first and decides which controls are needed, not merely which ones are audited.
q-risk-based-option-peers = Adopt the controls that larger agencies in its sector have rated as high risk
q-risk-based-option-peers-feedback = No. Another company's risks, size and context differ; its ratings can inspire but cannot replace the agency's own assessment.
q-risk-based-option-technical-first = Rank the technological controls by how much risk they remove and start with those, leaving the other themes for later
q-risk-based-option-technical-first-feedback = No. Controls from all four themes work together, and priorities come from the agency's risks, not from the type of control.

q-uses = Which of the following are typical uses of ISO/IEC 27002? Select all that apply.
q-uses-explanation = Organisations use ISO/IEC 27002 to train staff, audit their measures for gaps, support compliance, protect sensitive data, write policies and show their commitment to partners. It is technology-neutral guidance rather than a product specification, and it supports the risk assessment rather than replacing it.
q-uses-option-awareness = Designing a security awareness programme for staff
q-uses-option-awareness-feedback = Correct. Training staff in security awareness and the handling of confidential data is a common use.
q-uses-option-gap-audit = Auditing existing security measures to identify gaps
q-uses-option-gap-audit-feedback = Correct. Comparing current measures with the controls it describes is a frequent way to find gaps.
q-uses-option-compliance = Supporting compliance with legal, regulatory and contractual obligations
q-uses-option-compliance-feedback = Correct. Its controls help an organisation meet obligations that come from law, regulators and contracts.
q-uses-option-certificate = Specifying which security products to buy and exactly how to configure them
q-uses-option-certificate-feedback = No. The guidance is technology-neutral: it says what a control should achieve and how it is commonly implemented, not which product to buy or which setting to choose.
q-uses-option-replace-risk = Replacing the risk assessment with a fixed list of controls
q-uses-option-replace-risk-feedback = No. The approach is risk-based: the risk assessment decides which controls are needed.

q-two-roles = A newly appointed ISMS manager wants to know which document to open for which need. Match each need with the document that meets it.
q-two-roles-explanation = The clauses of ISO/IEC 27001 set the requirements of the ISMS, which a certification audit checks. Its Annex A is the compact reference list of controls, each given a title and a short control statement. ISO/IEC 27002 takes the same controls and expands each one with its purpose, implementation guidance and examples.
q-two-roles-left-need-requirements = Checking what the management system as a whole must do to satisfy a certification audit
q-two-roles-left-need-reference-list = Scanning the full list of reference controls, each with its title and a one-sentence statement
q-two-roles-left-need-guidance = Understanding why a control exists and how teams usually put it in place
q-two-roles-right-iso27001-clauses = The main clauses of ISO/IEC 27001
q-two-roles-right-annex-a = Annex A of ISO/IEC 27001
q-two-roles-right-iso27002 = ISO/IEC 27002

q-without-certification = True or false: an organisation that never intends to seek any certificate can still put ISO/IEC 27002 to good use.
q-without-certification-explanation = True. The guidance is valuable on its own, whatever the organisation's plans: applying it is a choice, and certification, which is granted against ISO/IEC 27001, is a separate decision. If the organisation pursues certification later, the work already done feeds an ISMS that meets ISO/IEC 27001.

q-integrity-control = An accounts payable team wants above all to stop fraudulent changes to suppliers' bank details. Which measure mainly protects the integrity of that data?
q-integrity-control-explanation = Integrity means that information stays accurate and complete and changes only in authorised ways. A second approval for every change to bank details targets exactly that. Encryption and restricted access mainly serve confidentiality, and tested backups serve availability.
q-integrity-control-option-dual-approval = A second person must approve any change to a supplier's bank details
q-integrity-control-option-dual-approval-feedback = Correct. A fraudulent or mistaken change cannot go through on one person's say-so, which is what protecting integrity means here.
q-integrity-control-option-encrypt-attachments = Attachments sent by email from the team are encrypted
q-integrity-control-option-encrypt-attachments-feedback = Not mainly. Encryption keeps the content from being read by the wrong person, which is confidentiality; it does nothing against a fraudulent change requested by someone posing as the supplier.
q-integrity-control-option-tested-restore = The payment folder is backed up and restores are tested
q-integrity-control-option-tested-restore-feedback = Not mainly. Backups serve availability; a restore would bring back a fraudulent change along with everything else.
q-integrity-control-option-named-roles = Only named roles can open the shared payment folder
q-integrity-control-option-named-roles-feedback = Not mainly. Limiting who can see the data serves confidentiality. It narrows who could alter the data, but an authorised clerk deceived by a fake request would still make the change.

q-backup-needs = A firm has just switched on the automatic nightly backup offered by its cloud file service. What does it still need before this backup really protects availability as a control? Select all that apply.
q-backup-needs-explanation = A tool is not yet a control. The backup protects availability only once someone owns it, a procedure states what is copied, how often and for how long, and restores are tested: a backup nobody has ever restored may fail on the day it is needed.
q-backup-needs-option-owner = A named owner who checks the backups and follows up failures
q-backup-needs-option-owner-feedback = Correct. Without an owner, a failed backup can go unnoticed for months.
q-backup-needs-option-scope-procedure = A procedure stating what is backed up, how often and how long copies are kept
q-backup-needs-option-scope-procedure-feedback = Correct. The default settings of a service rarely match the firm's own needs without a deliberate decision.
q-backup-needs-option-restore-tests = Restores that are actually tested from time to time
q-backup-needs-option-restore-tests-feedback = Correct. Only a successful restore shows that the backup can do its job.
q-backup-needs-option-second-tool = A second backup product from another vendor, running in parallel
q-backup-needs-option-second-tool-feedback = Not required. A second tool may suit some risks, but without an owner, a procedure and tested restores it would share the same weakness.
q-backup-needs-option-keep-forever = Keeping every copy indefinitely, whatever the data
q-backup-needs-option-keep-forever-feedback = No. Retention is a decision for the procedure; keeping everything forever adds cost and can conflict with data protection duties.

q-cia-balance = To protect its patient records, a clinic makes them readable only from two terminals in the records office, which closes at 6 pm. At night, emergency doctors cannot open a patient's history. What does this situation show?
q-cia-balance-explanation = The three properties can pull against each other. Locking the records down helps confidentiality, but here it keeps authorised doctors from the information when they need it, which is a loss of availability. Choosing controls means finding the balance that suits the activity, for example a controlled emergency access that is logged and reviewed afterwards.
q-cia-balance-option-trade-off = Confidentiality has been strengthened at the expense of availability, so the controls need rebalancing
q-cia-balance-option-trade-off-feedback = Correct. The control works as designed, but it denies legitimate users the information when they need it.
q-cia-balance-option-integrity-loss = The records have lost their integrity, since the doctors work with incomplete information
q-cia-balance-option-integrity-loss-feedback = No. The records are still accurate and complete; the problem is that authorised people cannot reach them.
q-cia-balance-option-confidentiality-breach = Confidentiality has been breached, since the access rule cannot be applied at night
q-cia-balance-option-confidentiality-breach-feedback = No. Nobody unauthorised has seen anything: the rule is applied exactly as designed, and that is precisely the problem.
q-cia-balance-option-no-issue = Nothing is wrong: the tighter the access, the better the security
q-cia-balance-option-no-issue-feedback = No. Information security preserves all three properties; a control that blocks legitimate use harms availability.

q-treatment-options = A regional online shop has assessed its risks and recorded a treatment decision for several of them. Sort each decision under the treatment option it represents.
q-treatment-options-explanation = Controls that make a risk less likely or less harmful modify it. Keeping a risk knowingly, with the decision on record, retains it. Giving up the activity that creates the risk avoids it. Insurance shares the financial consequences with another party, though the shop stays accountable for the risk itself. Whatever the option, the risk owners approve the treatment plan and accept the residual risks.
q-treatment-options-category-modify = Modify (reduce)
q-treatment-options-category-retain = Retain (accept)
q-treatment-options-category-avoid = Avoid
q-treatment-options-category-share = Share (transfer)
q-treatment-options-item-mfa = Add multi-factor authentication to staff remote access, so that account takeover becomes less likely
q-treatment-options-item-encrypt-laptops = Encrypt laptops, so that a lost device no longer exposes customer files
q-treatment-options-item-tolerate-outage = Keep, knowingly and on the record, the risk of short outages of the staff intranet
q-treatment-options-item-drop-feature = Drop a planned feature letting customers upload identity documents, because its risk cannot be brought to an acceptable level
q-treatment-options-item-insurance = Take out cyber insurance covering the costs of a data breach

q-soa-record = In an ISMS that follows ISO/IEC 27001, the controls chosen, and the reasons for leaving out any Annex A control, are recorded in one particular document. What is it called?
q-soa-record-explanation = The Statement of Applicability (SoA). It lists the necessary controls, why they are included and whether they are implemented, and justifies each Annex A control that is excluded. Auditors read it closely, because it shows how the risk assessment turned into controls.

q-residual-risk = True or false: once its controls are in place, a treated risk has been eliminated, so nothing is left for anyone to accept.
q-residual-risk-explanation = False. Controls reduce a risk but rarely remove it. What remains is the residual risk, which the risk owners accept explicitly when they approve the risk treatment plan. If the residual level is still too high, the treatment is revisited.
