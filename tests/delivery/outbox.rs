//! The outbox: a dead server, a kill in the middle of a batch and an interrupted send
//! each leave the ledger telling the truth; a letter is never lost, and never sent
//! twice.
use crate::common::smtp::{self, Mode, SmtpServer};
use crate::common::{Env, command};
use crate::support::*;
use serde_json::Value;

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
    // The copy of the invoice goes with it, and is kept for the retry.
    let copy = env.write("A-1.pdf", b"%PDF-1.4\n% the invoice A-1\n");
    let out = run(
        &env,
        "2026-10-05",
        &[
            "send",
            "A-1",
            "--email",
            "--attach",
            copy.to_str().expect("p"),
        ],
        Some(smtp::PASSWORD),
    );
    assert_eq!(out.status.code(), Some(1));
    // Gone from disk before the retry: the ledger kept its bytes.
    let copy_sha = sha256_file(&copy);
    std::fs::remove_file(&copy).expect("remove the copy");
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
        listed.contains("email failed")
            && listed.contains("Rossi S.r.l.")
            && listed.contains("with A-1.pdf"),
        "{listed}"
    );

    // The server is back (on another port): retry sends it, once.
    let server = SmtpServer::start(Mode::StartTls);
    mail_set(&env, server.port, "starttls");
    let said = ok(&env, "2026-10-06", &["outbox", "retry"]);
    assert!(said.contains("1 sent, 0 failed"), "{said}");
    let got = server.wait_for(1);
    assert_eq!(got.len(), 1);
    let p = parse(&got[0].data);
    assert_eq!(p["attachments"][1]["filename"], "A-1.pdf");
    assert_eq!(
        p["attachments"][1]["sha256"], copy_sha,
        "the retry carries the copy, as kept"
    );
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
fn a_kill_during_a_batch_send_loses_no_letter_and_sends_none_twice() {
    let Some((server, env)) = server_and_ledger(Mode::StartTls) else {
        return;
    };
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
    let mut child = command(
        &env.db,
        "2026-10-05",
        &["run", "--email", "--without-enclosures"],
    )
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
fn an_interrupted_email_is_never_resent_blindly_and_is_settled_by_the_user() {
    let Some((server, env)) = server_and_ledger(Mode::StartTls) else {
        return;
    };
    env.invoice("A-1");
    ok(
        &env,
        "2026-10-05",
        &["send", "A-1", "--email", "--without-enclosures"],
    );
    env.invoice("A-2");
    ok(
        &env,
        "2026-10-20",
        &["send", "A-2", "--email", "--only", "--without-enclosures"],
    );
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
