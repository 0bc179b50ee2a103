title = The ISMS around the controls
summary = The ISO/IEC 27001 management system that gives the controls their purpose: clauses 4 to 10, risk treatment and the Statement of Applicability, internal audit, management review and corrective action, and the certification cycle from stage 1 to recertification.

q-which-requirements = A hospital has listed its interested parties and their relevant requirements. What does clause 4.2 of ISO/IEC 27001:2022 now also expect it to do with that list?
q-which-requirements-explanation = Since 2022, clause 4.2 asks the organisation to determine which of the relevant requirements will be addressed through the ISMS. Some are handled by other systems or functions, such as finance or quality. An influence matrix is a useful technique but not a requirement, interested parties do not have to confirm anything in writing, and treating every requirement as an ISMS requirement is exactly what the new item avoids.
q-which-requirements-option-decide-addressed = Determine which of those requirements the ISMS will address
q-which-requirements-option-decide-addressed-feedback = Correct: this is the item added to 4.2 in the 2022 edition.
q-which-requirements-option-influence-matrix = Rank the interested parties in an influence and interest matrix
q-which-requirements-option-influence-matrix-feedback = Not required: a stakeholder matrix can help, but the standard asks for no particular technique.
q-which-requirements-option-written-confirmation = Obtain each interested party's written confirmation of its requirements
q-which-requirements-option-written-confirmation-feedback = No: the organisation determines the requirements itself; no confirmation from the parties is required.
q-which-requirements-option-all-requirements = Treat every requirement of every interested party as an ISMS requirement
q-which-requirements-option-all-requirements-feedback = No: the 2022 addition exists precisely so that the organisation decides which requirements the ISMS takes on and which are handled elsewhere.

q-isms-change = True or false: an organisation whose change advisory board approves every change to production systems under 8.32 Change management thereby meets clause 6.3, planning of changes, of ISO/IEC 27001:2022.
q-isms-change-explanation = False. Clause 6.3 concerns changes to the ISMS itself, such as its scope, structure, roles or processes, which must be carried out in a planned way. Control 8.32 governs changes to information processing facilities and systems. An IT change process does not plan the merger of two security teams or a new ISMS scope.

q-harmonized = An organisation already runs a quality management system certified to ISO 9001. Which of these ISO/IEC 27001:2022 requirements come from the structure common to ISO management system standards and have a counterpart in ISO 9001, so that they can be run as common processes? Select all that apply.
q-harmonized-explanation = Internal audit (9.2), management review (9.3) and planning of changes (6.3) belong to the Harmonized Structure that ISO management system standards share. The information security risk assessment (6.1.2) and the Statement of Applicability (6.1.3) are specific to ISO/IEC 27001 and have no equivalent in ISO 9001.
q-harmonized-option-internal-audit = 9.2 Internal audit
q-harmonized-option-internal-audit-feedback = Yes: the same internal audit programme can cover both systems.
q-harmonized-option-management-review = 9.3 Management review
q-harmonized-option-management-review-feedback = Yes: one review can cover both systems, provided each system's inputs are covered.
q-harmonized-option-planning-changes = 6.3 Planning of changes
q-harmonized-option-planning-changes-feedback = Yes: ISO 9001 already had it, and the 2021 Harmonized Structure made it common text.
q-harmonized-option-risk-assessment = 6.1.2 Information security risk assessment
q-harmonized-option-risk-assessment-feedback = No: the common text only covers risks and opportunities in general (6.1); the information security risk assessment is specific to ISO/IEC 27001.
q-harmonized-option-soa = The Statement of Applicability required by 6.1.3
q-harmonized-option-soa-feedback = No: the Statement of Applicability exists only in ISO/IEC 27001, because it relates to Annex A.

q-auditor-requests = During a certification audit, the auditor makes five requests. Match each request with the clause of ISO/IEC 27001:2022 it mainly tests.
q-auditor-requests-explanation = Controlling an outsourced service relevant to the ISMS is part of operational planning and control (8.1). Evidence that administrators are qualified tests competence (7.2). Tracking progress on objectives tests 6.2. Asking a receptionist what the policy means for her tests awareness (7.3), which lives in people's understanding rather than in training records. Deciding who is told what, when and how is communication (7.4).
q-auditor-requests-left-soc-provider = "Show me how you keep the outsourced security monitoring service under control."
q-auditor-requests-left-admin-skills = "Show me the evidence that your firewall administrators are qualified for their role."
q-auditor-requests-left-objective-tracking = "Show me how progress on your security objectives is followed, and by whom."
q-auditor-requests-left-receptionist = The auditor asks a receptionist what the security policy means for her daily work.
q-auditor-requests-left-policy-change-news = "Show me how you decided who is told about a policy change, when and through which channel."
q-auditor-requests-right-operation = 8.1 Operational planning and control
q-auditor-requests-right-competence = 7.2 Competence
q-auditor-requests-right-objectives = 6.2 Information security objectives and planning to achieve them
q-auditor-requests-right-awareness = 7.3 Awareness
q-auditor-requests-right-communication = 7.4 Communication

q-soa-content = According to ISO/IEC 27001:2022, which elements must the Statement of Applicability contain? Select all that apply.
q-soa-content-explanation = The Statement of Applicability contains the necessary controls, the justification for including them, whether each is implemented, and the justification for excluding any Annex A control. Residual risk levels belong in the risk register and the treatment plan. Noting the ISO/IEC 27002 guidance followed is good practice, but not a requirement.
q-soa-content-option-necessary-controls = The controls found necessary to treat the risks
q-soa-content-option-inclusion-reason = The justification for including each of them
q-soa-content-option-implementation-status = Whether each necessary control is implemented
q-soa-content-option-exclusion-reason = The justification for excluding any Annex A control
q-soa-content-option-residual-levels = The residual risk level reached by each control
q-soa-content-option-residual-levels-feedback = Not required: residual risk is recorded in the risk register and accepted by the risk owners, not in the SoA.
q-soa-content-option-guidance-used = The ISO/IEC 27002 guidance followed for each control
q-soa-content-option-guidance-used-feedback = Useful, but not required: ISO/IEC 27002 is guidance, and the standard does not ask the SoA to cite it.

q-other-source = True or false: a control that the organisation designed itself, and which appears nowhere in Annex A, has no place in the Statement of Applicability.
q-other-source-explanation = False. The Statement of Applicability lists all the necessary controls determined in 6.1.3, and those may come from any source: in-house design, a sector framework or a customer's contract. Annex A is used to check that nothing necessary was omitted, and each of its controls must be either included or justifiably excluded, but it does not limit the list.

q-not-implemented = A firm has decided it needs 8.12 Data leakage prevention to treat a high risk, but the tool will not be deployed until next year. How should its Statement of Applicability show this control today?
q-not-implemented-explanation = The control is necessary, so it is included, with the justification for including it. The SoA states that it is not yet implemented and the risk treatment plan shows how and when it will be. Excluding it would claim it is not needed; marking it implemented would be false; leaving it out would hide a necessary control.
q-not-implemented-option-included-planned = Included, marked as not yet implemented, with a reference to the risk treatment plan
q-not-implemented-option-included-planned-feedback = Correct: the SoA records whether each necessary control is implemented, and the plan covers the gap.
q-not-implemented-option-excluded-until = Excluded until the tool is in place, with the deployment date as the justification
q-not-implemented-option-excluded-until-feedback = No: an exclusion says the control is not needed. Here it is needed; it is just not in place yet.
q-not-implemented-option-marked-implemented = Marked as implemented, since the project is approved and funded
q-not-implemented-option-marked-implemented-feedback = No: approval is not implementation, and an auditor would find no evidence behind the claim.
q-not-implemented-option-left-out = Left out of the Statement of Applicability until it can be audited
q-not-implemented-option-left-out-feedback = No: every necessary control and every Annex A control must appear, whatever its status.

q-reassessment-clause = ISO/IEC 27001:2022 defines the risk assessment process in 6.1.2. Which clause then requires that assessment to be carried out on a planned schedule, and again when a significant change is planned or happens? Give the clause number.
q-reassessment-clause-explanation = Clause 8.2, in the operation clause: the risk assessment defined in 6.1.2 is carried out at planned intervals and on significant change, with its results kept as documented information. Clause 8.3, next to it, requires the risk treatment plan to be implemented and its results kept.

q-auditor-choice = In a 40-person company, the security manager wrote most of the ISMS processes. Who could perform the internal audit of those processes?
q-auditor-choice-explanation = Clause 9.2 requires auditors to be chosen so that audits are objective and impartial, which rules out auditing one's own work. A trained colleague with no responsibility for the processes, or an external auditor, is suitable. The certification body cannot perform internal audits, and no particular certificate is required of internal auditors.
q-auditor-choice-option-independent-colleague = A trained colleague from another department, or an external auditor, with no responsibility for those processes
q-auditor-choice-option-independent-colleague-feedback = Correct: this keeps the audit objective and impartial at a cost a small company can bear.
q-auditor-choice-option-security-manager = The security manager, who knows the processes best
q-auditor-choice-option-security-manager-feedback = No: knowing the processes well does not make up for auditing one's own work.
q-auditor-choice-option-certification-body = The certification body, whose audit can replace the internal audit
q-auditor-choice-option-certification-body-feedback = No: the certification body may not perform internal audits of an ISMS it certifies, and its audit does not replace them.
q-auditor-choice-option-lead-auditor-only = Only a person holding a lead auditor certificate
q-auditor-choice-option-lead-auditor-only-feedback = No: competence and impartiality are required, not a particular certificate.

q-review-inputs = The ISMS manager is preparing the agenda of the next management review. Which items does ISO/IEC 27001:2022 expect among its inputs? Select all that apply.
q-review-inputs-explanation = Management review inputs include changes in the needs and expectations of interested parties (added in 2022), the status of actions from previous reviews, and the results of risk assessment with the status of the risk treatment plan. A complete log of firewall changes is operational detail, and individual appraisals are a human resources matter; neither is a review input.
q-review-inputs-option-interested-parties = Changes in the needs and expectations of interested parties relevant to the ISMS
q-review-inputs-option-previous-actions = The status of actions decided at previous reviews
q-review-inputs-option-treatment-status = Risk assessment results and the status of the risk treatment plan
q-review-inputs-option-firewall-changes = The complete log of firewall rule changes since the last review
q-review-inputs-option-firewall-changes-feedback = No: top management needs trends and decisions to take, not operational logs.
q-review-inputs-option-staff-appraisals = Individual performance appraisals of the security team
q-review-inputs-option-staff-appraisals-feedback = No: appraisals belong to human resources processes, not to the review of the ISMS.

q-corrective-steps = An internal audit finds that three people who left the company still had active accounts. Put the handling of this nonconformity in the order clause 10.2 describes.
q-corrective-steps-explanation = The organisation first reacts: it disables the accounts and deals with the consequences. It then looks for the causes, checks whether similar cases exist or could occur, implements the corrective action and, after some time, reviews whether that action was effective.
q-corrective-steps-item-react = Disable the three accounts and check what they were used for after the departures
q-corrective-steps-item-causes = Find out why the departures were not passed on to the IT team
q-corrective-steps-item-similar-cases = Check whether other systems or contractors' accounts have the same problem
q-corrective-steps-item-implement = Change the leaver process so that every departure triggers account removal
q-corrective-steps-item-effectiveness = Three months later, check on a sample of leavers that the new process works

q-correction-closes = True or false: once the overdue access review flagged by an internal audit has been completed, the nonconformity has been fully dealt with as far as clause 10.2 is concerned.
q-correction-closes-explanation = False. Completing the review is a correction. Clause 10.2 also requires the organisation to evaluate the need to act on the causes so that the problem does not recur, to implement any action needed, to review its effectiveness and to keep records of the nonconformity and the results.

q-accreditation-roles = Match each organisation or standard with its role in ISO/IEC 27001 certification.
q-accreditation-roles-explanation = A national accreditation body such as UKAS or COFRAC accredits certification bodies; the certification body audits the ISMS and decides on certification; ISO/IEC 17021-1 sets general requirements for bodies certifying any management system, and ISO/IEC 27006-1 (called ISO/IEC 27006 before its 2024 edition) adds those specific to the ISMS; the IAF links accreditation bodies through mutual recognition.
q-accreditation-roles-left-national-body = UKAS or COFRAC
q-accreditation-roles-left-certification-body = A certification body
q-accreditation-roles-left-iso17021 = ISO/IEC 17021-1
q-accreditation-roles-left-iso27006 = ISO/IEC 27006-1
q-accreditation-roles-left-iaf = International Accreditation Forum (IAF)
q-accreditation-roles-right-accredits = Assesses and accredits certification bodies in its country
q-accreditation-roles-right-certifies = Audits the organisation's ISMS and decides whether to certify it
q-accreditation-roles-right-general-requirements = General requirements for bodies that audit and certify any management system
q-accreditation-roles-right-isms-requirements = Additional requirements for bodies that certify information security management systems
q-accreditation-roles-right-mutual-recognition = Links accreditation bodies so that they recognise each other's accreditations

q-finding-grades = The stage 2 audit of a software company ends with the findings below. Sort each into the grade a certification body would normally give it.
q-finding-grades-explanation = A requirement not addressed at all, such as internal audit, or a process that has never worked, such as owners' approval of treatment, puts the ISMS's intended results in doubt: major. An isolated lapse in an otherwise working process is minor. Suggestions about presentation or follow-up, where the requirement is met, are opportunities for improvement.
q-finding-grades-category-major = Major nonconformity
q-finding-grades-category-minor = Minor nonconformity
q-finding-grades-category-improvement = Opportunity for improvement
q-finding-grades-item-no-internal-audit = No internal audit has been carried out since the ISMS was set up
q-finding-grades-item-no-owner-approval = No risk owner has ever approved the treatment plan or accepted a residual risk
q-finding-grades-item-late-leaver = One of 25 sampled leavers lost access four days later than the procedure requires
q-finding-grades-item-missing-record = The competence record of one of eight administrators is missing, though the person is qualified
q-finding-grades-item-trend-charts = Security measures are reported correctly but would be easier to act on with trend charts
q-finding-grades-item-audit-links = Internal audit reports could reference risk register entries to speed up follow-up

q-cycle-order = Put the events of an organisation's first ISO/IEC 27001 certification cycle in chronological order.
q-cycle-order-explanation = The two stages of the initial audit come first, then the certification body decides and issues the certificate. Surveillance audits follow in the first and second years, and a recertification audit before expiry opens a new three-year cycle.
q-cycle-order-item-stage-1 = Stage 1 audit
q-cycle-order-item-stage-2 = Stage 2 audit
q-cycle-order-item-decision = Certification decision and issue of the certificate
q-cycle-order-item-surveillance-1 = First surveillance audit
q-cycle-order-item-surveillance-2 = Second surveillance audit
q-cycle-order-item-recertification = Recertification audit

q-validity = For how many years is an accredited ISO/IEC 27001 certificate issued, provided the surveillance audits go well? Answer with a number.
q-validity-explanation = Three years. Surveillance audits take place every year in between, and a recertification audit before expiry leads to a new three-year certificate.

q-stage-1 = What is the main purpose of the stage 1 audit in an initial ISO/IEC 27001 certification?
q-stage-1-explanation = Stage 1 reviews the documented ISMS (scope, risk assessment and treatment, Statement of Applicability) and whether internal audits and management reviews are planned and under way, to decide whether the organisation is ready for stage 2. Testing controls in operation is the job of stage 2; a certification body may not act as a consultant; and no provisional certificate exists.
q-stage-1-option-readiness = Reviewing the documented ISMS and judging whether the organisation is ready for stage 2
q-stage-1-option-readiness-feedback = Correct: stage 1 is about documentation and readiness.
q-stage-1-option-effectiveness = Testing a sample of controls in operation to confirm that they are effective
q-stage-1-option-effectiveness-feedback = No: that is stage 2, which evaluates implementation and effectiveness.
q-stage-1-option-consulting = Advising the organisation on how to close its gaps before certification
q-stage-1-option-consulting-feedback = No: a certification body may not provide consultancy on the ISMS it certifies.
q-stage-1-option-provisional = Issuing a provisional certificate valid until stage 2
q-stage-1-option-provisional-feedback = No: there is no provisional certificate; the decision comes only after stage 2.

q-first-surveillance = A certification body took its decision to certify an organisation on 15 March. By when must the first surveillance audit take place?
q-first-surveillance-explanation = The first surveillance audit must take place within twelve months of the certification decision, and surveillance continues at least once each calendar year until recertification. Significant changes can trigger an extra audit, but they do not replace the annual surveillance.
q-first-surveillance-option-twelve-months = Within twelve months of the certification decision
q-first-surveillance-option-twelve-months-feedback = Correct: surveillance starts no later than twelve months after the decision.
q-first-surveillance-option-eighteen-months = Within eighteen months, halfway through the cycle
q-first-surveillance-option-eighteen-months-feedback = No: surveillance is at least annual, not once in the middle of the cycle.
q-first-surveillance-option-on-change = Only if the organisation reports a significant change
q-first-surveillance-option-on-change-feedback = No: changes can justify a special audit, but surveillance is planned every year regardless.
q-first-surveillance-option-at-recertification = Not before the recertification audit in the third year
q-first-surveillance-option-at-recertification-feedback = No: a certificate with no surveillance for three years would not be maintained.
