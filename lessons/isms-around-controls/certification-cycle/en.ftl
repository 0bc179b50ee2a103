title = Certification: accreditation, audits and the three-year cycle
overview = You will be able to describe how an ISO/IEC 27001 certificate is obtained and kept, from stage 1 and stage 2 to surveillance and recertification, who oversees the certification bodies, and what a certificate tells a customer and what it does not.
explanation =
    ISO/IEC 27001 certification is an attestation by an independent certification body that an ISMS, within a stated scope, conforms to the standard. ISO and IEC certify no one. A certificate is worth what the certification body's competence and impartiality are worth, and those are checked through accreditation.

    National accreditation bodies, such as UKAS in the United Kingdom, COFRAC in France, DAkkS in Germany or ANAB in the United States, assess certification bodies against ISO/IEC 17021-1, the general requirements for bodies that audit and certify management systems, and ISO/IEC 27006-1, which adds ISMS-specific requirements such as auditor competence in information security and rules for audit duration (its 2024 edition replaced ISO/IEC 27006:2015, which is why older documents cite it without the part number). Accreditation bodies that sign the International Accreditation Forum's multilateral arrangement recognise each other's accreditations, so a certificate issued under UKAS accreditation carries the same weight in France.

    Initial certification has two stages. Stage 1 reviews the documented ISMS and the organisation's readiness; stage 2 evaluates whether the system is implemented and effective. The decision is then taken by people at the certification body who did not conduct the audit. The certificate is valid for three years, with surveillance audits every year and a recertification audit before it expires.

    ISO/IEC 27001:2022 was published in October 2022, and certified organisations had three years to move to it. That transition ended on 31 October 2025: certificates to the 2013 edition are no longer valid, and a customer shown one should ask for the current certificate.
practical-example = A fintech start-up of 45 people chooses a certification body accredited by COFRAC. The stage 1 audit, half remote, finds the scope and Statement of Applicability sound but notes that no management review has yet taken place; the company holds one before stage 2, six weeks later. Stage 2 samples access reviews, supplier assessments and incident records, and raises two minor nonconformities, for which the company submits an action plan. The certificate is issued, and the surveillance audits of the next two years are booked at once, each preceded by an internal audit and a management review.
block-accreditation-heading = Who checks the certifiers
block-accreditation-body =
    Three layers stand behind a certificate.

    - The organisation runs its ISMS and is audited.
    - The certification body audits it and decides on certification, under ISO/IEC 17021-1 and ISO/IEC 27006-1.
    - The accreditation body assesses the certification body, including by witnessing some of its audits, and can suspend or withdraw its accreditation.

    In the European Union each member state has a single national accreditation body. Certificates issued without accreditation are lawful, but nobody has checked the body behind them, and many customers and public buyers reject them. Impartiality runs through the rules: a certification body may not provide consultancy on the ISMS it certifies, nor perform its internal audits.
block-initial-audit-heading = Stage 1, stage 2 and the findings
block-initial-audit-body =
    Stage 1 reviews the scope, policy, risk assessment and treatment, Statement of Applicability and other documented information, learns about the sites, and checks that internal audits and management reviews are planned and under way. It ends with a view on readiness for stage 2 and a list of concerns. Stage 2 evaluates implementation and effectiveness through interviews, records, observation and tracing from risks to controls to evidence.

    - A major nonconformity affects the ability of the ISMS to achieve its intended results: a requirement not addressed at all, such as no internal audit, or a systemic breakdown.
    - A minor nonconformity is an isolated lapse that does not call that ability into question.
    - An opportunity for improvement is not a nonconformity.

    With a major nonconformity open, no certificate is issued until the certification body has verified the correction and corrective action, normally within six months of the end of stage 2; beyond that, stage 2 is repeated. For minors, it accepts an action plan and checks it at the next audit.
block-three-year-cycle-heading = The three-year cycle
block-three-year-cycle-body = The certificate is valid for three years. Surveillance audits take place at least once a calendar year, the first within twelve months of the certification decision. They sample the ISMS but always look at internal audit, management review, corrective actions and changes. Before expiry, a recertification audit reviews the whole system and its performance over the cycle, and a new three-year certificate follows. A scope extension or a serious incident can justify a special audit in between.
block-reading-a-certificate-heading = What a certificate tells a customer
block-reading-a-certificate-body =
    A certificate says that an ISMS with a given scope conformed to ISO/IEC 27001 when audited and remains under surveillance. It does not say that every control is flawless, that a product is secure, or that activities outside the scope are covered.

    - Read the scope: activities, services, sites.
    - Check the edition (ISO/IEC 27001:2022), the validity dates and the certificate number.
    - Identify the certification body and its accreditation, and confirm the certificate in the body's register.
    - Note the Statement of Applicability version the certificate usually cites, and ask for the SoA, often shared under a confidentiality agreement, to see which controls apply to the service you buy.
example-scope-mismatch = A bank finds that a supplier's certificate covers only its data centre operations, while the bank's data is handled by the supplier's support desk in another country. It asks for contractual controls and evidence for the support desk, which the certificate does not cover.
example-major-finding = At stage 2 a start-up shows a polished Statement of Applicability, but no internal audit has ever been performed. The auditor raises a major nonconformity; the company runs the audit and adds it to its annual programme, the certification body verifies the evidence five weeks later, and certification is granted.
callout-scope-not-logo-title = Read the scope, not the logo
callout-scope-not-logo-body = The most common misreading of a certificate is to assume it covers the whole company. Always compare the scope statement with the service, sites and teams that will handle your information.
callout-verify-title = Verify before you rely on it
callout-verify-body = Check the certificate in the certification body's online register or in IAF CertSearch, and confirm that the body is accredited for ISO/IEC 27001 by a recognised accreditation body. Certificates can be suspended or withdrawn between audits.
prompt = A supplier answers your security questionnaire with its ISO/IEC 27001 certificate and nothing else. Write the three follow-up questions you would send before accepting it as evidence.
prompt-guidance =
    Good questions test the scope, the validity and the detail behind the certificate. Does the scope include the service, sites and teams that will process our data, and if not, what controls apply to them? Is the certificate current, to the 2022 edition, and issued by an accredited body? Can you share your Statement of Applicability, or at least the controls applied to our service, and the status of any open nonconformities?

    A strong answer also says what happens next: a certificate reduces the questions to ask, it does not replace a contract with security clauses under 5.20 Addressing information security within supplier agreements.
exercise = A new hosting supplier sends its ISO/IEC 27001 certificate. Which checks help you decide how far you can rely on it? Select all that apply.
exercise-explanation = The scope must cover the service you buy, the certificate must be to the 2022 edition and in date, and the issuing body must be accredited, with the certificate confirmed in its register. A certificate never lists all 93 controls as implemented, since the Statement of Applicability decides that, and a claim of certification to ISO/IEC 27002 is a warning sign, because that standard cannot be certified.
exercise-option-scope-covers = The scope includes the hosting service and sites you will use
exercise-option-scope-covers-feedback = Yes: anything outside the scope is not covered by the certificate.
exercise-option-edition-dates = It is issued against ISO/IEC 27001:2022 and is within its validity dates
exercise-option-edition-dates-feedback = Yes: certificates to the 2013 edition have not been valid since 31 October 2025.
exercise-option-accredited-register = The certification body is accredited and the certificate appears in its register
exercise-option-accredited-register-feedback = Yes: accreditation and the register confirm that the certificate is genuine and current.
exercise-option-all-controls = The certificate states that all 93 Annex A controls are implemented
exercise-option-all-controls-feedback = No: the Statement of Applicability decides which controls apply, and a certificate does not list them.
exercise-option-iso27002 = The certificate also states certification to ISO/IEC 27002
exercise-option-iso27002-feedback = No: ISO/IEC 27002 is guidance and cannot be certified; such a mention is a warning sign.
figure-certification-cycle-caption = The ISO/IEC 27001 certification cycle, from stage 1 to recertification
figure-certification-cycle-description =
    The figure has two zones, each a shaded area.

    - On the left, "Initial certification": the stage 1 audit (documents and readiness) leads, from left to right, to the stage 2 audit (implementation and effectiveness), which leads on to the certificate in the second zone.
    - On the right, "Certificate valid three years": four boxes form a clockwise loop. The certificate at the top (issued after a decision taken outside the audit team) leads to the first surveillance audit on the right (within twelve months of the decision), then to the second surveillance audit at the bottom (surveillance at least once a calendar year), then to the recertification audit on the left (before expiry).

    An arrow leads from recertification back up to the certificate, and the words "new three-year cycle" sit in the middle of the loop.
figure-certification-cycle-label-zone-initial = Initial certification
figure-certification-cycle-label-zone-validity = Certificate valid three years
figure-certification-cycle-label-stage-1 = Stage 1 audit
figure-certification-cycle-label-stage-1-detail = documents and readiness
figure-certification-cycle-label-stage-2 = Stage 2 audit
figure-certification-cycle-label-stage-2-detail = implementation and effectiveness
figure-certification-cycle-label-certificate = Certificate
figure-certification-cycle-label-certificate-detail = decided outside the audit team
figure-certification-cycle-label-surveillance-1 = Surveillance, year 1
figure-certification-cycle-label-surveillance-1-detail = within 12 months of the decision
figure-certification-cycle-label-surveillance-2 = Surveillance, year 2
figure-certification-cycle-label-surveillance-2-detail = at least once a calendar year
figure-certification-cycle-label-recertification = Recertification
figure-certification-cycle-label-recertification-detail = before expiry
figure-certification-cycle-label-new-cycle = new three-year cycle
