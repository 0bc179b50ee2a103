//! Checks a course folder and lists every mistake as `file:line: cause`;
//! when there is none, prints what the course holds.
//!
//! Usage: `cargo run --bin validate-lessons [-- DIR]` (default: `lessons`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use savoir::authoring;
    use std::io::Write as _;
    // Written with `writeln!`, not `println!`: a closed pipe (`| head`)
    // ends the listing quietly instead of panicking.
    let mut out = std::io::stdout().lock();
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "lessons".to_owned());
    match authoring::compile(std::path::Path::new(&dir)) {
        Ok(course) => {
            let stats = authoring::stats(&course);
            let questions: usize = stats.questions_by_kind.values().sum();
            let _ = writeln!(
                out,
                "{dir}: no mistakes ({} modules, {} lessons, {questions} checkpoint questions)",
                stats.modules, stats.lessons
            );
            let kinds: Vec<String> = stats
                .questions_by_kind
                .iter()
                .map(|(kind, n)| format!("{kind} {n}"))
                .collect();
            let _ = writeln!(out, "questions by kind: {}", kinds.join(", "));
            for m in &course.modules {
                let cp = &m.module.checkpoint;
                let kinds: std::collections::BTreeSet<&str> =
                    cp.questions.iter().map(|q| q.kind.id()).collect();
                let lessons: Vec<_> = course
                    .lessons
                    .iter()
                    .filter(|l| l.lesson.module_id == m.module.id)
                    .collect();
                let figures: usize = lessons.iter().map(|l| l.lesson.figures.len()).sum();
                let words = |pick: fn(&savoir::domain::content::lesson::Texts) -> &String| {
                    authoring::word_count(pick(&m.text))
                        + lessons
                            .iter()
                            .map(|l| authoring::word_count(pick(&l.text)))
                            .sum::<usize>()
                };
                let _ = writeln!(
                    out,
                    "  {}: {} lessons, {} figures, checkpoint pool {} (asks {}), {} kinds ({}); words: English {}, French {}",
                    m.module.id,
                    lessons.len(),
                    figures,
                    cp.questions.len(),
                    cp.asked(),
                    kinds.len(),
                    kinds.into_iter().collect::<Vec<_>>().join(", "),
                    words(|t| &t.en),
                    words(|t| &t.fr)
                );
            }
            let _ = writeln!(
                out,
                "words: English {}, French {}",
                stats.words_en, stats.words_fr
            );
            std::process::ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                let _ = writeln!(out, "{p}");
            }
            eprintln!("{} mistake(s) in {dir}", problems.len());
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
