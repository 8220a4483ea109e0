//! A client's statement of account as of a day: every open invoice with its aging, the
//! totals per currency with an aging summary, and, on request, the activity since a day
//! with a running balance.
//!
//! A statement asks for nothing new and moves no invoice up the ladder: it is the list a
//! client's accounts department reconciles against (ERPNext's and Chaser's statements,
//! OCA's aged balance). Pure: the caller gathers the facts.

use chrono::NaiveDate;
use serde::Serialize;

use super::money::Currency;

/// One invoice as the statement sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementInput {
    /// Invoice number.
    pub invoice: String,
    /// Issue date.
    pub issued: NaiveDate,
    /// Due date.
    pub due: NaiveDate,
    /// Amount invoiced, minor units.
    pub amount_minor: i64,
    /// The currency.
    pub currency: Currency,
    /// Payments towards the principal, each (day, minor units), any order.
    pub payments: Vec<(NaiveDate, i64)>,
    /// Written off: not owed, so not on the statement.
    pub written_off: bool,
}

/// An open invoice on the statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatementItem {
    /// Invoice number.
    pub invoice: String,
    /// Issue date.
    pub issued: NaiveDate,
    /// Due date.
    pub due: NaiveDate,
    /// Amount invoiced, minor units.
    pub amount_minor: i64,
    /// Paid by the statement's day, minor units.
    pub paid_minor: i64,
    /// Still owed, minor units.
    pub balance_minor: i64,
    /// Days past the due date (0 when not yet due).
    pub days_overdue: i64,
    /// The currency.
    pub currency: Currency,
}

/// What is owed by age: not yet due, 1–30, 31–60, 61–90 and over 90 days overdue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Buckets {
    /// Not yet due.
    pub not_due: i64,
    /// 1 to 30 days overdue.
    pub d1_30: i64,
    /// 31 to 60 days overdue.
    pub d31_60: i64,
    /// 61 to 90 days overdue.
    pub d61_90: i64,
    /// More than 90 days overdue.
    pub over_90: i64,
}

impl Buckets {
    /// Adds `minor` to the bucket of `days_overdue`.
    fn add(&mut self, days_overdue: i64, minor: i64) {
        let slot = match days_overdue {
            ..=0 => &mut self.not_due,
            1..=30 => &mut self.d1_30,
            31..=60 => &mut self.d31_60,
            61..=90 => &mut self.d61_90,
            _ => &mut self.over_90,
        };
        *slot += minor;
    }

    /// The buckets in order, for tables: (not due, 1–30, 31–60, 61–90, over 90).
    pub fn in_order(&self) -> [i64; 5] {
        [
            self.not_due,
            self.d1_30,
            self.d31_60,
            self.d61_90,
            self.over_90,
        ]
    }
}

/// The totals of one currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CurrencyTotals {
    /// The currency.
    pub currency: Currency,
    /// Everything open, minor units (the buckets add up to it).
    pub open_minor: i64,
    /// The part past its due date, minor units.
    pub overdue_minor: i64,
    /// The aging summary.
    pub buckets: Buckets,
}

/// A line of the activity since a day: an invoice (positive) or a payment (negative).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActivityLine {
    /// The day.
    pub date: NaiveDate,
    /// `opening`, `invoice` or `payment`.
    pub kind: &'static str,
    /// The invoice it concerns ("" for the opening balance).
    pub invoice: String,
    /// The amount, minor units: invoices add, payments subtract.
    pub amount_minor: i64,
    /// The running balance in this currency after the line, minor units.
    pub balance_minor: i64,
    /// The currency.
    pub currency: Currency,
}

/// A statement of account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// The client's name.
    pub client: String,
    /// The day it is as of.
    pub as_of: NaiveDate,
    /// Totals per currency, in the order of their first open invoice.
    pub totals: Vec<CurrencyTotals>,
    /// Every open invoice, oldest due date first.
    pub items: Vec<StatementItem>,
    /// The activity since `activity_from`, per currency, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity: Option<Vec<ActivityLine>>,
    /// The first day of the activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity_from: Option<NaiveDate>,
}

/// Builds the statement of `client` as of `as_of`; with `activity_from`, the activity
/// from that day to `as_of` too. Facts dated after `as_of` are ignored, so any day can be
/// replayed.
pub fn statement(
    client: &str,
    as_of: NaiveDate,
    invoices: &[StatementInput],
    activity_from: Option<NaiveDate>,
) -> Statement {
    let mut items: Vec<StatementItem> = invoices
        .iter()
        .filter(|i| !i.written_off && i.issued <= as_of)
        .filter_map(|i| {
            let paid: i64 = i
                .payments
                .iter()
                .filter(|(d, _)| *d <= as_of)
                .map(|(_, m)| m)
                .sum();
            let balance = i.amount_minor - paid;
            (balance > 0).then(|| StatementItem {
                invoice: i.invoice.clone(),
                issued: i.issued,
                due: i.due,
                amount_minor: i.amount_minor,
                paid_minor: paid,
                balance_minor: balance,
                days_overdue: (as_of - i.due).num_days().max(0),
                currency: i.currency,
            })
        })
        .collect();
    items.sort_by(|a, b| (a.due, &a.invoice).cmp(&(b.due, &b.invoice)));
    let mut totals: Vec<CurrencyTotals> = Vec::new();
    for item in &items {
        let t = match totals.iter().position(|t| t.currency == item.currency) {
            Some(i) => &mut totals[i],
            None => {
                totals.push(CurrencyTotals {
                    currency: item.currency,
                    open_minor: 0,
                    overdue_minor: 0,
                    buckets: Buckets::default(),
                });
                totals.last_mut().expect("just pushed")
            }
        };
        t.open_minor += item.balance_minor;
        if item.days_overdue > 0 {
            t.overdue_minor += item.balance_minor;
        }
        t.buckets.add(item.days_overdue, item.balance_minor);
    }
    let activity = activity_from.map(|from| activity(invoices, from, as_of));
    Statement {
        client: client.to_string(),
        as_of,
        totals,
        items,
        activity,
        activity_from,
    }
}

/// Every invoice and payment from `from` to `as_of`, after an opening balance per
/// currency, with the running balance of its currency.
fn activity(invoices: &[StatementInput], from: NaiveDate, as_of: NaiveDate) -> Vec<ActivityLine> {
    let owed = invoices.iter().filter(|i| !i.written_off);
    // (day, order within the day: invoices before payments, invoice, amount, currency)
    let mut moves: Vec<(NaiveDate, u8, String, i64, Currency)> = Vec::new();
    let mut opening: Vec<(Currency, i64)> = Vec::new();
    let mut open = |c: Currency, m: i64| match opening.iter_mut().find(|(x, _)| *x == c) {
        Some((_, v)) => *v += m,
        None => opening.push((c, m)),
    };
    for i in owed {
        if i.issued > as_of {
            continue;
        }
        if i.issued < from {
            open(i.currency, i.amount_minor);
        } else {
            moves.push((i.issued, 0, i.invoice.clone(), i.amount_minor, i.currency));
        }
        for (d, m) in i.payments.iter().filter(|(d, _)| *d <= as_of) {
            if *d < from {
                open(i.currency, -m);
            } else {
                moves.push((*d, 1, i.invoice.clone(), -m, i.currency));
            }
        }
    }
    moves.sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    let mut lines = Vec::new();
    let mut running: Vec<(Currency, i64)> = Vec::new();
    for (currency, minor) in &opening {
        running.push((*currency, *minor));
        lines.push(ActivityLine {
            date: from,
            kind: "opening",
            invoice: String::new(),
            amount_minor: *minor,
            balance_minor: *minor,
            currency: *currency,
        });
    }
    for (date, order, invoice, minor, currency) in moves {
        let balance = match running.iter_mut().find(|(c, _)| *c == currency) {
            Some((_, b)) => {
                *b += minor;
                *b
            }
            None => {
                running.push((currency, minor));
                minor
            }
        };
        lines.push(ActivityLine {
            date,
            kind: if order == 0 { "invoice" } else { "payment" },
            invoice,
            amount_minor: minor,
            balance_minor: balance,
            currency,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("day")
    }

    fn inv(n: &str, issued: &str, due: &str, amount: i64, paid: &[(&str, i64)]) -> StatementInput {
        StatementInput {
            invoice: n.into(),
            issued: day(issued),
            due: day(due),
            amount_minor: amount,
            currency: Currency::EUR,
            payments: paid.iter().map(|(d, m)| (day(d), *m)).collect(),
            written_off: false,
        }
    }

    /// Checked by hand: as of 30 November 2026,
    /// A due 10 Dec: not yet due, 1,000.00 open;
    /// B due 30 Nov: due today, not overdue (0 days), 200.00;
    /// C due 31 Oct: 30 days, 300.00 of 500.00 (200.00 paid);
    /// D due 30 Oct: 31 days, 400.00;
    /// E due 31 Aug: 91 days, 50.00;
    /// F paid in full, G written off: not on the statement.
    #[test]
    fn buckets_checked_by_hand_add_up_to_what_is_open() {
        let mut written_off = inv("G", "2026-01-01", "2026-01-31", 999, &[]);
        written_off.written_off = true;
        let invoices = vec![
            inv("A", "2026-11-10", "2026-12-10", 100_000, &[]),
            inv("B", "2026-10-31", "2026-11-30", 20_000, &[]),
            inv(
                "C",
                "2026-10-01",
                "2026-10-31",
                50_000,
                &[("2026-11-05", 20_000)],
            ),
            inv("D", "2026-09-30", "2026-10-30", 40_000, &[]),
            inv("E", "2026-08-01", "2026-08-31", 5_000, &[]),
            inv(
                "F",
                "2026-08-01",
                "2026-08-31",
                7_000,
                &[("2026-09-01", 7_000)],
            ),
            written_off,
        ];
        let s = statement("Rossi", day("2026-11-30"), &invoices, None);
        let numbers: Vec<&str> = s.items.iter().map(|i| i.invoice.as_str()).collect();
        assert_eq!(numbers, ["E", "D", "C", "B", "A"]);
        let days: Vec<i64> = s.items.iter().map(|i| i.days_overdue).collect();
        assert_eq!(days, [91, 31, 30, 0, 0]);
        assert_eq!(s.totals.len(), 1);
        let t = &s.totals[0];
        assert_eq!(
            t.buckets,
            Buckets {
                not_due: 120_000,
                d1_30: 30_000,
                d31_60: 40_000,
                d61_90: 0,
                over_90: 5_000,
            }
        );
        assert_eq!(t.open_minor, 195_000);
        assert_eq!(t.buckets.in_order().iter().sum::<i64>(), t.open_minor);
        assert_eq!(t.overdue_minor, 75_000);
        let c = &s.items[2];
        assert_eq!((c.paid_minor, c.balance_minor), (20_000, 30_000));
    }

    #[test]
    fn currencies_are_totalled_apart_and_later_facts_are_ignored() {
        let mut gbp = inv("L", "2026-10-01", "2026-10-31", 12_000, &[]);
        gbp.currency = Currency::GBP;
        let invoices = vec![
            inv(
                "A",
                "2026-10-01",
                "2026-10-31",
                10_000,
                &[("2026-12-01", 10_000)],
            ),
            gbp,
            inv("Later", "2026-12-01", "2026-12-31", 5_000, &[]),
        ];
        let s = statement("X", day("2026-11-15"), &invoices, None);
        assert_eq!(
            s.items.len(),
            2,
            "a payment and an invoice after the day do not count"
        );
        let codes: Vec<&str> = s.totals.iter().map(|t| t.currency.code()).collect();
        assert_eq!(codes, ["EUR", "GBP"]);
        assert_eq!(s.totals[1].buckets.d1_30, 12_000);
    }

    #[test]
    fn activity_runs_from_an_opening_balance() {
        let invoices = vec![
            inv(
                "A",
                "2026-09-01",
                "2026-10-01",
                10_000,
                &[("2026-10-05", 4_000)],
            ),
            inv(
                "B",
                "2026-10-10",
                "2026-11-10",
                3_000,
                &[("2026-11-12", 3_000)],
            ),
        ];
        let s = statement("X", day("2026-11-30"), &invoices, Some(day("2026-10-01")));
        let lines = s.activity.expect("activity");
        let got: Vec<(&str, &str, i64, i64)> = lines
            .iter()
            .map(|l| (l.kind, l.invoice.as_str(), l.amount_minor, l.balance_minor))
            .collect();
        assert_eq!(
            got,
            [
                ("opening", "", 10_000, 10_000),
                ("payment", "A", -4_000, 6_000),
                ("invoice", "B", 3_000, 9_000),
                ("payment", "B", -3_000, 6_000),
            ]
        );
        // The running balance ends at what the statement says is open.
        assert_eq!(
            lines.last().map(|l| l.balance_minor),
            Some(s.totals[0].open_minor)
        );
    }
}
