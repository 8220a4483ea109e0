//! The user's actions, shared by every face of Overdue (the CLI now, the window later).
//!
//! Each action is one ledger transaction that reads what it needs, asks the domain
//! whether the action is allowed, and writes, so two windows on one ledger can never
//! both send the same letter. Inputs arrive as the strings a user typed; errors name the
//! field at fault.

mod letters;
mod parties;
mod policy;
mod record;
mod run;
mod views;

pub use letters::*;
pub use parties::*;
pub use policy::*;
pub use record::*;
pub use run::*;
pub use views::*;

use crate::domain::dates::{DateError, parse_date};
use crate::ledger::LedgerError;
use chrono::NaiveDate;

/// Why an action was refused.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    /// A field holds a value that cannot be used.
    #[error("{field}: {reason}")]
    Field {
        /// The field (`amount`, `due`, `country`...).
        field: &'static str,
        /// Why.
        reason: String,
    },
    /// The action is not allowed now (the engine's or the ledger's reason).
    #[error("{0}")]
    Refused(String),
    /// The ledger failed or refused.
    #[error(transparent)]
    Ledger(#[from] LedgerError),
}

impl ActionError {
    /// A field error.
    pub fn field(field: &'static str, reason: impl ToString) -> Self {
        ActionError::Field {
            field,
            reason: reason.to_string(),
        }
    }
}

/// Shorthand for action results.
pub type Result<T, E = ActionError> = std::result::Result<T, E>;

/// Reads a date field given on the command line or in a form.
pub fn date_field(field: &'static str, text: &str) -> Result<NaiveDate> {
    parse_date(text, None).map_err(|e: DateError| ActionError::field(field, e))
}

/// Trims an optional text; blank is `None`.
pub(crate) fn opt(s: Option<&str>) -> Option<String> {
    crate::domain::party::non_blank(s)
}
