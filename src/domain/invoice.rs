//! Invoices, the payments against them, and the balance still owed on a given day.
//!
//! The balance is always derived from the payments, never stored as the truth: a partial
//! payment recomputes what is owed, and replaying an earlier day sees the balance that
//! day had.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

use super::money::{Currency, Money};
use super::party::ClientId;

/// An invoice's id in the ledger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct InvoiceId(pub i64);

impl fmt::Display for InvoiceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// An unpaid (or once unpaid) invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invoice {
    /// Ledger id.
    pub id: InvoiceId,
    /// The invoice number, unique in the ledger (e.g. `2026/017`).
    pub number: String,
    /// Who owes it.
    pub client_id: ClientId,
    /// Date of issue.
    pub issued: NaiveDate,
    /// Date payment was due.
    pub due: NaiveDate,
    /// Gross amount, minor units.
    pub amount_minor: i64,
    /// Currency of the invoice.
    pub currency: Currency,
    /// What was invoiced.
    pub description: Option<String>,
    /// The agreed payment terms, as free text.
    pub terms: Option<String>,
    /// The day those terms were agreed (the contract's date), if recorded.
    #[serde(default)]
    pub terms_agreed_on: Option<NaiveDate>,
    /// An agreed contractual late-payment rate, in basis points a year (950 = 9.50 %).
    pub late_rate_bp: Option<i64>,
}

impl Invoice {
    /// The gross amount as money.
    pub fn amount(&self) -> Money {
        Money::new(self.amount_minor, self.currency)
    }
}

/// The fields of a new invoice, validated, before it has an id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewInvoice {
    /// Unique invoice number.
    pub number: String,
    /// Who owes it.
    pub client_id: ClientId,
    /// Date of issue.
    pub issued: NaiveDate,
    /// Due date, not before the issue date.
    pub due: NaiveDate,
    /// Gross amount, minor units, greater than zero.
    pub amount_minor: i64,
    /// Currency.
    pub currency: Currency,
    /// What was invoiced.
    pub description: Option<String>,
    /// Agreed payment terms.
    pub terms: Option<String>,
    /// The day the terms were agreed.
    #[serde(default)]
    pub terms_agreed_on: Option<NaiveDate>,
    /// Agreed contractual late rate, basis points a year.
    pub late_rate_bp: Option<i64>,
}

/// Why a new invoice is not acceptable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {reason}")]
pub struct InvoiceError {
    /// The field at fault.
    pub field: &'static str,
    /// Why.
    pub reason: String,
}

impl NewInvoice {
    /// Checks what a single invoice can check on its own.
    pub fn validate(&self) -> Result<(), InvoiceError> {
        let err = |field, reason: String| Err(InvoiceError { field, reason });
        let number = self.number.trim();
        if number.is_empty() {
            return err("number", crate::t!("err-invoice-number-empty"));
        }
        if number.chars().any(char::is_control) {
            return err("number", crate::t!("err-invoice-number-control"));
        }
        if number.chars().count() > 64 {
            return err("number", crate::t!("err-invoice-number-too-long"));
        }
        if self.due < self.issued {
            return err(
                "due",
                crate::t!(
                    "err-invoice-due-before-issued",
                    due = self.due.to_string(),
                    issued = self.issued.to_string()
                ),
            );
        }
        if self.amount_minor <= 0 {
            return err("amount", crate::t!("err-invoice-amount-not-positive"));
        }
        if let Some(bp) = self.late_rate_bp
            && !(0..=10_000).contains(&bp)
        {
            return err("late rate", crate::t!("err-invoice-late-rate-range"));
        }
        Ok(())
    }
}

/// Reads a yearly rate in percent (`9.5`, `9,50`) as basis points (950).
pub fn parse_rate_bp(text: &str) -> Result<i64, InvoiceError> {
    let t = text.trim().trim_end_matches('%').trim();
    let err = || InvoiceError {
        field: "late rate",
        reason: crate::t!("err-invoice-not-a-rate", value = text),
    };
    let (int, frac) = t.split_once(['.', ',']).unwrap_or((t, ""));
    if int.is_empty()
        || frac.len() > 2
        || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit())
        || int.len() > 3
    {
        return Err(err());
    }
    let int: i64 = int.parse().map_err(|_| err())?;
    let frac: i64 = format!("{frac:0<2}").parse().map_err(|_| err())?;
    let bp = int * 100 + frac;
    if bp > 10_000 {
        return Err(InvoiceError {
            field: "late rate",
            reason: crate::t!("err-invoice-rate-above-100", value = text),
        });
    }
    Ok(bp)
}

/// A payment received against an invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// Ledger id.
    pub id: i64,
    /// Date the money arrived.
    pub date: NaiveDate,
    /// Amount, minor units of the invoice's currency.
    pub amount_minor: i64,
    /// How it was paid (bank transfer, card...).
    pub method: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

/// What is still owed on `as_of`: payments dated after it do not count yet.
pub fn balance_on(invoice: &Invoice, payments: &[Payment], as_of: NaiveDate) -> i64 {
    let paid: i64 = payments
        .iter()
        .filter(|p| p.date <= as_of)
        .map(|p| p.amount_minor)
        .sum();
    invoice.amount_minor - paid
}

/// What is still owed counting every recorded payment, whatever its date.
pub fn balance_all(invoice: &Invoice, payments: &[Payment]) -> i64 {
    invoice.amount_minor - payments.iter().map(|p| p.amount_minor).sum::<i64>()
}

/// The day the invoice became fully paid, if it did: the date of the payment that
/// brought the balance to zero.
pub fn settled_on(invoice: &Invoice, payments: &[Payment]) -> Option<NaiveDate> {
    let mut sorted: Vec<&Payment> = payments.iter().collect();
    sorted.sort_by_key(|p| (p.date, p.id));
    let mut left = invoice.amount_minor;
    for p in sorted {
        left -= p.amount_minor;
        if left <= 0 {
            return Some(p.date);
        }
    }
    None
}

/// Days between the due date and `as_of` (zero when not yet overdue).
pub fn days_overdue(invoice: &Invoice, as_of: NaiveDate) -> i64 {
    (as_of - invoice.due).num_days().max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn inv() -> Invoice {
        Invoice {
            id: InvoiceId(1),
            number: "A-1".into(),
            client_id: ClientId(1),
            issued: d("2026-09-01"),
            due: d("2026-10-01"),
            amount_minor: 100_000,
            currency: Currency::EUR,
            description: None,
            terms: None,
            terms_agreed_on: None,
            late_rate_bp: None,
        }
    }

    fn pay(id: i64, date: &str, minor: i64) -> Payment {
        Payment {
            id,
            date: d(date),
            amount_minor: minor,
            method: None,
            note: None,
        }
    }

    #[test]
    fn balance_counts_only_payments_up_to_the_day() {
        let pays = [pay(1, "2026-10-10", 40_000), pay(2, "2026-10-20", 60_000)];
        assert_eq!(balance_on(&inv(), &pays, d("2026-10-09")), 100_000);
        assert_eq!(balance_on(&inv(), &pays, d("2026-10-10")), 60_000);
        assert_eq!(balance_on(&inv(), &pays, d("2026-10-20")), 0);
        assert_eq!(balance_all(&inv(), &pays[..1]), 60_000);
    }

    #[test]
    fn settled_on_is_the_date_of_the_last_needed_payment() {
        let pays = [pay(2, "2026-10-20", 60_000), pay(1, "2026-10-10", 40_000)];
        assert_eq!(settled_on(&inv(), &pays), Some(d("2026-10-20")));
        assert_eq!(settled_on(&inv(), &pays[..1]), None);
    }

    #[test]
    fn rates_are_read_as_basis_points() {
        assert_eq!(parse_rate_bp("9.5"), Ok(950));
        assert_eq!(parse_rate_bp("9,50 %"), Ok(950));
        assert_eq!(parse_rate_bp("12"), Ok(1200));
        assert!(parse_rate_bp("9.505").is_err());
        assert!(parse_rate_bp("-1").is_err());
        assert!(parse_rate_bp("150").is_err());
    }

    #[test]
    fn a_new_invoice_names_the_field_at_fault() {
        let mut n = NewInvoice {
            number: "A-1".into(),
            client_id: ClientId(1),
            issued: d("2026-09-01"),
            due: d("2026-08-01"),
            amount_minor: 100,
            currency: Currency::EUR,
            description: None,
            terms: None,
            terms_agreed_on: None,
            late_rate_bp: None,
        };
        assert_eq!(n.validate().map_err(|e| e.field), Err("due"));
        n.due = d("2026-10-01");
        assert_eq!(n.validate(), Ok(()));
        n.number = " ".into();
        assert_eq!(n.validate().map_err(|e| e.field), Err("number"));
    }

    #[test]
    fn days_overdue_is_never_negative() {
        assert_eq!(days_overdue(&inv(), d("2026-09-15")), 0);
        assert_eq!(days_overdue(&inv(), d("2026-10-24")), 23);
    }
}

/// Interest and compensation received on a claim: the part of a payment beyond the
/// principal (or a payment made after the principal was paid).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// Ledger id.
    pub id: i64,
    /// The payment that brought it, if it came with one.
    pub payment_id: Option<i64>,
    /// The day received.
    pub date: NaiveDate,
    /// Interest received, minor units.
    pub interest_minor: i64,
    /// Compensation received, minor units.
    pub compensation_minor: i64,
    /// How it was paid (when it came on its own, with no payment of principal).
    pub method: Option<String>,
    /// A note.
    pub note: Option<String>,
}

/// Allocates what a payment brings beyond the principal: interest first, then the fixed
/// compensation (the order that is debtor-friendly and safe in every supported law).
/// Returns (interest, compensation, left over); anything left over is an overpayment.
pub fn allocate_excess(
    excess_minor: i64,
    interest_due: i64,
    compensation_due: i64,
) -> (i64, i64, i64) {
    let excess = excess_minor.max(0);
    let interest = excess.min(interest_due.max(0));
    let compensation = (excess - interest).min(compensation_due.max(0));
    (interest, compensation, excess - interest - compensation)
}

#[cfg(test)]
mod allocation_tests {
    use super::allocate_excess;

    #[test]
    fn interest_first_then_compensation_then_nothing() {
        assert_eq!(allocate_excess(0, 9308, 4000), (0, 0, 0));
        assert_eq!(allocate_excess(5000, 9308, 4000), (5000, 0, 0));
        assert_eq!(allocate_excess(11_308, 9308, 4000), (9308, 2000, 0));
        assert_eq!(allocate_excess(13_308, 9308, 4000), (9308, 4000, 0));
        assert_eq!(allocate_excess(13_309, 9308, 4000), (9308, 4000, 1));
        assert_eq!(allocate_excess(100, 0, 4000), (0, 100, 0));
    }
}
