title = Confidentiality, integrity, availability and controls
overview = You will be able to explain information security as the preservation of three properties of information, and to tell technical controls from organisational ones.
explanation =
    In the ISO/IEC 27000 family, information security means preserving three properties of information, often shortened to CIA: confidentiality, integrity and availability.

    Confidentiality means that only the people, systems and processes entitled to a piece of information can see it. Integrity means the information stays accurate and complete, and changes only in authorised ways. Availability means that those entitled to use the information can reach it and work with it when they need to.

    A control is any measure that protects one or more of these properties by reducing a risk. ISO/IEC 27002 covers two broad sorts. Technical measures are implemented in technology: encryption, multi-factor authentication, network filtering, backups, logging. Organisational measures shape how people and the organisation work: policies, assigned roles and responsibilities, awareness training, procedures, supplier agreements.

    In practice each sort depends on the other. A backup system is a technical measure, yet it protects availability only if someone owns it, a procedure defines what is backed up, and restores are tested. A policy on handling confidential data is organisational, yet access rights help enforce it. When you analyse a control, ask which property it protects and what it needs from the other sort of measure to work.
practical-example =
    After a finance spreadsheet was emailed to the wrong person, a team reviews how it protects payment data. For confidentiality, it restricts the shared folder to named roles and enables encryption of outgoing attachments. For integrity, it requires a second person to approve any change to a supplier's bank details. For availability, it checks that the folder is backed up and that a restore has actually been tested. Each decision pairs a technical setting with an organisational rule and a named owner.
block-three-properties-heading = Three properties to preserve
block-three-properties-body =
    Every security question comes back to one or more of three properties:

    - Confidentiality: information reaches only those entitled to it. A leaked customer list or an unencrypted laptop left on a train threatens it.
    - Integrity: information stays correct and complete. A forged invoice, a corrupted database or an unauthorised configuration change threatens it.
    - Availability: information, and the systems that hold it, can be used when needed. A power cut, a ransomware attack or a deleted file with no backup threatens it.

    The properties can pull against each other. Locking data down very tightly helps confidentiality but can hurt availability, so choosing controls means finding the balance that suits the business.
block-technical-measures-heading = Technical measures
block-technical-measures-body =
    Technical measures are built into systems and, once configured, largely run on their own. Typical examples:

    - encryption of data stored on laptops or sent across networks
    - multi-factor authentication and access rights tied to job roles
    - firewalls and filtering of network traffic
    - malware protection and prompt installation of security updates
    - backups, and logging of security-relevant events

    Their strength is consistency: a rule enforced by a system applies every single time. Their weakness is that they can be misconfigured, bypassed or left unmaintained. Logging shows this well: switching it on is easy, but it only helps once someone has decided how long logs are kept, who reviews them and what happens when something suspicious turns up.
block-organisational-measures-heading = Organisational measures
block-organisational-measures-body =
    Organisational measures govern how people behave and how the organisation runs. Typical examples:

    - an information security policy approved by management
    - clearly assigned roles, such as an owner for each important asset or risk
    - awareness training on phishing and on handling confidential data
    - procedures, for instance for granting and removing access or for responding to incidents
    - security clauses in contracts with suppliers

    These measures are easy to underestimate because they produce documents rather than devices. Yet many incidents begin with a human decision: a shared password, a supplier nobody checked, an account left active after someone moved on. Organisational measures address exactly those decisions, and they give technical measures their purpose, their owners and their review.
example-ransomware = Ransomware that encrypts a hospital's patient records is first an attack on availability; if the attackers also copy the records before encrypting them, confidentiality is lost as well.
example-payment-fraud = A fraudster emails the accounts payable team asking them to change a supplier's bank details. A rule that such requests are confirmed by calling the supplier on a number already on file is an organisational measure protecting the integrity of payment data.
callout-which-property-title = Start from the property
callout-which-property-body = Whatever the control, ask whether it protects confidentiality, integrity or availability. If you cannot tell, go back to the risk it is supposed to address.
callout-tools-alone-title = A tool is not a control
callout-tools-alone-body = Buying a security product is not the same as implementing a control. Without an owner, a procedure and regular review, even an excellent tool ends up protecting very little.
callout-four-themes-title = Four themes in the 2022 edition
callout-four-themes-body = The 2022 edition of ISO/IEC 27002 sorts its controls into four themes: organisational, people, physical and technological. A later module looks at them in detail.
prompt = Choose one set of information you handle, at work or elsewhere. For each of confidentiality, integrity and availability, describe what could go wrong and one measure, technical or organisational, that would help.
prompt-guidance =
    A strong answer names specific information and, for each property, a concrete threat and a measure. For a customer contact list kept in a CRM, for example:

    - Confidentiality: an export ends up outside the company; access is limited to the sales team, with multi-factor authentication.
    - Integrity: records are overwritten by mistake; the change history is kept and only account managers may edit records.
    - Availability: the service is lost; data is backed up daily and a restore is tested every quarter.

    Check that your answer includes at least one organisational measure, not only technical ones.
exercise = Sort each measure into the right category.
exercise-explanation = Technical measures are enforced by technology once configured: authentication, encryption, firewalls, automated backups. Organisational measures shape decisions and behaviour: policies, training, contract clauses, procedures. Most controls need both; the nightly backup, for instance, still needs someone to check that restores work.
exercise-category-technical = Technical measure
exercise-category-organisational = Organisational measure
exercise-item-mfa = Multi-factor authentication for remote access
exercise-item-disk-encryption = Full-disk encryption on laptops
exercise-item-firewall = A firewall filtering incoming network traffic
exercise-item-backups = Automated nightly backups of the servers
exercise-item-policy = An information security policy approved by management
exercise-item-training = Annual phishing awareness sessions for all staff
exercise-item-supplier-clause = Security clauses in the contract with an IT supplier
exercise-item-leaver-procedure = A procedure for removing access when an employee leaves
