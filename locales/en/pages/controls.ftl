# Interface text of pages fetched when first opened (src/ui/lazy.rs): in the
# release build it comes with them (content/interface.json), not in the first load.
# Moved from ../controls.ftl; see docs/ARCHITECTURE.md.

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
controls-list-join = { $rest } and { $last }
soa-undecided = Not decided
soa-title = Statement of Applicability workbook
soa-intro = Decide, for each of the 93 controls, whether it applies to your organisation, why, how far it is implemented and who owns it. This is the course's closing exercise: use a real organisation, or one you invent. Your entries are kept with your progress on this device, and go into your progress file when you export it.
soa-requirements-heading = What a real Statement of Applicability must hold
soa-requirements =
    Under ISO/IEC 27001:2022, clause 6.1.3 d), the Statement of Applicability is a document your ISMS must produce. It must list:
soa-requirement-controls = every control you found necessary to treat your risks;
soa-requirement-inclusion = why each of them is included;
soa-requirement-implemented = whether each is implemented or not;
soa-requirement-exclusion = why any control of Annex A is excluded.
soa-other-sources = Annex A is a checklist, not a limit: the necessary controls may also come from other sources, such as sector rules, contracts, other frameworks or controls you design yourself. List those too in your real document; this workbook covers only the 93 controls of the course.
soa-summary-heading = Summary by theme
soa-summary-label = Decisions by theme: bars show controls not decided, excluded, not started, partly implemented and implemented.
soa-figures = The same figures, by theme
soa-summary-theme = Theme
soa-summary-total = Total
soa-decided =
    { $count ->
        [0] No control has a decision yet.
        [one] One control of 93 has a decision.
       *[other] { $count } controls of 93 have a decision.
    }
soa-export = Download as CSV
soa-print = Print
soa-export-failed = The file could not be made: { $reason }
soa-applicability = Applicability
soa-justification = Justification for including or excluding it
soa-status = Implementation
soa-owner = Owner
soa-open-control = About { $number }
soa-printed = Statement of Applicability, as of { $date }
csv-control = Control
csv-name = Name
csv-theme = Theme
csv-justification = Justification
