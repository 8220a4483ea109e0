//! The two deliveries that need no mail server: the letter's email as an unsent draft
//! for the user's own mail program, and the day's letters in one PDF to print; and how
//! any delivery reads in a history.

use chrono::NaiveDate;
use serde::Serialize;
use std::path::{Path, PathBuf};

use super::deliver::{EmailExtras, now};
use super::letters::{LetterAssets, data_dir, profile_of};
use super::mail_text::letter_email;
use super::{ActionError, Result};
use crate::domain::delivery::{Channel, Delivery, DeliveryState, MailSettings};
use crate::ledger::{DeliveryFilter, Ledger, NewDelivery, Tx};
use crate::mail;
use crate::t;

/// Queues the printing of a letter just recorded in `tx`; it is marked sent once the
/// print file holding it is written ([`mark_printed`]).
pub(crate) fn queue_print(tx: &Tx, letter_id: i64, today: NaiveDate) -> Result<i64> {
    let letter = tx.letter_to_deliver(letter_id)?;
    Ok(tx.insert_delivery(&NewDelivery {
        letter_id,
        channel: Channel::Print,
        recipient: &letter.client,
        message_id: None,
        subject: letter.subject.as_deref(),
        body: None,
        state: DeliveryState::Queued,
        reply: None,
        day: today,
        now: &now(),
    })?)
}

/// Marks queued print deliveries as done, each with where it is in the print file.
pub fn mark_printed(ledger: &mut Ledger, done: &[(i64, String)]) -> Result<()> {
    ledger.write(|tx| -> Result<()> {
        for (id, note) in done {
            if tx.claim_delivery(*id, false, &now())? {
                tx.finish_delivery(*id, DeliveryState::Sent, note, &now())?;
            }
        }
        Ok(())
    })
}

/// Marks the print deliveries still waiting for `letter` as printed (it was saved to
/// print, at `note`).
pub fn mark_letter_printed(ledger: &mut Ledger, letter: i64, note: &str) -> Result<()> {
    let waiting: Vec<(i64, String)> = ledger.read(|tx| -> Result<_> {
        Ok(tx
            .deliveries(DeliveryFilter::Letter(letter))?
            .into_iter()
            .filter(|d| d.channel == Channel::Print && d.state == DeliveryState::Queued)
            .map(|d| (d.id, note.to_string()))
            .collect())
    })?;
    mark_printed(ledger, &waiting)
}

/// A draft written to a file.
#[derive(Clone, Debug, Serialize)]
pub struct DraftWritten {
    /// The letter the draft carries.
    pub letter_id: i64,
    /// Whether the letter was recorded now (it was due), or already recorded.
    pub recorded_now: bool,
    /// The letter, when recorded now.
    pub sent: Option<super::SentLetter>,
    /// The delivery's id.
    pub delivery_id: i64,
    /// The address it is to.
    pub to: String,
    /// Its Message-ID.
    pub message_id: String,
    /// The file written.
    pub path: PathBuf,
}

/// `overdue draft NUMBER --out FILE.eml`: when a letter is due for NUMBER, records it
/// (as `send` would) and writes its email as an unsent draft; otherwise writes the
/// draft of the latest letter already recorded for NUMBER. The files in `extras` go
/// with it; a letter that lists enclosures needs them, or `without_enclosures`. The
/// delivery is recorded with channel `draft`, in the same transaction; the file is
/// written before it commits.
pub fn draft(
    ledger: &mut Ledger,
    number: &str,
    out: &Path,
    extras: &EmailExtras,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<DraftWritten> {
    let data_dir = data_dir(ledger);
    let written = std::cell::Cell::new(false);
    let result = ledger.write(|tx| {
        let case = super::record::case_by_number(tx, number)?;
        let policy = tx.policy()?;
        // Address first: a client without one records nothing.
        let client = tx.client(case.invoice.client_id)?;
        if client.email.as_deref().is_none_or(|e| e.trim().is_empty()) {
            return Err(ActionError::Refused(t!(
                "err-mail-client-no-email",
                client = client.name.as_str()
            )));
        }
        // Then a From: the settings', or the profile's address.
        let settings = draft_settings(tx)?;
        let due = super::send::stage_to_send(&case, &policy, None, false, today).ok();
        let (letter_id, sent) = if let Some((stage, _)) = due {
            let cases = tx.cases(crate::ledger::CaseFilter::Client(case.invoice.client_id))?;
            let plans = super::send::client_plans(&cases, &policy, today);
            let cover = match plans
                .iter()
                .find(|p| p.invoice_ids.contains(&case.invoice.id))
            {
                Some(p) => p.take(cases),
                None => vec![case.clone()],
            };
            let sent = super::send::record_letter(tx, cover, stage, None, today, assets, None)?;
            (sent.letter_id, Some(sent))
        } else {
            let id = tx
                .latest_letter_for(case.invoice.id)?
                .ok_or_else(|| ActionError::Refused(t!("err-draft-no-letter", invoice = number)))?;
            (id, None)
        };
        let email = letter_email(tx, letter_id, &settings.from, data_dir.as_deref(), extras)?;
        let pdf = email.letter.pdf.as_deref().ok_or_else(|| {
            ActionError::Refused(t!("err-letters-no-stored-pdf", id = letter_id.to_string()))
        })?;
        let from_name = profile_of(tx)?.name;
        let bytes = mail::draft_bytes(&mail::Outgoing {
            settings: &settings,
            from_name: &from_name,
            to_name: &email.letter.client,
            to: &email.to,
            subject: &email.subject,
            body: &email.body,
            file_name: &email.file_name,
            pdf,
            files: &extras.files,
            message_id: &email.message_id,
            date: std::time::SystemTime::now(),
        })
        .map_err(|e| ActionError::Refused(e.to_string()))?;
        let written_to = t!("msg-draft-written", path = out.display().to_string());
        let delivery_id = email.record(
            tx,
            (Channel::Draft, DeliveryState::Sent, Some(&written_to)),
            &extras.files,
            today,
        )?;
        // The file last: a refusal above leaves none behind.
        super::write_file(out, &bytes)?;
        written.set(true);
        Ok(DraftWritten {
            letter_id,
            recorded_now: sent.is_some(),
            sent,
            delivery_id,
            to: email.to,
            message_id: email.message_id,
            path: out.to_path_buf(),
        })
    });
    // Written, but the commit failed: no draft of a letter that is not recorded.
    if result.is_err() && written.get() {
        let _ = std::fs::remove_file(out);
    }
    result
}

/// The From of a draft: the email settings' when set, else the profile's address.
fn draft_settings(tx: &Tx) -> Result<MailSettings> {
    if let Some(s) = tx.mail_settings()? {
        return Ok(s);
    }
    let profile = profile_of(tx)?;
    let from = profile
        .email
        .filter(|e| crate::domain::delivery::plausible_address(e))
        .ok_or_else(|| ActionError::Refused(t!("err-draft-no-from")))?;
    Ok(MailSettings {
        host: "localhost".into(),
        port: 25,
        security: crate::domain::delivery::Security::None,
        user: None,
        from,
        reply_to: None,
        bcc_self: false,
    })
}

/// A print file written.
#[derive(Clone, Debug, Serialize)]
pub struct Printed {
    /// The file.
    pub path: PathBuf,
    /// Letters in it.
    pub letters: usize,
    /// Pages in it, blank ones included.
    pub pages: usize,
    /// Blank pages added for duplex printing.
    pub blanks: usize,
}

/// Writes the letters `(letter id, print delivery id)` into one PDF to print, each
/// starting on a new sheet, and marks each delivery as printed, with its pages.
pub fn print_letters(ledger: &mut Ledger, letters: &[(i64, i64)], file: &Path) -> Result<Printed> {
    let pdfs: Vec<Vec<u8>> = ledger.read(|tx| -> Result<_> {
        letters
            .iter()
            .map(|(id, _)| {
                tx.letter_to_deliver(*id)?.pdf.ok_or_else(|| {
                    ActionError::Refused(t!("err-letters-no-stored-pdf", id = id.to_string()))
                })
            })
            .collect()
    })?;
    let refs: Vec<&[u8]> = pdfs.iter().map(Vec::as_slice).collect();
    let (bytes, placed) =
        crate::letters::pdf::merge::merge_for_print(&refs).map_err(ActionError::Refused)?;
    super::write_file(file, &bytes)?;
    let notes: Vec<(i64, String)> = letters
        .iter()
        .zip(&placed)
        .map(|((_, delivery), p)| {
            let pages = match p.first == p.last {
                true => t!(
                    "msg-print-page",
                    file = file.display().to_string(),
                    page = p.first
                ),
                false => t!(
                    "msg-print-pages",
                    file = file.display().to_string(),
                    first = p.first,
                    last = p.last
                ),
            };
            (*delivery, pages)
        })
        .collect();
    mark_printed(ledger, &notes)?;
    let blanks = placed.iter().filter(|p| p.blank_after).count();
    Ok(Printed {
        path: file.to_path_buf(),
        letters: placed.len(),
        pages: placed.last().map_or(0, |p| p.last)
            + usize::from(placed.last().is_some_and(|p| p.blank_after)),
        blanks,
    })
}

/// A delivery in a history, in words: "email sent to a@b.it", "email to a@b.it failed:
/// 535 …", "printed in batch.pdf, pages 3–4".
pub fn delivery_text(d: &Delivery) -> String {
    let reply = d.reply.as_deref().unwrap_or_default();
    let text = match (d.channel, d.state) {
        (Channel::Email, DeliveryState::Sent) => format!("email sent to {}", d.recipient),
        (Channel::Email, DeliveryState::Failed) => {
            format!("email to {} failed: {reply}", d.recipient)
        }
        (Channel::Email, DeliveryState::Unknown) => {
            format!("email to {} interrupted: {reply}", d.recipient)
        }
        (Channel::Email, DeliveryState::Queued) => format!("email to {} queued", d.recipient),
        (Channel::Email, DeliveryState::Sending) => {
            format!("email to {} being sent", d.recipient)
        }
        (Channel::Draft, _) => format!("draft to {}: {reply}", d.recipient),
        (Channel::Print, DeliveryState::Sent) => reply.to_string(),
        (Channel::Print, _) => format!("to print for {} (not printed yet)", d.recipient),
    };
    match d.files.as_slice() {
        [] => text,
        files => format!("{text}; with {}", files.join(", ")),
    }
}

/// Adds an invoice's deliveries to its history, each on its day, after what was done
/// that day.
pub(crate) fn with_deliveries(
    mut history: Vec<super::HistoryEntry>,
    deliveries: &[Delivery],
) -> Vec<super::HistoryEntry> {
    for d in deliveries {
        history.push(super::HistoryEntry {
            date: d.day,
            kind: format!("{}_{}", d.channel, d.state),
            stage: None,
            deadline: None,
            until: None,
            amount_minor: None,
            text: delivery_text(d),
        });
    }
    history.sort_by_key(|e| e.date);
    history
}
