//! `overdue statement CLIENT --send --email` and `overdue interest letter NUMBER --email`:
//! the two letters outside the ladder, emailed like a stage letter. The files, the
//! settings, the password and the client's address are checked before anything is
//! recorded; the letter and its queued email are one transaction; then the email goes,
//! and a letter whose email did not go waits in `overdue outbox`.

use anyhow::bail;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

use super::delivery::{deliver_and_report, email_first};
use super::{letters, output};
use crate::actions;
use crate::domain::delivery::DeliveryState;
use crate::domain::party::Language;
use crate::ledger::Ledger;

/// Sends the one delivery just queued, says how it went, and fails when it did not go.
fn deliver_one(
    ledger: &mut Ledger,
    setup: &actions::MailSetup,
    delivery: Option<i64>,
    json: bool,
    letter: serde_json::Value,
) -> anyhow::Result<()> {
    let ids: Vec<i64> = delivery.into_iter().collect();
    let results = deliver_and_report(ledger, &ids, setup, false, json)?;
    if json {
        output::json(&serde_json::json!({ "letter": letter, "deliveries": results }))?;
    }
    if results.iter().any(|r| r.state != DeliveryState::Sent) {
        bail!("the letter is recorded, but its email was not sent");
    }
    Ok(())
}

/// `overdue statement CLIENT --send --email [--attach FILE]…`.
pub(super) fn statement(
    ledger: &mut Ledger,
    client: &str,
    today: NaiveDate,
    (from, lang): (Option<NaiveDate>, Option<Language>),
    (attach, out): (&[PathBuf], Option<&Path>),
    json: bool,
) -> anyhow::Result<()> {
    let (files, setup) = email_first(ledger, (attach, false))?;
    let sent = actions::send_statement(ledger, client, today, (from, lang), Some(&files))?;
    if let Some(out) = out {
        letters::write_pdf(out, &sent.pdf)?;
    }
    if !json {
        letters::say_statement(&sent, out);
    }
    deliver_one(
        ledger,
        &setup,
        sent.delivery,
        json,
        serde_json::to_value(&sent)?,
    )
}

/// `overdue interest letter NUMBER --email [--attach FILE]…`.
pub(super) fn interest_letter(
    ledger: &mut Ledger,
    number: &str,
    (attach, out): (&[PathBuf], Option<&Path>),
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let (files, setup) = email_first(ledger, (attach, false))?;
    let sent = actions::send_interest_letter(ledger, number, today, Some(&files))?;
    if let Some(out) = out {
        letters::write_pdf(out, &sent.pdf)?;
    }
    if !json {
        letters::say_interest(&sent);
    }
    deliver_one(
        ledger,
        &setup,
        sent.delivery,
        json,
        serde_json::to_value(&sent)?,
    )
}
