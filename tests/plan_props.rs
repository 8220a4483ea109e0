//! Property tests of the letter plan over random ledgers (2,000 cases): several clients,
//! two currencies, invoices with random payments, disputes and letters already sent (the
//! engine's own, sent on random days). On any day, the plan covers exactly the invoices
//! the engine proposes a letter for, each once; no letter covers invoices of different
//! clients, stages or currencies; and each letter's deadline, balance and key follow
//! from its invoices.

use chrono::{Days, NaiveDate};
use overdue::domain::events::{Event, EventKind};
use overdue::domain::invoice::{Invoice, InvoiceId, Payment, balance_on};
use overdue::domain::ladder::{Case, LadderPolicy, Letter, NextAction, next_action};
use overdue::domain::money::Currency;
use overdue::domain::party::{ClientId, ClientKind};
use overdue::domain::plan::{PlanInput, letter_key, plan_letters};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const HORIZON: u64 = 150;

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.checked_add_days(Days::new(n)))
        .expect("date")
}

#[derive(Debug, Clone)]
struct Item {
    invoice: Invoice,
    payments: Vec<Payment>,
    events: Vec<Event>,
    /// Days on which a runner was opened for this invoice (letters sent then).
    open: Vec<u64>,
}

fn item_strategy(n: usize) -> impl Strategy<Value = Item> {
    (
        1i64..4,
        prop::bool::ANY,
        0u64..50,
        0u64..40,
        1_000i64..500_000,
        prop::option::of((0..HORIZON, 1i64..=100)),
        prop::option::of((0..HORIZON, prop::bool::ANY)),
        prop::collection::vec(0..HORIZON, 0..12),
    )
        .prop_map(
            move |(client, gbp, issue, terms, amount, pay, dispute, open)| {
                let issued = day(issue);
                let invoice = Invoice {
                    id: InvoiceId(n as i64 + 1),
                    number: format!("P-{n:02}"),
                    client_id: ClientId(client),
                    issued,
                    due: issued.checked_add_days(Days::new(terms)).expect("date"),
                    amount_minor: amount,
                    currency: if gbp { Currency::GBP } else { Currency::EUR },
                    description: None,
                    terms: None,
                    terms_agreed_on: None,
                    late_rate_bp: None,
                };
                let payments = pay
                    .map(|(at, pct)| Payment {
                        id: 1,
                        date: day(at),
                        amount_minor: (amount * pct / 100).max(1),
                        method: None,
                        note: None,
                    })
                    .into_iter()
                    .collect();
                let events = dispute
                    .map(|(at, resolved)| {
                        let mut v = vec![Event {
                            id: 1,
                            date: day(at),
                            kind: EventKind::DisputeOpened,
                            until: None,
                            text: String::new(),
                        }];
                        if resolved {
                            v.push(Event {
                                id: 2,
                                date: day((at + 10).min(HORIZON)),
                                kind: EventKind::DisputeResolved,
                                until: None,
                                text: String::new(),
                            });
                        }
                        v
                    })
                    .unwrap_or_default();
                let mut open = open;
                open.sort_unstable();
                open.dedup();
                Item {
                    invoice,
                    payments,
                    events,
                    open,
                }
            },
        )
}

fn ledger_strategy() -> impl Strategy<Value = Vec<Item>> {
    (1usize..12).prop_flat_map(|n| (0..n).map(item_strategy).collect::<Vec<_>>())
}

fn case<'a>(it: &'a Item, letters: &'a [Letter]) -> Case<'a> {
    Case {
        invoice: &it.invoice,
        debtor: ClientKind::Business,
        payments: &it.payments,
        letters,
        events: &it.events,
    }
}

/// The letters each invoice got from a runner opened on its own random days, before `today`.
fn letters_before(it: &Item, policy: &LadderPolicy, today: NaiveDate) -> Vec<Letter> {
    let mut letters: Vec<Letter> = Vec::new();
    for &n in &it.open {
        let d = day(n);
        if d >= today {
            break;
        }
        let c = case(it, &letters);
        if let NextAction::Send { stage, deadline } = next_action(&c, policy, d) {
            letters.push(Letter {
                id: letters.len() as i64 + 1,
                stage,
                sent: d,
                deadline,
                principal_minor: 0,
                interest_minor: 0,
                compensation_minor: 0,
                forced: false,
            });
        }
    }
    letters
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn each_letter_covers_one_client_currency_and_stage_and_every_proposal_once(
        items in ledger_strategy(),
        on in 0..=HORIZON,
    ) {
        let policy = LadderPolicy::default();
        let today = day(on);
        let mut inputs = Vec::new();
        let mut proposed: BTreeMap<String, NextAction> = BTreeMap::new();
        for it in &items {
            let letters = letters_before(it, &policy, today);
            let c = case(it, &letters);
            let action = next_action(&c, &policy, today);
            if matches!(action, NextAction::Send { .. }) {
                proposed.insert(it.invoice.number.clone(), action.clone());
            }
            inputs.push(PlanInput {
                client_id: it.invoice.client_id.0,
                client: format!("Client {}", it.invoice.client_id.0),
                invoice: it.invoice.number.clone(),
                currency: it.invoice.currency,
                balance_minor: balance_on(&it.invoice, &it.payments, today),
                days_overdue: (today - it.invoice.due).num_days().max(0),
                action,
                claims_interest: false,
            });
        }
        let plans = plan_letters(today, &inputs);
        let mut covered = BTreeSet::new();
        let mut keys = BTreeSet::new();
        for p in &plans {
            prop_assert!(!p.invoices.is_empty());
            prop_assert!(keys.insert(p.letter.clone()), "one key per letter");
            prop_assert_eq!(&p.letter, &letter_key(today, p.client_id, p.currency, p.stage));
            let mut balance = 0;
            for n in &p.invoices {
                prop_assert!(covered.insert(n.clone()), "{} is in two letters", n);
                let it = items.iter().find(|i| &i.invoice.number == n).expect("item");
                // One client, one currency, one stage: the one the engine proposed.
                prop_assert_eq!(it.invoice.client_id.0, p.client_id);
                prop_assert_eq!(it.invoice.currency, p.currency);
                match proposed.get(n) {
                    Some(NextAction::Send { stage, deadline }) => {
                        prop_assert_eq!(*stage, p.stage);
                        prop_assert!(*deadline <= p.deadline);
                    }
                    other => prop_assert!(false, "{} is in a letter but the engine proposed {:?}", n, other),
                }
                balance += balance_on(&it.invoice, &it.payments, today);
            }
            prop_assert_eq!(balance, p.balance_minor);
        }
        // Every proposal is in a letter.
        let proposed_numbers: BTreeSet<String> = proposed.keys().cloned().collect();
        prop_assert_eq!(covered, proposed_numbers);
    }
}
