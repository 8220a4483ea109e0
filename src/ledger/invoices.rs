//! Invoices and everything recorded against one: payments, letters and log events.
//!
//! Every write here also refreshes the invoice's stored lifecycle (`status`, `closed_on`),
//! inside the same transaction, so the fast queries of the due queue can trust it.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::{LedgerError, Result, Tx, refuse_duplicate};
use crate::domain::condensed::condense;
use crate::domain::events::Event;
use crate::domain::invoice::{Invoice, InvoiceId, NewInvoice, Payment};
use crate::domain::ladder::Letter;
use crate::domain::party::ClientId;

pub(super) const INVOICE_COLUMNS: &str = "i.id, i.number, i.client_id, i.issued, i.due, i.amount_minor, i.currency, i.description, i.terms, i.late_rate_bp, i.terms_agreed_on";
pub(super) const PAYMENT_COLUMNS: &str = "p.id, p.date, p.amount_minor, p.method, p.note";
pub(super) const LETTER_COLUMNS: &str = "l.letter_id, l.stage, l.sent, l.deadline, l.principal_minor, l.interest_minor, l.compensation_minor, l.forced";
pub(super) const EVENT_COLUMNS: &str = "e.id, e.date, e.kind, e.until, e.text";
/// What the engine needs of an invoice (description, terms, rate left out), same layout.
pub(super) const INVOICE_ENGINE_COLUMNS: &str = "i.id, i.number, i.client_id, i.issued, i.due, i.amount_minor, i.currency, NULL, NULL, NULL, NULL";
/// How many columns an invoice takes in a row (`INVOICE_COLUMNS`, `INVOICE_ENGINE_COLUMNS`).
pub(super) const INVOICE_WIDTH: usize = 11;
/// What the engine needs of a letter (the amounts claimed left out), same layout.
pub(super) const LETTER_ENGINE_COLUMNS: &str =
    "l.letter_id, l.stage, l.sent, l.deadline, 0, 0, 0, 0";
/// What the engine needs of a payment (method and note left out), same layout.
pub(super) const PAYMENT_ENGINE_COLUMNS: &str = "p.id, p.date, p.amount_minor, NULL, NULL";
/// What the engine needs of an event (text left out), same layout.
pub(super) const EVENT_ENGINE_COLUMNS: &str = "e.id, e.date, e.kind, e.until, ''";

/// Reads an ISO `YYYY-MM-DD` date column without chrono's format machinery (the due
/// queue reads hundreds of thousands of them); anything else falls back to chrono.
pub(super) fn date_at(r: &Row, i: usize) -> rusqlite::Result<NaiveDate> {
    let text = r.get_ref(i)?.as_str()?;
    let b = text.as_bytes();
    let digits = |s: &[u8]| {
        s.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(&b[0..4]), digits(&b[5..7]), digits(&b[8..10]))
        && let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d)
    {
        return Ok(date);
    }
    r.get(i)
}

pub(super) fn opt_date_at(r: &Row, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match r.get_ref(i)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => date_at(r, i).map(Some),
    }
}

/// Reads an invoice from columns starting at `at` (in `INVOICE_COLUMNS` order).
pub(super) fn invoice_from_row(r: &Row, at: usize) -> rusqlite::Result<Invoice> {
    Ok(Invoice {
        id: r.get(at)?,
        number: r.get(at + 1)?,
        client_id: r.get(at + 2)?,
        issued: date_at(r, at + 3)?,
        due: date_at(r, at + 4)?,
        amount_minor: r.get(at + 5)?,
        currency: r.get(at + 6)?,
        description: r.get(at + 7)?,
        terms: r.get(at + 8)?,
        terms_agreed_on: opt_date_at(r, at + 10)?,
        late_rate_bp: r.get(at + 9)?,
    })
}

pub(super) fn payment_from_row(r: &Row, at: usize) -> rusqlite::Result<Payment> {
    Ok(Payment {
        id: r.get(at)?,
        date: date_at(r, at + 1)?,
        amount_minor: r.get(at + 2)?,
        method: r.get(at + 3)?,
        note: r.get(at + 4)?,
    })
}

pub(super) fn letter_from_row(r: &Row, at: usize) -> rusqlite::Result<Letter> {
    Ok(Letter {
        id: r.get(at)?,
        stage: r.get(at + 1)?,
        sent: date_at(r, at + 2)?,
        deadline: date_at(r, at + 3)?,
        principal_minor: r.get(at + 4)?,
        interest_minor: r.get(at + 5)?,
        compensation_minor: r.get(at + 6)?,
        forced: r.get(at + 7)?,
    })
}

pub(super) fn event_from_row(r: &Row, at: usize) -> rusqlite::Result<Event> {
    Ok(Event {
        id: r.get(at)?,
        date: date_at(r, at + 1)?,
        kind: r.get(at + 2)?,
        until: opt_date_at(r, at + 3)?,
        text: r.get(at + 4)?,
    })
}

impl Tx<'_> {
    /// Adds an invoice; refuses a number already in the ledger.
    pub fn insert_invoice(&self, n: &NewInvoice) -> Result<InvoiceId> {
        n.validate()
            .map_err(|e| LedgerError::Invalid(e.to_string()))?;
        let mut stmt = self.prepare_cached(
            "INSERT INTO invoices (number, client_id, issued, due, amount_minor, currency, description, terms, late_rate_bp, terms_agreed_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        stmt.execute(params![
            n.number.trim(),
            n.client_id,
            n.issued,
            n.due,
            n.amount_minor,
            n.currency,
            n.description,
            n.terms,
            n.late_rate_bp,
            n.terms_agreed_on
        ])
        .map_err(|e| {
            refuse_duplicate(e, || {
                crate::t!(
                    "err-ledger-invoice-exists",
                    number = n.number.trim().to_string()
                )
            })
        })?;
        Ok(InvoiceId(self.last_insert_rowid()))
    }

    /// The id of the invoice with this exact number.
    pub fn invoice_id_by_number(&self, number: &str) -> Result<Option<InvoiceId>> {
        let mut stmt = self.prepare_cached("SELECT id FROM invoices WHERE number = ?1")?;
        Ok(stmt.query_row([number.trim()], |r| r.get(0)).optional()?)
    }

    /// The invoice with this exact number.
    pub fn invoice_by_number(&self, number: &str) -> Result<Invoice> {
        self.query_row(
            &format!("SELECT {INVOICE_COLUMNS} FROM invoices i WHERE i.number = ?1"),
            [number.trim()],
            |r| invoice_from_row(r, 0),
        )
        .optional()?
        .ok_or_else(|| {
            LedgerError::NotFound(crate::t!(
                "err-ledger-no-invoice-numbered",
                number = number.trim().to_string()
            ))
        })
    }

    /// Payments of one invoice, by date.
    pub fn payments(&self, id: InvoiceId) -> Result<Vec<Payment>> {
        let mut stmt = self.prepare_cached(&format!(
            "SELECT {PAYMENT_COLUMNS} FROM payments p WHERE p.invoice_id = ?1 ORDER BY p.date, p.id"
        ))?;
        let rows = stmt.query_map([id], |r| payment_from_row(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Log events of one invoice, by date.
    pub fn events(&self, id: InvoiceId) -> Result<Vec<Event>> {
        let mut stmt = self.prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM events e WHERE e.invoice_id = ?1 ORDER BY e.date, e.id"
        ))?;
        let rows = stmt.query_map([id], |r| event_from_row(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a payment (the caller has checked it against the balance).
    pub fn insert_payment(&self, id: InvoiceId, p: &Payment) -> Result<i64> {
        let new_id = self.insert_payment_row(id, p)?;
        self.refresh_lifecycle(id)?;
        Ok(new_id)
    }

    fn insert_payment_row(&self, id: InvoiceId, p: &Payment) -> Result<i64> {
        let mut stmt = self.prepare_cached(
            "INSERT INTO payments (invoice_id, date, amount_minor, method, note) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        stmt.execute(params![id, p.date, p.amount_minor, p.method, p.note])?;
        Ok(self.last_insert_rowid())
    }

    /// Appends a log event.
    pub fn insert_event(&self, id: InvoiceId, e: &Event) -> Result<i64> {
        let new_id = self.insert_event_row(id, e)?;
        self.refresh_lifecycle(id)?;
        Ok(new_id)
    }

    fn insert_event_row(&self, id: InvoiceId, e: &Event) -> Result<i64> {
        let mut stmt = self.prepare_cached(
            "INSERT INTO events (invoice_id, date, kind, until, text) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        stmt.execute(params![id, e.date, e.kind, e.until, e.text])?;
        Ok(self.last_insert_rowid())
    }

    /// Recomputes the stored lifecycle (`status`, `closed_on`) and condensed history of
    /// one invoice from its full history. Every write to an invoice's history calls it
    /// inside the same transaction.
    pub fn refresh_lifecycle(&self, id: InvoiceId) -> Result<()> {
        let case = self.case(id)?;
        let c = condense(&case.case());
        let closings = [
            (c.settled_on, "paid"),
            (c.handed_over_on, "handed_over"),
            (c.written_off_on, "written_off"),
        ];
        let closed = closings
            .iter()
            .filter_map(|(d, s)| d.map(|d| (d, *s)))
            .min();
        let (stage, sent, deadline) = match c.last_letter {
            Some((stage, sent, deadline)) => (Some(stage), Some(sent), Some(deadline)),
            None => (None, None, None),
        };
        let mut stmt = self.prepare_cached(
            "UPDATE invoices SET status = ?2, closed_on = ?3, paid_minor = ?4, last_fact_on = ?5, last_stage = ?6,
                 last_sent = ?7, last_deadline = ?8, dispute_since = ?9, promise_until = ?10, pause_until = ?11,
                 handed_over_on = ?12, written_off_on = ?13, settled_on = ?14
             WHERE id = ?1",
        )?;
        stmt.execute(params![
            id,
            closed.map_or("open", |c| c.1),
            closed.map(|c| c.0),
            c.paid_minor,
            c.last_fact_on,
            stage,
            sent,
            deadline,
            c.dispute_since,
            c.promise_until,
            c.pause_until,
            c.handed_over_on,
            c.written_off_on,
            c.settled_on
        ])?;
        Ok(())
    }

    /// Records a whole history at once (demo data, bulk loads), refreshing once.
    pub fn insert_history(
        &self,
        id: InvoiceId,
        payments: &[Payment],
        letters: &[Letter],
        events: &[Event],
    ) -> Result<()> {
        let (currency, client): (String, ClientId) = self.query_row(
            "SELECT currency, client_id FROM invoices WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        for p in payments {
            self.insert_payment_row(id, p)?;
        }
        for l in letters {
            self.insert_stage_letter_rows(client, &currency, &[(id, l.clone())])?;
        }
        for e in events {
            self.insert_event_row(id, e)?;
        }
        self.refresh_lifecycle(id)
    }
}
