title = Monitoring, internal audit, management review and improvement
overview = You will be able to explain what clauses 9 and 10 of ISO/IEC 27001 expect, how monitoring, internal audit, management review and corrective action feed one another, and how controls 5.35 and 5.36 of ISO/IEC 27002 play a matching role among the controls.
explanation =
    Clauses 9 and 10 are where an ISMS shows that it works and corrects itself. Before certifying, an auditor expects at least one full turn of this loop: measurement results, internal audits covering the system, a management review that used them, and nonconformities handled through corrective action.

    Clause 9.1 asks the organisation to decide what it monitors and measures, including its security processes and controls; which methods give valid results, meaning comparable and reproducible ones; when measurement happens and who performs it; and when and by whom results are analysed and evaluated. The aim is to judge both security performance and the effectiveness of the ISMS. ISO/IEC 27004 gives guidance on designing such measures.

    Internal audit (9.2) checks at planned intervals that the ISMS conforms to the organisation's own requirements and to the standard, and is effectively implemented and maintained; since 2022 it is split into general requirements (9.2.1) and the audit programme (9.2.2). Management review (9.3) is top management's periodic judgement on whether the ISMS remains suitable, adequate and effective, split into general requirements, inputs and results (9.3.1 to 9.3.3). Clause 10 then improves the system continually (10.1) and case by case when a nonconformity occurs (10.2).

    ISO/IEC 27002 has a counterpart among the controls. 5.35 Independent review of information security has the organisation's approach to security and its implementation reviewed independently, at planned intervals or after significant change. 5.36 Compliance with policies, rules and standards for information security has managers and owners check regularly that their areas follow the rules. Clause 9.2 is a requirement on the management system; 5.35 and 5.36 are controls listed in the Statement of Applicability. A single, well-planned audit programme often provides evidence for all three.
practical-example = A logistics company with 400 staff runs a three-year audit programme: every clause and the controls that treat high risks each year, the other Annex A controls in rotation. Audits are performed by two trained staff from the finance audit team, who never audit their own area. Monthly measures cover patching delays, access review completion and incident response times. Twice a year the executive committee holds the management review on a fixed agenda matching 9.3.2, and its minutes record decisions with owners and dates. Each audit finding is logged with its root cause, corrective action and an effectiveness check three months later.
block-monitoring-heading = 9.1: measuring what supports decisions
block-monitoring-body =
    Good measures are few and tied to decisions: the objectives set under 6.2, the effectiveness of key controls and the health of ISMS processes.

    - For each measure, record what is measured, method and data source, frequency, who collects, who analyses, and the target or threshold.
    - Prefer measures that show whether a control works, such as the share of critical vulnerabilities fixed on time under 8.8 Management of technical vulnerabilities, over activity counts such as the number of scans run.
    - Keep the results as documented information; auditors sample them and check that trends reach management review.
block-internal-audit-heading = 9.2: the internal audit programme
block-internal-audit-body =
    The programme decides how often audits take place, how they are run, who is responsible, how they are planned and how results are reported; it gives more attention to the processes that matter most and to what earlier audits found. Each audit has defined criteria and scope, and its results go to the relevant managers.

    Auditors are chosen so that audits are objective and impartial: nobody audits their own work. Large organisations use an internal audit function; small ones use a trained colleague from another department, a partner organisation or a contractor. ISO 19011 and ISO/IEC 27007 give auditing guidance, and ISO/IEC TS 27008 helps to assess the controls themselves.
block-management-review-heading = 9.3: management review
block-management-review-body =
    Top management reviews the ISMS at planned intervals. Its agenda has to take in:

    - follow-up of the decisions taken at earlier reviews;
    - what has changed around the ISMS: external and internal issues and, since 2022, what interested parties need and expect;
    - how security is performing, read through trends: nonconformities and corrective actions, monitoring and measurement, audits, progress towards the objectives;
    - what interested parties have reported back;
    - where the risk assessment and the treatment plan stand;
    - ideas for continual improvement.

    The results are decisions on improvement opportunities and on any changes the ISMS needs, kept as documented information. Minutes that list the inputs but record no decision are a classic finding.
block-nonconformity-heading = Clause 10: correction, corrective action, improvement
block-nonconformity-body =
    Faced with a nonconformity, 10.2 asks first for a reaction: control and correct it, and deal with its consequences. Then the organisation decides whether action is needed so that it does not recur or occur elsewhere: it reviews the nonconformity, determines its causes, checks for similar cases, implements the action, reviews its effectiveness and changes the ISMS if needed. Records show each nonconformity, the actions taken and their results.

    Techniques such as the "five whys" help move from the symptom ("an account was not disabled") to the cause ("leaver notices for contractors never reach IT"). Continual improvement (10.1) goes beyond fixing faults: it covers any decision that makes the ISMS more suitable, adequate or effective.
example-vanity-metric = A phishing simulation click rate falls from 18% to 4% in a year, but the team had switched to easier templates. Because the method changed, the results are not comparable as 9.1 expects, and the trend proves nothing about awareness.
example-repeat-finding = Three internal audits in a row find late access reviews; each time the reviews are caught up and the finding closed. The fourth audit raises the real nonconformity: no one ever addressed the cause or checked whether the fix lasted.
callout-correction-title = A correction is not a corrective action
callout-correction-body = Disabling the forgotten account is a correction: it deals with this case. Corrective action changes what caused it, such as the leaver process for contractors, and is followed weeks later by a check that the change worked. Auditors look for both, and for that effectiveness check.
callout-two-levels-title = Two levels of checking
callout-two-levels-body = Clause 9.2 audits the management system against the standard and the organisation's own rules. Controls 5.35 and 5.36 review security and compliance with policies as part of the control set. Plan them together so that each audit or review serves both purposes and leaves no gap.
prompt = Pick a nonconformity you have seen, or can imagine, in an ISMS. Describe the correction, the root cause, the corrective action, and how and when you would check that the action was effective.
prompt-guidance =
    A strong answer separates the four elements. For example: backups of a customer database were not tested for a year (nonconformity); a restore test is run at once (correction); the test task sat with one administrator and had no reminder or deputy (root cause); the test becomes a scheduled task with a named deputy and a monthly report (corrective action).

    The effectiveness check is dated and measurable: after three months, confirm that all monthly tests took place and were reported. If not, the cause was misjudged and the analysis is reopened.
exercise = Match each situation with the requirement of ISO/IEC 27001 or the control of ISO/IEC 27002 it illustrates.
exercise-explanation = Managers checking their own teams against policies is 5.36; a review by an outside firm of the whole approach is 5.35; a multi-year plan of audits is the 9.2 programme; top management deciding on a scope change after reading audit and treatment results is 9.3; tracing repeated late patching to its cause and checking the effect is 10.2.
exercise-left-managers-check = Each quarter, team managers check that their teams follow the clear desk and access review rules
exercise-left-outside-review = An outside firm reviews how the organisation manages security every two years and after a merger
exercise-left-three-year-plan = A three-year plan sets which ISMS processes and controls are audited, when and by whom
exercise-left-scope-decision = After reading audit results and treatment status, the executive committee decides to extend the ISMS scope
exercise-left-unowned-servers = Late patching is traced to servers without owners; owners are named and the effect checked three months later
exercise-right-compliance-536 = 5.36 Compliance with policies, rules and standards for information security
exercise-right-independent-535 = 5.35 Independent review of information security
exercise-right-internal-audit-92 = 9.2 Internal audit
exercise-right-review-93 = 9.3 Management review
exercise-right-corrective-102 = 10.2 Nonconformity and corrective action
