//! Loading many invoices with their histories at once, for the due queue and the lists.
//!
//! The due queue over 100k invoices must answer in well under a second, so it never does
//! one query per invoice: it runs four ordered queries (invoices, payments, letters,
//! events) over the same filter and merge-joins them by invoice id in memory.

use chrono::NaiveDate;
use rusqlite::{Row, ToSql};

/// The debtor's kind as the ladder sees it. A natural person under UK law (a sole trader
/// included) counts as a consumer: the Pre-Action Protocol for Debt Claims gives every
/// individual the consumer's 30 days before court. The claim reads the client's own kind.
const LADDER_DEBTOR: &str = "CASE WHEN c.individual = 1 AND COALESCE(c.law, \
     CASE (SELECT country FROM profile WHERE id = 1) WHEN 'GB' THEN 'GB' END) = 'GB' \
     THEN 'consumer' ELSE c.kind END";

use super::invoices::{
    EVENT_COLUMNS, EVENT_ENGINE_COLUMNS, INVOICE_COLUMNS, INVOICE_ENGINE_COLUMNS, INVOICE_WIDTH,
    LETTER_COLUMNS, LETTER_ENGINE_COLUMNS, PAYMENT_COLUMNS, PAYMENT_ENGINE_COLUMNS, event_from_row,
    invoice_from_row, letter_from_row, opt_date_at, payment_from_row,
};
use super::{Result, Tx};
use crate::domain::condensed::Condensed;
use crate::domain::events::Event;
use crate::domain::invoice::{Invoice, InvoiceId, Payment};
use crate::domain::ladder::{Case, Letter};
use crate::domain::party::{ClientId, ClientKind};

/// The condensed history's columns, in [`condensed_from_row`] order.
const CONDENSED_COLUMNS: &str =
    "i.paid_minor, i.settled_on, i.last_fact_on, i.last_stage, i.last_sent, i.last_deadline,
    i.dispute_since, i.promise_until, i.pause_until, i.handed_over_on, i.written_off_on";

fn condensed_from_row(r: &Row, at: usize) -> rusqlite::Result<Condensed> {
    let date = |i: usize| opt_date_at(r, at + i);
    let last_letter = match (r.get(at + 3)?, date(4)?, date(5)?) {
        (Some(stage), Some(sent), Some(deadline)) => Some((stage, sent, deadline)),
        _ => None,
    };
    Ok(Condensed {
        paid_minor: r.get(at)?,
        settled_on: date(1)?,
        last_fact_on: date(2)?,
        last_letter,
        dispute_since: date(6)?,
        promise_until: date(7)?,
        pause_until: date(8)?,
        handed_over_on: date(9)?,
        written_off_on: date(10)?,
    })
}

/// One invoice with its client's name and kind and its whole history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseData {
    /// The invoice.
    pub invoice: Invoice,
    /// The client's name.
    pub client_name: String,
    /// The client's kind as the ladder sees it: a UK individual counts as a consumer (see
    /// `LADDER_DEBTOR`).
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
    /// Issued on or before the day, closed or not.
    IssuedOn(NaiveDate),
    /// One invoice.
    One(InvoiceId),
    /// The invoices of one client.
    Client(ClientId),
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
            CaseFilter::IssuedOn(day) => ("i.issued <= ?1", Some(Box::new(day))),
            CaseFilter::One(id) => ("i.id = ?1", Some(Box::new(id))),
            CaseFilter::Client(id) => ("i.client_id = ?1", Some(Box::new(id))),
        }
    }
}

impl Tx<'_> {
    /// Loads the invoices the filter selects, ordered by id, with their histories.
    pub fn cases(&self, filter: CaseFilter) -> Result<Vec<CaseData>> {
        self.load_cases(filter, false)
    }

    /// Calls `f` for every invoice open on `today`, with the history the escalation
    /// engine reads: the condensed history stored beside each invoice where it is exact
    /// (every fact dated on or before `today`), else the full history without texts.
    /// The due queue uses it: one row per open invoice in the usual case, whatever the
    /// length of the histories, and nothing kept in memory between invoices.
    pub fn each_case_for_engine(&self, today: NaiveDate, f: impl FnMut(&CaseData)) -> Result<()> {
        self.each_condensed(CaseFilter::OpenOn(today), today, f)
    }

    /// Like [`Tx::each_case_for_engine`], for every invoice issued on or before `today`,
    /// closed or not: the window's invoice table reads it once per change, never per frame.
    pub fn each_issued_case_for_engine(
        &self,
        today: NaiveDate,
        f: impl FnMut(&CaseData),
    ) -> Result<()> {
        self.each_condensed(CaseFilter::IssuedOn(today), today, f)
    }

    fn each_condensed(
        &self,
        filter: CaseFilter,
        today: NaiveDate,
        mut f: impl FnMut(&CaseData),
    ) -> Result<()> {
        let (clause, _) = filter.clause();
        let mut stmt = self.prepare_cached(&format!(
            "SELECT {INVOICE_ENGINE_COLUMNS}, c.name, {LADDER_DEBTOR}, {CONDENSED_COLUMNS}
             FROM invoices i JOIN clients c ON c.id = i.client_id WHERE {clause} ORDER BY i.id"
        ))?;
        let mut inexact = std::collections::HashSet::new();
        let mut rows = stmt.query([today])?;
        while let Some(r) = rows.next()? {
            let condensed = condensed_from_row(r, INVOICE_WIDTH + 2)?;
            let invoice = invoice_from_row(r, 0)?;
            if !condensed.exact_on(today) {
                inexact.insert(invoice.id);
                continue;
            }
            let history = condensed.history();
            f(&CaseData {
                invoice,
                client_name: r.get(INVOICE_WIDTH)?,
                debtor: r.get(INVOICE_WIDTH + 1)?,
                payments: history.payments,
                letters: history.letters,
                events: history.events,
            });
        }
        if !inexact.is_empty() {
            // Replaying a day before some recorded facts: for those invoices only the
            // full history is exact.
            for case in self.load_cases(filter, true)? {
                if inexact.contains(&case.invoice.id) {
                    f(&case);
                }
            }
        }
        Ok(())
    }

    fn load_cases(&self, filter: CaseFilter, engine_only: bool) -> Result<Vec<CaseData>> {
        let (clause, param) = filter.clause();
        let params: Vec<&dyn ToSql> = param.iter().map(|p| p.as_ref()).collect();
        let columns = if engine_only {
            [
                INVOICE_ENGINE_COLUMNS,
                PAYMENT_ENGINE_COLUMNS,
                LETTER_ENGINE_COLUMNS,
                EVENT_ENGINE_COLUMNS,
            ]
        } else {
            [
                INVOICE_COLUMNS,
                PAYMENT_COLUMNS,
                LETTER_COLUMNS,
                EVENT_COLUMNS,
            ]
        };
        let [
            invoice_columns,
            payment_columns,
            letter_columns,
            event_columns,
        ] = columns;
        let mut cases: Vec<CaseData> = {
            let mut stmt = self.prepare_cached(&format!(
                "SELECT {invoice_columns}, c.name, {LADDER_DEBTOR} FROM invoices i JOIN clients c ON c.id = i.client_id
                 WHERE {clause} ORDER BY i.id"
            ))?;
            let rows = stmt.query_map(params.as_slice(), |r| {
                Ok(CaseData {
                    invoice: invoice_from_row(r, 0)?,
                    client_name: r.get(INVOICE_WIDTH)?,
                    debtor: r.get(INVOICE_WIDTH + 1)?,
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
        // Broad filters read each child table in invoice order straight from its
        // covering index (one sequential pass, no seeks, no sort), merge-joined with the
        // selected invoices; rows of invoices not selected are skipped undecoded.
        // Narrow filters (one invoice, one client) probe the index through a join.
        let narrow = matches!(filter, CaseFilter::One(_) | CaseFilter::Client(_));
        let child = |table: &str, alias: &str, columns: &str| {
            if narrow {
                format!(
                    "SELECT {alias}.invoice_id, {columns} FROM invoices i JOIN {table} {alias}
                     ON {alias}.invoice_id = i.id WHERE {clause} ORDER BY i.id"
                )
            } else {
                format!(
                    "SELECT {alias}.invoice_id, {columns} FROM {table} {alias} INDEXED BY {table}_invoice
                     ORDER BY {alias}.invoice_id"
                )
            }
        };
        let params: Vec<&dyn ToSql> = if narrow { params } else { vec![] };
        let sql = child("payments", "p", payment_columns);
        self.merge_children(&sql, &params, &mut cases, payment_from_row, |c| {
            &mut c.payments
        })?;
        let sql = child("letter_invoices", "l", letter_columns);
        self.merge_children(&sql, &params, &mut cases, letter_from_row, |c| {
            &mut c.letters
        })?;
        let sql = child("events", "e", event_columns);
        self.merge_children(&sql, &params, &mut cases, event_from_row, |c| &mut c.events)?;
        for c in &mut cases {
            c.payments.sort_by_key(|p| (p.date, p.id));
            c.letters.sort_by_key(|l| (l.sent, l.id));
            c.events.sort_by_key(|e| (e.date, e.id));
        }
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
        self.cases(CaseFilter::One(id))?.pop().ok_or_else(|| {
            super::LedgerError::NotFound(crate::t!("err-ledger-no-invoice-id", id = id.to_string()))
        })
    }

    /// How many invoices the ledger holds.
    pub fn invoice_count(&self) -> Result<i64> {
        Ok(self.query_row("SELECT COUNT(*) FROM invoices", [], |r| r.get(0))?)
    }
}
