//! What the delivery tests share: running overdue against the test SMTP server (its CA
//! trusted, the password in the environment), the email settings, and reading messages
//! back with Python's MIME parser.

use crate::common::smtp::{self, Mode, SmtpServer};
use crate::common::{Env, command};
use serde_json::Value;
use std::path::Path;
use std::process::Output;

pub const PYTHON: &str = "/usr/bin/python3";

/// Runs overdue trusting the test CA, with `password` in OVERDUE_SMTP_PASSWORD.
pub fn run(env: &Env, today: &str, args: &[&str], password: Option<&str>) -> Output {
    let mut c = command(&env.db, today, args);
    c.env("OVERDUE_SMTP_CA", SmtpServer::ca_pem())
        .env_remove("DBUS_SESSION_BUS_ADDRESS");
    match password {
        Some(p) => c.env("OVERDUE_SMTP_PASSWORD", p),
        None => c.env_remove("OVERDUE_SMTP_PASSWORD"),
    };
    c.output().expect("run overdue")
}

pub fn ok(env: &Env, today: &str, args: &[&str]) -> String {
    let out = run(env, today, args, Some(smtp::PASSWORD));
    assert!(
        out.status.success(),
        "overdue {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

pub fn json(env: &Env, today: &str, args: &[&str]) -> Value {
    serde_json::from_str(&ok(env, today, args)).expect("JSON output")
}

/// Points the ledger's email settings at `port`.
pub fn mail_set(env: &Env, port: u16, security: &str) {
    ok(
        env,
        "2026-09-01",
        &[
            "mail",
            "set",
            "--host",
            "localhost",
            "--port",
            &port.to_string(),
            "--security",
            security,
            "--user",
            smtp::USER,
            "--from",
            "studio@verdi.example",
            "--reply-to",
            "conti@verdi.example",
            "--bcc-self",
        ],
    );
}

/// A test SMTP server in `mode`, and a set-up ledger (Rossi and Jane Doe) whose email
/// settings point at it; `None` (the test skips) where the server cannot run.
pub fn server_and_ledger(mode: Mode) -> Option<(SmtpServer, Env)> {
    if !crate::common::smtp_server_available() {
        return None;
    }
    let server = SmtpServer::start(mode);
    let env = Env::new();
    env.setup();
    let security = match mode {
        Mode::StartTls => "starttls",
        Mode::Tls => "tls",
        Mode::Plain => "none",
    };
    mail_set(&env, server.port, security);
    Some((server, env))
}

/// A message parsed by Python's MIME parser.
pub fn parse(data: &[u8]) -> Value {
    let dir = tempfile::tempdir().expect("temp");
    let file = dir.path().join("m.eml");
    std::fs::write(&file, data).expect("write eml");
    parse_file(&file)
}

pub fn parse_file(file: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/parse_eml.py");
    let out = std::process::Command::new(PYTHON)
        .arg(script)
        .arg(file)
        .output()
        .expect("run the MIME parser");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("parser JSON");
    assert_eq!(v["defects"], serde_json::json!([]), "MIME defects: {v}");
    v
}

pub fn letters_due(env: &Env, today: &str) -> usize {
    env.json(today, &["letters", "due", "--json"])
        .as_array()
        .expect("list")
        .len()
}

pub fn deliveries(env: &Env) -> Vec<Value> {
    json(env, "2026-10-05", &["outbox", "--all", "--json"])
        .as_array()
        .expect("list")
        .clone()
}

/// The Message-ID header of a raw message.
pub fn message_id_of(data: &[u8]) -> String {
    let text = String::from_utf8_lossy(data);
    text.lines()
        .find_map(|l| l.strip_prefix("Message-ID: "))
        .expect("a Message-ID header")
        .trim()
        .to_string()
}

/// The sha256 of a file, in hex.
pub fn sha256_file(path: &Path) -> String {
    use sha2::{Digest, Sha256};
    let bytes = std::fs::read(path).expect("read the file");
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Jane Doe (a consumer in GB, no email address) owes invoice J-1, GBP 100.00.
pub fn jane_owes(env: &Env) {
    env.ok(
        "2026-09-01",
        &[
            "invoice",
            "add",
            "--client",
            "Jane Doe",
            "--number",
            "J-1",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "100.00",
            "--currency",
            "GBP",
        ],
    );
}
