title = From 114 controls to 93: mapping 2013 to 2022
overview = You will be able to trace any 2013 control to its 2022 counterpart and back with the official correspondence tables, to recognise merges, splits and new controls, and to migrate a Statement of Applicability and a policy set without losing anything on the way.

explanation =
    The 2022 edition did not discard the 2013 catalogue; it reorganised it. The 114 controls of 2013 became 93, and since eleven of those 93 are new, the other 82 all carry content that already existed in 2013. Most of the reduction comes from merging: several narrow 2013 controls now form one broader control. 5.1 Policies for information security brings together writing the policies and reviewing them (A.5.1.1 and A.5.1.2). 5.15 Access control combines the access control policy with the rules on access to networks and network services (A.9.1.1 and A.9.1.2). 8.15 Logging absorbs event logging, the protection of log information, and administrator and operator logs (A.12.4.1, A.12.4.2 and A.12.4.3).

    Other controls made the journey alone but changed number, title or theme. Controls against malware (A.12.2.1) became 8.7 Protection against malware. Confidentiality or non-disclosure agreements left the communications security clause (A.13.2.4) to become 6.6, a people control. A few mappings run the other way: technical compliance review (A.18.2.3) is shared between 5.36, on compliance with policies, rules and standards, and 8.8 Management of technical vulnerabilities. And eleven controls, such as 5.7 Threat intelligence, have no 2013 source at all.

    The authoritative correspondence is Annex B of ISO/IEC 27002:2022, which gives it in both directions: one table starts from each 2022 control and lists the 2013 controls it draws on, the other starts from each 2013 control and names its 2022 destination. Work from that annex rather than from a vendor's spreadsheet or a blog post, because it is the reference an auditor will expect your trail to agree with.

    The lesson for practitioners is that the mapping is a relation, not a renumbering. A 2022 control can have several parents, a 2013 control can have two destinations, and eleven controls have no parent. The certification transition ended on 31 October 2025, but the skill remains useful: uncertified organisations, acquired subsidiaries, supplier questionnaires and old audit reports still speak the 2013 numbering.

practical-example =
    A software company of 400 people acquires a smaller firm whose ISMS, never certified, is still documented against the 2013 numbering. The security team exports the firm's 114-row Statement of Applicability and uses Table B.2 of Annex B to write the 2022 destination beside every row. It then builds a fresh 93-row document keyed on the 2022 numbers, each row listing the old rows that feed it. Where three logging rows land on 8.15, the team reads the three old justifications and statuses, finds that log review had been marked "partly implemented", and records one decision and one honest status for the merged control. The eleven rows with no source go to the next risk assessment workshop.

block-annex-b-heading = The official tables: Annex B of ISO/IEC 27002:2022
block-annex-b-body =
    Annex B holds two correspondence tables, one for each direction of travel:

    - from 2022 to 2013: each current control with the 2013 control or controls it draws on, or a mention that it is new; use this direction when writing the new Statement of Applicability row by row;
    - from 2013 to 2022: each old control with its current destination; use this direction to read old policies, audit findings, contracts and supplier questionnaires.

    The tables give numbers and titles, not a verdict on whether the content is unchanged. A merged control usually covers more ground than any one of its parents: 5.9 now speaks of an inventory of information and other associated assets, where A.8.1.1 spoke of an inventory of assets. Read the 2022 guidance before assuming that the old implementation still fits.

    ISO/IEC 27001:2022 does not reproduce these tables: its Annex A lists only the current controls.

block-patterns-heading = Four patterns behind 114 to 93
block-patterns-body =
    Every 2013 control followed one of a few paths, and every 2022 control arrived by one of them:

    - merged: several 2013 controls form one 2022 control, as with 5.1, 5.15 and 8.15; 7.10 Storage media likewise draws together, among others, the three media handling controls of A.8.3;
    - carried over alone: one 2013 control becomes one 2022 control, renumbered and often renamed, sometimes moved to another theme, as A.12.2.1 became 8.7 and A.13.2.4 became 6.6;
    - shared out: a single 2013 control feeds more than one 2022 control, as A.18.2.3 feeds both 5.36 and 8.8;
    - new: eleven 2022 controls have no 2013 source, among them 5.7 Threat intelligence and 8.28 Secure coding.

    The figure shows the first, third and fourth patterns side by side.

block-migrating-soa-heading = Migrating a Statement of Applicability
block-migrating-soa-body =
    A migrated Statement of Applicability is written against the current Annex A of ISO/IEC 27001:2022, so it starts from the 93 controls, not from the 114 old rows. A sound sequence:

    - for each 2022 control, list its 2013 sources from Annex B and bring across their decisions, justifications, implementation status and evidence references;
    - where the sources disagree, one applied and another excluded, take a single decision for the whole 2022 control and rewrite the justification in its own terms;
    - send the new controls, and any control whose scope has widened, through the risk assessment, then update the risk treatment plan;
    - have the risk owners approve the updated plan and accept the residual risks before the document is signed off;
    - keep the 2013 numbers as a secondary column for traceability, with the 2022 number as the key.

    Auditors sample rows. They will pick a merged control and ask to see evidence for every part of it, not just for the part that used to have its own line.

block-migrating-policies-heading = Migrating policies, procedures and evidence
block-migrating-policies-body =
    Control numbers hide well beyond the Statement of Applicability: policies and procedures, the risk register, supplier contracts, audit findings and the tags of a governance tool. List them all before changing anything.

    - Do not rely on find-and-replace. A policy set organised around the fourteen 2013 clauses may read better regrouped around the 2022 themes, with an overall information security policy and topic-specific policies.
    - Re-index the evidence library by 2022 number, so that an auditor who samples 8.15 finds log configuration, log protection and review records in one place.
    - For contracts that quote 2013 numbers, add an interpretation note now and correct the schedule at renewal.

example-storage-media = A firm that never ships physical media had excluded A.8.3.3 Physical media transfer in 2013 while applying the other media handling controls. All of them now sit inside 7.10 Storage media, which therefore stays applicable; the old exclusion becomes a scoping note in the implementation description, not an exclusion of 7.10.
example-nda-moves = Confidentiality agreements used to sit with communications security (A.13.2.4), and the network team nominally owned them. As 6.6 they are a people control, so the migration is the right moment to hand ownership to HR and legal, who draft and file the agreements.
example-supplier-questionnaire = A customer still sends a due-diligence questionnaire numbered from A.5 to A.18. The supplier answers through Table B.2 and quotes both numbers, for instance "A.12.4.1 to A.12.4.3, now 8.15 Logging", so the customer can file each answer against its own current references.

callout-not-one-to-one-title = One old number is not one new number
callout-not-one-to-one-body = A spreadsheet that swaps each old number for a single new one goes wrong in both directions: it drops one of the two destinations of A.18.2.3, hides three logging controls behind one line without checking that all three are covered, and leaves eleven controls without an owner. Check every row against the Annex B tables.
callout-keep-the-trail-title = Keep the old number visible
callout-keep-the-trail-body = Keep the 2013 reference in a secondary column for at least one full audit cycle. Incidents, findings, risk acceptances and contracts from earlier years still cite it, and the trail lets anyone follow a decision from the old row to the new one.

prompt = Take three rows from a 2013-based Statement of Applicability you know, or imagine one: a control that was merged into a larger 2022 control, one carried over alone, and a 2022 control with no 2013 source. For each, describe what you would change in the decision, the justification and the evidence.
prompt-guidance =
    For the merged control, a good answer takes one decision for the whole 2022 control, checks that the old justifications still hold, and gathers evidence for every formerly separate part, for instance log protection and review under 8.15, not just the logging configuration.

    For the control carried over alone, the decision usually stands, but justification and evidence cite the new number, and a change of theme may call for a new owner. For the new control, nothing is carried over: it goes through the risk assessment, existing practice is documented first, and the risk owner approves the decision.

exercise = Sort each 2022 control according to where it comes from.
exercise-explanation = 5.1 draws on A.5.1.1 and A.5.1.2, 5.15 on A.9.1.1 and A.9.1.2, and 7.10 on several media handling controls. 8.7 comes from A.12.2.1 alone, 6.3 from A.7.2.2 and 8.13 from A.12.3.1. 8.16 Monitoring activities and 5.23 Information security for use of cloud services are among the eleven controls with no 2013 source.
exercise-category-several = Merged from several 2013 controls
exercise-category-single = Carried over from a single 2013 control
exercise-category-new = No 2013 predecessor
exercise-item-policies = 5.1 Policies for information security
exercise-item-access-control = 5.15 Access control
exercise-item-storage-media = 7.10 Storage media
exercise-item-malware = 8.7 Protection against malware
exercise-item-awareness = 6.3 Information security awareness, education and training
exercise-item-backup = 8.13 Information backup
exercise-item-monitoring = 8.16 Monitoring activities
exercise-item-cloud = 5.23 Information security for use of cloud services

figure-mapping-example-caption = Merged, shared out, new: three ways a 2022 control relates to the 2013 catalogue
figure-mapping-example-description =
    The figure has two columns, the 2013 edition on the left and the 2022 edition on the right, and three bands, each showing one pattern.

    - Merged: the three 2013 controls A.12.4.1 Event logging, A.12.4.2 Protection of log information and A.12.4.3 Administrator and operator logs all point to the single 2022 control 8.15 Logging.
    - Shared out: A.18.2.3 Technical compliance review points to two 2022 controls, 5.36 Compliance with policies, rules and standards for information security and 8.8 Management of technical vulnerabilities. Each of those also has another parent: A.18.2.2 feeds 5.36 and A.12.6.1 feeds 8.8.
    - New: 5.7 Threat intelligence has no 2013 source; a dashed box stands where a predecessor would be.
figure-mapping-example-label-col-2013 = 2013 edition
figure-mapping-example-label-col-2022 = 2022 edition
figure-mapping-example-label-pattern-merged = Merged: three 2013 controls form one 2022 control
figure-mapping-example-label-pattern-split = Shared out: one 2013 control feeds two 2022 controls
figure-mapping-example-label-pattern-new = New: a 2022 control with no 2013 source
figure-mapping-example-label-a-12-4-1 = A.12.4.1 Event logging
figure-mapping-example-label-a-12-4-2 = A.12.4.2 Protection of log information
figure-mapping-example-label-a-12-4-3 = A.12.4.3 Administrator and operator logs
figure-mapping-example-label-c-8-15 = 8.15 Logging
figure-mapping-example-label-a-18-2-2 = A.18.2.2 Compliance with security policies and standards
figure-mapping-example-label-a-18-2-3 = A.18.2.3 Technical compliance review
figure-mapping-example-label-a-12-6-1 = A.12.6.1 Management of technical vulnerabilities
figure-mapping-example-label-c-5-36 = 5.36 Compliance with policies, rules and standards for information security
figure-mapping-example-label-c-8-8 = 8.8 Management of technical vulnerabilities
figure-mapping-example-label-no-source = No 2013 predecessor
figure-mapping-example-label-c-5-7 = 5.7 Threat intelligence
