//! One invoice's page: its history (letters, payments, events, corrections and how
//! each letter went out), its next action, its claim not received and its payments.
//! Read-only, from one consistent snapshot; the shapes are a contract for `--json`.

use chrono::NaiveDate;
use serde::Serialize;

use super::views::{InvoiceRow, invoice_row_of};
use super::{ActionError, Result};
use crate::domain::events::{Correction, CorrectionKind};
use crate::domain::ladder::{self, NextAction, Reason, Stage};
use crate::ledger::{CaseData, DeliveryFilter, Ledger};

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
