//! The escalation engine: which letter, if any, an invoice needs on a given day.
//!
//! Overdue's promise is that it never proposes the wrong letter. The engine is therefore
//! one pure function of the invoice's history and the day, with no memory of its own:
//! evaluating any day gives the same answer whether the days before it were replayed or
//! not, and a day the program was not opened is simply caught up, one stage at a time.
//! History dated after `today` is ignored, so any day can be replayed.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

use super::events::{Event, EventKind};
use super::invoice::{Invoice, Payment, balance_on, settled_on};
use super::party::{ClientKind, code_enum};

// Where an invoice stands (its position and status) lives beside the engine.
pub use super::standing::{Position, Status, ladder_position, status};

code_enum!(
    /// The four letters of the ladder, in order.
    Stage, "stage", "reminder, formal_letter, seven_day_notice or legal_warning",
    {
        /// Friendly; assumes an oversight.
        Reminder = "reminder",
        /// Formal demand with interest and compensation.
        FormalLetter = "formal_letter",
        /// The second demand: a short deadline, announcing the letter before action.
        SevenDayNotice = "seven_day_notice",
        /// The letter before action.
        LegalWarning = "legal_warning",
    }
);

impl Stage {
    /// Position on the ladder, 0 for the reminder.
    pub fn index(&self) -> usize {
        *self as usize
    }

    /// The stage after this one, if any.
    pub fn next(&self) -> Option<Stage> {
        Stage::ALL.get(self.index() + 1).copied()
    }

    /// Human name: "formal letter".
    pub fn title(&self) -> &'static str {
        match self {
            Stage::Reminder => "reminder",
            Stage::FormalLetter => "formal letter",
            Stage::SevenDayNotice => "second demand",
            Stage::LegalWarning => "legal warning",
        }
    }
}

/// When a stage may go out and how long its letter gives the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageRule {
    /// Earliest day, counted from the due date (1 = the day after it).
    pub earliest_days: i64,
    /// The deadline the letter gives, in days from the sending date.
    pub deadline_days: i64,
}

/// The user's ladder settings, stored in the ledger.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LadderPolicy {
    /// One rule per stage, in ladder order.
    pub rules: [StageRule; 4],
    /// Deadline of the legal warning to a consumer (the UK pre-action protocol asks 30).
    pub consumer_legal_warning_deadline_days: i64,
    /// Nothing is sent when the balance is at or below this, in minor units.
    pub min_balance_minor: i64,
    /// The first stage whose letter claims interest and fixed compensation.
    pub claim_from: Stage,
}

impl Default for LadderPolicy {
    fn default() -> Self {
        let rule = |earliest_days, deadline_days| StageRule {
            earliest_days,
            deadline_days,
        };
        LadderPolicy {
            rules: [rule(1, 7), rule(14, 7), rule(28, 7), rule(42, 14)],
            consumer_legal_warning_deadline_days: 30,
            min_balance_minor: 1,
            claim_from: Stage::FormalLetter,
        }
    }
}

/// A policy that cannot work, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct PolicyError(pub String);

impl LadderPolicy {
    /// The rule of one stage.
    pub fn rule(&self, stage: Stage) -> StageRule {
        self.rules[stage.index()]
    }

    /// Days the letter of `stage` gives a debtor of `kind`.
    /// The deadline a letter of `stage` sent on `sent` to a `kind` debtor gives: the one
    /// place a deadline is computed (the engine, a forced send and a preview all ask here).
    pub fn deadline(&self, stage: Stage, kind: ClientKind, sent: NaiveDate) -> NaiveDate {
        add_days(sent, self.deadline_days(stage, kind))
    }

    /// The days of that deadline.
    pub fn deadline_days(&self, stage: Stage, kind: ClientKind) -> i64 {
        if stage == Stage::LegalWarning && kind == ClientKind::Consumer {
            self.consumer_legal_warning_deadline_days
        } else {
            self.rule(stage).deadline_days
        }
    }

    /// Checks the policy: stages after the due date, in strictly increasing order, with
    /// deadlines of 1 to 365 days, and a minimum balance that is not negative.
    pub fn validate(&self) -> Result<(), PolicyError> {
        let err = |s: String| Err(PolicyError(s));
        let mut previous: Option<(Stage, i64)> = None;
        for stage in Stage::ALL {
            let rule = self.rule(*stage);
            if rule.earliest_days < 1 || rule.earliest_days > 3650 {
                return err(format!(
                    "{}: earliest day must be 1 to 3650 days after the due date, not {}",
                    stage, rule.earliest_days
                ));
            }
            if let Some((prev, days)) = previous
                && rule.earliest_days <= days
            {
                return err(format!(
                    "{}: earliest day ({}) must come after the {}'s ({})",
                    stage,
                    rule.earliest_days,
                    prev.title(),
                    days
                ));
            }
            if !(1..=365).contains(&rule.deadline_days) {
                return err(format!(
                    "{}: deadline must be 1 to 365 days, not {}",
                    stage, rule.deadline_days
                ));
            }
            previous = Some((*stage, rule.earliest_days));
        }
        if !(1..=365).contains(&self.consumer_legal_warning_deadline_days) {
            return err(format!(
                "consumer legal warning deadline must be 1 to 365 days, not {}",
                self.consumer_legal_warning_deadline_days
            ));
        }
        if self.min_balance_minor < 0 {
            return err("minimum balance cannot be negative".into());
        }
        Ok(())
    }
}

/// A letter that was sent (the engine needs its stage, date and deadline).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    /// Ledger id.
    pub id: i64,
    /// Which letter.
    pub stage: Stage,
    /// Day it was sent.
    pub sent: NaiveDate,
    /// Last day the letter gave the client to pay.
    pub deadline: NaiveDate,
    /// Balance claimed, minor units.
    pub principal_minor: i64,
    /// Interest claimed, minor units.
    pub interest_minor: i64,
    /// Fixed compensation claimed, minor units.
    pub compensation_minor: i64,
    /// Sent with `--force`, overriding the engine.
    pub forced: bool,
}

/// Everything the engine looks at for one invoice.
#[derive(Clone, Copy, Debug)]
pub struct Case<'a> {
    /// The invoice.
    pub invoice: &'a Invoice,
    /// What kind of debtor owes it.
    pub debtor: ClientKind,
    /// Payments received, any order.
    pub payments: &'a [Payment],
    /// Letters sent, any order.
    pub letters: &'a [Letter],
    /// Log entries, any order (ties on a date are ordered by id).
    pub events: &'a [Event],
}

/// Why nothing is proposed. `Display` gives the sentence a user reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// Fully paid.
    Paid {
        /// Day of the payment that settled it.
        on: Option<NaiveDate>,
    },
    /// Balance too small to chase.
    BelowMinimum {
        /// What is left.
        balance_minor: i64,
        /// The policy's minimum.
        minimum_minor: i64,
        /// Currency code.
        currency: String,
    },
    /// A dispute is open.
    Disputed {
        /// Day it was opened.
        since: NaiveDate,
    },
    /// The client promised to pay by a date not yet passed.
    Promised {
        /// The promised date.
        until: NaiveDate,
    },
    /// The user paused the ladder.
    Paused {
        /// The day the ladder resumes.
        until: NaiveDate,
    },
    /// Handed over to a lawyer or agency.
    HandedOver {
        /// Day of the handover.
        on: NaiveDate,
    },
    /// Written off.
    WrittenOff {
        /// Day of the write-off.
        on: NaiveDate,
    },
    /// Not yet overdue.
    NotOverdue {
        /// The due date.
        due: NaiveDate,
    },
    /// The last letter's deadline has not passed.
    WaitingForDeadline {
        /// The last letter's stage.
        stage: Stage,
        /// Its deadline.
        deadline: NaiveDate,
    },
    /// The next stage's earliest day has not come.
    NotBefore {
        /// The next stage.
        stage: Stage,
        /// Its earliest day.
        date: NaiveDate,
    },
}

/// The step a row of the queue names: a stage's letter, or the handover once the legal
/// warning's deadline has passed. Written as the stage's code or `handover_ready` (the
/// JSON's and the CLI's word), handed to the window as a value, never a string to parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// The letter of this stage.
    Letter(Stage),
    /// Ready to hand over.
    Handover,
}

impl Step {
    /// `formal_letter`, …, or `handover_ready`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Step::Letter(s) => s.as_str(),
            Step::Handover => "handover_ready",
        }
    }

    /// The stage, for a letter.
    pub fn stage(&self) -> Option<Stage> {
        match self {
            Step::Letter(s) => Some(*s),
            Step::Handover => None,
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl NextAction {
    /// The step this action names, if any.
    pub fn step(&self) -> Option<Step> {
        match self {
            NextAction::Send { stage, .. } => Some(Step::Letter(*stage)),
            NextAction::HandoverReady { .. } => Some(Step::Handover),
            NextAction::Nothing(_) => None,
        }
    }
}

/// What to do about one invoice today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextAction {
    /// Send the letter of `stage`, giving the client until `deadline`.
    Send {
        /// The stage to send.
        stage: Stage,
        /// The deadline to print on it.
        deadline: NaiveDate,
    },
    /// The legal warning's deadline has passed: the case file can go to a lawyer.
    HandoverReady {
        /// The legal warning's deadline that passed.
        deadline: NaiveDate,
    },
    /// Nothing, and why.
    Nothing(Reason),
}

/// `date` moved by `days` (negative: back); a date beyond chrono's range stays put.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let step = Days::new(days.unsigned_abs());
    let moved = if days >= 0 {
        date.checked_add_days(step)
    } else {
        date.checked_sub_days(step)
    };
    moved.unwrap_or(date)
}

/// The open dispute on `today`, as the day it was opened.
pub fn open_dispute(events: &[Event], today: NaiveDate) -> Option<NaiveDate> {
    let mut sorted: Vec<&Event> = events.iter().filter(|e| e.date <= today).collect();
    sorted.sort_by_key(|e| (e.date, e.id));
    let mut open = None;
    for e in sorted {
        match e.kind {
            EventKind::DisputeOpened if open.is_none() => open = Some(e.date),
            EventKind::DisputeResolved => open = None,
            _ => {}
        }
    }
    open
}

/// The `until` of the latest event of `kind` logged on or before `today`.
pub(crate) fn latest_until(
    events: &[Event],
    kind: EventKind,
    today: NaiveDate,
) -> Option<NaiveDate> {
    events
        .iter()
        .filter(|e| e.kind == kind && e.date <= today)
        .max_by_key(|e| (e.date, e.id))
        .and_then(|e| e.until)
}

/// The first day an event of `kind` was logged, on or before `today`.
pub(crate) fn first_of(events: &[Event], kind: EventKind, today: NaiveDate) -> Option<NaiveDate> {
    events
        .iter()
        .filter(|e| e.kind == kind && e.date <= today)
        .map(|e| e.date)
        .min()
}

/// What stops the ladder today, if anything: closed, paid, disputed, promised or paused.
pub fn blocked(case: &Case, policy: &LadderPolicy, today: NaiveDate) -> Option<Reason> {
    let Case {
        invoice,
        payments,
        events,
        ..
    } = *case;
    if let Some(on) = first_of(events, EventKind::HandedOver, today) {
        return Some(Reason::HandedOver { on });
    }
    if let Some(on) = first_of(events, EventKind::WrittenOff, today) {
        return Some(Reason::WrittenOff { on });
    }
    let balance = balance_on(invoice, payments, today);
    if balance <= 0 {
        let paid: Vec<Payment> = payments
            .iter()
            .filter(|p| p.date <= today)
            .cloned()
            .collect();
        return Some(Reason::Paid {
            on: settled_on(invoice, &paid),
        });
    }
    if balance <= policy.min_balance_minor {
        return Some(Reason::BelowMinimum {
            balance_minor: balance,
            minimum_minor: policy.min_balance_minor,
            currency: invoice.currency.to_string(),
        });
    }
    if let Some(since) = open_dispute(events, today) {
        return Some(Reason::Disputed { since });
    }
    if let Some(until) = latest_until(events, EventKind::PromiseToPay, today)
        && today <= until
    {
        return Some(Reason::Promised { until });
    }
    if let Some(until) = latest_until(events, EventKind::PausedUntil, today)
        && today < until
    {
        return Some(Reason::Paused { until });
    }
    None
}

/// The last letter sent on or before `today` (the highest stage).
pub fn last_letter(letters: &[Letter], today: NaiveDate) -> Option<&Letter> {
    letters
        .iter()
        .filter(|l| l.sent <= today)
        .max_by_key(|l| (l.stage, l.sent, l.id))
}

/// What to do about one invoice on `today`.
///
/// A stage is proposed only when the previous stage's letter was sent and its deadline
/// has passed, never before the stage's earliest day, and never more than one stage
/// ahead. A paid, disputed, promised, paused, handed-over or written-off invoice gets
/// nothing, with the reason.
pub fn next_action(case: &Case, policy: &LadderPolicy, today: NaiveDate) -> NextAction {
    if let Some(reason) = blocked(case, policy, today) {
        return NextAction::Nothing(reason);
    }
    let due = case.invoice.due;
    let next = match last_letter(case.letters, today) {
        None => Stage::Reminder,
        Some(last) if today <= last.deadline => {
            return NextAction::Nothing(Reason::WaitingForDeadline {
                stage: last.stage,
                deadline: last.deadline,
            });
        }
        Some(last) => match last.stage.next() {
            Some(next) => next,
            None => {
                return NextAction::HandoverReady {
                    deadline: last.deadline,
                };
            }
        },
    };
    if today <= due {
        return NextAction::Nothing(Reason::NotOverdue { due });
    }
    let earliest = add_days(due, policy.rule(next).earliest_days);
    if today < earliest {
        return NextAction::Nothing(Reason::NotBefore {
            stage: next,
            date: earliest,
        });
    }
    let deadline = policy.deadline(next, case.debtor, today);
    NextAction::Send {
        stage: next,
        deadline,
    }
}

/// The kind of a [`NextAction`], as scripts see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NextActionKind {
    /// A letter is due.
    Send,
    /// The case can be handed over.
    Handover,
    /// Nothing to do.
    None,
}

impl NextAction {
    /// Its kind.
    pub fn kind(&self) -> NextActionKind {
        match self {
            NextAction::Send { .. } => NextActionKind::Send,
            NextAction::HandoverReady { .. } => NextActionKind::Handover,
            NextAction::Nothing(_) => NextActionKind::None,
        }
    }

    /// One sentence for a user.
    pub fn describe(&self) -> String {
        if let Some(text) = super::ladder_words::translated_action(self) {
            return text;
        }
        match self {
            NextAction::Send { stage, deadline } => {
                format!("send the {} (deadline {deadline})", stage.title())
            }
            NextAction::HandoverReady { deadline } => {
                format!("ready to hand over: the legal warning's deadline ({deadline}) has passed")
            }
            NextAction::Nothing(reason) => reason.to_string(),
        }
    }
}

#[cfg(test)]
#[path = "ladder_tests.rs"]
mod tests;
