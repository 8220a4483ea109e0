//! How a recorded letter went out: by email, as a draft for the user's mail program, or
//! on paper. A letter is recorded first; its deliveries follow, each with a state that
//! only moves forward (an outbox), so that a letter that went nowhere never looks sent,
//! and one that may have gone is never sent again blindly.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// The way a letter is delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Sent by Overdue over SMTP (a PEC mailbox included).
    Email,
    /// Written as an unsent message (.eml) that the user's mail program opens and sends.
    Draft,
    /// Printed, in a batch PDF made to be printed and posted.
    Print,
}

impl Channel {
    /// The channel's name in the ledger, the CLI and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Draft => "draft",
            Channel::Print => "print",
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Channel {
    type Err = String;

    fn from_str(s: &str) -> Result<Channel, String> {
        match s {
            "email" => Ok(Channel::Email),
            "draft" => Ok(Channel::Draft),
            "print" => Ok(Channel::Print),
            _ => Err(format!("unknown channel '{s}' (email, draft or print)")),
        }
    }
}

/// Where a delivery stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryState {
    /// Recorded, not tried yet.
    Queued,
    /// A sender is handing it to the server right now.
    Sending,
    /// The server accepted it (email), or the file was written (draft, print).
    Sent,
    /// The server refused it or could not be reached; nothing went out. Can be retried.
    Failed,
    /// Interrupted while sending: it may or may not have gone. The user checks their
    /// Sent folder; it is never resent without being asked.
    Unknown,
}

impl DeliveryState {
    /// The state's name in the ledger and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Queued => "queued",
            DeliveryState::Sending => "sending",
            DeliveryState::Sent => "sent",
            DeliveryState::Failed => "failed",
            DeliveryState::Unknown => "unknown",
        }
    }

    /// Whether a sender may pick it up: queued, or failed and retried. `unknown` only
    /// when the user says so (it may have gone already).
    pub fn can_send(self, include_unknown: bool) -> bool {
        match self {
            DeliveryState::Queued | DeliveryState::Failed => true,
            DeliveryState::Unknown => include_unknown,
            DeliveryState::Sending | DeliveryState::Sent => false,
        }
    }
}

impl fmt::Display for DeliveryState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DeliveryState {
    type Err = String;

    fn from_str(s: &str) -> Result<DeliveryState, String> {
        match s {
            "queued" => Ok(DeliveryState::Queued),
            "sending" => Ok(DeliveryState::Sending),
            "sent" => Ok(DeliveryState::Sent),
            "failed" => Ok(DeliveryState::Failed),
            "unknown" => Ok(DeliveryState::Unknown),
            _ => Err(format!("unknown delivery state '{s}'")),
        }
    }
}

/// A delivery as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Delivery {
    /// Its id (`overdue outbox retry ID`).
    pub id: i64,
    /// The letter delivered.
    pub letter_id: i64,
    /// How.
    pub channel: Channel,
    /// The email address, or the file written.
    pub recipient: String,
    /// The message's Message-ID (email and draft), without angle brackets.
    pub message_id: Option<String>,
    /// The subject line, as sent.
    pub subject: Option<String>,
    /// Where it stands.
    pub state: DeliveryState,
    /// The server's last reply, or the error.
    pub reply: Option<String>,
    /// How many times a sender tried.
    pub attempts: i64,
    /// The day (`--today`) it was recorded for.
    pub day: chrono::NaiveDate,
    /// When it was recorded (UTC, RFC 3339).
    pub created: String,
    /// When it last changed (UTC, RFC 3339).
    pub updated: String,
    /// The letter's client.
    pub client: String,
    /// The invoices the letter covers.
    pub invoices: Vec<String>,
    /// The files sent with it, beside the letter (email and draft), by name.
    pub files: Vec<String>,
}

/// Whether a letter that lists `listed` enclosures may go by email or draft: it lists
/// none, or `files` go with it, or the user said it goes without them (`waived`).
/// Otherwise the client would read "I enclose" and find nothing.
pub fn enclosures_covered(listed: &[String], files: usize, waived: bool) -> bool {
    listed.is_empty() || files > 0 || waived
}

/// The most one file sent with a letter may weigh: mail servers refuse messages of
/// 20 to 25 MB, and base64 makes a file a third larger on the way.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// The most every file sent with one letter may weigh together: in base64, with the
/// letter's own PDF, the message stays under the 20 MB the strictest servers take.
pub const MAX_FILES_BYTES: usize = 12 * 1024 * 1024;

/// A file sent with a letter's email or draft, beside the letter's own PDF: the copy of
/// the invoice a reminder lists, the official forms a letter before action lists.
#[derive(Clone, PartialEq, Eq)]
pub struct Enclosure {
    /// Its file name, as the client sees it (ASCII).
    pub name: String,
    /// Its bytes, as read.
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for Enclosure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Enclosure")
            .field("name", &self.name)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

impl Enclosure {
    /// Its MIME type, from the name's extension; `application/octet-stream` when unknown.
    pub fn content_type(&self) -> &'static str {
        let ext = self
            .name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "pdf" => "application/pdf",
            "xml" => "application/xml",
            "png" => "image/png",
            "jpg" | "jpeg" => "image/jpeg",
            "txt" => "text/plain",
            "csv" => "text/csv",
            "zip" => "application/zip",
            "p7m" => "application/pkcs7-mime",
            _ => "application/octet-stream",
        }
    }

    /// Its sha256, in hex.
    pub fn sha256(&self) -> String {
        use sha2::{Digest, Sha256};
        Sha256::digest(&self.bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// How the SMTP connection is secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Security {
    /// TLS from the first byte (port 465; PEC providers).
    Tls,
    /// Plain connection upgraded with STARTTLS, required (port 587).
    Starttls,
    /// No encryption: only for a server on this machine (127.0.0.1, localhost).
    None,
}

impl Security {
    /// The name in the CLI and the ledger.
    pub fn as_str(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::Starttls => "starttls",
            Security::None => "none",
        }
    }
}

impl FromStr for Security {
    type Err = String;

    fn from_str(s: &str) -> Result<Security, String> {
        match s {
            "tls" => Ok(Security::Tls),
            "starttls" => Ok(Security::Starttls),
            "none" => Ok(Security::None),
            _ => Err(format!("unknown security '{s}' (tls, starttls or none)")),
        }
    }
}

/// The ledger's email settings. The password is not here: it lives in the OS keyring
/// (or `OVERDUE_SMTP_PASSWORD`), never in the ledger.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct MailSettings {
    /// SMTP host.
    pub host: String,
    /// SMTP port.
    pub port: u16,
    /// How the connection is secured.
    pub security: Security,
    /// The login, if the server asks for one (usually the address).
    pub user: Option<String>,
    /// The From address.
    pub from: String,
    /// Where replies go, if not to From.
    pub reply_to: Option<String>,
    /// Send a blind copy of every letter to From.
    pub bcc_self: bool,
}

/// What is wrong with a field of the email settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field, as the CLI names it (`--host`).
    pub field: &'static str,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for FieldError {}

/// Whether `host` names this machine (where an unencrypted connection is allowed).
pub fn is_loopback(host: &str) -> bool {
    let h = host.trim().trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost")
        || h.parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// A plausible email address: one `@`, something before, a dotted or local domain
/// after, no spaces or angle brackets. The mail library checks it again, fully.
pub fn plausible_address(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !s
                    .chars()
                    .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == ',')
                && (domain.contains('.') || is_loopback(domain))
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    }
}

impl MailSettings {
    /// Checks every field, naming the first that is wrong.
    pub fn validate(&self) -> Result<(), FieldError> {
        let bad = |field, message: String| Err(FieldError { field, message });
        if self.host.trim().is_empty() || self.host.contains(char::is_whitespace) {
            return bad("--host", format!("'{}' is not a host name", self.host));
        }
        if self.port == 0 {
            return bad("--port", "the port must be 1 to 65535".into());
        }
        if self.security == Security::None && !is_loopback(&self.host) {
            return bad(
                "--security",
                format!(
                    "'none' sends your password and letters unencrypted; it is allowed only \
                     for a server on this machine (localhost, 127.0.0.1), not {}: use tls \
                     (port 465) or starttls (port 587)",
                    self.host
                ),
            );
        }
        if !plausible_address(&self.from) {
            return bad("--from", format!("'{}' is not an email address", self.from));
        }
        if let Some(r) = &self.reply_to
            && !plausible_address(r)
        {
            return bad("--reply-to", format!("'{r}' is not an email address"));
        }
        if let Some(u) = &self.user
            && u.trim().is_empty()
        {
            return bad("--user", "the login is empty".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_enclosures_go_with_files_or_the_users_word() {
        let listed = vec!["Copy of invoice A-1".to_string()];
        assert!(enclosures_covered(&[], 0, false), "nothing listed");
        assert!(!enclosures_covered(&listed, 0, false));
        assert!(enclosures_covered(&listed, 1, false));
        assert!(enclosures_covered(&listed, 0, true));
    }

    #[test]
    fn names_round_trip() {
        for c in [Channel::Email, Channel::Draft, Channel::Print] {
            assert_eq!(c.as_str().parse::<Channel>(), Ok(c));
        }
        for s in [
            DeliveryState::Queued,
            DeliveryState::Sending,
            DeliveryState::Sent,
            DeliveryState::Failed,
            DeliveryState::Unknown,
        ] {
            assert_eq!(s.as_str().parse::<DeliveryState>(), Ok(s));
        }
        assert!("fax".parse::<Channel>().is_err());
    }

    fn settings() -> MailSettings {
        MailSettings {
            host: "smtp.example.org".into(),
            port: 587,
            security: Security::Starttls,
            user: Some("me@example.org".into()),
            from: "me@example.org".into(),
            reply_to: None,
            bcc_self: false,
        }
    }

    #[test]
    fn settings_are_checked_field_by_field() {
        assert_eq!(settings().validate(), Ok(()));
        let mut s = settings();
        s.security = Security::None;
        assert_eq!(s.validate().map_err(|e| e.field), Err("--security"));
        s.host = "127.0.0.1".into();
        assert_eq!(s.validate(), Ok(()));
        s.host = "localhost".into();
        assert_eq!(s.validate(), Ok(()));
        let mut s = settings();
        s.from = "not an address".into();
        assert_eq!(s.validate().map_err(|e| e.field), Err("--from"));
        let mut s = settings();
        s.reply_to = Some("x@".into());
        assert_eq!(s.validate().map_err(|e| e.field), Err("--reply-to"));
        let mut s = settings();
        s.port = 0;
        assert_eq!(s.validate().map_err(|e| e.field), Err("--port"));
        let mut s = settings();
        s.host = "smtp example".into();
        assert_eq!(s.validate().map_err(|e| e.field), Err("--host"));
    }

    #[test]
    fn addresses() {
        for ok in ["a@b.it", "info@pec.studio-rossi.it", "me@localhost"] {
            assert!(plausible_address(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "@b.it",
            "a@",
            "a@b",
            "a b@c.it",
            "<a@b.it>",
            "a@b.it,c@d.it",
            "a@.it",
        ] {
            assert!(!plausible_address(bad), "{bad}");
        }
    }

    #[test]
    fn only_queued_and_failed_are_picked_up_unless_unknown_is_asked_for() {
        assert!(DeliveryState::Queued.can_send(false));
        assert!(DeliveryState::Failed.can_send(false));
        assert!(!DeliveryState::Unknown.can_send(false));
        assert!(DeliveryState::Unknown.can_send(true));
        assert!(!DeliveryState::Sent.can_send(true));
        assert!(!DeliveryState::Sending.can_send(true));
    }
}
