//! Letters: what was sent, to which client, covering which invoices, with the PDF.
//!
//! A letter is written to a client. A stage letter covers one or more invoices of that
//! client, one currency and one ladder stage (`letter_invoices` lists them, with each
//! invoice's sums); a statement of account covers none and moves nothing up the ladder.
//! Letters are written once and never changed or deleted (the schema's triggers).

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::invoices::{LETTER_COLUMNS, date_at, letter_from_row, opt_date_at};
use super::{LedgerError, Result, Tx, refuse_duplicate};
use crate::domain::invoice::InvoiceId;
use crate::domain::ladder::{Letter, Stage};
use crate::domain::party::{ClientId, Language};

/// What kind of letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// A ladder stage's letter, for one invoice or several.
    Stage,
    /// A statement of account.
    Statement,
    /// A letter about the interest and compensation alone, once the principal is paid.
    Interest,
}

impl LetterKind {
    /// The kind's name in the ledger and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::Stage => "stage",
            LetterKind::Statement => "statement",
            LetterKind::Interest => "interest",
        }
    }

    fn parse(s: &str) -> LetterKind {
        match s {
            "statement" => LetterKind::Statement,
            "interest" => LetterKind::Interest,
            _ => LetterKind::Stage,
        }
    }
}

/// A letter as stored, with the PDF that was sent.
#[derive(Clone, Debug)]
pub struct StoredLetter {
    /// Letter id.
    pub id: i64,
    /// Stage.
    pub stage: Stage,
    /// Day sent.
    pub sent: NaiveDate,
    /// The PDF bytes, if the letter was rendered when sent.
    pub pdf: Option<Vec<u8>>,
    /// Their sha256, hex.
    pub sha256: Option<String>,
}

/// A letter sent to a client, as its history lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClientLetter {
    /// Letter id.
    pub id: i64,
    /// Stage letter or statement.
    pub kind: LetterKind,
    /// The stage, for a stage letter.
    pub stage: Option<Stage>,
    /// Day sent.
    pub sent: NaiveDate,
    /// The deadline it gave, for a stage letter.
    pub deadline: Option<NaiveDate>,
    /// What it asked for, minor units (a stage letter).
    pub total_minor: Option<i64>,
    /// Its currency (a stage letter).
    pub currency: Option<String>,
    /// The invoices it covers, by number.
    pub invoices: Vec<String>,
    /// The stored PDF's sha256.
    pub sha256: Option<String>,
}

/// The columns [`client_letter_from_row`] reads, from `letters l`.
pub(super) const CLIENT_LETTER_COLUMNS: &str =
    "l.id, l.kind, l.stage, l.sent, l.deadline, l.total_minor, l.currency, l.pdf_sha256";

/// A letter's facts from the first columns of a row ([`CLIENT_LETTER_COLUMNS`]); its
/// invoices are filled in afterwards.
pub(super) fn client_letter_from_row(r: &rusqlite::Row) -> rusqlite::Result<ClientLetter> {
    Ok(ClientLetter {
        id: r.get(0)?,
        kind: LetterKind::parse(&r.get::<_, String>(1)?),
        stage: r.get(2)?,
        sent: date_at(r, 3)?,
        deadline: opt_date_at(r, 4)?,
        total_minor: r.get(5)?,
        currency: r.get(6)?,
        invoices: Vec::new(),
        sha256: r.get(7)?,
    })
}

impl Tx<'_> {
    /// Letters of one invoice, by date: each letter that covers it, with its sums.
    pub fn letters(&self, id: InvoiceId) -> Result<Vec<Letter>> {
        let mut stmt = self.prepare_cached(&format!(
            "SELECT {LETTER_COLUMNS} FROM letter_invoices l WHERE l.invoice_id = ?1
             ORDER BY l.sent, l.letter_id"
        ))?;
        let rows = stmt.query_map([id], |r| letter_from_row(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a sent letter for one invoice; a stage is sent at most once per invoice.
    pub fn insert_letter(&self, id: InvoiceId, l: &Letter, currency: &str) -> Result<i64> {
        let client: ClientId =
            self.query_row("SELECT client_id FROM invoices WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        self.insert_stage_letter(client, currency, &[(id, l.clone())])
    }

    /// Records one stage letter to `client` covering each invoice of `lines` (with its
    /// sums); the stage, day, deadline and force are the first line's, which all share.
    /// A stage is sent at most once per invoice.
    pub fn insert_stage_letter(
        &self,
        client: ClientId,
        currency: &str,
        lines: &[(InvoiceId, Letter)],
    ) -> Result<i64> {
        let id = self.insert_stage_letter_rows(client, currency, lines)?;
        for (invoice, _) in lines {
            self.refresh_lifecycle(*invoice)?;
        }
        Ok(id)
    }

    pub(super) fn insert_stage_letter_rows(
        &self,
        client: ClientId,
        currency: &str,
        lines: &[(InvoiceId, Letter)],
    ) -> Result<i64> {
        let Some((_, first)) = lines.first() else {
            return Err(LedgerError::Invalid(
                "a letter covers at least one invoice".into(),
            ));
        };
        let total: i64 = lines
            .iter()
            .map(|(_, l)| l.principal_minor + l.interest_minor + l.compensation_minor)
            .sum();
        let mut stmt = self.prepare_cached(
            "INSERT INTO letters (kind, client_id, stage, sent, deadline, total_minor, currency, forced)
             VALUES ('stage', ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        stmt.execute(params![
            client,
            first.stage,
            first.sent,
            first.deadline,
            total,
            currency,
            first.forced
        ])?;
        let letter = self.last_insert_rowid();
        let mut stmt = self.prepare_cached(
            "INSERT INTO letter_invoices (letter_id, invoice_id, stage, sent, deadline, principal_minor,
                 interest_minor, compensation_minor, forced)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for (invoice, l) in lines {
            stmt.execute(params![
                letter,
                invoice,
                first.stage,
                first.sent,
                first.deadline,
                l.principal_minor,
                l.interest_minor,
                l.compensation_minor,
                first.forced
            ])
            .map_err(|e| {
                refuse_duplicate(e, || {
                    crate::t!(
                        "err-ledger-stage-already-sent",
                        stage = first.stage.as_str()
                    )
                })
            })?;
        }
        Ok(letter)
    }

    /// Records a statement of account sent to `client` on `sent`; it covers no invoice
    /// and moves none up the ladder.
    pub fn insert_statement(&self, client: ClientId, sent: NaiveDate) -> Result<i64> {
        self.execute(
            "INSERT INTO letters (kind, client_id, sent) VALUES ('statement', ?1, ?2)",
            params![client, sent],
        )?;
        Ok(self.last_insert_rowid())
    }

    /// Records a letter to `client` about the interest and compensation alone still owed
    /// on `invoice`, asking for `total_minor` by `deadline`.
    pub fn insert_interest_letter(
        &self,
        client: ClientId,
        invoice: InvoiceId,
        sent: NaiveDate,
        deadline: NaiveDate,
        total_minor: i64,
        currency: &str,
    ) -> Result<i64> {
        self.execute(
            "INSERT INTO letters (kind, client_id, sent, deadline, total_minor, currency)
             VALUES ('interest', ?1, ?2, ?3, ?4, ?5)",
            params![client, sent, deadline, total_minor, currency],
        )?;
        let id = self.last_insert_rowid();
        self.execute(
            "INSERT INTO letter_about (letter_id, invoice_id) VALUES (?1, ?2)",
            params![id, invoice],
        )?;
        Ok(id)
    }

    /// The letters about an invoice's interest alone: (id, day sent, deadline, asked).
    pub fn interest_letters(
        &self,
        invoice: InvoiceId,
    ) -> Result<Vec<(i64, NaiveDate, NaiveDate, i64)>> {
        let mut stmt = self.prepare_cached(
            "SELECT l.id, l.sent, l.deadline, l.total_minor FROM letter_about a
             JOIN letters l ON l.id = a.letter_id
             WHERE a.invoice_id = ?1 AND l.kind = 'interest' ORDER BY l.sent, l.id",
        )?;
        let rows = stmt.query_map([invoice], |r| {
            Ok((r.get(0)?, date_at(r, 1)?, date_at(r, 2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Stores the exact PDF sent with a letter, once: a stored PDF is never replaced.
    pub fn attach_pdf(
        &self,
        letter_id: i64,
        pdf: &[u8],
        sha256: &str,
        language: Language,
    ) -> Result<()> {
        let changed = self.execute(
            "UPDATE letters SET pdf = ?2, pdf_sha256 = ?3, language = ?4 WHERE id = ?1 AND pdf IS NULL",
            params![letter_id, pdf, sha256, language],
        )?;
        if changed == 0 {
            return Err(LedgerError::Invalid(crate::t!(
                "err-ledger-letter-has-pdf",
                id = letter_id.to_string()
            )));
        }
        Ok(())
    }

    /// The invoices that have a letter without a stored PDF.
    pub fn invoices_with_letters_lacking_pdf(&self) -> Result<Vec<InvoiceId>> {
        let mut stmt = self.prepare_cached(
            "SELECT DISTINCT li.invoice_id FROM letter_invoices li JOIN letters l ON l.id = li.letter_id
             WHERE l.pdf IS NULL ORDER BY li.invoice_id",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The letters covering an invoice with their stored PDFs, by date.
    pub fn stored_letters(&self, id: InvoiceId) -> Result<Vec<StoredLetter>> {
        let mut stmt = self.prepare_cached(
            "SELECT l.id, li.stage, l.sent, l.pdf, l.pdf_sha256
             FROM letter_invoices li JOIN letters l ON l.id = li.letter_id
             WHERE li.invoice_id = ?1 ORDER BY l.sent, l.id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(StoredLetter {
                id: r.get(0)?,
                stage: r.get(1)?,
                sent: date_at(r, 2)?,
                pdf: r.get(3)?,
                sha256: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many letters cover an invoice.
    pub fn letter_count(&self, id: InvoiceId) -> Result<i64> {
        Ok(self.query_row(
            "SELECT count(*) FROM letter_invoices WHERE invoice_id = ?1",
            [id],
            |r| r.get(0),
        )?)
    }

    /// The invoice numbers a letter covers, in the order it lists them (the one it is
    /// about, for a letter about interest alone).
    pub fn letter_invoice_numbers(&self, letter_id: i64) -> Result<Vec<String>> {
        let mut stmt = self.prepare_cached(
            "SELECT number FROM (
                 SELECT i.number, li.rowid AS k FROM letter_invoices li
                 JOIN invoices i ON i.id = li.invoice_id WHERE li.letter_id = ?1
                 UNION ALL
                 SELECT i.number, 0 FROM letter_about a JOIN invoices i ON i.id = a.invoice_id
                 WHERE a.letter_id = ?1)
             ORDER BY k",
        )?;
        let rows = stmt.query_map([letter_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every letter sent to a client, by date, with the invoices each covers.
    pub fn client_letters(&self, client: ClientId) -> Result<Vec<ClientLetter>> {
        let mut stmt = self.prepare_cached(&format!(
            "SELECT {CLIENT_LETTER_COLUMNS} FROM letters l WHERE l.client_id = ?1
             ORDER BY l.sent, l.id"
        ))?;
        let rows = stmt.query_map([client], client_letter_from_row)?;
        let mut letters: Vec<ClientLetter> = rows.collect::<rusqlite::Result<_>>()?;
        for l in &mut letters {
            l.invoices = self.letter_invoice_numbers(l.id)?;
        }
        Ok(letters)
    }

    /// A letter's stage, for a stage letter.
    pub fn letter_stage(&self, letter_id: i64) -> Result<Option<Stage>> {
        Ok(self
            .query_row(
                "SELECT stage FROM letters WHERE id = ?1",
                [letter_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    /// One letter's stored PDF and the day it was sent, by id.
    pub fn letter_pdf(&self, letter_id: i64) -> Result<Option<(NaiveDate, Option<Vec<u8>>)>> {
        Ok(self
            .query_row(
                "SELECT sent, pdf FROM letters WHERE id = ?1",
                [letter_id],
                |r| Ok((date_at(r, 0)?, r.get(1)?)),
            )
            .optional()?)
    }
}
