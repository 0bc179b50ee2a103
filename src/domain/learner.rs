//! What a learner does with the course: their progress and the session that
//! keeps it in storage, checkpoint attempts and their scores, draft answers,
//! preferences, and progress files.

pub mod draft;
pub mod preferences;
pub mod progress;
pub mod quiz;
pub mod review;
pub mod scoring;
pub mod session;
pub mod soa;
pub mod transfer;
