title = ISO/IEC 27001 sets requirements, ISO/IEC 27002 gives guidance
overview = You will understand why ISO/IEC 27001 is the standard an organisation is certified against, while ISO/IEC 27002 helps it decide how to implement its controls.
explanation =
    ISO/IEC 27001 and ISO/IEC 27002 belong to the same family but do different jobs. ISO/IEC 27001 specifies the requirements an information security management system (ISMS) has to meet. Among them is a risk management process: the organisation assesses its information security risks and uses the results to choose the controls it needs. These are requirements, so an organisation either meets each one or it does not.

    ISO/IEC 27002 is a code of practice. It describes controls and explains how they are usually put in place, with interpretation and examples, but it obliges no one to do anything. An organisation may follow it closely, adapt it to its context or draw on other sources as well.

    This difference decides what can be certified. ISO/IEC 27001 is the ISMS requirements standard that organisations are certified against: an independent certification body audits the ISMS against its requirements. A few other standards of the family can also be certified, such as ISO/IEC 27701 for privacy information management, but ISO/IEC 27002, being guidance, can never be certified against.

    In practice the two are used side by side. A team may rely heavily on ISO/IEC 27002 to design and run its controls, yet the certification still rests on the requirements of ISO/IEC 27001. Good use of the guidance makes those requirements easier to demonstrate; it never takes their place.
practical-example =
    A software company preparing for its first certification splits the work in two. The ISMS lead lists the requirements of ISO/IEC 27001 and gives each one an owner and a piece of evidence: the ISMS scope, the risk assessment method and its results, the Statement of Applicability. For every control the risk assessment calls for, the engineers open ISO/IEC 27002 to see what a sound implementation looks like and adapt it to their cloud platform. When the auditor arrives, the discussion starts from the requirements of ISO/IEC 27001; the guidance of ISO/IEC 27002 explains why the controls look the way they do.
block-requirements-heading = ISO/IEC 27001: what the management system must do
block-requirements-body =
    ISO/IEC 27001 describes a management system rather than a list of technical settings. Its requirements cover how the organisation runs information security as a whole, and they are written so that an auditor can check whether each one is met.

    - It asks the organisation to define the scope of its ISMS.
    - It requires a risk management process that identifies information security risks and leads to the choice of controls.
    - It expects controls to be operated, reviewed and improved as the organisation and its threats change.
    - It points to Annex A, a reference list of controls, so that no relevant control is overlooked.

    Because these are requirements, the standard is the yardstick for certification.
block-guidance-heading = ISO/IEC 27002: how controls are usually implemented
block-guidance-body =
    ISO/IEC 27002 is a code of practice for information security controls. For each control it explains the purpose, offers implementation guidance and gives examples that help a team interpret a brief Annex A entry in its own context.

    Nothing in it is mandatory. A small firm may apply only part of the guidance for a given control, while a bank may go well beyond it. Both remain consistent with the standard, because the guidance is there to inform decisions, not to impose them.

    ISO/IEC 27002 is not limited to technological controls: a policy, a training programme or a supplier agreement is a control just as much as encryption or a firewall rule.
block-certification-heading = What a certificate actually covers
block-certification-body =
    An ISO/IEC 27001 certificate states that an independent certification body has audited the organisation's ISMS, within a defined scope, against the requirements of ISO/IEC 27001.

    - The audit criteria are the requirements of ISO/IEC 27001, not the guidance of ISO/IEC 27002.
    - Where a team followed ISO/IEC 27002, that choice helps explain how a control works, but the auditor still asks whether the relevant requirement is met.
    - A control that departs from ISO/IEC 27002 is not a finding in itself, as long as the risk assessment justifies it and the requirements are met.

    When you read a certificate, check its scope: it covers only the part of the organisation named in it.
example-supplier-claim = A supplier's sales brochure says it is "ISO 27002 certified". A careful buyer asks for the ISO/IEC 27001 certificate and its scope instead, because no certificate exists against ISO/IEC 27002.
example-audit-question = During an audit, an engineer explains that access reviews follow ISO/IEC 27002 to the letter. The auditor listens, then asks to see how the risk assessment led to that control and the records showing it operates.
callout-no-27002-certificate-title = There is no ISO/IEC 27002 certificate
callout-no-27002-certificate-body = A claim of certification against ISO/IEC 27002 is at best imprecise. Ask for the ISO/IEC 27001 certificate, check which sites and services its scope includes, and find out when it was issued.
callout-rests-on-27001-title = Certification always rests on ISO/IEC 27001
callout-rests-on-27001-body = However much ISO/IEC 27002 shaped your controls, the certification decision is made against the requirements of ISO/IEC 27001. Keep your evidence organised around those requirements.
prompt = A manager asks you to get the organisation "certified to ISO 27002". Write the short reply you would send, explaining what is possible and how both standards would be used.
prompt-guidance =
    A good reply corrects the request without dismissing it. It explains that ISMS certification is granted against ISO/IEC 27001, which specifies the requirements of the ISMS, including the risk management process used to choose controls, and never against ISO/IEC 27002.

    It then shows where ISO/IEC 27002 fits: as guidance for implementing the controls the risk assessment selects. Strong answers also mention the scope of the future certificate and suggest a first step, such as a gap analysis against the requirements of ISO/IEC 27001.
exercise = Sort each statement under the standard it describes.
exercise-explanation = ISO/IEC 27001 is written so that an auditor can decide whether each point is met, from the scope of the ISMS to the risk assessment from which the controls are derived. ISO/IEC 27002 explains each control, why it exists and how it is commonly put in place, and leaves the organisation free to apply only part of its guidance.
exercise-category-iso27001 = ISO/IEC 27001
exercise-category-iso27002 = ISO/IEC 27002
exercise-item-isms-requirements = Each of its clauses can be checked by an auditor as met or not met.
exercise-item-risk-process = It makes the organisation assess its risks and derive from the results the controls it needs.
exercise-item-isms-scope = It obliges the organisation to decide and document which activities, sites and systems its ISMS covers.
exercise-item-implementation-guidance = For each control, it describes the ways teams commonly put the control in place.
exercise-item-code-of-practice = A ten-person firm can apply only part of what it says about a control and still be in line with it.
exercise-item-examples-and-interpretation = It explains why each control exists and what points deserve attention when adapting it.
