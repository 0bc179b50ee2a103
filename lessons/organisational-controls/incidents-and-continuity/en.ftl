title = Incidents and continuity (5.24–5.30)
overview = You will follow an incident from preparation to lessons learned through controls 5.24 to 5.28, see how 6.8 sets it in motion, and learn what 5.29 and 5.30 expect when a disruption lasts.

explanation =
    Incident management in the 2022 edition is a lifecycle of five organisational controls, set in motion by one people control. 5.24 Information security incident management planning and preparation is everything done beforehand: a process, roles, on-call arrangements, contact lists, a severity scale, playbooks and exercises. 6.8 Information security event reporting asks everyone to report what looks wrong, quickly and through a known channel. 5.25 Assessment and decision on information security events is the gate where each report is assessed against agreed criteria and someone decides whether it is an incident, and how serious. 5.26 Response to information security incidents contains, eradicates and recovers, following the prepared procedures. 5.27 Learning from information security incidents looks for root causes and feeds improvements back into controls, risk assessment and preparation.

    5.28 Collection of evidence runs alongside assessment and response. Anything that might later support a disciplinary decision, a legal claim or an insurance file must be handled from the start so that it stays trustworthy: who collected it, when, how, and what has happened to it since. ISO/IEC 27037 gives detailed guidance on digital evidence.

    Not every event is an incident. A single failed login is an event; a password spraying campaign that succeeds against three accounts is an incident. That distinction keeps the team from drowning in alerts, and the severity scale then decides who is woken up, who is informed and whether an authority must be notified under 5.5.

    Two controls cover longer disruptions. 5.29 Information security during disruption makes sure security does not vanish in a crisis: the organisation plans how it keeps the protection it needs, or which alternative measures apply, while running in degraded mode. 5.30 ICT readiness for business continuity, new in 2022, asks that ICT services can meet the recovery objectives set by the business, and that tests prove it.

practical-example =
    A regional hospital group keeps a 24/7 rota of three incident managers and a playbook for each of its likeliest scenarios: ransomware, account takeover, data sent to the wrong recipient, loss of the patient record system. Staff report through a single phone number or a button in their e-mail client. An analyst assesses every report within 30 minutes against a four-level severity scale; levels 3 and 4 bring in the crisis cell, legal counsel and the data protection officer. A specialist forensic firm is on a framework contract, and its first instructions on preserving evidence are printed in the playbooks. Every serious incident gets a blameless review within ten working days, whose actions enter the ISMS improvement log. Twice a year, the group restores the patient record system at its secondary site and measures the result against the four-hour RTO and one-hour RPO set by its business impact analysis.

block-lifecycle-heading = The incident lifecycle (6.8, 5.24–5.28)
block-lifecycle-body =
    Read the lifecycle as a loop, not a line:

    - preparation (5.24) makes every later step faster and more consistent;
    - reporting (6.8) feeds the assessment; without it, preparation waits for incidents nobody mentions;
    - assessment and decision (5.25) separate incidents from events and set the severity;
    - response (5.26) acts on that decision, with evidence collection (5.28) alongside;
    - learning (5.27) changes the preparation, the controls and the risk assessment.

    Auditors pick an incident from the register and follow it round the loop: when it was reported, who assessed it against which criteria, what was done, what evidence was kept, what the review changed.

block-triage-and-response-heading = Assessing events and responding (5.25–5.26)
block-triage-and-response-body =
    Triage needs written criteria: which information and services are affected, how many people, whether personal data is involved, whether the event is still going on. Each decision is recorded with its time and author, including decisions to close an event as harmless.

    Response follows the playbook but leaves room for judgement. Containment comes first; a communication plan says who speaks to staff, customers, suppliers and authorities. Notification deadlines, such as the 72 hours of the GDPR, run from the moment the organisation becomes aware of a breach, so the clock often starts during triage.

    A small organisation rarely has its own response team. It can retain a specialist, provided the contract, contact numbers and access are arranged before the day they are needed.

block-evidence-and-learning-heading = Evidence and lessons (5.27–5.28)
block-evidence-and-learning-body =
    Evidence loses value quickly. Good practice includes:

    - capturing volatile data, such as memory and active connections, before shutting down or rebuilding a machine;
    - working on verified copies, with a hash of the original recorded;
    - logging every transfer of custody: who, when, why;
    - relying on synchronised clocks (8.17 Clock synchronisation) so that logs from different systems line up.

    Learning works best when the review looks for causes, not culprits. Auditors check that its actions were completed; incident types that keep recurring show that 5.27 produces reports but no change.

block-continuity-heading = Security in disruption and ICT readiness (5.29–5.30)
block-continuity-body =
    A business impact analysis says how long each activity can be interrupted and how much data it can afford to lose. It yields two figures per service: the recovery time objective (RTO), within which the service must run again, and the recovery point objective (RPO), the point in time to which data must be restored, in other words the maximum acceptable data loss. ICT readiness means that 8.13 Information backup, 8.14 Redundancy of information processing facilities and the recovery procedures can actually meet them.

    - Test at several levels: tabletop walkthroughs, single-system restores, full failover of a critical service.
    - Compare each result with the RTO and RPO, and record the gaps.
    - For 5.29, decide in advance how access, logging and monitoring work at the fallback site or in manual mode, and who may use emergency accounts.

    ISO 22301 covers business continuity management as a whole; ISO/IEC 27031 focuses on ICT readiness.

example-phishing-wave = Forty employees report the same phishing e-mail within an hour. The analyst treats the reports as one event and finds one person who entered a password: a low-severity incident. The password is reset, sessions revoked and the sender blocked, and the review leads to stronger multi-factor authentication for webmail.
example-backup-gap = An online travel agency set a one-hour RPO for its booking database, but backups ran every night. A restore test under 5.30 exposed a possible loss of almost a day of bookings. The fix was continuous replication to a second site, not a new policy.

callout-evidence-before-rebuild-title = Do not rebuild before you have preserved
callout-evidence-before-rebuild-body = Reinstalling a compromised machine is a common first reflex, and it destroys what an investigation needs. The playbook should say when evidence comes first and who may decide otherwise.
callout-untested-plan-title = An untested recovery plan is a hypothesis
callout-untested-plan-body = Until a test has restored the service within its RTO and RPO, nobody knows whether the plan works. Auditors ask for test reports, not just the plan.

prompt = Take the most recent security incident you know of, in your organisation or in the news. Walk it through the lifecycle: how was it reported, who decided it was an incident, what was done, what evidence was kept, and what changed afterwards?
prompt-guidance =
    A thorough answer identifies the trigger (a user report under 6.8, a monitoring alert, a call from a customer or a researcher) and the moment someone formally judged it an incident, with the criteria used under 5.25.

    It separates containment, eradication and recovery (5.26), notes whether evidence was preserved before systems were rebuilt (5.28), and looks for a concrete change afterwards (5.27): a control added, a playbook corrected, a risk re-rated. If nothing changed, say so; it is the most common weakness of real incident handling.

exercise = Put these steps of a ransomware case in the order the lifecycle follows.
exercise-explanation = Preparation (5.24) comes first, long before the event. Then a report by staff (6.8) triggers the assessment and decision (5.25), which leads to the response (5.26). The review (5.27) closes the loop and feeds the next round of preparation.
exercise-item-prepare = The security team writes a ransomware playbook and rehearses it in a tabletop exercise.
exercise-item-report = A warehouse clerk calls the service desk: files on a shared drive have strange extensions.
exercise-item-assess = The on-call analyst checks the report against the severity criteria and declares a major incident.
exercise-item-respond = Affected servers are isolated, the malware removed and data restored from backup.
exercise-item-learn = A review a week later identifies the entry point and updates the playbook.

figure-incident-lifecycle-caption = The incident lifecycle: from preparation (5.24) to lessons learned (5.27), triggered by event reporting (6.8)
figure-incident-lifecycle-description =
    Four boxes from left to right, each linked to the next by an arrow: 5.24 Planning and preparation, 5.25 Assessment and decision, 5.26 Response, 5.27 Learning from incidents.

    - Above 5.25, a box for the people control 6.8 Event reporting points down into it: staff reports are what the assessment works on.
    - Below 5.26, a box for 5.28 Collection of evidence receives dashed arrows from 5.25 and 5.26: evidence is collected alongside assessment and response, not afterwards.
    - A line runs from 5.27 along the bottom back up to 5.24: lessons learned feed preparation and close the loop.
figure-incident-lifecycle-label-num-report = 6.8
figure-incident-lifecycle-label-name-report = Event reporting
figure-incident-lifecycle-label-num-plan = 5.24
figure-incident-lifecycle-label-name-plan = Planning and preparation
figure-incident-lifecycle-label-num-assess = 5.25
figure-incident-lifecycle-label-name-assess = Assessment and decision
figure-incident-lifecycle-label-num-respond = 5.26
figure-incident-lifecycle-label-name-respond = Response
figure-incident-lifecycle-label-num-learn = 5.27
figure-incident-lifecycle-label-name-learn = Learning from incidents
figure-incident-lifecycle-label-num-evidence = 5.28
figure-incident-lifecycle-label-name-evidence = Collection of evidence
figure-incident-lifecycle-label-parallel = alongside
figure-incident-lifecycle-label-feedback = Lessons learned feed back into preparation
