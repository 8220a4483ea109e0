//! Nothing irreversible by accident: the engine's own guards (no second letter on one day,
//! even forced; a copy of a letter sent is an export, not a new letter; no dispute on a
//! closed invoice; no pending stage on a paid one) and a batch that cannot write its files
//! records nothing it could not write, and says what it did record.

mod common;

use common::Env;

fn env_with(numbers: &[&str]) -> Env {
    let env = Env::new();
    env.setup();
    for n in numbers {
        env.invoice(n);
    }
    env
}

#[test]
fn force_never_sends_two_letters_for_one_invoice_on_one_day() {
    let env = env_with(&["2026/017"]);
    env.ok("2026-10-05", &["send", "2026/017"]);
    // Without --force: not due, and the hint is the copy, not --force.
    let err = env.fails("2026-10-05", &["send", "2026/017"]);
    assert!(
        err.contains("overdue letters export 2026/017 --out DIR"),
        "{err}"
    );
    assert!(!err.contains("use --force"), "{err}");
    // With --force, the same day: still refused.
    let err = env.fails("2026-10-05", &["send", "2026/017", "--force"]);
    assert!(
        err.contains("no second letter goes out the same day"),
        "{err}"
    );
    let history = env.json("2026-10-05", &["history", "2026/017", "--json"]);
    let letters = history
        .as_array()
        .expect("history")
        .iter()
        .filter(|e| e["kind"] == "letter")
        .count();
    assert_eq!(letters, 1, "{history}");
    // A stage already sent points to the export too.
    let err = env.fails(
        "2026-10-20",
        &["send", "2026/017", "--stage", "reminder", "--force"],
    );
    assert!(
        err.contains("was already sent") && err.contains("letters export"),
        "{err}"
    );
}

#[test]
fn no_dispute_on_a_closed_invoice_and_no_pending_stage_once_paid() {
    let env = env_with(&["2026/017", "2026/018"]);
    env.ok("2026-10-05", &["send", "2026/017"]);
    env.ok("2026-10-20", &["send", "2026/017"]);
    env.ok("2026-11-05", &["send", "2026/017"]);
    env.ok("2026-11-20", &["send", "2026/017"]);
    env.ok(
        "2026-12-20",
        &[
            "payment",
            "add",
            "--invoice",
            "2026/017",
            "--date",
            "2026-12-20",
            "--amount",
            "2550.00",
        ],
    );
    let err = env.fails(
        "2026-12-21",
        &["dispute", "open", "--invoice", "2026/017", "--text", "x"],
    );
    assert!(
        err.contains("no dispute can be opened") && err.contains("paid"),
        "{err}"
    );
    let list = env.json(
        "2026-12-21",
        &["invoice", "list", "--status", "all", "--json"],
    );
    let row = list
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["invoice"] == "2026/017" || r["number"] == "2026/017")
        .cloned()
        .expect("row");
    let text = row.to_string();
    assert!(!text.contains("handover_ready"), "{text}");
    assert!(text.contains("\"paid\""), "{text}");
    // Written off: no dispute either.
    env.ok(
        "2026-10-10",
        &["writeoff", "--invoice", "2026/018", "--text", "gone"],
    );
    let err = env.fails(
        "2026-10-11",
        &["dispute", "open", "--invoice", "2026/018", "--text", "x"],
    );
    assert!(err.contains("written off"), "{err}");
}

#[test]
fn a_batch_that_cannot_write_a_file_records_only_what_it_wrote_and_says_so() {
    // Three currencies: three letters to the one client, in currency order.
    let env = env_with(&["2026/017"]);
    for (number, currency) in [("2026/018", "GBP"), ("2026/019", "USD")] {
        env.invoice_with(number, "2026-09-01", "2026-10-01", "100.00", currency);
    }
    let out = env.path("letters");
    std::fs::create_dir_all(&out).expect("out");
    // The second letter's file cannot be written (a folder sits where it goes; root
    // ignores permissions, so this is how a full or read-only disk is staged here).
    std::fs::create_dir_all(out.join("2026-018_reminder.pdf.part")).expect("blocker");
    let err = env.fails("2026-10-05", &["run", "--out", out.to_str().expect("p")]);
    assert!(err.contains("2026-018_reminder.pdf.part"), "{err}");
    assert!(err.contains("the run stopped there"), "{err}");
    assert!(
        err.contains("1 letter was recorded before it: 2026/017 (reminder)"),
        "{err}"
    );
    let due = env.due("2026-10-05");
    let due = serde_json::Value::Array(due);
    let numbers: Vec<&str> = common::texts(&due, "invoice");
    assert!(
        !numbers.contains(&"2026/017"),
        "017 was recorded: {numbers:?}"
    );
    assert!(
        numbers.contains(&"2026/018") && numbers.contains(&"2026/019"),
        "{numbers:?}"
    );
    assert!(out.join("2026-017_reminder.pdf").is_file());
    assert!(!out.join("2026-019_reminder.pdf").exists());
    // Mode 0600: letters are private.
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(out.join("2026-017_reminder.pdf"))
        .expect("m")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn corrections_are_kept_with_their_reasons_and_the_letters_sent_stay_as_they_were() {
    let env = env_with(&["2026/017", "2026/018"]);
    // Before any letter: free.
    env.ok(
        "2026-09-02",
        &["invoice", "set", "2026/017", "--amount", "2600.00"],
    );
    env.ok("2026-10-05", &["send", "2026/017", "--only"]);
    let dir = env.path("sent");
    env.ok(
        "2026-10-05",
        &[
            "letters",
            "export",
            "2026/017",
            "--out",
            dir.to_str().expect("p"),
        ],
    );
    let before = std::fs::read(dir.join("2026-017_reminder.pdf")).expect("pdf");
    // After a letter: a reason is required.
    let err = env.fails(
        "2026-10-06",
        &["invoice", "set", "2026/017", "--amount", "2550.00"],
    );
    assert!(
        err.contains("reason:") && err.contains("1 letter was sent"),
        "{err}"
    );
    env.ok(
        "2026-10-06",
        &[
            "invoice",
            "set",
            "2026/017",
            "--amount",
            "2550.00",
            "--reason",
            "typo in the amount",
        ],
    );
    env.ok(
        "2026-10-06",
        &[
            "letters",
            "export",
            "2026/017",
            "--out",
            dir.to_str().expect("p"),
        ],
    );
    let after = std::fs::read(dir.join("2026-017_reminder.pdf")).expect("pdf");
    assert_eq!(before, after, "the letter sent is kept byte for byte");
    // The preview says what changed since the last letter, and the claim uses the new amount.
    let out = env.path("p.pdf");
    let json = env.json(
        "2026-10-20",
        &[
            "letter",
            "2026/017",
            "--out",
            out.to_str().expect("p"),
            "--json",
        ],
    );
    assert!(
        json["warnings"]
            .to_string()
            .contains("corrected since the last letter"),
        "{json}"
    );
    assert_eq!(json["balance_minor"], 255_000);
    let history = env.ok("2026-10-20", &["history", "2026/017"]);
    assert!(history.contains("typo in the amount"), "{history}");
    assert!(history.contains("€ 2.600,00 → € 2.550,00"), "{history}");

    // A payment voided: the balance comes back, the void is in the history.
    env.ok(
        "2026-10-21",
        &[
            "payment",
            "add",
            "--invoice",
            "2026/017",
            "--date",
            "2026-10-21",
            "--amount",
            "550.00",
        ],
    );
    let show = env.json("2026-10-21", &["invoice", "show", "2026/017", "--json"]);
    let id = show["payments"][0]["id"].as_i64().expect("payment id");
    let err = env.fails("2026-10-21", &["payment", "void", &id.to_string()]);
    assert!(err.contains("reason:"), "{err}");
    env.ok(
        "2026-10-21",
        &["payment", "void", &id.to_string(), "--reason", "bounced"],
    );
    let show = env.json("2026-10-21", &["invoice", "show", "2026/017", "--json"]);
    assert_eq!(show["balance_minor"], 255_000);
    assert!(
        show["history"].to_string().contains("payment_voided"),
        "{show}"
    );

    // Write-off and handover undone.
    env.ok(
        "2026-10-22",
        &[
            "writeoff",
            "--invoice",
            "2026/018",
            "--text",
            "client vanished",
        ],
    );
    env.ok(
        "2026-10-23",
        &["writeoff", "undo", "2026/018", "--reason", "client found"],
    );
    let show = env.json("2026-10-23", &["invoice", "show", "2026/018", "--json"]);
    assert_ne!(show["status"], "written_off", "{show}");
    assert!(
        show["history"].to_string().contains("client found"),
        "{show}"
    );
    let err = env.fails(
        "2026-10-23",
        &["handover", "undo", "2026/018", "--reason", "x"],
    );
    assert!(err.contains("is not handed over"), "{err}");

    // Delete: only without letters; kept in the history by number.
    let err = env.fails(
        "2026-10-24",
        &["invoice", "delete", "2026/017", "--reason", "x"],
    );
    assert!(err.contains("never deleted"), "{err}");
    env.ok(
        "2026-10-24",
        &["invoice", "delete", "2026/018", "--reason", "entered twice"],
    );
    let list = env.json(
        "2026-10-24",
        &["invoice", "list", "--status", "all", "--json"],
    );
    assert!(!list.to_string().contains("2026/018"), "{list}");
    let history = env.ok("2026-10-24", &["history", "2026/018"]);
    assert!(history.contains("entered twice"), "{history}");
}

#[test]
fn paying_what_the_letter_asked_is_accepted_and_split_principal_interest_compensation() {
    let env = env_with(&["2026/017", "2026/018"]);
    env.ok("2026-10-05", &["send", "2026/017", "--only"]);
    let letter = env.json("2026-10-20", &["send", "2026/017", "--only", "--json"]);
    let asked = letter["total_minor"].as_i64().expect("total");
    assert!(
        asked > 255_000,
        "the formal letter claims interest and EUR 40: {letter}"
    );
    // The client pays exactly what the formal letter asked, on its day: accepted.
    let amount = format!("{}.{:02}", asked / 100, asked % 100);
    env.ok(
        "2026-10-20",
        &[
            "payment",
            "add",
            "--invoice",
            "2026/017",
            "--date",
            "2026-10-20",
            "--amount",
            &amount,
        ],
    );
    let show = env.json("2026-10-20", &["invoice", "show", "2026/017", "--json"]);
    assert_eq!(show["balance_minor"], 0);
    assert_eq!(show["status"], "paid");
    let received = show["interest_received_minor"].as_i64().expect("i")
        + show["compensation_received_minor"].as_i64().expect("c");
    assert_eq!(received, asked - 255_000, "{show}");
    assert_eq!(show["compensation_received_minor"], 4000);
    assert_eq!(show["claim_not_received"], serde_json::Value::Null);

    // A true overpayment is refused with the figures.
    env.ok("2026-10-05", &["send", "2026/018"]);
    env.ok("2026-10-20", &["send", "2026/018"]);
    let err = env.fails(
        "2026-10-21",
        &[
            "payment",
            "add",
            "--invoice",
            "2026/018",
            "--date",
            "2026-10-21",
            "--amount",
            "9000.00",
        ],
    );
    assert!(
        err.contains("more than the claim on 21/10/2026") && err.contains("compensation"),
        "{err}"
    );
    // The principal alone after a claim letter: paid, with the interest not received shown.
    env.ok(
        "2026-10-21",
        &[
            "payment",
            "add",
            "--invoice",
            "2026/018",
            "--date",
            "2026-10-21",
            "--amount",
            "2550.00",
        ],
    );
    let show = env.json("2026-10-21", &["invoice", "show", "2026/018", "--json"]);
    assert_eq!(show["status"], "paid");
    let open = &show["claim_not_received"];
    assert_eq!(open["compensation_minor"], 4000, "{show}");
    assert!(
        open["interest_minor"].as_i64().is_some_and(|i| i > 0),
        "{show}"
    );
    assert_eq!(open["decision"], serde_json::Value::Null);
    let human = env.ok("2026-10-21", &["invoice", "show", "2026/018"]);
    assert!(human.contains("Claimed and not received"), "{human}");
    env.ok(
        "2026-10-22",
        &["interest", "waive", "2026/018", "--reason", "good client"],
    );
    let show = env.json("2026-10-22", &["invoice", "show", "2026/018", "--json"]);
    assert_eq!(show["claim_not_received"]["decision"], "waived");
    assert!(show["history"].to_string().contains("good client"));
    let err = env.fails("2026-10-22", &["interest", "keep", "2026/017"]);
    assert!(
        err.contains("no interest or compensation claimed and not received"),
        "{err}"
    );
}

#[test]
fn demo_data_never_lands_in_a_real_ledger_and_its_letters_say_demo() {
    let env = env_with(&[]);
    let err = env.fails("2026-11-22", &["demo", "--invoices", "20"]);
    assert!(
        err.contains("holds the profile of Studio Verdi") && err.contains("ledger of its own"),
        "{err}"
    );
    assert_eq!(
        env.json(
            "2026-11-22",
            &["invoice", "list", "--status", "all", "--json"]
        ),
        serde_json::json!([])
    );
    let demo = Env::new();
    demo.ok("2026-11-22", &["demo", "--invoices", "40"]);
    let due = demo.due("2026-11-22");
    let row = due
        .iter()
        .find(|r| r["stage"] != "handover_ready")
        .expect("a letter due");
    let number = row["invoice"].as_str().expect("number");
    let out = demo.path("d.pdf");
    demo.ok(
        "2026-11-22",
        &["letter", number, "--out", out.to_str().expect("p")],
    );
    let text =
        pdf_extract::extract_text_from_mem(&std::fs::read(&out).expect("pdf")).expect("text");
    assert!(text.contains("DEMO"), "{text}");
    assert!(text.contains("NOT A REAL LETTER"), "{text}");
}

#[test]
fn no_letter_goes_out_without_the_senders_address_and_town() {
    let env = Env::new();
    env.ok(
        "2026-09-01",
        &[
            "profile",
            "set",
            "--name",
            "Studio Verdi",
            "--country",
            "IT",
            "--iban",
            "IT60X0542811101000000123456",
            "--signatory",
            "Anna Verdi",
        ],
    );
    env.ok(
        "2026-09-01",
        &["client", "add", "--name", "Rossi S.r.l.", "--country", "IT"],
    );
    let added = env.ok(
        "2026-09-01",
        &[
            "invoice",
            "add",
            "--client",
            "rossi srl",
            "--number",
            "N-1",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "1200.00",
        ],
    );
    // The echo says what was stored, in words and money, not minor units.
    assert!(
        added.contains("Invoice N-1 added for Rossi S.r.l."),
        "{added}"
    );
    assert!(added.contains("due 1° ottobre 2026"), "{added}");
    assert!(!added.contains("minor"), "{added}");

    // The preview warns; sending refuses and names both missing fields.
    let preview = env.json(
        "2026-10-05",
        &[
            "letter",
            "N-1",
            "--out",
            env.path("p.pdf").to_str().expect("utf-8 path"),
            "--json",
        ],
    );
    let warnings = preview["warnings"].to_string();
    assert!(warnings.contains("--address"), "{warnings}");
    let err = env.fails("2026-10-05", &["send", "N-1"]);
    assert!(err.contains("--address") && err.contains("--city"), "{err}");
    // Nothing was recorded: the reminder is still the letter due.
    assert_eq!(env.due("2026-10-05")[0]["stage"], "reminder");

    // With them set, the same letter goes out.
    env.ok(
        "2026-10-05",
        &[
            "profile",
            "set",
            "--address",
            "Via Roma 1",
            "--city",
            "Bologna",
        ],
    );
    env.ok("2026-10-05", &["send", "N-1"]);
    assert!(env.due("2026-10-05").is_empty(), "the reminder went out");
}
