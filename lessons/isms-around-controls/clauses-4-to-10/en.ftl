title = Clauses 4 to 10: the management system around the controls
overview = You will be able to walk through clauses 4 to 10 of ISO/IEC 27001:2022, say what each expects of an organisation and explain why they form a cycle shared by ISO management system standards.
explanation =
    Annex A and its 93 controls attract most of the attention, yet an ISO/IEC 27001 certificate is first a statement about clauses 4 to 10, the management system that decides, runs, checks and improves information security. Every clause is mandatory. The Statement of Applicability can exclude an Annex A control with a justification; nothing comparable exists for a clause, whatever the size of the organisation.

    The clauses build on one another. Context and scope (4) frame everything; leadership (5) puts top management in charge; planning (6) selects controls through risk assessment and treatment and sets objectives; support (7) supplies people, skills and documents; operation (8) carries the plans out; performance evaluation (9) checks the results; improvement (10) acts on what the checks reveal.

    Auditors read the clauses as a chain: a weak scope distorts the risk assessment, objectives without an owner cannot be monitored, and an internal audit that never reaches management review leaves the loop open. Controls without the system are good practices nobody steers.
practical-example =
    A payroll software company of 120 people prepares for certification. Its register of interested parties gains the column the 2022 edition calls for: whether the ISMS addresses each requirement and, if not, which process does. The scope names the cloud hosting as an interface. The chief executive chairs a quarterly security committee, and each objective, such as fixing 95% of critical vulnerabilities within 14 days, has an owner and a monthly measure. When it buys a competitor, merging the two security teams is planned as an ISMS change.
block-context-and-scope-heading = Clause 4: context, interested parties and scope
block-context-and-scope-body =
    - 4.1: the external and internal issues that affect what the ISMS can achieve, such as regulation, competition or culture. A 2024 amendment added that the organisation determines whether climate change is a relevant issue.
    - 4.2: the interested parties that matter, their relevant requirements and, new in 2022, which of those requirements the ISMS will address. A customer's contractual security clause usually is; a tax authority's reporting rules are not.
    - 4.3: the scope, meaning the boundaries and applicability of the ISMS, set in the light of 4.1, 4.2 and the interfaces and dependencies with activities performed by others, and kept as documented information.
    - 4.4: establishing, running, maintaining and continually improving the ISMS, including, since 2022, the processes it needs and how they interact.

    An issue or requirement recorded here should reappear in the risk assessment, the objectives or the controls.
block-leadership-and-planning-heading = Clauses 5 and 6: leadership and planning
block-leadership-and-planning-body =
    Clause 5 makes top management accountable: it integrates security into business processes, provides resources, sets the information security policy (which control 5.1 Policies for information security of ISO/IEC 27002 extends into topic-specific policies) and assigns responsibilities and authorities, including who reports on ISMS performance.

    Clause 6 holds the planning:

    - 6.1.1: risks and opportunities for the ISMS itself, such as a reorganisation that leaves controls without owners;
    - 6.1.2 and 6.1.3: risk assessment and treatment, the subject of the next lesson;
    - 6.2: objectives, measurable where practicable, monitored and documented, with plans saying what will be done, with which resources, by whom, by when and how results are evaluated;
    - 6.3: new in 2022, changes to the ISMS are made in a planned way. This concerns the management system (scope, roles, processes), not the IT change process of 8.32 Change management.
block-support-and-operation-heading = Clauses 7 and 8: support and operation
block-support-and-operation-body =
    Clause 7 covers what the ISMS runs on: resources; competence, with evidence; awareness of the policy and of each person's contribution; communication (what, when, to whom, how); and control of documented information. Auditors check awareness by talking to staff, not only by counting training completions (control 6.3).

    Clause 8 is operation: processes run against defined criteria, changes are controlled, and externally provided processes, products or services relevant to the ISMS are kept under control. Under 8.2 and 8.3 the risk assessment is repeated at planned intervals and on significant change, and the treatment plan is implemented, with records of both.
block-harmonized-structure-heading = One structure for many standards, and PDCA as a reading aid
block-harmonized-structure-body =
    Clauses 4 to 10 follow the Harmonized Structure, the clause sequence, core text and common terms that ISO requires of management system standards (Annex SL of the ISO/IEC Directives). Introduced in 2012 as the High-Level Structure and revised in 2021, it is the source of most 2022 changes to clauses 4 to 10, such as 4.2, 6.3 and the reordering of clause 10. ISO 9001, ISO 14001 and ISO 22301 are built on the same structure, in its 2012 or its revised form, so one audit programme and one management review can serve several systems; the ISMS adds its own requirements, notably 6.1.2, 6.1.3 and Annex A.

    Plan-Do-Check-Act was written into ISO/IEC 27001:2005; since 2013 the standard no longer mentions it. It remains a helpful reading aid: plan in 6, framed by 4 and 5; do in 7 and 8; check in 9; act in 10; leadership at the centre.
example-cloud-interface = A software firm whose platform runs on a public cloud cannot bring the provider's data centres into its scope, but its scope statement names the hosting as a dependency. The controls it applies to that interface, such as 5.23 Information security for use of cloud services, then appear in its risk assessment and Statement of Applicability.
example-planned-change = When a retailer moves its security team under a new chief information officer, it handles the move under 6.3: it lists the roles, reporting lines and documents affected and sets a date by which the new responsibilities are communicated.
callout-no-exclusions-title = Clauses cannot be excluded
callout-no-exclusions-body = Only Annex A controls can be excluded, with a justification in the Statement of Applicability. Every requirement of clauses 4 to 10 applies to every certified organisation. A ten-person firm still needs an internal audit and a management review, scaled to its size.
callout-narrow-scope-title = A scope drawn around the easy parts
callout-narrow-scope-body = A scope that leaves out the systems where customer data is actually processed, or an office on the same network without treating the interface, is a frequent stage 1 finding. Even if it passes, the certificate says nothing about the service customers buy.
prompt = Take an organisation you know. Name three interested parties, one requirement of each, and say whether its ISMS would address it. Then write a one-sentence scope that mentions at least one interface with an activity carried out by someone else.
prompt-guidance =
    A good answer mixes kinds of interested parties: a major customer (breach notification within 24 hours), a regulator (data protection law), staff (clear rules on personal devices), and says where any requirement the ISMS does not address is handled.

    A useful scope names activities, locations and interfaces: development, hosting and support of the payroll platform from the Leeds and Lisbon offices, including the interface with the cloud provider. A weak one names only a department.
exercise = An auditor has gathered eight pieces of evidence. Sort each into the clause of ISO/IEC 27001 it mainly demonstrates.
exercise-explanation = Context: the list of issues (4.1) and the scope with its interfaces (4.3). Leadership: the approved policy (5.2) and published responsibilities (5.3). Planning: risks and opportunities for the ISMS itself (6.1.1) and the merger plan (6.3). Support: budget and headcount (7.1 Resources) and version control (7.5 Documented information).
exercise-category-context = Clause 4: context
exercise-category-leadership = Clause 5: leadership
exercise-category-planning = Clause 6: planning
exercise-category-support = Clause 7: support
exercise-item-issues-list = A list of external and internal issues, reviewed every year
exercise-item-scope-statement = A scope statement naming the interface with the outsourced data centre
exercise-item-signed-policy = An information security policy approved by the managing director
exercise-item-roles-matrix = A published table of security responsibilities, including who reports on ISMS performance
exercise-item-isms-risks = A short register of risks and opportunities for the ISMS itself, such as losing the only internal auditor
exercise-item-merger-plan = A plan, with dates and owners, for merging two security teams after an acquisition
exercise-item-budget = The approved security budget and headcount for the coming year
exercise-item-version-control = Version history and approval records for ISMS procedures
figure-isms-cycle-caption = Clauses 4 to 10 of ISO/IEC 27001 read as a cycle around leadership
figure-isms-cycle-description =
    Clause 4, context of the organisation (issues, interested parties and their requirements, scope), sits above the cycle and feeds into it. Five clauses then form a loop, each leading to the next:

    - 6 Planning (plan): risks, objectives and changes;
    - 7 Support (do): resources, people and documents;
    - 8 Operation (do): running processes and treating risks;
    - 9 Performance evaluation (check): measurement, internal audit and management review;
    - 10 Improvement (act): correction and continual improvement, which lead back to planning.

    Clause 5, leadership, sits at the centre of the loop. The Plan-Do-Check-Act labels are a reading aid; the standard no longer uses them.
figure-isms-cycle-label-context = 4 Context of the organisation
figure-isms-cycle-label-context-detail = issues · interested parties and their requirements · scope
figure-isms-cycle-label-planning = 6 Planning
figure-isms-cycle-label-planning-pdca = Plan: risks, objectives, changes
figure-isms-cycle-label-support = 7 Support
figure-isms-cycle-label-support-pdca = Do: resources, people, documents
figure-isms-cycle-label-operation = 8 Operation
figure-isms-cycle-label-operation-pdca = Do: run processes, treat risks
figure-isms-cycle-label-evaluation = 9 Performance evaluation
figure-isms-cycle-label-evaluation-pdca = Check: measure, audit, review
figure-isms-cycle-label-improvement = 10 Improvement
figure-isms-cycle-label-improvement-pdca = Act: correct and improve
figure-isms-cycle-label-leadership = 5 Leadership
figure-isms-cycle-label-leadership-detail = policy, roles, commitment
