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
