title = Editions of ISO/IEC 27002: 2005 and 2013
overview = You will be able to tell the 2005 and 2013 editions of the code of practice apart by their structure and control counts, and to recognise which edition a document or certificate relies on.

explanation =
    The code of practice has gone through several editions, and each one groups and counts its controls in its own way. Knowing the shape of each edition is what lets you read an old policy, an audit report or a supplier questionnaire without misreading its references.

    The code of practice descends from the British standard BS 7799-1, which became the international standard ISO/IEC 17799 in 2000. Its revision, ISO/IEC 17799:2005, is the 2005 edition; in 2007 it was renumbered ISO/IEC 27002 to sit in the 27000 family, without any change to its content. Later editions followed in 2013 and 2022. The 2005 edition arranged 133 controls under 39 control objectives, spread across 11 security clauses. Each objective stated what a group of controls was meant to achieve; the controls beneath it described how.

    The 2013 edition kept this objective-and-control pattern but reorganised it into 14 clauses, numbered 5 to 18, holding 35 control objectives and 114 controls. Cryptography and supplier relationships gained clauses of their own, and the former communications and operations management clause was split into operations security and communications security.

    ISO/IEC 27001:2013 mirrored this structure exactly in its Annex A, which runs from A.5 to A.18. A reference such as A.9 therefore means access control in both documents, which is why so much older ISMS documentation, from policies to audit reports, uses the 2013 numbering.

practical-example =
    A compliance team inherits a 2016 risk register whose treatment column cites controls such as A.12.4 and A.15.1. Before reusing it, the team confirms that these references follow the 2013 numbering, in which clause 12 is operations security and clause 15 is supplier relationships. It adds an edition column to the register so that every reference states its source, then schedules a mapping to the current structure instead of assuming that the old numbers still mean the same thing.

block-edition-2005-heading = The 2005 edition: 11 clauses, 133 controls
block-edition-2005-body =
    Published as ISO/IEC 17799:2005, this edition organised its guidance on three levels: 11 security clauses, 39 control objectives and 133 controls. The clauses were:

    - security policy
    - organisation of information security
    - asset management
    - human resources security
    - physical and environmental security
    - communications and operations management
    - access control
    - information systems acquisition, development and maintenance
    - information security incident management
    - business continuity management
    - compliance

    The wide communications and operations management clause held much of what teams today would call operational and network security; the next edition split it in two.

block-edition-2013-heading = The 2013 edition: 14 clauses, 114 controls
block-edition-2013-body =
    The 2013 revision kept control objectives as the grouping level but brought the set down to 35 objectives and 114 controls, in 14 clauses numbered 5 to 18 (the clauses before 5 introduce the document itself):

    - 5 information security policies
    - 6 organisation of information security
    - 7 human resource security
    - 8 asset management
    - 9 access control
    - 10 cryptography
    - 11 physical and environmental security
    - 12 operations security
    - 13 communications security
    - 14 system acquisition, development and maintenance
    - 15 supplier relationships
    - 16 information security incident management
    - 17 information security aspects of business continuity management
    - 18 compliance

    Annex A of ISO/IEC 27001:2013 uses the same numbers, from A.5 to A.18.

block-reading-across-heading = Reading references across editions
block-reading-across-body =
    Because the numbering changes from one edition to the next, a control reference means little without its edition. A few habits prevent most mistakes:

    - write the edition next to every reference, for example 27002:2013 clause 9 rather than clause 9 alone;
    - remember that 2013 clause numbers and ISO/IEC 27001:2013 Annex A numbers line up, so clause 9 and A.9 are both access control;
    - expect the same number to point to a different topic in the 2005 edition, whose clauses ran only from 5 to 15, so that A.16 to A.18 exist only in the 2013 numbering;
    - use counts as a quick identity check: 133 controls means 2005, 114 means 2013;
    - when a document mixes editions, map it to a single edition before drawing any conclusion about coverage.

    Older documents are not wrong; they simply speak an earlier numbering.

example-supplier-certificate = A supplier sends a certificate issued against ISO/IEC 27001:2013. Since the transition ended on 31 October 2025, that certificate no longer attests valid certification, so ask for the current one. Its numbers are still worth reading: the supplier's old Statement of Applicability was built on the 114 Annex A controls, A.5 to A.18, which follow the 2013 edition of the code of practice.
example-legacy-policy = An old security policy cites ISO/IEC 17799 and refers to a communications and operations management clause. Both clues point to the 2005 edition, with its 11 clauses and 133 controls.

callout-one-standard-title = One standard, two numbers
callout-one-standard-body = BS 7799-1, ISO/IEC 17799:2000, ISO/IEC 17799:2005 and ISO/IEC 27002 are one line of descent: 17799:2005 and the 2005 edition of 27002 are even the same text under two numbers, the renumbering dating from 2007. A document that cites 17799 is not following a different standard, only an older name and edition of the same one.
callout-counts-not-coverage-title = Counts are not coverage
callout-counts-not-coverage-body = A lower control count in a later edition does not mean that topics were dropped. Guidance is regrouped, merged and rewritten from one edition to the next, so compare content, never just counts, before deciding that a measure is no longer needed.

prompt = Find a document from your organisation or from a supplier (a policy, an audit report, a questionnaire) that cites ISO/IEC 27002 or ISO/IEC 27001 controls. Which edition does it rely on, which clues tell you so, and what would you do before reusing it today?
prompt-guidance =
    A good answer names its clues: the standard number (17799 points to 2005), the shape of the references (A.16, A.17 or A.18 exist only in the 2013 numbering), clause titles such as cryptography or supplier relationships (clauses created in 2013), and any counts quoted (133 or 114).

    It then proposes a concrete next step, such as recording the edition beside every reference and mapping the document to the current edition before using it to claim coverage.

exercise = Put these publications in chronological order, from the oldest to the most recent.
exercise-explanation = ISO/IEC 17799:2005 came first, with 133 controls (renumbered ISO/IEC 27002 in 2007), followed by the 2013 edition of ISO/IEC 27002 with 114. ISO/IEC 27002:2022 was published in February 2022, and ISO/IEC 27001:2022 followed in October of the same year.
exercise-item-iso17799-2005 = ISO/IEC 17799, the code of practice with 11 security clauses
exercise-item-iso27002-2013 = ISO/IEC 27002 with 14 clauses numbered 5 to 18
exercise-item-iso27002-2022 = ISO/IEC 27002 with 93 controls in four themes
exercise-item-iso27001-2022 = ISO/IEC 27001 with an Annex A aligned with the four themes
