//! Property: for any sequence of payments, voids and corrections on a real ledger, the
//! balance, the claim, the stage and the due queue equal those computed from the
//! surviving facts alone, entered afresh into a new ledger.

use chrono::{Days, NaiveDate};
use overdue::actions::{self, InvoiceInput, InvoicePatch, LetterAssets, ProfilePatch};
use overdue::ledger::Ledger;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

#[derive(Clone, Debug)]
enum Op {
    Pay { day: u64, cents: i64 },
    Void { pick: usize },
    Amount { cents: i64 },
    Due { day: u64 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u64..60, 1i64..80_000).prop_map(|(day, cents)| Op::Pay { day, cents }),
        (0usize..10).prop_map(|pick| Op::Void { pick }),
        (50_000i64..300_000).prop_map(|cents| Op::Amount { cents }),
        (1u64..40).prop_map(|day| Op::Due { day }),
    ]
}

fn money(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// A ledger with a profile, a client and invoice F-1 (EUR 1,500.00 issued 1 Sep 2026).
fn ledger(dir: &std::path::Path, name: &str, amount: i64, due: NaiveDate) -> Ledger {
    let mut l = Ledger::open(&dir.join(name)).expect("open");
    actions::set_profile(
        &mut l,
        &ProfilePatch {
            name: Some("Studio Verdi".into()),
            country: Some("IT".into()),
            ..Default::default()
        },
    )
    .expect("profile");
    actions::add_client(
        &mut l,
        &actions::ClientInput {
            name: "Rossi S.r.l.".into(),
            ..Default::default()
        },
    )
    .expect("client");
    actions::add_invoice(
        &mut l,
        &InvoiceInput {
            client: "Rossi S.r.l.".into(),
            number: "F-1".into(),
            issued: "2026-09-01".into(),
            due: due.to_string(),
            amount: money(amount),
            ..Default::default()
        },
    )
    .expect("invoice");
    l
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn the_record_after_corrections_equals_the_surviving_facts(ops in proptest::collection::vec(op(), 1..12)) {
        let dir = tempfile::tempdir().expect("dir");
        let today = d("2026-11-20");
        let start = d("2026-09-01");
        let mut amount = 150_000i64;
        let mut due = d("2026-10-01");
        let mut live = ledger(dir.path(), "live.db", amount, due);
        // The surviving payments: (day, cents, id in the live ledger).
        let mut kept: Vec<(NaiveDate, i64, i64)> = Vec::new();
        for op in ops {
            let paid: i64 = kept.iter().map(|p| p.1).sum();
            match op {
                Op::Pay { day, cents } => {
                    let date = start + Days::new(day);
                    // Up to the balance: beyond it is the claim's business, tested elsewhere.
                    let cents = cents.min(amount - paid);
                    if cents <= 0 { continue; }
                    let (_, id) = actions::record_payment(&mut live, "F-1", &date.to_string(), &money(cents), None, None, today).expect("pay");
                    kept.push((date, cents, id));
                }
                Op::Void { pick } => {
                    if kept.is_empty() { continue; }
                    let (_, _, id) = kept.remove(pick % kept.len());
                    actions::void_payment(&mut live, id, Some("test"), today).expect("void");
                }
                Op::Amount { cents } => {
                    if cents < paid || cents == amount { continue; }
                    let patch = InvoicePatch { amount: Some(money(cents)), ..Default::default() };
                    actions::set_invoice(&mut live, "F-1", &patch, None, today).expect("set");
                    amount = cents;
                }
                Op::Due { day } => {
                    let new_due = start + Days::new(day);
                    if new_due == due { continue; }
                    let patch = InvoicePatch { due: Some(new_due.to_string()), ..Default::default() };
                    actions::set_invoice(&mut live, "F-1", &patch, None, today).expect("set");
                    due = new_due;
                }
            }
        }
        // The same surviving facts, entered afresh.
        let mut fresh = ledger(dir.path(), "fresh.db", amount, due);
        for (date, cents, _) in &kept {
            actions::add_payment(&mut fresh, "F-1", &date.to_string(), &money(*cents), None, None, today).expect("pay");
        }
        let a = actions::invoice_detail(&mut live, "F-1", today).expect("live");
        let b = actions::invoice_detail(&mut fresh, "F-1", today).expect("fresh");
        prop_assert_eq!(a.row.balance_minor, amount - kept.iter().map(|p| p.1).sum::<i64>());
        prop_assert_eq!(a.row.balance_minor, b.row.balance_minor);
        prop_assert_eq!(a.row.stage, b.row.stage);
        prop_assert_eq!(a.row.status, b.row.status);
        prop_assert_eq!(&a.next_action.reason, &b.next_action.reason);
        let assets = LetterAssets::embedded();
        let ca = actions::claim(&mut live, "F-1", today, &assets).expect("claim").0;
        let cb = actions::claim(&mut fresh, "F-1", today, &assets).expect("claim").0;
        prop_assert_eq!(ca.total_minor, cb.total_minor);
        prop_assert_eq!(ca.periods, cb.periods);
        // The due queue (read through the condensed history) agrees too.
        let qa = actions::due_queue(&mut live, today, true).expect("queue");
        let qb = actions::due_queue(&mut fresh, today, true).expect("queue");
        prop_assert_eq!(serde_json::to_string(&qa).expect("json"), serde_json::to_string(&qb).expect("json"));
    }
}
