//! Letters by email, end to end through the CLI, against a real SMTP server started by
//! each test (aiosmtpd with STARTTLS or implicit TLS, and AUTH), and read back with a
//! real MIME parser (Python's `email` package): the attachment is the stored PDF byte
//! for byte, names and subjects decode in every language, and every delivery is
//! recorded with its Message-ID and the server's reply. A dead server, a wrong
//! password, a client without an address and a kill in the middle of a batch each
//! leave the ledger telling the truth, and nothing is sent twice.
use crate::common::Env;
use crate::common::smtp::{self, Mode};
use crate::support::*;
use serde_json::Value;

#[test]
fn a_letter_goes_by_email_with_its_pdf_byte_for_byte() {
    let Some((server, env)) = server_and_ledger(Mode::StartTls) else {
        return;
    };
    env.invoice("A-1");
    env.invoice("A-2");
    // The reminder lists a copy of each invoice as enclosed: without them, refused,
    // naming them, and nothing recorded.
    let out = run(
        &env,
        "2026-10-05",
        &["send", "A-1", "--email"],
        Some(smtp::PASSWORD),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("Copia della fattura n. A-1")
            && err.contains("--attach")
            && err.contains("nothing was recorded"),
        "{err}"
    );
    assert!(deliveries(&env).is_empty());
    assert_eq!(letters_due(&env, "2026-10-05"), 1, "still due");
    // With the copies attached, they travel after the letter, byte for byte.
    let copy_1 = env.write("Fattura A-1 (copia).pdf", b"%PDF-1.4\n% copy of A-1\n");
    let copy_2 = env.write("A-2.xml", b"<FatturaElettronica>A-2</FatturaElettronica>");
    let out = json(
        &env,
        "2026-10-05",
        &[
            "send",
            "A-1",
            "--email",
            "--attach",
            copy_1.to_str().expect("p"),
            "--attach",
            copy_2.to_str().expect("p"),
            "--json",
        ],
    );
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
    let files = p["attachments"].as_array().expect("attachments");
    assert_eq!(files.len(), 3, "the letter, then the two copies");
    assert_eq!(files[1]["filename"], "Fattura_A-1__copia_.pdf");
    assert_eq!(files[1]["content_type"], "application/pdf");
    assert_eq!(files[1]["sha256"], sha256_file(&copy_1));
    assert_eq!(files[2]["filename"], "A-2.xml");
    assert_eq!(files[2]["content_type"], "application/xml");
    assert_eq!(files[2]["sha256"], sha256_file(&copy_2));
    let body = p["body"].as_str().expect("body");
    assert!(
        body.contains("A-1, A-2") && body.contains("A-1+1_reminder.pdf"),
        "{body}"
    );
    assert!(
        body.contains(
            "2026.\nIn allegato anche: Fattura_A-1__copia_.pdf, A-2.xml.\n\nSe il pagamento"
        ),
        "the text names the files, under the letter's line: {body}"
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
        d[0]["files"],
        serde_json::json!(["Fattura_A-1__copia_.pdf", "A-2.xml"])
    );
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
        history.contains("email sent to amministrazione@rossi.example")
            && history.contains("with Fattura_A-1__copia_.pdf, A-2.xml"),
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
    let Some((server, env)) = server_and_ledger(Mode::Tls) else {
        return;
    };
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
    ok(
        &env,
        "2026-10-20",
        &["run", "--email", "--without-enclosures"],
    );
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
fn a_wrong_password_fails_with_the_servers_words() {
    let Some((server, env)) = server_and_ledger(Mode::StartTls) else {
        return;
    };
    env.invoice("A-1");
    let out = run(
        &env,
        "2026-10-05",
        &["send", "A-1", "--email", "--without-enclosures"],
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
    jane_owes(&env);
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
fn a_run_holds_back_the_letters_whose_enclosures_an_email_cannot_carry() {
    let Some((server, env)) = server_and_ledger(Mode::StartTls) else {
        return;
    };
    env.invoice("A-1");
    // Every letter due is a reminder, which lists a copy of its invoice: a run, which
    // attaches no file, holds it back, records nothing, and says how to send it.
    let out = run(
        &env,
        "2026-10-05",
        &["run", "--email"],
        Some(smtp::PASSWORD),
    );
    let said = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}{err}");
    assert!(said.contains("1 held back"), "{said}");
    assert!(
        said.contains("Copia della fattura n. A-1")
            && said.contains("overdue send A-1 --email --attach FILE"),
        "{said}"
    );
    assert!(err.contains("1 letter held back"), "{err}");
    assert!(deliveries(&env).is_empty());
    assert_eq!(
        letters_due(&env, "2026-10-05"),
        1,
        "still due, not recorded"
    );
    assert!(server.messages().is_empty());
    // The user's word sends it as it is.
    let said = ok(
        &env,
        "2026-10-05",
        &["run", "--email", "--without-enclosures"],
    );
    assert!(said.contains("1 letter recorded as sent"), "{said}");
    assert_eq!(server.wait_for(1).len(), 1);
    assert_eq!(letters_due(&env, "2026-10-05"), 0);
}

#[test]
fn the_statement_and_the_letter_about_interest_go_by_email_too() {
    let Some((server, env)) = server_and_ledger(Mode::StartTls) else {
        return;
    };
    env.invoice("A-1");
    // The statement of account, with a copy of the invoice it lists.
    let copy = env.write("A-1.pdf", b"%PDF-1.4\n% the invoice A-1\n");
    let out = json(
        &env,
        "2026-10-05",
        &[
            "statement",
            "Rossi S.r.l.",
            "--send",
            "--email",
            "--attach",
            copy.to_str().expect("p"),
            "--json",
        ],
    );
    let statement = &out["letter"];
    assert_eq!(out["deliveries"][0]["state"], "sent", "{out}");
    let got = server.wait_for(1);
    let p = parse(&got[0].data);
    assert_eq!(p["to_addr"], "amministrazione@rossi.example");
    assert_eq!(p["attachments"][0]["sha256"], statement["sha256"]);
    assert_eq!(p["attachments"][1]["filename"], "A-1.pdf");
    assert_eq!(p["attachments"][1]["sha256"], sha256_file(&copy));
    let body = p["body"].as_str().expect("body");
    assert!(
        body.contains("estratto conto") && body.contains("In allegato anche: A-1.pdf."),
        "the statement's own text: {body}"
    );
    let d = deliveries(&env);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0]["state"], "sent");
    assert_eq!(d[0]["letter_id"], statement["letter"]);
    assert_eq!(p["subject"], d[0]["subject"]);

    // The letter about the interest alone, once the principal is paid.
    let env = Env::new();
    env.setup();
    mail_set(&env, server.port, "starttls");
    env.paid_after_a_claim_letter("2026/017");
    let today = "2026-10-28";
    env.ok(
        today,
        &[
            "interest",
            "keep",
            "2026/017",
            "--reason",
            "contract says so",
        ],
    );
    let out = json(
        &env,
        today,
        &["interest", "letter", "2026/017", "--email", "--json"],
    );
    assert_eq!(out["deliveries"][0]["state"], "sent", "{out}");
    let got = server.wait_for(2);
    let p = parse(&got[1].data);
    assert_eq!(p["attachments"][0]["sha256"], out["letter"]["sha256"]);
    let body = p["body"].as_str().expect("body");
    assert!(body.contains("2026/017"), "{body}");
    let history = ok(&env, today, &["history", "2026/017"]);
    assert!(
        history.contains("email sent to amministrazione@rossi.example"),
        "{history}"
    );
}

#[test]
fn files_go_with_one_letter_and_a_statement_needs_an_address() {
    let Some((server, env)) = server_and_ledger(Mode::StartTls) else {
        return;
    };
    env.invoice("A-1");
    // A client may get several letters at once: a file belongs to one of them.
    let copy = env.write("A-1.pdf", b"%PDF-1.4\n");
    let out = run(
        &env,
        "2026-10-05",
        &[
            "send",
            "--client",
            "Rossi S.r.l.",
            "--email",
            "--attach",
            copy.to_str().expect("p"),
        ],
        Some(smtp::PASSWORD),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("--client") && err.contains("--attach"),
        "{err}"
    );
    // A statement to a client without an address records nothing.
    jane_owes(&env);
    let out = run(
        &env,
        "2026-10-05",
        &["statement", "Jane Doe", "--send", "--email"],
        Some(smtp::PASSWORD),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("Jane Doe has no email address"), "{err}");
    let show = json(
        &env,
        "2026-10-05",
        &["client", "show", "Jane Doe", "--json"],
    );
    assert_eq!(show["letters"], serde_json::json!([]), "nothing recorded");
    assert!(deliveries(&env).is_empty());
    assert!(server.messages().is_empty());
}
