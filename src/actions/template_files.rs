//! The user's copies of the letter templates: read, check, save, reset, preview.
//!
//! Both faces edit templates through here: `overdue templates` and the window's
//! template editor. A template is checked before it is saved, so a broken one is never
//! written; the live preview composes a sample letter with the text being edited.

use std::path::PathBuf;

use super::letters::data_dir;
use super::{ActionError, Result, write_file};
use crate::domain::ladder::Stage;
use crate::domain::party::{ClientKind, Language};
use crate::ledger::Ledger;
use crate::letters::compose::{LetterModel, compose};
use crate::letters::templates::{self, TemplateError, Templates, embedded_source, user_path};

/// A template's text as in use, and whether it is the user's copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateSource {
    /// The text.
    pub text: String,
    /// The user's copy, when there is one.
    pub user_file: Option<PathBuf>,
}

fn folder(ledger: &Ledger) -> Result<PathBuf> {
    data_dir(ledger).ok_or_else(|| ActionError::Refused(crate::t!("err-template-files-no-folder")))
}

/// The text of one template: the user's copy, else the shipped one.
pub fn template_source(ledger: &Ledger, lang: Language, stage: Stage) -> Result<TemplateSource> {
    let path = user_path(&folder(ledger)?, lang, stage);
    Ok(match std::fs::read_to_string(&path) {
        Ok(text) => TemplateSource {
            text,
            user_file: Some(path),
        },
        Err(_) => TemplateSource {
            text: embedded_source(lang, stage).to_string(),
            user_file: None,
        },
    })
}

/// Checks `text` and saves it as the user's copy of one template. A text that does not
/// check out is refused, naming the line, and nothing is written.
pub fn save_template(
    ledger: &Ledger,
    lang: Language,
    stage: Stage,
    text: &str,
    origin: &str,
) -> Result<PathBuf> {
    templates::check(lang, stage, text, origin).map_err(template_refused)?;
    let target = user_path(&folder(ledger)?, lang, stage);
    write_user_template(&target, text)?;
    Ok(target)
}

/// Writes a user's template file, creating its folder: whole or not at all.
pub(crate) fn write_user_template(target: &std::path::Path, text: &str) -> Result<()> {
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| {
            ActionError::field(
                "template",
                crate::t!(
                    "err-template-files-cannot-create",
                    path = parent.display().to_string(),
                    error = e.to_string()
                ),
            )
        })?;
    }
    write_file(target, text.as_bytes())
}

/// Removes the user's copy of one template; `false` when there was none.
pub fn reset_template(ledger: &Ledger, lang: Language, stage: Stage) -> Result<bool> {
    let target = user_path(&folder(ledger)?, lang, stage);
    Ok(std::fs::remove_file(&target).is_ok())
}

/// Composes the sample business letter of one stage with `text` as its template: the
/// editor's live preview. The error names the line, as a save would.
pub fn template_preview(
    lang: Language,
    stage: Stage,
    text: &str,
) -> std::result::Result<LetterModel, TemplateError> {
    let mut t = Templates::embedded();
    t.replace(lang, stage, text, "the editor")?;
    let sample = crate::letters::sample::facts(lang, stage, ClientKind::Business);
    compose(&sample.facts(), &t)
}

fn template_refused(e: TemplateError) -> ActionError {
    ActionError::Refused(e.to_string())
}
