title = Endpoints, privileged access and authentication
overview = You will see how 8.1, 8.2, 8.3, 8.4, 8.5 and 8.18 turn the access rules of the organisational theme into settings on devices, accounts, applications and code repositories, and which evidence shows that those settings hold.
explanation =
    The organisational theme decides who should reach what: 5.15 Access control sets the rules, while 5.16 Identity management, 5.17 Authentication information and 5.18 Access rights govern identities and their life cycle. The first technological controls are where those decisions meet the technology: the devices people work from, the accounts with the most power, the way applications and repositories enforce access, and the mechanisms that confirm who is logging in.

    8.1 User end point devices covers the laptops, phones and tablets people work from, personal ones included, as soon as company data lives on them or passes through them. It usually becomes a device standard enforced by a management platform. The behaviour expected of people working away from the office sits in 6.7 Remote working; 8.1 is about the device itself.

    8.2 Privileged access rights and 8.18 Use of privileged utility programs deal with power that can bypass ordinary controls. Privileged rights are granted on a documented need, for a limited time where the tooling allows, to accounts separate from the holder's everyday identity, and they are reviewed more often than ordinary rights. Tools powerful enough to sidestep the safeguards of an operating system or application are kept to the few who need them, and their use is recorded.

    8.3 Information access restriction is the enforcement inside systems of the rules set under 5.15. 8.4 Access to source code applies the same thinking to repositories and build pipelines. 8.5 Secure authentication covers the technology of logging in: MFA where the risk warrants it, protection against password guessing and sensible session handling; the secrets themselves, and what users must do with them, belong to 5.17.

    Scale changes the tooling, not the intent. A twenty-person firm can meet most of these controls with the identity provider and device management built into its office suite. A large group adds a privileged access vault, just-in-time elevation, session recording and an identity governance tool for access reviews. Both must show an auditor the same things: who holds which rights, why, since when, and who last checked.
practical-example =
    At a 400-person insurance broker, every laptop and phone is enrolled in device management; unmanaged devices may read webmail in the browser but cannot download files or open the client shares. Administrators use separate accounts protected by FIDO2 keys and request elevation for at most four hours through a privileged access tool that records their server sessions. The claims application enforces three roles agreed with its business owner. The evidence pack holds the device compliance report, an export of the conditional access rules, the list of privileged accounts with their approvals and the signed quarterly review of privileged groups.
block-endpoints-heading = Endpoint devices (8.1)
block-endpoints-body =
    A useful device standard answers four questions, and the management platform enforces the answers.

    - Which devices may reach which information: managed corporate devices, personal devices through a protected container or the browser only, or nothing.
    - Which protections are mandatory: disk encryption, screen lock, supported operating system, update deadlines, endpoint protection.
    - What happens when a device is lost, stolen or returned: remote wipe, revocation of its certificates and tokens.
    - Who may grant an exception, for how long, and where it is recorded.

    Auditors ask for the compliance dashboard and how non-compliant devices are treated. A register of exceptions that nobody reviews is a common finding.
block-privileged-access-heading = Privileged rights and utilities (8.2, 8.18)
block-privileged-access-body =
    Privileged access deserves its own process because its misuse, or its theft by an attacker, defeats most other controls.

    - Separate identities: the privileged account is distinct from the everyday one and never used for email or browsing.
    - Named accounts: built-in accounts such as root are vaulted, checked out, logged, and their passwords changed after use.
    - Limited duration: standing rights give way to elevation on request wherever the platform allows.
    - Frequent review: privileged groups, service accounts included, are reviewed more often than ordinary rights.
    - Emergency access: break-glass accounts are protected and monitored, and every use is reviewed.

    For 8.18, list the tools that can sidestep safeguards, remove them where nobody needs them and log their use where they stay.
block-restriction-and-source-code-heading = Restricting access in systems and to code (8.3, 8.4)
block-restriction-and-source-code-body =
    Under 8.3, each application owner translates the access rules into roles, limits what each role can see and do (read, edit, export, delete), and checks that reports, exports and shared links respect the same limits. In collaboration suites, sharing with anyone holding the link can quietly undo a carefully designed permission model.

    Under 8.4, repositories are sensitive assets. Write access is limited to the maintaining team, protected branches require review before a merge, and the build pipeline, which can often write to production, is protected like a privileged system. Read access matters too: code reveals how a system works and too often contains credentials, which secret scanning and a vault help remove.
block-authentication-heading = Secure authentication (8.5)
block-authentication-body =
    The strength of authentication should follow the risk of what it protects. Most organisations now require MFA for remote access, cloud services, email and every privileged account, with phishing-resistant methods such as FIDO2 keys or passkeys for administrators.

    - Close the bypasses: legacy protocols accepting a password alone, exempted service accounts, old VPN portals.
    - Limit guessing: throttling or lockout, and checks of new passwords against breached ones.
    - Resist MFA fatigue: number matching or security keys rather than simple push approvals.

    Auditors typically compare the MFA policy with the identity provider's sign-in report, looking for accounts and protocols that escape it.
example-shared-admin = An internal audit finds three technicians sharing the local administrator password of the finance servers; nobody can say who changed a payment setting last month. The fix combines 8.2 and 8.5: named administrator accounts with MFA, and the built-in account locked in a vault that logs every check-out.
example-legacy-protocols = A law firm enforces MFA on webmail, yet an attacker reaches a partner's mailbox by guessing her password through an old mail protocol that ignores MFA. Disabling legacy authentication, not adding a factor, closes the gap.
example-departed-contractor = A contractor who left in spring still pushes code in autumn through a personal account invited to the code hosting platform, which the leaver process never covered. Repository access is now granted through the identity provider, so removing an identity removes every access.
callout-follow-one-identity-title = Follow one identity end to end
callout-follow-one-identity-body = Pick one recent joiner, one mover and one leaver, then trace their devices, accounts, privileged rights, application roles and repository access against the approvals on file. Many auditors proceed this way, and gaps between systems show up faster than in any policy review.
callout-mfa-coverage-title = "MFA is enabled" is not "MFA covers everything"
callout-mfa-coverage-body = The usual weakness is not the absence of MFA but its exceptions: service accounts, legacy protocols, a forgotten VPN, executives exempted for convenience. Ask for the list of exclusions and the sign-in log, not only the policy.
prompt = Choose one important system in an organisation you know. Describe who holds privileged access to it, how they obtained it, how their authentication is protected and when their rights were last reviewed. What would you change first?
prompt-guidance =
    A strong answer names privileged roles rather than individuals, states whether administrators use separate accounts, and says whether rights are permanent or granted on request. It describes how those accounts authenticate, ideally with a phishing-resistant second factor, and lists exceptions such as service or emergency accounts.

    For the review, it gives a date, a reviewer and what changed. The first improvement is usually to replace shared accounts with named ones, to replace standing privileges with time-limited elevation, or to close an authentication bypass such as a legacy protocol.
exercise = Match each situation with the technological control that addresses it most directly.
exercise-explanation = A lost phone is an endpoint question (8.1); who may be a domain administrator is a privileged right (8.2); hiding a salary field from some roles is access restriction inside an application (8.3); protecting a release branch is access to source code (8.4); slowing password guessing and refusing breached passwords is secure authentication (8.5); a console that bypasses application checks is a privileged utility program (8.18).
exercise-left-lost-phone = A sales manager's phone holding company email is left in a taxi
exercise-left-domain-admin = Deciding who may belong to the domain administrators group, and for how long
exercise-left-salary-field = The HR application hides the salary field from team leaders but shows it to payroll staff
exercise-left-release-branch = Only reviewed merges may reach the branch from which releases are built
exercise-left-hardware-key = Sign-ins slow down after repeated failures, and new passwords are checked against lists of breached ones
exercise-left-database-console = A database console that edits tables directly, bypassing the application's checks
exercise-right-endpoint-devices = 8.1 User end point devices
exercise-right-privileged-rights = 8.2 Privileged access rights
exercise-right-access-restriction = 8.3 Information access restriction
exercise-right-source-code = 8.4 Access to source code
exercise-right-secure-authentication = 8.5 Secure authentication
exercise-right-utility-programs = 8.18 Use of privileged utility programs
