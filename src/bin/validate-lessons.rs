//! Checks a course folder and lists every mistake as `file:line: cause`;
//! when there is none, prints what the course holds.
//!
//! Usage: `cargo run --bin validate-lessons [-- DIR]` (default: `lessons`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use savoir::adapters::authoring;
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "lessons".to_owned());
    match authoring::compile(std::path::Path::new(&dir)) {
        Ok(course) => {
            let stats = authoring::stats(&course);
            let questions: usize = stats.questions_by_kind.values().sum();
            println!(
                "{dir}: no mistakes ({} modules, {} lessons, {questions} checkpoint questions)",
                stats.modules, stats.lessons
            );
            let kinds: Vec<String> = stats
                .questions_by_kind
                .iter()
                .map(|(kind, n)| format!("{kind} {n}"))
                .collect();
            println!("questions by kind: {}", kinds.join(", "));
            println!(
                "words: English {}, French {}",
                stats.words_en, stats.words_fr
            );
            std::process::ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            eprintln!("{} mistake(s) in {dir}", problems.len());
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
