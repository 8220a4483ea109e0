//! Loading many invoices with their histories at once, for the due queue and the lists.
//!
//! The due queue over 100k invoices must answer in well under a second, so it never does
//! one query per invoice: it runs four ordered queries (invoices, payments, letters,
//! events) over the same filter and merge-joins them by invoice id in memory.

use chrono::NaiveDate;
use rusqlite::{Row, ToSql};

use super::invoices::{
    EVENT_COLUMNS, INVOICE_COLUMNS, LETTER_COLUMNS, PAYMENT_COLUMNS, event_from_row,
    invoice_from_row, letter_from_row, payment_from_row,
};
use super::{Result, Tx};
use crate::domain::events::Event;
use crate::domain::invoice::{Invoice, InvoiceId, Payment};
use crate::domain::ladder::{Case, Letter};
use crate::domain::party::ClientKind;

/// One invoice with its client's name and kind and its whole history.
#[derive(Clone, Debug)]
pub struct CaseData {
    /// The invoice.
    pub invoice: Invoice,
    /// The client's name.
    pub client_name: String,
    /// The client's kind.
    pub debtor: ClientKind,
    /// Payments, by date.
    pub payments: Vec<Payment>,
    /// Letters, by date.
    pub letters: Vec<Letter>,
    /// Log events, by date.
    pub events: Vec<Event>,
}

impl CaseData {
    /// The view the engine reads.
    pub fn case(&self) -> Case<'_> {
        Case {
            invoice: &self.invoice,
            debtor: self.debtor,
            payments: &self.payments,
            letters: &self.letters,
            events: &self.events,
        }
    }
}

/// Which invoices to load.
#[derive(Clone, Copy, Debug)]
pub enum CaseFilter {
    /// Issued on or before the day and not yet closed (paid, handed over, written off) on it.
    OpenOn(NaiveDate),
    /// Every invoice.
    All,
    /// One invoice.
    One(InvoiceId),
}

impl CaseFilter {
    /// The WHERE clause on invoices aliased `i`, and its parameter.
    fn clause(&self) -> (&'static str, Option<Box<dyn ToSql>>) {
        match *self {
            CaseFilter::OpenOn(day) => (
                "i.issued <= ?1 AND (i.closed_on IS NULL OR i.closed_on > ?1)",
                Some(Box::new(day)),
            ),
            CaseFilter::All => ("1 = 1", None),
            CaseFilter::One(id) => ("i.id = ?1", Some(Box::new(id))),
        }
    }
}

impl Tx<'_> {
    /// Loads the invoices the filter selects, ordered by id, with their histories.
    pub fn cases(&self, filter: CaseFilter) -> Result<Vec<CaseData>> {
        let (clause, param) = filter.clause();
        let params: Vec<&dyn ToSql> = param.iter().map(|p| p.as_ref()).collect();
        let mut cases: Vec<CaseData> = {
            let mut stmt = self.prepare_cached(&format!(
                "SELECT {INVOICE_COLUMNS}, c.name, c.kind FROM invoices i JOIN clients c ON c.id = i.client_id
                 WHERE {clause} ORDER BY i.id"
            ))?;
            let rows = stmt.query_map(params.as_slice(), |r| {
                Ok(CaseData {
                    invoice: invoice_from_row(r, 0)?,
                    client_name: r.get(10)?,
                    debtor: r.get(11)?,
                    payments: vec![],
                    letters: vec![],
                    events: vec![],
                })
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if cases.is_empty() {
            return Ok(cases);
        }
        let child = |table: &str, alias: &str, columns: &str, order: &str| {
            format!(
                "SELECT {alias}.invoice_id, {columns} FROM {table} {alias} JOIN invoices i ON i.id = {alias}.invoice_id
                 WHERE {clause} ORDER BY {alias}.invoice_id, {order}"
            )
        };
        let sql = child("payments", "p", PAYMENT_COLUMNS, "p.date, p.id");
        self.merge_children(&sql, &params, &mut cases, payment_from_row, |c| {
            &mut c.payments
        })?;
        let sql = child("letters", "l", LETTER_COLUMNS, "l.sent, l.id");
        self.merge_children(&sql, &params, &mut cases, letter_from_row, |c| {
            &mut c.letters
        })?;
        let sql = child("events", "e", EVENT_COLUMNS, "e.date, e.id");
        self.merge_children(&sql, &params, &mut cases, event_from_row, |c| &mut c.events)?;
        Ok(cases)
    }

    /// Runs `sql` (rows ordered by invoice id, the id first) and appends each row to
    /// its case, walking both lists once.
    fn merge_children<T>(
        &self,
        sql: &str,
        params: &[&dyn ToSql],
        cases: &mut [CaseData],
        read: fn(&Row, usize) -> rusqlite::Result<T>,
        slot: fn(&mut CaseData) -> &mut Vec<T>,
    ) -> Result<()> {
        let mut stmt = self.prepare_cached(sql)?;
        let mut rows = stmt.query(params)?;
        let mut at = 0;
        while let Some(row) = rows.next()? {
            let id: InvoiceId = row.get(0)?;
            while at < cases.len() && cases[at].invoice.id < id {
                at += 1;
            }
            if let Some(case) = cases.get_mut(at).filter(|c| c.invoice.id == id) {
                slot(case).push(read(row, 1)?);
            }
        }
        Ok(())
    }

    /// One invoice with its history.
    pub fn case(&self, id: InvoiceId) -> Result<CaseData> {
        self.cases(CaseFilter::One(id))?
            .pop()
            .ok_or_else(|| super::LedgerError::NotFound(format!("no invoice with id {id}")))
    }

    /// How many invoices the ledger holds.
    pub fn invoice_count(&self) -> Result<i64> {
        Ok(self.query_row("SELECT COUNT(*) FROM invoices", [], |r| r.get(0))?)
    }
}
