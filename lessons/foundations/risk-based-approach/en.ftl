title = The risk-based approach and how ISO/IEC 27002 is used
overview = You will understand why controls are chosen according to risk, why they must be reviewed over time, and in which situations organisations typically turn to ISO/IEC 27002.
explanation =
    ISO/IEC 27002 offers a wide range of controls, but it does not expect every organisation to apply all of them in the same way. The approach is risk-based: an organisation first works out what could harm its information, then chooses the controls that address those risks.

    In practice this starts with an assessment of the risks to the confidentiality, integrity and availability of the information within the scope of the ISMS. Each risk is analysed, usually in terms of likelihood and impact, evaluated against criteria the organisation has set in advance, and given a risk owner who is accountable for it. For each risk judged unacceptable, the organisation then chooses a treatment option: modify the risk by adding or strengthening controls, retain it knowingly, avoid it by stopping the activity behind it, or share it with another party, for example through insurance or a contract. The chosen treatments are gathered in a risk treatment plan, which the risk owners approve, accepting at the same time the residual risks that remain. ISO/IEC 27002 helps decide how to implement the controls the plan calls for.

    The work does not end there. Threats evolve, the organisation changes its systems, suppliers and activities, and controls that once fitted can become too weak or unnecessary. Risks and controls are therefore reviewed at planned intervals and whenever something significant changes, and the lessons learned feed the next cycle. This is continual improvement: the ISMS keeps getting better rather than being a one-off project.

    Where the ISMS follows ISO/IEC 27001, the chosen controls, and the reasons for leaving any out, are recorded in a Statement of Applicability.
practical-example =
    An online retailer assesses its risks once a year and after any major change. This year two things changed: it moved its order system to a cloud provider, and phishing campaigns against its staff increased. The risk owners rated both risks above the company's acceptance threshold. The team selected controls from ISO/IEC 27002 on supplier and cloud security and on awareness training, implemented them with named owners and deadlines, and recorded its decisions. Six months later, a review showed fewer clicks on phishing links but cloud access rights that needed tightening, so the plan was adjusted.
block-risk-cycle-heading = From risks to controls
block-risk-cycle-body =
    A risk-based approach follows a simple logic, repeated over time:

    - Identify the risks to the confidentiality, integrity and availability of the information you are responsible for.
    - Analyse and evaluate each one against criteria agreed in advance, so that results stay comparable from one assessment to the next.
    - Treat each unacceptable risk: modify it with controls, retain it, avoid it or share it, drawing on ISO/IEC 27002 for proven controls; the risk owners approve the treatment plan and accept the residual risks.
    - Implement the controls, each with a named owner.
    - Monitor, review and adapt.

    The benefit is proportion: effort goes where the risk is, instead of being spread evenly across controls that matter little to the organisation.
figure-risk-process-caption = The risk-based approach as a loop: from identifying risks to monitoring and review, and back again
figure-risk-process-description =
    Five steps arranged in a circle, each leading to the next, with "Continual improvement" at the centre:

    - identify the risks to the confidentiality, integrity and availability of information;
    - analyse them, estimating likelihood and consequences;
    - evaluate them against the risk criteria set in advance;
    - treat those that are not acceptable, by modifying, retaining, avoiding or sharing them, under a treatment plan that the risk owners approve, and implement the controls it calls for;
    - monitor and review the results.

    An arrow leads from monitoring and review back to identification: what the review finds starts the next cycle.
figure-risk-process-label-step-identify = Identify risks
figure-risk-process-label-step-analyse = Analyse likelihood and consequences
figure-risk-process-label-step-evaluate = Evaluate against the criteria
figure-risk-process-label-step-treat = Treat
figure-risk-process-label-treat-options = modify, retain, avoid or share
figure-risk-process-label-step-monitor = Monitor and review
figure-risk-process-label-centre = Continual improvement
block-continual-improvement-heading = Review and adapt: continual improvement
block-continual-improvement-body =
    A set of controls chosen two years ago reflects the threats and the organisation of two years ago. Both keep moving:

    - new threats appear, from new fraud techniques to attacks on widely used software
    - the organisation changes: new cloud services, new suppliers, a merger, remote working, new products
    - laws, regulations and contracts bring new obligations

    Reviewing risks and controls regularly, and after any significant change, keeps the security effort in line with reality. Incidents, audit findings and monitoring results are valuable inputs, since each one shows where a control failed or is missing. The aim is continual improvement, with every cycle leaving the organisation better protected than the one before.
block-common-uses-heading = How organisations use ISO/IEC 27002
block-common-uses-body =
    The standard serves many purposes. Among the most common:

    - protecting sensitive customer data, for example in a bank or another financial institution
    - writing or revising an organisation-wide information security policy
    - training staff in security awareness and in the handling of confidential data
    - auditing existing measures to find gaps and weaknesses
    - supporting compliance with legal, regulatory and contractual obligations
    - showing customers and partners a genuine commitment to safeguarding their information

    In each case the standard provides a shared, recognised reference. That common language helps a security team explain and justify its choices to management, auditors and customers alike.
example-bank-data = A bank holding account and card data identifies unauthorised disclosure as a major risk. It selects controls such as strict access rights, encryption and monitoring of access, and uses ISO/IEC 27002 to shape how each one is implemented.
example-gap-audit = An internal auditor compares a company's existing measures with the controls described in ISO/IEC 27002 and reports the gaps, ranked by the risks they leave open.
callout-not-checklist-title = Not a checklist to tick off
callout-not-checklist-body = Applying every control in ISO/IEC 27002 without asking whether it addresses a real risk wastes effort and can bury the controls that truly matter. Let the risk assessment drive the choice.
callout-never-finished-title = Security is never finished
callout-never-finished-body = Risks and controls are reviewed at planned intervals and after significant changes. A set of controls that is never revisited slowly stops matching the organisation it is meant to protect.
prompt = Think of a recent change in your organisation: a new system, supplier, office, product or way of working. Which new risks did it bring, and which existing controls would you review as a result?
prompt-guidance =
    A good answer links the change to specific risks and names the controls to revisit. For example: "The move to remote working raised the risk of confidential documents being seen or lost at home, and of staff connecting over poorly secured home networks. We would review the remote working policy, laptop encryption, multi-factor authentication for remote access and the awareness training on handling confidential data, with an owner for each."

    Check that your answer also says who follows up and when the topic will be reviewed again.
exercise = Put the steps of the risk-based approach in the right order.
exercise-explanation = Controls only make sense once the risks are known and evaluated: identify, then analyse and evaluate, then decide how to treat the risks that are not acceptable (modify, retain, avoid or share) and select the controls needed, then implement them with owners. Review closes the loop and feeds the next round of identification.
exercise-item-identify = Identify the risks to the confidentiality, integrity and availability of information
exercise-item-evaluate = Analyse and evaluate the risks against agreed criteria
exercise-item-select = Decide how to treat each unacceptable risk and select the controls needed
exercise-item-implement = Implement the controls and assign their owners
exercise-item-review = Review the results and adapt the controls as things change
