title = Policies, roles and assets (5.1–5.14)
overview = You will see how the first fourteen organisational controls set up governance, connect the organisation to the outside world and follow information from inventory to transfer, and what an auditor looks for.

explanation =
    Clause 5 of ISO/IEC 27002 opens with the controls that frame everything else. 5.1 Policies for information security expects a top-level policy approved by management, with topic-specific policies below it, each communicated to the people concerned and revisited when the organisation or its risks change. 5.2 Information security roles and responsibilities gives every policy, asset and risk a named owner. 5.3 Segregation of duties separates incompatible tasks so that one person cannot both make an error, or commit a fraud, and hide it. 5.4 Management responsibilities asks line managers to require secure behaviour from their teams and to give them the means for it.

    Three controls link the ISMS to the outside world: 5.5 Contact with authorities (knowing in advance whom to call at a regulator, the police or the national cyber agency), 5.6 Contact with special interest groups (sector forums and CERT networks where practitioners share warnings) and 5.7 Threat intelligence, new in 2022, which turns raw information about attackers and their methods into decisions. 5.8 Information security in project management makes security a standing item of every project, whatever its subject: software, an office move or a product launch.

    The remaining controls follow information through its life. 5.9 Inventory of information and other associated assets states what must be protected and who owns it; 5.10 Acceptable use of information and other associated assets says what people may do with it; 5.11 Return of assets gets equipment and information back when someone leaves or changes role. 5.12 Classification of information, 5.13 Labelling of information and 5.14 Information transfer set the level of protection, make it visible and govern how information moves.

    These controls only work together. A classification scheme is empty without an inventory to apply it to, and labels change nothing unless the handling rules say what each level means. Auditors therefore sample along the chain: they pick an asset in the inventory, question its owner, check its classification and label, then follow it into a transfer or a leaver's checklist.

practical-example =
    A 250-person insurance broker rebuilt these controls in one quarter. Below a two-page top-level policy signed by the chief executive, eleven topic-specific policies sit in a register showing each one's owner, approval date and next review. Every department listed its information assets (customer files, claims data, pricing models) alongside the hardware and cloud services IT already tracked, and each entry received an owner and one of four levels: Public, Internal, Confidential, Restricted. The office suite now applies a label by default, and the HR leaver checklist draws on the inventory, so that equipment is returned and shared folders are closed on the last day. The security analyst also summarises the sector sharing centre's alerts monthly for the risk committee; one summary brought multi-factor authentication on the broker portal forward by six months.

block-governance-heading = Policies, roles and management (5.1–5.4, 5.8)
block-governance-body =
    These controls are judged on whether people know and apply them. Evidence auditors typically ask for:

    - the top-level policy with its approval, and the list of topic-specific policies with owners and review dates;
    - proof of communication, such as acknowledgement records or induction material;
    - role descriptions or a responsibility matrix naming asset owners, risk owners and the security function;
    - a matrix of incompatible duties (creating a supplier and approving its payments, for instance) and the access rights that enforce it;
    - gate checklists showing a security review for a sample of recent projects.

    Size changes the means, not the intent. A large group can give conflicting duties to separate teams; a twelve-person firm often cannot, and compensates with supervision, logs reviewed by someone else and a documented decision to accept the residual risk.

block-outside-world-heading = Authorities, communities and threat intelligence (5.5–5.7)
block-outside-world-body =
    For 5.5, keep a short contact list stating who notifies which authority, for which kind of event and within what deadline: a personal data breach must normally reach the supervisory authority within 72 hours under the GDPR, and sector rules such as NIS2 set their own deadlines. Test the list during incident exercises.

    For 5.6, membership matters less than what the organisation gains from it: alerts received and the actions they triggered make good evidence.

    For 5.7, intelligence works at three levels: strategic (which threats matter to the business, for management), tactical (attackers' techniques, for architects and defenders) and operational (indicators and live campaigns, for the security operations team). The classic pitfall is a feed nobody reads. An auditor will ask what the intelligence changed: a detection rule deployed, a patch brought forward, a risk re-rated.

block-asset-chain-heading = From inventory to return (5.9–5.11)
block-asset-chain-body =
    An inventory limited to hardware misses most of what matters. A useful one lists information (customer data, contracts, source code) and the systems, services, sites and people that hold it, each with an owner who accepts the role.

    - Keep it accurate by linking it to existing sources: the IT asset register, cloud subscriptions, purchasing records.
    - Write acceptable use rules (5.10) per classification level rather than as one long list of prohibitions.
    - Make return of assets (5.11) part of the leaver and mover process, covering information on personal devices and knowledge handover, not only the laptop.

block-classify-label-transfer-heading = Classification, labelling and transfer (5.12–5.14)
block-classify-label-transfer-body =
    Three or four classification levels suit most organisations; each extra level multiplies handling rules and mistakes. Every level should map to concrete rules: who may access, how to store, send and dispose.

    Labels on documents, e-mails, media and metadata let other controls act: 8.12 Data leakage prevention can block a Restricted file on its way out only if the file says it is Restricted.

    Transfer rules cover every channel, paper and conversation included. Regular exchanges with a partner deserve a written agreement on the protection expected on both sides; one-off transfers follow the rules of the classification level.

example-threat-to-patch = A threat intelligence report warns that a ransomware group is exploiting a flaw in the VPN appliance a retailer uses. Because 5.7 feeds the vulnerability process, the patch is applied within 24 hours instead of waiting for the monthly cycle under 8.8 Management of technical vulnerabilities.
example-leaver-phone = A salesperson leaves for a competitor and returns the company laptop, but the customer list synchronised to a personal phone stays with them. The gap lies between 5.10, which never said whether such synchronisation was allowed, and 5.11, whose checklist only covered equipment.

callout-inventory-first-title = The inventory comes first
callout-inventory-first-body = Classification, labelling, acceptable use, return of assets and most risk assessments all depend on 5.9. If the inventory is incomplete or has no owners, fix it before refining anything downstream.
callout-shelfware-policy-title = A signed policy nobody has read
callout-shelfware-policy-body = An auditor who finds a well-written policy will ask two or three employees what it requires of them. If they cannot answer, 5.1 and 5.4 are not working, however recent the signature.

prompt = Choose one information asset in an organisation you know. Trace it through the chain: who owns it, how it is classified and labelled, how it may be sent outside and what happens to it when someone who holds it leaves. Where is the weakest link?
prompt-guidance =
    A strong answer names a real asset (a customer database export, not "data"), an owner by role, and a classification level with at least one concrete handling rule.

    It then tests each link: the inventory entry (5.9), the label in everyday tools (5.13), the channels the transfer rules allow (5.14), and whether the leaver process covers copies outside company equipment (5.11). The weakest link is often the last one. End with one corrective action and the evidence that would show it works.

exercise = Match each situation with the organisational control it illustrates best.
exercise-explanation = Rules for one subject, such as backup, form a topic-specific policy (5.1). A responsibility matrix is 5.2. Managers briefing and following up their teams is 5.4. A sector information sharing centre is a special interest group (5.6). A security checkpoint at every project gate is 5.8.
exercise-left-topic-policy = The backup rules are approved and published as a separate document with an owner and a review date.
exercise-left-raci = A matrix states who is accountable, responsible, consulted and informed for each security activity.
exercise-left-manager-briefing = Each head of department briefs their team on the new remote access rules and checks they are followed.
exercise-left-isac = The security team joins the financial sector's information sharing centre and attends its monthly call.
exercise-left-project-gate = No project may pass its design gate until a security risk review has been recorded.
exercise-right-p51 = 5.1 Policies for information security
exercise-right-p52 = 5.2 Information security roles and responsibilities
exercise-right-p54 = 5.4 Management responsibilities
exercise-right-p56 = 5.6 Contact with special interest groups
exercise-right-p58 = 5.8 Information security in project management
