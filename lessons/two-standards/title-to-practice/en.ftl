title = From a control title to a working control
overview = You will learn how a brief Annex A entry such as 8.15 Logging is turned, with the guidance of ISO/IEC 27002, into a process with an owner and evidence.
explanation =
    An Annex A entry such as 8.15 Logging, 5.19 Information security in supplier relationships or 8.8 Management of technical vulnerabilities states a control in a title and one sentence. On its own, that title can be neither operated nor audited. Practitioners use the guidance of ISO/IEC 27002 to turn it into three things.

    - A process: what is done, how often, with which tools and on which triggers.
    - Ownership: a named role that runs the process and answers for its results.
    - Evidence: records showing that the process runs as designed.

    ISO/IEC 27002 does not hand over a finished procedure. It points to the questions worth settling and shows how they are commonly answered; the team chooses the answers that fit its risks and obligations.

    Logging shows the method well. Switching logs on is the easy part. The team also has to decide how long each kind of log is kept and why; who reviews which logs, how often, and what happens when something abnormal turns up; and how logs serve day-to-day work, such as investigating incidents, monitoring systems and troubleshooting. A logging control that answers these questions has a process, an owner and evidence. One that does not is merely a setting on a server.
practical-example =
    The security team of a payments company holds a short workshop for each Annex A control it applies. For logging, it reads the ISO/IEC 27002 guidance with the platform and operations leads. Together they agree which systems must record security events, set retention periods that cover both investigation needs and legal obligations, and make the operations lead responsible for a daily review of alerts and a weekly sample of raw logs. The workshop ends with a one-page procedure, a named owner and a list of evidence: retention settings, review records and incident tickets that cite log entries.
block-process-ownership-evidence-heading = Process, ownership, evidence
block-process-ownership-evidence-body =
    A useful test for any control is to ask three questions and write down the answers.

    - What happens, and when? Describe the activity, its frequency and what triggers it, in enough detail that a newcomer could carry it out.
    - Who is responsible? Name a role rather than a person, and make sure that role has the time and authority the task needs.
    - How would we show it? List the records the process leaves behind, where they are kept and for how long.

    ISO/IEC 27002 helps at each stage: its guidance suggests what the activity should cover, and its examples help calibrate how far to go. The answers end up in procedures, role descriptions and the Statement of Applicability.
block-logging-worked-through-heading = Logging, worked through
block-logging-worked-through-body =
    Turning the logging title into practice means settling three subjects.

    - Retention: how long each type of log is kept, based on how late incidents tend to be discovered, on legal and contractual obligations, and on the personal data logs may contain.
    - Review: who examines which logs or alerts, how often, and what they do when they find something abnormal, including how a review is recorded.
    - Operational use: how logs feed incident investigation, monitoring and troubleshooting, and whether the people who need them can actually search them.

    Protecting the logs themselves matters too. A log that can be altered without trace loses its integrity, and with it its value as evidence.
block-other-titles-heading = The same method for other titles
block-other-titles-body =
    The approach is not specific to logging. For 5.19 Information security in supplier relationships, the process covers how suppliers are assessed before signing, which security clauses go into contracts, and how performance is followed up; the owner is often in procurement, with the security team advising.

    For 8.8 Management of technical vulnerabilities, the process covers how vulnerabilities are found, how quickly they are fixed according to severity, and how exceptions are approved; the owner usually sits in IT operations.

    In each case the Annex A title stays the same for every organisation, while the process, the owner and the evidence reflect the organisation's own risks. That is precisely the work ISO/IEC 27002 is designed to support.
example-supplier-security = A retailer turns supplier security into a procedure: each new supplier answers a security questionnaire before signing, contracts include security clauses, and the procurement lead files the completed assessments as evidence.
example-vulnerability-management = An IT team sets a weekly scan and fix deadlines by severity, names the infrastructure manager as owner, and keeps scan reports and closed tickets to show the deadlines are met.
callout-evidence-question-title = Ask "how would we show it?"
callout-evidence-question-body = Design the evidence at the same time as the process. If you cannot say which record proves a control operates, neither can an auditor, and neither can you when something goes wrong.
callout-logs-nobody-reads-title = Logs that nobody reads
callout-logs-nobody-reads-body = Collecting logs is not a control on its own. Without a defined review, an owner and a link to incident handling, logs only show after the fact what no one noticed at the time.
callout-title-is-not-control-title = A title is not yet a control
callout-title-is-not-control-body = The Annex A title tells you what to address. The control exists only once a process runs, someone owns it, and records show it works.
prompt = Choose an Annex A control title that an organisation you know applies, or take 8.15 Logging, 5.19 Information security in supplier relationships or 8.8 Management of technical vulnerabilities. Describe its process, its owner and three pieces of evidence you would expect to find.
prompt-guidance =
    A strong answer describes the process concretely: the activity, its frequency and its triggers. It names a role as owner and explains why that role has the authority needed.

    The evidence should be records the process produces naturally, for example configuration exports, signed review records, tickets or reports, each with a place where it is kept. For logging, check that your answer covers retention, review and operational use; for supplier security, assessment, contracts and follow-up; for vulnerability management, detection, fix deadlines and exceptions.
exercise = A team is turning control 5.18 Access rights into a working control. Sort each decision it records under process, ownership or evidence.
exercise-explanation = Process items say what happens and when: approval before access is granted, a quarterly review, removal on departure. Ownership items name the roles that run the process or decide within it, and which have the authority to do so. Evidence items are the records the process leaves behind as it runs, which show an auditor, and the team itself, that it works as designed.
exercise-category-process = Process
exercise-category-ownership = Ownership
exercise-category-evidence = Evidence
exercise-item-approval-before-access = New access is granted only on a request approved by the employee's line manager
exercise-item-quarterly-review = Every quarter, managers confirm or remove their team's access to the main applications
exercise-item-leaver-removal = Accounts of people who leave are disabled on their last working day
exercise-item-service-desk-lead = The IT service desk lead runs the process and answers for its results
exercise-item-application-owners = Each application owner decides who may keep access to their application
exercise-item-review-records = Signed quarterly review sheets, kept for three years
exercise-item-request-tickets = Access request tickets showing the manager's approval, kept in the service desk tool
