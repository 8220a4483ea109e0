//! Property tests of the escalation engine over random histories (10k cases).
//!
//! A random invoice gets random payments, disputes, promises, pauses, write-offs and
//! handovers. A runner opened every day sends whatever the engine proposes; a second
//! runner is opened only on random days. The invariants: the engine never skips a stage,
//! never proposes for a paid, disputed, promised, paused or closed invoice, never
//! proposes twice on one day, never ignores the earliest day or the last deadline, and
//! its answer for a day depends only on the history up to that day, so replaying day by
//! day and jumping straight to the day agree, and catching up never goes further.

use chrono::{Days, NaiveDate};
use overdue::domain::condensed::condense;
use overdue::domain::events::{Event, EventKind};
use overdue::domain::invoice::{Invoice, InvoiceId, Payment};
use overdue::domain::ladder::{
    Case, LadderPolicy, Letter, NextAction, Stage, StageRule, ladder_position, next_action, status,
};
use overdue::domain::money::Currency;
use overdue::domain::party::{ClientId, ClientKind};
use proptest::prelude::*;

const HORIZON: u64 = 160;

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).expect("date")
}

fn day(n: u64) -> NaiveDate {
    base().checked_add_days(Days::new(n)).expect("in range")
}

#[derive(Debug, Clone)]
struct History {
    invoice: Invoice,
    debtor: ClientKind,
    policy: LadderPolicy,
    payments: Vec<Payment>,
    events: Vec<Event>,
}

fn policy_strategy() -> impl Strategy<Value = LadderPolicy> {
    prop_oneof![
        Just(LadderPolicy::default()),
        (
            1i64..10,
            1i64..15,
            1i64..15,
            1i64..15,
            prop::array::uniform4(1i64..20),
            1i64..40,
            0i64..500
        )
            .prop_map(|(first, g1, g2, g3, deadlines, consumer, min)| {
                let earliest = [first, first + g1, first + g1 + g2, first + g1 + g2 + g3];
                let rules = std::array::from_fn(|i| StageRule {
                    earliest_days: earliest[i],
                    deadline_days: deadlines[i],
                });
                LadderPolicy {
                    rules,
                    consumer_legal_warning_deadline_days: consumer,
                    min_balance_minor: min,
                    claim_from: Stage::FormalLetter,
                }
            }),
    ]
}

fn event_strategy() -> impl Strategy<Value = (u64, u8, u64)> {
    (0..HORIZON, 0u8..100, 1u64..40)
}

fn history_strategy() -> impl Strategy<Value = History> {
    (
        0u64..40,
        0u64..60,
        1_000i64..1_000_000,
        prop_oneof![
            Just(ClientKind::Business),
            Just(ClientKind::Consumer),
            Just(ClientKind::Public)
        ],
        policy_strategy(),
        prop::collection::vec((0..HORIZON, 1i64..100), 0..4),
        prop::collection::vec(event_strategy(), 0..6),
    )
        .prop_map(|(issue_offset, terms, amount, debtor, policy, pays, evs)| {
            let issued = day(issue_offset);
            let due = issued.checked_add_days(Days::new(terms)).expect("date");
            let invoice = Invoice {
                id: InvoiceId(1),
                number: "P-1".into(),
                client_id: ClientId(1),
                issued,
                due,
                amount_minor: amount,
                currency: Currency::EUR,
                description: None,
                terms: None,
                terms_agreed_on: None,
                late_rate_bp: None,
            };
            // Payments are percentages of the amount, never more than it in total.
            let mut left = amount;
            let mut payments = vec![];
            for (i, (at, pct)) in pays.into_iter().enumerate() {
                let minor = (amount * pct / 100).clamp(1, left.max(1)).min(left);
                if minor > 0 {
                    left -= minor;
                    payments.push(Payment {
                        id: i as i64 + 1,
                        date: day(at),
                        amount_minor: minor,
                        method: None,
                        note: None,
                    });
                }
            }
            let events = evs
                .into_iter()
                .enumerate()
                .map(|(i, (at, k, len))| {
                    let (kind, until) = match k {
                        0..=24 => (EventKind::DisputeOpened, None),
                        25..=44 => (EventKind::DisputeResolved, None),
                        45..=64 => (EventKind::PromiseToPay, Some(day(at + len))),
                        65..=84 => (EventKind::PausedUntil, Some(day(at + len))),
                        85..=89 => (EventKind::HandedOver, None),
                        90..=94 => (EventKind::WrittenOff, None),
                        _ => (EventKind::Call, None),
                    };
                    Event {
                        id: i as i64 + 1,
                        date: day(at),
                        kind,
                        until,
                        text: String::new(),
                    }
                })
                .collect();
            History {
                invoice,
                debtor,
                policy,
                payments,
                events,
            }
        })
}

fn action(h: &History, letters: &[Letter], today: NaiveDate) -> NextAction {
    let case = Case {
        invoice: &h.invoice,
        debtor: h.debtor,
        payments: &h.payments,
        letters,
        events: &h.events,
    };
    next_action(&case, &h.policy, today)
}

/// What must stop the ladder on `d`, computed independently of the engine.
fn must_block(h: &History, d: NaiveDate) -> Option<&'static str> {
    let paid: i64 = h
        .payments
        .iter()
        .filter(|p| p.date <= d)
        .map(|p| p.amount_minor)
        .sum();
    if h.invoice.amount_minor - paid <= h.policy.min_balance_minor {
        return Some("paid or below minimum");
    }
    let mut evs: Vec<&Event> = h.events.iter().filter(|e| e.date <= d).collect();
    evs.sort_by_key(|e| (e.date, e.id));
    if evs
        .iter()
        .any(|e| matches!(e.kind, EventKind::HandedOver | EventKind::WrittenOff))
    {
        return Some("closed");
    }
    let mut disputed = false;
    for e in &evs {
        match e.kind {
            EventKind::DisputeOpened => disputed = true,
            EventKind::DisputeResolved => disputed = false,
            _ => {}
        }
    }
    if disputed {
        return Some("disputed");
    }
    let latest = |k: EventKind| evs.iter().rev().find(|e| e.kind == k).and_then(|e| e.until);
    if latest(EventKind::PromiseToPay).is_some_and(|u| d <= u) {
        return Some("promised");
    }
    if latest(EventKind::PausedUntil).is_some_and(|u| d < u) {
        return Some("paused");
    }
    None
}

fn letter(stage: Stage, sent: NaiveDate, deadline: NaiveDate, id: i64) -> Letter {
    Letter {
        id,
        stage,
        sent,
        deadline,
        principal_minor: 0,
        interest_minor: 0,
        compensation_minor: 0,
        forced: false,
    }
}

/// Opens the ledger on the given days (in order) and sends whatever is proposed,
/// checking the per-day invariants. Returns the letters sent.
fn run(h: &History, days: impl Iterator<Item = NaiveDate>) -> Result<Vec<Letter>, TestCaseError> {
    let mut letters: Vec<Letter> = vec![];
    for d in days {
        match action(h, &letters, d) {
            NextAction::Send { stage, deadline } => {
                let expected = letters
                    .last()
                    .map_or(Some(Stage::Reminder), |l| l.stage.next());
                prop_assert_eq!(Some(stage), expected, "skipped a stage on {}", d);
                prop_assert!(
                    must_block(h, d).is_none(),
                    "proposed {} on {} although {:?}",
                    stage,
                    d,
                    must_block(h, d)
                );
                let earliest = h.invoice.due + Days::new(h.policy.rule(stage).earliest_days as u64);
                prop_assert!(
                    d >= earliest,
                    "{} proposed on {} before its earliest day {}",
                    stage,
                    d,
                    earliest
                );
                if let Some(prev) = letters.last() {
                    prop_assert!(
                        d > prev.deadline,
                        "{} on {} before the {} deadline {}",
                        stage,
                        d,
                        prev.stage,
                        prev.deadline
                    );
                }
                prop_assert!(deadline > d);
                letters.push(letter(stage, d, deadline, letters.len() as i64 + 1));
                let again = action(h, &letters, d);
                prop_assert!(
                    !matches!(again, NextAction::Send { .. }),
                    "two letters on {}: {:?}",
                    d,
                    again
                );
            }
            NextAction::HandoverReady { .. } => {
                prop_assert_eq!(letters.last().map(|l| l.stage), Some(Stage::LegalWarning));
                prop_assert!(must_block(h, d).is_none());
            }
            NextAction::Nothing(_) => {}
        }
    }
    Ok(letters)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn the_engine_keeps_its_invariants(h in history_strategy(), open_days in prop::collection::vec(any::<bool>(), HORIZON as usize)) {
        let end = day(HORIZON);
        let daily = run(&h, (0..=HORIZON).map(day))?;

        // The engine has no memory: on every day its answer from the whole history
        // equals its answer from the history up to that day (replay = jump).
        for n in 0..=HORIZON {
            let d = day(n);
            let past: Vec<Letter> = daily.iter().filter(|l| l.sent <= d).cloned().collect();
            let h_past = History {
                payments: h.payments.iter().filter(|p| p.date <= d).cloned().collect(),
                events: h.events.iter().filter(|e| e.date <= d).cloned().collect(),
                ..h.clone()
            };
            prop_assert_eq!(action(&h, &daily, d), action(&h_past, &past, d));
        }

        // A runner opened only on some days (always on the last) catches up one stage
        // at a time: the same stages in the same order, never earlier, never more.
        let sparse_days = (0..HORIZON).filter(|n| open_days[*n as usize]).chain([HORIZON]).map(day);
        let sparse = run(&h, sparse_days)?;
        prop_assert!(sparse.len() <= daily.len());
        for (s, d) in sparse.iter().zip(&daily) {
            prop_assert_eq!(s.stage, d.stage);
            prop_assert!(s.sent >= d.sent);
        }

        // The condensed history the ledger stores answers exactly like the full one on
        // every day from the last recorded fact on.
        let full = Case { invoice: &h.invoice, debtor: h.debtor, payments: &h.payments, letters: &daily, events: &h.events };
        let condensed = condense(&full);
        let small = condensed.history();
        let short = Case { invoice: &h.invoice, debtor: h.debtor, payments: &small.payments, letters: &small.letters, events: &small.events };
        let from = condensed.last_fact_on.unwrap_or(h.invoice.issued);
        for n in 0..40 {
            let d = from + Days::new(n);
            prop_assert!(condensed.exact_on(d));
            prop_assert_eq!(next_action(&full, &h.policy, d), next_action(&short, &h.policy, d), "on {}", d);
            prop_assert_eq!(status(&full, &h.policy, d), status(&short, &h.policy, d));
            prop_assert_eq!(ladder_position(&full, d), ladder_position(&short, d));
        }

        // Jumping straight to the last day with nothing sent proposes at most the reminder.
        match action(&h, &[], end) {
            NextAction::Send { stage, .. } => prop_assert_eq!(stage, Stage::Reminder),
            NextAction::HandoverReady { .. } => prop_assert!(false, "handover without letters"),
            NextAction::Nothing(_) => {}
        }
    }
}
