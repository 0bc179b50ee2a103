# The controls explorer and the control pages (ISO/IEC 27002:2022).
# Control names, summaries and attribute labels are course content, in
# lessons/controls/.

controls-link = The 93 controls, searchable
controls-title = The controls of ISO/IEC 27002:2022
controls-cited = Controls in this lesson

# The Statement of Applicability workbook's words (domain::learner::soa).
soa-applicable = Applicable
soa-excluded = Excluded
soa-not-started = Not started
soa-partial = Partly implemented
soa-implemented = Implemented
soa-link = Your Statement of Applicability workbook
soa-done-hint = Open the workbook when you are ready: it is the course's closing exercise.
