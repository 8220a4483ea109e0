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
use std::path::PathBuf;

use super::mail_text::{attachment_name, letter_email};
use super::{ActionError, Result};
use crate::domain::delivery::{
    Channel, Delivery, DeliveryState, Enclosure, MAX_FILE_BYTES, MAX_FILES_BYTES, MailSettings,
    enclosures_covered,
};
use crate::domain::party::ClientId;
use crate::ledger::{DeliveryFilter, Ledger, LetterToDeliver, Tx};
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
        files: &[],
        message_id: &mail::new_message_id(&setup.settings.from, 0),
        date: std::time::SystemTime::now(),
    };
    let message = mail::message::build_text(&o).map_err(|e| ActionError::field("to", e))?;
    mail::send(&setup.settings, setup.password.as_deref(), &message)
        .map_err(|e| ActionError::Refused(e.reason))
}

/// What goes with a letter's email or draft besides its PDF.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmailExtras {
    /// Files sent with it: the copy of the invoice, the forms the letter lists.
    pub files: Vec<Enclosure>,
    /// The user's word that the letter may go without the enclosures it lists.
    pub without_enclosures: bool,
}

/// Reads the files to send with a letter, each named after its file (in ASCII);
/// refuses, naming the file, one that cannot be read, is empty, or is too heavy for a
/// mail server.
pub fn read_enclosures(paths: &[PathBuf]) -> Result<Vec<Enclosure>> {
    let mut files = Vec::with_capacity(paths.len());
    let mut total = 0;
    for path in paths {
        let shown = path.display().to_string();
        let unreadable = |e: String| {
            ActionError::field(
                "attach",
                t!("err-attach-unreadable", path = shown.as_str(), error = e),
            )
        };
        // A regular file, read no further than the limit: never a device, a pipe or a
        // folder, and never gigabytes into memory.
        let meta = std::fs::metadata(path).map_err(|e| unreadable(e.to_string()))?;
        if !meta.is_file() {
            return Err(unreadable(t!("err-attach-not-a-file")));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| {
                use std::io::Read as _;
                f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes)
            })
            .map_err(|e| unreadable(e.to_string()))?;
        if bytes.is_empty() {
            return Err(ActionError::field(
                "attach",
                t!("err-attach-empty", path = shown.as_str()),
            ));
        }
        if bytes.len() > MAX_FILE_BYTES {
            return Err(ActionError::field(
                "attach",
                t!(
                    "err-attach-too-big",
                    path = shown.as_str(),
                    size = mib(usize::try_from(meta.len()).unwrap_or(usize::MAX)),
                    max = mib(MAX_FILE_BYTES)
                ),
            ));
        }
        total += bytes.len();
        if total > MAX_FILES_BYTES {
            return Err(ActionError::field(
                "attach",
                t!("err-attach-too-much", max = mib(MAX_FILES_BYTES)),
            ));
        }
        let name = path
            .file_name()
            .map(|n| mail::ascii_file_name(&n.to_string_lossy()))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "attachment".to_string());
        files.push(Enclosure { name, bytes });
    }
    Ok(files)
}

/// Megabytes, one decimal, for a message.
pub fn mib(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

/// Refuses a letter that lists enclosures when no file goes with its email and the
/// user has not said it may go without them ([`enclosures_covered`]).
pub(crate) fn check_enclosures(letter: &LetterToDeliver, extras: &EmailExtras) -> Result<()> {
    if enclosures_covered(
        &letter.enclosures,
        extras.files.len(),
        extras.without_enclosures,
    ) {
        return Ok(());
    }
    Err(ActionError::Refused(t!(
        "err-mail-enclosures-missing",
        client = letter.client.as_str(),
        enclosures = letter.enclosures.join("; ")
    )))
}

/// Queues the email delivery of a letter just recorded in `tx`, with the files in
/// `extras`: the client must have an address, the email settings must exist, and the
/// enclosures the letter lists must go with it or be waived, or nothing is recorded.
/// Returns the delivery's id.
pub(crate) fn queue_email(
    tx: &Tx,
    letter_id: i64,
    today: NaiveDate,
    data_dir: Option<&std::path::Path>,
    extras: &EmailExtras,
) -> Result<i64> {
    let settings = tx
        .mail_settings()?
        .ok_or_else(|| ActionError::Refused(t!("err-mail-not-set")))?;
    letter_email(tx, letter_id, &settings.from, data_dir, extras)?.record(
        tx,
        (Channel::Email, DeliveryState::Queued, None),
        &extras.files,
        today,
    )
}

/// A letter about to be sent, as the Send dialog shows it: what it lists under
/// "Enclosures", and the email that would carry it (with these files).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SendPreview {
    /// The email, when the client has an address and email is set up.
    pub email: Option<super::EmailPreview>,
    /// What the letter lists under "Enclosures": files to send with an email or draft.
    pub enclosures: Vec<String>,
}

/// What a letter `record` records lists as enclosed, and what its email would say with
/// `files`: `record` records the letter, with its email queued when the client
/// (`client_of`) has an address and email is set up (the enclosures waived: the dialog
/// asks about them beside the text), inside a transaction that is rolled back. So the
/// text is exactly what would go, and nothing is kept. `record` returns the letter's
/// id and its delivery's.
pub(crate) fn preview_email(
    ledger: &mut Ledger,
    files: Vec<Enclosure>,
    client_of: impl FnOnce(&Tx) -> Result<ClientId>,
    record: impl FnOnce(&Tx, Option<&EmailExtras>) -> Result<(i64, Option<i64>)>,
) -> Result<SendPreview> {
    ledger.write_or_rollback(false, |tx| {
        let client = tx.client(client_of(tx)?)?;
        let emailable = client
            .email
            .as_deref()
            .is_some_and(|e| !e.trim().is_empty())
            && tx.mail_settings()?.is_some();
        let waived = EmailExtras {
            files,
            without_enclosures: true,
        };
        let (letter, delivery) = record(tx, emailable.then_some(&waived))?;
        let email = match delivery {
            Some(id) => {
                let d = tx
                    .deliveries(DeliveryFilter::Id(id))?
                    .pop()
                    .ok_or_else(|| ActionError::Refused(format!("delivery {id}")))?;
                Some(super::EmailPreview {
                    to: d.recipient,
                    subject: d.subject.unwrap_or_default(),
                    body: tx.delivery_body(id)?.unwrap_or_default(),
                })
            }
            None => None,
        };
        Ok(SendPreview {
            email,
            enclosures: tx.letter_enclosures(letter)?,
        })
    })
}

/// What emailing the day's letters needs, checked before a run records anything: the
/// settings, the password (`password` when typed, else the keyring's or the
/// environment's) and an address for every client a letter is due to.
pub fn email_run_setup(
    ledger: &mut Ledger,
    today: NaiveDate,
    password: Option<String>,
) -> Result<MailSetup> {
    let setup = mail_setup(ledger, password)?;
    let clients: Vec<String> = super::letters_due(ledger, today)?
        .into_iter()
        .map(|p| p.client)
        .collect();
    check_addresses(ledger, &clients)?;
    Ok(setup)
}

/// Refuses, naming them, when any of these clients has no email address.
fn check_addresses(ledger: &mut Ledger, clients: &[String]) -> Result<()> {
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

/// Turns what a dead sender left `sending` into `unknown`; only while holding the lock.
fn mark_interrupted(ledger: &mut Ledger, _held: &File) -> Result<usize> {
    Ok(ledger.write(|tx| tx.mark_interrupted(&t!("msg-mail-interrupted"), &now()))?)
}

/// Takes the outbox lock, waiting for another sender to finish, and turns what a dead
/// sender left `sending` into `unknown`.
fn take_outbox(ledger: &mut Ledger) -> Result<OutboxLock> {
    let file = open_lock(ledger)?;
    file.lock()
        .map_err(|e| ActionError::Refused(format!("{}: {e}", lock_path(ledger).display())))?;
    mark_interrupted(ledger, &file)?;
    Ok(OutboxLock(file))
}

/// Marks deliveries a crashed sender left `sending` as `unknown`, when no sender is
/// running now; how many.
pub fn recover_interrupted(ledger: &mut Ledger) -> Result<usize> {
    let file = open_lock(ledger)?;
    match file.try_lock() {
        Ok(()) => mark_interrupted(ledger, &file),
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
            let files = tx.delivery_files(*id)?;
            Ok(Some((d, letter, body, files)))
        })?;
        let Some((d, letter, body, files)) = taken else {
            continue;
        };
        let outcome = send_one(setup, &d, &letter, &body, &files);
        let (state, reply) = match &outcome {
            Ok(reply) => (DeliveryState::Sent, reply.clone()),
            Err(why) => (DeliveryState::Failed, why.clone()),
        };
        ledger.write(|tx| tx.finish_delivery(*id, state, &reply, &now()))?;
        let result = DeliveryResult {
            id: *id,
            letter_id: d.letter_id,
            client: d.client.clone(),
            invoices: letter.facts.invoices.clone(),
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
    files: &[Enclosure],
) -> std::result::Result<String, String> {
    let pdf = letter.pdf.as_deref().ok_or_else(|| {
        t!(
            "err-letters-no-stored-pdf",
            id = letter.facts.id.to_string()
        )
    })?;
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
        files,
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
                .filter(|d| d.channel == Channel::Email && d.state.can_send(false))
                .map(|d| d.id)
                .collect()),
        }
    })
}

/// Settles an interrupted delivery as the user found it in their Sent folder: `went`
/// marks it sent; otherwise it becomes failed, to be sent again by a retry.
pub fn resolve_unknown(ledger: &mut Ledger, id: i64, went: bool) -> Result<()> {
    let (state, reply) = match went {
        true => (DeliveryState::Sent, t!("msg-outbox-found-sent")),
        false => (DeliveryState::Failed, t!("msg-outbox-not-found")),
    };
    let done = ledger.write(|tx| tx.resolve_unknown(id, state, &reply, &now()))?;
    match done {
        true => Ok(()),
        false => Err(ActionError::Refused(t!("err-outbox-not-unknown", id = id))),
    }
}
