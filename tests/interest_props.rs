//! Properties of the claim over random invoices, payments, letters, laws, debtors and days
//! from 2013 to 2027: the table adds up, the periods tile the days of default exactly,
//! interest never shrinks as days pass, the UK and French public rates never move, and no
//! period uses a rate from another period of its table, except the flagged stale tail.

use chrono::{Days, NaiveDate};
use overdue::domain::interest::{ClaimInput, Law, RateKind, compute_claim};
use overdue::domain::invoice::{Invoice, InvoiceId, Payment};
use overdue::domain::ladder::{Letter, Stage};
use overdue::domain::money::Currency;
use overdue::domain::party::{ClientId, ClientKind};
use overdue::domain::rates::RateTable;
use proptest::prelude::*;

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2013, 1, 1).expect("date")
}

#[derive(Debug, Clone)]
struct Case {
    law: Law,
    debtor: ClientKind,
    invoice: Invoice,
    payments: Vec<Payment>,
    letters: Vec<Letter>,
    as_of: NaiveDate,
}

fn law() -> impl Strategy<Value = Law> {
    prop_oneof![
        Just(Law::It),
        Just(Law::De),
        Just(Law::Fr),
        Just(Law::Eu),
        Just(Law::Gb),
        Just(Law::None)
    ]
}

fn debtor() -> impl Strategy<Value = ClientKind> {
    prop_oneof![
        Just(ClientKind::Business),
        Just(ClientKind::Consumer),
        Just(ClientKind::Public)
    ]
}

fn case_strategy() -> impl Strategy<Value = Case> {
    (
        (law(), debtor(), 0u64..5000, 1i64..5_000_000),
        (proptest::option::of(0i64..3000), proptest::bool::ANY),
        proptest::collection::vec((0u64..1200, 1i64..100), 0..5),
        proptest::collection::vec((1u64..200, 0u64..30), 0..4),
        0u64..1500,
    )
        .prop_map(
            |((law, debtor, due_off, amount), (rate, agreed), pays, letters, as_of_off)| {
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
                    terms_agreed_on: agreed.then_some(due),
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
                            date: due + Days::new(off),
                            amount_minor: a,
                            method: None,
                            note: None,
                        })
                    })
                    .collect();
                // Letters up the ladder, each sent some days after the last.
                let mut sent = due;
                let letters = letters
                    .into_iter()
                    .enumerate()
                    .map(|(i, (gap, deadline))| {
                        sent = sent + Days::new(gap);
                        Letter {
                            id: i as i64 + 1,
                            stage: Stage::ALL[i],
                            sent,
                            deadline: sent + Days::new(deadline),
                            principal_minor: 0,
                            interest_minor: 0,
                            compensation_minor: 0,
                            forced: false,
                        }
                    })
                    .collect();
                Case {
                    law,
                    debtor,
                    invoice,
                    payments,
                    letters,
                    as_of: due + Days::new(as_of_off),
                }
            },
        )
}

fn claim(c: &Case, as_of: NaiveDate, rates: &RateTable) -> overdue::domain::interest::Claim {
    compute_claim(
        &ClaimInput {
            law: c.law,
            debtor: c.debtor,
            invoice: &c.invoice,
            payments: &c.payments,
            letters: &c.letters,
            as_of,
        },
        rates,
    )
    .expect("the shipped tables start in 2013, before every case")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_claim_adds_up_and_its_periods_tile_the_days_of_default(c in case_strategy()) {
        let rates = RateTable::embedded();
        let cl = claim(&c, c.as_of, &rates);
        prop_assert_eq!(cl.interest_minor, cl.periods.iter().map(|p| p.interest_minor).sum::<i64>());
        prop_assert_eq!(cl.total_minor, cl.principal_minor + cl.interest_minor + cl.compensation_minor);
        prop_assert!(cl.interest_minor >= 0 && cl.compensation_minor >= 0 && cl.daily_minor >= 0);
        let mut prev: Option<NaiveDate> = None;
        for p in &cl.periods {
            let from = cl.default_from.expect("periods need a start");
            prop_assert!(p.from >= from && p.from > c.invoice.due && p.to <= c.as_of, "{:?}", p);
            prop_assert_eq!(p.days, (p.to - p.from).num_days() + 1);
            prop_assert!(p.principal_minor > 0 && p.principal_minor <= c.invoice.amount_minor);
            if let Some(prev_to) = prev {
                prop_assert!(p.from > prev_to, "periods overlap");
            }
            prev = Some(p.to);
        }
        // Every day of default with a balance left is covered, once.
        if let Some(from) = cl.default_from.filter(|_| cl.rate_kind != RateKind::NoInterest) {
            let covered: i64 = cl.periods.iter().map(|p| p.days).sum();
            let days = from
                .iter_days()
                .take_while(|d| *d <= c.as_of)
                .filter(|d| {
                    let paid: i64 = c.payments.iter().filter(|p| p.date < *d && p.date <= c.as_of).map(|p| p.amount_minor).sum();
                    c.invoice.amount_minor - paid > 0
                })
                .count() as i64;
            prop_assert_eq!(covered, days);
        } else {
            prop_assert!(cl.periods.is_empty());
        }
        if cl.rate_kind == RateKind::StatutoryFixed {
            let mut rates_seen: Vec<i64> = cl.periods.iter().map(|p| p.rate_bp).collect();
            rates_seen.dedup();
            prop_assert!(rates_seen.len() <= 1, "a fixed rate moved: {:?}", rates_seen);
        }
        if c.debtor == ClientKind::Consumer {
            prop_assert_eq!(cl.compensation_minor, 0);
            if c.invoice.late_rate_bp.is_none() && matches!(c.law, Law::Gb | Law::Eu | Law::None) {
                prop_assert_eq!(cl.interest_minor, 0);
            }
        }
        // The fixed compensation is owed only once in default.
        if cl.compensation_minor > 0 {
            prop_assert!(cl.default_from.is_some_and(|d| d <= c.as_of));
        }
    }

    #[test]
    fn no_period_borrows_another_periods_rate_except_the_flagged_stale_tail(c in case_strategy()) {
        let rates = RateTable::embedded();
        let cl = claim(&c, c.as_of, &rates);
        let (Some(series), RateKind::Statutory | RateKind::Legal) = (cl.series, cl.rate_kind) else {
            return Ok(());
        };
        let last = rates.latest(series).expect("rows").from;
        for p in &cl.periods {
            // A period never crosses a boundary of its table.
            prop_assert_eq!(series.period_start(p.from), series.period_start(p.to), "{:?}", p);
            let start = series.period_start(p.from);
            let own = rates.entries().iter().find(|e| e.series == series && e.from == start);
            match own {
                Some(row) => prop_assert_eq!(p.rate_bp, row.bp + cl.margin_bp, "{:?}", p),
                None => {
                    // Only after the table's last row, with the last row's rate and a warning.
                    prop_assert!(start > last, "a gap inside the table at {}", start);
                    let row = rates.latest(series).expect("rows");
                    prop_assert_eq!(p.rate_bp, row.bp + cl.margin_bp);
                    prop_assert!(cl.warnings.iter().any(|w| w.contains("rate table may be stale")),
                        "a stale period with no warning: {:?}", p);
                }
            }
        }
        // And a claim with no stale period carries no stale warning.
        if cl.periods.iter().all(|p| series.period_start(p.from) <= last)
            && cl.default_from.is_none_or(|d| series.period_start(d.max(c.as_of)) <= last)
        {
            prop_assert!(cl.warnings.is_empty(), "{:?}", cl.warnings);
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
