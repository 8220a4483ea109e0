//! End-to-end scenarios through the real binary, on a temp-file ledger.

mod common;
use common::Env;
use serde_json::Value;

fn stages(h: &Value) -> Vec<String> {
    h.as_array()
        .expect("history")
        .iter()
        .filter(|e| e["kind"] == "letter")
        .map(|e| e["stage"].as_str().expect("stage").to_string())
        .collect()
}

#[test]
fn a_client_pays_half_after_the_reminder_and_the_next_letter_claims_the_rest() {
    let env = Env::new();
    env.setup();
    env.invoice("2026/017");
    let due = env.due("2026-10-02");
    assert_eq!(due.len(), 1);
    assert_eq!(due[0]["stage"], "reminder");
    assert_eq!(due[0]["deadline"], "2026-10-09");
    env.ok("2026-10-02", &["send", "2026/017"]);
    env.ok(
        "2026-10-06",
        &[
            "payment",
            "add",
            "--invoice",
            "2026/017",
            "--date",
            "2026-10-06",
            "--amount",
            "1.275,00",
        ],
    );
    // The formal letter is due on due+14 = 15 October, for the remaining half.
    assert!(env.due("2026-10-14").is_empty());
    let due = env.due("2026-10-15");
    assert_eq!(due[0]["stage"], "formal_letter");
    assert_eq!(due[0]["balance_minor"], 127_500);
    let sent = env.json("2026-10-15", &["send", "2026/017", "--json"]);
    assert_eq!(sent["stage"], "formal_letter");
    assert_eq!(sent["balance_minor"], 127_500);
    // The formal letter claims interest (Italian law, 2.15 + 8 = 10.15 %, the H1 rate as
    // the table has no H2 2026 entry) and the EUR 40:
    // 2–6 Oct: 5 days on 2,550: 2,550 × 0.1015 × 5/365 = 3.5455 → 3.55
    // 7–15 Oct: 9 days on 1,275: 1,275 × 0.1015 × 9/365 = 3.1910 → 3.19
    // Total: 1,275 + 6.74 + 40 = 1,321.74.
    assert_eq!(sent["total_minor"], 132_174);
    assert_eq!(sent["sha256"].as_str().map(str::len), Some(64));
    let show = env.json("2026-10-15", &["invoice", "show", "2026/017", "--json"]);
    assert_eq!(show["balance_minor"], 127_500);
    assert_eq!(show["stage"], "formal_letter");
    assert_eq!(
        show["next_action"]["reason"],
        "waiting for the deadline of the formal letter (2026-10-22)"
    );
    let history = env.json("2026-10-15", &["history", "2026/017", "--json"]);
    let kinds = common::texts(&history, "kind");
    assert_eq!(kinds, ["letter", "payment", "letter"]);
    assert_eq!(history[2]["amount_minor"], 132_174);
    // Paying the rest stops the ladder for good.
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
            "1275",
        ],
    );
    assert!(env.due("2026-12-31").is_empty());
    let all = env.json(
        "2026-12-31",
        &["invoice", "list", "--status", "paid", "--json"],
    );
    assert_eq!(all[0]["status"], "paid");
    let err = env.fails("2026-12-31", &["send", "2026/017", "--force"]);
    assert!(err.contains("paid on 2026-10-20"), "{err}");
}

#[test]
fn a_dispute_pauses_the_ladder_and_resolving_it_resumes() {
    let env = Env::new();
    env.setup();
    env.invoice("D-1");
    env.ok("2026-10-02", &["send", "D-1"]);
    env.ok(
        "2026-10-05",
        &[
            "dispute",
            "open",
            "--invoice",
            "D-1",
            "--text",
            "says the logo files were missing",
        ],
    );
    assert!(env.due("2026-10-20").is_empty());
    let all = env.json("2026-10-20", &["due", "--all", "--json"]);
    assert_eq!(all[0]["action"], "none");
    assert_eq!(all[0]["reason"], "disputed since 2026-10-05");
    let err = env.fails("2026-10-20", &["send", "D-1"]);
    assert!(err.contains("disputed since 2026-10-05"), "{err}");
    env.fails("2026-10-20", &["dispute", "open", "--invoice", "D-1"]);
    env.ok(
        "2026-10-25",
        &[
            "dispute",
            "resolve",
            "--invoice",
            "D-1",
            "--text",
            "files re-sent",
        ],
    );
    let due = env.due("2026-10-25");
    assert_eq!(due[0]["stage"], "formal_letter");
    let history = env.json("2026-10-25", &["history", "D-1", "--json"]);
    let kinds = common::texts(&history, "kind");
    assert_eq!(kinds, ["letter", "dispute_opened", "dispute_resolved"]);
}

#[test]
fn a_broken_promise_resumes_the_ladder_where_it_stood() {
    let env = Env::new();
    env.setup();
    env.invoice("P-1");
    env.ok("2026-10-02", &["send", "P-1"]);
    env.ok("2026-10-16", &["send", "P-1"]);
    env.ok(
        "2026-10-20",
        &[
            "promise",
            "--invoice",
            "P-1",
            "--until",
            "2026-11-10",
            "--text",
            "will pay after their client pays",
        ],
    );
    assert!(env.due("2026-11-10").is_empty());
    let show = env.json("2026-11-10", &["invoice", "show", "P-1", "--json"]);
    assert_eq!(show["status"], "promised");
    assert_eq!(
        show["next_action"]["reason"],
        "promise to pay until 2026-11-10"
    );
    // Broken: the next stage after the formal letter, not a repeat and not a skip.
    let due = env.due("2026-11-11");
    assert_eq!(due[0]["stage"], "seven_day_notice");
    env.fails(
        "2026-11-11",
        &["promise", "--invoice", "P-1", "--until", "2026-11-01"],
    );
}

#[test]
fn after_ninety_days_unopened_the_catch_up_proposes_exactly_one_stage() {
    let env = Env::new();
    env.setup();
    env.invoice("C-1");
    env.invoice("C-2");
    env.ok("2026-10-02", &["send", "C-2", "--only"]);
    // Nobody opens Overdue until 30 December (90 days after the due date).
    let due = env.due("2026-12-30");
    assert_eq!(due.len(), 2);
    let stage_of = |n: &str| due.iter().find(|r| r["invoice"] == n).expect("row")["stage"].clone();
    assert_eq!(stage_of("C-1"), "reminder");
    assert_eq!(stage_of("C-2"), "formal_letter");
    env.ok("2026-12-30", &["send", "C-1"]);
    env.ok("2026-12-30", &["send", "C-2"]);
    // Never two letters at once: nothing more that day, nor until the deadlines pass.
    assert!(env.due("2026-12-30").is_empty());
    let err = env.fails("2026-12-30", &["send", "C-1"]);
    assert!(
        err.contains("waiting for the deadline of the reminder (2027-01-06)"),
        "{err}"
    );
    let due = env.due("2027-01-07");
    assert_eq!(
        due.iter()
            .map(|r| r["stage"].as_str().expect("stage"))
            .collect::<Vec<_>>(),
        ["formal_letter", "seven_day_notice"]
    );
}

#[test]
fn the_full_ladder_ends_in_handover_and_then_nothing() {
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
            "G-7",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "£1,200.00",
            "--currency",
            "GBP",
        ],
    );
    for today in ["2026-10-02", "2026-10-15", "2026-10-29", "2026-11-12"] {
        env.ok(today, &["send", "G-7"]);
    }
    let history = env.json("2026-11-12", &["history", "G-7", "--json"]);
    assert_eq!(
        stages(&history),
        [
            "reminder",
            "formal_letter",
            "seven_day_notice",
            "legal_warning"
        ]
    );
    // A consumer gets 30 days on the legal warning.
    assert_eq!(history[3]["deadline"], "2026-12-12");
    let err = env.fails("2026-12-12", &["handover", "G-7"]);
    assert!(err.contains("not ready to hand over"), "{err}");
    let due = env.due("2026-12-13");
    assert_eq!(due[0]["stage"], "handover_ready");
    env.ok(
        "2026-12-13",
        &["handover", "G-7", "--text", "sent to Smith & Partners"],
    );
    assert!(env.due("2027-03-01").is_empty());
    let show = env.json("2027-03-01", &["invoice", "show", "G-7", "--json"]);
    assert_eq!(show["stage"], "handed_over");
    assert_eq!(show["status"], "handed_over");
    assert_eq!(show["next_action"]["reason"], "handed over on 2026-12-13");
}

#[test]
fn send_refuses_what_is_not_due_and_force_is_logged() {
    let env = Env::new();
    env.setup();
    env.invoice("F-1");
    let err = env.fails("2026-09-20", &["send", "F-1"]);
    assert!(err.contains("not overdue yet (due 2026-10-01)"), "{err}");
    let err = env.fails("2026-10-02", &["send", "F-1", "--stage", "formal_letter"]);
    assert!(
        err.contains("the stage due is the reminder, not the formal letter"),
        "{err}"
    );
    env.ok(
        "2026-10-02",
        &["send", "F-1", "--stage", "formal_letter", "--force"],
    );
    let history = env.json("2026-10-02", &["history", "F-1", "--json"]);
    assert_eq!(stages(&history), ["formal_letter"]);
    assert_eq!(history[1]["kind"], "note");
    assert!(
        history[1]["text"]
            .as_str()
            .expect("text")
            .contains("--force")
    );
    let err = env.fails(
        "2026-12-01",
        &["send", "F-1", "--stage", "reminder", "--force"],
    );
    assert!(err.contains("the formal letter was already sent"), "{err}");
}

#[test]
fn pause_writeoff_and_log_are_recorded_and_respected() {
    let env = Env::new();
    env.setup();
    env.invoice("W-1");
    env.ok(
        "2026-10-03",
        &[
            "log",
            "add",
            "--invoice",
            "W-1",
            "--kind",
            "call",
            "--text",
            "spoke to accounts, invoice approved",
        ],
    );
    env.ok(
        "2026-10-03",
        &["pause", "--invoice", "W-1", "--until", "2026-10-20"],
    );
    assert!(env.due("2026-10-19").is_empty());
    assert_eq!(env.due("2026-10-20")[0]["stage"], "reminder");
    for kind in ["fax", "handed_over"] {
        let err = env.fails(
            "2026-10-03",
            &[
                "log",
                "add",
                "--invoice",
                "W-1",
                "--kind",
                kind,
                "--text",
                "x",
            ],
        );
        // Only the kinds a user may log are offered.
        assert!(err.contains("call, email, meeting or note"), "{err}");
        assert!(!err.contains("promise_to_pay"), "{err}");
    }
    env.ok(
        "2026-11-01",
        &["writeoff", "--invoice", "W-1", "--text", "client insolvent"],
    );
    assert!(env.due("2026-12-01").is_empty());
    let history = env.json("2026-12-01", &["history", "W-1", "--json"]);
    let kinds = common::texts(&history, "kind");
    assert_eq!(kinds, ["call", "paused_until", "written_off"]);
    let list = env.json("2026-12-01", &["invoice", "list", "--json"]);
    assert_eq!(
        list.as_array().expect("array").len(),
        0,
        "written off is not open"
    );
    let list = env.json(
        "2026-12-01",
        &["invoice", "list", "--status", "all", "--json"],
    );
    assert_eq!(list[0]["status"], "written_off");
}

#[test]
fn payments_are_checked_against_the_balance_and_the_dates() {
    let env = Env::new();
    env.setup();
    env.invoice("M-1");
    let err = env.fails(
        "2026-10-10",
        &[
            "payment",
            "add",
            "--invoice",
            "M-1",
            "--date",
            "2026-10-09",
            "--amount",
            "3000",
        ],
    );
    // Amounts in the profile's language (Italian here), with no-break spaces.
    assert!(
        err.contains("amount: € 3.000,00 is more than the claim on 09/10/2026: balance € 2.550,00"),
        "{err}"
    );
    let err = env.fails(
        "2026-10-10",
        &[
            "payment",
            "add",
            "--invoice",
            "M-1",
            "--date",
            "2026-10-11",
            "--amount",
            "10",
        ],
    );
    assert!(err.contains("date: 11/10/2026 is after today"), "{err}");
    let err = env.fails(
        "2026-10-10",
        &[
            "payment",
            "add",
            "--invoice",
            "NOPE",
            "--date",
            "2026-10-09",
            "--amount",
            "10",
        ],
    );
    assert!(err.contains("no invoice numbered 'NOPE'"), "{err}");
    env.ok(
        "2026-10-10",
        &[
            "payment",
            "add",
            "--invoice",
            "M-1",
            "--date",
            "2026-10-09",
            "--amount",
            "2549.99",
        ],
    );
    // One cent left: at the minimum, nothing is sent.
    let all = env.json("2026-11-30", &["due", "--all", "--json"]);
    assert_eq!(
        all[0]["reason"],
        "balance EUR 0.01 is at or below the minimum of 0.01"
    );
}

#[test]
fn invoice_and_client_input_errors_name_the_field() {
    let env = Env::new();
    env.setup();
    let add = |amount: &str, due: &str| {
        env.fails(
            "2026-09-01",
            &[
                "invoice",
                "add",
                "--client",
                "Rossi S.r.l.",
                "--number",
                "E-1",
                "--issued",
                "2026-09-01",
                "--due",
                due,
                "--amount",
                amount,
            ],
        )
    };
    assert!(add("1,234", "2026-10-01").contains("amount: '1,234' is ambiguous"));
    assert!(add("-5", "2026-10-01").contains("amount: '-5' must be greater than zero"));
    assert!(
        add("10", "2026-08-01").contains("due: 2026-08-01 is before the issue date 2026-09-01")
    );
    assert!(add("10", "31/02/2026").contains("due: '31/02/2026' is not a real day"));
    env.invoice("E-2");
    let err = env.fails(
        "2026-09-01",
        &[
            "invoice",
            "add",
            "--client",
            "1",
            "--number",
            "E-2",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "5",
        ],
    );
    assert!(
        err.contains("invoice number 'E-2' is already in the ledger"),
        "{err}"
    );
    let err = env.fails(
        "2026-09-01",
        &["client", "add", "--name", "X", "--country", "ZZ"],
    );
    assert!(err.contains("country: unknown country 'ZZ'"), "{err}");
    let err = env.fails("2026-09-01", &["client", "add", "--name", "Rossi S.r.l."]);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn the_policy_is_stored_and_drives_the_engine() {
    let env = Env::new();
    env.setup();
    env.invoice("Q-1");
    env.ok(
        "2026-09-01",
        &[
            "policy",
            "set",
            "--stage",
            "reminder",
            "--earliest",
            "5",
            "--deadline",
            "10",
        ],
    );
    let policy = env.json("2026-09-01", &["policy", "show", "--json"]);
    assert_eq!(policy["stages"][0]["stage"], "reminder");
    assert_eq!(policy["stages"][0]["earliest_days"], 5);
    assert_eq!(policy["stages"][3]["deadline_days"], 14);
    assert_eq!(policy["consumer_legal_warning_deadline_days"], 30);
    assert!(env.due("2026-10-05").is_empty());
    assert_eq!(env.due("2026-10-06")[0]["deadline"], "2026-10-16");
    let err = env.fails(
        "2026-09-01",
        &[
            "policy",
            "set",
            "--stage",
            "formal_letter",
            "--earliest",
            "3",
        ],
    );
    assert!(err.contains("must come after the reminder's"), "{err}");
    env.ok("2026-09-01", &["policy", "set", "--min-balance", "3000"]);
    assert!(
        env.due("2026-10-06").is_empty(),
        "balance below the minimum"
    );
}

#[test]
fn usage_errors_exit_2_and_global_options_go_anywhere() {
    let env = Env::new();
    env.setup();
    let out = env.run("2026-09-01", &["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_overdue"))
        .args(["due", "--json", "--today", "2026-10-02", "--db"])
        .arg(&env.db)
        .output()
        .expect("run");
    assert!(out.status.success());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_overdue"))
        .args(["client", "list", "--json", "--today", "2026-10-02"])
        .env("OVERDUE_DB", &env.db)
        .output()
        .expect("run");
    let clients: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        clients.as_array().expect("array").len(),
        2,
        "OVERDUE_DB selects the ledger"
    );
    let out = env.run("not-a-date", &["due"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn no_subcommand_prints_the_due_queue_and_a_hint() {
    let env = Env::new();
    env.setup();
    env.invoice("H-1");
    let out = env.ok("2026-10-02", &[]);
    assert!(out.contains("H-1"), "{out}");
    assert!(out.contains("reminder"), "{out}");
    assert!(out.contains("overdue send NUMBER"), "{out}");
}

#[test]
fn a_client_can_be_corrected_and_the_change_is_checked() {
    let env = Env::new();
    env.setup();
    env.ok(
        "2026-09-01",
        &[
            "client",
            "set",
            "Rossi S.r.l.",
            "--address",
            "Via Po 3\\n10100 Torino",
            "--kind",
            "public",
            "--email",
            "",
        ],
    );
    let c = env.json("2026-09-01", &["client", "show", "1", "--json"]);
    assert_eq!(c["address"], "Via Po 3\n10100 Torino");
    assert_eq!(c["kind"], "public");
    assert_eq!(c["email"], Value::Null, "an empty value clears the field");
    assert_eq!(c["country"], "IT", "fields left out keep their value");
    let err = env.fails("2026-09-01", &["client", "set", "1", "--name", "Jane Doe"]);
    assert!(
        err.contains("name: 'Jane Doe' is already client 2"),
        "{err}"
    );
    let err = env.fails("2026-09-01", &["client", "set", "1", "--country", "XX"]);
    assert!(err.contains("country: unknown country 'XX'"), "{err}");
    env.ok(
        "2026-09-01",
        &["client", "set", "1", "--name", "Rossi & Figli S.r.l."],
    );
    // `client add` reads "\n" in an address as `client set` and `profile set` do.
    env.ok(
        "2026-09-01",
        &[
            "client",
            "add",
            "--name",
            "Neri",
            "--address",
            "Via Roma 1\\n00100 Roma",
        ],
    );
    let neri = env.json("2026-09-01", &["client", "show", "Neri", "--json"]);
    assert_eq!(neri["address"], "Via Roma 1\n00100 Roma");
    env.ok(
        "2026-09-01",
        &[
            "invoice",
            "add",
            "--client",
            "Rossi & Figli S.r.l.",
            "--number",
            "N-1",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "10",
        ],
    );
}
