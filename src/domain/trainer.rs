//! What passes between a trainer and a learner: assignment links, the
//! assignments a learner accepted, result files and their xAPI statements,
//! and the trainer's class.

pub mod assigned;
pub mod assignment;
pub mod class;
pub mod results;
pub mod xapi;
