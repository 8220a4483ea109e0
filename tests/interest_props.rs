//! Properties of the claim over random invoices, payments, laws and days: the table adds
//! up, the periods tile the late days exactly, interest never shrinks as days pass, and
//! the UK rate never moves.

use chrono::{Days, NaiveDate};
use overdue::domain::interest::{ClaimInput, Law, compute_claim};
use overdue::domain::invoice::{Invoice, InvoiceId, Payment};
use overdue::domain::money::Currency;
use overdue::domain::party::{ClientId, ClientKind};
use overdue::domain::rates::RateTable;
use proptest::prelude::*;

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).expect("date")
}

#[derive(Debug, Clone)]
struct Case {
    law: Law,
    debtor: ClientKind,
    invoice: Invoice,
    payments: Vec<Payment>,
    as_of: NaiveDate,
}

fn case_strategy() -> impl Strategy<Value = Case> {
    (
        prop_oneof![
            Just(Law::It),
            Just(Law::De),
            Just(Law::Fr),
            Just(Law::Eu),
            Just(Law::Gb),
            Just(Law::None)
        ],
        prop_oneof![
            Just(ClientKind::Business),
            Just(ClientKind::Consumer),
            Just(ClientKind::Public)
        ],
        0u64..900,
        1i64..5_000_000,
        proptest::option::of(0i64..3000),
        proptest::collection::vec((0u64..1000, 1i64..100), 0..5),
        0u64..1000,
    )
        .prop_map(|(law, debtor, due_off, amount, rate, pays, as_of_off)| {
            let due = base() + Days::new(due_off);
            let currency = if law == Law::Gb {
                Currency::GBP
            } else {
                Currency::EUR
            };
            let invoice = Invoice {
                id: InvoiceId(1),
                number: "P-1".into(),
                client_id: ClientId(1),
                issued: due,
                due,
                amount_minor: amount,
                currency,
                description: None,
                terms: None,
                terms_agreed_on: None,
                late_rate_bp: rate,
            };
            // Payments are percentages of the amount, never more than it in all.
            let mut left = amount;
            let payments = pays
                .into_iter()
                .enumerate()
                .filter_map(|(i, (off, pct))| {
                    let a = (amount * pct / 100).min(left);
                    left -= a;
                    (a > 0).then(|| Payment {
                        id: i as i64 + 1,
                        date: base() + Days::new(off),
                        amount_minor: a,
                        method: None,
                        note: None,
                    })
                })
                .collect();
            Case {
                law,
                debtor,
                invoice,
                payments,
                as_of: base() + Days::new(as_of_off),
            }
        })
}

fn claim(c: &Case, as_of: NaiveDate, rates: &RateTable) -> overdue::domain::interest::Claim {
    compute_claim(
        &ClaimInput {
            law: c.law,
            debtor: c.debtor,
            invoice: &c.invoice,
            payments: &c.payments,
            as_of,
        },
        rates,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_claim_adds_up_and_its_periods_tile_the_late_days(c in case_strategy()) {
        let rates = RateTable::embedded();
        let cl = claim(&c, c.as_of, &rates);
        prop_assert_eq!(cl.interest_minor, cl.periods.iter().map(|p| p.interest_minor).sum::<i64>());
        prop_assert_eq!(cl.total_minor, cl.principal_minor + cl.interest_minor + cl.compensation_minor);
        prop_assert!(cl.interest_minor >= 0 && cl.compensation_minor >= 0);
        let mut prev: Option<NaiveDate> = None;
        for p in &cl.periods {
            prop_assert!(p.from > c.invoice.due && p.to <= c.as_of, "{:?}", p);
            prop_assert_eq!(p.days, (p.to - p.from).num_days() + 1);
            prop_assert!(p.principal_minor > 0 && p.principal_minor <= c.invoice.amount_minor);
            if let Some(prev_to) = prev {
                prop_assert!(p.from > prev_to, "periods overlap");
            }
            prev = Some(p.to);
        }
        // Days with a balance left are all covered, when interest applies at all.
        if !cl.periods.is_empty() {
            let covered: i64 = cl.periods.iter().map(|p| p.days).sum();
            let late_days_with_balance = (1..=(c.as_of - c.invoice.due).num_days())
                .map(|k| c.invoice.due + Days::new(k as u64))
                .filter(|d| {
                    let paid: i64 = c.payments.iter().filter(|p| p.date < *d && p.date <= c.as_of).map(|p| p.amount_minor).sum();
                    c.invoice.amount_minor - paid > 0
                })
                .count() as i64;
            prop_assert_eq!(covered, late_days_with_balance);
        }
        if c.law == Law::Gb && c.invoice.late_rate_bp.is_none() {
            let mut rates_seen: Vec<i64> = cl.periods.iter().map(|p| p.rate_bp).collect();
            rates_seen.dedup();
            prop_assert!(rates_seen.len() <= 1, "the UK rate moved: {:?}", rates_seen);
        }
        if c.debtor == ClientKind::Consumer {
            prop_assert_eq!(cl.compensation_minor, 0);
            if c.invoice.late_rate_bp.is_none() && c.law != Law::De {
                prop_assert_eq!(cl.interest_minor, 0);
            }
        }
    }

    #[test]
    fn interest_never_shrinks_as_days_pass(c in case_strategy(), extra in 1u64..200) {
        let rates = RateTable::embedded();
        let earlier = claim(&c, c.as_of, &rates);
        let later = claim(&c, c.as_of + Days::new(extra), &rates);
        prop_assert!(later.interest_minor >= earlier.interest_minor,
            "{} then {}", earlier.interest_minor, later.interest_minor);
    }
}
