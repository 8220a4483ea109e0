//! Corrections, each with its reason and kept in the invoice's history: an invoice's
//! fields changed (free before any letter; with a reason after, the letters sent staying
//! as they were), a mistaken invoice deleted, a payment voided, a handover or write-off
//! undone. Nothing is silently rewritten.

use chrono::NaiveDate;

use super::record::case_by_number;
use super::{ActionError, Result, date_field, opt};
use crate::domain::events::{Correction, CorrectionKind, EventKind};
use crate::domain::invoice::{Invoice, NewInvoice, balance_all, parse_rate_bp};
use crate::domain::money::{Currency, Money, parse_amount};
use crate::ledger::{Ledger, Tx};
use crate::t;

/// Changes to an invoice as typed; `None` keeps a field, `Some("")` clears an optional one.
#[derive(Clone, Debug, Default)]
pub struct InvoicePatch {
    /// New number.
    pub number: Option<String>,
    /// Client id or exact name.
    pub client: Option<String>,
    /// Issue date.
    pub issued: Option<String>,
    /// Due date.
    pub due: Option<String>,
    /// Gross amount.
    pub amount: Option<String>,
    /// Currency.
    pub currency: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Agreed terms.
    pub terms: Option<String>,
    /// The day the terms were agreed.
    pub terms_agreed_on: Option<String>,
    /// Agreed late rate, percent a year.
    pub late_rate: Option<String>,
}

/// A reason, required and one line.
fn reason_of(reason: Option<&str>) -> Result<String> {
    match opt(reason) {
        Some(r) if r.chars().any(char::is_control) => Err(ActionError::field(
            "reason",
            t!("err-corrections-reason-one-line"),
        )),
        Some(r) => Ok(r),
        None => Err(ActionError::field(
            "reason",
            t!("err-corrections-reason-required"),
        )),
    }
}

fn correction(
    number: &str,
    today: NaiveDate,
    kind: CorrectionKind,
    reason: &str,
    detail: String,
) -> Correction {
    Correction {
        id: 0,
        number: number.to_string(),
        date: today,
        kind,
        reason: reason.to_string(),
        detail,
    }
}

/// What changed between two versions of an invoice, one phrase per field.
fn changes(tx: &Tx, old: &Invoice, new: &Invoice) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut field = |name: &str, a: String, b: String| {
        if a != b {
            out.push(format!("{name}: {a} → {b}"));
        }
    };
    let opt_text = |o: &Option<String>| o.clone().unwrap_or_else(|| "(none)".into());
    field("number", old.number.clone(), new.number.clone());
    if old.client_id != new.client_id {
        field(
            "client",
            tx.client(old.client_id)?.name,
            tx.client(new.client_id)?.name,
        );
    }
    field("issued", old.issued.to_string(), new.issued.to_string());
    field("due", old.due.to_string(), new.due.to_string());
    field(
        "amount",
        Money::new(old.amount_minor, old.currency).to_string(),
        Money::new(new.amount_minor, new.currency).to_string(),
    );
    field(
        "description",
        opt_text(&old.description),
        opt_text(&new.description),
    );
    field("terms", opt_text(&old.terms), opt_text(&new.terms));
    field(
        "terms agreed on",
        old.terms_agreed_on
            .map_or("(none)".into(), |d| d.to_string()),
        new.terms_agreed_on
            .map_or("(none)".into(), |d| d.to_string()),
    );
    field(
        "late rate",
        old.late_rate_bp.map_or("(none)".into(), |b| {
            format!("{} %", crate::domain::rates::percent(b))
        }),
        new.late_rate_bp.map_or("(none)".into(), |b| {
            format!("{} %", crate::domain::rates::percent(b))
        }),
    );
    Ok(out)
}

fn patched(tx: &Tx, old: &Invoice, p: &InvoicePatch) -> Result<Invoice> {
    let currency: Currency = match opt(p.currency.as_deref()) {
        Some(c) => c.parse().map_err(|e| ActionError::field("currency", e))?,
        None => old.currency,
    };
    let client_id = match opt(p.client.as_deref()) {
        Some(c) => {
            tx.find_client(&c)
                .map_err(|e| ActionError::field("client", e))?
                .id
        }
        None => old.client_id,
    };
    let date = |field: &'static str, v: &Option<String>, old: NaiveDate| match opt(v.as_deref()) {
        Some(d) => date_field(field, &d),
        None => Ok(old),
    };
    let text = |v: &Option<String>, old: &Option<String>| match v {
        Some(t) => opt(Some(t)),
        None => old.clone(),
    };
    let new = Invoice {
        id: old.id,
        number: opt(p.number.as_deref()).unwrap_or_else(|| old.number.clone()),
        client_id,
        issued: date("issued", &p.issued, old.issued)?,
        due: date("due", &p.due, old.due)?,
        amount_minor: match opt(p.amount.as_deref()) {
            Some(a) => parse_amount(&a, currency).map_err(|e| ActionError::field("amount", e))?,
            None => old.amount_minor,
        },
        currency,
        description: text(&p.description, &old.description),
        terms: text(&p.terms, &old.terms),
        terms_agreed_on: match &p.terms_agreed_on {
            Some(t) if t.trim().is_empty() => None,
            Some(t) => Some(date_field("terms agreed on", t)?),
            None => old.terms_agreed_on,
        },
        late_rate_bp: match &p.late_rate {
            Some(t) if t.trim().is_empty() => None,
            Some(t) => {
                Some(parse_rate_bp(t).map_err(|e| ActionError::field("late rate", e.reason))?)
            }
            None => old.late_rate_bp,
        },
    };
    NewInvoice {
        number: new.number.clone(),
        client_id: new.client_id,
        issued: new.issued,
        due: new.due,
        amount_minor: new.amount_minor,
        currency: new.currency,
        description: new.description.clone(),
        terms: new.terms.clone(),
        terms_agreed_on: new.terms_agreed_on,
        late_rate_bp: new.late_rate_bp,
    }
    .validate()
    .map_err(|e| ActionError::field(e.field, e.reason))?;
    Ok(new)
}

/// Corrects an invoice. Before any letter a reason is optional; after one it is required,
/// the letters sent stay byte for byte as they were, and the next letter and the claim use
/// the corrected facts. Returns the invoice and what changed.
pub fn set_invoice(
    ledger: &mut Ledger,
    number: &str,
    patch: &InvoicePatch,
    reason: Option<&str>,
    today: NaiveDate,
) -> Result<(Invoice, Vec<String>)> {
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        let old = &case.invoice;
        let reason = if case.letters.is_empty() {
            opt(reason).unwrap_or_else(|| "corrected before any letter".into())
        } else {
            reason_of(reason).map_err(|_| {
                ActionError::field(
                    "reason",
                    t!(
                        "err-corrections-reason-after-letters",
                        count = case.letters.len(),
                        invoice = old.number.as_str()
                    ),
                )
            })?
        };
        let new = patched(tx, old, patch)?;
        let what = changes(tx, old, &new)?;
        if what.is_empty() {
            return Err(ActionError::Refused(t!(
                "err-corrections-nothing-to-change"
            )));
        }
        if new.currency != old.currency && (!case.payments.is_empty() || !case.letters.is_empty()) {
            return Err(ActionError::field(
                "currency",
                t!("err-corrections-currency-after-records"),
            ));
        }
        let paid = old.amount_minor - balance_all(old, &case.payments);
        if new.amount_minor < paid {
            return Err(ActionError::field(
                "amount",
                t!(
                    "err-corrections-amount-below-paid",
                    amount = Money::new(new.amount_minor, new.currency).to_string(),
                    paid = Money::new(paid, new.currency).to_string()
                ),
            ));
        }
        tx.update_invoice(&new)?;
        tx.insert_correction(
            Some(new.id),
            &correction(
                &new.number,
                today,
                CorrectionKind::InvoiceChanged,
                &reason,
                what.join("; "),
            ),
        )?;
        Ok((new, what))
    })
}

/// Deletes a mistaken invoice, one with no letters; its deletion is kept, with its facts.
pub fn delete_invoice(
    ledger: &mut Ledger,
    number: &str,
    reason: Option<&str>,
    today: NaiveDate,
) -> Result<()> {
    let reason = reason_of(reason)?;
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        if !case.letters.is_empty() {
            return Err(ActionError::Refused(t!(
                "err-corrections-has-letters",
                invoice = case.invoice.number.as_str()
            )));
        }
        let i = &case.invoice;
        let detail = format!(
            "invoice {} to {} issued {} due {} for {}, {} payment(s)",
            i.number,
            case.client_name,
            i.issued,
            i.due,
            Money::new(i.amount_minor, i.currency),
            case.payments.len()
        );
        tx.delete_invoice(i.id)?;
        tx.insert_correction(
            None,
            &correction(
                &i.number,
                today,
                CorrectionKind::InvoiceDeleted,
                &reason,
                detail,
            ),
        )?;
        Ok(())
    })
}

/// Voids a payment (by its id, as `invoice show --json` lists it); returns the balance after.
pub fn void_payment(
    ledger: &mut Ledger,
    id: i64,
    reason: Option<&str>,
    today: NaiveDate,
) -> Result<(String, Money)> {
    let reason = reason_of(reason)?;
    ledger.write(|tx| {
        let (invoice_id, payment) = tx
            .payment(id)
            .map_err(|e| ActionError::field("payment", e))?;
        let before = tx.case(invoice_id)?;
        let inv = &before.invoice;
        tx.remove_payment(id)?;
        let detail = format!(
            "payment {id} of {} dated {}{}",
            Money::new(payment.amount_minor, inv.currency),
            payment.date,
            payment
                .method
                .as_deref()
                .map(|m| format!(" by {m}"))
                .unwrap_or_default()
        );
        tx.insert_correction(
            Some(invoice_id),
            &correction(
                &inv.number,
                today,
                CorrectionKind::PaymentVoided,
                &reason,
                detail,
            ),
        )?;
        let after = tx.case(invoice_id)?;
        Ok((
            inv.number.clone(),
            Money::new(balance_all(inv, &after.payments), inv.currency),
        ))
    })
}

/// Undoes the handover (`kind` HandedOver) or the write-off (WrittenOff) of an invoice.
fn undo_closing(
    ledger: &mut Ledger,
    number: &str,
    kind: EventKind,
    reason: Option<&str>,
    today: NaiveDate,
) -> Result<()> {
    let reason = reason_of(reason)?;
    let (what, correction_kind) = match kind {
        EventKind::HandedOver => ("handed over", CorrectionKind::HandoverUndone),
        _ => ("written off", CorrectionKind::WriteoffUndone),
    };
    ledger.write(|tx| {
        let case = case_by_number(tx, number)?;
        let event = case
            .events
            .iter()
            .filter(|e| e.kind == kind)
            .max_by_key(|e| (e.date, e.id))
            .cloned()
            .ok_or_else(|| {
                let invoice = case.invoice.number.as_str();
                ActionError::Refused(match kind {
                    EventKind::HandedOver => {
                        t!("err-corrections-not-handed-over", invoice = invoice)
                    }
                    _ => t!("err-corrections-not-written-off", invoice = invoice),
                })
            })?;
        tx.remove_event(case.invoice.id, event.id)?;
        let detail = format!(
            "{what} on {}{}",
            event.date,
            if event.text.is_empty() {
                String::new()
            } else {
                format!(": {}", event.text)
            }
        );
        tx.insert_correction(
            Some(case.invoice.id),
            &correction(
                &case.invoice.number,
                today,
                correction_kind,
                &reason,
                detail,
            ),
        )?;
        Ok(())
    })
}

/// Undoes a handover: the invoice is back on the ladder where it stood.
pub fn undo_handover(
    ledger: &mut Ledger,
    number: &str,
    reason: Option<&str>,
    today: NaiveDate,
) -> Result<()> {
    undo_closing(ledger, number, EventKind::HandedOver, reason, today)
}

/// Undoes a write-off.
pub fn undo_writeoff(
    ledger: &mut Ledger,
    number: &str,
    reason: Option<&str>,
    today: NaiveDate,
) -> Result<()> {
    undo_closing(ledger, number, EventKind::WrittenOff, reason, today)
}

/// Decides about interest and compensation claimed and not received once the principal is
/// paid: waive them, or keep claiming them (for a letter about them alone). Logged.
pub fn claim_decision(
    ledger: &mut Ledger,
    number: &str,
    waive: bool,
    reason: Option<&str>,
    today: NaiveDate,
) -> Result<String> {
    let detail = super::invoice_detail(ledger, number, today)?;
    let Some(open) = &detail.claim_not_received else {
        return Err(ActionError::Refused(t!(
            "err-corrections-nothing-claimed",
            invoice = number
        )));
    };
    let cur = detail.row.currency;
    let interest = Money::new(open.interest_minor, cur).to_string();
    let compensation = Money::new(open.compensation_minor, cur).to_string();
    // The correction's detail, written into the ledger as it reads.
    let what =
        format!("interest {interest} and compensation {compensation} claimed and not received");
    let (kind, default) = if waive {
        (CorrectionKind::InterestWaived, "waived")
    } else {
        (CorrectionKind::InterestKept, "still claimed")
    };
    let reason = opt(reason).unwrap_or_else(|| default.to_string());
    ledger.write(|tx| -> Result<()> {
        let case = case_by_number(tx, number)?;
        tx.insert_correction(
            Some(case.invoice.id),
            &correction(&case.invoice.number, today, kind, &reason, what.clone()),
        )?;
        Ok(())
    })?;
    Ok(if waive {
        t!(
            "msg-corrections-interest-waived",
            interest = interest,
            compensation = compensation
        )
    } else {
        t!(
            "msg-corrections-interest-kept",
            interest = interest,
            compensation = compensation
        )
    })
}

/// The corrections of an invoice, oldest first.
pub fn corrections(ledger: &mut Ledger, number: &str) -> Result<Vec<Correction>> {
    ledger.read(|tx| Ok(tx.corrections(number.trim())?))
}
