# The certificate of completion (/<lang>/certificate), and its check on the
# trainer's class dashboard: fetched with those pages (see ../pages/app.ftl).

certificate-title = Certificate of completion
certificate-intro = Pass every module of the course, or complete an assignment you accepted, and this page makes you a certificate to print or save as a PDF. It records what you studied in this browser.
certificate-scope-label = Certificate for
certificate-scope-course = The whole course
certificate-unknown-assignment = This address names an assignment that is not among yours on this device: it was not accepted here, or this version of the course no longer has what it asks for. Choose the whole course or one of your assignments.
certificate-missing-heading = Not yet
certificate-missing-intro = The certificate is yours once all of these are done:
certificate-missing-untried = Not tried yet; the pass mark is { $mark }.
certificate-missing-below = Your best score so far is { $best }; the pass mark is { $mark }.
certificate-missing-lesson = Read this lesson to the end.
certificate-name-label = Your name, as it should appear
certificate-name-hint = The same name goes on your result files, so that your trainer can check the code against them.
certificate-needs-name = Type your name to complete the certificate.
certificate-language-legend = Language of the certificate
certificate-language-both = Both, side by side
certificate-paper-legend = Paper size
certificate-paper-a4 = A4
certificate-paper-letter = US Letter
certificate-print = Print or save as PDF
certificate-kind = Certificate of completion
certificate-certifies = This certifies that
certificate-completed-course = has passed every module of the course “{ $course }”.
certificate-completed-assignment = has completed an assignment of the course “{ $course }”.
certificate-assignment-by = { $assignment }, set by { $trainer }.
certificate-assignment = { $assignment }.
certificate-modules = Modules passed
certificate-module = Module
certificate-best = Best score
certificate-passed-on = Passed on
certificate-lessons = Lessons read to the end
certificate-languages =
    { $languages ->
        [en] Language of study: English.
        [fr] Language of study: French.
       *[both] Languages of study: English and French.
    }
certificate-issued = Issued on { $date }.
certificate-code = Verification code:
certificate-code-hint = A trainer can check this code on Savoir’s class dashboard against a result file of this learner’s that covers the same modules.
certificate-not-accredited = This certificate records study completed in a web browser with Savoir. It is not an accredited certification, and it is not protected against forgery: its code only shows that it agrees with a result file made in the same browser.
dashboard-check-heading = Check a certificate
dashboard-check-intro = Type the verification code printed on a learner’s certificate: it is checked against the result files imported here.
dashboard-check-code = Verification code
dashboard-check-name = Name on the certificate, if it differs from the one on the result file
dashboard-check-submit = Check the code
dashboard-check-invalid = A verification code has twelve letters and digits, such as 7KQ2-M9XA-3TBW.
dashboard-check-match-course = This code matches the result file signed { $learner }, for the whole course.
dashboard-check-match-assignment = This code matches the result file signed { $learner }, for the assignment “{ $group }”.
dashboard-check-match-untitled = This code matches the result file signed { $learner }, for its assignment (which has no group name).
dashboard-check-other-name = With the name typed above, { $name }, not the one the file is signed with.
dashboard-check-no-match = No result file imported here gives this code. The certificate may have been changed, it may carry another name than the file (type it above), or the file may be older than the certificate: ask the learner for their latest one.
dashboard-check-no-files = Import the learner’s result file first: the code is checked against it.
