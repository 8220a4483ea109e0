//! Letters by email, end to end through the CLI, against a real SMTP server started by
//! each test (aiosmtpd with STARTTLS or implicit TLS, and AUTH), and read back with a
//! real MIME parser (Python's `email` package): the attachment is the stored PDF byte
//! for byte, names and subjects decode in every language, and every delivery is
//! recorded with its Message-ID and the server's reply. A dead server, a wrong
//! password, a client without an address and a kill in the middle of a batch each
//! leave the ledger telling the truth, and nothing is sent twice.

use crate::common::smtp::{self, Mode, SmtpServer};
use crate::common::{Env, command};
use serde_json::Value;
use std::path::Path;
use std::process::Output;

const PYTHON: &str = "/usr/bin/python3";

/// Runs overdue trusting the test CA, with `password` in OVERDUE_SMTP_PASSWORD.
fn run(env: &Env, today: &str, args: &[&str], password: Option<&str>) -> Output {
    let mut c = command(&env.db, today, args);
    c.env("OVERDUE_SMTP_CA", SmtpServer::ca_pem())
        .env_remove("DBUS_SESSION_BUS_ADDRESS");
    match password {
        Some(p) => c.env("OVERDUE_SMTP_PASSWORD", p),
        None => c.env_remove("OVERDUE_SMTP_PASSWORD"),
    };
    c.output().expect("run overdue")
}

fn ok(env: &Env, today: &str, args: &[&str]) -> String {
    let out = run(env, today, args, Some(smtp::PASSWORD));
    assert!(
        out.status.success(),
        "overdue {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn json(env: &Env, today: &str, args: &[&str]) -> Value {
    serde_json::from_str(&ok(env, today, args)).expect("JSON output")
}

/// Points the ledger's email settings at `port`.
fn mail_set(env: &Env, port: u16, security: &str) {
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

/// A message parsed by Python's MIME parser.
fn parse(data: &[u8]) -> Value {
    let dir = tempfile::tempdir().expect("temp");
    let file = dir.path().join("m.eml");
    std::fs::write(&file, data).expect("write eml");
    parse_file(&file)
}

fn parse_file(file: &Path) -> Value {
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

fn letters_due(env: &Env, today: &str) -> usize {
    env.json(today, &["letters", "due", "--json"])
        .as_array()
        .expect("list")
        .len()
}

fn deliveries(env: &Env) -> Vec<Value> {
    json(env, "2026-10-05", &["outbox", "--all", "--json"])
        .as_array()
        .expect("list")
        .clone()
}

#[test]
fn a_letter_goes_by_email_with_its_pdf_byte_for_byte() {
    if !crate::common::smtp_server_available() {
        return;
    }
    let server = SmtpServer::start(Mode::StartTls);
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    env.invoice("A-2");
    mail_set(&env, server.port, "starttls");
    let out = json(&env, "2026-10-05", &["send", "A-1", "--email", "--json"]);
    let letter = &out["letters"][0];
    assert_eq!(letter["invoices"], serde_json::json!(["A-1", "A-2"]));
    let got = server.wait_for(1);
    assert_eq!(got.len(), 1, "one letter, one message");
    let m = &got[0];
    assert!(m.tls, "the message went over TLS");
    assert_eq!(m.auth_user.as_deref(), Some(smtp::USER));
    assert_eq!(m.mail_from, "studio@verdi.example");
    let mut rcpt = m.rcpt_tos.clone();
    rcpt.sort();
    assert_eq!(
        rcpt,
        vec!["amministrazione@rossi.example", "studio@verdi.example"],
        "the client, and the blind copy to self"
    );
    let p = parse(&m.data);
    assert_eq!(p["headers"].get("Bcc"), None, "no Bcc header travels");
    assert_eq!(p["to_name"], "Rossi S.r.l.");
    assert_eq!(p["to_addr"], "amministrazione@rossi.example");
    assert_eq!(p["from_name"], "Studio Verdi");
    assert_eq!(
        p["headers"]["Reply-To"][0],
        "Studio Verdi <conti@verdi.example>"
    );
    assert!(p["date"].is_string(), "a Date header");
    assert_eq!(p["unsent"], Value::Null);
    let att = &p["attachments"][0];
    assert_eq!(
        att["sha256"], letter["sha256"],
        "the PDF stored, byte for byte"
    );
    assert_eq!(att["content_type"], "application/pdf");
    assert_eq!(att["filename"], "A-1+1_reminder.pdf");
    let body = p["body"].as_str().expect("body");
    assert!(
        body.contains("A-1, A-2") && body.contains("A-1+1_reminder.pdf"),
        "{body}"
    );

    // The delivery is recorded: sent, with the Message-ID the message carries and the
    // server's reply.
    let d = deliveries(&env);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0]["channel"], "email");
    assert_eq!(d[0]["state"], "sent");
    assert_eq!(d[0]["attempts"], 1);
    assert_eq!(d[0]["recipient"], "amministrazione@rossi.example");
    assert_eq!(
        p["message_id"],
        format!("<{}>", d[0]["message_id"].as_str().expect("id"))
    );
    assert_eq!(p["subject"], d[0]["subject"]);
    assert!(
        d[0]["reply"].as_str().expect("reply").starts_with("250"),
        "{}",
        d[0]
    );
    // Nothing waits in the outbox, and the invoice's history shows the delivery.
    assert_eq!(
        json(&env, "2026-10-05", &["outbox", "--json"]),
        serde_json::json!([])
    );
    let history = ok(&env, "2026-10-05", &["history", "A-2"]);
    assert!(
        history.contains("email sent to amministrazione@rossi.example"),
        "{history}"
    );
    let client = ok(&env, "2026-10-05", &["client", "show", "Rossi S.r.l."]);
    assert!(
        client.contains("email sent to amministrazione@rossi.example"),
        "{client}"
    );
}

#[test]
fn names_and_subjects_decode_in_every_language() {
    if !crate::common::smtp_server_available() {
        return;
    }
    let server = SmtpServer::start(Mode::Tls);
    let env = Env::new();
    env.setup();
    let clients = [
        (
            "Società Città S.r.l.",
            "it",
            "IT",
            "citta@example.it",
            "IT-1",
        ),
        (
            "Müller & Söhne GmbH",
            "de",
            "DE",
            "buchhaltung@mueller.example",
            "DE-1",
        ),
        (
            "Crème Brûlée SARL",
            "fr",
            "FR",
            "compta@creme.example",
            "FR-1",
        ),
        (
            "Zoë O’Brien Ltd",
            "en",
            "GB",
            "accounts@obrien.example",
            "GB-1",
        ),
    ];
    for (name, lang, country, email, number) in clients {
        env.ok(
            "2026-09-01",
            &[
                "client",
                "add",
                "--name",
                name,
                "--language",
                lang,
                "--country",
                country,
                "--email",
                email,
            ],
        );
        env.ok(
            "2026-09-01",
            &[
                "invoice",
                "add",
                "--client",
                name,
                "--number",
                number,
                "--issued",
                "2026-09-01",
                "--due",
                "2026-10-01",
                "--amount",
                "1234.50",
            ],
        );
    }
    mail_set(&env, server.port, "tls");
    ok(&env, "2026-10-20", &["run", "--email"]);
    let got = server.wait_for(4);
    assert_eq!(got.len(), 4);
    let d = deliveries(&env);
    for (name, lang, _, email, number) in clients {
        let parsed: Vec<Value> = got.iter().map(|m| parse(&m.data)).collect();
        let p = parsed
            .iter()
            .find(|p| p["to_addr"] == email)
            .unwrap_or_else(|| panic!("no message to {email}"));
        assert_eq!(p["to_name"], name, "{lang}: the client's name decodes");
        let rec = d
            .iter()
            .find(|x| x["recipient"] == email)
            .expect("its delivery");
        assert_eq!(p["subject"], rec["subject"], "{lang}: the subject decodes");
        assert!(p["subject"].as_str().expect("s").contains(number));
        let file = p["attachments"][0]["filename"].as_str().expect("name");
        assert!(file.is_ascii() && file.ends_with(".pdf"), "{file}");
        let body = p["body"].as_str().expect("body");
        let greeting = match lang {
            "it" => "Gentil",
            "de" => "Sehr geehrte",
            "fr" => "Madame, Monsieur",
            _ => "Dear",
        };
        assert!(body.starts_with(greeting), "{lang}: {body}");
        assert!(body.contains(number), "{lang}: {body}");
        // The raw headers are ASCII: every non-ASCII name and subject is encoded.
        let raw = got
            .iter()
            .find(|m| m.rcpt_tos.iter().any(|r| r == email))
            .expect("raw");
        let head_end = raw
            .data
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("header end");
        assert!(
            raw.data[..head_end].is_ascii(),
            "{lang}: raw headers are ASCII"
        );
    }
}

#[test]
fn a_dead_server_fails_the_delivery_and_retry_sends_exactly_one() {
    if !crate::common::smtp_server_available() {
        return;
    }
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    // A port where nothing listens: a server started, then stopped.
    let mut gone = SmtpServer::start(Mode::StartTls);
    let dead_port = gone.port;
    gone.stop();
    mail_set(&env, dead_port, "starttls");
    let out = run(
        &env,
        "2026-10-05",
        &["send", "A-1", "--email"],
        Some(smtp::PASSWORD),
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("Recorded the reminder"), "{stdout}");
    assert!(stdout.contains("failed: delivery"), "{stdout}");
    assert!(
        stderr.contains("recorded, but its email was not sent"),
        "{stderr}"
    );
    // The letter is recorded (no second reminder is due), its delivery failed, with why.
    assert!(
        env.due("2026-10-05")
            .iter()
            .all(|r| r["invoice"] != "A-1" || r["action"] != "send")
    );
    let open = json(&env, "2026-10-05", &["outbox", "--json"]);
    assert_eq!(open.as_array().expect("list").len(), 1);
    assert_eq!(open[0]["state"], "failed");
    let reason = open[0]["reply"].as_str().expect("reason");
    assert!(
        reason.to_lowercase().contains("connect") || reason.contains("refused"),
        "{reason}"
    );
    let listed = ok(&env, "2026-10-05", &["outbox"]);
    assert!(
        listed.contains("email failed") && listed.contains("Rossi S.r.l."),
        "{listed}"
    );

    // The server is back (on another port): retry sends it, once.
    let server = SmtpServer::start(Mode::StartTls);
    mail_set(&env, server.port, "starttls");
    let said = ok(&env, "2026-10-06", &["outbox", "retry"]);
    assert!(said.contains("1 sent, 0 failed"), "{said}");
    assert_eq!(server.wait_for(1).len(), 1);
    let again = ok(&env, "2026-10-06", &["outbox", "retry"]);
    assert!(again.contains("Nothing to retry"), "{again}");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(server.messages().len(), 1, "exactly one message arrived");
    let d = deliveries(&env);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0]["state"], "sent");
    assert_eq!(d[0]["attempts"], 2);
    // A sent delivery is never retried.
    let id = d[0]["id"].to_string();
    let out = run(
        &env,
        "2026-10-06",
        &["outbox", "retry", &id],
        Some(smtp::PASSWORD),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not sent twice"));
}

#[test]
fn a_wrong_password_fails_with_the_servers_words() {
    if !crate::common::smtp_server_available() {
        return;
    }
    let server = SmtpServer::start(Mode::StartTls);
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    mail_set(&env, server.port, "starttls");
    let out = run(
        &env,
        "2026-10-05",
        &["send", "A-1", "--email"],
        Some("wrong"),
    );
    assert_eq!(out.status.code(), Some(1));
    let d = deliveries(&env);
    assert_eq!(d[0]["state"], "failed");
    let reply = d[0]["reply"].as_str().expect("reply");
    assert!(
        reply.contains("535") && reply.contains("password"),
        "{reply}"
    );
    assert!(server.messages().is_empty());
    // With no password at all, nothing is recorded, and the user is told what to do.
    env.invoice("A-3");
    let out = run(
        &env,
        "2026-10-05",
        &["send", "A-3", "--email", "--only"],
        None,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("overdue mail password") && err.contains("OVERDUE_SMTP_PASSWORD"),
        "{err}"
    );
    assert_eq!(deliveries(&env).len(), 1, "nothing recorded for A-3");
}

#[test]
fn a_client_without_an_address_is_refused_before_anything_is_recorded() {
    let env = Env::new();
    env.setup();
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
    env.invoice("A-1");
    mail_set(&env, 2525, "starttls");
    for args in [
        vec!["send", "J-1", "--email"],
        vec!["run", "--email"],
        vec!["draft", "J-1", "--out"],
    ] {
        let mut args = args.clone();
        let file = env.path("x.eml");
        let file = file.to_str().expect("path");
        if args[0] == "draft" {
            args.push(file);
        }
        let out = run(&env, "2026-10-05", &args, Some(smtp::PASSWORD));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("Jane Doe has no email address"),
            "{args:?}: {err}"
        );
        assert!(err.contains("nothing was recorded"), "{err}");
    }
    assert!(deliveries(&env).is_empty());
    // Both letters are still due: nothing was recorded.
    let due = env.json("2026-10-05", &["letters", "due", "--json"]);
    assert_eq!(due.as_array().expect("list").len(), 2);
    // Bad settings are refused, naming the field.
    let out = run(
        &env,
        "2026-10-05",
        &[
            "mail",
            "set",
            "--host",
            "smtp.example.org",
            "--port",
            "25",
            "--security",
            "none",
            "--from",
            "a@b.it",
        ],
        None,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--security") && err.contains("unencrypted"),
        "{err}"
    );
}

#[test]
fn a_draft_opens_as_a_new_message_and_records_its_delivery() {
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    let eml = env.path("A-1.eml");
    let file = eml.to_str().expect("path");
    // No sender address yet: refused, nothing recorded.
    let out = run(&env, "2026-10-05", &["draft", "A-1", "--out", file], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no sender address"), "{err}");
    assert_eq!(letters_due(&env, "2026-10-05"), 1, "nothing recorded");
    // With the profile's address, no SMTP settings are needed.
    env.ok(
        "2026-10-05",
        &["profile", "set", "--email", "anna@verdi.example"],
    );
    let d = json(
        &env,
        "2026-10-05",
        &["draft", "A-1", "--out", file, "--json"],
    );
    assert_eq!(
        d["recorded_now"], true,
        "the reminder was due: recorded first"
    );
    let p = parse_file(&eml);
    assert_eq!(p["unsent"], "1", "X-Unsent: 1");
    assert_eq!(p["from_addr"], "anna@verdi.example");
    assert_eq!(p["to_addr"], "amministrazione@rossi.example");
    assert_eq!(p["attachments"][0]["sha256"], d["sent"]["sha256"]);
    assert_eq!(
        p["message_id"],
        format!("<{}>", d["message_id"].as_str().expect("id"))
    );
    // No letter is due now: a second draft carries the letter already recorded.
    let again = env.path("again.eml");
    let d2 = json(
        &env,
        "2026-10-06",
        &[
            "draft",
            "A-1",
            "--out",
            again.to_str().expect("p"),
            "--json",
        ],
    );
    assert_eq!(d2["recorded_now"], false);
    assert_eq!(d2["letter_id"], d["letter_id"]);
    let p2 = parse_file(&again);
    assert_eq!(p2["attachments"][0]["sha256"], d["sent"]["sha256"]);
    assert_eq!(p2["subject"], p["subject"]);
    let all = deliveries(&env);
    assert_eq!(all.len(), 2);
    assert!(
        all.iter()
            .all(|x| x["channel"] == "draft" && x["state"] == "sent")
    );
    let history = ok(&env, "2026-10-06", &["history", "A-1"]);
    assert!(history.contains("draft"), "{history}");
}

/// The Message-ID header of a raw message.
fn message_id_of(data: &[u8]) -> String {
    let text = String::from_utf8_lossy(data);
    text.lines()
        .find_map(|l| l.strip_prefix("Message-ID: "))
        .expect("a Message-ID header")
        .trim()
        .to_string()
}

#[test]
fn a_kill_during_a_batch_send_loses_no_letter_and_sends_none_twice() {
    if !crate::common::smtp_server_available() {
        return;
    }
    let server = SmtpServer::start(Mode::StartTls);
    let env = Env::new();
    env.setup();
    let clients = 40;
    for i in 1..=clients {
        let name = format!("Client {i:02}");
        env.ok(
            "2026-09-01",
            &[
                "client",
                "add",
                "--name",
                &name,
                "--email",
                &format!("c{i}@example.org"),
            ],
        );
        env.ok(
            "2026-09-01",
            &[
                "invoice",
                "add",
                "--client",
                &name,
                "--number",
                &format!("K-{i:02}"),
                "--issued",
                "2026-09-01",
                "--due",
                "2026-10-01",
                "--amount",
                "100.00",
            ],
        );
    }
    mail_set(&env, server.port, "starttls");
    let mut child = command(&env.db, "2026-10-05", &["run", "--email"])
        .env("OVERDUE_SMTP_CA", SmtpServer::ca_pem())
        .env("OVERDUE_SMTP_PASSWORD", smtp::PASSWORD)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn run --email");
    // Kill it, hard, once a few messages went out.
    let give_up = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while server.messages().len() < 3 {
        assert!(std::time::Instant::now() < give_up, "no message arrived");
        assert!(
            child.try_wait().expect("poll").is_none(),
            "run ended before the kill"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("reap");
    let before = server.messages().len();
    assert!(
        before < clients,
        "the kill landed mid-batch ({before} sent)"
    );

    // No letter is lost: every one is recorded, each with exactly one email delivery, and
    // none is left "sending".
    assert_eq!(letters_due(&env, "2026-10-05"), 0);
    let d = deliveries(&env);
    assert_eq!(d.len(), clients, "one delivery per letter");
    let mut letters: Vec<i64> = d
        .iter()
        .map(|x| x["letter_id"].as_i64().expect("id"))
        .collect();
    letters.dedup();
    assert_eq!(letters.len(), clients);
    assert!(
        d.iter().all(|x| x["state"] != "sending"),
        "interrupted ones are marked"
    );
    let unknown: Vec<&Value> = d.iter().filter(|x| x["state"] == "unknown").collect();
    assert!(unknown.len() <= 1, "at most the one in flight: {unknown:?}");

    // Retry sends the rest; the unknown one is not resent blindly.
    ok(&env, "2026-10-05", &["outbox", "retry"]);
    let d = deliveries(&env);
    let got = server.wait_for(clients - unknown.len());
    let ids: Vec<String> = got.iter().map(|m| message_id_of(&m.data)).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "no message was sent twice");
    for x in &d {
        let id = format!("<{}>", x["message_id"].as_str().expect("id"));
        let times = ids.iter().filter(|m| **m == id).count();
        match x["state"].as_str() {
            Some("sent") => assert_eq!(times, 1, "{x}"),
            Some("unknown") => assert!(times <= 1, "{x}"),
            other => panic!("after retry, a delivery is {other:?}: {x}"),
        }
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(server.messages().len(), ids.len(), "nothing more arrived");
}

#[test]
fn the_email_texts_are_templates_checked_before_they_are_saved() {
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    env.ok(
        "2026-09-01",
        &["profile", "set", "--email", "anna@verdi.example"],
    );
    let list = env.ok("2026-09-01", &["templates", "list"]);
    assert!(
        list.contains("it/email_reminder") && list.contains("fr/email_interest"),
        "{list}"
    );
    let shipped = env.ok("2026-09-01", &["templates", "show", "it", "email_reminder"]);
    assert!(shipped.contains("{{ salutation }}"), "{shipped}");
    // A typo is refused with its line, and nothing is written.
    let bad = env.write("bad.jinja", b"{{ salutation }}\n\n{{ totale }}\n");
    let err = env.fails(
        "2026-09-01",
        &[
            "templates",
            "set",
            "it",
            "email_reminder",
            bad.to_str().expect("p"),
        ],
    );
    assert!(
        err.contains("it/email_reminder") && err.contains("line 3"),
        "{err}"
    );
    // A good one is used by the next email.
    let good = env.write(
        "good.jinja",
        "{{ salutation }}\n\nin allegato il sollecito per {{ reference }}: {{ total }}.\n\n{{ signatory }}\n"
            .as_bytes(),
    );
    env.ok(
        "2026-09-01",
        &[
            "templates",
            "set",
            "it",
            "email_reminder",
            good.to_str().expect("p"),
        ],
    );
    let eml = env.path("a.eml");
    env.ok(
        "2026-10-05",
        &["draft", "A-1", "--out", eml.to_str().expect("p")],
    );
    let p = parse_file(&eml);
    let body = p["body"].as_str().expect("body").replace('\u{a0}', " ");
    assert!(
        body.contains("in allegato il sollecito per A-1: € 2.550,00."),
        "{body}"
    );
    env.ok(
        "2026-10-05",
        &["templates", "reset", "it", "email_reminder"],
    );
    let list = env.ok("2026-10-05", &["templates", "list"]);
    assert!(
        list.lines()
            .any(|l| l.starts_with("it/email_reminder") && l.ends_with("embedded")),
        "{list}"
    );
}

#[test]
fn an_interrupted_email_is_never_resent_blindly_and_is_settled_by_the_user() {
    if !crate::common::smtp_server_available() {
        return;
    }
    let server = SmtpServer::start(Mode::StartTls);
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    mail_set(&env, server.port, "starttls");
    ok(&env, "2026-10-05", &["send", "A-1", "--email"]);
    env.invoice("A-2");
    ok(&env, "2026-10-20", &["send", "A-2", "--email", "--only"]);
    server.wait_for(2);
    // As a crash would leave them: both caught in "sending" by a sender that is gone.
    let conn = rusqlite::Connection::open(&env.db).expect("open");
    conn.execute("UPDATE deliveries SET state = 'sending'", [])
        .expect("simulate a crash");
    drop(conn);
    let d = deliveries(&env);
    assert!(d.iter().all(|x| x["state"] == "unknown"), "{d:?}");
    assert!(
        d[0]["reply"]
            .as_str()
            .expect("r")
            .contains("check your Sent folder")
    );
    // A plain retry leaves them alone; naming one says where to look.
    let said = ok(&env, "2026-10-20", &["outbox", "retry"]);
    assert!(said.contains("Nothing to retry"), "{said}");
    let id0 = d[0]["id"].to_string();
    let out = run(
        &env,
        "2026-10-20",
        &["outbox", "retry", &id0],
        Some(smtp::PASSWORD),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Sent folder") && err.contains("--unknown"),
        "{err}"
    );
    // The first was found in the Sent folder; the second was not, and goes again.
    ok(&env, "2026-10-20", &["outbox", "sent", &id0]);
    let id1 = d[1]["id"].to_string();
    ok(&env, "2026-10-20", &["outbox", "retry", &id1, "--unknown"]);
    assert_eq!(server.wait_for(3).len(), 3);
    let d = deliveries(&env);
    assert_eq!(d[0]["state"], "sent");
    assert!(
        d[0]["reply"]
            .as_str()
            .expect("r")
            .contains("found in the Sent folder")
    );
    assert_eq!(d[1]["state"], "sent");
    assert_eq!(d[1]["attempts"], 2);
    let out = run(&env, "2026-10-20", &["outbox", "sent", &id0], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "only an interrupted one is settled so"
    );
}
