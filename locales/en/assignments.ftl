## Assignments: the trainer's page, the learner's page, result files and
## the class dashboard.

trainer-link = For trainers: assign modules to a group

assignment-title = Assignment
assignment-title-group = Assignment: { $group }
assignments-problem-newer = Your accepted assignments were saved by a newer version of Savoir. This version leaves them as they are and cannot add to them: open the app again once it is up to date.
assignments-problem-unreadable = Your accepted assignments could not be read. They are kept as they are, not written over; your progress is not affected. Ask your trainer to send the links again, or erase your data on this device to start afresh.
assignments-problem-full = This browser's storage is full, so the assignment could not be kept. Free some space (the data page shows what Savoir keeps) and try again.
assignments-problem-storage = This browser refused to keep the assignment. Try again; if it keeps failing, check that the browser allows this site to store data.
assignment-error-malformed = It is not an assignment link, or part of it is missing.
assignment-error-truncated = The link is cut short: part of it was lost when it was copied or sent.
assignment-error-tampered = The link was changed after your trainer made it, so it cannot be trusted.
assignment-error-too-long = The link is far longer than any assignment link.
assignment-error-newer = The link was made by a newer version of Savoir. Open it again once this app has been updated.
assignment-error-invalid = The link names modules or lessons this course does not have, or a due date or pass mark that is not possible.

assigned-heading = Your assignments
assigned-due = due { $date }
assigned-status-not-started = Not started
assigned-status-in-progress = In progress
assigned-status-completed = Completed
assigned-status-passed = Passed
assigned-status-failed = Not passed yet
assigned-status-overdue = Overdue

results-error-too-large = the file is too large to be a result file.
results-error-not-json = it is not a result file (it cannot be read as JSON).
results-error-truncated = the file is cut short.
results-error-foreign = it is not a Savoir result file.
results-error-newer = it was made by a newer version of Savoir.
results-error-tampered = it was changed after the learner made it.
results-error-invalid = it holds values that are not possible.

dashboard-file-added = imported.
dashboard-file-updated = imported: newer results from a learner already here.
dashboard-file-older = an older file from a learner already here: nothing changed.
dashboard-file-unchanged = already here, nothing changed.
dashboard-file-another-copy = imported, as another assignment: its details differ from one already here under the same link (was the link edited?). Both are in the assignment list.
