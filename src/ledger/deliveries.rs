//! Deliveries: how each recorded letter went out (email, draft, print), and the email
//! settings. The outbox's state changes are single statements guarded by the state they
//! leave, so two senders can never both take the same delivery.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::invoices::date_at;
use super::letters::{CLIENT_LETTER_COLUMNS, ClientLetter, client_letter_from_row};
use super::{LedgerError, Result, Tx};
use crate::domain::delivery::{Channel, Delivery, DeliveryState, Enclosure, MailSettings};
use crate::domain::invoice::InvoiceId;
use crate::domain::party::{ClientId, Language};

/// Which deliveries to list.
#[derive(Clone, Copy, Debug)]
pub enum DeliveryFilter {
    /// Every delivery.
    All,
    /// Those not sent: queued, sending, failed, unknown.
    Open,
    /// One delivery.
    Id(i64),
    /// A letter's.
    Letter(i64),
    /// The deliveries of every letter covering (or about) an invoice.
    Invoice(InvoiceId),
    /// The deliveries of every letter to a client.
    Client(ClientId),
}

/// A delivery about to be recorded.
#[derive(Clone, Debug)]
pub struct NewDelivery<'a> {
    /// The letter.
    pub letter_id: i64,
    /// How.
    pub channel: Channel,
    /// Address or file.
    pub recipient: &'a str,
    /// Message-ID, without brackets.
    pub message_id: Option<&'a str>,
    /// Subject line.
    pub subject: Option<&'a str>,
    /// Body text.
    pub body: Option<&'a str>,
    /// The state it starts in.
    pub state: DeliveryState,
    /// The reply or result to note.
    pub reply: Option<&'a str>,
    /// The day, as `--today`.
    pub day: NaiveDate,
    /// Now, UTC, RFC 3339.
    pub now: &'a str,
}

/// A recorded letter with what a delivery needs: the PDF, the client, its address.
#[derive(Clone, Debug)]
pub struct LetterToDeliver {
    /// The letter as the client's history lists it: kind, stage, day, deadline, sum,
    /// the invoices it covers (or the one it is about), sha256.
    pub facts: ClientLetter,
    /// The language it was written in.
    pub language: Option<Language>,
    /// The PDF as stored.
    pub pdf: Option<Vec<u8>>,
    /// Its subject line, when recorded (letters since schema 9).
    pub subject: Option<String>,
    /// The client.
    pub client_id: ClientId,
    /// The client's name.
    pub client: String,
    /// The client's email address, if known.
    pub email: Option<String>,
    /// What the letter lists under "Enclosures".
    pub enclosures: Vec<String>,
}

const DELIVERY_COLUMNS: &str = "d.id, d.letter_id, d.channel, d.recipient, d.message_id, d.subject, \
     d.state, d.reply, d.attempts, d.day, d.created, d.updated, c.name";

impl Tx<'_> {
    /// The email settings, if set.
    pub fn mail_settings(&self) -> Result<Option<MailSettings>> {
        match self.setting("mail")? {
            None => Ok(None),
            Some(json) => serde_json::from_str(&json).map(Some).map_err(|e| {
                LedgerError::Invalid(format!("the stored email settings cannot be read: {e}"))
            }),
        }
    }

    /// Replaces the email settings.
    pub fn set_mail_settings(&self, settings: &MailSettings) -> Result<()> {
        let json = serde_json::to_string(settings)
            .map_err(|e| LedgerError::Invalid(format!("email settings: {e}")))?;
        self.set_setting("mail", &json)
    }

    /// The ledger's own random id, which names its password in the keyring.
    pub fn ledger_id(&self) -> Result<String> {
        Ok(self.setting("ledger_id")?.unwrap_or_default())
    }

    /// Keeps a new letter's subject line.
    pub fn set_letter_subject(&self, letter_id: i64, subject: &str) -> Result<()> {
        self.execute(
            "INSERT INTO letter_subjects (letter_id, subject) VALUES (?1, ?2)",
            params![letter_id, subject],
        )?;
        Ok(())
    }

    /// A recorded letter, with its PDF and client, for delivery.
    pub fn letter_to_deliver(&self, letter_id: i64) -> Result<LetterToDeliver> {
        let letter = self
            .query_row(
                &format!(
                    "SELECT {CLIENT_LETTER_COLUMNS}, l.language, s.subject, l.client_id, c.name,
                            c.email, l.pdf
                     FROM letters l JOIN clients c ON c.id = l.client_id
                     LEFT JOIN letter_subjects s ON s.letter_id = l.id
                     WHERE l.id = ?1"
                ),
                [letter_id],
                |r| {
                    Ok(LetterToDeliver {
                        facts: client_letter_from_row(r)?,
                        language: r.get(8)?,
                        subject: r.get(9)?,
                        client_id: r.get(10)?,
                        client: r.get(11)?,
                        email: r
                            .get::<_, Option<String>>(12)?
                            .filter(|e| !e.trim().is_empty()),
                        pdf: r.get(13)?,
                        enclosures: Vec::new(),
                    })
                },
            )
            .optional()?;
        let mut letter = letter
            .ok_or_else(|| LedgerError::NotFound(format!("no letter with id {letter_id}")))?;
        letter.facts.invoices = self.letter_invoice_numbers(letter_id)?;
        letter.enclosures = self.letter_enclosures(letter_id)?;
        if letter.facts.invoices.is_empty() {
            letter.facts.invoices = self
                .query_row(
                    "SELECT i.number FROM letter_about a JOIN invoices i ON i.id = a.invoice_id
                     WHERE a.letter_id = ?1",
                    [letter_id],
                    |r| r.get(0),
                )
                .optional()?
                .into_iter()
                .collect();
        }
        Ok(letter)
    }

    /// The latest letter recorded for an invoice (a stage letter covering it, or a
    /// letter about its interest).
    pub fn latest_letter_for(&self, invoice: InvoiceId) -> Result<Option<i64>> {
        Ok(self
            .query_row(
                "SELECT l.id FROM letters l
                 WHERE l.id IN (SELECT letter_id FROM letter_invoices WHERE invoice_id = ?1
                                UNION SELECT letter_id FROM letter_about WHERE invoice_id = ?1)
                 ORDER BY l.sent DESC, l.id DESC LIMIT 1",
                [invoice],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Records a delivery; returns its id.
    pub fn insert_delivery(&self, d: &NewDelivery<'_>) -> Result<i64> {
        self.execute(
            "INSERT INTO deliveries (letter_id, channel, recipient, message_id, subject, body,
                                     state, reply, attempts, day, created, updated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            params![
                d.letter_id,
                d.channel,
                d.recipient,
                d.message_id,
                d.subject,
                d.body,
                d.state,
                d.reply,
                i64::from(d.state != DeliveryState::Queued),
                d.day,
                d.now,
            ],
        )?;
        Ok(self.last_insert_rowid())
    }

    /// Takes a delivery for sending: `queued` or `failed` (and `unknown` when asked)
    /// becomes `sending`, one attempt more. False when it was not in such a state (sent
    /// already, or taken by another sender).
    pub fn claim_delivery(&self, id: i64, include_unknown: bool, now: &str) -> Result<bool> {
        let changed = self.execute(
            "UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated = ?2
             WHERE id = ?1 AND (state IN ('queued', 'failed') OR (?3 AND state = 'unknown'))",
            params![id, now, include_unknown],
        )?;
        Ok(changed == 1)
    }

    /// Ends a delivery's attempt: `sent`, `failed` or `unknown`, with the server's reply.
    pub fn finish_delivery(
        &self,
        id: i64,
        state: DeliveryState,
        reply: &str,
        now: &str,
    ) -> Result<()> {
        self.execute(
            "UPDATE deliveries SET state = ?2, reply = ?3, updated = ?4
             WHERE id = ?1 AND state = 'sending'",
            params![id, state, reply, now],
        )?;
        Ok(())
    }

    /// Deliveries left `sending` by a sender that is gone (a crash, a kill): they may
    /// or may not have reached the server, so they become `unknown`. Call only while
    /// holding the outbox lock, when no sender can be running. Returns how many.
    pub fn mark_interrupted(&self, reply: &str, now: &str) -> Result<usize> {
        Ok(self.execute(
            "UPDATE deliveries SET state = 'unknown', reply = ?1, updated = ?2
             WHERE state = 'sending'",
            params![reply, now],
        )?)
    }

    /// Settles an interrupted (`unknown`) delivery as the user found it: `sent` (it is in
    /// their Sent folder) or `failed` (it is not, and may be sent again). False when it
    /// was not `unknown`.
    pub fn resolve_unknown(
        &self,
        id: i64,
        state: DeliveryState,
        reply: &str,
        now: &str,
    ) -> Result<bool> {
        let changed = self.execute(
            "UPDATE deliveries SET state = ?2, reply = ?3, updated = ?4
             WHERE id = ?1 AND state = 'unknown'",
            params![id, state, reply, now],
        )?;
        Ok(changed == 1)
    }

    /// A delivery's body text, as sent.
    pub fn delivery_body(&self, id: i64) -> Result<Option<String>> {
        Ok(self
            .query_row("SELECT body FROM deliveries WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .flatten())
    }

    /// Deliveries, oldest first.
    pub fn deliveries(&self, filter: DeliveryFilter) -> Result<Vec<Delivery>> {
        // The condition, and the one id it takes, if any.
        let (cond, arg): (&str, Option<i64>) = match filter {
            DeliveryFilter::All => ("1 = 1", None),
            DeliveryFilter::Open => ("d.state <> 'sent'", None),
            DeliveryFilter::Id(id) => ("d.id = ?1", Some(id)),
            DeliveryFilter::Letter(id) => ("d.letter_id = ?1", Some(id)),
            DeliveryFilter::Invoice(id) => (
                "d.letter_id IN (SELECT letter_id FROM letter_invoices WHERE invoice_id = ?1
                                 UNION SELECT letter_id FROM letter_about WHERE invoice_id = ?1)",
                Some(id.0),
            ),
            DeliveryFilter::Client(id) => ("l.client_id = ?1", Some(id.0)),
        };
        let sql = format!(
            "SELECT {DELIVERY_COLUMNS} FROM deliveries d
             JOIN letters l ON l.id = d.letter_id JOIN clients c ON c.id = l.client_id
             WHERE {cond} ORDER BY d.id"
        );
        let mut stmt = self.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(arg), |r| {
            Ok(Delivery {
                id: r.get(0)?,
                letter_id: r.get(1)?,
                channel: r.get(2)?,
                recipient: r.get(3)?,
                message_id: r.get(4)?,
                subject: r.get(5)?,
                state: r.get(6)?,
                reply: r.get(7)?,
                attempts: r.get(8)?,
                day: date_at(r, 9)?,
                created: r.get(10)?,
                updated: r.get(11)?,
                client: r.get(12)?,
                invoices: Vec::new(),
                files: Vec::new(),
            })
        })?;
        let mut list: Vec<Delivery> = rows.collect::<rusqlite::Result<_>>()?;
        let mut names = self.prepare_cached(
            "SELECT name FROM delivery_files WHERE delivery_id = ?1 ORDER BY position",
        )?;
        for d in &mut list {
            d.invoices = self.letter_invoice_numbers(d.letter_id)?;
            d.files = names
                .query_map([d.id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(list)
    }

    /// Keeps the files sent with a delivery, in order, byte for byte.
    pub fn insert_delivery_files(&self, delivery_id: i64, files: &[Enclosure]) -> Result<()> {
        let mut stmt = self.prepare_cached(
            "INSERT INTO delivery_files (delivery_id, position, name, sha256, bytes)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (i, f) in files.iter().enumerate() {
            stmt.execute(params![delivery_id, i as i64, f.name, f.sha256(), f.bytes])?;
        }
        Ok(())
    }

    /// Keeps what a letter lists under "Enclosures", in order.
    pub fn insert_letter_enclosures(&self, letter_id: i64, enclosures: &[String]) -> Result<()> {
        let mut stmt = self.prepare_cached(
            "INSERT INTO letter_enclosures (letter_id, position, text) VALUES (?1, ?2, ?3)",
        )?;
        for (i, e) in enclosures.iter().enumerate() {
            stmt.execute(params![letter_id, i as i64, e])?;
        }
        Ok(())
    }

    /// What a letter lists under "Enclosures" (nothing for a letter recorded before
    /// Overdue kept the list).
    pub fn letter_enclosures(&self, letter_id: i64) -> Result<Vec<String>> {
        let mut stmt = self.prepare_cached(
            "SELECT text FROM letter_enclosures WHERE letter_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([letter_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The files sent with a delivery, in order.
    pub fn delivery_files(&self, delivery_id: i64) -> Result<Vec<Enclosure>> {
        let mut stmt = self.prepare_cached(
            "SELECT name, bytes FROM delivery_files WHERE delivery_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([delivery_id], |r| {
            Ok(Enclosure {
                name: r.get(0)?,
                bytes: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
