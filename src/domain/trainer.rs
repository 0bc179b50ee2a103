//! What passes between a trainer and a learner: assignment links, the
//! assignments a learner accepted, result files and their xAPI statements,
//! and the trainer's class. There is no server; the path is:
//!
//! 1. The trainer's page (`/<lang>/trainer`) builds an
//!    [`assignment::Assignment`] (modules or single lessons, due date, pass
//!    mark, group, the trainer's name, a note in English, French or both; a
//!    random UUID as id) and shows its link,
//!    `/assignment#v1.<base64url JSON>.<FNV-1a>`, with a QR code
//!    (`adapters::qr`). The assignment is in the fragment, which browsers
//!    never send to a server; the link names no language, and the app sends
//!    it on to `/<lang>/assignment#…` in the learner's language.
//! 2. The assignment page decodes and checks the link against the course
//!    index; a bad link gets a page naming the reason, and nothing is
//!    stored. "Accept" stores it in its own document, `savoir:assignments`
//!    ([`assigned`], through `ui::assignments`). Its status is never stored:
//!    it is computed from progress, the pass mark and the learner's date.
//! 3. The learner downloads a result file ([`results`]): readable summary
//!    lines, a checksummed `results` object, and the same as xAPI 1.0.3
//!    statements ([`xapi`]). The learner's signature is an id made on the
//!    device and the name they type.
//! 4. The class dashboard (`/<lang>/trainer/results`) imports many files at
//!    once, checks each, and keeps one entry per learner and copy of an
//!    assignment in `savoir-trainer:class` ([`class`]): the grid, the
//!    per-question charts and the CSV all come from it.
//!
//! The checksums of links and files catch accidents, not forgery: with no
//! server and no keys, a determined learner can forge a file.

pub mod assigned;
pub mod assignment;
pub mod certificate;
pub mod class;
pub mod cmi5;
pub mod lrs;
pub mod results;
pub mod scorm;
pub mod xapi;

#[cfg(test)]
mod fixtures;
