//! Checks a course folder and lists every mistake as `file:line: cause`.
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
            let questions: usize = course
                .modules
                .iter()
                .map(|m| m.module.checkpoint.questions.len())
                .sum();
            println!(
                "{dir}: no mistakes ({} modules, {} lessons, {questions} checkpoint questions)",
                course.modules.len(),
                course.lessons.len()
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
