//! Backups of the ledger, with SQLite's online backup API: a consistent copy taken while
//! other windows may be writing, never a file copy of a live database.
//!
//! A backup is written to a temporary file (mode 0600) beside its destination, checked
//! (`PRAGMA integrity_check`) and only then renamed into place, so a crash never leaves a
//! half backup under a real name. The daily backups live in `backups/` beside the ledger,
//! one per day, the last [`KEEP_DAILY`] kept.
//!
//! A restore checks the file first (integrity, a schema this build knows, Overdue's
//! tables), backs the current ledger up, and then copies the file into the open ledger
//! through the same API, in one step that readers see whole; an older schema is then
//! upgraded as on any open.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags, backup::Backup};

use super::{Ledger, LedgerError, Result, schema};

/// How many daily backups are kept.
pub const KEEP_DAILY: usize = 14;

/// The prefix and suffix of a daily backup's file name: `ledger-2026-11-22.db`.
const DAILY_PREFIX: &str = "ledger-";
const SUFFIX: &str = ".db";

/// The folder of a ledger's backups: `backups/<name>/` beside it (`backups/ledger/` for
/// `ledger.db`, `backups/it/` for `it.db`), so two ledgers in one folder never share or
/// rotate away each other's backups.
pub fn backup_dir(ledger: &Path) -> PathBuf {
    let name = ledger
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "ledger".into());
    ledger
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("backups")
        .join(name)
}

/// Who a ledger file belongs to: its random id (made when it was created) and the
/// business name in its profile.
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Serialize)]
pub struct Identity {
    /// The ledger's id; `None` in a ledger from before identities.
    pub id: Option<String>,
    /// The business name, if a profile was set.
    pub business: Option<String>,
}

impl Identity {
    /// Whether two identities are of the same ledger: the same id, or, where either has
    /// none, the same business name.
    pub fn same_ledger(&self, other: &Identity) -> bool {
        match (&self.id, &other.id) {
            (Some(a), Some(b)) => a == b,
            _ => self.business == other.business,
        }
    }

    /// "'Bianchi Design'", for messages.
    pub fn describe(&self) -> String {
        match &self.business {
            Some(b) => crate::t!("msg-ledger-backup-business", name = b.clone()),
            None => crate::t!("msg-ledger-backup-no-profile"),
        }
    }
}

fn identity_of(conn: &Connection) -> Result<Identity> {
    use rusqlite::OptionalExtension;
    let id: Option<String> = conn
        .query_row(
            "SELECT value FROM settings WHERE key = 'ledger_id'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let business: Option<String> = conn
        .query_row("SELECT name FROM profile WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    Ok(Identity { id, business })
}

/// The identity of a backup file (checked first with [`check_backup`]).
pub fn file_identity(file: &Path) -> Result<Identity> {
    let conn = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    identity_of(&conn)
}

/// A backup found in the backups folder.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BackupFile {
    /// Where it is.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
}

impl Ledger {
    /// This ledger's identity.
    pub fn identity(&self) -> Result<Identity> {
        identity_of(&self.conn)
    }

    /// Copies the ledger to `dest` (which must not exist yet) with the online backup API.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let io = |source| LedgerError::Io {
            path: dest.to_path_buf(),
            source,
        };
        if dest.exists() {
            return Err(LedgerError::Invalid(crate::t!(
                "err-ledger-backup-exists",
                path = dest.display().to_string()
            )));
        }
        let dir = dest
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        private_dir(dir).map_err(io)?;
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "backup".into());
        let tmp = dir.join(format!(".{name}.{}.part", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        private_file(&tmp).map_err(|source| LedgerError::Io {
            path: tmp.clone(),
            source,
        })?;
        let result = (|| {
            let mut copy = Connection::open(&tmp)?;
            {
                let backup = Backup::new(&self.conn, &mut copy)?;
                // All pages in one step: the copy is one consistent snapshot.
                backup.run_to_completion(i32::MAX, Duration::from_millis(50), None)?;
            }
            // One self-contained file: no -wal beside a backup.
            copy.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
            let ok: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            if ok != "ok" {
                return Err(LedgerError::Invalid(crate::t!(
                    "err-ledger-backup-integrity",
                    result = ok
                )));
            }
            drop(copy);
            std::fs::rename(&tmp, dest).map_err(io)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    /// Makes today's backup in `backups/` if there is none yet, and keeps the last
    /// [`KEEP_DAILY`]. Returns the new backup's path, or `None` when today's exists.
    pub fn daily_backup(&self, today: NaiveDate) -> Result<Option<PathBuf>> {
        let dir = backup_dir(&self.path);
        let dest = dir.join(format!("{DAILY_PREFIX}{today}{SUFFIX}"));
        if dest.exists() {
            return Ok(None);
        }
        match self.backup_to(&dest) {
            Ok(()) => {}
            // Another process made it meanwhile.
            Err(LedgerError::Invalid(_)) if dest.exists() => return Ok(None),
            Err(e) => return Err(e),
        }
        let mut daily: Vec<PathBuf> = list_backups(&self.path)?
            .into_iter()
            .map(|b| b.path)
            .filter(|p| is_daily(p))
            .collect();
        daily.sort();
        let excess = daily.len().saturating_sub(KEEP_DAILY);
        for old in &daily[..excess] {
            let _ = std::fs::remove_file(old);
        }
        sweep_stale_parts(&dir);
        Ok(Some(dest))
    }

    /// Replaces the ledger's contents with the backup at `file`, after checking it and
    /// backing the current contents up into `backups/`. Returns that safety backup.
    pub fn restore_from(&mut self, file: &Path, stamp: &str) -> Result<PathBuf> {
        check_backup(file)?;
        let safety = backup_dir(&self.path).join(format!("before-restore-{stamp}{SUFFIX}"));
        self.backup_to(&safety)?;
        let source = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        {
            let backup = Backup::new(&source, &mut self.conn)?;
            backup.run_to_completion(i32::MAX, Duration::from_millis(50), None)?;
        }
        drop(source);
        // The copy brought the file's own settings; put the ledger's back.
        self.conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        schema::migrate(&mut self.conn)?;
        let ok = self.pragma_text("integrity_check")?;
        if ok != "ok" {
            return Err(LedgerError::Invalid(crate::t!(
                "err-ledger-restored-integrity",
                result = ok,
                path = safety.display().to_string()
            )));
        }
        Ok(safety)
    }
}

/// Checks that `file` is an intact Overdue ledger of a schema this build can open.
pub fn check_backup(file: &Path) -> Result<()> {
    let path = file.display().to_string();
    if !file.is_file() {
        return Err(LedgerError::Invalid(crate::t!(
            "err-ledger-backup-no-such-file",
            path = path
        )));
    }
    let conn =
        Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
            LedgerError::Invalid(crate::t!(
                "err-ledger-backup-cannot-open",
                path = path.clone(),
                error = e.to_string()
            ))
        })?;
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| {
            LedgerError::Invalid(crate::t!(
                "err-ledger-backup-not-sqlite",
                path = path.clone(),
                error = e.to_string()
            ))
        })?;
    if ok != "ok" {
        return Err(LedgerError::Invalid(crate::t!(
            "err-ledger-backup-damaged",
            path = path,
            result = ok
        )));
    }
    let version = schema::user_version(&conn)?;
    if version > schema::SCHEMA_VERSION {
        return Err(LedgerError::Invalid(crate::t!(
            "err-ledger-backup-too-new",
            path = path,
            found = version.to_string(),
            known = schema::SCHEMA_VERSION.to_string()
        )));
    }
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('invoices', 'clients', 'letters', 'payments')",
        [],
        |r| r.get(0),
    )?;
    if version < 1 || tables < 4 {
        return Err(LedgerError::Invalid(crate::t!(
            "err-ledger-backup-not-overdue",
            path = path
        )));
    }
    Ok(())
}

/// Moves a ledger that no longer opens out of the way, with its -wal and -shm files,
/// to `<name>.broken-<n>`; returns the new path of the main file.
pub fn move_aside(ledger: &Path) -> Result<PathBuf> {
    let aside = (1..)
        .map(|n| PathBuf::from(format!("{}.broken-{n}", ledger.display())))
        .find(|p| !p.exists())
        .unwrap_or_else(|| PathBuf::from(format!("{}.broken", ledger.display())));
    for ext in ["-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{ext}", ledger.display()));
        if from.exists() {
            let to = PathBuf::from(format!("{}{ext}", aside.display()));
            std::fs::rename(&from, &to).map_err(|source| LedgerError::Io { path: from, source })?;
        }
    }
    std::fs::rename(ledger, &aside).map_err(|source| LedgerError::Io {
        path: ledger.to_path_buf(),
        source,
    })?;
    Ok(aside)
}

/// The backups beside the ledger at `ledger`, oldest name first.
pub fn list_backups(ledger: &Path) -> Result<Vec<BackupFile>> {
    let dir = backup_dir(ledger);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(source) => return Err(LedgerError::Io { path: dir, source }),
    };
    let mut out = vec![];
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.ends_with(SUFFIX) {
            continue;
        }
        let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.push(BackupFile { path, bytes });
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// How old a `.part` file must be before it counts as left behind by a killed backup;
/// a younger one may be another process's backup still being written.
pub const STALE_PART: Duration = Duration::from_secs(3600);

/// Removes the half-written `.part` copies that a backup killed mid-way left in `dir`:
/// at once where the process that wrote one is gone (its id is in the name, and Linux
/// lists live processes in `/proc`), else once older than [`STALE_PART`]. Best effort:
/// a file that cannot be removed stays, and costs only disk space.
pub fn sweep_stale_parts(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with('.') && name.ends_with(".part")) {
            continue;
        }
        if writer_is_gone(&name) {
            let _ = std::fs::remove_file(entry.path());
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age >= STALE_PART);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether the process that wrote `.{name}.{pid}.part` has ended. Only where `/proc`
/// lists processes; a reused id keeps the file until it is stale by age, which is safe.
fn writer_is_gone(part_name: &str) -> bool {
    let proc = Path::new("/proc");
    let pid = part_name
        .strip_suffix(".part")
        .and_then(|n| n.rsplit_once('.'))
        .and_then(|(_, pid)| pid.parse::<u32>().ok());
    match pid {
        Some(pid) if pid != std::process::id() && proc.join("self").exists() => {
            !proc.join(pid.to_string()).exists()
        }
        _ => false,
    }
}

fn is_daily(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_prefix(DAILY_PREFIX))
        .and_then(|n| n.strip_suffix(SUFFIX))
        .is_some_and(|d| d.parse::<NaiveDate>().is_ok())
}

pub(super) fn private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

pub(super) fn private_file(path: &Path) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    opts.open(path).map(drop)
}
