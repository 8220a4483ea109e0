//! The user's copies of the email texts: read, check, save, reset, preview; for
//! `overdue templates` (as `email_<kind>`) and Settings › Email sending. A text is
//! checked before it is saved, so a broken one is never written.

use std::path::PathBuf;

use super::letters::data_dir;
use super::{ActionError, Result, TemplateSource};
use crate::domain::party::Language;
use crate::ledger::Ledger;
use crate::letters::email::{self, EmailKind};
use crate::letters::templates::TemplateError;

fn folder(ledger: &Ledger) -> Result<PathBuf> {
    data_dir(ledger).ok_or_else(|| ActionError::Refused(crate::t!("err-template-files-no-folder")))
}

/// The text of one email template: the user's copy, else the shipped one.
pub fn email_template_source(
    ledger: &Ledger,
    lang: Language,
    kind: EmailKind,
) -> Result<TemplateSource> {
    let path = email::user_path(&folder(ledger)?, lang, kind);
    Ok(match std::fs::read_to_string(&path) {
        Ok(text) => TemplateSource {
            text,
            user_file: Some(path),
        },
        Err(_) => TemplateSource {
            text: email::embedded_source(lang, kind).to_string(),
            user_file: None,
        },
    })
}

/// Checks `text` and saves it as the user's copy; a text that does not check out is
/// refused, naming the line, and nothing is written.
pub fn save_email_template(
    ledger: &Ledger,
    lang: Language,
    kind: EmailKind,
    text: &str,
    origin: &str,
) -> Result<PathBuf> {
    email::check(lang, kind, text, origin).map_err(|e| ActionError::Refused(e.to_string()))?;
    let target = email::user_path(&folder(ledger)?, lang, kind);
    super::template_files::write_user_template(&target, text)?;
    Ok(target)
}

/// Removes the user's copy; `false` when there was none.
pub fn reset_email_template(ledger: &Ledger, lang: Language, kind: EmailKind) -> Result<bool> {
    let target = email::user_path(&folder(ledger)?, lang, kind);
    Ok(std::fs::remove_file(&target).is_ok())
}

/// The text rendered with sample facts (one invoice): the editor's live preview.
pub fn email_template_preview(
    lang: Language,
    kind: EmailKind,
    text: &str,
) -> std::result::Result<String, TemplateError> {
    email::check(lang, kind, text, "the editor")?;
    email::render_sample(lang, kind, text)
}
