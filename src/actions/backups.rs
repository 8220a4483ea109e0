//! Backups and restores, shared by the CLI (`backup`, `restore`) and the window's
//! Settings: the file names, and the checks, are the same whichever face asks.

use std::path::{Path, PathBuf};

use super::{ActionError, Result};
use crate::ledger::Ledger;
use crate::ledger::backup::{BackupFile, backup_dir, check_backup, file_identity, list_backups};

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
