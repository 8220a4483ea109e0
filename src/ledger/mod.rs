//! The local SQLite ledger: the only place in Overdue that holds SQL.
//!
//! The ledger is the freelancer's record of what is owed and of every demand made, so it
//! is opened carefully (WAL, foreign keys, a busy timeout, mode 0600 on creation, a
//! refusal of ledgers from newer versions) and written only inside transactions: one
//! transaction per user action, so nothing is ever half written.

pub mod backup;
mod bulk;
mod clients;
mod convert;
mod corrections;
mod deliveries;
pub mod dump;
mod invoices;
mod letters;
pub mod schema;

pub use bulk::{CaseData, CaseFilter};
pub use deliveries::{DeliveryFilter, LetterToDeliver, NewDelivery};
pub use letters::{ClientLetter, LetterKind, StoredLetter};

use rusqlite::{Connection, ErrorCode, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What can go wrong with the ledger, in words a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// The file was written by a newer Overdue.
    #[error(
        "{}",
        crate::t!("err-ledger-too-new", found = .found.to_string(), known = .known.to_string())
    )]
    TooNew {
        /// The ledger's `user_version`.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// Another process holds the write lock for longer than the busy timeout.
    #[error("{}", crate::t!("err-ledger-busy"))]
    Busy,
    /// Something the user named does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The action breaks a rule (overpayment, duplicate number...).
    #[error("{0}")]
    Invalid(String),
    /// Upgrading the schema failed.
    #[error("{}", crate::t!("err-ledger-migration", error = .0.clone()))]
    Migration(String),
    /// The file could not be created or opened.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is there but is not an SQLite database (another program's file, or a
    /// ledger overwritten on disk).
    #[error("{}", crate::t!("err-ledger-not-a-ledger", path = .0.display().to_string()))]
    NotALedger(PathBuf),
    /// Any other SQLite error.
    #[error("{}", crate::t!("err-ledger-sqlite", error = .0.to_string()))]
    Sqlite(rusqlite::Error),
}

/// Whether SQLite said another connection holds the lock.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

/// A UNIQUE constraint failure becomes a refusal saying `what`; anything else stays the
/// error it is. The schema's constraints are the one check for duplicates, so no insert
/// needs a look-up first.
pub(crate) fn refuse_duplicate(e: rusqlite::Error, what: impl FnOnce() -> String) -> LedgerError {
    match e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            LedgerError::Invalid(what())
        }
        e => e.into(),
    }
}

impl From<rusqlite::Error> for LedgerError {
    fn from(e: rusqlite::Error) -> Self {
        if is_busy(&e) {
            LedgerError::Busy
        } else {
            LedgerError::Sqlite(e)
        }
    }
}

/// Shorthand for ledger results.
pub type Result<T, E = LedgerError> = std::result::Result<T, E>;

/// An open ledger file.
pub struct Ledger {
    conn: Connection,
    path: PathBuf,
}

/// A transaction on the ledger; all reads and writes go through it.
pub struct Tx<'a>(rusqlite::Transaction<'a>);

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.0
    }
}

/// The default ledger location: `ledger.db` in the platform data dir.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "Overdue").map(|d| d.data_dir().join("ledger.db"))
}

/// Creates an empty file readable by its owner only (and the folders it needs, likewise
/// private), if it does not exist yet.
fn create_private(path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        backup::private_dir(dir)?;
    }
    match backup::private_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// How long opening waits for another process holding the ledger.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Puts the ledger in WAL mode (it stays so in the file). Switching needs a moment
/// alone with the file, and SQLite answers "busy" at once, without waiting, when
/// another process is opening it too: so retry briefly, up to the busy timeout.
fn ensure_wal(conn: &Connection, path: &Path) -> Result<()> {
    let give_up = std::time::Instant::now() + BUSY_TIMEOUT;
    loop {
        let current: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if current.eq_ignore_ascii_case("wal") {
            return Ok(());
        }
        match conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0)) {
            Ok(mode) if mode.eq_ignore_ascii_case("wal") => return Ok(()),
            Ok(mode) => {
                return Err(LedgerError::Invalid(crate::t!(
                    "err-ledger-wal",
                    path = path.display().to_string(),
                    mode = mode
                )));
            }
            Err(e) if std::time::Instant::now() < give_up && is_busy(&e) => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

impl Ledger {
    /// Opens (creating if needed) the ledger at `path` and upgrades its schema.
    pub fn open(path: &Path) -> Result<Ledger> {
        let io = |source| LedgerError::Io {
            path: path.to_path_buf(),
            source,
        };
        create_private(path).map_err(io)?;
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // The first read is where SQLite finds the file is no database: say which file.
        schema::check_not_too_new(&conn).map_err(|e| match &e {
            LedgerError::Sqlite(s) if s.sqlite_error_code() == Some(ErrorCode::NotADatabase) => {
                LedgerError::NotALedger(path.to_path_buf())
            }
            _ => e,
        })?;
        ensure_wal(&conn, path)?;
        // Memory-mapped reads spare a copy of every page the due queue reads.
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 268435456;",
        )?;
        schema::migrate(&mut conn)?;
        Ok(Ledger {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Reads through SQLite's small page cache instead of mapping the file: a little
    /// slower for big scans, but the window does not hold the whole file in its resident
    /// memory while it loads (mapped pages count as the process's own).
    pub fn without_mmap(self) -> Result<Ledger> {
        self.conn.execute_batch("PRAGMA mmap_size = 0;")?;
        Ok(self)
    }

    /// Where the ledger file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in a write transaction (taken immediately, so two writers queue instead
    /// of failing half-way). Nothing is stored unless `f` succeeds.
    pub fn write<T, E>(
        &mut self,
        f: impl FnOnce(&Tx) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<LedgerError>,
    {
        self.write_or_rollback(true, f)
    }

    /// Runs `f` in a write transaction like [`Ledger::write`], but commits only when
    /// `commit` is true: a dry run goes through the same code and rolls back.
    pub fn write_or_rollback<T, E>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&Tx) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<LedgerError>,
    {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(LedgerError::from)?;
        let tx = Tx(tx);
        let value = f(&tx)?;
        if commit {
            tx.0.commit().map_err(LedgerError::from)?;
        }
        Ok(value)
    }

    /// Runs `f` on a consistent snapshot of the ledger.
    pub fn read<T, E>(
        &mut self,
        f: impl FnOnce(&Tx) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<LedgerError>,
    {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(LedgerError::from)?;
        let tx = Tx(tx);
        f(&tx)
    }

    /// Runs a read-only SQL check, for tests and diagnostics (`PRAGMA integrity_check`).
    pub fn pragma_text(&self, pragma: &str) -> Result<String> {
        use rusqlite::types::Value;
        let value: Value = self
            .conn
            .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))?;
        Ok(match value {
            Value::Integer(i) => i.to_string(),
            Value::Text(t) => t,
            other => format!("{other:?}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::LedgerError;
    use crate::domain::ladder::Stage;
    use crate::domain::party::Language;

    /// A ledger error reads in the thread's language: English on the CLI's thread, the
    /// window's language on the window's.
    #[test]
    fn ledger_errors_speak_the_threads_language() {
        let too_new = LedgerError::TooNew { found: 9, known: 6 };
        assert_eq!(
            too_new.to_string(),
            "this ledger has schema version 9, but this Overdue only knows up to version 6: \
             it was written by a newer Overdue; upgrade Overdue to open it (the file was not changed)"
        );
        for stage in Stage::ALL {
            assert_eq!(
                crate::t!("err-ledger-stage-already-sent", stage = stage.as_str()),
                format!("the {} was already sent for this invoice", stage.title())
            );
        }
        crate::i18n::set_language(Language::It);
        assert!(
            too_new
                .to_string()
                .starts_with("questo archivio ha la versione di schema 9"),
            "{too_new}"
        );
        crate::i18n::set_language(Language::De);
        assert!(
            LedgerError::Busy
                .to_string()
                .starts_with("der Datenbestand wird gerade"),
            "{}",
            LedgerError::Busy
        );
        crate::i18n::set_language(Language::Fr);
        assert_eq!(
            crate::t!("err-ledger-stage-already-sent", stage = "reminder"),
            "le rappel a déjà été envoyé pour cette facture"
        );
    }
}
