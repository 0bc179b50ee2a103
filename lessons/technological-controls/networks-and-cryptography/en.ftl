title = Networks, web filtering and cryptography
overview = You will see how 8.20, 8.21 and 8.22 secure networks, the services that carry them and the boundaries inside them, how the new control 8.23 filters web access, and how 8.24 makes cryptography depend on sound key management.
explanation =
    Networks are where an intrusion spreads and where information travels. 8.20 Networks security covers the networks and network devices an organisation manages itself: documented design, hardened and patched devices, administration through dedicated paths, and monitoring. 8.21 Security of network services extends the same expectations to services that carry traffic, whether run in-house or bought: internet access, SD-WAN, VPN, DNS, DDoS protection, managed firewalls. For a bought service, the protection the provider delivers, the availability it commits to and the way the customer can check both are written into the agreement, which ties 8.21 to the supplier controls 5.19 to 5.22.

    8.22 Segregation of networks divides the estate into zones by trust level, function or sensitivity, and controls what may cross between them. It is the control that decides whether a compromised laptop stays a local incident or becomes an outage of the whole company. Zero-trust architectures, which check each request on identity and device health, reduce reliance on the network perimeter, but they complement segregation rather than replace it.

    8.23 Web filtering, new in 2022, decides which parts of the web users and systems may visit, so that a click on a bad link or a visit to a compromised site does less harm. It relies on threat-intelligence feeds and categories, applies wherever users work, including at home, and is backed by acceptable use rules under 5.10 and by awareness. Filtering that monitors browsing is also processing of personal data, which brings privacy and employment law into the design.

    8.24 Use of cryptography covers two things that only work together: deciding where and how encryption, signatures and hashing are used, and managing keys from creation to destruction. In the 2013 edition key management was a control of its own; in 2022 it sits inside 8.24, which makes the point that encryption without key management is incomplete. Legal constraints on cryptography, such as import or export restrictions, are handled with 5.31 Legal, statutory, regulatory and contractual requirements.

    Evidence differs in form more than in substance between a small and a large organisation. A small firm shows a network diagram, the firewall configuration with its last review, the DNS filtering console and the encryption settings of its cloud suite. A large one adds segmentation policies enforced by software, a register of network services and their agreements, and a key and certificate inventory fed by its key management system.
practical-example =
    A software company with 600 staff redesigns its network after a penetration test reached the finance database from a meeting-room port. Users, servers, management interfaces, the build farm and guest Wi-Fi are now separate zones; only documented flows cross between them, and firewall rules carry an owner and a review date. Laptops reach the internet through a cloud filtering service that blocks malicious and newly registered domains. Customer data is encrypted at rest with keys held in the cloud provider's key management service, rotated yearly; the inventory lists each key and certificate with its owner and expiry date, and alerts 30 days before any expiry.
block-networks-and-services-heading = Networks and network services (8.20, 8.21)
block-networks-and-services-body =
    - Design: an up-to-date diagram of zones, links, internet exits and cloud connections, owned by a named role.
    - Devices: hardened configurations, firmware kept current under 8.8, administration only from a management network with MFA, configurations backed up.
    - Access to the network: devices authenticated before joining where feasible, unused ports disabled, wireless protected by enterprise authentication.
    - Services: for each network service, the protection delivered, the availability promised and the way incidents are reported are agreed and checked, whether the provider is internal or external.

    Auditors commonly sample firewall rules and ask who requested each one and when it was last reviewed. Rules allowing any source, any destination or any port, with no owner, are the classic finding.
block-segregation-heading = Segregation (8.22)
block-segregation-body =
    Typical zones are users, servers, management, backups, operational technology, partners and guests, with an internet-facing zone for public services. Between zones, traffic is denied unless a documented flow allows it. In the cloud the same logic uses virtual networks, security groups and private endpoints; in data centres, micro-segmentation can isolate workloads from each other. The backup zone deserves special care, because attackers target backups before they encrypt production.
block-web-filtering-heading = Web filtering (8.23)
block-web-filtering-body =
    A workable web filtering policy blocks known malicious sites, phishing, newly registered domains and illegal content; decides which categories are restricted for business reasons; and states how users ask for a site to be unblocked and who decides. Agents or DNS-level filtering extend the policy to laptops outside the office. Servers usually need stricter rules than users: most should reach only the update and partner addresses they need.
block-cryptography-and-keys-heading = Cryptography and key management (8.24)
block-cryptography-and-keys-body =
    The rules on cryptography state which information is encrypted in transit and at rest, which algorithms and key lengths are approved, and who may approve exceptions. Key management covers the whole life of each key:

    - generation with approved methods and sources of randomness;
    - storage apart from the data it protects, in a hardware security module or a managed key service where the risk warrants it;
    - distribution, activation and restricted, logged use;
    - rotation, revocation when a key is compromised or its holder leaves, and backup so that encrypted data is not lost with the key;
    - archival and destruction at the end of its life.

    An inventory of algorithms, keys and certificates also prepares for crypto-agility: replacing an algorithm that becomes weak, such as those threatened by future quantum computers.
example-flat-network = Ransomware launched from one compromised laptop encrypts the backup server and the production line controllers, all on the same flat network. Rebuilding takes two weeks; the segmented network designed afterwards places backups and operational technology behind their own gateways.
example-expired-certificate = The TLS certificate of a payment API expires on a Sunday and customer transactions fail for six hours. Nobody owned it. Certificates now live in the key and certificate inventory under 8.24, with owners, expiry alerts and automatic renewal where possible.
example-sd-wan-contract = Before signing with an SD-WAN provider, a retailer asks how traffic is encrypted between branches, who can change the configuration, how incidents are notified and whether it may audit the service. The answers go into the contract, as 8.21 and 5.20 expect.
callout-keys-not-algorithms-title = Encryption fails at the keys, rarely at the algorithm
callout-keys-not-algorithms-body = Most cryptographic failures seen in audits are keys stored beside the data, secrets committed to code, shared keys that never change and certificates without owners. Ask for the key inventory before the list of algorithms.
callout-tls-inspection-title = Decrypting traffic raises legal questions
callout-tls-inspection-body = Filtering that decrypts HTTPS traffic sees banking, health and private messages. Exempt sensitive categories, inform staff, and check privacy and employment law, including any duty to consult employee representatives, before switching it on.
prompt = Draw, even roughly, the network zones of an organisation you know and the flows allowed between them. Where could an attacker who compromised one user laptop go next, and which control, 8.20, 8.22 or 8.23, would stop them first?
prompt-guidance =
    A strong answer shows at least the user, server, management and backup zones, and the internet exits. It traces a realistic path: a phishing email or a malicious website (8.23), a foothold on a laptop, then lateral movement towards servers, administration interfaces or backups.

    It then names the first barrier on that path: a filter blocking the malicious site, a segregation rule denying workstation traffic to the management zone, or hardened network devices that cannot be administered from the user network. Good answers also point out where evidence of each barrier would be found: filtering logs, firewall rules with owners, network diagrams.
exercise = A team is writing its key management procedure under 8.24. Which of these belong in it? Select all that apply.
exercise-explanation = Generation with approved methods, storage apart from the data, rotation and revocation, and backup of keys are all stages of the key life cycle. A single key for every system and a key stored beside the data it protects are practices a key management procedure exists to prevent.
exercise-option-generation = Generating keys with approved algorithms and sources of randomness
exercise-option-generation-feedback = Correct: weak generation undermines everything that follows.
exercise-option-separate-storage = Storing keys apart from the data, in an HSM or managed key service where the risk warrants it
exercise-option-separate-storage-feedback = Correct: separating keys from data means stolen data alone cannot be read.
exercise-option-rotation-revocation = Rotating keys on a schedule and revoking them when compromised
exercise-option-rotation-revocation-feedback = Correct: rotation limits exposure and revocation ends the use of a compromised key.
exercise-option-key-recovery = Backing up keys so that encrypted data can still be recovered
exercise-option-key-recovery-feedback = Correct: losing a key means losing every piece of data it protects.
exercise-option-single-key = Using one master key for all systems to make recovery simpler
exercise-option-single-key-feedback = No: a single key turns one compromise into a compromise of everything.
exercise-option-key-beside-data = Keeping the key file in the same folder as the encrypted database for convenience
exercise-option-key-beside-data-feedback = No: anyone who copies the folder can then read the data.
