//! An invoice's history condensed to what the escalation engine reads.
//!
//! The engine looks at the sum paid, the last letter, an open dispute, the latest promise
//! and pause, and whether the invoice was handed over or written off; never at the rest.
//! Condensing the full history gives a handful of values the ledger stores beside the
//! invoice, so the due queue over 100k invoices reads one row per invoice instead of
//! every letter and event. The condensed history is exact for any day on or after the
//! invoice's latest recorded fact (`last_fact_on`); for an earlier day the caller must
//! use the full history. A property test checks that the engine gives the same answer
//! on both.

use chrono::NaiveDate;

use super::events::{Event, EventKind};
use super::invoice::{Payment, settled_on};
use super::ladder::{Case, Letter, Stage, first_of, last_letter, latest_until, open_dispute};

/// The condensed state of one invoice's history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Condensed {
    /// Sum of every payment, minor units.
    pub paid_minor: i64,
    /// The day the invoice was fully paid, if it was.
    pub settled_on: Option<NaiveDate>,
    /// The latest date of any payment, letter or event.
    pub last_fact_on: Option<NaiveDate>,
    /// The highest stage sent: stage, sending day, deadline.
    pub last_letter: Option<(Stage, NaiveDate, NaiveDate)>,
    /// The day the currently open dispute was opened.
    pub dispute_since: Option<NaiveDate>,
    /// The `until` of the latest promise to pay.
    pub promise_until: Option<NaiveDate>,
    /// The `until` of the latest pause.
    pub pause_until: Option<NaiveDate>,
    /// The first handover.
    pub handed_over_on: Option<NaiveDate>,
    /// The first write-off.
    pub written_off_on: Option<NaiveDate>,
}

/// Condenses a whole history.
pub fn condense(case: &Case) -> Condensed {
    let last_fact_on = case
        .payments
        .iter()
        .map(|p| p.date)
        .chain(case.letters.iter().map(|l| l.sent))
        .chain(case.events.iter().map(|e| e.date))
        .max();
    let Some(end) = last_fact_on else {
        return Condensed::default();
    };
    Condensed {
        paid_minor: case.payments.iter().map(|p| p.amount_minor).sum(),
        settled_on: settled_on(case.invoice, case.payments),
        last_fact_on,
        last_letter: last_letter(case.letters, end).map(|l| (l.stage, l.sent, l.deadline)),
        dispute_since: open_dispute(case.events, end),
        promise_until: latest_until(case.events, EventKind::PromiseToPay, end),
        pause_until: latest_until(case.events, EventKind::PausedUntil, end),
        handed_over_on: first_of(case.events, EventKind::HandedOver, end),
        written_off_on: first_of(case.events, EventKind::WrittenOff, end),
    }
}

/// A small history that the engine reads exactly as it reads the full one, on any day
/// on or after `last_fact_on`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CondensedHistory {
    /// At most one payment, of the sum paid.
    pub payments: Vec<Payment>,
    /// At most one letter, the last.
    pub letters: Vec<Letter>,
    /// At most one event of each kind the engine reads.
    pub events: Vec<Event>,
}

impl Condensed {
    /// Whether the condensed history may stand in for the full one on `today`.
    pub fn exact_on(&self, today: NaiveDate) -> bool {
        self.last_fact_on.is_none_or(|d| d <= today)
    }

    /// The stand-in history.
    pub fn history(&self) -> CondensedHistory {
        let Some(on) = self.last_fact_on else {
            return CondensedHistory::default();
        };
        let mut h = CondensedHistory::default();
        if self.paid_minor > 0 {
            let date = self.settled_on.unwrap_or(on);
            h.payments.push(Payment {
                id: 1,
                date,
                amount_minor: self.paid_minor,
                method: None,
                note: None,
            });
        }
        if let Some((stage, sent, deadline)) = self.last_letter {
            h.letters.push(Letter {
                id: 1,
                stage,
                sent,
                deadline,
                principal_minor: 0,
                interest_minor: 0,
                compensation_minor: 0,
                forced: false,
            });
        }
        let mut event = |date, kind, until| {
            let id = h.events.len() as i64 + 1;
            h.events.push(Event {
                id,
                date,
                kind,
                until,
                text: String::new(),
            });
        };
        if let Some(since) = self.dispute_since {
            event(since, EventKind::DisputeOpened, None);
        }
        if let Some(until) = self.promise_until {
            event(on, EventKind::PromiseToPay, Some(until));
        }
        if let Some(until) = self.pause_until {
            event(on, EventKind::PausedUntil, Some(until));
        }
        if let Some(d) = self.handed_over_on {
            event(d, EventKind::HandedOver, None);
        }
        if let Some(d) = self.written_off_on {
            event(d, EventKind::WrittenOff, None);
        }
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::invoice::{Invoice, InvoiceId};
    use crate::domain::ladder::{LadderPolicy, next_action};
    use crate::domain::money::Currency;
    use crate::domain::party::{ClientId, ClientKind};

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn a_condensed_history_answers_like_the_full_one() {
        let invoice = Invoice {
            id: InvoiceId(1),
            number: "C-1".into(),
            client_id: ClientId(1),
            issued: d("2026-09-01"),
            due: d("2026-10-01"),
            amount_minor: 100_000,
            currency: Currency::EUR,
            description: None,
            terms: None,
            terms_agreed_on: None,
            late_rate_bp: None,
        };
        let letter = |id, stage, sent: &str, deadline: &str| Letter {
            id,
            stage,
            sent: d(sent),
            deadline: d(deadline),
            principal_minor: 1,
            interest_minor: 0,
            compensation_minor: 0,
            forced: false,
        };
        let letters = vec![
            letter(1, Stage::Reminder, "2026-10-02", "2026-10-09"),
            letter(2, Stage::FormalLetter, "2026-10-15", "2026-10-22"),
        ];
        let payments = vec![Payment {
            id: 1,
            date: d("2026-10-05"),
            amount_minor: 40_000,
            method: None,
            note: None,
        }];
        let events = vec![
            Event {
                id: 1,
                date: d("2026-10-20"),
                kind: EventKind::DisputeOpened,
                until: None,
                text: "a".into(),
            },
            Event {
                id: 2,
                date: d("2026-10-25"),
                kind: EventKind::DisputeResolved,
                until: None,
                text: "b".into(),
            },
            Event {
                id: 3,
                date: d("2026-10-26"),
                kind: EventKind::PromiseToPay,
                until: Some(d("2026-11-05")),
                text: "c".into(),
            },
        ];
        let case = Case {
            invoice: &invoice,
            debtor: ClientKind::Business,
            payments: &payments,
            letters: &letters,
            events: &events,
        };
        let c = condense(&case);
        assert_eq!(c.paid_minor, 40_000);
        assert_eq!(c.last_fact_on, Some(d("2026-10-26")));
        assert_eq!(c.dispute_since, None);
        let h = c.history();
        let small = Case {
            invoice: &invoice,
            debtor: ClientKind::Business,
            payments: &h.payments,
            letters: &h.letters,
            events: &h.events,
        };
        let policy = LadderPolicy::default();
        for day in ["2026-10-26", "2026-11-05", "2026-11-06", "2027-01-01"] {
            assert_eq!(
                next_action(&case, &policy, d(day)),
                next_action(&small, &policy, d(day)),
                "on {day}"
            );
        }
        assert!(!c.exact_on(d("2026-10-25")));
        assert!(c.exact_on(d("2026-10-26")));
    }
}
