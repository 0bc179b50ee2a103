title = Technological controls (8.1–8.34)
summary = The 34 technological controls of ISO/IEC 27002:2022 in practice: endpoints and access, vulnerabilities and configuration, backup, logging and monitoring, networks and cryptography, and secure development, with the evidence auditors expect and the way the controls interlock.

q-phishing-resistant = A company's cloud administration console can be reached from the internet. Which sign-in arrangement for its administrators fits 8.5 Secure authentication best?
q-phishing-resistant-explanation = A FIDO2 key is bound to the genuine site, so a fake login page cannot relay it, and it adds a second factor an attacker cannot guess. SMS codes and push approvals are real second factors but can be phished, relayed or approved by a tired user; a long password, however often changed, remains a single factor.
q-phishing-resistant-option-fido2-key = A password plus a FIDO2 security key
q-phishing-resistant-option-fido2-key-feedback = Correct: a phishing-resistant second factor suits the most powerful accounts.
q-phishing-resistant-option-sms-code = A password plus a one-time code sent by SMS
q-phishing-resistant-option-sms-code-feedback = Better than a password alone, but an SMS code can be phished through a fake page or diverted by SIM swapping.
q-phishing-resistant-option-push-approval = A password plus a push notification to approve on a phone
q-phishing-resistant-option-push-approval-feedback = Not the best: simple push approvals invite MFA fatigue, where a harassed user finally taps "approve".
q-phishing-resistant-option-long-password = A 20-character password changed every 30 days
q-phishing-resistant-option-long-password-feedback = No: length and rotation do not stop a password from being phished or reused; it is still a single factor.

q-privileged-evidence = An auditor is testing 8.2 Privileged access rights. Which records would show that the control actually operates? Select all that apply.
q-privileged-evidence-explanation = Operating evidence is produced by the process itself: a list of privileged accounts with holders and approvals, records of periodic reviews and what they changed, and logs of elevations and privileged sessions. A policy shows intent, not operation, and a screenshot of a group membership shows who has rights today, not why or whether anyone checked.
q-privileged-evidence-option-account-list = A list of privileged accounts, each with a named holder, an approval and a date
q-privileged-evidence-option-review-records = Signed records of the last reviews of privileged groups, with the removals they led to
q-privileged-evidence-option-session-logs = Logs of elevation requests and privileged sessions showing who did what and when
q-privileged-evidence-option-policy-only = The access control policy stating that privileges are granted only on need
q-privileged-evidence-option-policy-only-feedback = A policy is necessary, but it shows what should happen, not that it does.
q-privileged-evidence-option-group-screenshot = A screenshot showing that all administrators belong to a single "IT admins" group
q-privileged-evidence-option-group-screenshot-feedback = This shows current membership only, with no justification or review, and a single catch-all group is itself a warning sign.

q-byod-scope = True or false: a sales representative's personal tablet, used only to read work email, falls outside 8.1 User end point devices, because the organisation does not own it.
q-byod-scope-explanation = False. Ownership does not decide the scope of 8.1: a personal device that holds or opens company information is in it. For personal devices, organisations typically require enrolment in a protected work container or allow browser access only, and keep the ability to remove company data.

q-vuln-cycle = Put the steps of a technical vulnerability management process (8.8) in order, starting with the step everything else depends on.
q-vuln-cycle-explanation = A team first needs to know what it runs, then learns of weaknesses in it, ranks them by severity, exposure and active exploitation, fixes or mitigates them, and finally checks that the fix worked and reports on deadlines met.
q-vuln-cycle-item-inventory = Keep an inventory of systems, software versions and owners
q-vuln-cycle-item-identify = Collect vulnerability information from scans, advisories and suppliers
q-vuln-cycle-item-prioritise = Rank findings by severity, exposure and evidence of exploitation
q-vuln-cycle-item-remediate = Patch, or apply a mitigation with a formally accepted residual risk
q-vuln-cycle-item-verify = Rescan, close the ticket and report on deadlines met

q-drift = After a server was rebuilt, a hardening setting went missing and nobody noticed for months, even though every change to the server had gone through the change process. Which control most directly closes this gap?
q-drift-explanation = 8.9 Configuration management asks for a defined secure configuration and for running systems to be compared with it, so a missing setting shows up as drift. Change management records how a system changes but, without a reference baseline, cannot reveal that a setting was never there.
q-drift-option-configuration = 8.9 Configuration management
q-drift-option-configuration-feedback = Correct: a recorded baseline and drift detection would have flagged the missing setting.
q-drift-option-change = 8.32 Change management
q-drift-option-change-feedback = Tempting, but every change was already controlled; the gap is the absence of a reference to compare the server with.
q-drift-option-installation = 8.19 Installation of software on operational systems
q-drift-option-installation-feedback = No: the problem is a setting, not software installed on the server.
q-drift-option-vulnerabilities = 8.8 Management of technical vulnerabilities
q-drift-option-vulnerabilities-feedback = Not the most direct: a scanner might catch some weak settings, but defining and watching secure configurations is the purpose of 8.9.

q-pseudonymised = True or false: once customer names are replaced by pseudonyms under 8.11 Data masking, the data set is no longer personal data under the GDPR and needs no further protection.
q-pseudonymised-explanation = False. Pseudonymised data can be linked back to individuals with additional information, such as the key, so for an organisation that holds or can obtain that information the GDPR still treats it as personal data. Masking reduces exposure, but access control, retention limits and the protection of the re-identification key still apply. Only properly anonymised data leaves the scope of the GDPR.

q-operations-match = Match each practice with the control it implements.
q-operations-match-explanation = Forecasting storage for the log server is capacity management (8.6); blocking macros from the internet protects against malware (8.7); restricting who may install what on production servers is 8.19; assessing and approving an upgrade before it happens is change management (8.32).
q-operations-match-left-log-storage = Forecasting storage growth so that the log server never runs out of space
q-operations-match-left-macros = Blocking macros in documents downloaded from the internet
q-operations-match-left-server-catalogue = Only administrators may install applications on production servers, from an approved catalogue
q-operations-match-left-upgrade-approval = Assessing the impact of a database upgrade and having it approved before the weekend
q-operations-match-right-capacity = 8.6 Capacity management
q-operations-match-right-malware = 8.7 Protection against malware
q-operations-match-right-installation = 8.19 Installation of software on operational systems
q-operations-match-right-change = 8.32 Change management

q-continuity-sort = A company lists measures from its resilience and detection programme. Sort each one under the control it belongs to.
q-continuity-sort-explanation = Copies that let you go back in time, an immutable weekly copy or a nightly export of SaaS data, are backups (8.13). A second internet link and a two-site cluster keep the service running through a failure: redundancy (8.14). Recording administrators' changes and keeping VPN connection records for a set period are logging (8.15). Alerting on impossible travel and on unusual outbound traffic is monitoring (8.16).
q-continuity-sort-category-backup = 8.13 Information backup
q-continuity-sort-category-redundancy = 8.14 Redundancy of information processing facilities
q-continuity-sort-category-logging = 8.15 Logging
q-continuity-sort-category-monitoring = 8.16 Monitoring activities
q-continuity-sort-item-immutable-copy = Keeping a weekly copy on immutable storage in another region
q-continuity-sort-item-saas-export = Exporting the CRM's content every night, as the provider cannot restore deleted records
q-continuity-sort-item-second-link = Adding a second internet link from a different provider at head office
q-continuity-sort-item-cluster = Running the payment database as a cluster spread over two data centres
q-continuity-sort-item-admin-changes = Recording every change administrators make to user accounts
q-continuity-sort-item-vpn-retention = Keeping VPN connection records for twelve months, then deleting them
q-continuity-sort-item-impossible-travel = Raising an alert when one account signs in from two distant countries within an hour
q-continuity-sort-item-traffic-baseline = Comparing outbound traffic with its usual volume and investigating spikes

q-three-two-one = Which backup arrangement meets the 3-2-1 rule?
q-three-two-one-explanation = The 3-2-1 rule asks for at least three copies of the data, on two different kinds of storage, with one copy off-site. Production data, a local backup appliance and a cloud copy in another region meet all three conditions. Copies in the same server or room share the same disaster, and real-time replication gives two copies that both receive a deletion or an encryption at once.
q-three-two-one-option-appliance-and-cloud = The production data, a copy on a local backup appliance and a copy in cloud storage in another region
q-three-two-one-option-appliance-and-cloud-feedback = Correct: three copies, two kinds of storage, one off-site.
q-three-two-one-option-same-server = The production data on mirrored disks, plus a nightly copy on another disk in the same server
q-three-two-one-option-same-server-feedback = No: a mirror is not a backup, and nothing leaves the server, so a fire or ransomware takes everything.
q-three-two-one-option-same-room = Three copies on three storage units in the same server room
q-three-two-one-option-same-room-feedback = No: three copies, but on one kind of storage and with no off-site copy.
q-three-two-one-option-replication-only = The production data replicated in real time to a second data centre
q-three-two-one-option-replication-only-feedback = No: this is redundancy (8.14). There are only two copies, and replication faithfully copies deletions and encryption.

q-log-evidence = A company wants its logs to hold up as evidence when an administrator's actions are investigated. Which measures help? Select all that apply.
q-log-evidence-explanation = Logs are credible evidence when the people whose actions they record cannot alter them: they leave the source quickly for a central store, their integrity is protected and can be checked, and access to the store is limited and itself logged. Local logs are exactly what a rogue administrator can edit, and keeping everything forever adds cost and privacy risk without adding credibility.
q-log-evidence-option-central-store = Forward logs promptly to a central store that the administrators of the source systems cannot modify
q-log-evidence-option-integrity = Protect stored logs with write-once storage or integrity checks such as hashes
q-log-evidence-option-restricted-access = Limit access to the log store and log that access too
q-log-evidence-option-local-only = Keep the logs on each server, where administrators can consult them easily
q-log-evidence-option-local-only-feedback = No: the administrators under investigation could alter or delete them.
q-log-evidence-option-keep-everything = Set every system to maximum detail and keep everything without a time limit
q-log-evidence-option-keep-everything-feedback = No: volume is not credibility, and unlimited retention conflicts with privacy rules.

q-clock-control = Investigators cannot put events in order because the firewall's timestamps are several minutes away from the servers'. Which ISO/IEC 27002:2022 control addresses this? Give its number.
q-clock-control-explanation = 8.17 Clock synchronisation: all systems take their time from the same reference, so that events from different sources can be correlated and a timeline stands up to challenge. 8.15 Logging records the events, but it is 8.17 that makes their timestamps comparable.

q-network-match = Match each measure with the control it implements.
q-network-match-explanation = Keeping guests away from internal servers is segregation (8.22); security features and incident reporting written into a provider's contract concern network services (8.21); administering network devices only from a management network secures the network itself (8.20); blocking newly registered domains is web filtering (8.23).
q-network-match-left-guest-wifi = Guest Wi-Fi reaches the internet but none of the internal servers
q-network-match-left-provider-contract = The internet provider's contract states its DDoS protection and how it reports incidents
q-network-match-left-management-network = Switches and firewalls can be administered only from a dedicated management network
q-network-match-left-new-domains = Laptops cannot open websites whose domain was registered in the last few days
q-network-match-right-segregation = 8.22 Segregation of networks
q-network-match-right-network-services = 8.21 Security of network services
q-network-match-right-networks-security = 8.20 Networks security
q-network-match-right-web-filtering = 8.23 Web filtering

q-key-management-place = True or false: in ISO/IEC 27002:2022, key management is a control of its own, separate from 8.24 Use of cryptography.
q-key-management-place-explanation = False. The 2013 edition had a separate key management control; the 2022 edition merged it into 8.24, whose guidance covers the whole life of keys. Encryption and key management are treated as one control because neither works without the other.

q-crypto-evidence = Which evidence best shows an auditor that 8.24 Use of cryptography operates, not merely that it is intended?
q-crypto-evidence-explanation = An inventory of keys and certificates with owners and expiry dates, and records of the last rotations, is produced by key management actually running. A policy states intent, a vendor datasheet describes what a product can do, and a clean penetration test says little about how keys are managed.
q-crypto-evidence-option-key-inventory = An inventory of keys and certificates with owners and expiry dates, and records of the last rotations
q-crypto-evidence-option-key-inventory-feedback = Correct: these records exist only if key management really operates.
q-crypto-evidence-option-policy-statement = A policy stating that all sensitive data must be strongly encrypted
q-crypto-evidence-option-policy-statement-feedback = Necessary, but a policy shows intent, not operation.
q-crypto-evidence-option-vendor-datasheet = The storage vendor's datasheet confirming support for AES-256
q-crypto-evidence-option-vendor-datasheet-feedback = No: support for an algorithm says nothing about whether it is switched on or how its keys are handled.
q-crypto-evidence-option-pentest-report = A penetration test report with no critical findings
q-crypto-evidence-option-pentest-report-feedback = No: a penetration test may touch on encryption in transit, but it does not show how keys are generated, stored, rotated or revoked.

q-test-data = A test team asks for a copy of the production customer database to test a new billing feature. Which response fits 8.33 Test information best?
q-test-data-explanation = Masked or synthetic data should be the default. Where real data is truly needed, each copy is authorised, protected as strictly as production, logged and deleted when the test ends. Being inside the firewall or signing an agreement does not reduce the exposure, and an outright ban goes further than the control and pushes teams towards workarounds.
q-test-data-option-masked-or-controlled = Use masked or synthetic data; if real data is unavoidable, authorise the copy, protect it like production, log it and delete it afterwards
q-test-data-option-masked-or-controlled-feedback = Correct: this limits exposure while leaving room for justified exceptions.
q-test-data-option-internal-network = Copy it as it is, since the test environment is internal and behind the firewall
q-test-data-option-internal-network-feedback = No: test environments usually have weaker access control than production, and the firewall changes nothing about who inside can read the data.
q-test-data-option-confidentiality-agreement = Copy it as it is, provided every tester signs a confidentiality agreement
q-test-data-option-confidentiality-agreement-feedback = No: an agreement addresses people, not the technical exposure of a full copy of customer data.
q-test-data-option-never-allowed = Refuse in every case, since the control forbids any use of production data for testing
q-test-data-option-never-allowed-feedback = Too strict: production data may be used under strict conditions; masked or synthetic data is preferred, not mandatory in every case.

q-outsourced-contract = A company has a supplier develop its customer portal. Under 8.30 Outsourced development, what should its contract and oversight include? Select all that apply.
q-outsourced-contract-explanation = The company sets secure design and coding requirements and asks for evidence of testing, keeps the right to test and audit, and agrees fix deadlines. Accountability for the portal's security cannot be handed to the supplier, and acceptance testing stays with the company.
q-outsourced-contract-option-secure-practices = Secure design and coding requirements, and evidence of the supplier's security testing
q-outsourced-contract-option-right-to-test = The company's right to test the code and audit the supplier's development practices
q-outsourced-contract-option-fix-deadlines = Deadlines for fixing vulnerabilities found before and after go-live
q-outsourced-contract-option-transfer-accountability = A clause transferring accountability for the portal's security to the supplier
q-outsourced-contract-option-transfer-accountability-feedback = No: work can be outsourced, accountability cannot; the company still answers for the portal.
q-outsourced-contract-option-skip-acceptance = Waiving acceptance testing, since the supplier tests its own code
q-outsourced-contract-option-skip-acceptance-feedback = No: the company checks what it receives against its own requirements before go-live.

q-yearly-pentest = A product team says that its yearly penetration test of the live website covers 8.29 Security testing in development and acceptance. What is the main gap?
q-yearly-pentest-explanation = 8.29 expects security testing during development and acceptance testing against the security requirements before each release goes live. A yearly test of the live site is useful but comes after releases, and checks neither the requirements nor each change.
q-yearly-pentest-option-no-lifecycle-testing = Changes are not tested for security during development, nor accepted against security criteria before release
q-yearly-pentest-option-no-lifecycle-testing-feedback = Correct: the control is about testing inside the life cycle, not once a year afterwards.
q-yearly-pentest-option-certified-tester = The test must be performed by an accredited certification body
q-yearly-pentest-option-certified-tester-feedback = No: the control does not require testing by a certification body; competence and independence matter, not that label.
q-yearly-pentest-option-never-production = Penetration tests must never be run against production
q-yearly-pentest-option-never-production-feedback = No: testing production is possible when it is planned and agreed so as not to disrupt the service (8.34).
q-yearly-pentest-option-frequency = The test should be run every quarter instead of every year
q-yearly-pentest-option-frequency-feedback = Not the main point: more frequent tests of the live site would still leave the development and acceptance phases untested.

q-developer-production = True or false: under 8.31 Separation of development, test and production environments, developers may keep permanent administrator access to production as long as their actions are logged.
q-developer-production-explanation = False. Logging records misuse but does not prevent it. Separation means developers work in their own environments, changes reach production through a controlled path, and any production access needed for support is granted temporarily and monitored.

q-audit-testing = A consultant plans an authenticated vulnerability scan of the production servers as part of a compliance assessment. The IT manager insists that scope, timing and read-only accounts are agreed first so that the scan cannot disrupt the service. Which ISO/IEC 27002:2022 control is she applying? Give its number.
q-audit-testing-explanation = 8.34 Protection of information systems during audit testing: whoever tests a live system settles scope, access and timing with the people who run it beforehand, so that the assessment does not disrupt the business. Limited accounts, off-peak hours and monitoring of the tester's activity are typical.
