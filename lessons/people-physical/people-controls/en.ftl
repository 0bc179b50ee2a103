title = People controls across the employment lifecycle
overview = You will see how the eight people controls, 6.1 to 6.8, follow a person from recruitment to departure, how to scale each one to the role, and what evidence shows that they work.

explanation =
    Clause 6 of ISO/IEC 27002:2022 holds eight controls about individuals. Six follow the employment relationship: two before someone starts, two while they work, and two about what outlasts a job: 6.5 when someone leaves or changes role, and 6.6 for confidentiality agreements, which are signed early but bind people after they leave. The other two, 6.7 Remote working and 6.8 Information security event reporting, apply throughout. "Personnel" includes contractors, temporary staff and interns; service providers' staff are reached through supplier agreements.

    The common thread is proportionality. The checks on a future payment system administrator are not those on a mailroom trainee. The depth of each measure follows the information the person will reach and the assessed risks, within the limits of employment and data protection law.

    People controls rarely work alone. Access rights under 5.18 are granted once screening and the contract are complete, and adjusted or removed when 6.5 applies; equipment comes back under 5.11 Return of assets; reported events feed the incident controls from 5.24 onwards. On the ISO/IEC 27001 side, the competence and awareness requirements of clauses 7.2 and 7.3 are largely met in practice through 6.3.

    Auditors test these controls by sampling people rather than reading policies: they take recent joiners, movers and leavers from the HR system and follow each one, from screening record and signed contract to training history and access dates. A gap between the HR leaving date and the closing of accounts remains one of the most frequent findings.

practical-example =
    A 400-person insurance broker runs one joiner, mover and leaver process driven by its HR system. Screening has three written tiers, from identity and references for everyone to deeper checks, where the law allows, for finance staff and IT administrators. Every contract refers to the IT charter.

    Newcomers take an induction module, then one tailored to their role. When HR records a change of role, the manager reviews the person's access within five working days. On the last day accounts are disabled, the laptop is returned against signature and a letter recalls the duties that continue. Each quarter, the security team compares HR and directory dates for ten leavers picked at random, before any auditor does.

block-before-heading = Before employment: 6.1 and 6.2
block-before-body =
    6.1 Screening checks that a candidate is who they claim to be and suits the trust the role requires: identity, right to work, references, qualifications and, for sensitive roles and only where lawful, financial or criminal record checks.

    - Scale the checks in tiers linked to the classification of the information the role reaches.
    - Cover agency staff and contractors through the contract with their employer, and verify that the agency does what it promised.
    - Check again when someone moves into a more sensitive role.

    Data protection law applies to every check, and some countries go further: in France, what is asked of a candidate must have a direct and necessary link with the job.

    6.2 Terms and conditions of employment puts the security side of the job in writing: following the policies, handling confidential information, legal obligations, and the duties that continue after the contract ends.

block-during-heading = During employment: 6.3 and 6.4
block-during-body =
    6.3 Information security awareness, education and training combines three things: awareness tells everyone why security matters and what to do; education deepens the understanding of those who make security decisions; training gives a role its specific skills. Expect induction, periodic refreshers and role-based content.

    Measure behaviour, not attendance: the share of staff who report a simulated phishing email, how fast they do it, repeated errors, clear desk walkthrough findings.

    6.4 Disciplinary process must exist before anyone needs it. It is communicated in advance, applies only once a breach is established, and is graduated: an honest mistake is not treated like deliberate theft. In France the scale of sanctions sits in the internal rules (règlement intérieur), which is why IT charters are often annexed to them.

block-after-heading = Leaving, changing role and lasting duties: 6.5 and 6.6
block-after-body =
    6.5 Responsibilities after termination or change of employment settles what outlives the job, such as confidentiality and intellectual property, and makes sure the person is told, ideally in writing on the last day.

    A change of role counts as leaving one post and joining another. Without that discipline, people keep the rights of every post they have held, and internal moves become the quiet route to excessive access.

    6.6 Confidentiality or non-disclosure agreements covers the agreements that bind staff and external parties such as consultants or prospective partners. They are signed on arrival or before anything is shared, not at departure, but their value shows when the relationship ends, because the duty continues. A useful agreement defines what is confidential, how long the duty lasts, what must be returned or destroyed, and how a disclosure is reported. Review the templates when what you share, or the law, changes.

block-whole-lifecycle-heading = In every phase: 6.7 and 6.8
block-whole-lifecycle-body =
    6.7 Remote working covers any work away from the premises: at home, while travelling, in a coworking space or at a client's site. The rules typically settle which equipment may be used, how to connect, how to guard screens and conversations in public, and what to do with printouts at home. Technological and physical controls support it, notably 8.1 User end point devices and 7.9 Security of assets off-premises.

    6.8 Information security event reporting gives everyone one known channel, such as a report button or a phone number, and the habit of using it fast, for suspected events and weaknesses alike. People report what they see; they do not test a weakness to prove it. A blame-free response to honest mistakes is what keeps reports coming.

example-bank-screening = A retail bank checks identity and references for every recruit, adds professional history and regulatory sanctions for staff who approve payments, and repeats those checks when a branch adviser moves to the treasury team.
example-phishing-reports = A logistics firm stopped showing its board e-learning completion, always above 95%, and now reports the share of staff who flag a simulated phishing email within 30 minutes: it rose from 12% to 48% in a year.
example-contractor-exit = An agency withdrew a contractor without telling the client, and the contractor's account stayed active for three months. The fix: every contractor's end date is recorded in the identity system, and accounts expire unless a manager extends them.

callout-write-tiers-down-title = Write the screening tiers down
callout-write-tiers-down-body = A table linking each category of role to its checks makes screening consistent, defensible and easy to audit. Have HR and legal review it, and record for each hire which tier was applied.

callout-completion-is-not-awareness-title = 100% completion is not awareness
callout-completion-is-not-awareness-body = Completion shows that people clicked through a module, not that they behave differently. Keep at least one behavioural indicator, and show the auditor how the programme changed in response to it.

figure-employment-lifecycle-caption = The eight people controls along the employment lifecycle
figure-employment-lifecycle-description =
    Three phases run from left to right, joined by arrows.

    - Before employment: 6.1 Screening and 6.2 Terms and conditions of employment; checks and signed terms come before any access.
    - During employment: 6.3 Awareness, education and training and 6.4 Disciplinary process; training fits the role, sanctions are fair and graduated.
    - Leaving, changing role and lasting duties: 6.5 Responsibilities after termination or change and 6.6 Confidentiality or non-disclosure agreements, signed earlier but still binding; access is removed, assets returned, continuing duties recalled.

    A dashed arrow leads from the last phase back to the first, since a change of role restarts the cycle. Two bands run under all three phases: 6.7 Remote working and 6.8 Information security event reporting.
figure-employment-lifecycle-label-phase-before = Before employment
figure-employment-lifecycle-label-phase-during = During employment
figure-employment-lifecycle-label-phase-after = Leaving, changing role, lasting duties
figure-employment-lifecycle-label-screening = 6.1 Screening
figure-employment-lifecycle-label-terms = 6.2 Terms and conditions of employment
figure-employment-lifecycle-label-awareness = 6.3 Awareness, education and training
figure-employment-lifecycle-label-disciplinary = 6.4 Disciplinary process
figure-employment-lifecycle-label-after-termination = 6.5 Responsibilities after termination or change
figure-employment-lifecycle-label-nda = 6.6 Confidentiality or non-disclosure agreements
figure-employment-lifecycle-label-note-before = Checks and signed terms before any access
figure-employment-lifecycle-label-note-during = Role-based training; fair, graduated sanctions
figure-employment-lifecycle-label-note-after = Access removed, assets returned, duties recalled
figure-employment-lifecycle-label-change-of-role = A change of role restarts the cycle
figure-employment-lifecycle-label-remote = 6.7 Remote working, wherever work happens off-site
figure-employment-lifecycle-label-reporting = 6.8 Event reporting: anyone, any time, one known channel

prompt = Choose a role with privileged access in your organisation, such as a system administrator or a payroll officer. Describe what the people controls should look like for that role in each phase, and name one piece of evidence per phase that you would show an auditor.
prompt-guidance =
    Before employment: a screening tier suited to the access (qualification checks and, where lawful, financial checks) and a contract that refers to the IT charter. Evidence: the completed checklist and the signed contract.

    During employment: role-based training on privileged access, a behavioural indicator and a communicated disciplinary process. Evidence: training records and the indicator's trend.

    On leaving or changing role: access removed or adjusted on the day, equipment recovered, continuing duties recalled in writing. Evidence: the leaver record with HR and directory dates side by side. A complete answer also mentions 6.7 and 6.8 for the role.

exercise = Match each situation with the people control it illustrates.
exercise-explanation = Verifying a future dealer is screening (6.1); duties written into the contract are 6.2; a published sanction scale applied after an investigation is 6.4; reminding a leaver of lasting duties is 6.5; an agreement signed before sharing drawings is 6.6; reporting a lost badge is 6.8.
exercise-left-treasury-check = Before a new treasury dealer starts, the bank verifies their qualifications and career history.
exercise-left-contract-duties = The employment contract lists the employee's security duties and refers to the IT charter.
exercise-left-sanction-scale = An investigation confirms that an employee copied a client file on purpose; HR applies the published sanction scale.
exercise-left-last-day-letter = On a leaver's last day, HR reminds them in writing that their confidentiality duties continue.
exercise-left-consultancy-drawings = Before sending design drawings to a consultancy, the firm has it sign an agreement on what stays secret, and for how long.
exercise-left-lost-badge = An employee loses their access badge on the train and tells the service desk within the hour.
exercise-right-screening = 6.1 Screening
exercise-right-terms = 6.2 Terms and conditions of employment
exercise-right-disciplinary = 6.4 Disciplinary process
exercise-right-after-termination = 6.5 Responsibilities after termination or change of employment
exercise-right-nda = 6.6 Confidentiality or non-disclosure agreements
exercise-right-event-reporting = 6.8 Information security event reporting
