title = People and physical controls (6.1–6.8, 7.1–7.14)
summary = How the eight people controls follow a person from recruitment to departure, how the physical controls protect premises in layered zones, and how equipment is protected from installation to secure disposal, with the evidence auditors expect.

q-screening = A payment services company is recruiting a receptionist, a customer service agent and a database administrator who will be able to read every customer account. Which approach to screening best reflects 6.1 Screening?
q-screening-explanation = Screening is proportionate: the depth of the checks follows the information the role can reach and the assessed risk, within what employment and data protection law allow. The administrator warrants deeper checks than the receptionist. Applying the heaviest checks to everyone is disproportionate and may be unlawful, contractors remain in scope, and checks are repeated when someone moves to a more sensitive role.
q-screening-option-same-for-all = Apply the most thorough checks to all three recruits, so that nobody is treated differently
q-screening-option-same-for-all-feedback = Not the best answer: checks beyond what a role justifies are disproportionate, and data protection law limits what may be collected.
q-screening-option-proportionate = Set checks by tier, deeper for the administrator, within what employment and data protection law allow
q-screening-option-proportionate-feedback = Correct: the depth of screening follows the access and the risk, and stays within the law.
q-screening-option-agency-trusted = Screen the three recruits, but leave any agency contractor with the same access to the agency's judgement, without further checks
q-screening-option-agency-trusted-feedback = No: contractors are in scope. The organisation requires screening in the agency contract and checks that it is done.
q-screening-option-once-at-hire = Screen each person once when hired; the checks never need repeating, even after a move to a more sensitive role
q-screening-option-once-at-hire-feedback = No: a move to a more sensitive role calls for the checks of the new tier.

q-awareness-measure = The board wants evidence that the awareness programme under 6.3 is actually working. Which indicator gives the strongest evidence?
q-awareness-measure-explanation = The aim of awareness is a change in behaviour, so the best evidence is behavioural: more people reporting a simulated phishing email, and doing so faster, over time. Completion rates and end-of-module quiz scores show that people took part and remembered the content for a few minutes; posters show effort, not effect.
q-awareness-measure-option-completion = 98% of staff completed this year's e-learning module
q-awareness-measure-option-completion-feedback = Completion shows participation, not a change in behaviour.
q-awareness-measure-option-quiz-score = The average score on the end-of-module quiz is 85%
q-awareness-measure-option-quiz-score-feedback = Tempting, but a quiz taken straight after the module measures short-term recall, not what people do at work weeks later.
q-awareness-measure-option-reporting-trend = Over a year, more staff report simulated phishing emails, and they report them faster
q-awareness-measure-option-reporting-trend-feedback = Correct: this measures behaviour, which is what awareness is meant to change.
q-awareness-measure-option-posters = Awareness posters are displayed on every floor and renewed each quarter
q-awareness-measure-option-posters-feedback = Posters are an activity, not a result.

q-leaver = A sales engineer resigns to join a competitor and works a one-month notice period. Which controls should guide the departure? Select all that apply.
q-leaver-explanation = 6.5 sets out and communicates the duties that continue after departure, such as confidentiality; 5.11 Return of assets recovers the laptop, badge and documents; 5.18 Access rights removes access on time. Resigning to join a competitor is not a breach, so 6.4 does not apply. Deleting the person's work files is not a leaver step: the information belongs to the organisation and is kept or deleted under its retention rules.
q-leaver-option-after-termination = 6.5 Responsibilities after termination or change of employment
q-leaver-option-after-termination-feedback = Correct: the leaver is reminded of the duties that continue, such as confidentiality.
q-leaver-option-return-assets = 5.11 Return of assets
q-leaver-option-return-assets-feedback = Correct: equipment, badges and documents come back before the last day ends.
q-leaver-option-access-rights = 5.18 Access rights
q-leaver-option-access-rights-feedback = Correct: access is removed on time, and reviewed during the notice period if the risk calls for it.
q-leaver-option-disciplinary = 6.4 Disciplinary process, because the person is joining a competitor
q-leaver-option-disciplinary-feedback = No: leaving for a competitor is not a breach. The disciplinary process applies only once a violation has been established.
q-leaver-option-delete-files = 8.10 Information deletion, to delete all the person's work files on their last day
q-leaver-option-delete-files-feedback = No: work files belong to the organisation. They are kept or deleted according to retention rules, not because their author leaves.

q-role-change = True or false: when an accountant moves to the marketing team, 6.5 Responsibilities after termination or change of employment does not apply, because the person stays with the organisation.
q-role-change-explanation = False. 6.5 covers changes of role as well as departures. The accountant's finance access should be removed, the responsibilities of the new post set, and any duties from the old one that continue, such as confidentiality about financial results, made clear. Otherwise people accumulate rights with every move.

q-weakness-reporting = An employee notices that a shared folder holding payroll files seems to be readable by everyone in the company. Under 6.8 Information security event reporting, what should they do?
q-weakness-reporting-explanation = Report it promptly through the known channel, without trying to confirm it. Personnel report suspected weaknesses as well as events; testing a weakness could itself be a breach, could alter evidence, and is the job of those who assess reports. Fixing the permissions oneself bypasses the assessment, and waiting leaves the exposure open.
q-weakness-reporting-option-test-first = Open a few of the files to confirm that the weakness is real before reporting it
q-weakness-reporting-option-test-first-feedback = No: testing a suspected weakness is not the reporter's job, may itself be a breach, and can spoil evidence.
q-weakness-reporting-option-report-now = Report it at once through the usual reporting channel, without trying to confirm it
q-weakness-reporting-option-report-now-feedback = Correct: report what you see, quickly, and let the people who assess events decide.
q-weakness-reporting-option-fix-it = Change the folder's permissions themselves, since their account allows it
q-weakness-reporting-option-fix-it-feedback = No: a quiet fix skips the assessment and leaves no record of how long the files were exposed.
q-weakness-reporting-option-wait = Raise it at the next team meeting, since no harm has been seen so far
q-weakness-reporting-option-wait-feedback = No: reporting must be timely; the files stay exposed while nobody acts.

q-remote-scope = Which situations does 6.7 Remote working cover?
q-remote-scope-explanation = 6.7 covers any work done away from the organisation's premises, whatever the place and whether information is on screen or on paper. The 2013 edition spoke of teleworking; the 2022 control is deliberately broader.
q-remote-scope-option-home-agreement = Only days worked from home under a formal teleworking agreement
q-remote-scope-option-home-agreement-feedback = Too narrow: home working is only one case of remote working.
q-remote-scope-option-any-offsite = Any work done away from the premises: at home, on a train, in a hotel, in a coworking space or at a client's site
q-remote-scope-option-any-offsite-feedback = Correct: the control follows the person wherever they work off-site.
q-remote-scope-option-travel-abroad = Only business travel abroad, where the risks are highest
q-remote-scope-option-travel-abroad-feedback = Too narrow: risk may be higher abroad, but a café next door is remote working too.
q-remote-scope-option-laptops-only = Only the use of company laptops outside the office; paper documents are covered elsewhere
q-remote-scope-option-laptops-only-feedback = No: remote working rules also cover printed documents and conversations that can be overheard.

q-disciplinary = Which features make a disciplinary process consistent with 6.4? Select all that apply.
q-disciplinary-explanation = A sound disciplinary process is formal and known in advance, applies only once a breach has been established, and is graduated according to intent, severity and repetition. A single fixed sanction ignores the difference between an honest mistake and deliberate theft, and a secret process deters nobody and undermines fairness.
q-disciplinary-option-known-in-advance = It is formal and known to staff before any breach occurs
q-disciplinary-option-known-in-advance-feedback = Correct: a process nobody knows about neither deters nor protects.
q-disciplinary-option-breach-established = Sanctions are decided only once the breach has been established
q-disciplinary-option-breach-established-feedback = Correct: the facts are verified before anyone is sanctioned.
q-disciplinary-option-graduated = The response takes account of intent, severity and whether it is a first breach
q-disciplinary-option-graduated-feedback = Correct: an honest mistake and deliberate data theft do not call for the same response.
q-disciplinary-option-fixed-sanction = Every breach leads to the same sanction, so that the rule is simple and deters
q-disciplinary-option-fixed-sanction-feedback = No: a fixed sanction is neither fair nor proportionate, and discourages people from reporting their own mistakes.
q-disciplinary-option-kept-secret = Its details are withheld from staff so that nobody learns how to get round it
q-disciplinary-option-kept-secret-feedback = No: the process deters only if people know it exists and what it involves.

q-zones-order = Put these zones of a company's headquarters in order, from the least protected to the most protected.
q-zones-order-explanation = The car park and street are public; reception is the first controlled entry; the open-plan office is reserved for staff; the technical corridor for IT and facilities staff only; and the server room, opened by badge and PIN for named administrators, is the secure area at the centre. Each boundary adds a check, which is the principle of defence in depth.
q-zones-order-item-car-park = Visitor car park and the street outside
q-zones-order-item-reception = Reception, where visitors sign in and receive a badge
q-zones-order-item-open-office = Open-plan office, open to all staff badges
q-zones-order-item-technical-corridor = Technical corridor, open only to IT and facilities staff
q-zones-order-item-server-room = Server room, opened by badge and PIN for named administrators

q-new-physical = Of the eleven controls introduced in ISO/IEC 27002:2022, only one belongs to the physical theme. Give its number.
q-new-physical-explanation = 7.4 Physical security monitoring. Intruder detection used to appear only in the guidance on perimeters; in 2022 watching the premises became a control in its own right. The other ten new controls are organisational (5.7, 5.23, 5.30) or technological (8.9 to 8.12, 8.16, 8.23, 8.28).

q-cloud-only = True or false: a 30-person consultancy that runs all its systems in a cloud service and has no server room will normally still find several physical controls applicable.
q-cloud-only-explanation = True. The cloud provider's data centres are covered through the supplier controls (5.19 to 5.23), but the consultancy still has offices, people, laptops and paper. Controls such as 7.7 Clear desk and clear screen, 7.9 Security of assets off-premises and 7.14 Secure disposal or re-use of equipment typically remain applicable, scaled to the risk.

q-clear-desk = Which of these practices put 7.7 Clear desk and clear screen into effect? Select all that apply.
q-clear-desk-explanation = Locking the session, releasing print jobs only at the printer and wiping whiteboards all stop information being left exposed when nobody is there, which is what 7.7 is about. Turning monitors away from a window is about where equipment is placed (7.8 Equipment siting and protection). Disk encryption is a technological measure, under 8.24 Use of cryptography and 8.1 User end point devices.
q-clear-desk-option-lock-screen = Locking the session whenever staff leave their workstation
q-clear-desk-option-lock-screen-feedback = Correct: an unattended screen shows nothing.
q-clear-desk-option-badge-printing = Releasing print jobs only when the user badges at the printer
q-clear-desk-option-badge-printing-feedback = Correct: no printout waits unattended in the tray.
q-clear-desk-option-wipe-whiteboards = Wiping whiteboards after meetings in shared rooms
q-clear-desk-option-wipe-whiteboards-feedback = Correct: a whiteboard is a desk that everyone can read.
q-clear-desk-option-turn-monitors = Turning monitors so they cannot be read through the ground-floor windows
q-clear-desk-option-turn-monitors-feedback = Close, but this is siting: 7.8 Equipment siting and protection covers where screens are placed.
q-clear-desk-option-encrypt-disks = Encrypting laptop disks so that a stolen device reveals nothing
q-clear-desk-option-encrypt-disks-feedback = Useful, but technological: it falls under 8.24 Use of cryptography and 8.1 User end point devices.

q-secure-area-visit = An air-conditioning contractor must spend a day working in a data centre's server hall. Which arrangements are consistent with 7.6 Working in secure areas? Select all that apply.
q-secure-area-visit-explanation = In a secure area, outside workers are supervised and photography or recording is allowed only with permission. A permanent badge would give lasting access to someone who needs it for one day, and letting the contractor work alone after a briefing removes the supervision that the area requires.
q-secure-area-visit-option-supervised = A member of staff supervises the contractor throughout the visit
q-secure-area-visit-option-supervised-feedback = Correct: unsupervised work by outsiders is what secure areas avoid.
q-secure-area-visit-option-no-recording = The contractor may not take photos or recordings without explicit permission
q-secure-area-visit-option-no-recording-feedback = Correct: pictures of a server hall reveal its layout and equipment.
q-secure-area-visit-option-permanent-badge = The contractor receives a permanent badge so that future visits cause no delay
q-secure-area-visit-option-permanent-badge-feedback = No: access to a secure area is granted for the need, and a one-day job needs one day.
q-secure-area-visit-option-alone-after-briefing = After a safety briefing, the contractor works alone so as not to tie up staff
q-secure-area-visit-option-alone-after-briefing-feedback = No: a safety briefing does not replace supervision in a secure area.

q-layers-purpose = Why do physical security designs rely on several nested zones rather than one very strong outer perimeter?
q-layers-purpose-explanation = Defence in depth: each layer deters, delays and raises the chance of detection, so the failure of one barrier does not expose the most sensitive assets and responders have time to act. ISO/IEC 27002 sets no fixed number of zones, and inner zones still need monitoring, because people who are already inside can be the threat.
q-layers-purpose-option-delay-and-detect = Each layer delays an intruder and raises the chance of detection, so one failure does not expose the most sensitive assets
q-layers-purpose-option-delay-and-detect-feedback = Correct: this is defence in depth.
q-layers-purpose-option-cheaper = Several modest layers always cost less than one strong perimeter
q-layers-purpose-option-cheaper-feedback = No: cost is not the reason, and layers are not always cheaper.
q-layers-purpose-option-fixed-number = ISO/IEC 27002 requires the same fixed number of zones on every site
q-layers-purpose-option-fixed-number-feedback = No: the number of zones follows the risk assessment and what the site holds.
q-layers-purpose-option-no-monitoring-inside = Inner zones need no monitoring, since intruders are stopped before reaching them
q-layers-purpose-option-no-monitoring-inside-feedback = No: layers can fail, and staff or contractors are already inside; inner zones are usually the most closely watched.

q-ssd-reuse = An encrypted laptop with a solid-state drive is to be re-issued to another employee. Which approach best meets 7.14 Secure disposal or re-use of equipment?
q-ssd-reuse-explanation = On an SSD the drive itself decides where data is physically written, so overwriting from the operating system can miss blocks. Cryptographic erasure, or the manufacturer's sanitise command, makes the data unrecoverable, and checking and recording the result provides the evidence. A quick format or deleting a profile leaves data recoverable.
q-ssd-reuse-option-crypto-erase = Cryptographic erasure or the manufacturer's sanitise command, then a check of the result recorded against the serial number
q-ssd-reuse-option-crypto-erase-feedback = Correct: a method suited to SSDs, plus verification and a record.
q-ssd-reuse-option-quick-format = A quick format, then a fresh installation of the operating system
q-ssd-reuse-option-quick-format-feedback = No: a quick format leaves most data in place and recoverable.
q-ssd-reuse-option-single-overwrite = A single overwrite pass with zeros, as for traditional hard disks
q-ssd-reuse-option-single-overwrite-feedback = Tempting, but unreliable on SSDs: wear levelling and spare blocks mean some data may never be overwritten.
q-ssd-reuse-option-delete-profile = Deleting the previous user's profile and emptying the recycle bin
q-ssd-reuse-option-delete-profile-feedback = No: deleted files remain recoverable, and other copies may sit elsewhere on the drive.

q-equipment-sort = Sort each measure under the physical control it mainly implements.
q-equipment-sort-explanation = Placing screens and racks where they are least exposed is 7.8 Equipment siting and protection. UPS tests, generator fuel and dual power feeds keep the services equipment depends on running, under 7.11 Supporting utilities. Buried ducts, separating power from data and locking the patch panel room protect the cables themselves, under 7.12 Cabling security.
q-equipment-sort-category-siting = 7.8 Equipment siting and protection
q-equipment-sort-category-utilities = 7.11 Supporting utilities
q-equipment-sort-category-cabling = 7.12 Cabling security
q-equipment-sort-item-screens-window = Turning reception screens away from the street window
q-equipment-sort-item-rack-pipe = Moving a server rack that stood under a water pipe
q-equipment-sort-item-ups-test = Testing the UPS under load every quarter
q-equipment-sort-item-generator-fuel = Signing a priority fuel delivery contract for the standby generator
q-equipment-sort-item-dual-feed = Supplying the data centre through two independent power feeds
q-equipment-sort-item-buried-ducts = Running network cables between buildings through buried ducts
q-equipment-sort-item-power-data-apart = Keeping power cables apart from data cables to avoid interference
q-equipment-sort-item-patch-room = Locking the room that houses the patch panels

q-lifecycle-links = Match each control with the situation it governs.
q-lifecycle-links-explanation = 7.10 covers removable media over their whole life; 7.13 covers maintenance, including what happens to storage when a device goes away for repair and the inspection on its return; 7.14 checks that equipment carries no recoverable data before disposal or re-use; 8.10 deletes information once it is no longer needed, wherever it is held.
q-lifecycle-links-left-storage-media = 7.10 Storage media
q-lifecycle-links-left-maintenance = 7.13 Equipment maintenance
q-lifecycle-links-left-disposal = 7.14 Secure disposal or re-use of equipment
q-lifecycle-links-left-deletion = 8.10 Information deletion
q-lifecycle-links-right-usb-lifecycle = Registering, encrypting, transporting and finally destroying USB drives and backup tapes
q-lifecycle-links-right-repair = Removing a server's disks before it is sent away for repair, and inspecting it when it comes back
q-lifecycle-links-right-reissue = Checking that a laptop holds no recoverable data before it goes to a new user or a recycler
q-lifecycle-links-right-retention = Removing customer records from systems and cloud services once their retention period has expired

q-hidden-storage = Which of these items need the checks of 7.14 Secure disposal or re-use of equipment before they leave the organisation? Select all that apply.
q-hidden-storage-explanation = Anything that stores information needs checking: a multifunction printer's internal disk keeps scanned and printed documents, a failed disk still holds most of its data, and a switch holds its configuration and administrator credentials. A plain monitor with no internal storage holds no information, though it is still removed from the inventory.
q-hidden-storage-option-leased-printer = A leased multifunction printer with an internal disk, returned at the end of the lease
q-hidden-storage-option-leased-printer-feedback = Correct: the internal disk may hold years of scanned documents.
q-hidden-storage-option-warranty-disk = A failed server disk that the manufacturer wants back under warranty
q-hidden-storage-option-warranty-disk-feedback = Correct: "failed" rarely means unreadable; keep and destroy it, or erase it if possible.
q-hidden-storage-option-network-switch = A network switch holding its configuration and administrator passwords
q-hidden-storage-option-network-switch-feedback = Correct: configurations and credentials help an attacker map and enter the network.
q-hidden-storage-option-plain-monitor = A standard desktop monitor with no internal storage
q-hidden-storage-option-plain-monitor-feedback = No: without storage it holds no information; updating the inventory is enough.

q-personal-phone = True or false: an employee's personal phone, used to read work email while travelling, falls outside 7.9 Security of assets off-premises because the organisation does not own it.
q-personal-phone-explanation = False. 7.9 concerns devices that hold or process the organisation's information off its premises, whoever owns them. A personally owned phone used for work falls within it, usually through a bring-your-own-device policy supported by 8.1 User end point devices.
