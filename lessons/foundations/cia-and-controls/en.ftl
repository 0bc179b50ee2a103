title = Confidentiality, integrity, availability and controls
overview = You will be able to explain information security as the preservation of three properties of information, and to place a control in one of the four themes of the 2022 edition.
explanation =
    In the ISO/IEC 27000 family, information security means preserving three properties of information, often shortened to CIA: confidentiality, integrity and availability.

    Confidentiality means that only the people, systems and processes entitled to a piece of information can see it. Integrity means the information stays accurate and complete, and changes only in authorised ways. Availability means that those entitled to use the information can reach it and work with it when they need to.

    A control is a measure that modifies a risk, usually by reducing it, and so protects one or more of these properties. Controls are not only technical: the 2022 edition of ISO/IEC 27002 sorts its 93 controls into four themes according to what each one acts on. Organisational controls (clause 5, 37 controls) cover policies, roles, supplier agreements, incident management and compliance. People controls (clause 6, 8 controls) concern individuals: screening, awareness training, duties that continue after someone leaves. Physical controls (clause 7, 14 controls) protect premises, equipment and storage media. Technological controls (clause 8, 34 controls) are implemented in technology: authentication, encryption, network filtering, backups, logging.

    In practice the themes depend on one another. A backup system is a technological control, yet it protects availability only if someone owns it, a procedure defines what is backed up, and restores are tested. A policy on handling confidential data is organisational, yet it relies on access rights and on trained staff to be applied. When you analyse a control, ask which property it protects and what it needs from the other themes to work.
practical-example =
    After a finance spreadsheet was emailed to the wrong person, a team reviews how it protects payment data. For confidentiality, it restricts the shared folder to named roles and enables encryption of outgoing attachments. For integrity, it requires a second person to approve any change to a supplier's bank details. For availability, it checks that the folder is backed up and that a restore has actually been tested. Each decision pairs a technical setting with an organisational rule and a named owner.
block-three-properties-heading = Three properties to preserve
block-three-properties-body =
    Every security question comes back to one or more of three properties:

    - Confidentiality: information reaches only those entitled to it. A leaked customer list or an unencrypted laptop left on a train threatens it.
    - Integrity: information stays correct and complete. A forged invoice, a corrupted database or an unauthorised configuration change threatens it.
    - Availability: information, and the systems that hold it, can be used when needed. A power cut, a ransomware attack or a deleted file with no backup threatens it.

    The properties can pull against each other. Locking data down very tightly helps confidentiality but can hurt availability, so choosing controls means finding the balance that suits the business.
block-technical-measures-heading = Technological controls
block-technical-measures-body =
    Technological controls are built into systems and, once configured, largely run on their own. Typical examples:

    - encryption of data stored on laptops or sent across networks
    - multi-factor authentication and access rights tied to job roles
    - firewalls and filtering of network traffic
    - malware protection and prompt installation of security updates
    - backups, and logging of security-relevant events

    Their strength is consistency: a rule enforced by a system applies every single time. Their weakness is that they can be misconfigured, bypassed or left unmaintained. Logging shows this well: switching it on is easy, but it only helps once someone has decided how long logs are kept, who reviews them and what happens when something suspicious turns up.
block-organisational-measures-heading = Organisational, people and physical controls
block-organisational-measures-body =
    The other three themes govern how the organisation runs, how individuals behave and how premises and equipment are protected. Typical examples:

    - organisational: an information security policy approved by management, an owner for each important asset or risk, procedures for granting and removing access, security clauses in supplier contracts
    - people: screening before hiring, awareness training on phishing and on handling confidential data, confidentiality duties that continue after someone leaves
    - physical: badge-controlled entry to sensitive areas, protection of equipment, secure handling and disposal of storage media

    These controls are easy to underestimate because they produce documents, habits and locks rather than software settings. Yet many incidents begin with a human decision: a shared password, a supplier nobody checked, an account left active after someone moved on. These controls address exactly those decisions, and they give technological controls their purpose, their owners and their review.
example-ransomware = Ransomware that encrypts a hospital's patient records is first an attack on availability; if the attackers also copy the records before encrypting them, confidentiality is lost as well.
example-payment-fraud = A fraudster emails the accounts payable team asking them to change a supplier's bank details. A rule that such requests are confirmed by calling the supplier on a number already on file is an organisational control protecting the integrity of payment data; training the team to spot the trick is a people control.
callout-which-property-title = Start from the property
callout-which-property-body = Whatever the control, ask whether it protects confidentiality, integrity or availability. If you cannot tell, go back to the risk it is supposed to address.
callout-tools-alone-title = A tool is not a control
callout-tools-alone-body = Buying a security product is not the same as implementing a control. Without an owner, a procedure and regular review, even an excellent tool ends up protecting very little.
callout-four-themes-title = Theme follows what the control acts on
callout-four-themes-body = People if it concerns individuals, physical if it concerns physical objects, technological if it concerns technology, organisational otherwise. Awareness training is therefore a people control (6.3), not an organisational one. A later module looks at the themes in detail.
prompt = Choose one set of information you handle, at work or elsewhere. For each of confidentiality, integrity and availability, describe what could go wrong and one control that would help, and say which of the four themes it belongs to.
prompt-guidance =
    A strong answer names specific information and, for each property, a concrete threat and a measure. For a customer contact list kept in a CRM, for example:

    - Confidentiality: an export ends up outside the company; access is limited to the sales team, with multi-factor authentication.
    - Integrity: records are overwritten by mistake; the change history is kept and only account managers may edit records.
    - Availability: the service is lost; data is backed up daily and a restore is tested every quarter.

    Check that your answer does not rely on technological controls alone: at least one organisational, people or physical control should appear.
exercise = Sort each measure into the theme of the 2022 edition it belongs to.
exercise-explanation = Authentication, encryption, firewalls and automated backups concern technology, so they are technological. The policy and the supplier clauses are organisational. Awareness sessions and reminding leavers of their continuing duties concern individuals, so they are people controls. Badge-controlled doors protect premises, so they are physical. Most controls need the other themes too: the nightly backup still needs someone to check that restores work.
exercise-category-technical = Technological
exercise-category-organisational = Organisational
exercise-category-people = People
exercise-category-physical = Physical
exercise-item-mfa = Multi-factor authentication for remote access
exercise-item-disk-encryption = Full-disk encryption on laptops
exercise-item-firewall = A firewall filtering incoming network traffic
exercise-item-backups = Automated nightly backups of the servers
exercise-item-policy = An information security policy approved by management
exercise-item-training = Annual phishing awareness sessions for all staff
exercise-item-supplier-clause = Security clauses in the contract with an IT supplier
exercise-item-leaver-procedure = Reminding employees who leave that their confidentiality duties continue
exercise-item-badge-doors = Badge-controlled doors on the server room
