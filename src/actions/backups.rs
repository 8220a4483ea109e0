//! Backups and restores, shared by the CLI (`backup`, `restore`) and the window's
//! Settings: the file names, and the checks, are the same whichever face asks.

use std::path::{Path, PathBuf};

use super::{ActionError, Result};
use crate::ledger::Ledger;
use crate::ledger::backup::{BackupFile, backup_dir, check_backup, file_identity, list_backups};
use crate::ledger::dump::LedgerDump;

/// A time stamp for file names, from the clock: `2026-11-22T093015`.
fn stamp() -> String {
    chrono::Local::now().format("%Y-%m-%dT%H%M%S").to_string()
}

/// Backs the ledger up to `out`, or to a new `manual-<time>.db` in `backups/`.
pub fn backup(ledger: &Ledger, out: Option<&Path>) -> Result<PathBuf> {
    let dest = match out {
        Some(p) => p.to_path_buf(),
        None => {
            let dir = backup_dir(ledger.path());
            let base = format!("manual-{}", stamp());
            // Two backups in one second get distinct names.
            (0..)
                .map(|i| match i {
                    0 => dir.join(format!("{base}.db")),
                    i => dir.join(format!("{base}-{i}.db")),
                })
                .find(|p| !p.exists())
                .unwrap_or_else(|| dir.join(format!("{base}.db")))
        }
    };
    ledger.backup_to(&dest)?;
    Ok(dest)
}

/// When `file` is a backup of another ledger (another business's), says so: "this backup
/// is of 'Hartley Consulting Ltd', not 'Bianchi Design'". `None` for this ledger's own.
pub fn other_ledger(ledger: &Ledger, file: &Path) -> Result<Option<String>> {
    check_backup(file)?;
    let theirs = file_identity(file)?;
    let ours = ledger.identity()?;
    // A ledger with no profile yet (new, or made anew after a broken one was moved aside)
    // has nothing of another business to lose.
    if ours.business.is_none() {
        return Ok(None);
    }
    Ok((!theirs.same_ledger(&ours)).then(|| {
        crate::t!(
            "err-backups-other-ledger",
            theirs = theirs.describe(),
            ours = ours.describe()
        )
    }))
}

/// Restores the ledger from `file`; returns where the ledger as it was is kept. A backup
/// of another ledger is refused unless `other_ledger` says the user asked for it.
pub fn restore(ledger: &mut Ledger, file: &Path, other_ledger_ok: bool) -> Result<PathBuf> {
    if !other_ledger_ok && let Some(why) = other_ledger(ledger, file)? {
        return Err(ActionError::Refused(crate::t!(
            "err-backups-pass-other-ledger",
            reason = why
        )));
    }
    Ok(ledger.restore_from(file, &stamp())?)
}

/// The backups beside the ledger, newest first.
pub fn backups(ledger: &Ledger) -> Result<Vec<BackupFile>> {
    let mut list = list_backups(ledger.path())?;
    list.reverse();
    Ok(list)
}

/// Writes the whole ledger to `file` as JSON (a new file, readable by the user only);
/// returns how many clients and invoices it holds.
pub fn export_json(ledger: &mut Ledger, file: &Path) -> Result<(usize, usize)> {
    let dump = ledger.read(|tx| -> Result<LedgerDump> { Ok(tx.dump()?) })?;
    let text = serde_json::to_string_pretty(&dump)
        .map_err(|e| ActionError::field("file", e.to_string()))?;
    super::write_file(file, text.as_bytes())?;
    Ok((dump.clients.len(), dump.invoices.len()))
}

/// Loads a JSON export into this ledger in one transaction; returns how many clients and
/// invoices it brought.
pub fn import_json(ledger: &mut Ledger, file: &Path) -> Result<(usize, usize)> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        ActionError::field(
            "file",
            crate::t!(
                "err-backups-json-read",
                path = file.display().to_string(),
                error = e.to_string()
            ),
        )
    })?;
    let dump: LedgerDump = serde_json::from_str(&text).map_err(|e| {
        ActionError::field(
            "file",
            crate::t!(
                "err-backups-json-invalid",
                path = file.display().to_string(),
                error = e.to_string()
            ),
        )
    })?;
    ledger.write(|tx| -> Result<()> { Ok(tx.load_dump(&dump)?) })?;
    Ok((dump.clients.len(), dump.invoices.len()))
}

/// How many invoices the ledger holds (an empty ledger gets the newcomer's hint).
pub fn invoice_count(ledger: &mut Ledger) -> Result<i64> {
    Ok(ledger.read(|tx| tx.invoice_count())?)
}
