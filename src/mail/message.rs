//! The message a letter travels in: From (the business's name and address), To (the
//! client), Reply-To and Bcc to self when set, the subject and a short text, and the
//! letter's PDF attached byte for byte, then any file sent with it. Names and subjects in any script are encoded
//! by lettre (RFC 2047); the attachment's file name is kept to ASCII, because Outlook
//! shows an RFC 2231 name as "Untitled attachment". Every message carries an explicit
//! Message-ID and Date.

use lettre::Message;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use std::time::SystemTime;

use crate::domain::delivery::{Enclosure, MailSettings};

/// One message to build.
#[derive(Clone, Debug)]
pub struct Outgoing<'a> {
    /// The email settings (From, Reply-To, Bcc to self).
    pub settings: &'a MailSettings,
    /// The sender's name shown beside From (the business).
    pub from_name: &'a str,
    /// The client's name.
    pub to_name: &'a str,
    /// The client's address.
    pub to: &'a str,
    /// Subject line.
    pub subject: &'a str,
    /// Body text (plain).
    pub body: &'a str,
    /// The PDF's file name (ASCII: see [`ascii_file_name`]).
    pub file_name: &'a str,
    /// The PDF.
    pub pdf: &'a [u8],
    /// Files sent with the letter, after its PDF (their names already ASCII).
    pub files: &'a [Enclosure],
    /// Message-ID, without angle brackets.
    pub message_id: &'a str,
    /// Date header.
    pub date: SystemTime,
}

/// What is wrong with a message's parts, naming the part.
#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    /// An address does not parse.
    #[error("{field}: '{value}' is not an email address ({reason})")]
    Address {
        /// Which address (From, To, Reply-To).
        field: &'static str,
        /// The text.
        value: String,
        /// lettre's reason.
        reason: String,
    },
    /// The message could not be put together.
    #[error("the email could not be built: {0}")]
    Build(String),
}

fn mailbox(field: &'static str, name: Option<&str>, addr: &str) -> Result<Mailbox, MessageError> {
    let address = addr
        .trim()
        .parse()
        .map_err(|e: lettre::address::AddressError| MessageError::Address {
            field,
            value: addr.to_string(),
            reason: e.to_string(),
        })?;
    Ok(Mailbox::new(
        name.map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string),
        address,
    ))
}

/// The message, ready for SMTP (Bcc travels in the envelope, not the headers).
pub fn build(o: &Outgoing<'_>) -> Result<Message, MessageError> {
    build_with(o, false)
}

fn build_with(o: &Outgoing<'_>, draft: bool) -> Result<Message, MessageError> {
    let s = o.settings;
    let from = mailbox("From", Some(o.from_name), &s.from)?;
    let mut b = Message::builder()
        .from(from.clone())
        .to(mailbox("To", Some(o.to_name), o.to)?)
        .subject(o.subject)
        .date(o.date)
        .message_id(Some(format!("<{}>", o.message_id)))
        .user_agent(format!("Overdue {}", env!("CARGO_PKG_VERSION")));
    if let Some(r) = &s.reply_to {
        b = b.reply_to(mailbox("Reply-To", Some(o.from_name), r)?);
    }
    if s.bcc_self {
        b = b.bcc(from);
    }
    if draft {
        // Opens as a new message, ready to send, in Thunderbird, Outlook and Apple Mail.
        b = b
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("X-Unsent"),
                "1".into(),
            ))
            .keep_bcc();
    }
    let pdf =
        ContentType::parse("application/pdf").map_err(|e| MessageError::Build(e.to_string()))?;
    let mut parts = MultiPart::mixed()
        .singlepart(SinglePart::plain(o.body.to_string()))
        .singlepart(Attachment::new(o.file_name.to_string()).body(o.pdf.to_vec(), pdf));
    for f in o.files {
        let kind =
            ContentType::parse(f.content_type()).map_err(|e| MessageError::Build(e.to_string()))?;
        parts = parts.singlepart(Attachment::new(f.name.clone()).body(f.bytes.clone(), kind));
    }
    b.multipart(parts)
        .map_err(|e| MessageError::Build(e.to_string()))
}

/// A message of text alone (the test email): `o.pdf` and `o.file_name` are ignored.
pub fn build_text(o: &Outgoing<'_>) -> Result<Message, MessageError> {
    let s = o.settings;
    let from = mailbox("From", Some(o.from_name), &s.from)?;
    let to_name = Some(o.to_name).filter(|n| !n.is_empty());
    Message::builder()
        .from(from)
        .to(mailbox("To", to_name, o.to)?)
        .subject(o.subject)
        .date(o.date)
        .message_id(Some(format!("<{}>", o.message_id)))
        .user_agent(format!("Overdue {}", env!("CARGO_PKG_VERSION")))
        .header(ContentType::TEXT_PLAIN)
        .body(o.body.to_string())
        .map_err(|e| MessageError::Build(e.to_string()))
}

/// The same message as an unsent draft (RFC 5322, `X-Unsent: 1`), for a .eml file.
pub fn draft_bytes(o: &Outgoing<'_>) -> Result<Vec<u8>, MessageError> {
    Ok(build_with(o, true)?.formatted())
}

/// A file name any mail program shows: ASCII letters, digits, `-`, `_`, `.` and `+`;
/// accented letters lose their accent, anything else becomes `_`.
pub fn ascii_file_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let plain = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'È' | 'É' | 'Ê' | 'Ë' => 'E',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'O',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
            'ç' => 'c',
            'Ç' => 'C',
            'ñ' => 'n',
            'Ñ' => 'N',
            'ß' => 's',
            c if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '+') => c,
            _ => '_',
        };
        out.push(plain);
        if c == 'ß' {
            out.push('s');
        }
    }
    out
}

/// A new Message-ID (without brackets) in the sender's domain: unique per call, from
/// the clock, the process and a counter, hashed.
pub fn new_message_id(from: &str, letter_id: i64) -> String {
    use sha2::{Digest, Sha256};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let seed = format!("{nanos}/{}/{n}/{letter_id}/{from}", std::process::id());
    let hash = Sha256::digest(seed.as_bytes());
    let hex: String = hash.iter().take(12).map(|b| format!("{b:02x}")).collect();
    let domain = from
        .rsplit_once('@')
        .map(|(_, d)| d.trim().trim_end_matches('>'))
        .filter(|d| !d.is_empty())
        .unwrap_or("overdue.invalid");
    format!("overdue.{letter_id}.{hex}@{domain}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::delivery::Security;

    fn settings() -> MailSettings {
        MailSettings {
            host: "smtp.example.org".into(),
            port: 465,
            security: Security::Tls,
            user: None,
            from: "studio@example.org".into(),
            reply_to: Some("conti@example.org".into()),
            bcc_self: true,
        }
    }

    fn outgoing(s: &MailSettings) -> Outgoing<'_> {
        Outgoing {
            settings: s,
            from_name: "Studio Bianchi",
            to_name: "Müller & Söhne GmbH",
            to: "buchhaltung@mueller.de",
            subject: "Zahlungserinnerung: Rechnung 2026/017 – fällig",
            body: "Sehr geehrte Damen und Herren,\n\nanbei unser Schreiben.\n",
            file_name: "2026-017_reminder.pdf",
            pdf: b"%PDF-1.7 test",
            files: &[],
            message_id: "overdue.1.abc@example.org",
            date: SystemTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn a_draft_says_unsent_and_keeps_every_header() {
        let s = settings();
        let bytes = draft_bytes(&outgoing(&s)).expect("draft");
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("X-Unsent: 1\r\n"), "{text}");
        assert!(
            text.contains("Message-ID: <overdue.1.abc@example.org>"),
            "{text}"
        );
        assert!(text.contains("Bcc: "), "a draft keeps the Bcc: {text}");
        assert!(text.contains("Reply-To: "), "{text}");
        // Non-ASCII subject and names are encoded, not raw.
        assert!(
            text.lines()
                .any(|l| l.starts_with("Subject: ") && l.contains("=?utf-8?")),
            "{text}"
        );
        assert!(!text.contains("Müller"), "{text}");
        assert!(
            text.contains("filename=\"2026-017_reminder.pdf\""),
            "{text}"
        );
    }

    #[test]
    fn a_sent_message_has_no_bcc_header_and_no_unsent() {
        let s = settings();
        let m = build(&outgoing(&s)).expect("message");
        let text = String::from_utf8_lossy(&m.formatted()).to_string();
        assert!(!text.contains("X-Unsent"));
        assert!(!text.contains("\r\nBcc:"));
        assert_eq!(m.envelope().to().len(), 2, "To and the Bcc to self");
    }

    #[test]
    fn a_bad_address_names_its_field() {
        let mut s = settings();
        s.reply_to = Some("nope".into());
        let e = build(&outgoing(&s)).expect_err("bad reply-to").to_string();
        assert!(e.starts_with("Reply-To: 'nope'"), "{e}");
    }

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(
            ascii_file_name("Fattura_2026-Ü1 è.pdf"),
            "Fattura_2026-U1_e.pdf"
        );
        assert_eq!(ascii_file_name("Straße.pdf"), "Strasse.pdf");
        assert!(ascii_file_name("日本.pdf").is_ascii());
    }

    #[test]
    fn message_ids_are_unique_and_in_the_senders_domain() {
        let a = new_message_id("studio@example.org", 7);
        let b = new_message_id("studio@example.org", 7);
        assert_ne!(a, b);
        assert!(
            a.ends_with("@example.org") && a.starts_with("overdue.7."),
            "{a}"
        );
    }
}
