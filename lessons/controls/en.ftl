# ISO/IEC 27002:2022 controls: short names (the standard's titles) and our own one-line summaries,
# then the labels of themes and attribute values. See lessons/controls/README.md.

## Themes
control-theme-organisational = Organisational controls
control-theme-people = People controls
control-theme-physical = Physical controls
control-theme-technological = Technological controls

## Control types
control-type-preventive = Preventive
control-type-detective = Detective
control-type-corrective = Corrective

## Information security properties
control-property-confidentiality = Confidentiality
control-property-integrity = Integrity
control-property-availability = Availability

## Cybersecurity concepts
control-concept-identify = Identify
control-concept-protect = Protect
control-concept-detect = Detect
control-concept-respond = Respond
control-concept-recover = Recover

## Operational capabilities
control-capability-governance = Governance
control-capability-asset-management = Asset management
control-capability-information-protection = Information protection
control-capability-human-resource-security = Human resource security
control-capability-physical-security = Physical security
control-capability-system-and-network-security = System and network security
control-capability-application-security = Application security
control-capability-secure-configuration = Secure configuration
control-capability-identity-and-access-management = Identity and access management
control-capability-threat-and-vulnerability-management = Threat and vulnerability management
control-capability-continuity = Continuity
control-capability-supplier-relationships-security = Supplier relationships security
control-capability-legal-and-compliance = Legal and compliance
control-capability-information-security-event-management = Information security event management
control-capability-information-security-assurance = Information security assurance

## Security domains
control-domain-governance-and-ecosystem = Governance and ecosystem
control-domain-protection = Protection
control-domain-defence = Defence
control-domain-resilience = Resilience

## Clause 5: organisational controls

control-5-1-name = Policies for information security
control-5-1-summary = Give security a written direction: one top-level policy endorsed by top management, topic policies beneath it (access, backup, suppliers and so on), each with an owner, known to the people it binds and kept current.

control-5-2-name = Information security roles and responsibilities
control-5-2-summary = Decide who does what in security: owners for assets, risks and processes, a security function, and the authority of each, written down so that no duty falls between two roles.

control-5-3-name = Segregation of duties
control-5-3-summary = Keep conflicting tasks, such as creating a supplier and approving its payments, in different hands. Where a team is too small, compensate with supervision, log review by someone else and a documented risk decision.

control-5-4-name = Management responsibilities
control-5-4-summary = Line managers see that their teams actually follow the security rules: they brief people on their duties, give them the time and means to comply, and set the example themselves.

control-5-5-name = Contact with authorities
control-5-5-summary = Know beforehand which authority to call for which event (data protection regulator, police, national CSIRT, sector supervisor), who makes the call and within what deadline, and keep that list up to date.

control-5-6-name = Contact with special interest groups
control-5-6-summary = Join CERT networks, sector clubs, forums and professional associations so that security staff keep their knowledge current, hear warnings early and can compare practice with peers.

control-5-7-name = Threat intelligence
control-5-7-summary = Collect information about the threats that matter to the organisation, analyse it at strategic, tactical and operational level, and turn it into decisions such as detection rules, patch priorities or updated risks.

control-5-8-name = Information security in project management
control-5-8-summary = Put security on the agenda of every project, IT or not: assess its risks early, write its security requirements, and check them at each stage gate until delivery.

control-5-9-name = Inventory of information and other associated assets
control-5-9-summary = Keep an up-to-date list of the organisation's information and of the hardware, software, services and other assets that hold or process it, each entry with a named owner.

control-5-10-name = Acceptable use of information and other associated assets
control-5-10-summary = Tell people what they may and may not do with information and equipment, and give them handling rules for each classification level, from storage and copying to sending and disposal.

control-5-11-name = Return of assets
control-5-11-summary = When someone leaves or changes role, get back everything the organisation entrusted to them, such as laptops, badges, documents and data on personal devices, checked against the inventory.

control-5-12-name = Classification of information
control-5-12-summary = Sort information into a small number of protection levels, for example public, internal and confidential, according to its sensitivity and legal constraints, with the owner choosing the level.

control-5-13-name = Labelling of information
control-5-13-summary = Make each document's classification visible to people and tools, through headers, metadata, mail tags or physical labels, so it is handled at the right level wherever it goes.

control-5-14-name = Information transfer
control-5-14-summary = Set rules or agreements for every channel through which information leaves or moves, whether email, file transfer, removable media, paper or conversation, in proportion to its classification.

control-5-15-name = Access control
control-5-15-summary = Write the rules that decide who may reach which information and assets, logically and physically, based on business need, need-to-know and least privilege, and give those rules an owner.

control-5-16-name = Identity management
control-5-16-summary = Manage identities for people and systems from creation to removal: one identity per person, shared identities only by approved exception, and prompt disabling when an identity is no longer needed.

control-5-17-name = Authentication information
control-5-17-summary = Control how passwords, tokens, keys and other secrets are issued, delivered, reset and stored, and teach users to keep theirs private, for example with a password manager.

control-5-18-name = Access rights
control-5-18-summary = Grant, adjust and withdraw access rights according to the access rules, with the owner's approval, regular reviews of who holds what, and removal on departure or change of role.

control-5-19-name = Information security in supplier relationships
control-5-19-summary = Manage the risks that come with relying on suppliers' products and services: rank suppliers by risk, set expectations, and handle the relationship from selection to exit.

control-5-20-name = Addressing information security within supplier agreements
control-5-20-summary = Turn the security expectations for each supplier into contract clauses: protection duties, incident notification, audit rights, subcontracting conditions and return or deletion of data at the end.

control-5-21-name = Managing information security in the ICT supply chain
control-5-21-summary = Extend supplier security down the ICT supply chain: require suppliers to pass requirements to their own subcontractors, and check where components come from and that they have not been tampered with.

control-5-22-name = Monitoring, review and change management of supplier services
control-5-22-summary = Follow each supplier's security and service delivery over time through reports, reviews and audits where justified, and assess the risk of any change to the service before accepting it.

control-5-23-name = Information security for use of cloud services
control-5-23-summary = Set how cloud services are chosen, used, administered and left: security requirements, the split of responsibilities with the provider, secure configuration, monitoring and a tested exit plan.

control-5-24-name = Information security incident management planning and preparation
control-5-24-summary = Get ready for incidents before they happen: a documented process, defined roles and contacts, criteria for classifying events, communication plans and people trained to use them.

control-5-25-name = Assessment and decision on information security events
control-5-25-summary = Triage each reported event with agreed criteria: false alarm, event to watch or incident, and if an incident, how severe, with the decision and its reasons recorded.

control-5-26-name = Response to information security incidents
control-5-26-summary = Handle confirmed incidents by documented procedures: contain, eradicate and recover, escalate and communicate as planned, and keep a record of what was done and when.

control-5-27-name = Learning from information security incidents
control-5-27-summary = After an incident, look for root causes and turn what was learned into concrete changes to controls, procedures, training or the risk assessment.

control-5-28-name = Collection of evidence
control-5-28-summary = Treat anything that may serve as evidence after a security event so it stays usable in disciplinary or legal action: secure it quickly, document its chain of custody and use sound forensic methods.

control-5-29-name = Information security during disruption
control-5-29-summary = Plan how security holds up during a disruption or crisis, so that fallback sites, degraded modes and emergency workarounds keep access control, logging and monitoring in place.

control-5-30-name = ICT readiness for business continuity
control-5-30-summary = Make ICT services able to meet business continuity needs: derive recovery time and recovery point objectives from the business impact analysis, build the means to meet them, and test them.

control-5-31-name = Legal, statutory, regulatory and contractual requirements
control-5-31-summary = Keep a register of the laws, regulations and contracts that affect security, including data protection, sector rules and restrictions on cryptography, and show how each obligation is met.

control-5-32-name = Intellectual property rights
control-5-32-summary = Respect intellectual property: obtain software and content from legitimate sources, reconcile licences with what is installed or subscribed, and honour copyright and licence terms.

control-5-33-name = Protection of records
control-5-33-summary = Keep records for as long as law, contracts and the business require, safe from loss, alteration and unauthorised access, and still readable at the end of their retention period.

control-5-34-name = Privacy and protection of PII
control-5-34-summary = Identify the privacy and personal data protection rules that apply and meet them, with a privacy policy, a designated person in charge and matching technical and organisational safeguards.

control-5-35-name = Independent review of information security
control-5-35-summary = Have the way security is run examined, at planned intervals and after major changes, by people independent of the area under review, such as internal audit or an external assessor, and act on the results.

control-5-36-name = Compliance with policies, rules and standards for information security
control-5-36-summary = Make managers and system owners check regularly that security policies, rules and standards are followed in their areas, including technical checks of settings, and correct what they find.

control-5-37-name = Documented operating procedures
control-5-37-summary = Write down how systems and facilities are run, such as start-up, backup, job scheduling, error handling and restart, and keep these runbooks current and easy to find for the operators on duty.

## Clause 6: people controls

control-6-1-name = Screening
control-6-1-summary = Check candidates' backgrounds before they join, in proportion to the role, the information they will reach and the risks, within what the law allows, and check again when a role changes.

control-6-2-name = Terms and conditions of employment
control-6-2-summary = Make security part of the employment deal: the contract or its annexed rules set out what staff must do to protect information, what the organisation commits to, and which duties outlast the job.

control-6-3-name = Information security awareness, education and training
control-6-3-summary = Give staff and relevant contractors security awareness for all and education and training fitted to each role, refresh it regularly, and check that it changes behaviour.

control-6-4-name = Disciplinary process
control-6-4-summary = Have a formal disciplinary process for breaches of security policy, known to staff in advance, applied only after the facts are established and in proportion to the seriousness.

control-6-5-name = Responsibilities after termination or change of employment
control-6-5-summary = Define which security duties, such as confidentiality, continue after someone leaves or changes job, tell them before they go, and make those duties enforceable.

control-6-6-name = Confidentiality or non-disclosure agreements
control-6-6-summary = Use confidentiality or non-disclosure agreements with staff and outside parties, fitted to the information concerned, signed before access is given and reviewed periodically.

control-6-7-name = Remote working
control-6-7-summary = Protect information used away from the organisation's premises with a remote working policy covering devices, connections, the places people work from and who can see their screen.

control-6-8-name = Information security event reporting
control-6-8-summary = Give everyone a simple, well-known channel to report suspected security events and weaknesses quickly, and make reporting safe and free of blame.

## Clause 7: physical controls

control-7-1-name = Physical security perimeters
control-7-1-summary = Draw security perimeters around areas that hold information and assets, with walls, doors, fences and alarms whose strength matches the risk and that leave no easy gaps.

control-7-2-name = Physical entry
control-7-2-summary = Control who comes into secure areas and delivery zones: badges, reception, visitor logs and escorts, with access rights reviewed and withdrawn when no longer needed.

control-7-3-name = Securing offices, rooms and facilities
control-7-3-summary = Make offices, rooms and facilities physically secure in their design and use: locks, discreet signage, and sensitive activities kept out of sight of visitors and passers-by.

control-7-4-name = Physical security monitoring
control-7-4-summary = Watch premises continuously for unauthorised physical access, with video surveillance, intrusion alarms or guards, and make sure someone responds to the alerts.

control-7-5-name = Protecting against physical and environmental threats
control-7-5-summary = Protect sites and infrastructure against fire, flood, earthquake, storms, power surges and other physical threats, starting with a risk assessment before a site is chosen or built.

control-7-6-name = Working in secure areas
control-7-6-summary = Set rules for work in secure areas: tell only those who need to know, supervise visitors and contractors, ban unapproved recording devices and lock areas when empty.

control-7-7-name = Clear desk and clear screen
control-7-7-summary = Require papers and removable media to be put away and screens to be locked when people step away, in offices, meeting rooms and shared spaces alike.

control-7-8-name = Equipment siting and protection
control-7-8-summary = Place and protect equipment so it is safe from environmental hazards, unauthorised handling and prying eyes, for example away from windows, water pipes and public areas.

control-7-9-name = Security of assets off-premises
control-7-9-summary = Protect devices and information used or carried outside the premises, at home, in transit or at clients, against theft, loss and tampering, and keep track of what leaves.

control-7-10-name = Storage media
control-7-10-summary = Manage storage media, especially removable ones, throughout their life, from purchase and use to transport, reuse and destruction, according to the classification of the data they hold.

control-7-11-name = Supporting utilities
control-7-11-summary = Protect equipment against failures of power, telecommunications, water, heating, ventilation and cooling, through adequate capacity, backup supplies, monitoring and alarms.

control-7-12-name = Cabling security
control-7-12-summary = Protect power and network cables from interception, interference and damage: protected routes, separation of power and data, locked patch panels and periodic inspection.

control-7-13-name = Equipment maintenance
control-7-13-summary = Maintain equipment as the manufacturer recommends, by authorised people only, and protect the information on it when it goes out for repair.

control-7-14-name = Secure disposal or re-use of equipment
control-7-14-summary = Before equipment is thrown away, sold, returned or given to another user, check that its storage has been securely wiped or destroyed, leaving no sensitive data or licensed software.

## Clause 8: technological controls

control-8-1-name = User endpoint devices
control-8-1-summary = Protect information on or reached through laptops, phones and tablets, company-owned or personal: registration, secure settings, encryption, updates, screen lock and remote wipe.

control-8-2-name = Privileged access rights
control-8-2-summary = Keep administrator and other privileged rights few, justified and time-limited, on separate accounts with stronger authentication, and review them more often than ordinary rights.

control-8-3-name = Information access restriction
control-8-3-summary = Make systems and applications enforce the access rules: configure each role to see and do only what it needs, and keep sensitive data out of reach of everyone else.

control-8-4-name = Access to source code
control-8-4-summary = Control who can read and change source code, development tools and software libraries, for example through repository permissions, protected branches and review before merging.

control-8-5-name = Secure authentication
control-8-5-summary = Use log-on methods strong enough for what they protect, such as multi-factor authentication for remote and privileged access, with limits on failed attempts and protection of credentials in transit.

control-8-6-name = Capacity management
control-8-6-summary = Watch the use of storage, computing power, bandwidth and staff against current and forecast demand, and act before a shortage causes an outage.

control-8-7-name = Protection against malware
control-8-7-summary = Defend against malware with detection and repair software, backed by user awareness, controlled software installation and change management, since no tool alone is enough.

control-8-8-name = Management of technical vulnerabilities
control-8-8-summary = Find out about technical vulnerabilities in the systems in use, judge the exposure, and fix them in time according to risk: asset list, watched sources, patch deadlines and verification.

control-8-9-name = Configuration management
control-8-9-summary = Define secure reference configurations for hardware, software, services and networks, apply them, record changes and detect drift from the approved baseline.

control-8-10-name = Information deletion
control-8-10-summary = Delete information that is no longer needed, on systems, devices and cloud services, by methods suited to its sensitivity, and keep evidence that the deletion happened.

control-8-11-name = Data masking
control-8-11-summary = Hide sensitive data from those who do not need it, through masking, pseudonymisation or anonymisation, as access rules and law require, notably for personal data in test environments.

control-8-12-name = Data leakage prevention
control-8-12-summary = Detect and stop unauthorised disclosure of sensitive information through email, web uploads, removable media and other channels, using tools and rules tied to the classification.

control-8-13-name = Information backup
control-8-13-summary = Decide what to back up, how often and for how long, from business needs rather than tool defaults; keep the copies protected and away from the originals, and prove regularly that restores work.

control-8-14-name = Redundancy of information processing facilities
control-8-14-summary = Provide enough redundancy in components, links, power or sites to meet availability requirements, and test that switching to the standby actually works.

control-8-15-name = Logging
control-8-15-summary = Decide which events systems must record, such as log-ons, administrator actions, errors and security alerts, keep the logs safe from tampering for a defined period, and make sure they are actually reviewed.

control-8-16-name = Monitoring activities
control-8-16-summary = Watch networks, systems and applications for abnormal behaviour against a baseline of normal activity, raise alerts and evaluate them as possible incidents.

control-8-17-name = Clock synchronization
control-8-17-summary = Point every server, network device and application at one trusted time reference, such as internal NTP servers, so that timestamps in different logs line up and events can be put in order.

control-8-18-name = Use of privileged utility programs
control-8-18-summary = Restrict and closely control the use of utility programs able to bypass system and application safeguards: few authorised users, logging, and removal where not needed.

control-8-19-name = Installation of software on operational systems
control-8-19-summary = Control which software is installed on production systems: only approved software, installed by authorised administrators, with users prevented from installing their own.

control-8-20-name = Networks security
control-8-20-summary = Secure and manage networks and network devices: hardened configuration, administration from protected paths, filtering of traffic and monitoring of network activity.

control-8-21-name = Security of network services
control-8-21-summary = For each network service, in-house or bought in, define the security features, service levels and requirements it must meet, and check that they are delivered.

control-8-22-name = Segregation of networks
control-8-22-summary = Split the network into separate zones by trust level, sensitivity or function, such as users, servers, administration, guests and industrial systems, with controlled traffic between them.

control-8-23-name = Web filtering
control-8-23-summary = Control which external websites people can reach, blocking known malicious sites and categories the organisation rules out, to reduce exposure to web-borne threats.

control-8-24-name = Use of cryptography
control-8-24-summary = Decide where encryption, signatures and hashing are required and with which algorithms, and manage keys through their whole life, from generation and storage to rotation, revocation and destruction.

control-8-25-name = Secure development life cycle
control-8-25-summary = Lay down rules for developing software and systems securely: secure environments, security requirements and checkpoints at each phase, protected repositories and trained developers.

control-8-26-name = Application security requirements
control-8-26-summary = Identify and agree the security requirements of each application, developed or acquired, before it is built or bought, including those of online services and transactions.

control-8-27-name = Secure system architecture and engineering principles
control-8-27-summary = Define and apply secure design principles, such as defence in depth, least privilege and secure defaults, to every layer of a system, and revisit them as threats evolve.

control-8-28-name = Secure coding
control-8-28-summary = Write code securely: agreed coding rules, avoidance of known weakness classes, code review, safe handling of third-party components, and prompt fixing of flaws found after release.

control-8-29-name = Security testing in development and acceptance
control-8-29-summary = Test security during development and before go-live: code analysis, vulnerability scans and penetration tests against the security requirements, with acceptance criteria agreed in advance.

control-8-30-name = Outsourced development
control-8-30-summary = When development is outsourced, stay in charge: set security requirements in the contract, review and test what is delivered, and keep rights to evidence and to the code.

control-8-31-name = Separation of development, test and production environments
control-8-31-summary = Run development and testing away from live systems, with separate accounts and data, so that unfinished code or a tester's mistake cannot reach production, and control how releases are promoted.

control-8-32-name = Change management
control-8-32-summary = Put changes to systems and facilities through change management: recorded request, impact assessment, testing, authorisation, fallback plan and update of documentation.

control-8-33-name = Test information
control-8-33-summary = Avoid raw copies of production personal data in tests; where real data is unavoidable, mask it, obtain the owner's approval, protect it as in production and delete it once testing ends.

control-8-34-name = Protection of information systems during audit testing
control-8-34-summary = Before auditors or testers probe live systems, settle with the system owners what will be tested, when and with what access, preferring read-only access and quiet hours, so that assurance work does not disrupt operations.

## Attribute types
control-facet-type = Control type
control-facet-property = Information security properties
control-facet-concept = Cybersecurity concepts
control-facet-capability = Operational capabilities
control-facet-domain = Security domains
