//! Corrections: the writes that change or take back what was recorded, each leaving a row
//! in `corrections` with the reason and what it was. A voided payment or an undone
//! handover is moved out of the history the engine reads, and into the correction's
//! detail, so the ladder, the balance and the claim follow the surviving facts alone.

use rusqlite::{OptionalExtension, params};

use super::invoices::{EVENT_COLUMNS, PAYMENT_COLUMNS, event_from_row, payment_from_row};
use super::{LedgerError, Result, Tx, refuse_duplicate};
use crate::domain::events::{Correction, CorrectionKind, Event};
use crate::domain::invoice::{Invoice, InvoiceId, Payment, Receipt};

impl Tx<'_> {
    /// Records a correction. `invoice` is `None` for an invoice deleted by it.
    pub fn insert_correction(&self, invoice: Option<InvoiceId>, c: &Correction) -> Result<i64> {
        self.execute(
            "INSERT INTO corrections (invoice_id, number, date, kind, reason, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![invoice, c.number, c.date, c.kind, c.reason, c.detail],
        )?;
        Ok(self.last_insert_rowid())
    }

    /// The corrections made to the invoice numbered `number` (deleted or not), oldest first.
    pub fn corrections(&self, number: &str) -> Result<Vec<Correction>> {
        let mut stmt = self.prepare_cached(
            "SELECT id, number, date, kind, reason, detail FROM corrections WHERE number = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([number], |r| {
            Ok(Correction {
                id: r.get(0)?,
                number: r.get(1)?,
                date: super::invoices::date_at(r, 2)?,
                kind: r.get(3)?,
                reason: r.get(4)?,
                detail: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A payment by its id, with its invoice.
    pub fn payment(&self, id: i64) -> Result<(InvoiceId, Payment)> {
        self.query_row(
            &format!("SELECT p.invoice_id, {PAYMENT_COLUMNS} FROM payments p WHERE p.id = ?1"),
            [id],
            |r| Ok((r.get(0)?, payment_from_row(r, 1)?)),
        )
        .optional()?
        .ok_or_else(|| {
            LedgerError::NotFound(crate::t!("err-ledger-no-payment-id", id = id.to_string()))
        })
    }

    /// Records interest and compensation received, beside the payment that brought them.
    pub fn insert_receipt(&self, invoice: InvoiceId, r: &Receipt) -> Result<i64> {
        self.execute(
            "INSERT INTO claim_receipts (invoice_id, payment_id, date, interest_minor, compensation_minor,
                 method, note)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                invoice,
                r.payment_id,
                r.date,
                r.interest_minor,
                r.compensation_minor,
                r.method,
                r.note
            ],
        )?;
        Ok(self.last_insert_rowid())
    }

    /// The interest and compensation received on an invoice.
    pub fn receipts(&self, invoice: InvoiceId) -> Result<Vec<Receipt>> {
        let mut stmt = self.prepare_cached(
            "SELECT id, payment_id, date, interest_minor, compensation_minor, method, note FROM claim_receipts
             WHERE invoice_id = ?1 ORDER BY date, id",
        )?;
        let rows = stmt.query_map([invoice], |r| {
            Ok(Receipt {
                id: r.get(0)?,
                payment_id: r.get(1)?,
                date: super::invoices::date_at(r, 2)?,
                interest_minor: r.get(3)?,
                compensation_minor: r.get(4)?,
                method: r.get(5)?,
                note: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Takes a payment out of the invoice's history (its correction keeps what it was),
    /// with the interest and compensation it brought.
    pub fn remove_payment(&self, id: i64) -> Result<(InvoiceId, Payment)> {
        let (invoice, payment) = self.payment(id)?;
        self.execute("DELETE FROM claim_receipts WHERE payment_id = ?1", [id])?;
        self.execute("DELETE FROM payments WHERE id = ?1", [id])?;
        self.refresh_lifecycle(invoice)?;
        Ok((invoice, payment))
    }

    /// Takes a log event out of the invoice's history (an undone handover or write-off).
    pub fn remove_event(&self, invoice: InvoiceId, id: i64) -> Result<Event> {
        let event = self
            .query_row(
                &format!(
                    "SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?1 AND e.invoice_id = ?2"
                ),
                params![id, invoice],
                |r| event_from_row(r, 0),
            )
            .optional()?
            .ok_or_else(|| {
                LedgerError::NotFound(crate::t!("err-ledger-no-event", id = id.to_string()))
            })?;
        self.execute("DELETE FROM events WHERE id = ?1", [id])?;
        self.refresh_lifecycle(invoice)?;
        Ok(event)
    }

    /// Replaces an invoice's fields (checked by the caller); refuses a number taken.
    pub fn update_invoice(&self, i: &Invoice) -> Result<()> {
        self.execute(
            "UPDATE invoices SET number = ?2, client_id = ?3, issued = ?4, due = ?5, amount_minor = ?6,
                 currency = ?7, description = ?8, terms = ?9, late_rate_bp = ?10, terms_agreed_on = ?11
             WHERE id = ?1",
            params![
                i.id,
                i.number.trim(),
                i.client_id,
                i.issued,
                i.due,
                i.amount_minor,
                i.currency,
                i.description,
                i.terms,
                i.late_rate_bp,
                i.terms_agreed_on
            ],
        )
        .map_err(|e| {
            refuse_duplicate(e, || {
                crate::t!(
                    "err-ledger-invoice-exists",
                    number = i.number.trim().to_string()
                )
            })
        })?;
        self.refresh_lifecycle(i.id)
    }

    /// Deletes an invoice that has no letters, with its payments and log; its corrections
    /// keep its number and no longer point at it.
    pub fn delete_invoice(&self, id: InvoiceId) -> Result<()> {
        let letters = self.letter_count(id)?;
        if letters > 0 {
            return Err(LedgerError::Invalid(crate::t!(
                "err-ledger-invoice-with-letters"
            )));
        }
        self.execute(
            "UPDATE corrections SET invoice_id = NULL WHERE invoice_id = ?1",
            [id],
        )?;
        self.execute("DELETE FROM claim_receipts WHERE invoice_id = ?1", [id])?;
        self.execute("DELETE FROM payments WHERE invoice_id = ?1", [id])?;
        self.execute("DELETE FROM events WHERE invoice_id = ?1", [id])?;
        self.execute("DELETE FROM invoices WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Whether this correction kind was recorded for the invoice.
    pub fn has_correction(&self, invoice: InvoiceId, kind: CorrectionKind) -> Result<bool> {
        let n: i64 = self.query_row(
            "SELECT count(*) FROM corrections WHERE invoice_id = ?1 AND kind = ?2",
            params![invoice, kind],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }
}
