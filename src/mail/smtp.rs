//! Handing a message to the SMTP server: implicit TLS (465) or STARTTLS (587) with
//! rustls, or plain only on this machine; a 10 s timeout; the server's answer kept as
//! the delivery's reply. `OVERDUE_SMTP_CA` names an extra CA (PEM) to trust, for a
//! company's own mail server and for the tests' server.

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use std::time::Duration;

use crate::domain::delivery::{MailSettings, Security};

/// Why a message did not go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SendFailure {
    /// The server's or the connection's words.
    pub reason: String,
    /// The server refused for good (5xx: a wrong password, an unknown mailbox); retrying
    /// as it is will not help.
    pub permanent: bool,
}

impl std::fmt::Display for SendFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

fn failure(reason: impl Into<String>) -> SendFailure {
    SendFailure {
        reason: reason.into(),
        permanent: false,
    }
}

/// The TLS parameters for `host`, with the extra CA of `OVERDUE_SMTP_CA` if set.
fn tls_parameters(host: &str) -> Result<TlsParameters, SendFailure> {
    let mut b = TlsParameters::builder(host.to_string());
    if let Some(path) = std::env::var_os("OVERDUE_SMTP_CA") {
        let pem = std::fs::read(&path).map_err(|e| {
            failure(format!(
                "OVERDUE_SMTP_CA: {}: {e}",
                std::path::Path::new(&path).display()
            ))
        })?;
        let cert = Certificate::from_pem(&pem)
            .map_err(|e| failure(format!("OVERDUE_SMTP_CA: not a PEM certificate: {e}")))?;
        b = b.add_root_certificate(cert);
    }
    b.build_rustls()
        .map_err(|e| failure(format!("TLS setup for {host}: {e}")))
}

/// The transport for these settings.
fn transport(s: &MailSettings, password: Option<&str>) -> Result<SmtpTransport, SendFailure> {
    let host = s.host.trim();
    let tls = match s.security {
        Security::Tls => Tls::Wrapper(tls_parameters(host)?),
        Security::Starttls => Tls::Required(tls_parameters(host)?),
        Security::None => Tls::None,
    };
    let mut b = SmtpTransport::builder_dangerous(host)
        .port(s.port)
        .tls(tls)
        .timeout(Some(Duration::from_secs(10)));
    if let Some(user) = &s.user {
        b = b.credentials(Credentials::new(
            user.clone(),
            password.unwrap_or_default().to_string(),
        ));
    }
    Ok(b.build())
}

/// Sends `message`; the server's reply on success ("250 2.0.0 Ok: queued as …").
pub fn send(
    s: &MailSettings,
    password: Option<&str>,
    message: &Message,
) -> Result<String, SendFailure> {
    let t = transport(s, password)?;
    match t.send(message) {
        Ok(r) => Ok(
            format!("{} {}", r.code(), r.message().collect::<Vec<_>>().join(" "))
                .trim()
                .to_string(),
        ),
        Err(e) => Err(SendFailure {
            reason: describe(&e, s),
            permanent: e.is_permanent(),
        }),
    }
}

/// lettre's error, with its causes, and a hint for the usual mistakes.
fn describe(e: &lettre::transport::smtp::Error, s: &MailSettings) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let c = cause.to_string();
        if !text.contains(&c) {
            text.push_str(": ");
            text.push_str(&c);
        }
        source = cause.source();
    }
    if e.status().is_some_and(|c| c.to_string().starts_with("535")) {
        text.push_str(" (the server refused the login: check the user and the password)");
    } else if e.is_timeout() {
        text.push_str(&format!(
            " (no answer from {}:{} within 10 s)",
            s.host, s.port
        ));
    } else if e.is_tls() {
        text.push_str(" (the TLS connection failed: check the port and the security setting)");
    }
    text
}
