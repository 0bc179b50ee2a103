title = The 2022 edition and its four themes
overview = You will understand how the 2022 edition arranges its 93 controls into four themes, how the theme of a control is decided, and what the move to the 2022 versions meant for certified organisations.

explanation =
    The current edition of ISO/IEC 27002 was published in February 2022 under a broader title, "Information security, cybersecurity and privacy protection — Information security controls". It replaces the 14 clauses of 2013 with four themes and brings the catalogue down to 93 controls: existing guidance was merged and updated, and eleven controls were added.

    The themes occupy clauses 5 to 8. Clause 5 holds 37 organisational controls, clause 6 holds 8 people controls, clause 7 holds 14 physical controls and clause 8 holds 34 technological controls.

    The rule for placing a control is deliberately simple. A control is a people control if it concerns individuals, a physical control if it concerns physical objects, and a technological control if it concerns technology; everything else is organisational. The theme says what a control acts on, not who owns it or how much it matters.

    ISO/IEC 27001:2022 followed in October 2022, and its Annex A lists the same 93 controls under the same four themes. Organisations certified against the 2013 version had three years to complete the transition. That transition ended on 31 October 2025: certificates against ISO/IEC 27001:2013 are no longer valid. Completing it meant mapping old controls to new ones, revising the Statement of Applicability and putting the new controls through their risk assessment.

practical-example = During the transition, an ISMS team exported its 2013 Statement of Applicability into a spreadsheet and added a column showing the 2022 control each line now corresponded to. It then sorted the result by theme and asked a natural lead to review each one: HR for the people controls, facilities for the physical ones, IT operations for most technological ones and the security office for the organisational set. Controls with no 2013 predecessor were flagged for the risk assessment rather than adopted by default. The same spreadsheet still serves today whenever an old document quotes a 2013 number.

block-what-changed-heading = What changed in 2022
block-what-changed-body =
    The 2022 edition is more than a renumbering. Its main changes are:

    - a new title that names cybersecurity and privacy protection alongside information security;
    - four themes instead of the 14 clauses of 2013;
    - 93 controls instead of 114, because related controls were merged and their guidance updated;
    - eleven controls with no direct predecessor, covered in the next lesson;
    - control objectives dropped in favour of a short purpose stated for each control;
    - two-level control numbers (theme clause, then position, as in 8.15) instead of the three levels of 2013 (clause, objective, control, as in 12.4.1);
    - attributes attached to every control, so that the catalogue can be sorted in other ways than by theme.

    For practitioners, the main consequence is that old numbers no longer map one-to-one onto new ones: a single 2022 control may absorb several 2013 controls, so every mapping needs checking.

block-themes-and-counts-heading = Four themes, four clauses
block-themes-and-counts-body =
    The controls sit in clauses 5 to 8, one clause per theme:

    - clause 5, organisational controls: 37 controls, from policies and roles to supplier relationships, incident management and compliance;
    - clause 6, people controls: 8 controls about individuals, such as screening and awareness training;
    - clause 7, physical controls: 14 controls about premises, equipment and storage media;
    - clause 8, technological controls: 34 controls about systems, networks, software and data.

    The four counts add up to 93. Organisational and technological controls together make up more than three quarters of the catalogue, a reminder that most security work lies in governance and technology rather than in locks and guards, even though the physical theme remains indispensable.

figure-four-themes-caption = The four themes of ISO/IEC 27002:2022, with their clauses and number of controls
figure-four-themes-description =
    A bar chart of the 93 controls of ISO/IEC 27002:2022, one bar per theme, each bar's height proportional to the number of controls it holds. From left to right, in clause order:

    - organisational controls, clause 5: 37 controls;
    - people controls, clause 6: 8 controls;
    - physical controls, clause 7: 14 controls;
    - technological controls, clause 8: 34 controls.

    The organisational and technological bars are by far the tallest: together they hold 71 of the 93 controls, more than three quarters of the catalogue.
figure-four-themes-label-total = 93 controls in all
figure-four-themes-label-org-count = 37 controls
figure-four-themes-label-org-name = Organisational
figure-four-themes-label-org-clause = Clause 5
figure-four-themes-label-people-count = 8 controls
figure-four-themes-label-people-name = People
figure-four-themes-label-people-clause = Clause 6
figure-four-themes-label-physical-count = 14 controls
figure-four-themes-label-physical-name = Physical
figure-four-themes-label-physical-clause = Clause 7
figure-four-themes-label-tech-count = 34 controls
figure-four-themes-label-tech-name = Technological
figure-four-themes-label-tech-clause = Clause 8
block-transition-heading = The ISO/IEC 27001:2022 transition
block-transition-body =
    ISO/IEC 27001:2022 was published in October 2022. Its Annex A takes over the 93 controls and the four themes, so the requirements standard and the code of practice stay aligned as they were in 2013. Organisations already certified against the 2013 version had a three-year transition period, which ended on 31 October 2025; since then, only certificates against the 2022 version are valid. A typical transition plan covered:

    - mapping each 2013 control to its 2022 counterpart;
    - updating the Statement of Applicability, with every inclusion and exclusion justified;
    - putting the new controls through the risk assessment and the treatment plan;
    - correcting policies, procedures and evidence that quoted old numbers.

    Throughout, certification rested on the requirements of ISO/IEC 27001; ISO/IEC 27002 supplied the guidance for implementing the controls.

example-server-room-badges = Controlling who enters the server room with badges and locked doors concerns physical access to premises, so it belongs to the physical theme, even when the IT team runs the badge system.
example-awareness-training = Security awareness training is aimed at individuals, so it is a people control; delivering it through an online platform does not make it technological.

callout-what-it-acts-on-title = Ask what the control acts on
callout-what-it-acts-on-body = When a control seems to fit two themes, ask what it primarily acts on: a person, a physical object or technology. If none of the three clearly applies, the control is organisational.
callout-theme-not-owner-title = A theme is not an owner
callout-theme-not-owner-body = Themes organise the catalogue; they do not assign responsibility. A technological control may still need input from HR or legal, and a people control may rely on IT tools. Decide ownership through the roles of your ISMS, not from the clause number.
callout-numbers-title = The numbers to remember
callout-numbers-body = 93 controls in four themes: 37 organisational in clause 5, 8 people in clause 6, 14 physical in clause 7 and 34 technological in clause 8.

prompt = Pick three security measures your organisation already relies on, for example a rule on using cloud services, laptop encryption and a background check on new hires. Assign each one to a 2022 theme and explain which part of the theming rule you applied.
prompt-guidance =
    Compare your answer with the rule: people if the measure concerns individuals, physical if it concerns physical objects, technological if it concerns technology, organisational otherwise.

    With the examples given, the cloud rule is organisational (it governs how services are chosen and used), laptop encryption is technological, and the background check is a people measure. What matters most is that each choice is justified by what the measure acts on, not by which department runs it.

exercise = An ISMS team has written down a theme for several controls, each with its reasoning. Which of these apply the 2022 theming rule correctly? Select all that apply.
exercise-explanation = The theme follows what a control acts on: people if it concerns individuals, physical if it concerns physical objects, technological if it concerns technology, organisational otherwise. The department that runs a control, the tool that supports it or the form it takes never decides its theme.
exercise-option-visitor-physical = Checking visitors in at reception and escorting them on site is physical, even though the front-desk software records each visit
exercise-option-visitor-physical-feedback = Correct: the control governs physical entry to premises (7.2 Physical entry); the software only supports it.
exercise-option-disciplinary-people = A disciplinary process for breaches of security rules is a people control, even though it takes the form of a written procedure
exercise-option-disciplinary-people-feedback = Correct: it acts on individuals (6.4 Disciplinary process); being written down does not make it organisational.
exercise-option-cloud-organisational = Rules for choosing, using and leaving cloud services are organisational
exercise-option-cloud-organisational-feedback = Correct: they govern how the organisation acquires and manages services (5.23), not a particular technology.
exercise-option-log-review-people = Reviewing logs is a people control, because analysts do it by hand
exercise-option-log-review-people-feedback = No: logging and the monitoring of systems concern technology (8.15 and 8.16 are technological controls). Who does the work does not decide the theme.
exercise-option-screening-organisational = Screening job candidates is organisational, because the HR department owns it
exercise-option-screening-organisational-feedback = No: screening concerns individuals, so it is a people control (6.1 Screening). A theme says what a control acts on, not who owns it.
