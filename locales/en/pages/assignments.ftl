# Interface text of pages fetched when first opened (src/ui/lazy.rs): in the
# release build it comes with them (content/interface.json), not in the first load.
# Moved from ../assignments.ftl; see docs/ARCHITECTURE.md.

trainer-title = Assign modules
trainer-intro = Choose what your group should do and by when. You get a link to share, and its QR code: the link holds the whole assignment, so nothing is sent or stored anywhere. Learners send their results back to you as files.
trainer-what = What to assign
trainer-what-hint = Tick whole modules (their lessons and checkpoint), or open a module to pick single lessons.
trainer-single-lessons = Or single lessons of “{ $module }”
trainer-due = Due date
trainer-pass-mark = Pass mark for each checkpoint (%)
trainer-group = Group (as learners will see it)
trainer-by = Your name (as learners will see it)
trainer-note-en = Note in English (optional)
trainer-note-fr = Note in French (optional)
trainer-create = Create the link
trainer-error-nothing = Choose at least one module or lesson.
trainer-error-due = Choose a due date.
trainer-error-pass = The pass mark must be a whole number from 1 to 100.
trainer-error-too-long = The link would be too long: assign fewer lessons or shorten the note.
share-heading = Share this assignment
share-intro = Send this link to your group, or show or print its QR code. Anyone with the link can open it; it holds nothing but what you typed above.
share-link-label = Assignment link
share-copy = Copy the link
share-copied = The link is copied.
share-copy-failed = The browser would not copy the link: select it and copy it yourself.
share-print = Print
share-open = Open it as a learner would (new tab)
share-qr-too-long = This link is too long for a QR code: share the link itself.
share-qr-caption = QR code of the assignment link
assignment-by = Assigned by
assignment-by-unsigned = Your trainer
assignment-due = Due
assignment-pass-mark = Pass mark
assignment-status = Status
assignment-note = A note from your trainer
assignment-what = What to do
assignment-item-module = module and checkpoint
assignment-item-lesson = lesson
assignment-best = best score { $percent }
assignment-accept-hint = Accepting lists this assignment on your home page, with its due date and where you stand. It is kept in this browser only.
assignment-accept = Accept this assignment
assignment-accepted-on = You accepted this assignment on { $date }.
assignment-conflict = You have already accepted an assignment with this link's identifier, but this link says something else (its dates, pass mark, note or what it asks). It may have been changed after it was sent. The assignment you accepted stays as it was; ask your trainer which one is right.
assignment-conflict-open = Open the assignment you accepted
assignment-to-catalog = Back to all modules
assignment-error-heading = This assignment link cannot be used
assignment-error-nothing-stored = Nothing was saved. Ask your trainer to send the link again.
results-heading = Send your results
results-intro = Download a file of your results for this assignment and send it to your trainer, by email or however they ask. It holds your answers, scores, attempts, time spent in checkpoints and the languages you used, with the name you type here: nothing else. The app sends nothing by itself.
results-name = Your name, as your trainer knows you
results-name-first = Type your name first, so that your trainer knows whose results these are.
results-progress-unread = Your progress could not be read in full just now (see the notice above), so a results file would say less than you did. Reload the page, then try again.
results-download = Download my results file
results-export-done = Your results file has been downloaded. Send it to your trainer.
results-download-failed = The browser would not download the file. Try again, or try another browser.
results-export-offline = A checkpoint could not be loaded, so your answers could not be checked. Try again once you are online.
results-summary-title = Savoir results: { $name }
results-summary-assignment = Assignment: { $group }, from { $by }, due { $due }, pass mark { $pass }%.
results-summary-status = Overall: { $status }.
results-summary-module =
    { $count ->
        [0] { $title }: { $status }, no finished attempt.
        [one] { $title }: { $status }, best score { $best }% in one attempt.
       *[other] { $title }: { $status }, best score { $best }% in { $count } attempts.
    }
results-summary-lessons = Lessons completed: { $done } of { $count }.
results-summary-time = Time in checkpoints: { $minutes } min. Languages used: { $languages }.
results-summary-made = File made on { $date }. The details follow, and the same results as xAPI 1.0.3 statements.
results-error-unreadable = the browser could not read the file.
dashboard-link = Class dashboard: see your learners' results
dashboard-title = Class results
dashboard-intro = Import the result files your learners sent you. They are kept in this browser only, apart from any learner's own progress, and nothing is sent anywhere.
dashboard-unreadable = The results kept in this browser could not be read. They are left as they are; imports are not saved.
dashboard-import-heading = Import result files
dashboard-drop = Drop result files here, as many as you like, or choose them.
dashboard-choose = Choose result files
dashboard-not-saved-full = This browser's storage is full, so nothing from these files was kept. Remove the results here or import fewer files at a time.
dashboard-not-saved-newer = The dashboard here was saved by a newer version of Savoir, which this one does not change: nothing from these files was kept.
dashboard-not-saved-unreadable = The dashboard stored here cannot be read and is left as it is: nothing from these files was kept.
dashboard-not-read = This browser could not read the dashboard stored here, so nothing is written over it: nothing from these files was kept. Reload the page to try again.
dashboard-not-saved = This browser refused to save the dashboard: nothing from these files was kept.
dashboard-unknown-module = Module { $id } (not in this version of the course)
dashboard-pass-mark = pass mark { $mark } %
dashboard-made = made { $date }
dashboard-copy = copy { $n } of { $count }
dashboard-file-rejected = not imported: { $reason }
dashboard-empty = No results yet: import the files your learners sent you.
dashboard-forget-heading = Forget these results
dashboard-forget = Remove every imported result from this browser
dashboard-forget-confirm = This removes every learner's results from this browser. The files you imported are not touched: you can import them again.
dashboard-forget-yes = Yes, remove them
dashboard-forgotten = Every imported result has been removed from this browser.
dashboard-assignment = Assignment
dashboard-grid-caption = Each learner's status and best score, by module
dashboard-lessons = Lessons
dashboard-lessons-done = { $done } of { $count }
dashboard-sent = file made { $date }
dashboard-csv = Download as CSV
dashboard-questions = What the group got right
dashboard-questions-hint = For each checkpoint question, the share of the learners asked it who got it right in their latest finished attempt. The lowest bars show what to go over again.
dashboard-chart-title = { $module }: the questions
dashboard-question-right =
    { $count ->
        [0] not asked yet
       *[other] { $right } of { $count } right
    }
csv-learner = Learner
csv-group = Group
csv-module = Module
csv-status = Status
csv-best = Best score (%)
csv-last = Last score (%)
csv-attempts = Finished attempts
csv-minutes = Minutes in checkpoints
csv-date = Date of the file
csv-overall = Overall status
csv-lessons = Lessons completed

# Live xAPI to a Learning Record Store (LRS)
trainer-lrs = Send results live to a Learning Record Store (optional)
trainer-lrs-hint = If your organisation runs a Learning Record Store (LRS), learners who agree send their results to it as they work, as xAPI statements. Give its xAPI endpoint and a key that can only write statements.
trainer-lrs-endpoint = xAPI endpoint
trainer-lrs-key = Write-only key (HTTP Basic credentials, in base64)
trainer-lrs-warning = The key travels inside the link: anyone who has the link can send statements with it. Use a key that can write statements and nothing else, never one that can read them.
trainer-lrs-error-https = The LRS address must start with https:// (plain http:// only to this computer).
trainer-lrs-error-endpoint = The LRS address is not a plain web address: no spaces, password, query or fragment.
trainer-lrs-error-key = The key must be HTTP Basic credentials in base64 (letters, digits, +, / and =).
lrs-consent-heading = Your results and a Learning Record Store
lrs-consent-what = Your trainer asks for your results to be sent, as you work, to their Learning Record Store at { $host }. What is sent: the name you give below, an id made on this device, when you start and finish each checkpoint, your answers and scores, the lessons you complete and the languages you use. What you already did in these modules and lessons is sent too. Nothing else about you is sent.
lrs-consent-choice = You choose. If you decline, nothing is sent, and you can still send your trainer a result file.
lrs-name = Your name, as your trainer will see it
lrs-name-first = Type your name first: your trainer sees it with your results.
lrs-consent-yes = Accept and send my results to { $host }
lrs-consent-no = Accept without sending anything
lrs-status-heading = Learning Record Store
lrs-status-on = Your results for this assignment go to { $host } as you work, including when you come back online.
lrs-status-off = Nothing is sent to { $host } for this assignment. You can send result files instead.
lrs-counts = { $sent } sent, { $waiting } waiting to be sent.
lrs-last-failure = The last try failed:
lrs-refused = { $count ->
    [one] One statement was refused by the LRS
   *[other] { $count } statements were refused by the LRS
}
lrs-refused-hint = They are kept on this device. Show this list to your trainer: it says why the LRS refused each one.
lrs-send-now = Send now
lrs-stop = Stop sending
lrs-start = Send my results
dashboard-lrs-heading = Read results from a Learning Record Store
dashboard-lrs-intro = For an assignment with an LRS: paste its link and a key that can read statements. Every learner's results for that assignment are read from the LRS and shown as if imported from files.
dashboard-lrs-link = Assignment link
dashboard-lrs-key = Read key (HTTP Basic credentials, in base64)
dashboard-lrs-read = Read from the LRS
dashboard-lrs-reading = Reading statements from the LRS…
dashboard-lrs-done = { $statements ->
    [one] Read one statement
   *[other] Read { $statements } statements
}: results of { $learners ->
    [one] one learner
   *[other] { $learners } learners
}.
dashboard-lrs-none = This assignment has no LRS: import its result files instead.
dashboard-lrs-failed = The LRS could not be read:
lrs-failure-unreachable = The LRS could not be reached (offline, or the LRS is down): your results wait on this device and go when it answers.
lrs-failure-key = The LRS refused the assignment's key: tell your trainer. Your results wait on this device.
lrs-failure-lrs = The LRS could not take your results just now: they wait on this device and go later.
lrs-retry-refused = Try the refused ones again
lrs-problem-newer = The list of results waiting to be sent was written by a newer version of Savoir: nothing is sent from this tab. Reload the page.
lrs-problem-unreadable = The list of results waiting to be sent is damaged: nothing is sent. Your results are still in your progress, and your trainer can receive a result file.
lrs-problem-full = This browser's storage is full: results waiting to be sent are kept in this tab only until it is closed.
lrs-problem-storage = This browser did not keep the list of results waiting to be sent: they are kept in this tab only until it is closed.
dashboard-lrs-cut = Not every statement was read (too many, or the LRS pointed elsewhere): the results shown may be incomplete.
