//! Actions that write an invoice's record: the invoice, payments, the log, letters, handover.

use crate::present::Day;
use chrono::NaiveDate;

use super::letters::{LetterAssets, RenderedLetter};
use super::{ActionError, Result, date_field, opt};
use crate::domain::events::{Event, EventKind, parse_loggable};
use crate::domain::invoice::{
    InvoiceId, NewInvoice, Payment, Receipt, allocate_excess, balance_all, parse_rate_bp,
};
use crate::domain::ladder::{self, Letter, NextAction, Reason, Stage};
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

fn event(date: NaiveDate, kind: EventKind, until: Option<NaiveDate>, text: &str) -> Event {
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

/// A letter that was recorded as sent.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SentLetter {
    /// Invoice number.
    pub invoice: String,
    /// Stage sent.
    pub stage: Stage,
    /// Day sent.
    pub sent: NaiveDate,
    /// Deadline given.
    pub deadline: NaiveDate,
    /// Balance claimed.
    pub balance_minor: i64,
    /// Currency.
    pub currency: Currency,
    /// Whether `--force` overrode the engine.
    pub forced: bool,
    /// What the letter asks for (balance, plus interest and compensation when claimed).
    pub total_minor: i64,
    /// sha256 of the stored PDF.
    pub sha256: String,
    /// The PDF as stored.
    #[serde(skip)]
    pub pdf: Vec<u8>,
    /// For the user: a stale rate table, enclosures to add.
    pub warnings: Vec<String>,
}

/// Decides which stage `send` records and whether it is forced; refuses what may never
/// be sent, even with force: a letter for a paid, handed-over or written-off invoice, a
/// stage already sent, or a stage below the last one sent.
pub(crate) fn stage_to_send(
    case: &CaseData,
    policy: &ladder::LadderPolicy,
    want: Option<Stage>,
    force: bool,
    today: NaiveDate,
) -> Result<(Stage, Option<String>)> {
    let action = ladder::next_action(&case.case(), policy, today);
    if let NextAction::Send { stage, .. } = action
        && want.is_none_or(|w| w == stage)
    {
        return Ok((stage, None));
    }
    if let Some(r @ (Reason::Paid { .. } | Reason::HandedOver { .. } | Reason::WrittenOff { .. })) =
        ladder::blocked(&case.case(), policy, today)
    {
        return Err(ActionError::Refused(t!(
            "err-record-no-letter",
            reason = r.to_string()
        )));
    }
    let last = ladder::last_letter(&case.letters, today).map(|l| l.stage);
    // The engine's word, as the ledger's note of a forced letter keeps it (in English),
    // and as the refusal shows it (in the user's language).
    let (why, why_shown) = match (&action, want) {
        (NextAction::Send { stage, .. }, Some(w)) => (
            format!(
                "the stage due is the {}, not the {}",
                stage.title(),
                w.title()
            ),
            t!(
                "err-record-stage-due-not-wanted",
                due = stage.name(),
                wanted = w.name()
            ),
        ),
        _ => {
            let d = action.describe();
            (d.clone(), d)
        }
    };
    let copy = t!(
        "err-record-copy-hint",
        invoice = case.invoice.number.as_str()
    );
    let sent_today = case
        .letters
        .iter()
        .filter(|l| l.sent == today)
        .max_by_key(|l| l.stage);
    if !force {
        let hint = match sent_today {
            Some(_) => copy,
            None => t!("err-record-force-hint"),
        };
        return Err(ActionError::Refused(t!(
            "err-record-not-sent",
            why = why_shown,
            hint = hint
        )));
    }
    // Never two letters for one invoice on one day, even with --force.
    if let Some(l) = sent_today {
        return Err(ActionError::Refused(t!(
            "err-record-sent-today",
            stage = l.stage.name(),
            today = today.to_string(),
            copy = copy
        )));
    }
    let stage = match want.or_else(|| last.map_or(Some(Stage::Reminder), |l| l.next())) {
        Some(s) => s,
        None => {
            return Err(ActionError::Refused(t!("err-record-legal-warning-sent")));
        }
    };
    if let Some(l) = last
        && stage <= l
    {
        return Err(ActionError::Refused(t!(
            "err-record-stage-cannot-follow",
            last = l.name(),
            stage = stage.name(),
            copy = copy
        )));
    }
    Ok((stage, Some(why)))
}

/// Records the letter of the next stage as sent today, with its rendered PDF and the
/// PDF's sha256, in one transaction. Refuses, with the engine's reason, when that stage
/// is not due; `force` overrides timing, pauses and disputes, and is logged.
pub fn send(
    ledger: &mut Ledger,
    number: &str,
    want: Option<Stage>,
    force: bool,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<SentLetter> {
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        let policy = tx.policy()?;
        let (stage, overridden) = stage_to_send(&case, &policy, want, force, today)?;
        record_letter(tx, case, stage, overridden, today, assets, None)
    })
}

/// Inserts the letter and its PDF inside `tx`. A PDF rendered beforehand (by a batch
/// run) is used only if the letter it shows is still exactly the one due; otherwise the
/// letter is rendered again here, from the facts as they are now.
pub(crate) fn record_letter(
    tx: &Tx,
    case: CaseData,
    stage: Stage,
    overridden: Option<String>,
    today: NaiveDate,
    assets: &LetterAssets,
    prerendered: Option<RenderedLetter>,
) -> Result<SentLetter> {
    let g = super::letters::gather(tx, case)?;
    if let Some(missing) = super::letters::sender_missing(&g.profile) {
        return Err(ActionError::Refused(missing));
    }
    let deadline = g.policy.deadline(stage, g.case.debtor, today);
    let model = super::letters::compose_gathered(&g, stage, today, deadline, None, assets)?;
    let rendered = match prerendered {
        Some(p) if p.model == model => p,
        _ => super::letters::render_model(model),
    };
    let inv = &g.case.invoice;
    let m = &rendered.model;
    let letter = Letter {
        id: 0,
        stage,
        sent: today,
        deadline,
        principal_minor: m.balance_minor,
        interest_minor: m.interest_minor,
        compensation_minor: m.compensation_minor,
        forced: overridden.is_some(),
    };
    let id = tx.insert_letter(inv.id, &letter, inv.currency.code())?;
    tx.attach_pdf(id, &rendered.pdf, &rendered.sha256, m.lang)?;
    if let Some(why) = &overridden {
        let text = format!(
            "{} sent with --force; the engine said: {why}",
            stage.title()
        );
        tx.insert_event(inv.id, &event(today, EventKind::Note, None, &text))?;
    }
    Ok(SentLetter {
        invoice: inv.number.clone(),
        stage,
        sent: today,
        deadline,
        balance_minor: m.balance_minor,
        currency: inv.currency,
        forced: overridden.is_some(),
        total_minor: m.total_due_minor,
        sha256: rendered.sha256.clone(),
        pdf: rendered.pdf,
        warnings: m.warnings.clone(),
    })
}
