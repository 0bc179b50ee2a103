title = Secure development, from requirements to audit testing
overview = You will see how 8.25 to 8.31, 8.33 and 8.34 build security into each phase of developing or acquiring systems, how the new control 8.28 Secure coding fits in, and which records show that the life cycle works.
explanation =
    Security added at the end of a project is expensive and partial. The development controls of ISO/IEC 27002 describe the alternative: security requirements stated at the start, an architecture designed to resist attack, code written and checked against known classes of flaw, testing against agreed criteria before release, and environments kept apart so that neither unfinished code nor real data lands where it should not.

    8.25 Secure development life cycle is the frame: a documented way of building software and systems in which every phase carries security activities and checkpoints, repositories are protected and developers are trained. It connects to 5.8 Information security in project management, which brings security into every project, not only software ones. 8.26 Application security requirements makes security part of what an application must do, written down and agreed before it is built or bought. 8.27 Secure system architecture and engineering principles asks teams to design against a stated set of principles, such as defence in depth, least privilege and secure defaults, and to check their designs against them.

    8.28 Secure coding, new in 2022, covers the craft itself: coding standards per language, avoidance of well-known vulnerability classes, review of code, management of third-party libraries, and secrets kept out of source. 8.29 Security testing in development and acceptance requires testing throughout development and acceptance testing against the requirements before go-live, in an environment that resembles production.

    8.30 Outsourced development keeps the organisation in charge when a supplier writes the code: requirements, monitoring and acceptance remain its responsibility. 8.31 Separation of development, test and production environments keeps those environments apart, with controlled promotion between them. 8.33 Test information governs the data used for testing, and under 8.34 Protection of information systems during audit testing, testers and the managers of a live system settle scope, access and timing beforehand, so that the audit does not itself cause an incident.

    A startup with eight developers can meet these controls with a hosted code platform: branch protection, automated analysis in the pipeline, dependency alerts, separate cloud accounts for test and production. A bank adds a security champions network, formal threat modelling, penetration testing of each major release and a change board. The auditor asks both for the same thread of evidence: a requirement, its design decision, the test that checked it, and the approval to release.
practical-example =
    An online retailer's platform team writes security acceptance criteria into each user story, based on a recognised verification standard for web applications. New features involving payments or personal data go through a one-hour threat modelling session. Every pull request runs static analysis, secret scanning and a dependency check, and cannot be merged with unresolved high findings. Release candidates are scanned dynamically in a staging environment built from the same templates as production; developers have no standing access to production, where only the pipeline deploys. Test databases are generated with synthetic customers, and the yearly penetration test is scoped to the areas the threat models flagged as most exposed.
block-lifecycle-and-requirements-heading = A life cycle with security in every phase (8.25, 8.26, 8.27)
block-lifecycle-and-requirements-body =
    The figure places the controls along a typical life cycle. Whatever the method, waterfall or agile, each phase has a security activity and leaves a record.

    - Requirements (8.26): derived from the risk assessment, the classification of the information handled, legal and contractual obligations, and recognised standards; written as testable criteria.
    - Design (8.27): threat modelling for significant changes, application of documented principles, and review of the architecture by someone with security knowledge.
    - Rules (8.25): which activities are mandatory for which risk level, who may grant an exception, and how developers are trained.
block-coding-and-testing-heading = Coding and testing (8.28, 8.29)
block-coding-and-testing-body =
    - Standards: a short secure coding guide per language, covering input validation, output encoding, authentication, error handling and use of cryptographic libraries.
    - Review: peer review of every change, with attention to security-sensitive code; code from external sources, including generated code, is reviewed like any other.
    - Components: an inventory of third-party libraries, such as a software bill of materials, with alerts on new vulnerabilities.
    - Testing: static analysis during coding, dynamic testing and targeted penetration testing before release, each with pass criteria agreed in advance.

    Evidence includes pipeline results, review records and the acceptance report that signs off security criteria.
block-outsourcing-and-environments-heading = Outsourcing and environments (8.30, 8.31)
block-outsourcing-and-environments-body =
    When a supplier develops, the contract carries the organisation's requirements: secure coding practices, evidence of testing, the right to test and audit, ownership of code and licences, escrow where continuity matters, and fix deadlines for vulnerabilities. Acceptance testing stays with the organisation.

    Environments are separated logically or physically, development tools are absent from production, accounts differ between environments, and promotion to production follows 8.32 Change management. Developers who need production access for support receive it temporarily and under monitoring.
block-test-data-and-audits-heading = Test data and audit testing (8.33, 8.34)
block-test-data-and-audits-body =
    Production data should not be the default for testing. Synthetic or masked data under 8.11 is preferred; where real data is unavoidable, each copy is authorised, protected like production, logged and deleted after use.

    Audits and technical assessments of live systems are agreed in advance: scope, read-only access where possible, timing outside peak hours, monitoring of the auditor's accounts, and removal of access and data copies at the end.
example-outsourced-app = A museum commissions a ticketing app from an agency. The contract requires a recognised verification level, static analysis reports at each sprint, the museum's right to commission its own penetration test, and fixes of critical flaws within ten days. Accountability for the app's security stays with the museum.
example-production-copy = To reproduce a bug, a developer restores last night's customer database onto a laptop. The breach of 8.31 and 8.33 is found in an internal audit; the team now provides a masked extract, refreshed weekly, in the test environment.
example-audit-queries = An external auditor wants to run data analytics on the ERP. IT provides a read-only replica, a time-limited account and a log of the queries run, and deletes the extracts once the audit report is issued, as 8.34 expects.
callout-beyond-developers-title = Not only for software houses
callout-beyond-developers-body = These controls also apply to infrastructure as code, scripts, SaaS configuration, low-code workflows and spreadsheets that run the business. An organisation that only buys software still uses 8.26, 8.29 and 8.30 to set requirements and accept what it receives.
callout-pentest-at-the-end-title = One penetration test is not a secure life cycle
callout-pentest-at-the-end-body = A test just before go-live finds flaws when they are most expensive to fix, and says nothing about the requirements or design. Auditors look for security activity in every phase, not a single report at the end.
prompt = Follow one recent change to an application you know, from request to release. At which phases was security considered, by whom, and what record exists of each step? Where is the weakest link?
prompt-guidance =
    A strong answer traces the change through requirements, design, coding, testing and release, and for each phase names the security activity and its record: a security criterion in the ticket, a threat model note, a review comment, a scan result, an approval.

    The weakest link is often one of these: requirements that say nothing about security, a scan whose findings are routinely waived, test data copied from production, or developers who can deploy directly to production. The answer proposes one concrete improvement and the evidence it would produce.
exercise = Place each activity in the life-cycle phase where it belongs.
exercise-explanation = Abuse cases in user stories (8.26) and threat modelling (8.27) belong to requirements and design. Blocking a merge on analysis findings and checking libraries (8.28) happen while building. A penetration test of the release candidate (8.29) and masked test records (8.33) belong to test and acceptance. Deployment by the pipeline only (8.31) and a rollback plan for the release (8.32) belong to release and operation.
exercise-category-design = Requirements and design
exercise-category-build = Build
exercise-category-test = Test and acceptance
exercise-category-release = Release and operation
exercise-item-abuse-cases = Writing abuse cases and security acceptance criteria into user stories
exercise-item-threat-model = Running a threat modelling session on the architecture of a new payment flow
exercise-item-analysis-gate = Blocking a pull request when static analysis finds an injection flaw
exercise-item-dependency-check = Checking a new open source library for known vulnerabilities before adding it
exercise-item-release-pentest = Penetration testing the release candidate against agreed pass criteria
exercise-item-masked-records = Loading masked customer records into the staging environment
exercise-item-pipeline-deploy = Letting only the pipeline, not developers, deploy to production
exercise-item-rollback-plan = Preparing a rollback plan before switching the new version on
figure-secure-sdlc-caption = The development controls placed along a life cycle
figure-secure-sdlc-description =
    A band across the top stands for 8.25 Secure development life cycle, which sets rules, gates and training for every phase.

    Below it, five phases follow one another from left to right:

    - Requirements: 8.26 Application security requirements.
    - Design: 8.27 Secure system architecture and engineering principles.
    - Build: 8.28 Secure coding.
    - Test and acceptance: 8.29 Security testing in development and acceptance, and 8.33 Test information.
    - Release and operation: controlled promotion to production under 8.32 Change management.

    Under the build, test and release phases, dashed lines lead to three separate environments, development, test and production, with arrows showing promotion from one to the next; a label on the left names 8.31 Separation of development, test and production environments. A dashed frame at the bottom stands for 8.30 Outsourced development: the same requirements apply when a supplier does the work, and the organisation monitors and accepts it.
figure-secure-sdlc-label-lifecycle = 8.25 Secure development life cycle: rules, gates and training across every phase
figure-secure-sdlc-label-requirements-title = Requirements
figure-secure-sdlc-label-requirements-detail = 8.26 Application security requirements
figure-secure-sdlc-label-design-title = Design
figure-secure-sdlc-label-design-detail = 8.27 Secure system architecture and engineering principles
figure-secure-sdlc-label-build-title = Build
figure-secure-sdlc-label-build-detail = 8.28 Secure coding
figure-secure-sdlc-label-test-title = Test and acceptance
figure-secure-sdlc-label-test-detail = 8.29 Security testing; 8.33 Test information
figure-secure-sdlc-label-release-title = Release and operation
figure-secure-sdlc-label-release-detail = Controlled promotion under 8.32 Change management
figure-secure-sdlc-label-environments = 8.31 Separation of development, test and production environments
figure-secure-sdlc-label-env-development = Development environment
figure-secure-sdlc-label-env-test = Test environment
figure-secure-sdlc-label-env-production = Production environment
figure-secure-sdlc-label-outsourced = 8.30 Outsourced development: the same requirements apply, and the organisation monitors and accepts the supplier's work
