//! Read-only views: the due queue, invoice rows, client totals (one invoice's page is
//! in `invoice_views.rs`).
//!
//! These are the shapes scripts read as JSON (their field names are a contract) and the
//! window will draw. Each is computed from one consistent snapshot of the ledger.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::domain::plan::letter_key;
use serde::Serialize;

use super::{ActionError, Result};

use crate::domain::invoice::{balance_on, days_overdue};
use crate::domain::ladder::{self, LadderPolicy, NextAction, Status};
use crate::domain::money::Currency;
use crate::domain::party::Client;
use crate::ledger::{CaseData, CaseFilter, DeliveryFilter, Ledger};

/// One row of the due queue.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DueRow {
    /// Invoice number.
    pub invoice: String,
    /// Client name.
    pub client: String,
    /// The stage to send, or `handover_ready`; `null` when nothing is due (`--all`).
    pub stage: Option<ladder::Step>,
    /// The deadline the letter will give.
    pub deadline: Option<NaiveDate>,
    /// The key of the letter the invoice goes in today (`overdue letters due`), when a
    /// letter is due.
    pub letter: Option<String>,
    /// Balance on the day.
    pub balance_minor: i64,
    /// Currency.
    pub currency: Currency,
    /// Days since the due date.
    pub days_overdue: i64,
    /// `send`, `handover` or `none` (only with `--all`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<ladder::NextActionKind>,
    /// Why nothing is due (only with `--all`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

pub(crate) fn due_row_of(
    case: &CaseData,
    action: &NextAction,
    today: NaiveDate,
    all: bool,
) -> DueRow {
    let inv = &case.invoice;
    let stage = action.step();
    let (deadline, letter) = match action {
        NextAction::Send { deadline, stage } => (
            Some(*deadline),
            Some(letter_key(today, inv.client_id.0, inv.currency, *stage)),
        ),
        _ => (None, None),
    };
    DueRow {
        invoice: inv.number.clone(),
        client: case.client_name.clone(),
        stage,
        deadline,
        letter,
        balance_minor: balance_on(inv, &case.payments, today),
        currency: inv.currency,
        days_overdue: days_overdue(inv, today),
        action: all.then(|| action.kind()),
        reason: match action {
            NextAction::Nothing(r) if all => Some(r.to_string()),
            _ => None,
        },
    }
}

/// The due queue on `today`: one row per invoice with an action, most overdue first.
/// With `all`, every open invoice, with its action or its reason for none.
pub fn due_queue(ledger: &mut Ledger, today: NaiveDate, all: bool) -> Result<Vec<DueRow>> {
    ledger.read(|tx| -> Result<_> {
        let policy = tx.policy()?;
        let mut rows = vec![];
        tx.each_case_for_engine(today, |case| {
            rows.extend(queue_row(case, &policy, today, all))
        })?;
        sort_queue(&mut rows);
        Ok(rows)
    })
}

/// Orders the queue: rows with an action first, most overdue first, then by number.
pub(crate) fn sort_queue(rows: &mut [DueRow]) {
    let idle = |r: &DueRow| r.stage.is_none();
    rows.sort_by(|a, b| {
        idle(a)
            .cmp(&idle(b))
            .then(b.days_overdue.cmp(&a.days_overdue))
            .then_with(|| a.invoice.cmp(&b.invoice))
    });
}

/// The due queue of already loaded cases.
pub fn queue_of(
    cases: &[CaseData],
    policy: &LadderPolicy,
    today: NaiveDate,
    all: bool,
) -> Vec<DueRow> {
    let mut rows: Vec<DueRow> = cases
        .iter()
        .filter_map(|c| queue_row(c, policy, today, all))
        .collect();
    sort_queue(&mut rows);
    rows
}

/// The queue row of one case, if it belongs in the queue.
fn queue_row(
    case: &CaseData,
    policy: &LadderPolicy,
    today: NaiveDate,
    all: bool,
) -> Option<DueRow> {
    let action = ladder::next_action(&case.case(), policy, today);
    (all || !matches!(action, NextAction::Nothing(_)))
        .then(|| due_row_of(case, &action, today, all))
}

/// An invoice as listed.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct InvoiceRow {
    /// Invoice number.
    pub number: String,
    /// Client name (shared by the rows of one client: the window holds 100k rows).
    pub client: Arc<str>,
    /// Issue date.
    pub issued: NaiveDate,
    /// Due date.
    pub due: NaiveDate,
    /// Gross amount.
    pub amount_minor: i64,
    /// Balance on the day.
    pub balance_minor: i64,
    /// Currency.
    pub currency: Currency,
    /// Position on the ladder: `none`, a stage, `handover_ready`, `handed_over`,
    /// `written_off` or `paid`.
    pub stage: ladder::Position,
    /// Standing on the day.
    pub status: Status,
}

pub(crate) fn invoice_row_of(
    case: &CaseData,
    policy: &LadderPolicy,
    today: NaiveDate,
) -> InvoiceRow {
    invoice_row_named(case, policy, today, Arc::from(case.client_name.as_str()))
}

/// An invoice row with the client's name given, so that a caller listing many rows can
/// share one name among them.
pub(crate) fn invoice_row_named(
    case: &CaseData,
    policy: &LadderPolicy,
    today: NaiveDate,
    client: Arc<str>,
) -> InvoiceRow {
    let inv = &case.invoice;
    InvoiceRow {
        number: inv.number.clone(),
        client,
        issued: inv.issued,
        due: inv.due,
        amount_minor: inv.amount_minor,
        balance_minor: balance_on(inv, &case.payments, today),
        currency: inv.currency,
        stage: ladder::ladder_position(&case.case(), today),
        status: ladder::status(&case.case(), policy, today),
    }
}

/// Which invoices `invoice list` shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListFilter {
    /// Still being chased (not paid, handed over or written off).
    Open,
    /// Every invoice.
    All,
    /// One exact standing.
    Status(Status),
}

impl std::str::FromStr for ListFilter {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "open" => Ok(ListFilter::Open),
            "all" => Ok(ListFilter::All),
            other => other
                .parse::<Status>()
                .map(ListFilter::Status)
                .map_err(|_| crate::t!("err-views-unknown-status", value = other.to_string())),
        }
    }
}

/// Invoices on `today`, by number, filtered.
pub fn invoice_list(
    ledger: &mut Ledger,
    filter: ListFilter,
    today: NaiveDate,
) -> Result<Vec<InvoiceRow>> {
    let (cases, policy) =
        ledger.read(|tx| -> Result<_> { Ok((tx.cases(CaseFilter::All)?, tx.policy()?)) })?;
    let mut rows: Vec<InvoiceRow> = cases
        .iter()
        .filter(|c| c.invoice.issued <= today)
        .map(|c| invoice_row_of(c, &policy, today))
        .filter(|r| match filter {
            ListFilter::Open => r.status.is_open(),
            ListFilter::All => true,
            ListFilter::Status(s) => r.status == s,
        })
        .collect();
    rows.sort_by(|a, b| a.number.cmp(&b.number));
    Ok(rows)
}

/// A client with what they owe.
#[derive(Clone, Debug, Serialize)]
pub struct ClientDetail {
    /// The client.
    #[serde(flatten)]
    pub client: Client,
    /// Their invoices on the day.
    pub invoices: Vec<InvoiceRow>,
    /// Total still owed per currency, e.g. `{"EUR": 255000}`.
    pub owed_minor: std::collections::BTreeMap<String, i64>,
    /// The letters sent to the client by the day, oldest first: stage letters, each
    /// with the invoices it covers, and statements.
    pub letters: Vec<crate::ledger::ClientLetter>,
    /// How each letter went out (email, draft, print), oldest first.
    pub deliveries: Vec<crate::domain::delivery::Delivery>,
}

/// One client by id or exact name, with their invoices and what they owe on `today`.
pub fn client_detail(
    ledger: &mut Ledger,
    id_or_name: &str,
    today: NaiveDate,
) -> Result<ClientDetail> {
    let (client, cases, policy, mut letters, deliveries) = ledger.read(|tx| -> Result<_> {
        let client = tx
            .find_client(id_or_name)
            .map_err(|e| ActionError::field("client", e))?;
        Ok((
            client.clone(),
            tx.cases(CaseFilter::Client(client.id))?,
            tx.policy()?,
            tx.client_letters(client.id)?,
            tx.deliveries(DeliveryFilter::Client(client.id))?,
        ))
    })?;
    letters.retain(|l| l.sent <= today);
    let invoices: Vec<InvoiceRow> = cases
        .iter()
        .filter(|c| c.invoice.issued <= today)
        .map(|c| invoice_row_of(c, &policy, today))
        .collect();
    let mut owed_minor = std::collections::BTreeMap::new();
    for r in invoices
        .iter()
        .filter(|r| r.status.is_open() || r.status == Status::HandedOver)
    {
        let owed = owed_minor.entry(r.currency.to_string()).or_insert(0i64);
        *owed = owed.saturating_add(r.balance_minor);
    }
    Ok(ClientDetail {
        client,
        invoices,
        owed_minor,
        letters,
        deliveries,
    })
}
