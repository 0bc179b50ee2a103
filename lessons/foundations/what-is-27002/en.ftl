title = What ISO/IEC 27002 is
overview = You will understand what kind of document ISO/IEC 27002 is, where it sits in the ISO/IEC 27000 family, and why no organisation can be certified against it.
explanation =
    ISO/IEC 27002 is an international standard published jointly by ISO, the International Organization for Standardization, and IEC, the International Electrotechnical Commission. It belongs to the ISO/IEC 27000 family, a set of standards that together describe how an organisation manages information security.

    Within that family its role is specific: it is a code of practice. It offers guidance and a catalogue of recommended controls that an organisation can draw on when it builds and runs an information security management system (ISMS). For each control it explains what the control is for and how it might be put in place, but it leaves the organisation to decide which controls it needs and how far to take them.

    Two consequences follow. First, the standard is not mandatory: it describes good practice, and organisations adopt it because they find it useful. Second, it is not certifiable: no auditor can certify an organisation against ISO/IEC 27002. Independent certification is granted against ISO/IEC 27001, the member of the family that sets out the requirements for an ISMS. In practice the two are read side by side: 27001 states what the management system must achieve, and 27002 helps teams work out how to implement the controls.
practical-example =
    A mid-sized logistics company wants to give its security work some structure. The security lead uses ISO/IEC 27002 as a reference catalogue: for each area that matters to the company, such as access rights, backups or supplier contracts, she reads the relevant guidance and notes what is already in place and what is missing. The outcome is a prioritised action plan. The company is not seeking a certificate for now, and it does not need one to benefit from the guidance; if it decides to pursue certification later, this work will feed into an ISMS that meets ISO/IEC 27001.
block-family-heading = A standard from the ISO/IEC 27000 family
block-family-body =
    ISO and IEC publish many standards jointly, and the ISO/IEC 27000 family is the group devoted to information security management. Its members share a vocabulary and build on one another, so knowing where a document sits already tells you a lot about how to use it.

    Two members matter most in this course:

    - ISO/IEC 27001 sets out the requirements an information security management system must meet, including how risks are assessed and how controls are chosen.
    - ISO/IEC 27002 describes the controls themselves in detail, with guidance on putting each one into practice.

    A handy way to remember the difference: 27001 is the specification of the management system, and 27002 is the practitioner's handbook for its controls.
block-code-of-practice-heading = What a code of practice is
block-code-of-practice-body =
    A code of practice gathers what experienced practitioners regard as sound ways of working. ISO/IEC 27002 does this for information security controls: for each control it explains the purpose, suggests how to implement it and points out what deserves attention along the way.

    The guidance is written as recommendations, not obligations, and that is deliberate. A hospital, a bank and a ten-person software firm face different risks and have different means, so the same control will look different in each of them. The standard provides a well-tested starting point, which the organisation adapts to its own context, size and risks.

    A useful habit is to read each control as a question: does this apply to us, and if so, what would a sensible implementation look like here?
block-voluntary-heading = Voluntary and not certifiable
block-voluntary-body =
    ISO/IEC 27002 obliges nobody to do anything. An organisation applies it by choice, in whole or in part, because the guidance helps it protect its information.

    Nor is it a certification standard. Certification bodies audit organisations against requirements, and 27002 contains guidance rather than requirements. An organisation that wants independent evidence that its security is well managed seeks certification against ISO/IEC 27001 instead. Even then, 27002 has often shaped how the controls were implemented, but the certificate rests on the requirements of 27001.

    So a claim such as "we are ISO 27002 certified" should make you pause. At best it is a confusion between the two standards; at worst it is a misleading statement worth checking before you rely on it.
example-supplier-question = A customer's security questionnaire asks whether a hosting provider is "ISO 27002 certified". The accurate reply is that no such certificate exists; the provider can say whether it holds ISO/IEC 27001 certification and explain how it uses 27002's guidance for its controls.
example-first-isms = A small engineering firm with no security framework uses ISO/IEC 27002 as a map of the topics it should think about, then keeps only the controls that fit its situation.
callout-not-certifiable-title = There is no 27002 certificate
callout-not-certifiable-body = No organisation can be certified against ISO/IEC 27002. Certification is granted against ISO/IEC 27001; 27002 supports the implementation of the controls behind it.
callout-read-together-title = Keep both standards at hand
callout-read-together-body = For each reference control, Annex A of ISO/IEC 27001 gives only a title and a one-sentence control statement. For the detail, turn to ISO/IEC 27002, which expands each of them with its purpose, implementation guidance and examples.
prompt = A colleague suggests getting the organisation "ISO 27002 certified" to win a new contract. Write a short reply explaining what ISO/IEC 27002 is and what you would suggest instead.
prompt-guidance =
    A model reply: "ISO/IEC 27002 is a code of practice. It gives guidance and recommended controls but sets no requirements, so there is no certificate for it. If the customer wants independent assurance, the certification to aim for is ISO/IEC 27001, which covers our whole information security management system. 27002 will still be valuable: we can use its guidance to implement the controls we select."

    Compare with your answer: does it distinguish guidance from requirements, and does it name ISO/IEC 27001 as the standard an ISMS is certified against?
exercise = A colleague new to security makes four claims about ISO/IEC 27002. Match each claim with the correction it calls for.
exercise-explanation = ISO/IEC 27002 is an international standard published jointly by ISO and IEC. It belongs to the ISO/IEC 27000 family, where ISO/IEC 27001 sets the ISMS requirements. It is a code of practice, offering guidance and recommended controls; applying it is voluntary, and no certificate is issued against it.
exercise-left-publisher = "It is a European standard, so it mainly concerns companies based in the EU."
exercise-left-family = "It is a stand-alone document with no link to any other standard."
exercise-left-nature = "Each of its recommendations is a requirement to apply word for word."
exercise-left-status = "Our customers will soon ask for our ISO 27002 certificate, so we must apply it."
exercise-right-iso-iec = It is an international standard, published jointly by ISO and IEC.
exercise-right-series = It belongs to the ISO/IEC 27000 family, whose members share a vocabulary and build on one another.
exercise-right-guidance = It is a code of practice: guidance and recommended controls, which each organisation adapts to its risks.
exercise-right-voluntary = Applying it is a choice, and no certificate is issued against it; certification is against ISO/IEC 27001.
