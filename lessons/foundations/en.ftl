title = ISO/IEC 27002 fundamentals
summary = What ISO/IEC 27002 is and is not, the three properties information security preserves, the technical and organisational controls that protect them, and the risk-based, continually improving approach that guides their choice.

q-nature = Which description best fits ISO/IEC 27002?
q-nature-explanation = ISO/IEC 27002 is a code of practice published by ISO and IEC: it gives guidance and recommended controls for an information security management system, and leaves each organisation to decide what to apply.
q-nature-option-code-of-practice = A code of practice offering guidance and recommended controls for an ISMS
q-nature-option-code-of-practice-feedback = Correct. It describes controls and how to implement them, and leaves the choice of controls to the organisation.
q-nature-option-requirements = The set of requirements an organisation must meet to be certified
q-nature-option-requirements-feedback = No. That describes ISO/IEC 27001, which sets the ISMS requirements that certification is based on.
q-nature-option-regulation = A law that every organisation handling personal data must comply with
q-nature-option-regulation-feedback = No. It is a voluntary international standard, not legislation, even though it can help an organisation meet its legal obligations.
q-nature-option-product-spec = A technical specification that security products must conform to
q-nature-option-product-spec-feedback = No. It is about how an organisation protects its information, and it covers organisational as well as technical measures.

q-certification = True or false: once an external auditor has checked that a company follows ISO/IEC 27002, the company can receive a certificate of conformity with ISO/IEC 27002.
q-certification-explanation = False. ISO/IEC 27002 contains guidance, not requirements, so nobody can be certified against it. Independent certification is granted against ISO/IEC 27001, whose controls 27002 helps to implement.

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

q-measures = Which of these are organisational rather than technical measures? Select all that apply.
q-measures-explanation = Policies, training and contract clauses shape how people and the organisation act, so they are organisational. Disk encryption and firewalls are enforced by technology, so they are technical.
q-measures-option-policy = An information security policy approved by senior management
q-measures-option-policy-feedback = Correct. A policy sets rules and expectations for people; it is an organisational measure.
q-measures-option-training = Security awareness training for new employees
q-measures-option-training-feedback = Correct. Training changes behaviour rather than systems; it is an organisational measure.
q-measures-option-supplier-clauses = Security clauses in contracts with suppliers
q-measures-option-supplier-clauses-feedback = Correct. Contract clauses govern a relationship with a supplier; they are an organisational measure.
q-measures-option-disk-encryption = Encryption of laptop hard drives
q-measures-option-disk-encryption-feedback = Not organisational. Encryption is enforced by technology, so it is a technical measure, even though a policy may require it.
q-measures-option-firewall = A firewall between the office network and the internet
q-measures-option-firewall-feedback = Not organisational. A firewall filters traffic automatically; it is a technical measure.

q-risk-based = A 40-person design agency is setting up its ISMS. Following the risk-based approach, how should it decide which ISO/IEC 27002 controls to implement?
q-risk-based-explanation = Controls are selected according to the organisation's own risks: it identifies and evaluates them, then chooses controls for the risks it cannot accept, and reviews that choice as things change.
q-risk-based-option-by-risk = Assess its risks, then select controls for those it judges unacceptable
q-risk-based-option-by-risk-feedback = Correct. The risk assessment drives the choice of controls, so effort goes where the risk is.
q-risk-based-option-all-controls = Implement every control in the standard, in the order they appear
q-risk-based-option-all-controls-feedback = No. The standard is not a checklist; applying every control regardless of risk wastes effort and may miss what matters most.
q-risk-based-option-peers = Copy the controls chosen by a larger company in the same sector
q-risk-based-option-peers-feedback = No. Another company's risks, size and context differ; its choices can inspire but cannot replace the agency's own assessment.
q-risk-based-option-technical-first = Implement all the technical controls first and leave organisational ones for later
q-risk-based-option-technical-first-feedback = No. Technical and organisational measures work together, and priorities come from the risks, not from the type of control.

q-uses = Which of the following are typical uses of ISO/IEC 27002? Select all that apply.
q-uses-explanation = Organisations use ISO/IEC 27002 to train staff, audit their measures for gaps, support compliance, protect sensitive data, write policies and show their commitment to partners. It cannot provide a certificate, and it supports the risk assessment rather than replacing it.
q-uses-option-awareness = Designing a security awareness programme for staff
q-uses-option-awareness-feedback = Correct. Training staff in security awareness and the handling of confidential data is a common use.
q-uses-option-gap-audit = Auditing existing security measures to identify gaps
q-uses-option-gap-audit-feedback = Correct. Comparing current measures with the controls it describes is a frequent way to find gaps.
q-uses-option-compliance = Supporting compliance with legal, regulatory and contractual obligations
q-uses-option-compliance-feedback = Correct. Its controls help an organisation meet obligations that come from law, regulators and contracts.
q-uses-option-certificate = Obtaining a certificate of conformity with ISO/IEC 27002
q-uses-option-certificate-feedback = No. There is no certification against ISO/IEC 27002; certification is granted against ISO/IEC 27001.
q-uses-option-replace-risk = Replacing the risk assessment with a fixed list of controls
q-uses-option-replace-risk-feedback = No. The approach is risk-based: the risk assessment decides which controls are needed.
