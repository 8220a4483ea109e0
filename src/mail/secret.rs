//! The SMTP password: in the OS keyring (Secret Service on Linux, Keychain on macOS,
//! Credential Manager on Windows), named after the ledger, the login and the host; or
//! in `OVERDUE_SMTP_PASSWORD` for scripts and CI. It is never written anywhere else:
//! not in the ledger, not in a file, not in a log.

use crate::domain::delivery::MailSettings;

/// The keyring's service name.
const SERVICE: &str = "overdue-smtp";

/// Where the password came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasswordSource {
    /// `OVERDUE_SMTP_PASSWORD`.
    Environment,
    /// The OS keyring.
    Keyring,
    /// None is needed (no login set).
    NotNeeded,
    /// None found; the reason says what to do.
    Missing(String),
}

/// The keyring entry's name: ledger, login and host, so two ledgers or two accounts
/// never share a password by accident.
fn account(ledger_id: &str, s: &MailSettings) -> String {
    format!(
        "{}@{} ({ledger_id})",
        s.user.as_deref().unwrap_or_default(),
        s.host.trim()
    )
}

fn entry(ledger_id: &str, s: &MailSettings) -> Result<keyring::Entry, String> {
    keyring::Entry::new(SERVICE, &account(ledger_id, s)).map_err(|e| keyring_error(&e))
}

fn keyring_error(e: &keyring::Error) -> String {
    match e {
        keyring::Error::NoDefaultStore => "no keyring is available on this machine (on Linux, a \
             Secret Service such as GNOME Keyring or KeePassXC in a desktop session)"
            .to_string(),
        other => format!("the keyring failed: {other}"),
    }
}

/// The password for these settings, and where it came from.
pub fn password(ledger_id: &str, s: &MailSettings) -> (Option<String>, PasswordSource) {
    if s.user.is_none() {
        return (None, PasswordSource::NotNeeded);
    }
    if let Ok(p) = std::env::var("OVERDUE_SMTP_PASSWORD")
        && !p.is_empty()
    {
        return (Some(p), PasswordSource::Environment);
    }
    let hint = "set it with `overdue mail password` (it goes to the OS keyring), or in the \
                environment variable OVERDUE_SMTP_PASSWORD";
    match entry(ledger_id, s).and_then(|e| match e.get_password() {
        Ok(p) => Ok(Some(p)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(keyring_error(&e)),
    }) {
        Ok(Some(p)) => (Some(p), PasswordSource::Keyring),
        Ok(None) => (
            None,
            PasswordSource::Missing(format!("no SMTP password is stored: {hint}")),
        ),
        Err(e) => (None, PasswordSource::Missing(format!("{e}; {hint}"))),
    }
}

/// Stores the password in the OS keyring; an error says why it could not.
pub fn store_password(ledger_id: &str, s: &MailSettings, password: &str) -> Result<(), String> {
    let e = entry(ledger_id, s)?;
    e.set_password(password).map_err(|e| keyring_error(&e))?;
    // Read it back: a keyring that silently drops it is found now, not at sending time.
    match e.get_password() {
        Ok(p) if p == password => Ok(()),
        Ok(_) => Err("the keyring returned another password than the one stored".into()),
        Err(e) => Err(keyring_error(&e)),
    }
}
