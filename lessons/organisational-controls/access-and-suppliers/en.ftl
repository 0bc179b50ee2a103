title = Access, suppliers and cloud services (5.15–5.23)
overview = You will see how four organisational controls govern who gets access to what, how five more manage the security risks that suppliers and cloud providers bring, and where these two groups meet.

explanation =
    Access is governed by a chain of four controls. 5.15 Access control sets the rules: who may reach which information and systems, on what grounds, usually expressed as need-to-know, need-to-use and least privilege, and derived from business needs and the classification of the information. 5.16 Identity management makes sure that every person and every system acting on the organisation's resources has an identity that is unique, created on approval and disabled when no longer needed. 5.17 Authentication information covers the passwords, tokens and keys that prove an identity: how they are issued, reset and protected, including what users must and must not do with them. 5.18 Access rights covers granting, reviewing, adjusting and removing the rights attached to each identity. Technological controls such as 8.2 Privileged access rights and 8.5 Secure authentication enforce these decisions in systems.

    Supplier security follows a lifecycle. 5.19 Information security in supplier relationships sets the organisation's overall approach: which suppliers matter, what each category must meet. 5.20 Addressing information security within supplier agreements turns those requirements into contract clauses. 5.21 Managing information security in the ICT supply chain reaches beyond the direct supplier, to the components, subcontractors and sources behind the products and services it delivers. 5.22 Monitoring, review and change management of supplier services keeps watch once the contract is signed, including when the supplier changes its service.

    5.23 Information security for use of cloud services, new in 2022, treats the organisation as a cloud customer. It covers the whole relationship, from choosing a provider and configuring the service to leaving it, and rests on a clear split of responsibilities between provider and customer.

    The two groups meet constantly. Contractors and supplier staff receive identities through 5.16 and rights through 5.18, and must leave as cleanly as employees do. A supplier's ISO/IEC 27001 certificate is useful evidence, but it moves no responsibility off the customer's shoulders.

practical-example =
    An online retailer with 600 employees links its HR system to its identity platform: a signed contract creates the identity, a role change triggers a new access profile, and the end date disables the account at midnight. Finance managers review payment-related rights in the ERP every quarter, and every removal they request is tracked to closure. Suppliers are sorted into three tiers according to the data and systems they touch. The 30 top-tier suppliers answer a questionnaire, show their certificates and their scopes, and sign clauses on incident notification within 24 hours, the right to audit, requirements passed on to subcontractors, and the return and deletion of data at the end of the contract. Each cloud service has an entry in a register with its shared-responsibility matrix, the location of its data and an exit plan, which the team tested last spring by exporting and reloading a full month of orders.

block-access-rules-heading = Rules, identities and secrets (5.15–5.17)
block-access-rules-body =
    Auditors start with the rules, then check that reality follows them.

    - 5.15: a topic-specific access control policy and a role model approved by information owners, not written by IT alone.
    - 5.16: one identity per person; shared accounts only by documented exception; every service account with a named owner.
    - 5.17: initial or reset secrets delivered securely and changed at first use, an approved password manager, and users who know never to share a secret. How strong the sign-in itself must be, multi-factor authentication included, is settled under 8.5 Secure authentication.

    Common pitfalls are generic "admin" accounts used by several people, test accounts left active in production, and service accounts nobody can explain.

block-access-lifecycle-heading = Joiners, movers, leavers and reviews (5.18)
block-access-lifecycle-body =
    Most access problems come from people who change role. A mover keeps old rights while gaining new ones, and after a few years holds more than any job requires.

    - Grant rights on the owner's recorded approval, ideally through role-based profiles.
    - Review rights at a frequency matched to risk: quarterly for payment or privileged rights, yearly for low-risk ones.
    - Remove rights promptly when people leave, and measure how promptly.

    The evidence that convinces an auditor is a review that changed something: requests, removals and their closure dates, not just a signed list.

block-supplier-lifecycle-heading = The supplier lifecycle (5.19–5.22)
block-supplier-lifecycle-body =
    A workable supplier process runs in stages: classify suppliers by the access and criticality they carry, assess a candidate before signing, write the requirements into the contract, monitor the service and its changes, and organise the exit.

    - Small organisations can limit themselves to a short questionnaire and standard clauses for the handful of suppliers that matter.
    - Large ones need tiers, a supplier register, periodic reviews of assurance reports, and an owner for each relationship.
    - For 5.21, ask critical ICT suppliers how they manage their own suppliers and components, and expect equivalent requirements to be passed down.

block-cloud-heading = Cloud services (5.23)
block-cloud-body =
    Using a cloud service does not hand security over to the provider. The provider secures what it runs; the customer remains in charge of what it configures: identities, sharing settings, encryption choices, logging, data retention.

    - Keep a register of cloud services, including those that business teams subscribed to on their own.
    - For each, record the responsibility split, where the data is stored and how to get it back.
    - Plan the exit before you need it, and test it.

    ISO/IEC 27017 (cloud security) and ISO/IEC 27018 (personal data in public clouds) give further guidance for both sides of the relationship.

example-rubber-stamp-review = A head of accounting approves 400 lines of access rights in three minutes every quarter. The auditor notices that no review has removed anything for two years and concludes that 5.18 is not working, even though every review is signed and dated.
example-component-question = When the Log4Shell flaw became public in December 2021, a bank asked its software suppliers whether their products contained the affected library. Those that kept a list of the components in their products answered within a day; the others took weeks. That difference is what 5.21 is about.

callout-certificate-scope-title = A certificate is not a transfer of responsibility
callout-certificate-scope-body = Before relying on a supplier's ISO/IEC 27001 certificate, read its scope: it may cover a single data centre or a different service from the one you buy. Then check which controls remain yours to operate.
callout-orphan-accounts-title = Reconcile leavers every month
callout-orphan-accounts-body = Compare the HR list of leavers, including contractors, with the accounts still active in your main systems. It is one of the cheapest checks available and one of the first an auditor will try.

prompt = Think of one supplier or cloud service your organisation depends on. What could it do to your information, which clauses protect you, how would you know if its security deteriorated, and how would you leave it?
prompt-guidance =
    A good answer starts from the information and access involved: what the supplier holds, sees or could change. It then names the clauses that matter (incident notification, audit or assurance reports, subcontracting, data location, return and deletion) and the evidence you receive during the contract, such as annual assurance reports or review meetings.

    It ends with the exit: how the data would be recovered, in what format, how long it would take and who would verify its deletion. If you cannot answer the last question, the relationship is missing part of 5.19 to 5.23.

exercise = Sort each practice under the access control it implements.
exercise-explanation = Rules on who may see what, and principles such as need-to-know, belong to 5.15. Unique identities and owned service accounts are identity management (5.16). How secrets are issued and how users must protect them is 5.17. Approving, reviewing and removing the rights of a given identity is 5.18.
exercise-category-c515 = 5.15 Access control
exercise-category-c516 = 5.16 Identity management
exercise-category-c517 = 5.17 Authentication information
exercise-category-c518 = 5.18 Access rights
exercise-item-role-rules = A matrix approved by the HR director states which job roles may read personnel files.
exercise-item-need-to-know = The access policy says people get only the information their tasks require.
exercise-item-unique-id = Every employee and contractor has one personal account; shared logins are forbidden.
exercise-item-service-account = Each service account used by an application is registered with a named owner.
exercise-item-initial-secret = A temporary password is sent by text message and must be changed at first logon.
exercise-item-password-manager = Staff are told to keep their passwords in the approved password manager and never to disclose them.
exercise-item-quarterly-review = Managers confirm every quarter who still needs payment approval rights.
exercise-item-owner-approval = Access to the claims system is opened only once its owner has approved the request in the ticket.
