title = Backup, logging and monitoring
overview = You will see how 8.13 and 8.14 keep information and services recoverable, and how 8.15, 8.16 and 8.17 form one chain from recorded events to handled incidents, with decisions on retention, review and use at each step.
explanation =
    Two questions run through these five controls. Can we get information and services back when something breaks, and can we tell what happened, and when? The first is answered by 8.13 Information backup and 8.14 Redundancy of information processing facilities; the second by 8.15 Logging, 8.16 Monitoring activities, which is new in 2022, and 8.17 Clock synchronisation.

    8.13 is driven by business needs, not by the backup tool's defaults. The recovery point objective (how much data may be lost) and the recovery time objective (how long a service may be down) come from the business impact analysis and from 5.30 ICT readiness for business continuity; they set the frequency, the retention and the kind of copy. 8.14 addresses availability by duplicating components, links or sites so that a failure does not stop the service. The two are complementary: redundancy copies a deletion or an encryption by ransomware within seconds, while a backup lets you go back in time but takes hours to restore.

    8.15 is about keeping a trustworthy account of what happens on systems, security-relevant events above all. The decisions that make logging useful are retention, review and operational use, and protection against alteration, including by the administrators whose actions are logged. Logs often contain personal data, so retention and access must also satisfy 5.34 Privacy and protection of PII.

    8.16 turns records into detection: people and tools look for signs that an attack or misuse is under way, and hand what they find to those who decide what to do. That hand-over is the link to 5.25 Assessment and decision on information security events and 5.26 Response to information security incidents. 8.17 makes the whole chain work: if clocks disagree, events from different systems cannot be put in order, and a timeline built for an investigation or a court is open to challenge.

    A small firm may rely on its cloud suite's audit logs, a managed detection service and a backup service with immutable copies. A large one runs its own SIEM and security operations centre, often around the clock. The auditor's questions do not change: what is logged and why, who looks at it, what happened to the last alerts, and when was a restore last tested.
practical-example =
    A mid-sized logistics company maps its logging as a pipeline. All servers, firewalls and cloud services take their time from two internal sources synchronised with public references, and log in UTC. Events are forwarded to a SIEM whose storage administrators cannot alter; hot storage keeps 90 days for searching, and an archive keeps a year for investigations and contracts. Twelve detection use cases, from impossible-travel sign-ins to mass file renaming, each have an owner and a response guide. Alerts are triaged by a managed service by night and the internal team by day, and every alert closed as an incident links to its ticket in the incident process.
block-backup-and-restore-heading = Backups that really restore (8.13)
block-backup-and-restore-body =
    The 3-2-1 rule remains a good baseline: at least three copies of the data, on two different kinds of storage, one of them off-site. Against ransomware, teams now add one copy that is offline or immutable and protected by credentials separate from the production domain.

    - Coverage: data, but also system images, configurations and the content of SaaS services, whose providers rarely guarantee restoration of what a customer deletes.
    - Protection: backups are encrypted, access to the console is limited and uses MFA, and deletion of backups raises an alert.
    - Restore tests: scheduled, covering files, whole systems and now and then a full service, timed against the recovery time objective and recorded with their results.

    The evidence an auditor expects is the backup plan, the job success reports, and above all the records of restore tests.
block-redundancy-heading = Redundancy (8.14)
block-redundancy-body =
    Redundancy starts from the availability each service needs. Typical measures are clustered servers, duplicated network links and power feeds, several availability zones or regions in the cloud, and a second data centre for critical services. Each redundant path must be tested: a failover that has never been exercised often fails on a certificate, a licence or a DNS setting. Auditors ask which services are redundant, how that matches their availability requirements, and when failover was last tested.
block-logging-heading = Logging worth keeping (8.15)
block-logging-body =
    - What to log: sign-ins and failures, use of privileged rights, changes to security settings and accounts, access to sensitive data, alerts from security tools, start and stop of logging itself.
    - Protection: logs leave the source system quickly, land in storage that write-once settings or access rules protect, and their integrity can be demonstrated.
    - Retention: set per log type from how long attacks typically go unnoticed, from legal and contractual obligations (PCI DSS, for example, asks for a year of audit logs with the last three months immediately available) and from privacy limits.
    - Review and use: each source has a reason to be collected, a detection use or an investigation need.
block-monitoring-and-time-heading = Monitoring and time (8.16, 8.17)
block-monitoring-and-time-body =
    Monitoring needs a baseline of normal behaviour, detection rules written from realistic attack scenarios, and people who triage alerts within an agreed time. False positives are tuned rather than ignored, and every rule has an owner. For 8.17, all systems take their time from the same reference, directly or through internal time servers using NTP, drift is watched, and logs record a time zone, ideally UTC. The figure shows how these controls connect.
example-ransomware-restore = A manufacturer hit by ransomware restores from an immutable copy, but rebuilding its ERP takes three days against a 24-hour objective. The lessons-learned review leads to quarterly full-service restore tests and a revised recovery sequence.
example-clock-offset = During an investigation, the VPN appliance turns out to be seven minutes ahead of the domain controllers, so the attacker's sign-in seems to follow actions it actually preceded. The timeline has to be rebuilt by hand; all network devices now use the internal time servers.
example-alert-flood = A new SIEM raises 4,000 alerts a day and analysts start ignoring whole categories. The team cuts to fifteen tuned use cases with owners, and the share of alerts leading to action rises from 2% to 30%.
callout-untested-backups-title = A backup never restored is a hope, not a control
callout-untested-backups-body = Successful backup jobs prove that data was copied, not that a service can be rebuilt in time. Also check that an attacker holding production administrator rights cannot reach or delete the backups.
callout-use-cases-first-title = Start from use cases, not from sources
callout-use-cases-first-body = Decide first which attacks and misuses you want to see, then collect the logs those use cases need. Onboarding every source "just in case" fills storage and drowns analysts without improving detection.
prompt = For a service you know, write down its recovery point and recovery time objectives, where its backups are kept, when a restore was last tested and how long it took. Then list three events on that service that should raise an alert, and who would receive it.
prompt-guidance =
    A strong answer gives figures: for example a recovery point of four hours and a recovery time of one day, justified by the business impact. It names the locations of the copies, says which copy is offline or immutable, and gives the date, scope and measured duration of the last restore test, with any gap against the objective.

    The three events should be specific to the service, such as an administrator signing in from an unusual country, mass deletion or encryption of files, or logging being switched off. For each, the answer names the recipient, the expected response time and where the alert is recorded, which is the link between 8.16 and incident handling.
exercise = Put the steps of a restore test in order, from preparation to follow-up.
exercise-explanation = A restore test starts from the objective it is measured against, picks what to restore, restores into an isolated environment so that production is untouched, has the data owner confirm the result is complete and usable, compares the elapsed time with the objective, and ends with a record and actions on any gap.
exercise-item-set-target = Confirm the recovery time and recovery point objectives the test will be measured against
exercise-item-pick-sample = Choose the system and the backup date to restore
exercise-item-restore-isolated = Restore into an isolated environment, away from production
exercise-item-verify-owner = Have the data owner check that the restored data is complete and usable
exercise-item-measure-time = Compare the elapsed time and the data lost with the objectives
exercise-item-record-improve = Record the results and raise actions for any gap
figure-log-pipeline-caption = From log sources to incident handling: how 8.17, 8.15 and 8.16 form one chain
figure-log-pipeline-description =
    Five stages from left to right, each feeding the next.

    - Log sources: servers, endpoints, network devices, cloud services and applications produce events.
    - 8.17 Clock synchronisation: every source takes its time from the same reference and records timestamps in UTC, so events can be put in order.
    - 8.15 Logging: events are collected centrally, protected against alteration and accessible only to authorised people.
    - 8.16 Monitoring activities: detection rules and baselines of normal behaviour raise alerts, which analysts triage.
    - 5.25 and 5.26: alerts that matter are assessed as security events, a decision is taken, and incidents are responded to.

    Below the logging stage, a dashed arrow leads to retention: logs are kept for a reasoned period and then deleted. A second dashed arrow runs from retention to incident handling, because investigations search the stored logs.
figure-log-pipeline-label-sources-title = Log sources
figure-log-pipeline-label-sources-detail = Servers, endpoints, network devices, cloud services, applications
figure-log-pipeline-label-clocks-title = 8.17 Clock synchronisation
figure-log-pipeline-label-clocks-detail = One reference time for every system, timestamps in UTC
figure-log-pipeline-label-logging-title = 8.15 Logging
figure-log-pipeline-label-logging-detail = Central collection, protected against alteration, restricted access
figure-log-pipeline-label-monitoring-title = 8.16 Monitoring activities
figure-log-pipeline-label-monitoring-detail = Detection rules and baselines, alerts triaged by analysts
figure-log-pipeline-label-incident-title = 5.25 / 5.26 Incident handling
figure-log-pipeline-label-incident-detail = Event assessed, decision taken, response led
figure-log-pipeline-label-retention-title = Retention
figure-log-pipeline-label-retention-detail = Kept for a reasoned period, then deleted
figure-log-pipeline-label-investigations = Searched during investigations
