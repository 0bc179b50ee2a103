title = Equipment, from siting to secure disposal
overview = You will follow equipment through its life with controls 7.8 to 7.14, from where it is installed to how it is wiped or destroyed, and see how 8.10 Information deletion completes them.

explanation =
    The last seven physical controls follow equipment from installation to disposal. 7.8 Equipment siting and protection decides where it stands; 7.11 Supporting utilities and 7.12 Cabling security keep it powered and connected; 7.13 Equipment maintenance keeps it working; 7.9 Security of assets off-premises and 7.10 Storage media deal with what leaves the building or can be carried away; 7.14 Secure disposal or re-use of equipment closes the cycle.

    These controls serve two goals that are easy to separate. Siting, utilities, cabling and maintenance mainly protect availability: a server room without reliable power or cooling is an outage waiting to happen. Off-premises assets, media and disposal mainly protect confidentiality: the typical equipment-related leak is a device lost in transit or sold on without being wiped. Integrity is at stake too when a device leaves your control and could be tampered with.

    7.14 is closely linked to 8.10 Information deletion, one of the controls new in 2022. 8.10 is about deleting information once it is no longer needed, wherever it is held: servers, laptops, cloud services, backups. 7.14 makes sure that equipment leaving the organisation or passing to a new user carries nothing with it. 7.10 does the same for removable media. The three rely on the asset inventory (5.9): you cannot dispose securely of a device you do not know you own.

    Evidence is mostly records: an inventory with each device's status, maintenance logs, UPS and generator test results, a register of removable media, and disposal certificates that can be reconciled with serial numbers. Auditors often pick a device from the inventory marked "disposed of" and ask to see the proof.

practical-example =
    A 150-person engineering firm reviewed its equipment controls after a scare. Its server room now has temperature and water sensors that alert the on-call engineer, and the UPS is tested under load every quarter.

    Every laptop is encrypted and listed in the inventory with its user. Only the supplier's named technicians carry out maintenance, and each visit is logged. Devices leaving for good go through a single procedure: the IT team erases them, checks a sample, and hands them to a certified recycler whose certificate lists every serial number. Once a year, the security officer picks five "disposed of" devices in the inventory and traces each one to its certificate.

block-siting-and-utilities-heading = Siting, utilities and cabling: 7.8, 7.11 and 7.12
block-siting-and-utilities-body =
    Equipment siting and protection (7.8) puts equipment where it is least exposed: away from water pipes and windows on the street, out of reach of passers-by, with screens that cannot be read from a corridor, and with temperature and humidity watched in rooms that need it.

    Supporting utilities (7.11) covers electricity, telecommunications, water, heating, ventilation and air conditioning. Typical measures are a UPS sized for a clean shutdown or a switch to a generator, a generator with a fuel contract, two separate power or network feeds for critical sites, and alarms when a utility fails. A UPS that has never been tested under load is a hope, not a control.

    Cabling security (7.12) protects power and data cables from damage, interception and interference: conduits or ducts, power kept apart from data cabling, labels at both ends, patch panels and cable rooms locked, and periodic checks for devices that should not be there.

block-off-premises-and-media-heading = Off the premises and on media: 7.9 and 7.10
block-off-premises-and-media-body =
    Security of assets off-premises (7.9) applies to any device holding the organisation's information outside its buildings: laptops and phones, personal devices used for work, and equipment installed permanently elsewhere, such as a payment terminal or a sensor in the field. Typical rules: never leave a device unattended in a car or a public place, use a privacy screen when travelling, record custody when equipment passes between people, and be able to wipe a lost device remotely.

    Storage media (7.10) covers USB drives, external disks, tapes and memory cards over their whole life: issuing and registering them, encrypting what they carry, authorising removal, using tracked couriers, copying long-term archives before the media degrade, and disposing of them securely. Many organisations simply block USB storage where there is no business need.

block-maintenance-heading = Maintenance: 7.13
block-maintenance-body =
    Equipment maintenance (7.13) keeps equipment available and intact. Service follows the manufacturer's recommended intervals, only authorised people carry it out, and every fault and intervention is recorded.

    - Escort contractors in secure areas, and control remote maintenance access like any other privileged access.
    - Before sending a device off-site for repair, remove or erase its storage, or make sure the repairer is bound by a confidentiality agreement.
    - When it comes back, inspect it before reconnecting it, in case it has been tampered with.

block-disposal-and-deletion-heading = Disposal, re-use and deletion: 7.14 and 8.10
block-disposal-and-deletion-body =
    Secure disposal or re-use of equipment (7.14) asks one question before any device leaves or changes hands: can anyone recover information from it? The answer must be checked, not assumed.

    - Choose the method by media type: overwriting works for ordinary hard disks, cryptographic erasure or the manufacturer's sanitise command suits encrypted drives and SSDs, and physical destruction is used when nothing else can be trusted. Public guides such as NIST SP 800-88 describe clear, purge and destroy levels.
    - Remember the less obvious devices: copiers and printers with internal disks, phones, network equipment holding configurations and passwords, and failed disks sent back under warranty.
    - Decide case by case whether a damaged device is repaired or destroyed.

    8.10 Information deletion complements this on the information side: data is deleted when retention rules say so, in systems and cloud services as well as on devices, and the deletion is recorded.

example-leased-copier = At the end of a lease, a firm returned ten multifunction printers whose internal disks still held years of scanned payslips. Its new lease contract requires the disks to be erased or removed before collection, with a certificate for each device.
example-untested-ups = A logistics company's first real power cut brought the server room down in two minutes: the UPS batteries had reached the end of their life unnoticed. It now tests the UPS every quarter and replaces batteries on a fixed schedule.
example-warranty-disk = A hospital's storage array reported a failed disk full of patient data. Instead of returning it to the manufacturer, the hospital uses the supplier's option to keep failed drives and destroys them on site.

callout-format-is-not-erase-title = Formatting is not erasing
callout-format-is-not-erase-body = A quick format, a deleted partition or a factory reset of an unencrypted device can leave data recoverable. On SSDs, overwriting is unreliable because the drive manages where data is physically written. Encrypt from day one, so that destroying the key erases the data, and verify the result.

callout-match-serials-title = A certificate proves nothing without serial numbers
callout-match-serials-body = A destruction certificate saying "40 laptops destroyed" cannot be checked. Ask your recycler for certificates listing each serial number, reconcile them with your inventory, and investigate any device that appears on neither.

prompt = Think of the last three devices your organisation got rid of, such as a laptop, a phone or a printer. Trace what happened to each one, and list the evidence that shows no information left with it. Where is the gap most likely to be?
prompt-guidance =
    A strong answer follows each device from the inventory to its final state (re-issued, sold, recycled or destroyed) and names the evidence: an erasure report tied to the serial number, a recycler's certificate, a dated inventory entry.

    Gaps usually appear where no one thinks of a device as a computer (printers, phones, network gear), where a supplier takes equipment away (leasing, warranty swaps), or where the inventory was never updated. A good answer also checks whether the information itself was deleted from systems and cloud services under 8.10, not just from the device.

exercise = Put these steps for retiring an employee's laptop in the right order.
exercise-explanation = First recover the laptop and update the inventory, then make sure the information that must be kept is stored elsewhere, before erasing anything. Erase with a method suited to the media, verify the result and record it against the serial number, and only then hand the device to the recycler and file its certificate.
exercise-item-retrieve = Recover the laptop from the employee and update its status in the asset inventory.
exercise-item-preserve = Check that any information that must be kept has been copied to its approved location.
exercise-item-sanitise = Erase the drive with a method suited to it, such as a cryptographic erase of the encrypted SSD.
exercise-item-verify = Verify that the erasure succeeded and record the result against the laptop's serial number.
exercise-item-hand-over = Hand the laptop to the approved recycler and file the certificate that lists its serial number.
