//! The course as authored: its index, the structure of modules, lessons and
//! questions, and the little structure of long texts.

pub mod catalog;
pub mod controls;
pub mod lesson;
pub mod rich_text;
