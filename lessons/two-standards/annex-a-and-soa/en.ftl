title = Annex A, ISO/IEC 27002 and the Statement of Applicability
overview = You will see how the brief entries of ISO/IEC 27001 Annex A, a title and a control statement each, and the guidance of ISO/IEC 27002 are read together, and how an organisation justifies the controls it excludes.
explanation =
    Annex A of ISO/IEC 27001 is a reference list of information security controls. Each entry is brief: a short title and a one-line statement of the control. That brevity is deliberate. Annex A says what the reference set of controls contains, not how to implement any of them.

    ISO/IEC 27002 takes the same controls and expands each one with implementation guidance, interpretation and examples. In the current editions the two documents list the same controls under the same numbering, so a reader can go straight from an Annex A entry to the matching clause of ISO/IEC 27002. Read one without the other and you get either a bare statement with no substance or guidance with no link to the requirements.

    Annex A is not a checklist to apply in full. Once it has assessed its risks, an organisation decides which controls it needs. ISO/IEC 27001 lets it exclude an Annex A control where no risk, and no legal, contractual or regulatory obligation, calls for that control. The decision and its reasons are recorded in the Statement of Applicability, the document that shows control by control what applies and why. Auditors read it closely, and an exclusion resting on a thin justification is among the first things they question.
practical-example =
    The ISMS team of a regional logistics firm keeps its Statement of Applicability as a table with one row per Annex A control. For each row it records whether the control applies, the risks or obligations behind that decision, the implementation status and the ISO/IEC 27002 guidance it relied on. The firm develops no software, so secure coding is marked as excluded, with a reference to the risk assessment and a note from the legal team confirming that no contract or regulation requires it. When the firm later starts building a customer portal, the row is reopened and the control brought back in.
block-annex-a-heading = Annex A: the reference list
block-annex-a-body =
    Annex A of ISO/IEC 27001 gathers the reference controls in one place. Each is given a title and a one-sentence control statement, which makes the list easy to scan and compare with the outcome of a risk assessment.

    - It acts as a cross-check: after choosing controls from its risk assessment, the organisation compares its choice with Annex A so that nothing relevant is missed.
    - It gives every control a stable number, which the Statement of Applicability, audit reports and internal documents can refer to.
    - It does not explain how to implement a control, how far to go or what evidence to keep.

    Those last questions are exactly where ISO/IEC 27002 comes in.
block-expanded-guidance-heading = ISO/IEC 27002: the same control, expanded
block-expanded-guidance-body =
    For each control, ISO/IEC 27002 states its purpose, gives implementation guidance and adds further information such as interpretation points and examples. A two-line Annex A entry typically becomes several paragraphs of practical advice.

    The guidance helps a team answer questions the short entry leaves open: which assets are concerned, which roles are involved, which situations call for a stricter approach. It remains guidance, so the team adapts it to its size, technology and risks.

    Reading the two documents together is the normal way of working. Annex A anchors the control in the requirements that will be audited; ISO/IEC 27002 supplies the substance needed to implement it well.
block-statement-of-applicability-heading = Excluding a control and saying why
block-statement-of-applicability-body =
    The Statement of Applicability records, for each Annex A control, whether the organisation applies it and why. More precisely, ISO/IEC 27001 expects it to list the necessary controls, the justification for including them and whether they are implemented, together with the justification for excluding any Annex A control. It is the document an auditor turns to first when looking at the controls.

    An exclusion is acceptable only where none of the following calls for the control:

    - a risk identified in the risk assessment;
    - a legal or regulatory obligation;
    - a contractual obligation towards a client, partner or supplier.

    A sound justification names the reasoning and refers to the evidence, for example the risk assessment results and the register of contracts. It is reviewed when the organisation, its activities or its obligations change.
example-no-software = A consultancy that writes no software of its own excludes control 8.28 Secure coding, and cites the risk assessment and a check of its contracts in the Statement of Applicability.
example-contract-keeps-control = An accounting firm judges the risk to the files it sends its clients low enough to do without encryption, but one client's contract requires every file transferred to it to be encrypted. That contractual obligation alone keeps control 8.24 Use of cryptography applicable.
callout-side-by-side-title = Keep both documents open
callout-side-by-side-body = When you work on a control, read the Annex A entry and the matching clause of ISO/IEC 27002 together. Note in the Statement of Applicability which guidance you followed and where you departed from it.
callout-weak-exclusion-title = "Not relevant" is not a justification
callout-weak-exclusion-body = An exclusion has to show that no risk and no legal, contractual or regulatory obligation calls for the control. Check the contract register and the applicable regulations before excluding anything, and revisit every exclusion when the organisation changes.
prompt = Choose one Annex A control that an organisation you know could exclude. Write the justification you would record in its Statement of Applicability, then list what you would check before signing it off.
prompt-guidance =
    A strong justification refers to the facts behind it: the activity the organisation does not carry out, or the asset it does not have, and the risk assessment result that shows no risk calls for the control.

    Before signing off, you would check three kinds of obligation: laws and regulations that apply to the organisation, contracts with clients and partners, and commitments made to suppliers. You would also plan when to review the exclusion, for instance at each update of the risk assessment or when a new service is launched.
exercise = A team is drafting its first Statement of Applicability. Which of these does ISO/IEC 27001 expect the document to contain? Select all that apply.
exercise-explanation = The Statement of Applicability lists the necessary controls with the reasons for including them, says whether each one is implemented, and justifies every Annex A control that is excluded. Residual risks, and who implements which control by when, belong to the risk treatment plan; many teams add owners to their SoA, but ISO/IEC 27001 does not require it there.
exercise-option-necessary-controls = The necessary controls, with the justification for including each of them
exercise-option-necessary-controls-feedback = Correct: the document starts from the controls the risk treatment calls for, and says why each one is there.
exercise-option-implementation-status = Whether each of those controls is implemented
exercise-option-implementation-status-feedback = Correct: the status shows at a glance what is in place and what is still planned.
exercise-option-exclusion-reasons = The justification for excluding any Annex A control
exercise-option-exclusion-reasons-feedback = Correct: every Annex A control left out needs its reason, grounded in risks and obligations.
exercise-option-residual-levels = The residual level of each risk after treatment
exercise-option-residual-levels-feedback = Not in the SoA: residual risks are recorded with the risk assessment and the treatment plan, where the risk owners accept them. The SoA is organised by control, not by risk.
exercise-option-guidance-text = The owner and deadline of each action needed to implement the controls
exercise-option-guidance-text-feedback = Not required in the SoA: who does what and by when is set out in the risk treatment plan. Adding owners to the SoA is a common habit, not something ISO/IEC 27001 asks of this document.
