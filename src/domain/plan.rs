//! The letters to send on a day, per client: the grouping rule of the letter pipeline.
//!
//! A freelancer writes to a client, not to an invoice: the invoices of one client, in one
//! currency, due for the same stage on the same day, go in one letter. Each invoice still
//! climbs its own ladder: the engine (`ladder::next_action`) decides per invoice, with
//! every rule (one stage at a time, catch-up, pauses, disputes, promises), and this only
//! gathers what the engine proposed. Pure, and computed once per day.
//!
//! This is the plan step of `docs/ARCHITECTURE.md`'s pipeline; recording one letter for
//! several invoices needs the ledger's letter kinds, which come next.

use chrono::NaiveDate;
use serde::Serialize;

use super::ladder::{NextAction, Stage};
use super::money::Currency;

/// One invoice as the planner sees it: whose it is, and what the engine proposes for it.
#[derive(Clone, Debug)]
pub struct PlanInput {
    /// The client's ledger id.
    pub client_id: i64,
    /// The client's name.
    pub client: String,
    /// The invoice number.
    pub invoice: String,
    /// The invoice's currency.
    pub currency: Currency,
    /// Its balance on the day, minor units.
    pub balance_minor: i64,
    /// Days since its due date.
    pub days_overdue: i64,
    /// What the engine proposes for it today.
    pub action: NextAction,
    /// Whether a letter of the proposed stage claims interest (the policy's claim-from).
    pub claims_interest: bool,
}

/// A letter to send: one client, one currency, one stage, and the invoices it covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LetterPlan {
    /// A key stable for the day: `2026-11-22/17/EUR/formal_letter`.
    pub letter: String,
    /// The client's ledger id.
    pub client_id: i64,
    /// The client's name.
    pub client: String,
    /// The stage.
    pub stage: Stage,
    /// The currency.
    pub currency: Currency,
    /// The invoices it covers, by number.
    pub invoices: Vec<String>,
    /// The one deadline it gives (the latest of its invoices', which share one rule).
    pub deadline: NaiveDate,
    /// What the covered invoices owe together, minor units.
    pub balance_minor: i64,
    /// Days since the due date of its most overdue invoice.
    pub days_overdue: i64,
    /// Whether it claims interest and compensation.
    pub claims_interest: bool,
}

/// The key of the letter an invoice of `client_id` goes in, for `stage` on `today`.
pub fn letter_key(today: NaiveDate, client_id: i64, currency: Currency, stage: Stage) -> String {
    format!("{today}/{client_id}/{}/{}", currency.code(), stage.as_str())
}

/// The letters to send on `today`: the proposed letters grouped by client, currency and
/// stage, in the order of their first invoice in `rows`. Handovers and invoices with
/// nothing to send are not letters.
pub fn plan_letters(today: NaiveDate, rows: &[PlanInput]) -> Vec<LetterPlan> {
    let mut plans: Vec<LetterPlan> = Vec::new();
    for r in rows {
        let NextAction::Send { stage, deadline } = r.action else {
            continue;
        };
        let key = letter_key(today, r.client_id, r.currency, stage);
        match plans.iter_mut().find(|p| p.letter == key) {
            Some(p) => {
                p.invoices.push(r.invoice.clone());
                p.deadline = p.deadline.max(deadline);
                p.balance_minor += r.balance_minor;
                p.days_overdue = p.days_overdue.max(r.days_overdue);
                p.claims_interest |= r.claims_interest;
            }
            None => plans.push(LetterPlan {
                letter: key,
                client_id: r.client_id,
                client: r.client.clone(),
                stage,
                currency: r.currency,
                invoices: vec![r.invoice.clone()],
                deadline,
                balance_minor: r.balance_minor,
                days_overdue: r.days_overdue,
                claims_interest: r.claims_interest,
            }),
        }
    }
    for p in &mut plans {
        p.invoices.sort();
    }
    plans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ladder::Reason;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("day")
    }

    fn row(client: i64, invoice: &str, currency: Currency, action: NextAction) -> PlanInput {
        PlanInput {
            client_id: client,
            client: format!("Client {client}"),
            invoice: invoice.into(),
            currency,
            balance_minor: 10_000,
            days_overdue: 5,
            action,
            claims_interest: false,
        }
    }

    fn send(stage: Stage) -> NextAction {
        NextAction::Send {
            stage,
            deadline: day("2026-11-29"),
        }
    }

    const TODAY: &str = "2026-11-22";

    #[test]
    fn three_invoices_of_one_client_due_the_same_day_give_one_letter() {
        let rows = vec![
            row(1, "A-3", Currency::EUR, send(Stage::Reminder)),
            row(1, "A-1", Currency::EUR, send(Stage::Reminder)),
            row(1, "A-2", Currency::EUR, send(Stage::Reminder)),
        ];
        let plans = plan_letters(day(TODAY), &rows);
        assert_eq!(plans.len(), 1);
        assert_eq!(plans[0].invoices, ["A-1", "A-2", "A-3"]);
        assert_eq!(plans[0].balance_minor, 30_000);
        assert_eq!(plans[0].letter, "2026-11-22/1/EUR/reminder");
    }

    #[test]
    fn two_currencies_give_two_letters_and_different_stages_separate_ones() {
        let rows = vec![
            row(1, "E-1", Currency::EUR, send(Stage::Reminder)),
            row(1, "G-1", Currency::GBP, send(Stage::Reminder)),
            row(1, "E-2", Currency::EUR, send(Stage::FormalLetter)),
            row(2, "X-1", Currency::EUR, send(Stage::Reminder)),
        ];
        let plans = plan_letters(day(TODAY), &rows);
        let got: Vec<(i64, &str, Stage, usize)> = plans
            .iter()
            .map(|p| (p.client_id, p.currency.code(), p.stage, p.invoices.len()))
            .collect();
        assert_eq!(
            got,
            [
                (1, "EUR", Stage::Reminder, 1),
                (1, "GBP", Stage::Reminder, 1),
                (1, "EUR", Stage::FormalLetter, 1),
                (2, "EUR", Stage::Reminder, 1),
            ]
        );
        // No letter covers invoices at different stages or in different currencies.
        for p in &plans {
            for n in &p.invoices {
                let r = rows.iter().find(|r| &r.invoice == n).expect("row");
                assert_eq!(r.currency, p.currency);
                assert_eq!(r.action.step().and_then(|s| s.stage()), Some(p.stage));
            }
        }
    }

    #[test]
    fn a_paid_or_disputed_invoice_and_a_handover_stay_out_of_the_letter() {
        let rows = vec![
            row(1, "A-1", Currency::EUR, send(Stage::SevenDayNotice)),
            row(
                1,
                "A-2",
                Currency::EUR,
                NextAction::Nothing(Reason::Paid { on: None }),
            ),
            row(
                1,
                "A-3",
                Currency::EUR,
                NextAction::Nothing(Reason::Disputed {
                    since: day("2026-11-01"),
                }),
            ),
            row(
                1,
                "A-4",
                Currency::EUR,
                NextAction::HandoverReady {
                    deadline: day("2026-11-10"),
                },
            ),
            row(1, "A-5", Currency::EUR, send(Stage::SevenDayNotice)),
        ];
        let plans = plan_letters(day(TODAY), &rows);
        assert_eq!(plans.len(), 1);
        assert_eq!(plans[0].invoices, ["A-1", "A-5"]);
    }
}
