//! Why a result file cannot be read.

use thiserror::Error;

/// Why a file cannot be read as results.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ResultsError {
    #[error("the file is too large ({0} bytes)")]
    TooLarge(usize),
    #[error("the file is not JSON: {0}")]
    NotJson(String),
    #[error("the file is cut short")]
    Truncated,
    #[error("the file is not a Savoir result file")]
    Foreign,
    #[error("the file comes from a newer version (version {0})")]
    NewerVersion(u32),
    #[error("the file was changed after it was made")]
    Tampered,
    #[error("the file's contents are not valid: {0}")]
    Invalid(String),
}

impl ResultsError {
    /// The interface message that explains this to a trainer.
    pub fn message_id(&self) -> &'static str {
        match self {
            ResultsError::TooLarge(_) => "results-error-too-large",
            ResultsError::NotJson(_) => "results-error-not-json",
            ResultsError::Truncated => "results-error-truncated",
            ResultsError::Foreign => "results-error-foreign",
            ResultsError::NewerVersion(_) => "results-error-newer",
            ResultsError::Tampered => "results-error-tampered",
            ResultsError::Invalid(_) => "results-error-invalid",
        }
    }
}
