# The controls explorer and the control pages (ISO/IEC 27002:2022).
# Control names, summaries and attribute labels are course content, in
# lessons/controls/.

controls-link = The 93 controls, searchable
controls-title = The controls of ISO/IEC 27002:2022
controls-intro = Find any of the 93 controls by theme, by attribute, by words in English or French, by its number (8.15) or by the 2013 control it replaced (A.12.4.1). Your filters stay in the address, so you can bookmark or share the view.
controls-search-label = Search the controls
controls-search-hint = Words in English or French, a number such as 8.15, or a 2013 reference such as A.12.4.1.
controls-themes = Themes
controls-new-only = Only the controls new in 2022
controls-attributes = Attributes
controls-attributes-hint = Within one attribute type, any ticked value matches; across types, every type must match.
controls-clear = Clear all filters
controls-count =
    { $count ->
        [0] No control matches these filters.
        [one] One control matches.
       *[other] { $count } controls match.
    }
controls-replaces = Replaces { $old } of the 2013 edition.
controls-change-new = New in 2022.
controls-change-kept = Carried over from { $list } with the same title.
controls-change-renamed = Carried over from { $list } under a new title.
controls-change-merged = Merged from { $list }.
controls-new-badge = New in 2022
controls-ignored = Part of this address was not understood and was left out: { $parts }
controls-loading = Loading the controls…
controls-back = All controls
controls-theme-label = Theme
controls-origin = In the 2013 edition
controls-attributes-heading = Attributes
controls-lessons-heading = Lessons that teach it
controls-lessons-none = No lesson of this course deals with this control in depth yet.
controls-questions =
    { $count ->
        [0] No question of the course tests it yet.
        [one] One question of the course tests it.
       *[other] { $count } questions of the course test it.
    }
controls-summary-note = Summaries are written for this course in our own words; they are not the text of the standard.
controls-cited = Controls in this lesson
controls-list-join = { $rest } and { $last }

# The Statement of Applicability workbook's words (domain::learner::soa).
soa-applicable = Applicable
soa-excluded = Excluded
soa-not-started = Not started
soa-partial = Partly implemented
soa-implemented = Implemented
