//! The user's actions, shared by every face of Overdue (the CLI now, the window later).
//!
//! Each action is one ledger transaction that reads what it needs, asks the domain
//! whether the action is allowed, and writes, so two windows on one ledger can never
//! both send the same letter. Inputs arrive as the strings a user typed; errors name the
//! field at fault.

mod backups;
mod corrections;
mod deliver;
mod draft_print;
mod email_templates;
mod interest_letter;
mod invoice_views;
mod letter_files;
mod letters;
mod mail_text;
mod overview;
mod parties;
mod plan;
mod policy;
mod rates;
mod record;
mod run;
mod send;
mod statement;
mod template_files;
mod views;

pub use backups::*;
pub use corrections::*;
pub use deliver::*;
pub use draft_print::*;
pub use email_templates::*;
pub use interest_letter::*;
pub use invoice_views::*;
pub use letter_files::*;
pub use letters::*;
pub use mail_text::email_subject;
pub use overview::*;
pub use parties::*;
pub use plan::*;
pub use policy::*;
pub use rates::*;
pub use record::*;
pub use run::*;
pub use send::*;
pub use statement::*;
pub use template_files::*;
pub use views::*;

use crate::domain::dates::{DateError, SlashOrder, parse_date};
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

/// How this process reads slash dates: the order the user gave (`--date-format`), then
/// the profile's convention for dates the text cannot settle. Set by the CLI once the
/// ledger is open, and by the window each time it loads the profile; one ledger per
/// process, so one convention.
static DATE_ORDER: std::sync::Mutex<(Option<SlashOrder>, Option<SlashOrder>)> =
    std::sync::Mutex::new((None, None));

/// Sets how slash dates are read: `explicit` always (a `--date-format`), else
/// `convention` (the profile's country) for the dates that could be either.
pub fn set_date_order(explicit: Option<SlashOrder>, convention: Option<SlashOrder>) {
    if let Ok(mut o) = DATE_ORDER.lock() {
        *o = (explicit, convention);
    }
}

/// The order set with [`set_date_order`]: (explicit, convention).
pub fn date_order() -> (Option<SlashOrder>, Option<SlashOrder>) {
    DATE_ORDER.lock().map(|o| *o).unwrap_or((None, None))
}

/// Reads a date as typed: ISO, dotted (`22.11.2026`) or with slashes, by the order set
/// with [`set_date_order`].
pub fn read_date(text: &str) -> std::result::Result<NaiveDate, DateError> {
    let (explicit, convention) = date_order();
    match parse_date(text, explicit) {
        Err(DateError::Ambiguous(_)) if convention.is_some() => parse_date(text, convention),
        r => r,
    }
}

/// Reads a date field given on the command line or in a form.
pub fn date_field(field: &'static str, text: &str) -> Result<NaiveDate> {
    read_date(text).map_err(|e: DateError| ActionError::field(field, e))
}

/// Trims an optional text; blank is `None`.
pub(crate) fn opt(s: Option<&str>) -> Option<String> {
    crate::domain::party::non_blank(s)
}

/// Writes a file whole or not at all (a temporary file renamed over it), readable by the
/// user only: letters and templates are private.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    write_private_atomic(path, bytes)
        .map_err(|(p, e)| ActionError::field("file", format!("{}: {e}", p.display())))
}

/// [`write_file`]'s work, with the file that failed (the temporary one, or the final
/// name) and why: the callers word the error their own way.
pub(crate) fn write_private_atomic(
    path: &std::path::Path,
    bytes: &[u8],
) -> std::result::Result<(), (std::path::PathBuf, std::io::Error)> {
    use std::io::Write as _;
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
    if let Err(e) = write(&tmp) {
        let _ = std::fs::remove_file(&tmp);
        return Err((tmp, e));
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        (path.to_path_buf(), e)
    })
}
