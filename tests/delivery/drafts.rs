//! Drafts for the user's own mail program (X-Unsent, read back by a real MIME parser),
//! and the email texts as templates, checked before they are saved.
use crate::common::Env;
use crate::support::*;

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
    // The reminder lists the invoice's copy: the draft carries it.
    let copy = env.write("A-1.pdf", b"%PDF-1.4\n% the invoice A-1\n");
    let d = json(
        &env,
        "2026-10-05",
        &[
            "draft",
            "A-1",
            "--out",
            file,
            "--attach",
            copy.to_str().expect("p"),
            "--json",
        ],
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
    assert_eq!(p["attachments"][1]["filename"], "A-1.pdf");
    assert_eq!(p["attachments"][1]["sha256"], sha256_file(&copy));
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
            "--without-enclosures",
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
        &[
            "draft",
            "A-1",
            "--out",
            eml.to_str().expect("p"),
            "--without-enclosures",
        ],
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

/// Rossi's A-1, a reminder due, and the profile's address for a draft's From.
fn draft_ledger() -> Env {
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    env.ok(
        "2026-10-05",
        &["profile", "set", "--email", "anna@verdi.example"],
    );
    env
}

#[test]
fn a_draft_of_a_letter_listing_enclosures_needs_them_or_the_users_word() {
    let env = draft_ledger();
    let eml = env.path("A-1.eml");
    let file = eml.to_str().expect("path");
    let out = run(&env, "2026-10-05", &["draft", "A-1", "--out", file], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("Copia della fattura n. A-1") && err.contains("--without-enclosures"),
        "{err}"
    );
    assert!(!eml.exists(), "no draft of a letter not recorded");
    assert_eq!(letters_due(&env, "2026-10-05"), 1, "nothing recorded");
    assert!(deliveries(&env).is_empty());
}

#[test]
fn a_file_that_cannot_go_is_named_and_nothing_is_recorded() {
    let env = draft_ledger();
    let eml = env.path("A-1.eml");
    let empty = env.write("empty.pdf", b"");
    let folder = env.path("a-folder");
    std::fs::create_dir_all(&folder).expect("folder");
    let big = env.path("big.pdf");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(11 * 1024 * 1024))
        .expect("a sparse 11 MB file");
    for (file, says) in [
        (env.path("missing.pdf"), "missing.pdf cannot be read"),
        (empty, "empty.pdf is empty"),
        (folder, "not a file"),
        (big, "big.pdf weighs 11.0 MB"),
    ] {
        let out = run(
            &env,
            "2026-10-05",
            &[
                "draft",
                "A-1",
                "--out",
                eml.to_str().expect("p"),
                "--attach",
                file.to_str().expect("p"),
            ],
            None,
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains(says), "{says}: {err}");
        assert!(!eml.exists());
    }
    assert_eq!(letters_due(&env, "2026-10-05"), 1, "nothing recorded");
    assert!(deliveries(&env).is_empty());
}
