//! The words of the email a letter travels in: its subject (the letter's, without the
//! printed "Oggetto:" label), its text from the email templates in the client's
//! language, and the attachment's ASCII file name; and the client's address, or a
//! refusal naming the client. `letter_email` gathers them for one recorded letter, as
//! both an emailed and a drafted delivery record it.

use chrono::NaiveDate;
use std::path::Path;

use super::deliver::{EmailExtras, check_enclosures};
use super::letters::profile_of;
use super::{ActionError, Result};
use crate::domain::delivery::{Channel, DeliveryState, Enclosure};
use crate::domain::party::Language;
use crate::ledger::{LetterKind, LetterToDeliver, NewDelivery, Tx};
use crate::letters::email::{EmailFacts, EmailKind};
use crate::mail;
use crate::t;

/// The client's address, or a refusal naming the client.
pub(crate) fn address_of(letter: &LetterToDeliver) -> Result<String> {
    letter.email.clone().ok_or_else(|| {
        ActionError::Refused(t!(
            "err-mail-client-no-email",
            client = letter.client.as_str()
        ))
    })
}

/// The subject, text and file name of the email carrying `letter`.
pub(crate) fn email_text(
    tx: &Tx,
    letter: &LetterToDeliver,
    data_dir: Option<&Path>,
    files: &[Enclosure],
) -> Result<(String, String, String)> {
    let profile = profile_of(tx)?;
    let client = tx.client(letter.client_id)?;
    let lang = letter.language.unwrap_or(client.language);
    let kind = match (letter.facts.kind, letter.facts.stage) {
        (LetterKind::Stage, Some(s)) => EmailKind::Stage(s),
        (LetterKind::Interest, _) => EmailKind::Interest,
        _ => EmailKind::Statement,
    };
    let subject = letter
        .subject
        .as_deref()
        .map(email_subject)
        .unwrap_or_else(|| fallback_subject(letter, lang));
    let total = match (letter.facts.total_minor, letter.facts.currency.as_deref()) {
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
        invoices: letter.facts.invoices.clone(),
        reference: letter.facts.invoices.join(", "),
        total,
        deadline: letter
            .facts
            .deadline
            .map(|d| crate::present::date(d, lang))
            .unwrap_or_default(),
        attachment: file_name.clone(),
        files: files.iter().map(|f| f.name.clone()).collect(),
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
    let title = match letter.facts.stage {
        Some(s) => crate::letters::i18n::title(s, lang).to_string(),
        None => match letter.facts.kind {
            LetterKind::Statement => t!("msg-mail-statement-subject"),
            _ => t!("msg-mail-letter-subject"),
        },
    };
    match letter.facts.invoices.is_empty() {
        true => title,
        false => format!("{title}: {}", letter.facts.invoices.join(", ")),
    }
}

/// The PDF's file name in the email: ASCII, after the invoices and the stage.
pub(crate) fn attachment_name(letter: &LetterToDeliver) -> String {
    let name = match letter.facts.stage {
        Some(stage) => super::letters_file_name(&letter.facts.invoices, stage),
        None => format!("{}_{}.pdf", letter.facts.kind.as_str(), letter.facts.sent),
    };
    mail::ascii_file_name(&name)
}

/// The email of a recorded letter, as an email or a draft delivery records it.
pub(crate) struct LetterEmail {
    /// The letter, with its PDF.
    pub letter: LetterToDeliver,
    /// The client's address.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Text.
    pub body: String,
    /// The PDF's ASCII file name.
    pub file_name: String,
    /// A new Message-ID in `from`'s domain.
    pub message_id: String,
}

/// The email of the letter `letter_id` from `from`, with the files in `extras`:
/// refused, before anything is recorded, when the client has no address or the
/// letter's listed enclosures would not go.
pub(crate) fn letter_email(
    tx: &Tx,
    letter_id: i64,
    from: &str,
    data_dir: Option<&Path>,
    extras: &EmailExtras,
) -> Result<LetterEmail> {
    let letter = tx.letter_to_deliver(letter_id)?;
    let to = address_of(&letter)?;
    check_enclosures(&letter, extras)?;
    let (subject, body, file_name) = email_text(tx, &letter, data_dir, &extras.files)?;
    Ok(LetterEmail {
        letter,
        to,
        subject,
        body,
        file_name,
        message_id: mail::new_message_id(from, letter_id),
    })
}

impl LetterEmail {
    /// Records its delivery by `channel`, starting in `state` with `reply`, and the
    /// files that go with it; the delivery's id.
    pub(crate) fn record(
        &self,
        tx: &Tx,
        (channel, state, reply): (Channel, DeliveryState, Option<&str>),
        files: &[Enclosure],
        today: NaiveDate,
    ) -> Result<i64> {
        let id = tx.insert_delivery(&NewDelivery {
            letter_id: self.letter.facts.id,
            channel,
            recipient: &self.to,
            message_id: Some(&self.message_id),
            subject: Some(&self.subject),
            body: Some(&self.body),
            state,
            reply,
            day: today,
            now: &super::deliver::now(),
        })?;
        tx.insert_delivery_files(id, files)?;
        Ok(id)
    }
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
