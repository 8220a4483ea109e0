//! Letters as files: a stored letter's PDF written back out byte for byte as sent
//! (`letters export`, the window's Save), and the names they are written under.

use chrono::NaiveDate;
use serde::Serialize;
use std::path::{Path, PathBuf};

use super::{ActionError, Result};
use crate::domain::ladder::Stage;
use crate::ledger::{Ledger, StoredLetter};
use crate::t;

/// One stored letter, as sent.
#[derive(Clone, Debug, Serialize)]
pub struct ExportedLetter {
    /// Stage.
    pub stage: Stage,
    /// Day sent.
    pub sent: NaiveDate,
    /// Where it was written, if it has a PDF.
    pub path: Option<PathBuf>,
    /// Its sha256 as stored.
    pub sha256: Option<String>,
}

/// A letter's stored PDF by its ledger id, with the name it is saved under: byte for
/// byte as sent.
pub fn letter_pdf(ledger: &mut Ledger, id: i64) -> Result<(String, Vec<u8>)> {
    ledger.read(|tx| -> Result<_> {
        let letter = tx.letter_pdf(id)?;
        let Some((sent, Some(pdf))) = letter else {
            return Err(ActionError::Refused(t!(
                "err-letters-no-stored-pdf",
                id = id.to_string()
            )));
        };
        let numbers = tx.letter_invoice_numbers(id)?;
        let name = match tx.letter_stage(id)? {
            Some(stage) => letters_file_name(&numbers, stage),
            None => format!("letter-{id}_{sent}.pdf"),
        };
        Ok((name, pdf))
    })
}

/// A file name safe on every system: `2026-017_formal_letter.pdf`.
pub fn letter_file_name(number: &str, stage: Stage) -> String {
    let safe: String = number
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{safe}_{}.pdf", stage.as_str())
}

/// The file name of a letter covering `numbers`: the first invoice's, then how many more:
/// `2026-017+2_formal_letter.pdf`.
pub fn letters_file_name(numbers: &[String], stage: Stage) -> String {
    let first = numbers.first().map_or("letter", String::as_str);
    let one = letter_file_name(first, stage);
    match numbers.len() {
        0 | 1 => one,
        n => one.replacen('_', &format!("+{}_", n - 1), 1),
    }
}

/// Writes the stored PDFs of the letters covering an invoice, byte for byte as sent.
pub fn export_letters(
    ledger: &mut Ledger,
    number: &str,
    dir: &Path,
) -> Result<Vec<ExportedLetter>> {
    let stored = ledger.read(|tx| -> Result<_> {
        let invoice = tx
            .invoice_by_number(number)
            .map_err(|e| ActionError::field("invoice", e))?;
        let stored = tx.stored_letters(invoice.id)?;
        // A letter covering several invoices is named after them all, whichever is asked.
        let names = stored
            .iter()
            .map(|l| {
                Ok(letters_file_name(
                    &tx.letter_invoice_numbers(l.id)?,
                    l.stage,
                ))
            })
            .collect::<Result<Vec<String>>>()?;
        Ok(stored.into_iter().zip(names).collect::<Vec<_>>())
    })?;
    std::fs::create_dir_all(dir).map_err(|e| {
        ActionError::field(
            "out",
            t!(
                "err-letters-cannot-create",
                path = dir.display().to_string(),
                error = e.to_string()
            ),
        )
    })?;
    let mut out = Vec::new();
    for (l, name) in stored {
        let path = match &l.pdf {
            Some(bytes) => {
                let path = dir.join(name);
                super::write_private_atomic(&path, bytes).map_err(|(_, e)| {
                    ActionError::field(
                        "out",
                        t!(
                            "err-letters-cannot-write",
                            path = path.display().to_string(),
                            error = e.to_string()
                        ),
                    )
                })?;
                Some(path)
            }
            None => None,
        };
        out.push(ExportedLetter {
            stage: l.stage,
            sent: l.sent,
            path,
            sha256: l.sha256,
        });
    }
    Ok(out)
}

/// The letters of one invoice with their stored PDFs, oldest first: the window opens or
/// saves them byte for byte as sent.
pub fn stored_letters(ledger: &mut Ledger, number: &str) -> Result<Vec<StoredLetter>> {
    ledger.read(|tx| -> Result<_> {
        let invoice = tx
            .invoice_by_number(number)
            .map_err(|e| ActionError::field("invoice", e))?;
        Ok(tx.stored_letters(invoice.id)?)
    })
}

/// Opens a file with the system's handler (a PDF viewer, the mail program for a .eml):
/// `open` on macOS, `explorer` on Windows, `xdg-open` elsewhere. On failure, the
/// program tried and why.
pub fn open_with_system(path: &Path) -> std::result::Result<(), (&'static str, std::io::Error)> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(path)
        .spawn()
        .map(|_| ())
        .map_err(|e| (opener, e))
}
