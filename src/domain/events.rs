//! The communication log: every call, email, promise, dispute and decision about an invoice.
//!
//! In a dispute the log is the user's evidence, so entries are only ever appended. Some
//! kinds also steer the ladder (a dispute or a pause stops it); the rules that read them
//! live in `ladder.rs`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

use super::party::{CodeError, code_enum};

code_enum!(
    /// What happened.
    EventKind, "event kind",
    "call, email, meeting, note, promise_to_pay, dispute_opened, dispute_resolved, paused_until, handed_over or written_off",
    {
        /// A phone call.
        Call = "call",
        /// An email, sent or received.
        Email = "email",
        /// A meeting.
        Meeting = "meeting",
        /// Anything else worth writing down.
        Note = "note",
        /// The client promised to pay by a date (`until`).
        PromiseToPay = "promise_to_pay",
        /// The client disputes the invoice: the ladder stops.
        DisputeOpened = "dispute_opened",
        /// The dispute is settled: the ladder resumes.
        DisputeResolved = "dispute_resolved",
        /// The user paused the ladder until a date (`until`).
        PausedUntil = "paused_until",
        /// The case went to a lawyer or agency: nothing more is proposed.
        HandedOver = "handed_over",
        /// The user gave up on the debt: nothing more is proposed.
        WrittenOff = "written_off",
    }
);

impl EventKind {
    /// Kinds a user logs freely with `overdue log add`.
    pub const LOGGABLE: &'static [EventKind] = &[
        EventKind::Call,
        EventKind::Email,
        EventKind::Meeting,
        EventKind::Note,
    ];

    /// Whether this kind carries an `until` date.
    pub fn has_until(&self) -> bool {
        matches!(self, EventKind::PromiseToPay | EventKind::PausedUntil)
    }
}

/// One entry of the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Ledger id; also orders entries made on the same day.
    pub id: i64,
    /// The day it happened.
    pub date: NaiveDate,
    /// What happened.
    pub kind: EventKind,
    /// The promised or paused-until date, for the kinds that have one.
    pub until: Option<NaiveDate>,
    /// What was said or done.
    pub text: String,
}

/// Parses a kind a user may log by hand (call, email, meeting, note).
pub fn parse_loggable(s: &str) -> Result<EventKind, CodeError> {
    // An unknown word and a kind with its own command get the same answer: the kinds a
    // user may log by hand, not every kind the ledger stores.
    match EventKind::from_str(s) {
        Ok(kind) if EventKind::LOGGABLE.contains(&kind) => Ok(kind),
        _ => Err(CodeError {
            field: "log kind",
            value: s.trim().to_string(),
            expected: "call, email, meeting or note (promises, disputes, pauses, handovers and write-offs have their own commands)",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_kinds_are_loggable_by_hand() {
        assert_eq!(parse_loggable("Call"), Ok(EventKind::Call));
        assert!(parse_loggable("handed_over").is_err());
        let fax = parse_loggable("fax").expect_err("not a kind").to_string();
        assert!(fax.contains("call, email, meeting or note"), "{fax}");
        assert!(!fax.contains("promise_to_pay"), "{fax}");
        assert!(EventKind::PromiseToPay.has_until());
        assert!(!EventKind::Note.has_until());
    }
}

code_enum!(
    /// What a correction did. Each is kept with its reason: nothing is silently rewritten.
    CorrectionKind, "correction", "invoice_changed, invoice_deleted, payment_voided, handover_undone, writeoff_undone, interest_waived or interest_kept",
    {
        /// Fields of the invoice were corrected.
        InvoiceChanged = "invoice_changed",
        /// A mistaken invoice (with no letters) was deleted.
        InvoiceDeleted = "invoice_deleted",
        /// A payment was voided.
        PaymentVoided = "payment_voided",
        /// A handover was undone.
        HandoverUndone = "handover_undone",
        /// A write-off was undone.
        WriteoffUndone = "writeoff_undone",
        /// Interest claimed and not received was waived.
        InterestWaived = "interest_waived",
        /// Interest claimed and not received is still claimed.
        InterestKept = "interest_kept",
    }
);

/// A correction of an invoice's record, with its reason and what it changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Correction {
    /// Ledger id.
    pub id: i64,
    /// The invoice's number (kept when the invoice is deleted).
    pub number: String,
    /// The day it was made.
    pub date: NaiveDate,
    /// What it did.
    pub kind: CorrectionKind,
    /// Why, as the user said.
    pub reason: String,
    /// What changed: "amount EUR 1,200.00 → EUR 1,250.00", the payment voided, the event undone.
    pub detail: String,
}
