//! Read-only views: the due queue, invoice rows and details, the history, client totals.
//!
//! These are the shapes scripts read as JSON (their field names are a contract) and the
//! window will draw. Each is computed from one consistent snapshot of the ledger.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::domain::plan::letter_key;
use serde::Serialize;

use super::{ActionError, Result};
use crate::domain::events::{Correction, CorrectionKind};
use crate::domain::invoice::{balance_on, days_overdue};
use crate::domain::ladder::{self, LadderPolicy, NextAction, Reason, Stage, Status};
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

/// One entry of an invoice's history.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct HistoryEntry {
    /// The day.
    pub date: NaiveDate,
    /// `letter`, `payment`, or an event kind.
    pub kind: String,
    /// The stage, for letters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// The deadline a letter gave.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<NaiveDate>,
    /// The `until` of a promise or pause.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// The amount of a payment, or the balance claimed by a letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_minor: Option<i64>,
    /// What was said or done.
    pub text: String,
}

/// Letters, payments and events of one case in date order (same-day: letters, payments,
/// then events, each in the order recorded).
pub fn history_of(case: &CaseData, corrections: &[Correction]) -> Vec<HistoryEntry> {
    let cur = case.invoice.currency;
    let mut out: Vec<(NaiveDate, u8, i64, HistoryEntry)> = vec![];
    for l in &case.letters {
        let text = format!(
            "{} sent{}",
            l.stage.title(),
            if l.forced { " (forced)" } else { "" }
        );
        let entry = HistoryEntry {
            date: l.sent,
            kind: "letter".into(),
            stage: Some(l.stage),
            deadline: Some(l.deadline),
            until: None,
            amount_minor: Some(l.principal_minor + l.interest_minor + l.compensation_minor),
            text,
        };
        out.push((l.sent, 0, l.id, entry));
    }
    for p in &case.payments {
        let how = p
            .method
            .as_deref()
            .map(|m| format!(" by {m}"))
            .unwrap_or_default();
        let note = p
            .note
            .as_deref()
            .map(|n| format!(": {n}"))
            .unwrap_or_default();
        let text = format!(
            "payment of {} {}{how}{note}",
            cur,
            crate::domain::money::format_minor(p.amount_minor, cur)
        );
        let entry = HistoryEntry {
            date: p.date,
            kind: "payment".into(),
            stage: None,
            deadline: None,
            until: None,
            amount_minor: Some(p.amount_minor),
            text,
        };
        out.push((p.date, 1, p.id, entry));
    }
    for e in &case.events {
        let entry = HistoryEntry {
            date: e.date,
            kind: e.kind.to_string(),
            stage: None,
            deadline: None,
            until: e.until,
            amount_minor: None,
            text: e.text.clone(),
        };
        out.push((e.date, 2, e.id, entry));
    }
    out.extend(
        corrections
            .iter()
            .map(|c| (c.date, 3, c.id, correction_entry(c))),
    );
    out.sort_by_key(|(d, order, id, _)| (*d, *order, *id));
    out.into_iter().map(|(.., e)| e).collect()
}

/// The next action, as scripts read it.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct NextActionView {
    /// `send`, `handover` or `none`.
    pub action: ladder::NextActionKind,
    /// The stage to send.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// The deadline it will give.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<NaiveDate>,
    /// Machine-readable reason when nothing is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<Reason>,
    /// The sentence a user reads.
    pub reason: String,
}

impl From<&NextAction> for NextActionView {
    fn from(a: &NextAction) -> Self {
        let (stage, deadline, reason_code) = match a {
            NextAction::Send { stage, deadline } => (Some(*stage), Some(*deadline), None),
            NextAction::HandoverReady { .. } => (None, None, None),
            NextAction::Nothing(r) => (None, None, Some(r.clone())),
        };
        NextActionView {
            action: a.kind(),
            stage,
            deadline,
            reason_code,
            reason: a.describe(),
        }
    }
}

/// An invoice with its history and next action.
#[derive(Clone, Debug, Serialize)]
pub struct InvoiceDetail {
    /// The listed fields.
    #[serde(flatten)]
    pub row: InvoiceRow,
    /// Description.
    pub description: Option<String>,
    /// Agreed terms.
    pub terms: Option<String>,
    /// The day the terms were agreed.
    pub terms_agreed_on: Option<NaiveDate>,
    /// Agreed late rate, percent, e.g. "9.50".
    pub late_rate_percent: Option<String>,
    /// What to do next, and why.
    pub next_action: NextActionView,
    /// Everything recorded, in date order, corrections included.
    pub history: Vec<HistoryEntry>,
    /// The payments, with the ids `payment void` takes.
    pub payments: Vec<PaymentView>,
    /// Letters were sent: a correction then needs a reason.
    pub has_letters: bool,
    /// Interest received on the claim, minor units.
    pub interest_received_minor: i64,
    /// Compensation received on the claim, minor units.
    pub compensation_received_minor: i64,
    /// A paid invoice whose claim letter asked for interest or compensation not received.
    pub claim_not_received: Option<ClaimNotReceived>,
}

/// Interest and compensation a letter claimed that were not received, once the principal
/// is paid, and what the user decided about them.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimNotReceived {
    /// Interest claimed and not received, minor units.
    pub interest_minor: i64,
    /// Compensation claimed and not received, minor units.
    pub compensation_minor: i64,
    /// `waived`, `kept` (still claimed), or none yet.
    pub decision: Option<String>,
}

/// A correction as a history line: what changed, and why.
fn correction_entry(c: &Correction) -> HistoryEntry {
    HistoryEntry {
        date: c.date,
        kind: c.kind.to_string(),
        stage: None,
        deadline: None,
        until: None,
        amount_minor: None,
        text: format!("{} (reason: {})", c.detail, c.reason),
    }
}

/// A payment as `invoice show --json` lists it, with the id `payment void` takes.
#[derive(Clone, Debug, Serialize)]
pub struct PaymentView {
    /// The id to void it by.
    pub id: i64,
    /// The day it was paid.
    pub date: NaiveDate,
    /// The amount, minor units.
    pub amount_minor: i64,
    /// How it was paid.
    pub method: Option<String>,
    /// A note.
    pub note: Option<String>,
}

/// What the last claim letter of a paid invoice asked beyond the principal and has not
/// been received, with that letter and the user's decision about it.
///
/// Interest runs until the principal is paid: when the letter claimed interest, what is
/// owed is the interest to the day the principal was settled (`at_settlement`, the claim
/// as of that day), which the letter's own figure, as of its date, understates.
pub(crate) fn unreceived_claim(
    case: &CaseData,
    paid: bool,
    corrections: &[Correction],
    receipts: &[crate::domain::invoice::Receipt],
    at_settlement: Option<&crate::domain::interest::Claim>,
    today: NaiveDate,
) -> Option<(ClaimNotReceived, ClaimedIn)> {
    if !paid {
        return None;
    }
    let interest_received: i64 = receipts.iter().map(|r| r.interest_minor).sum();
    let compensation_received: i64 = receipts.iter().map(|r| r.compensation_minor).sum();
    let letter = case
        .letters
        .iter()
        .filter(|l| l.sent <= today && l.interest_minor + l.compensation_minor > 0)
        .max_by_key(|l| (l.sent, l.id))?;
    let interest_claimed = match at_settlement {
        Some(c) if letter.interest_minor > 0 => c.interest_minor.max(letter.interest_minor),
        _ => letter.interest_minor,
    };
    let c = ClaimNotReceived {
        interest_minor: (interest_claimed - interest_received).max(0),
        compensation_minor: (letter.compensation_minor - compensation_received).max(0),
        decision: corrections.iter().rev().find_map(|c| match c.kind {
            CorrectionKind::InterestWaived => Some("waived".to_string()),
            CorrectionKind::InterestKept => Some("kept".to_string()),
            _ => None,
        }),
    };
    let claimed = ClaimedIn {
        stage: letter.stage,
        sent: letter.sent,
        interest_minor: interest_claimed,
        compensation_minor: letter.compensation_minor,
    };
    (c.interest_minor + c.compensation_minor > 0).then_some((c, claimed))
}

/// The claim letter behind a claim not received, and what is claimed on it: the interest
/// to the day the principal was settled, and the compensation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClaimedIn {
    /// The claim letter's stage.
    pub(crate) stage: Stage,
    /// The day it was sent.
    pub(crate) sent: NaiveDate,
    /// Interest claimed, to the day the principal was settled.
    pub(crate) interest_minor: i64,
    /// Compensation claimed.
    pub(crate) compensation_minor: i64,
}

/// What the law allows on a paid invoice as of the day its principal was settled (none
/// while it is unpaid, or when the rate tables cannot say).
pub(crate) fn settlement_claim(
    tx: &crate::ledger::Tx,
    case: &CaseData,
    rates: &crate::domain::rates::RateTable,
) -> Result<Option<crate::domain::interest::Claim>> {
    let Some(settled) = crate::domain::invoice::settled_on(&case.invoice, &case.payments) else {
        return Ok(None);
    };
    let Some(profile) = tx.profile()? else {
        return Ok(None);
    };
    let client = tx.client(case.invoice.client_id)?;
    Ok(super::letters::claim_of(&profile, &client, case, settled, rates).ok())
}

/// One invoice by number, with its history and next action on `today`.
pub fn invoice_detail(
    ledger: &mut Ledger,
    number: &str,
    today: NaiveDate,
) -> Result<InvoiceDetail> {
    let rates = super::letters::load_rates(super::letters::data_dir(ledger).as_deref())?;
    let (case, policy, corrections, receipts, at_settlement, deliveries) =
        ledger.read(|tx| -> Result<_> {
            let inv = tx
                .invoice_by_number(number)
                .map_err(|e| ActionError::field("invoice", e))?;
            let case = tx.case(inv.id)?;
            let at_settlement = settlement_claim(tx, &case, &rates)?;
            Ok((
                case,
                tx.policy()?,
                tx.corrections(&inv.number)?,
                tx.receipts(inv.id)?,
                at_settlement,
                tx.deliveries(DeliveryFilter::Invoice(inv.id))?,
            ))
        })?;
    let interest_received: i64 = receipts.iter().map(|r| r.interest_minor).sum();
    let compensation_received: i64 = receipts.iter().map(|r| r.compensation_minor).sum();
    let row = invoice_row_of(&case, &policy, today);
    let claim_not_received = unreceived_claim(
        &case,
        row.status == ladder::Status::Paid,
        &corrections,
        &receipts,
        at_settlement.as_ref(),
        today,
    )
    .map(|(c, _)| c);
    let action = ladder::next_action(&case.case(), &policy, today);
    Ok(InvoiceDetail {
        row,
        description: case.invoice.description.clone(),
        terms: case.invoice.terms.clone(),
        terms_agreed_on: case.invoice.terms_agreed_on,
        late_rate_percent: case
            .invoice
            .late_rate_bp
            .map(|bp| format!("{}.{:02}", bp / 100, bp % 100)),
        next_action: NextActionView::from(&action),
        history: super::draft_print::with_deliveries(history_of(&case, &corrections), &deliveries),
        payments: case
            .payments
            .iter()
            .map(|p| PaymentView {
                id: p.id,
                date: p.date,
                amount_minor: p.amount_minor,
                method: p.method.clone(),
                note: p.note.clone(),
            })
            .collect(),
        has_letters: !case.letters.is_empty(),
        interest_received_minor: interest_received,
        compensation_received_minor: compensation_received,
        claim_not_received,
    })
}

/// The history of one invoice by number.
pub fn history(ledger: &mut Ledger, number: &str) -> Result<Vec<HistoryEntry>> {
    ledger.read(|tx| -> Result<_> {
        let corrections = tx.corrections(number.trim())?;
        match tx.invoice_by_number(number) {
            Ok(inv) => Ok(super::draft_print::with_deliveries(
                history_of(&tx.case(inv.id)?, &corrections),
                &tx.deliveries(DeliveryFilter::Invoice(inv.id))?,
            )),
            // A deleted invoice: its deletion is its history.
            Err(_) if !corrections.is_empty() => {
                Ok(corrections.iter().map(correction_entry).collect())
            }
            Err(e) => Err(ActionError::field("invoice", e)),
        }
    })
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
