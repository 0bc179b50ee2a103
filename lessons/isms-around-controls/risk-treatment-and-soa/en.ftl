title = Risk treatment and the Statement of Applicability
overview = You will be able to take evaluated risks through clause 6.1.3 of ISO/IEC 27001, from the choice of treatment options to the risk owners' approval, and build a Statement of Applicability that an auditor can trace back to those risks.
explanation =
    Risk treatment starts where the assessment of 6.1.2 ends: risks to confidentiality, integrity and availability within the scope, each with an owner and a level compared with the acceptance criteria. Clause 6.1.3 turns that list into decisions.

    For each risk that needs treatment an option is selected. ISO/IEC 27001 does not list them, but ISO/IEC 27005 and common practice recognise four: modify the risk with controls that lower its likelihood or consequences; retain it, as an informed decision; avoid it by stopping or changing the activity behind it; or share it with another party, through insurance or a contract. Options can be combined.

    The organisation then determines all the controls needed to carry out those options, from any source: its own design, ISO/IEC 27002, a sector framework, a customer's contract. Only then does it compare them with Annex A, a list of possible controls that is not exhaustive, to check that no necessary control has been overlooked.

    The Statement of Applicability records the outcome. In the 2022 wording it contains the necessary controls, the justification for including them, whether each is implemented, and the justification for excluding any Annex A control. The risk treatment plan says how and when the missing controls will be delivered; the risk owners approve it and accept the residual risks; documented information on the process is kept.

    Certification does not freeze any of this. Clause 8.2 requires the assessment to be repeated at planned intervals and when significant changes are proposed or occur, and 8.3 requires the plan to be implemented, with records of results. The Statement of Applicability changes with the organisation.
practical-example = An online insurance broker with 60 staff moves its customer relationship management to a SaaS provider. The risk of client files being exposed through misconfigured sharing is rated above the acceptance level, and its owner, the head of operations, decides to modify it. The team selects 5.23 Information security for use of cloud services, 8.12 Data leakage prevention and tighter access rights under 5.18, plus a monthly review of sharing links it designed itself. Comparing with Annex A, it notices that nothing covers deleting client data when the contract ends, and adds 8.10 Information deletion. The Statement of Applicability and the plan are updated, and the head of operations signs both the plan and the residual risk.
block-treatment-chain-heading = The chain of clause 6.1.3
block-treatment-chain-body =
    Each step of 6.1.3 uses the output of the previous one: options, necessary controls, the Annex A comparison, the Statement of Applicability, the treatment plan, and the owners' approval with acceptance of residual risks.

    Auditors test the chain by tracing it in both directions. They take a high risk and follow it to its controls, the Statement of Applicability and the plan; or they take an Annex A control and ask which risk or obligation makes it necessary, or why it was excluded.
block-options-and-controls-heading = Four options, controls from any source
block-options-and-controls-body =
    Modifying is the common case, not the only one. Retaining is legitimate when the level is within the criteria, or when treatment would cost more than it saves, provided the owner decides knowingly. Avoiding changes the business: no longer keeping a category of data, withdrawing a service. Sharing moves part of the consequences to another party; accountability for the information stays with the organisation.

    Determining controls is design work, and one risk often calls for several themes, for instance 8.5 Secure authentication (technological) with 5.17 Authentication information (organisational). Controls designed in-house or taken from other frameworks are as valid as Annex A ones and belong in the Statement of Applicability too.
block-soa-excerpt-heading = A worked excerpt of a Statement of Applicability
block-soa-excerpt-body =
    Four rows from the broker's Statement of Applicability, each with what the 2022 edition expects:

    - 5.23 Information security for use of cloud services. Included: risks R-07 and R-12, client data held in SaaS applications. Implemented: cloud service register and supplier reviews since March.
    - 8.12 Data leakage prevention. Included: risk R-15, client files sent outside by mistake. Not yet implemented: plan item TP-09, due in the third quarter, with interim checks on outgoing mail.
    - 8.30 Outsourced development. Excluded: the broker commissions no development, the risk register shows no related risk and a review of contracts found no obligation. To be reopened if a development supplier is engaged.
    - BR-01 Monthly review of external sharing links. Included: risk R-12; in-house control, not in Annex A. Implemented: review records kept in the CRM.

    Every row points to a risk or obligation on one side and to evidence or the plan on the other.
block-plan-and-approval-heading = The treatment plan and the owners' approval
block-plan-and-approval-body =
    ISO/IEC 27001 does not prescribe the plan's content. In practice each action states the risks it treats, the controls concerned, an owner, resources, a deadline and how completion will be checked, so that progress can be reported to management review.

    The risk owners then approve the plan and accept the residual risks, meaning the levels expected once the planned controls work. Acceptance is an explicit, recorded decision by someone with authority over the activity, not a default when nobody objects. If a residual risk stays above the acceptance criteria, the record says who accepted it and why, or the treatment is reopened.
example-insurance = A firm buys cyber insurance to share the financial consequences of ransomware. The insurer still requires tested backups under 8.13 Information backup, and the firm still answers to its clients for the outage: sharing changed who pays, not who is accountable.
example-avoid-card-data = A web shop that stored card numbers moves payment to a payment service provider and keeps only tokens. The risk of card data being stolen from its own servers is avoided; a new dependency appears, treated through 5.19 Information security in supplier relationships.
callout-annex-a-first-title = Starting from Annex A
callout-annex-a-first-body = Many first implementations open Annex A and mark every control "applicable". The result is a long document that no risk explains, and it often misses controls needed beyond Annex A. Start from the risks and use Annex A as the check that clause 6.1.3 intends.
callout-residual-signature-title = Acceptance is a signature, not a silence
callout-residual-signature-body = Keep a dated record of each owner's approval of the plan and acceptance of residual risks, in the risk register or committee minutes. Auditors ask for it early; without it, risk treatment is not complete.
prompt = Choose one risk in an organisation you know. Write the Statement of Applicability row for one control that treats it and the matching line of the treatment plan, then say who should approve it and accept what remains.
prompt-guidance =
    A complete row names the control and its number, or an in-house reference if it comes from outside Annex A, justifies its inclusion by pointing to the risk or obligation, states whether it is implemented and points to evidence or to the plan.

    The plan line adds an owner, a deadline, resources and a completion check. Approval belongs to the risk owner, who has authority over the activity and its budget, not to the security team; the residual risk is stated as a level against the criteria.
exercise = For each decision, choose the risk treatment option it represents.
exercise-explanation = Multi-factor authentication and leakage prevention are controls: they modify the risk. The low-risk kiosk and the knowingly tolerated old server are retained risks. Ceasing to collect passports and withdrawing a service remove the activity: avoidance. Insurance and a liability clause share the consequences with another party.
exercise-category-modify = Modify
exercise-category-retain = Retain
exercise-category-avoid = Avoid
exercise-category-share = Share
exercise-item-mfa = Enforcing multi-factor authentication on remote access to make account takeover less likely
exercise-item-dlp-tool = Deploying data leakage prevention on outgoing email
exercise-item-kiosk = Leaving a visitor kiosk that shows only public information as it is, since its risk is below the acceptance level
exercise-item-legacy-server = Keeping an old server unpatched for six months until its planned replacement, with the owner's recorded decision
exercise-item-passport-copies = Ceasing to collect copies of customers' passports that the business no longer needs
exercise-item-file-exchange = Withdrawing a little-used file exchange service rather than securing it
exercise-item-breach-insurance = Taking out insurance that covers the costs of a data breach
exercise-item-hosting-liability = Agreeing a contract clause under which the hosting partner bears the costs of incidents its own staff cause
figure-risk-to-soa-caption = From risk assessment to the risk owners' approval: the steps of clause 6.1.3
figure-risk-to-soa-description =
    The figure reads from left to right.

    - The risk assessment of 6.1.2 provides evaluated risks and their owners.
    - A treatment option is chosen for each risk: modify, retain, avoid or share.
    - The necessary controls are determined, from any source.
    - Below them, Annex A is used as a two-way cross-check, shown with dashed arrows, so that no necessary control is omitted.
    - The necessary controls lead to two outputs: the Statement of Applicability (controls, reasons for inclusion or exclusion, implementation status) and the risk treatment plan (who does what, by when).
    - The plan goes to the risk owners, who approve it and accept the residual risks.
figure-risk-to-soa-label-assessment = Risk assessment
figure-risk-to-soa-label-assessment-detail = 6.1.2: evaluated risks and their owners
figure-risk-to-soa-label-options = Treatment options
figure-risk-to-soa-label-options-detail = modify, retain, avoid or share
figure-risk-to-soa-label-controls = Necessary controls
figure-risk-to-soa-label-controls-detail = from any source
figure-risk-to-soa-label-annex-a = Annex A
figure-risk-to-soa-label-annex-a-detail = cross-check: no necessary control omitted
figure-risk-to-soa-label-soa = Statement of Applicability
figure-risk-to-soa-label-soa-detail = controls, reasons, status
figure-risk-to-soa-label-plan = Risk treatment plan
figure-risk-to-soa-label-plan-detail = who, what, by when
figure-risk-to-soa-label-approval = Risk owners
figure-risk-to-soa-label-approval-detail = approve the plan and accept residual risks
