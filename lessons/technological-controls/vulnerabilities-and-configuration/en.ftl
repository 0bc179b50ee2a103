title = Malware, vulnerabilities, configuration and data handling
overview = You will see how 8.7, 8.8, 8.9, 8.19, 8.32 and 8.6 keep systems clean, patched, configured as intended and able to cope, and how the new controls 8.10, 8.11 and 8.12 govern what happens to the data they hold.
explanation =
    Most successful attacks still exploit something ordinary: a known vulnerability left unpatched, a default setting never changed, a user allowed to install anything, sensitive data kept longer or more widely than needed. The controls in this lesson address that ordinary ground. They are less visible than a firewall, but they are where auditors often find technical nonconformities, because they depend on routines that must run every week without fail.

    8.7 Protection against malware is broader than antivirus. It combines technical layers (endpoint detection and response, email and attachment filtering, blocking of macros from the internet, application allow-listing on sensitive servers) with user awareness under 6.3 and the ability to recover from backups. 8.8 Management of technical vulnerabilities is the routine that stops known flaws from lingering. It depends on an accurate inventory (5.9) and benefits from threat intelligence (5.7), which tells a team which flaws attackers are exploiting right now.

    8.9 Configuration management, new in 2022, turns hardening from a one-off exercise into a maintained reference: a known-good set of settings for each kind of system, and a way of noticing when reality departs from it. 8.32 Change management governs how those configurations and the systems around them change, and 8.19 Installation of software on operational systems controls what software reaches running systems and who may put it there. 8.6 Capacity management is about never running short of storage, computing power, bandwidth or licences, because a saturated system fails on availability as surely as an attacked one.

    The three other new controls look at the data itself. 8.10 Information deletion makes sure data does not outlive its purpose, 8.11 Data masking limits exposure by hiding or transforming sensitive fields, and 8.12 Data leakage prevention detects and stops sensitive information leaving through unauthorised channels. All three connect to privacy obligations under 5.34 and to classification under 5.12, which tells tools what counts as sensitive.

    Small organisations lean on managed services: automatic updates, the protection built into their cloud suite, vendor baselines. Large ones run dedicated vulnerability teams, configuration tooling and change advisory boards. In both cases the auditor looks for the same three things: a defined expectation (a baseline, a deadline, a retention period), evidence that it is met, and a recorded decision whenever it is not.
practical-example =
    A regional hospital group rebuilds its patching routine after a near miss. The asset inventory now feeds a weekly vulnerability scan; findings are ranked by severity and by whether the flaw is being exploited in the wild, with fix deadlines of 48 hours for exploited critical flaws on internet-facing systems and 30 days for most others. Servers are built from hardened templates kept in version control, and a nightly job reports any drift. A clinical system that cannot be patched before its vendor certifies the update receives a documented exception, isolation on its own network segment and extra monitoring, approved by the risk owner until a set date.
block-malware-and-vulnerabilities-heading = Malware and vulnerabilities (8.7, 8.8)
block-malware-and-vulnerabilities-body =
    A vulnerability process that stands up to audit has five steps, each leaving a record.

    - Know what you run: hardware, software versions, cloud services and their owners.
    - Learn about weaknesses: scans, vendor advisories, national CERT alerts, and supplier notifications for the parts of a cloud service the provider patches.
    - Prioritise: combine technical severity with exposure and evidence of active exploitation, rather than sorting by score alone.
    - Act: patch, or apply a mitigation and accept the residual risk formally when no patch exists or it cannot yet be deployed.
    - Verify and report: rescan, close the ticket, and report the share of fixes delivered on time.

    For malware, auditors look beyond whether a product is installed: coverage of all endpoints and servers, alert handling, blocked file types, and whether an infected machine can be isolated quickly.
block-known-state-heading = Known, controlled and sufficient (8.9, 8.32, 8.19, 8.6)
block-known-state-body =
    Under 8.9, teams define a secure baseline for each kind of system, often starting from vendor guides or community benchmarks, apply it through templates or infrastructure as code, and compare running systems with it to detect drift. Under 8.32, changes to those systems follow a proportionate path: request, assessment of impact including security, approval, testing, a rollback plan, and a record; emergency changes are allowed but reviewed afterwards. Under 8.19, only authorised administrators install software on operational systems, from approved sources, after testing, with the previous version kept for rollback; on endpoints, this is what stops users installing whatever they find.

    Under 8.6, owners monitor usage, forecast demand and act before limits are reached, by adding resources or by reducing demand, for example by deleting obsolete data. Security tools need capacity too: log storage, scanning windows, bandwidth for backups.
block-data-handling-heading = Deletion, masking and leakage prevention (8.10, 8.11, 8.12)
block-data-handling-body =
    - 8.10 Information deletion: retention periods are set per type of information, deletion is automated where possible, methods suit the medium (overwriting, cryptographic erasure, physical destruction under 7.14), and deletion by cloud providers and disposal contractors is confirmed in writing.
    - 8.11 Data masking: masking, pseudonymisation, tokenisation or anonymisation are chosen according to who needs to see what; pseudonymised data can be re-identified by whoever holds the key or other additional information, so for the organisation that holds them it remains personal data under the GDPR and keeps its protection.
    - 8.12 Data leakage prevention: tools watch the channels that matter (email, web uploads, removable media, cloud synchronisation) for classified or recognisable data, then warn, block or alert. Rules are tuned to avoid flooding analysts, and monitoring of staff respects privacy and employment law.
example-exploited-edge-device = A critical flaw in the company's VPN appliance is reported as actively exploited on a Friday evening. The security lead raises an emergency change, the vendor's fix is applied within six hours, and the change board reviews the record on Monday, as 8.32 allows for emergencies.
example-configuration-drift = To unblock a partner, an engineer makes a storage bucket public during an urgent fix and forgets to revert it. The nightly comparison with the infrastructure-as-code baseline flags the drift the next morning, and the bucket is closed before any data is indexed.
example-full-log-disk = The disk holding a firewall's logs fills up unnoticed and the device stops logging for three weeks. Nobody was tracking the capacity of security tools under 8.6, so an investigation later finds no trace of the period it needed.
callout-inventory-first-title = You cannot patch what you do not know you run
callout-inventory-first-body = Fix deadlines and scan reports mean little if a fifth of the estate is missing from the inventory. Before tuning service levels, reconcile the scanner's view with the asset inventory, the cloud consoles and the network, and ask how forgotten systems are found.
callout-baseline-and-change-title = Baseline and change work as a pair
callout-baseline-and-change-body = 8.9 defines what a correctly configured system looks like; 8.32 governs how it may change. Without a baseline, change records describe movement without a reference; without change control, the baseline is out of date within weeks.
prompt = Take a system you know. What is its agreed secure configuration, how would you detect that it has drifted, and how quickly would a critical vulnerability in it be fixed? Where would the evidence for each answer be found?
prompt-guidance =
    A strong answer points to a written baseline, a vendor guide or benchmark adapted to the system, or a template kept in version control, and to a mechanism that compares the running system with it, such as a configuration management tool, a cloud posture tool or a periodic script.

    For vulnerabilities, it states the deadline by severity, how the team hears about new flaws, and what happens when the deadline cannot be met: a recorded exception, a compensating measure and a risk owner's approval. The evidence is concrete: drift reports, scan results, change tickets and exception records, each with a date.
exercise = A bank is reviewing its data-handling measures. Place each one under the new 2022 control it implements.
exercise-explanation = Destroying the keys of a retired volume and purging records past their retention period are ways of removing information (8.10). Showing only the last four digits and replacing identifiers with tokens hide or transform sensitive fields for people who do not need them (8.11). Blocking copies to USB drives and warning before a send to a personal address stop information leaving through an unauthorised channel (8.12).
exercise-category-deletion = 8.10 Information deletion
exercise-category-masking = 8.11 Data masking
exercise-category-leakage = 8.12 Data leakage prevention
exercise-item-crypto-erase = Destroying the encryption keys of a decommissioned cloud storage volume
exercise-item-retention-purge = A scheduled job removing records of customers inactive for longer than the retention period
exercise-item-last-four-digits = Showing call-centre agents only the last four digits of a card number
exercise-item-tokenised-analytics = Replacing customer identifiers with tokens before data reaches the analytics team
exercise-item-usb-block = Blocking the copy of files labelled Confidential to USB drives
exercise-item-personal-address-warning = Asking a user to justify sending a spreadsheet full of account numbers to a personal address
