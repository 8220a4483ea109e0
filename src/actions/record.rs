//! Actions that write an invoice's record: the invoice, payments, the log, letters, handover.

use crate::present::Day;
use chrono::NaiveDate;

use super::{ActionError, Result, date_field, opt};
use crate::domain::events::{Event, EventKind, parse_loggable};
use crate::domain::invoice::{
    InvoiceId, NewInvoice, Payment, Receipt, allocate_excess, balance_all, parse_rate_bp,
};
use crate::domain::ladder::{self, NextAction, Reason};
use crate::domain::money::{Currency, Money, parse_amount};
use crate::ledger::{CaseData, Ledger, Tx};
use crate::t;

/// A new invoice as typed.
#[derive(Clone, Debug, Default)]
pub struct InvoiceInput {
    /// Client id or exact name.
    pub client: String,
    /// Invoice number.
    pub number: String,
    /// Issue date.
    pub issued: String,
    /// Due date.
    pub due: String,
    /// Gross amount.
    pub amount: String,
    /// Currency; defaults to the profile's.
    pub currency: Option<String>,
    /// Agreed payment terms.
    pub terms: Option<String>,
    /// The day the terms were agreed (the contract's date).
    pub terms_agreed_on: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Agreed contractual late rate, percent a year.
    pub late_rate: Option<String>,
}

/// Adds an invoice.
pub fn add_invoice(ledger: &mut Ledger, input: &InvoiceInput) -> Result<InvoiceId> {
    ledger.write(|tx| {
        let client = tx
            .find_client(&input.client)
            .map_err(|e| ActionError::field("client", e))?;
        let currency: Currency = match opt(input.currency.as_deref()) {
            Some(c) => c.parse().map_err(|e| ActionError::field("currency", e))?,
            None => tx.profile()?.map_or(Currency::EUR, |p| p.currency),
        };
        let new = NewInvoice {
            number: input.number.trim().to_string(),
            client_id: client.id,
            issued: date_field("issued", &input.issued)?,
            due: date_field("due", &input.due)?,
            amount_minor: parse_amount(&input.amount, currency)
                .map_err(|e| ActionError::field("amount", e))?,
            currency,
            description: opt(input.description.as_deref()),
            terms: opt(input.terms.as_deref()),
            terms_agreed_on: match opt(input.terms_agreed_on.as_deref()) {
                Some(d) => Some(date_field("terms agreed on", &d)?),
                None => None,
            },
            late_rate_bp: match opt(input.late_rate.as_deref()) {
                Some(r) => {
                    Some(parse_rate_bp(&r).map_err(|e| ActionError::field("late rate", e.reason))?)
                }
                None => None,
            },
        };
        new.validate()
            .map_err(|e| ActionError::field(e.field, e.reason))?;
        Ok(tx.insert_invoice(&new)?)
    })
}

/// Loads an invoice's case by number, inside a transaction.
pub(crate) fn case_by_number(tx: &Tx, number: &str) -> Result<CaseData> {
    let invoice = tx
        .invoice_by_number(number)
        .map_err(|e| ActionError::field("invoice", e))?;
    Ok(tx.case(invoice.id)?)
}

/// Records a payment dated `date` (not after `today`); refuses an overpayment.
pub fn add_payment(
    ledger: &mut Ledger,
    number: &str,
    date: &str,
    amount: &str,
    method: Option<&str>,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<Money> {
    record_payment(ledger, number, date, amount, method, note, today).map(|(left, _)| left)
}

/// What a payment beyond the balance pays of the claim as of its date: (interest,
/// compensation), allocated interest first. More than the claim is refused with the figures.
fn claim_part(
    tx: &Tx,
    case: &CaseData,
    date: NaiveDate,
    excess: i64,
    rates: &crate::domain::rates::RateTable,
) -> Result<(i64, i64)> {
    let inv = &case.invoice;
    let money = |m: i64| Money::new(m, inv.currency);
    let profile = tx.profile()?;
    let client = tx.client(inv.client_id)?;
    let claim = match &profile {
        Some(p) => super::letters::claim_of(p, &client, case, date, rates)?,
        None => {
            return Err(ActionError::field(
                "amount",
                t!("err-record-no-profile-for-claim"),
            ));
        }
    };
    let received = tx.receipts(inv.id)?;
    let interest_due =
        claim.interest_minor - received.iter().map(|r| r.interest_minor).sum::<i64>();
    let compensation_due =
        claim.compensation_minor - received.iter().map(|r| r.compensation_minor).sum::<i64>();
    let (interest, compensation, over) = allocate_excess(excess, interest_due, compensation_due);
    if over > 0 {
        return Err(ActionError::field(
            "amount",
            t!(
                "err-record-more-than-claim",
                amount = money(claim.principal_minor + excess).to_string(),
                date = Day(date).to_string(),
                balance = money(claim.principal_minor).to_string(),
                interest = money(interest_due.max(0)).to_string(),
                compensation = money(compensation_due.max(0)).to_string(),
                received = money(
                    claim.interest_minor + claim.compensation_minor
                        - interest_due
                        - compensation_due
                )
                .to_string()
            ),
        ));
    }
    Ok((interest, compensation))
}

/// `add_payment`, returning also the new payment's id (what an Undo voids; 0 when the
/// payment paid only interest or compensation).
pub fn record_payment(
    ledger: &mut Ledger,
    number: &str,
    date: &str,
    amount: &str,
    method: Option<&str>,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<(Money, i64)> {
    let rates = super::letters::load_rates(super::letters::data_dir(ledger).as_deref())?;
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        let inv = &case.invoice;
        let date = date_field("date", date)?;
        if date > today {
            return Err(ActionError::field(
                "date",
                t!(
                    "err-record-date-after-today",
                    date = Day(date).to_string(),
                    today = Day(today).to_string()
                ),
            ));
        }
        if date < inv.issued {
            return Err(ActionError::field(
                "date",
                t!(
                    "err-record-date-before-issued",
                    date = Day(date).to_string(),
                    issued = Day(inv.issued).to_string()
                ),
            ));
        }
        let minor =
            parse_amount(amount, inv.currency).map_err(|e| ActionError::field("amount", e))?;
        let balance = balance_all(inv, &case.payments);
        // Beyond the balance: interest, then compensation, up to the claim on that day.
        let (interest, compensation) = if minor > balance {
            claim_part(tx, &case, date, minor - balance, &rates)?
        } else {
            (0, 0)
        };
        let principal = minor - interest - compensation;
        let mut id = 0;
        if principal > 0 {
            let payment = Payment {
                id: 0,
                date,
                amount_minor: principal,
                method: opt(method),
                note: opt(note),
            };
            id = tx.insert_payment(inv.id, &payment)?;
        }
        if interest + compensation > 0 {
            tx.insert_receipt(
                inv.id,
                &Receipt {
                    id: 0,
                    payment_id: (id > 0).then_some(id),
                    date,
                    interest_minor: interest,
                    compensation_minor: compensation,
                    method: opt(method),
                    note: opt(note),
                },
            )?;
        }
        Ok((Money::new(balance - principal, inv.currency), id))
    })
}

pub(crate) fn event(
    date: NaiveDate,
    kind: EventKind,
    until: Option<NaiveDate>,
    text: &str,
) -> Event {
    Event {
        id: 0,
        date,
        kind,
        until,
        text: text.trim().to_string(),
    }
}

/// Logs a call, email, meeting or note dated `today`.
pub fn log_event(
    ledger: &mut Ledger,
    number: &str,
    kind: &str,
    text: &str,
    today: NaiveDate,
) -> Result<()> {
    let kind = parse_loggable(kind).map_err(|e| ActionError::field("kind", e))?;
    if text.trim().is_empty() {
        return Err(ActionError::field("text", t!("err-record-text-empty")));
    }
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        tx.insert_event(case.invoice.id, &event(today, kind, None, text))?;
        Ok(())
    })
}

/// Opens (`open = true`) or resolves a dispute.
pub fn dispute(
    ledger: &mut Ledger,
    number: &str,
    open: bool,
    text: &str,
    today: NaiveDate,
) -> Result<()> {
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        if open
            && let Some(
                r @ (Reason::Paid { .. } | Reason::HandedOver { .. } | Reason::WrittenOff { .. }),
            ) = ladder::blocked(&case.case(), &tx.policy()?, today)
        {
            return Err(ActionError::Refused(t!(
                "err-record-no-dispute-opened",
                reason = r.to_string()
            )));
        }
        let current = ladder::open_dispute(&case.events, today);
        let kind = match (open, current) {
            (true, Some(since)) => {
                return Err(ActionError::Refused(t!(
                    "err-record-dispute-already-open",
                    since = since.to_string()
                )));
            }
            (false, None) => {
                return Err(ActionError::Refused(t!("err-record-no-dispute-open")));
            }
            (true, None) => EventKind::DisputeOpened,
            (false, Some(_)) => EventKind::DisputeResolved,
        };
        tx.insert_event(case.invoice.id, &event(today, kind, None, text))?;
        Ok(())
    })
}

/// Logs a promise to pay by `until`: the ladder waits until that day has passed.
pub fn promise(
    ledger: &mut Ledger,
    number: &str,
    until: &str,
    text: &str,
    today: NaiveDate,
) -> Result<()> {
    let until = date_field("until", until)?;
    if until < today {
        return Err(ActionError::field(
            "until",
            t!("err-record-promise-passed", date = Day(until).to_string()),
        ));
    }
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        tx.insert_event(
            case.invoice.id,
            &event(today, EventKind::PromiseToPay, Some(until), text),
        )?;
        Ok(())
    })
}

/// Pauses the ladder; it resumes on `until`.
pub fn pause(
    ledger: &mut Ledger,
    number: &str,
    until: &str,
    text: &str,
    today: NaiveDate,
) -> Result<()> {
    let until = date_field("until", until)?;
    if until <= today {
        return Err(ActionError::field(
            "until",
            t!(
                "err-record-pause-not-after-today",
                date = Day(until).to_string(),
                today = Day(today).to_string()
            ),
        ));
    }
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        tx.insert_event(
            case.invoice.id,
            &event(today, EventKind::PausedUntil, Some(until), text),
        )?;
        Ok(())
    })
}

/// Writes an invoice off: nothing more is proposed for it.
pub fn write_off(ledger: &mut Ledger, number: &str, text: &str, today: NaiveDate) -> Result<()> {
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        let policy = tx.policy()?;
        if let Some(
            r @ (Reason::Paid { .. } | Reason::WrittenOff { .. } | Reason::HandedOver { .. }),
        ) = ladder::blocked(&case.case(), &policy, today)
        {
            return Err(ActionError::Refused(t!(
                "err-record-cannot-write-off",
                reason = r.to_string()
            )));
        }
        tx.insert_event(
            case.invoice.id,
            &event(today, EventKind::WrittenOff, None, text),
        )?;
        Ok(())
    })
}

/// Marks a handover-ready invoice as handed over.
pub fn hand_over(ledger: &mut Ledger, number: &str, text: &str, today: NaiveDate) -> Result<()> {
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        let policy = tx.policy()?;
        match ladder::next_action(&case.case(), &policy, today) {
            NextAction::HandoverReady { .. } => {}
            other => {
                return Err(ActionError::Refused(t!(
                    "err-record-not-ready-handover",
                    reason = other.describe()
                )));
            }
        }
        let text = if text.trim().is_empty() {
            "handed over for legal action"
        } else {
            text
        };
        tx.insert_event(
            case.invoice.id,
            &event(today, EventKind::HandedOver, None, text),
        )?;
        Ok(())
    })
}
