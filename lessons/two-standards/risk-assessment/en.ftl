title = The risk assessment ISO/IEC 27001 requires
overview = You will be able to explain what clause 6.1.2 of ISO/IEC 27001 expects of an information security risk assessment, and recognise a process that meets it.
explanation =
    Clause 6.1.2 of ISO/IEC 27001 does not impose a particular method for assessing information security risks. It states what the process has to achieve, so that each organisation can pick a method that suits it and still satisfy an auditor.

    First, the organisation sets risk criteria and keeps them current: how likelihood and consequences are rated, and the level at which a risk is accepted. Second, the process has to be repeatable: carried out again, it should give consistent, valid and comparable results, whoever performs it.

    Within the scope of the ISMS, the process identifies the risks of losing the confidentiality, integrity or availability of information, and names an owner for each one, meaning the person accountable for the risk and entitled to decide how it is handled. Each risk is then analysed: the team estimates what would happen if it materialised and how likely that is, and derives a level of risk. Evaluation compares those levels with the criteria and sets priorities for treatment.

    Finally, the organisation keeps documented information about the process, so that its method and results can be shown and checked. Risk treatment (clause 6.1.3) builds on these results. For each risk to treat, the organisation chooses an option: modify the risk with controls, retain it, avoid it or share it. It determines the controls those options need, compares them with Annex A so that none necessary is missed, records the outcome in the Statement of Applicability and sets out a risk treatment plan. The risk owners then approve the plan and accept the residual risks.
practical-example =
    A hospital group runs its yearly risk assessment in a shared workbook. The criteria sheet, approved by the security committee, defines five-point scales for likelihood and impact and the score above which a risk must be treated. Department heads list risks to patient records, billing and scheduling systems, each tagged with the property at stake and an owner from the business. Two analysts score a sample separately to check that the method gives the same results. The committee then compares the scores with the criteria, and the workbook, with its version history, is kept as the documented record.
block-criteria-and-repeatability-heading = Criteria first, and a method that repeats
block-criteria-and-repeatability-body =
    Before anyone scores a risk, the organisation decides how risks will be judged. The criteria are established once and maintained afterwards, for instance when the organisation's appetite for risk changes.

    - Scales for likelihood and for consequences, with plain descriptions of each level.
    - The level at which a risk can be accepted without further treatment.
    - The rules for carrying out the assessment, so that every team works the same way.

    The aim is a process that gives consistent, valid and comparable results when it is repeated. If two assessors rate the same scenario very differently, or this year's results cannot be set against last year's, the criteria or their descriptions need work.
block-risks-and-owners-heading = Identifying risks and their owners
block-risks-and-owners-body =
    Identification stays within the scope of the ISMS and looks for events that could compromise the confidentiality, integrity or availability of information. A useful habit is to state each risk as a short scenario: what could happen, to which information, with what effect.

    Each risk then receives an owner. The owner is accountable for the risk and has the authority to decide how it is treated, for example by accepting it or funding a control. That is why owners are usually managers of the activity concerned rather than the security team, which advises and coordinates.

    A risk without an owner tends to stay on the register indefinitely, because no one is in a position to decide about it.
block-analyse-evaluate-document-heading = Analyse, evaluate, document
block-analyse-evaluate-document-body =
    Analysis and evaluation are two different steps, and confusing them is a common weakness.

    - Analysis estimates, for each risk, how serious the effects would be if it occurred and how likely that is in practice, and combines the two into a level of risk.
    - Evaluation compares each level with the risk criteria and decides which risks call for treatment, and in what order.

    Throughout, the organisation keeps documented information about the process: the criteria, the method, the risks identified with their owners, and the analysis and evaluation results. This record lets an auditor confirm that the process exists and works, and lets the next assessment start from a known baseline.
example-inconsistent-scores = Two business units rate the same laptop theft scenario as "low" and "critical". Without shared criteria the results cannot be compared, so the process falls short of the consistency the standard expects.
example-business-owner = The risk of payroll data being altered is owned by the head of human resources, who decides how it is treated, while the IT team operates the supporting controls.
callout-outcomes-not-method-title = Outcomes, not a prescribed method
callout-outcomes-not-method-body = ISO/IEC 27001 does not tell you which risk method to use. It tells you what the method must deliver: maintained criteria, repeatable results, risks to confidentiality, integrity and availability within scope, named owners, analysis and evaluation against the criteria, and a documented process.
callout-owners-who-decide-title = Choose owners who can decide
callout-owners-who-decide-body = When naming a risk owner, ask who could accept the risk or approve spending on it. If the answer is someone else, that person is probably the right owner.
prompt = Describe how risks are scored in an organisation you know. Would two people scoring the same risk independently reach the same result? What would you change so that the results become consistent, valid and comparable?
prompt-guidance =
    A good answer first describes the current scales and who applies them, then tests them against a concrete scenario. Typical weaknesses are vague level descriptions, criteria that differ between departments, and scores that depend on who attends the workshop.

    Useful changes include writing a plain description for every level of likelihood and consequence, agreeing a single acceptance level, calibrating assessors on a few shared examples, and recording the reasoning behind each score so that the next assessment can be compared with this one.
exercise = Put these risk assessment activities in the order they are usually carried out.
exercise-explanation = Criteria come first because every later step relies on them. Risks are identified within the ISMS scope, each is given an owner, then analysed to obtain a level of risk, and finally evaluated against the criteria. Documentation accompanies every step.
exercise-item-set-criteria = Establish the risk criteria, including the acceptance level
exercise-item-identify-risks = Identify risks to confidentiality, integrity and availability within the ISMS scope
exercise-item-identify-owners = Name an owner for each risk
exercise-item-analyse = Estimate consequences and likelihood to obtain a level of risk
exercise-item-evaluate = Compare each level with the criteria and set treatment priorities
