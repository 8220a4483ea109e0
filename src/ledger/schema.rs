//! The ledger's schema, as append-only migrations on `PRAGMA user_version`.
//!
//! Never edit or remove a migration once it has shipped: add a new one. A ledger written
//! by a newer Overdue is refused before anything touches it, with both versions named.

use rusqlite::{Connection, TransactionBehavior};
use rusqlite_migration::{M, Migrations};

use super::LedgerError;

/// Migration 1: the whole first schema.
const V1: &str = r#"
CREATE TABLE profile (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT NOT NULL,
    address    TEXT,
    country    TEXT NOT NULL,
    vat_id     TEXT,
    iban       TEXT,
    email      TEXT,
    phone      TEXT,
    signatory  TEXT,
    language   TEXT NOT NULL,
    currency   TEXT NOT NULL
);

CREATE TABLE policy_stages (
    stage          TEXT PRIMARY KEY,
    position       INTEGER NOT NULL UNIQUE,
    earliest_days  INTEGER NOT NULL,
    deadline_days  INTEGER NOT NULL
);
INSERT INTO policy_stages VALUES
    ('reminder', 0, 1, 7),
    ('formal_letter', 1, 14, 7),
    ('seven_day_notice', 2, 28, 7),
    ('legal_warning', 3, 42, 14);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO settings VALUES
    ('consumer_legal_warning_deadline_days', '30'),
    ('min_balance_minor', '1');

CREATE TABLE clients (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    kind      TEXT NOT NULL CHECK (kind IN ('business', 'consumer', 'public')),
    country   TEXT NOT NULL,
    language  TEXT NOT NULL CHECK (language IN ('en', 'it', 'de', 'fr')),
    email     TEXT,
    address   TEXT,
    vat_id    TEXT,
    notes     TEXT
);

CREATE TABLE invoices (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    client_id     INTEGER NOT NULL REFERENCES clients(id),
    issued        TEXT NOT NULL,
    due           TEXT NOT NULL,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    currency      TEXT NOT NULL,
    description   TEXT,
    terms         TEXT,
    late_rate_bp  INTEGER,
    -- Lifecycle from the recorded facts: open, paid, handed_over or written_off,
    -- and the day it stopped being open. Kept in step by the ledger on every write.
    status        TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'paid', 'handed_over', 'written_off')),
    closed_on     TEXT,
    -- The history condensed to what the escalation engine reads (domain::condensed),
    -- exact on any day from last_fact_on on. Kept in step by the ledger on every write.
    paid_minor     INTEGER NOT NULL DEFAULT 0,
    settled_on     TEXT,
    last_fact_on   TEXT,
    last_stage     TEXT,
    last_sent      TEXT,
    last_deadline  TEXT,
    dispute_since  TEXT,
    promise_until  TEXT,
    pause_until    TEXT,
    handed_over_on TEXT,
    written_off_on TEXT,
    CHECK (due >= issued)
);
CREATE INDEX invoices_client ON invoices(client_id);
CREATE INDEX invoices_closed_on ON invoices(closed_on);

CREATE TABLE payments (
    id            INTEGER PRIMARY KEY,
    invoice_id    INTEGER NOT NULL REFERENCES invoices(id),
    date          TEXT NOT NULL,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    method        TEXT,
    note          TEXT
);
-- Covering index: the due queue reads payments from the index alone.
CREATE INDEX payments_invoice ON payments(invoice_id, date, id, amount_minor);

CREATE TABLE letters (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL REFERENCES invoices(id),
    stage               TEXT NOT NULL
                        CHECK (stage IN ('reminder', 'formal_letter', 'seven_day_notice', 'legal_warning')),
    sent                TEXT NOT NULL,
    deadline            TEXT NOT NULL,
    principal_minor     INTEGER NOT NULL,
    interest_minor      INTEGER NOT NULL DEFAULT 0,
    compensation_minor  INTEGER NOT NULL DEFAULT 0,
    total_minor         INTEGER NOT NULL,
    currency            TEXT NOT NULL,
    forced              INTEGER NOT NULL DEFAULT 0,
    -- The exact PDF sent and its sha256 (filled once letters are rendered).
    pdf                 BLOB,
    pdf_sha256          TEXT,
    UNIQUE (invoice_id, stage)
);
-- Covering index: the due queue reads letters from the index alone, never the PDFs.
CREATE INDEX letters_invoice ON letters(invoice_id, id, stage, sent, deadline, principal_minor,
    interest_minor, compensation_minor, forced);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id),
    date        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'note', 'promise_to_pay',
                'dispute_opened', 'dispute_resolved', 'paused_until', 'handed_over', 'written_off')),
    until       TEXT,
    text        TEXT NOT NULL DEFAULT ''
);
-- Covering index: the due queue reads events from the index alone, without their text.
CREATE INDEX events_invoice ON events(invoice_id, id, date, kind, until);
"#;

/// Migration 2: what letters need. The law per client, the town letters are dated from,
/// the paper, the next step after the legal warning, a logo, the date payment terms were
/// agreed, the language a letter was written in, and the stage from which interest is claimed.
const V2: &str = r#"
ALTER TABLE clients ADD COLUMN law TEXT CHECK (law IN ('IT', 'DE', 'FR', 'EU', 'GB', 'none'));
ALTER TABLE profile ADD COLUMN city TEXT;
ALTER TABLE profile ADD COLUMN paper TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter'));
ALTER TABLE profile ADD COLUMN next_step TEXT NOT NULL DEFAULT 'small_claims'
    CHECK (next_step IN ('small_claims', 'payment_order', 'collection_agency', 'lawyer'));
ALTER TABLE profile ADD COLUMN logo BLOB;
ALTER TABLE invoices ADD COLUMN terms_agreed_on TEXT;
ALTER TABLE letters ADD COLUMN language TEXT CHECK (language IN ('en', 'it', 'de', 'fr'));
INSERT OR IGNORE INTO settings VALUES ('claim_from', 'formal_letter');
-- The PDF a letter was sent with is evidence: once stored it never changes.
CREATE TRIGGER letters_pdf_is_kept BEFORE UPDATE OF pdf, pdf_sha256 ON letters
WHEN OLD.pdf IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the PDF of a sent letter is never changed');
END;
CREATE TRIGGER letters_are_kept BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'a sent letter is never deleted');
END;
"#;

/// Migration 3: what letters right in law need. Whether a client is a natural person (UK
/// individuals get the Pre-Action Protocol), the client's salutation and contact person,
/// the payment details payers abroad need, and how demands are sent.
const V3: &str = r#"
ALTER TABLE clients ADD COLUMN individual INTEGER NOT NULL DEFAULT 0 CHECK (individual IN (0, 1));
ALTER TABLE clients ADD COLUMN salutation TEXT;
ALTER TABLE clients ADD COLUMN contact TEXT;
ALTER TABLE profile ADD COLUMN bic TEXT;
ALTER TABLE profile ADD COLUMN sort_code TEXT;
ALTER TABLE profile ADD COLUMN account_number TEXT;
ALTER TABLE profile ADD COLUMN sending TEXT NOT NULL DEFAULT 'post'
    CHECK (sending IN ('post', 'registered', 'pec'));
"#;

/// Migration 4: the ledger's identity, a random id made once, so that a restore can tell
/// a backup of this ledger from one of another business's.
const V4: &str = r#"
INSERT OR IGNORE INTO settings VALUES ('ledger_id', lower(hex(randomblob(16))));
"#;

/// Migration 5: corrections, with their reasons. A voided payment, an undone handover or
/// write-off, a changed or deleted invoice: each leaves a row here with what it was, so
/// nothing is silently rewritten. A deleted invoice's row keeps its number.
const V5: &str = r#"
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER REFERENCES invoices(id),
    number      TEXT NOT NULL,
    date        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('invoice_changed', 'invoice_deleted', 'payment_voided',
                'handover_undone', 'writeoff_undone', 'interest_waived', 'interest_kept')),
    reason      TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX corrections_invoice ON corrections(invoice_id);
CREATE INDEX corrections_number ON corrections(number);
"#;

/// Migration 6: interest and compensation received. A payment beyond the balance, up to
/// what a claim letter asked, pays the principal first, then interest, then compensation;
/// the part beyond the principal is kept here, beside the payment that brought it (none
/// when it came after the principal was paid).
const V6: &str = r#"
CREATE TABLE claim_receipts (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL REFERENCES invoices(id),
    payment_id          INTEGER REFERENCES payments(id),
    date                TEXT NOT NULL,
    interest_minor      INTEGER NOT NULL CHECK (interest_minor >= 0),
    compensation_minor  INTEGER NOT NULL CHECK (compensation_minor >= 0),
    method              TEXT,
    note                TEXT,
    CHECK (interest_minor + compensation_minor > 0)
);
CREATE INDEX claim_receipts_invoice ON claim_receipts(invoice_id);
"#;

/// Migration 7: a letter is written to a client, and covers one invoice or several. It
/// has a kind (a ladder stage's letter, a statement of account, a letter about interest
/// alone), a client, and its invoices in `letter_invoices`. The old `letters` table (one
/// invoice each) is rebuilt with every PDF and sha256 kept byte for byte; each old letter
/// becomes a stage letter covering its one invoice, with the same id.
///
/// `letter_invoices` repeats each letter's stage, day, deadline and force for the engine:
/// the due queue reads an invoice's letters from that table's covering index alone, and
/// the uniqueness of a stage per invoice is a constraint there. Both tables are written
/// once, together, and never changed (the triggers below).
///
/// Runs with foreign keys off (`schema::migrate`), as SQLite's table rebuild asks, and
/// the keys are checked before the ledger is used.
const V7: &str = r#"
CREATE TABLE letters_v7 (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('stage', 'statement', 'interest')),
    client_id    INTEGER NOT NULL REFERENCES clients(id),
    stage        TEXT CHECK (stage IN ('reminder', 'formal_letter', 'seven_day_notice', 'legal_warning')),
    sent         TEXT NOT NULL,
    deadline     TEXT,
    total_minor  INTEGER,
    currency     TEXT,
    forced       INTEGER NOT NULL DEFAULT 0,
    language     TEXT CHECK (language IN ('en', 'it', 'de', 'fr')),
    -- The exact PDF sent and its sha256, last, so that reading a letter's facts never
    -- touches its PDF's pages.
    pdf          BLOB,
    pdf_sha256   TEXT,
    CHECK ((kind = 'stage') = (stage IS NOT NULL)),
    CHECK (kind <> 'stage' OR (deadline IS NOT NULL AND total_minor IS NOT NULL AND currency IS NOT NULL))
);
INSERT INTO letters_v7 (id, kind, client_id, stage, sent, deadline, total_minor, currency, forced,
                        language, pdf, pdf_sha256)
    SELECT l.id, 'stage', i.client_id, l.stage, l.sent, l.deadline, l.total_minor, l.currency,
           l.forced, l.language, l.pdf, l.pdf_sha256
    FROM letters l JOIN invoices i ON i.id = l.invoice_id;

CREATE TABLE letter_invoices (
    letter_id           INTEGER NOT NULL REFERENCES letters(id),
    invoice_id          INTEGER NOT NULL REFERENCES invoices(id),
    stage               TEXT NOT NULL
                        CHECK (stage IN ('reminder', 'formal_letter', 'seven_day_notice', 'legal_warning')),
    sent                TEXT NOT NULL,
    deadline            TEXT NOT NULL,
    principal_minor     INTEGER NOT NULL,
    interest_minor      INTEGER NOT NULL DEFAULT 0,
    compensation_minor  INTEGER NOT NULL DEFAULT 0,
    forced              INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (letter_id, invoice_id),
    UNIQUE (invoice_id, stage)
);
INSERT INTO letter_invoices (letter_id, invoice_id, stage, sent, deadline, principal_minor,
                             interest_minor, compensation_minor, forced)
    SELECT id, invoice_id, stage, sent, deadline, principal_minor, interest_minor,
           compensation_minor, forced
    FROM letters;

DROP TABLE letters;
ALTER TABLE letters_v7 RENAME TO letters;

CREATE INDEX letters_client ON letters(client_id, sent, id, kind, stage);
-- Covering index: the due queue reads letters from the index alone, never the PDFs.
CREATE INDEX letter_invoices_invoice ON letter_invoices(invoice_id, letter_id, stage, sent,
    deadline, principal_minor, interest_minor, compensation_minor, forced);

CREATE TRIGGER letters_pdf_is_kept BEFORE UPDATE OF pdf, pdf_sha256 ON letters
WHEN OLD.pdf IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the PDF of a sent letter is never changed');
END;
CREATE TRIGGER letters_are_kept BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'a sent letter is never deleted');
END;
CREATE TRIGGER letters_facts_are_kept BEFORE UPDATE OF kind, client_id, stage, sent, deadline,
    total_minor, currency, forced ON letters
BEGIN
    SELECT RAISE(ABORT, 'a sent letter is never changed');
END;
CREATE TRIGGER letter_invoices_are_kept BEFORE DELETE ON letter_invoices
BEGIN
    SELECT RAISE(ABORT, 'a sent letter is never deleted');
END;
CREATE TRIGGER letter_invoices_facts_are_kept BEFORE UPDATE ON letter_invoices
BEGIN
    SELECT RAISE(ABORT, 'a sent letter is never changed');
END;
"#;

/// Migration 8: a letter about the interest and compensation alone, once the principal
/// is paid, concerns one invoice; `letter_about` names it (stage letters name theirs in
/// `letter_invoices`, where only ladder stages go). A table of its own rather than a
/// column of `letters`: a column added there would come after the PDF, and every read
/// of it, a foreign-key check included, would page in the PDF.
const V8: &str = r#"
CREATE TABLE letter_about (
    letter_id   INTEGER PRIMARY KEY REFERENCES letters(id),
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id)
);
CREATE INDEX letter_about_invoice ON letter_about(invoice_id);
CREATE TRIGGER letter_about_is_kept BEFORE DELETE ON letter_about
BEGIN
    SELECT RAISE(ABORT, 'a sent letter is never deleted');
END;
"#;

/// Migration 9: delivery (issue 16). A letter is recorded first, in its own transaction;
/// how it then went out is a delivery: by email, as a draft for the user's mail program,
/// or printed. One row per letter and channel, with its state, the Message-ID, the
/// server's last reply or error, the attempts and the times (wall-clock, UTC). Email
/// deliveries are an outbox: `queued` rows are sent after the commit, a row is `sending`
/// only while a sender holds the outbox lock, and one caught there by a crash becomes
/// `unknown`, never resent blindly. The subject and body are kept as sent.
///
/// `letter_subjects` keeps each new letter's subject line, so that an email or a draft
/// made later for a letter says what the letter says.
const V9: &str = r#"
CREATE TABLE deliveries (
    id          INTEGER PRIMARY KEY,
    letter_id   INTEGER NOT NULL REFERENCES letters(id),
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'draft', 'print')),
    recipient   TEXT NOT NULL,
    message_id  TEXT,
    subject     TEXT,
    body        TEXT,
    state       TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unknown')),
    reply       TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    day         TEXT NOT NULL,
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL
);
CREATE INDEX deliveries_letter ON deliveries(letter_id, id);
CREATE INDEX deliveries_open ON deliveries(state, id) WHERE state <> 'sent';
CREATE TRIGGER deliveries_are_kept BEFORE DELETE ON deliveries
BEGIN
    SELECT RAISE(ABORT, 'a delivery record is never deleted');
END;
CREATE TRIGGER deliveries_facts_are_kept BEFORE UPDATE OF letter_id, channel, recipient, message_id,
    subject, body, day, created ON deliveries
BEGIN
    SELECT RAISE(ABORT, 'a delivery is never moved to another letter or rewritten');
END;

CREATE TABLE letter_subjects (
    letter_id  INTEGER PRIMARY KEY REFERENCES letters(id),
    subject    TEXT NOT NULL
);
CREATE TRIGGER letter_subjects_are_kept BEFORE DELETE ON letter_subjects
BEGIN
    SELECT RAISE(ABORT, 'a sent letter is never deleted');
END;
"#;

/// What each letter lists under "Enclosures" (so that an email never goes without
/// them unnoticed), and the files sent with a letter's email or draft (a copy of the
/// invoice, the official forms), kept byte for byte so that a retry sends exactly them.
/// Neither is ever rewritten.
const V10: &str = r#"
CREATE TABLE letter_enclosures (
    letter_id  INTEGER NOT NULL REFERENCES letters(id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    text       TEXT NOT NULL,
    PRIMARY KEY (letter_id, position)
);
CREATE TRIGGER letter_enclosures_are_kept BEFORE DELETE ON letter_enclosures
BEGIN
    SELECT RAISE(ABORT, 'a sent letter is never deleted');
END;
CREATE TRIGGER letter_enclosures_are_not_rewritten BEFORE UPDATE ON letter_enclosures
BEGIN
    SELECT RAISE(ABORT, 'a sent letter is never rewritten');
END;

CREATE TABLE delivery_files (
    id           INTEGER PRIMARY KEY,
    delivery_id  INTEGER NOT NULL REFERENCES deliveries(id),
    position     INTEGER NOT NULL CHECK (position >= 0),
    name         TEXT NOT NULL CHECK (length(name) > 0),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    bytes        BLOB NOT NULL,
    UNIQUE (delivery_id, position)
);
CREATE TRIGGER delivery_files_are_kept BEFORE DELETE ON delivery_files
BEGIN
    SELECT RAISE(ABORT, 'a file sent with a letter is never deleted');
END;
CREATE TRIGGER delivery_files_are_not_rewritten BEFORE UPDATE ON delivery_files
BEGIN
    SELECT RAISE(ABORT, 'a file sent with a letter is never rewritten');
END;
"#;

/// Every migration, oldest first. Append only.
const MIGRATIONS: &[M<'static>] = &[
    M::up(V1),
    M::up(V2),
    M::up(V3),
    M::up(V4),
    M::up(V5),
    M::up(V6),
    M::up(V7),
    M::up(V8),
    M::up(V9),
    M::up(V10),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The ledger's `user_version`.
pub fn user_version(conn: &Connection) -> Result<i64, LedgerError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Refuses a ledger from a newer Overdue. Reads only.
pub fn check_not_too_new(conn: &Connection) -> Result<(), LedgerError> {
    let found = user_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(LedgerError::TooNew {
            found,
            known: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Brings the ledger to the latest schema, in one exclusive transaction.
///
/// Two processes may open a ledger that needs upgrading at the same moment: both see
/// the old version, one takes the lock and upgrades, and the other's attempt then
/// fails on the tables that now exist. That one finds the schema current on a second
/// look, and carries on.
pub fn migrate(conn: &mut Connection) -> Result<(), LedgerError> {
    if user_version(conn)? == SCHEMA_VERSION {
        return Ok(());
    }
    // A table rebuild (migration 7) runs with foreign keys off, as SQLite asks; the
    // keys are checked before the ledger is used, and turned on again whatever happened.
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    conn.set_transaction_behavior(TransactionBehavior::Exclusive);
    let result = Migrations::from_slice(MIGRATIONS).to_latest(conn);
    conn.set_transaction_behavior(TransactionBehavior::Deferred);
    let broken = foreign_key_problems(conn);
    conn.execute_batch("PRAGMA foreign_keys = ON")?;
    match result {
        Ok(()) => {}
        Err(_) if user_version(conn)? == SCHEMA_VERSION => {}
        Err(e) => return Err(LedgerError::Migration(e.to_string())),
    }
    match broken? {
        0 => Ok(()),
        n => Err(LedgerError::Migration(format!(
            "{n} rows refer to rows that do not exist (PRAGMA foreign_key_check)"
        ))),
    }
}

/// How many rows break a foreign key.
fn foreign_key_problems(conn: &Connection) -> Result<usize, LedgerError> {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let mut rows = stmt.query([])?;
    let mut n = 0;
    while rows.next()?.is_some() {
        n += 1;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(Migrations::from_slice(MIGRATIONS).validate().is_ok());
    }
}
