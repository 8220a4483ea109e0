//! Where an invoice stands on a day, as lists, filters and the JSON show it: its
//! position on the ladder (no letter yet, a stage's letter sent, ready to hand over,
//! handed over, written off, paid) and its status (open, overdue, disputed, …). Both
//! are read from the same history as the escalation engine in `ladder`, and agree
//! with it.

use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

use super::events::EventKind;
use super::invoice::{Payment, settled_on};
use super::ladder::{Case, LadderPolicy, Reason, Stage, blocked, first_of, last_letter};
use super::party::code_enum;

/// Where an invoice stands on the ladder on a day, as lists show it. Written as `none`,
/// a stage's code, `handover_ready`, `handed_over`, `written_off` or `paid` (the JSON's
/// and the CLI's words); handed to the window as a value, never a string to parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Position {
    /// No letter sent yet.
    NoLetter,
    /// This stage's letter was the last sent.
    Sent(Stage),
    /// The legal warning's deadline has passed.
    HandoverReady,
    /// Handed over.
    HandedOver,
    /// Written off.
    WrittenOff,
    /// Paid.
    Paid,
}

impl Position {
    /// `none`, `reminder`, …, `handover_ready`, `handed_over`, `written_off` or `paid`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Position::NoLetter => "none",
            Position::Sent(s) => s.as_str(),
            Position::HandoverReady => "handover_ready",
            Position::HandedOver => "handed_over",
            Position::WrittenOff => "written_off",
            Position::Paid => "paid",
        }
    }

    /// How many of the ladder's letters have been sent (0 to 4; a handover counts the
    /// legal warning's).
    pub fn letters_sent(&self) -> Option<usize> {
        match self {
            Position::NoLetter => Some(0),
            Position::Sent(s) => Some(s.index() + 1),
            Position::HandoverReady => Some(Stage::ALL.len()),
            Position::HandedOver | Position::WrittenOff | Position::Paid => None,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Position {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for Position {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Where an invoice stands on the ladder on `today`, as shown in lists. A paid or
/// written-off invoice never shows a stage as pending.
pub fn ladder_position(case: &Case, today: NaiveDate) -> Position {
    if first_of(case.events, EventKind::HandedOver, today).is_some() {
        return Position::HandedOver;
    }
    if first_of(case.events, EventKind::WrittenOff, today).is_some() {
        return Position::WrittenOff;
    }
    let paid: Vec<Payment> = case
        .payments
        .iter()
        .filter(|p| p.date <= today)
        .cloned()
        .collect();
    if settled_on(case.invoice, &paid).is_some() {
        return Position::Paid;
    }
    match last_letter(case.letters, today) {
        None => Position::NoLetter,
        Some(l) if l.stage == Stage::LegalWarning && today > l.deadline => Position::HandoverReady,
        Some(l) => Position::Sent(l.stage),
    }
}

code_enum!(
    /// An invoice's standing on a day, for lists and filters.
    Status, "status",
    "open, overdue, disputed, promised, paused, handed_over, written_off or paid",
    {
        /// Not yet due.
        Open = "open",
        /// Past its due date and being followed up.
        Overdue = "overdue",
        /// A dispute is open.
        Disputed = "disputed",
        /// A promise to pay is pending.
        Promised = "promised",
        /// Paused by the user.
        Paused = "paused",
        /// Handed over.
        HandedOver = "handed_over",
        /// Written off.
        WrittenOff = "written_off",
        /// Paid (or left with less than the minimum balance).
        Paid = "paid",
    }
);

impl Status {
    /// Whether the money is still being chased by the ladder.
    pub fn is_open(&self) -> bool {
        !matches!(self, Status::HandedOver | Status::WrittenOff | Status::Paid)
    }
}

/// The standing of an invoice on `today`.
pub fn status(case: &Case, policy: &LadderPolicy, today: NaiveDate) -> Status {
    match blocked(case, policy, today) {
        Some(Reason::HandedOver { .. }) => Status::HandedOver,
        Some(Reason::WrittenOff { .. }) => Status::WrittenOff,
        Some(Reason::Paid { .. } | Reason::BelowMinimum { .. }) => Status::Paid,
        Some(Reason::Disputed { .. }) => Status::Disputed,
        Some(Reason::Promised { .. }) => Status::Promised,
        Some(Reason::Paused { .. }) => Status::Paused,
        _ if today > case.invoice.due => Status::Overdue,
        _ => Status::Open,
    }
}
