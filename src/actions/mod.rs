//! The user's actions, shared by every face of Overdue (the CLI now, the window later).
//!
//! Each action is one ledger transaction that reads what it needs, asks the domain
//! whether the action is allowed, and writes, so two windows on one ledger can never
//! both send the same letter. Inputs arrive as the strings a user typed; errors name the
//! field at fault.

mod backups;
mod corrections;
mod letters;
mod overview;
mod parties;
mod policy;
mod rates;
mod record;
mod run;
mod template_files;
mod views;

pub use backups::*;
pub use corrections::*;
pub use letters::*;
pub use overview::*;
pub use parties::*;
pub use policy::*;
pub use rates::*;
pub use record::*;
pub use run::*;
pub use template_files::*;
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

/// Writes a file whole or not at all (a temporary file renamed over it), readable by the
/// user only: letters and templates are private.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write as _;
    let fail = |p: &std::path::Path, e: std::io::Error| {
        ActionError::field("file", format!("{}: {e}", p.display()))
    };
    let tmp = path.with_extension("tmp-overdue");
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let write = |tmp: &std::path::Path| -> std::io::Result<()> {
        let mut file = opts.open(tmp)?;
        file.write_all(bytes)?;
        file.sync_all()
    };
    write(&tmp).map_err(|e| fail(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| fail(path, e))
}
