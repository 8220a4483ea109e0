//! Delivery: how a recorded letter goes out, and the record of how it went.
//!
//! A letter is recorded first, in its own transaction, and its email delivery is queued
//! in that same transaction (the outbox). Sending happens after the commit: a sender
//! takes the outbox lock (a file lock beside the ledger, released by the OS if the
//! process dies), marks the delivery `sending` and commits, hands the message to the
//! server, then records `sent` with the server's reply, or `failed` with the reason. A
//! delivery found `sending` while nobody holds the lock was interrupted by a crash: it
//! becomes `unknown` ("check your Sent folder") and is never resent blindly. So a dead
//! server never loses a letter, and a crash never sends one twice.

use chrono::NaiveDate;
use serde::Serialize;
use std::fs::File;
use std::path::{Path, PathBuf};

use super::letters::{LetterAssets, data_dir, profile_of};
use super::{ActionError, Result};
use crate::domain::delivery::{Channel, Delivery, DeliveryState, MailSettings};
use crate::domain::party::Language;
use crate::ledger::{DeliveryFilter, Ledger, LetterKind, LetterToDeliver, NewDelivery, Tx};
use crate::letters::email::{EmailFacts, EmailKind};
use crate::mail::{self, PasswordSource};
use crate::t;

/// Now, UTC, as deliveries record it.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The email settings, if set.
pub fn mail_settings(ledger: &mut Ledger) -> Result<Option<MailSettings>> {
    ledger.read(|tx| Ok(tx.mail_settings()?))
}

/// Checks and stores the email settings.
pub fn set_mail_settings(ledger: &mut Ledger, settings: &MailSettings) -> Result<()> {
    settings
        .validate()
        .map_err(|e| ActionError::field(e.field, e.message))?;
    ledger.write(|tx| Ok(tx.set_mail_settings(settings)?))
}

/// What sending needs: the settings, the password, and the name shown beside From.
#[derive(Clone)]
pub struct MailSetup {
    /// The settings.
    pub settings: MailSettings,
    /// The password, when the server wants a login.
    pub password: Option<String>,
    /// Where the password came from.
    pub source: PasswordSource,
    /// The business's name.
    pub from_name: String,
    /// The ledger's id (names the keyring entry).
    pub ledger_id: String,
}

impl std::fmt::Debug for MailSetup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the password.
        f.debug_struct("MailSetup")
            .field("settings", &self.settings)
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

/// The settings and password for sending; refuses, saying what to do, when either is
/// missing. `password` overrides the stored one (the window asks for it when there is
/// no keyring).
pub fn mail_setup(ledger: &mut Ledger, password: Option<String>) -> Result<MailSetup> {
    let (settings, from_name, ledger_id) = ledger.read(|tx| -> Result<_> {
        let settings = tx
            .mail_settings()?
            .ok_or_else(|| ActionError::Refused(t!("err-mail-not-set")))?;
        let name = tx.profile()?.map(|p| p.name).unwrap_or_default();
        Ok((settings, name, tx.ledger_id()?))
    })?;
    let (found, source) = match password {
        Some(p) => (Some(p), PasswordSource::Environment),
        None => mail::password(&ledger_id, &settings),
    };
    if let PasswordSource::Missing(why) = &source {
        return Err(ActionError::Refused(t!(
            "err-mail-no-password",
            reason = why.as_str()
        )));
    }
    Ok(MailSetup {
        settings,
        password: found,
        source,
        from_name,
        ledger_id,
    })
}

/// Stores the SMTP password in the OS keyring.
pub fn store_mail_password(ledger: &mut Ledger, password: &str) -> Result<()> {
    if password.is_empty() {
        return Err(ActionError::field(
            "password",
            t!("err-mail-empty-password"),
        ));
    }
    let (settings, id) = ledger.read(|tx| -> Result<_> {
        let s = tx
            .mail_settings()?
            .ok_or_else(|| ActionError::Refused(t!("err-mail-not-set")))?;
        Ok((s, tx.ledger_id()?))
    })?;
    if settings.user.is_none() {
        return Err(ActionError::field("user", t!("err-mail-no-user")));
    }
    mail::store_password(&id, &settings, password).map_err(ActionError::Refused)
}

/// Sends a short test message to `to`; the server's reply.
pub fn send_test_email(setup: &MailSetup, to: &str) -> Result<String> {
    let body = t!("msg-mail-test-body", host = setup.settings.host.as_str());
    let o = mail::Outgoing {
        settings: &setup.settings,
        from_name: &setup.from_name,
        to_name: "",
        to,
        subject: &t!("msg-mail-test-subject"),
        body: &body,
        file_name: "",
        pdf: &[],
        message_id: &mail::new_message_id(&setup.settings.from, 0),
        date: std::time::SystemTime::now(),
    };
    let message = mail::message::build_text(&o).map_err(|e| ActionError::field("to", e))?;
    mail::send(&setup.settings, setup.password.as_deref(), &message)
        .map_err(|e| ActionError::Refused(e.reason))
}

/// The client's address, or a refusal naming the client.
fn address_of(letter: &LetterToDeliver) -> Result<String> {
    letter.email.clone().ok_or_else(|| {
        ActionError::Refused(t!(
            "err-mail-client-no-email",
            client = letter.client.as_str()
        ))
    })
}

/// The subject, text and file name of the email carrying `letter`.
fn email_text(
    tx: &Tx,
    letter: &LetterToDeliver,
    data_dir: Option<&Path>,
) -> Result<(String, String, String)> {
    let profile = profile_of(tx)?;
    let client = tx.client(letter.client_id)?;
    let lang = letter.language.unwrap_or(client.language);
    let kind = match (letter.kind, letter.stage) {
        (LetterKind::Stage, Some(s)) => EmailKind::Stage(s),
        (LetterKind::Interest, _) => EmailKind::Interest,
        _ => EmailKind::Statement,
    };
    let subject = letter
        .subject
        .as_deref()
        .map(email_subject)
        .unwrap_or_else(|| fallback_subject(letter, lang));
    let total = match (letter.total_minor, letter.currency.as_deref()) {
        (Some(m), Some(c)) => c
            .parse()
            .map(|cur| crate::present::money(m, cur, lang))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let file_name = attachment_name(letter);
    let greeting = crate::letters::salutation::greeting(&client, lang);
    let facts = EmailFacts {
        salutation: greeting.salutation,
        closing: greeting.closing,
        client: client.name.clone(),
        // Signed "Anna Verdi / Studio Verdi"; a business with no signatory signs with its
        // name once (the sender line then stays empty and is dropped).
        sender: match profile.signatory.as_deref().map(str::trim) {
            Some(s) if !s.is_empty() && s != profile.name => profile.name.clone(),
            _ => String::new(),
        },
        signatory: profile
            .signatory
            .clone()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| profile.name.clone()),
        subject: subject.clone(),
        invoices: letter.invoices.clone(),
        reference: letter.invoices.join(", "),
        total,
        deadline: letter
            .deadline
            .map(|d| crate::present::date(d, lang))
            .unwrap_or_default(),
        attachment: file_name.clone(),
    };
    let body = crate::letters::email::render(data_dir, lang, kind, &facts)
        .map_err(|e| ActionError::Refused(e.to_string()))?;
    Ok((subject, body, file_name))
}

/// A letter's subject line as an email's Subject: without the "Oggetto:" or "Objet :"
/// a printed letter opens its subject with (the mail program shows its own label).
pub fn email_subject(letter_subject: &str) -> String {
    let s = letter_subject.trim();
    for label in ["Oggetto:", "Objet :", "Objet:", "Betreff:", "Subject:"] {
        if let Some(rest) = s.strip_prefix(label) {
            // "messa in mora – …" opens the Subject: with a capital.
            let rest = rest.trim();
            let mut chars = rest.chars();
            return match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => rest.to_string(),
            };
        }
    }
    s.to_string()
}

/// A subject for a letter recorded before subjects were kept.
fn fallback_subject(letter: &LetterToDeliver, lang: Language) -> String {
    let title = match letter.stage {
        Some(s) => crate::letters::i18n::title(s, lang).to_string(),
        None => match letter.kind {
            LetterKind::Statement => t!("msg-mail-statement-subject"),
            _ => t!("msg-mail-letter-subject"),
        },
    };
    match letter.invoices.is_empty() {
        true => title,
        false => format!("{title}: {}", letter.invoices.join(", ")),
    }
}

/// The PDF's file name in the email: ASCII, after the invoices and the stage.
fn attachment_name(letter: &LetterToDeliver) -> String {
    let name = match letter.stage {
        Some(stage) => super::letters_file_name(&letter.invoices, stage),
        None => format!("{}_{}.pdf", letter.kind.as_str(), letter.sent),
    };
    mail::ascii_file_name(&name)
}

/// Queues the email delivery of a letter just recorded in `tx`: the client must have
/// an address and the email settings must exist, or nothing is recorded. Returns the
/// delivery's id.
pub(crate) fn queue_email(
    tx: &Tx,
    letter_id: i64,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<i64> {
    let settings = tx
        .mail_settings()?
        .ok_or_else(|| ActionError::Refused(t!("err-mail-not-set")))?;
    let letter = tx.letter_to_deliver(letter_id)?;
    let to = address_of(&letter)?;
    let (subject, body, _) = email_text(tx, &letter, assets.data_dir.as_deref())?;
    let message_id = mail::new_message_id(&settings.from, letter_id);
    Ok(tx.insert_delivery(&NewDelivery {
        letter_id,
        channel: Channel::Email,
        recipient: &to,
        message_id: Some(&message_id),
        subject: Some(&subject),
        body: Some(&body),
        state: DeliveryState::Queued,
        reply: None,
        day: today,
        now: &now(),
    })?)
}

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

/// Refuses, naming them, when any of these clients has no email address.
pub fn check_addresses(ledger: &mut Ledger, clients: &[String]) -> Result<()> {
    let missing: Vec<String> = ledger.read(|tx| -> Result<_> {
        let mut missing = Vec::new();
        for name in clients {
            let c = tx.find_client(name)?;
            if c.email.as_deref().is_none_or(|e| e.trim().is_empty()) && !missing.contains(name) {
                missing.push(name.clone());
            }
        }
        Ok(missing)
    })?;
    match missing.len() {
        0 => Ok(()),
        1 => Err(ActionError::Refused(t!(
            "err-mail-client-no-email",
            client = missing[0].as_str()
        ))),
        _ => Err(ActionError::Refused(t!(
            "err-mail-clients-no-email",
            clients = missing.join(", ")
        ))),
    }
}

/// The outcome of one delivery attempt.
#[derive(Clone, Debug, Serialize)]
pub struct DeliveryResult {
    /// The delivery.
    pub id: i64,
    /// Its letter.
    pub letter_id: i64,
    /// The client.
    pub client: String,
    /// The invoices the letter covers.
    pub invoices: Vec<String>,
    /// Where it went.
    pub recipient: String,
    /// How it ended: sent or failed.
    pub state: DeliveryState,
    /// The server's reply, or the reason it failed.
    pub reply: String,
    /// Its Message-ID.
    pub message_id: Option<String>,
}

/// The outbox lock: held by whoever is sending. The OS releases it when the process
/// ends, however it ends.
struct OutboxLock(#[allow(dead_code)] File);

fn lock_path(ledger: &Ledger) -> PathBuf {
    let mut p = ledger.path().as_os_str().to_owned();
    p.push(".outbox.lock");
    PathBuf::from(p)
}

fn open_lock(ledger: &Ledger) -> Result<File> {
    let path = lock_path(ledger);
    std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| ActionError::Refused(format!("{}: {e}", path.display())))
}

/// Takes the outbox lock, waiting for another sender to finish, and turns what a dead
/// sender left `sending` into `unknown`.
fn take_outbox(ledger: &mut Ledger) -> Result<OutboxLock> {
    let file = open_lock(ledger)?;
    file.lock()
        .map_err(|e| ActionError::Refused(format!("{}: {e}", lock_path(ledger).display())))?;
    ledger.write(|tx| tx.mark_interrupted(&t!("msg-mail-interrupted"), &now()))?;
    Ok(OutboxLock(file))
}

/// Marks deliveries a crashed sender left `sending` as `unknown`, when no sender is
/// running now; how many.
pub fn recover_interrupted(ledger: &mut Ledger) -> Result<usize> {
    let file = open_lock(ledger)?;
    match file.try_lock() {
        Ok(()) => Ok(ledger.write(|tx| tx.mark_interrupted(&t!("msg-mail-interrupted"), &now()))?),
        // Someone is sending: their `sending` rows are live.
        Err(_) => Ok(0),
    }
}

/// Sends the email deliveries `ids` (queued or failed; `unknown` too when
/// `include_unknown`), one after the other, each recorded as it ends. `progress(done,
/// total, result)` follows each. A delivery another sender took, or already sent, is
/// passed over.
pub fn deliver(
    ledger: &mut Ledger,
    ids: &[i64],
    setup: &MailSetup,
    include_unknown: bool,
    progress: &dyn Fn(usize, usize, &DeliveryResult),
) -> Result<Vec<DeliveryResult>> {
    let _lock = take_outbox(ledger)?;
    let mut results = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        // Take it: `sending`, committed before a byte goes to the server.
        let taken = ledger.write(|tx| -> Result<_> {
            let Some(d) = tx.deliveries(DeliveryFilter::Id(*id))?.pop() else {
                return Ok(None);
            };
            if d.channel != Channel::Email || !tx.claim_delivery(*id, include_unknown, &now())? {
                return Ok(None);
            }
            let letter = tx.letter_to_deliver(d.letter_id)?;
            let body = tx.delivery_body(*id)?.unwrap_or_default();
            Ok(Some((d, letter, body)))
        })?;
        let Some((d, letter, body)) = taken else {
            continue;
        };
        let outcome = send_one(setup, &d, &letter, &body);
        let (state, reply) = match &outcome {
            Ok(reply) => (DeliveryState::Sent, reply.clone()),
            Err(why) => (DeliveryState::Failed, why.clone()),
        };
        ledger.write(|tx| tx.finish_delivery(*id, state, &reply, &now()))?;
        let result = DeliveryResult {
            id: *id,
            letter_id: d.letter_id,
            client: d.client.clone(),
            invoices: letter.invoices.clone(),
            recipient: d.recipient.clone(),
            state,
            reply,
            message_id: d.message_id.clone(),
        };
        progress(i + 1, ids.len(), &result);
        results.push(result);
    }
    Ok(results)
}

/// Builds and sends one delivery's message: the server's reply, or why not.
fn send_one(
    setup: &MailSetup,
    d: &Delivery,
    letter: &LetterToDeliver,
    body: &str,
) -> std::result::Result<String, String> {
    let pdf = letter
        .pdf
        .as_deref()
        .ok_or_else(|| t!("err-letters-no-stored-pdf", id = letter.id.to_string()))?;
    let subject = d.subject.clone().unwrap_or_default();
    let o = mail::Outgoing {
        settings: &setup.settings,
        from_name: &setup.from_name,
        to_name: &letter.client,
        to: &d.recipient,
        subject: &subject,
        body,
        file_name: &attachment_name(letter),
        pdf,
        message_id: d.message_id.as_deref().unwrap_or_default(),
        date: std::time::SystemTime::now(),
    };
    let message = mail::message::build(&o).map_err(|e| e.to_string())?;
    mail::send(&setup.settings, setup.password.as_deref(), &message).map_err(|e| e.reason)
}

/// Every delivery (`all`), or those not sent; interrupted ones are marked first.
pub fn outbox(ledger: &mut Ledger, all: bool) -> Result<Vec<Delivery>> {
    recover_interrupted(ledger)?;
    let filter = if all {
        DeliveryFilter::All
    } else {
        DeliveryFilter::Open
    };
    ledger.read(|tx| Ok(tx.deliveries(filter)?))
}

/// The deliveries of one invoice's letters.
pub fn invoice_deliveries(ledger: &mut Ledger, number: &str) -> Result<Vec<Delivery>> {
    ledger.read(|tx| {
        let case = super::record::case_by_number(tx, number)?;
        Ok(tx.deliveries(DeliveryFilter::Invoice(case.invoice.id))?)
    })
}

/// The deliveries of one client's letters.
pub fn client_deliveries(
    ledger: &mut Ledger,
    client: crate::domain::party::ClientId,
) -> Result<Vec<Delivery>> {
    ledger.read(|tx| Ok(tx.deliveries(DeliveryFilter::Client(client))?))
}

/// Which deliveries `outbox retry` takes: `id` alone (failed, or unknown when
/// `unknown`), else every failed email delivery, plus those still queued.
pub fn retry_ids(ledger: &mut Ledger, id: Option<i64>, unknown: bool) -> Result<Vec<i64>> {
    recover_interrupted(ledger)?;
    ledger.read(|tx| -> Result<_> {
        match id {
            Some(id) => {
                let d = tx
                    .deliveries(DeliveryFilter::Id(id))?
                    .pop()
                    .ok_or_else(|| {
                        ActionError::field("id", t!("err-outbox-no-delivery", id = id))
                    })?;
                if d.channel != Channel::Email {
                    return Err(ActionError::Refused(t!(
                        "err-outbox-not-email",
                        id = id,
                        channel = d.channel.as_str()
                    )));
                }
                match d.state {
                    DeliveryState::Sent => {
                        Err(ActionError::Refused(t!("err-outbox-already-sent", id = id)))
                    }
                    DeliveryState::Unknown if !unknown => Err(ActionError::Refused(t!(
                        "err-outbox-unknown",
                        id = id,
                        message_id = d.message_id.unwrap_or_default()
                    ))),
                    DeliveryState::Sending => {
                        Err(ActionError::Refused(t!("err-outbox-sending", id = id)))
                    }
                    _ => Ok(vec![id]),
                }
            }
            None => Ok(tx
                .deliveries(DeliveryFilter::Open)?
                .into_iter()
                .filter(|d| {
                    d.channel == Channel::Email
                        && matches!(d.state, DeliveryState::Queued | DeliveryState::Failed)
                })
                .map(|d| d.id)
                .collect()),
        }
    })
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
/// draft of the latest letter already recorded for NUMBER. The delivery is recorded
/// with channel `draft`, in the same transaction; the file is written before it commits.
pub fn draft(
    ledger: &mut Ledger,
    number: &str,
    out: &Path,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<DraftWritten> {
    let data_dir = data_dir(ledger);
    ledger.write(|tx| {
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
        let due = super::send::stage_to_send(&case, &policy, None, false, today).is_ok();
        let (letter_id, sent) = if due {
            let cases = tx.cases(crate::ledger::CaseFilter::Client(case.invoice.client_id))?;
            let plans = super::send::client_plans(&cases, &policy, today);
            let stage = super::send::stage_to_send(&case, &policy, None, false, today)?.0;
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
        let letter = tx.letter_to_deliver(letter_id)?;
        let to = address_of(&letter)?;
        let pdf = letter.pdf.clone().ok_or_else(|| {
            ActionError::Refused(t!("err-letters-no-stored-pdf", id = letter_id.to_string()))
        })?;
        let settings = draft_settings(tx)?;
        let (subject, body, file_name) = email_text(tx, &letter, data_dir.as_deref())?;
        let from_name = profile_of(tx)?.name;
        let message_id = mail::new_message_id(&settings.from, letter_id);
        let bytes = mail::draft_bytes(&mail::Outgoing {
            settings: &settings,
            from_name: &from_name,
            to_name: &letter.client,
            to: &to,
            subject: &subject,
            body: &body,
            file_name: &file_name,
            pdf: &pdf,
            message_id: &message_id,
            date: std::time::SystemTime::now(),
        })
        .map_err(|e| ActionError::Refused(e.to_string()))?;
        super::write_file(out, &bytes)?;
        let delivery_id = tx.insert_delivery(&NewDelivery {
            letter_id,
            channel: Channel::Draft,
            recipient: &to,
            message_id: Some(&message_id),
            subject: Some(&subject),
            body: Some(&body),
            state: DeliveryState::Sent,
            reply: Some(&t!("msg-draft-written", path = out.display().to_string())),
            day: today,
            now: &now(),
        })?;
        Ok(DraftWritten {
            letter_id,
            recorded_now: sent.is_some(),
            sent,
            delivery_id,
            to,
            message_id,
            path: out.to_path_buf(),
        })
    })
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
    match (d.channel, d.state) {
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

#[cfg(test)]
mod tests {
    use super::email_subject;

    #[test]
    fn an_email_subject_drops_the_printed_label() {
        assert_eq!(
            email_subject("Oggetto: messa in mora – fattura n. F-1"),
            "Messa in mora – fattura n. F-1"
        );
        assert_eq!(
            email_subject("Objet : relance – facture n° 7"),
            "Relance – facture n° 7"
        );
        assert_eq!(
            email_subject("Zahlungserinnerung – Rechnung Nr. F-4"),
            "Zahlungserinnerung – Rechnung Nr. F-4"
        );
    }
}
