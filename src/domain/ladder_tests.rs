//! One unit test per rule of the escalation engine.

use super::*;
use crate::domain::invoice::InvoiceId;
use crate::domain::money::Currency;
use crate::domain::party::ClientId;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn invoice() -> Invoice {
    Invoice {
        id: InvoiceId(1),
        number: "2026/017".into(),
        client_id: ClientId(1),
        issued: d("2026-09-01"),
        due: d("2026-10-01"),
        amount_minor: 255_000,
        currency: Currency::EUR,
        description: None,
        terms: None,
        terms_agreed_on: None,
        late_rate_bp: None,
    }
}

fn letter(id: i64, stage: Stage, sent: &str, deadline: &str) -> Letter {
    Letter {
        id,
        stage,
        sent: d(sent),
        deadline: d(deadline),
        principal_minor: 255_000,
        interest_minor: 0,
        compensation_minor: 0,
        forced: false,
    }
}

fn event(id: i64, date: &str, kind: EventKind, until: Option<&str>) -> Event {
    Event {
        id,
        date: d(date),
        kind,
        until: until.map(d),
        text: String::new(),
    }
}

fn pay(id: i64, date: &str, amount_minor: i64) -> Payment {
    Payment {
        id,
        date: d(date),
        amount_minor,
        method: None,
        note: None,
    }
}

struct Fixture {
    invoice: Invoice,
    debtor: ClientKind,
    payments: Vec<Payment>,
    letters: Vec<Letter>,
    events: Vec<Event>,
}

impl Fixture {
    fn new() -> Self {
        Fixture {
            invoice: invoice(),
            debtor: ClientKind::Business,
            payments: vec![],
            letters: vec![],
            events: vec![],
        }
    }

    fn on(&self, today: &str) -> NextAction {
        let case = Case {
            invoice: &self.invoice,
            debtor: self.debtor,
            payments: &self.payments,
            letters: &self.letters,
            events: &self.events,
        };
        next_action(&case, &LadderPolicy::default(), d(today))
    }
}

fn send(stage: Stage, deadline: &str) -> NextAction {
    NextAction::Send {
        stage,
        deadline: d(deadline),
    }
}

#[test]
fn nothing_before_the_due_date_has_passed() {
    let f = Fixture::new();
    assert_eq!(
        f.on("2026-10-01"),
        NextAction::Nothing(Reason::NotOverdue {
            due: d("2026-10-01")
        })
    );
    assert_eq!(f.on("2026-10-02"), send(Stage::Reminder, "2026-10-09"));
}

#[test]
fn next_stage_waits_for_the_previous_letters_deadline() {
    let mut f = Fixture::new();
    // Reminder sent late (day 20), deadline day 27: the formal letter (earliest 15 Oct)
    // must still wait until the reminder's deadline has passed.
    f.letters
        .push(letter(1, Stage::Reminder, "2026-10-20", "2026-10-27"));
    let waiting = NextAction::Nothing(Reason::WaitingForDeadline {
        stage: Stage::Reminder,
        deadline: d("2026-10-27"),
    });
    assert_eq!(f.on("2026-10-27"), waiting);
    assert_eq!(f.on("2026-10-28"), send(Stage::FormalLetter, "2026-11-04"));
}

#[test]
fn a_stage_is_never_proposed_before_its_earliest_day() {
    let mut f = Fixture::new();
    f.letters
        .push(letter(1, Stage::Reminder, "2026-10-02", "2026-10-09"));
    // Reminder deadline passed on 10 Oct, but the formal letter is due+14 = 15 Oct.
    assert_eq!(
        f.on("2026-10-10"),
        NextAction::Nothing(Reason::NotBefore {
            stage: Stage::FormalLetter,
            date: d("2026-10-15")
        })
    );
    assert_eq!(f.on("2026-10-15"), send(Stage::FormalLetter, "2026-10-22"));
}

#[test]
fn catch_up_after_a_long_absence_proposes_exactly_the_next_stage() {
    let mut f = Fixture::new();
    // Never opened for 90 days: one reminder, not a legal warning.
    assert_eq!(f.on("2026-12-30"), send(Stage::Reminder, "2027-01-06"));
    f.letters
        .push(letter(1, Stage::Reminder, "2026-10-02", "2026-10-09"));
    // A missed day is caught up later (no exact-day matching).
    assert_eq!(f.on("2026-12-30"), send(Stage::FormalLetter, "2027-01-06"));
}

#[test]
fn nothing_when_paid_or_below_the_minimum() {
    let mut f = Fixture::new();
    f.payments.push(pay(1, "2026-10-05", 254_999));
    assert_eq!(
        f.on("2026-11-01"),
        NextAction::Nothing(Reason::BelowMinimum {
            balance_minor: 1,
            minimum_minor: 1,
            currency: "EUR".into()
        })
    );
    f.payments.push(pay(2, "2026-10-06", 1));
    assert_eq!(
        f.on("2026-11-01"),
        NextAction::Nothing(Reason::Paid {
            on: Some(d("2026-10-06"))
        })
    );
    assert_eq!(f.on("2026-11-01").describe(), "paid on 2026-10-06");
}

#[test]
fn a_partial_payment_does_not_stop_the_ladder() {
    let mut f = Fixture::new();
    f.payments.push(pay(1, "2026-10-05", 100_000));
    f.letters
        .push(letter(1, Stage::Reminder, "2026-10-02", "2026-10-09"));
    assert_eq!(f.on("2026-10-15"), send(Stage::FormalLetter, "2026-10-22"));
}

#[test]
fn an_open_dispute_stops_the_ladder_and_resolving_it_resumes() {
    let mut f = Fixture::new();
    f.events
        .push(event(1, "2026-10-03", EventKind::DisputeOpened, None));
    let action = f.on("2026-11-01");
    assert_eq!(
        action,
        NextAction::Nothing(Reason::Disputed {
            since: d("2026-10-03")
        })
    );
    assert_eq!(action.describe(), "disputed since 2026-10-03");
    f.events
        .push(event(2, "2026-11-02", EventKind::DisputeResolved, None));
    assert_eq!(f.on("2026-11-02"), send(Stage::Reminder, "2026-11-09"));
}

#[test]
fn a_pending_promise_stops_the_ladder_and_a_broken_one_resumes_it_where_it_stood() {
    let mut f = Fixture::new();
    f.letters
        .push(letter(1, Stage::Reminder, "2026-10-02", "2026-10-09"));
    f.events.push(event(
        1,
        "2026-10-12",
        EventKind::PromiseToPay,
        Some("2026-12-01"),
    ));
    let action = f.on("2026-12-01");
    assert_eq!(action.describe(), "promise to pay until 2026-12-01");
    // Broken: the day after, the ladder goes on from the reminder to the formal letter.
    assert_eq!(f.on("2026-12-02"), send(Stage::FormalLetter, "2026-12-09"));
}

#[test]
fn a_pause_stops_the_ladder_until_its_end_date() {
    let mut f = Fixture::new();
    f.events.push(event(
        1,
        "2026-10-02",
        EventKind::PausedUntil,
        Some("2026-10-20"),
    ));
    assert_eq!(f.on("2026-10-19").describe(), "paused until 2026-10-20");
    assert_eq!(f.on("2026-10-20"), send(Stage::Reminder, "2026-10-27"));
}

#[test]
fn handed_over_and_written_off_invoices_get_nothing() {
    let mut f = Fixture::new();
    f.events
        .push(event(1, "2026-10-05", EventKind::WrittenOff, None));
    assert_eq!(f.on("2026-11-01").describe(), "written off on 2026-10-05");
    let mut f = Fixture::new();
    f.events
        .push(event(1, "2026-12-20", EventKind::HandedOver, None));
    assert_eq!(f.on("2026-12-21").describe(), "handed over on 2026-12-20");
}

#[test]
fn after_the_legal_warning_deadline_the_invoice_is_handover_ready() {
    let mut f = Fixture::new();
    f.letters
        .push(letter(1, Stage::Reminder, "2026-10-02", "2026-10-09"));
    f.letters
        .push(letter(2, Stage::FormalLetter, "2026-10-15", "2026-10-22"));
    f.letters
        .push(letter(3, Stage::SevenDayNotice, "2026-10-29", "2026-11-05"));
    f.letters
        .push(letter(4, Stage::LegalWarning, "2026-11-12", "2026-11-26"));
    assert!(matches!(
        f.on("2026-11-26"),
        NextAction::Nothing(Reason::WaitingForDeadline { .. })
    ));
    assert_eq!(
        f.on("2026-11-27"),
        NextAction::HandoverReady {
            deadline: d("2026-11-26")
        }
    );
}

#[test]
fn a_consumer_gets_thirty_days_on_the_legal_warning() {
    let mut f = Fixture::new();
    f.debtor = ClientKind::Consumer;
    f.letters
        .push(letter(1, Stage::Reminder, "2026-10-02", "2026-10-09"));
    f.letters
        .push(letter(2, Stage::FormalLetter, "2026-10-15", "2026-10-22"));
    f.letters
        .push(letter(3, Stage::SevenDayNotice, "2026-10-29", "2026-11-05"));
    assert_eq!(f.on("2026-11-12"), send(Stage::LegalWarning, "2026-12-12"));
    f.debtor = ClientKind::Business;
    assert_eq!(f.on("2026-11-12"), send(Stage::LegalWarning, "2026-11-26"));
}

#[test]
fn history_after_today_is_ignored_so_any_day_can_be_replayed() {
    let mut f = Fixture::new();
    f.letters
        .push(letter(1, Stage::Reminder, "2026-10-02", "2026-10-09"));
    f.payments.push(pay(1, "2026-10-20", 255_000));
    f.events
        .push(event(1, "2026-10-03", EventKind::DisputeOpened, None));
    // On 2 Oct only the reminder has happened: it is waiting for its deadline.
    assert!(matches!(
        f.on("2026-10-02"),
        NextAction::Nothing(Reason::WaitingForDeadline { .. })
    ));
    assert_eq!(
        f.on("2026-10-01"),
        NextAction::Nothing(Reason::NotOverdue {
            due: d("2026-10-01")
        })
    );
}

#[test]
fn policy_validation_names_the_problem() {
    let mut p = LadderPolicy::default();
    assert_eq!(p.validate(), Ok(()));
    p.rules[2].earliest_days = 14;
    let err = p.validate().expect_err("same day as the formal letter");
    assert!(err.0.contains("seven_day_notice"), "{err}");
    let mut p = LadderPolicy::default();
    p.rules[0].deadline_days = 0;
    assert!(p.validate().is_err());
}

#[test]
fn status_and_position_follow_the_history() {
    let mut f = Fixture::new();
    let policy = LadderPolicy::default();
    fn case(f: &Fixture) -> Case<'_> {
        Case {
            invoice: &f.invoice,
            debtor: f.debtor,
            payments: &f.payments,
            letters: &f.letters,
            events: &f.events,
        }
    }
    assert_eq!(status(&case(&f), &policy, d("2026-09-15")), Status::Open);
    assert_eq!(status(&case(&f), &policy, d("2026-10-15")), Status::Overdue);
    assert_eq!(ladder_position(&case(&f), d("2026-10-15")), "none");
    f.letters
        .push(letter(1, Stage::Reminder, "2026-10-02", "2026-10-09"));
    assert_eq!(ladder_position(&case(&f), d("2026-10-15")), "reminder");
    f.events.push(event(
        1,
        "2026-10-16",
        EventKind::PausedUntil,
        Some("2026-11-01"),
    ));
    assert_eq!(status(&case(&f), &policy, d("2026-10-20")), Status::Paused);
    f.payments.push(pay(1, "2026-10-21", 255_000));
    assert_eq!(status(&case(&f), &policy, d("2026-10-21")), Status::Paid);
    assert!(!Status::Paid.is_open());
}

/// The English written in the code (the CLI's fast path) and the English message the
/// other languages translate say the same, for every reason; Italian reads as Italian.
#[test]
fn reasons_read_the_same_through_the_messages_and_translate() {
    use crate::domain::party::Language;
    let d = NaiveDate::from_ymd_opt(2026, 11, 5).expect("day");
    let reasons = [
        Reason::Paid { on: Some(d) },
        Reason::Paid { on: None },
        Reason::Disputed { since: d },
        Reason::Promised { until: d },
        Reason::Paused { until: d },
        Reason::HandedOver { on: d },
        Reason::WrittenOff { on: d },
        Reason::NotOverdue { due: d },
        Reason::WaitingForDeadline {
            stage: Stage::SevenDayNotice,
            deadline: d,
        },
        Reason::NotBefore {
            stage: Stage::FormalLetter,
            date: d,
        },
    ];
    let actions = [
        NextAction::Send {
            stage: Stage::LegalWarning,
            deadline: d,
        },
        NextAction::HandoverReady { deadline: d },
    ];
    std::thread::spawn(move || {
        crate::i18n::set_language(Language::En);
        let code: Vec<String> = reasons.iter().map(|r| r.to_string()).collect();
        let code_actions: Vec<String> = actions.iter().map(NextAction::describe).collect();
        // The same through the messages' English (days as the code writes them).
        crate::present::set_thread_locale(Language::En);
        let iso = |s: String| s.replace("05/11/2026", "2026-11-05");
        let via: Vec<String> = reasons
            .iter()
            .map(|r| iso(crate::domain::ladder_words::translated_reason_any(r)))
            .collect();
        assert_eq!(code, via);
        assert_eq!(
            code_actions[0],
            "send the legal warning (deadline 2026-11-05)"
        );
        crate::i18n::set_language(Language::It);
        assert_eq!(
            reasons[8].to_string(),
            "in attesa del termine del secondo sollecito (05/11/2026)"
        );
        assert_eq!(
            actions[0].describe(),
            "invia l'ultimo avviso (termine 05/11/2026)"
        );
    })
    .join()
    .expect("thread");
}
