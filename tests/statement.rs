//! The statement of account (`overdue statement`): its buckets checked by hand, the
//! activity's running balance, the PDF read back in each language, and the proof that it
//! records nothing and moves no invoice.

mod common;
use common::{Env, pdf_text};

fn add(env: &Env, number: &str, issued: &str, due: &str, amount: &str, currency: &str) {
    env.invoice_with(number, issued, due, amount, currency);
}

/// Rossi, as of 30 November 2026 (worked by hand):
/// S-1 due 10 Dec, 1,000.00: not yet due;
/// S-2 due 31 Oct, 500.00 with 200.00 paid: 30 days, 300.00 in 1–30;
/// S-3 due 30 Oct, 400.00: 31 days, in 31–60;
/// S-4 due 31 Aug, 50.00: 91 days, over 90;
/// S-5 due 1 Oct, GBP 120.00: 60 days, in 31–60 of its own currency;
/// S-6 paid in full: not on the statement.
fn ledger() -> Env {
    let env = Env::new();
    env.setup();
    add(&env, "S-1", "2026-11-10", "2026-12-10", "1000.00", "EUR");
    add(&env, "S-2", "2026-10-01", "2026-10-31", "500.00", "EUR");
    add(&env, "S-3", "2026-09-30", "2026-10-30", "400.00", "EUR");
    add(&env, "S-4", "2026-08-01", "2026-08-31", "50.00", "EUR");
    add(&env, "S-5", "2026-09-01", "2026-10-01", "120.00", "GBP");
    add(&env, "S-6", "2026-08-01", "2026-08-31", "70.00", "EUR");
    for (number, amount, day) in [
        ("S-2", "200.00", "2026-11-05"),
        ("S-6", "70.00", "2026-09-01"),
    ] {
        env.ok(
            "2026-11-20",
            &[
                "payment",
                "add",
                "--invoice",
                number,
                "--amount",
                amount,
                "--date",
                day,
            ],
        );
    }
    env
}

#[test]
fn buckets_checked_by_hand_add_up_per_currency() {
    let env = ledger();
    let s = env.json("2026-11-30", &["statement", "Rossi S.r.l.", "--json"]);
    assert_eq!(s["client"], "Rossi S.r.l.");
    assert_eq!(s["as_of"], "2026-11-30");
    let items: Vec<(&str, i64, i64)> = s["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                i["invoice"].as_str().expect("number"),
                i["balance_minor"].as_i64().expect("balance"),
                i["days_overdue"].as_i64().expect("days"),
            )
        })
        .collect();
    assert_eq!(
        items,
        [
            ("S-4", 5_000, 91),
            ("S-5", 12_000, 60),
            ("S-3", 40_000, 31),
            ("S-2", 30_000, 30),
            ("S-1", 100_000, 0),
        ]
    );
    let totals = s["totals"].as_array().expect("totals");
    let eur = &totals[0];
    assert_eq!(eur["currency"], "EUR");
    assert_eq!(eur["open_minor"], 175_000);
    assert_eq!(eur["overdue_minor"], 75_000);
    let b = &eur["buckets"];
    assert_eq!(
        [
            &b["not_due"],
            &b["d1_30"],
            &b["d31_60"],
            &b["d61_90"],
            &b["over_90"]
        ],
        [100_000, 30_000, 40_000, 0, 5_000]
    );
    let gbp = &totals[1];
    assert_eq!(
        (gbp["currency"].as_str(), gbp["buckets"]["d31_60"].as_i64()),
        (Some("GBP"), Some(12_000))
    );
    for t in totals {
        let sum: i64 = ["not_due", "d1_30", "d31_60", "d61_90", "over_90"]
            .iter()
            .map(|k| t["buckets"][k].as_i64().expect("bucket"))
            .sum();
        assert_eq!(
            sum,
            t["open_minor"].as_i64().expect("open"),
            "buckets add up to open_minor"
        );
    }
}

#[test]
fn the_activity_runs_from_the_opening_balance_to_what_is_open() {
    let env = ledger();
    let s = env.json(
        "2026-11-30",
        &[
            "statement",
            "Rossi S.r.l.",
            "--activity",
            "--from",
            "2026-10-01",
            "--json",
        ],
    );
    let lines = s["activity"].as_array().expect("activity");
    let eur: Vec<(&str, &str, i64, i64)> = lines
        .iter()
        .filter(|l| l["currency"] == "EUR")
        .map(|l| {
            (
                l["kind"].as_str().expect("kind"),
                l["invoice"].as_str().expect("invoice"),
                l["amount_minor"].as_i64().expect("amount"),
                l["balance_minor"].as_i64().expect("balance"),
            )
        })
        .collect();
    // Before 1 October: S-3 (400), S-4 (50), S-6 (70, paid 1 Sep): 450.00 brought forward.
    assert_eq!(
        eur,
        [
            ("opening", "", 45_000, 45_000),
            ("invoice", "S-2", 50_000, 95_000),
            ("payment", "S-2", -20_000, 75_000),
            ("invoice", "S-1", 100_000, 175_000),
        ]
    );
    // A start after the statement's day is refused, naming the flag.
    let err = env.fails(
        "2026-11-30",
        &[
            "statement",
            "Rossi S.r.l.",
            "--activity",
            "--from",
            "2026-12-05",
        ],
    );
    assert!(err.contains("from"), "{err}");
}

#[test]
fn the_pdf_reads_back_in_each_language_and_nothing_is_recorded() {
    let env = ledger();
    let before_due = env.due("2026-11-30");
    let before_history = env.ok("2026-11-30", &["history", "S-3"]);
    for (lang, title, total) in [
        ("it", "Estratto conto al 30 novembre 2026", "Totale EUR"),
        ("de", "Kontoauszug zum 30. November 2026", "Summe EUR"),
        ("fr", "Relevé de compte au 30 novembre 2026", "Total EUR"),
        (
            "en",
            "Statement of account as of 30 November 2026",
            "Total EUR",
        ),
    ] {
        let out = env.path(&format!("statement_{lang}.pdf"));
        env.ok(
            "2026-11-30",
            &[
                "statement",
                "Rossi S.r.l.",
                "--out",
                out.to_str().expect("path"),
                "--lang",
                lang,
                "--activity",
                "--from",
                "2026-10-01",
            ],
        );
        let text = pdf_text(&std::fs::read(&out).expect("pdf"));
        assert!(text.contains(title), "{lang}: {text}");
        assert!(text.contains(total), "{lang}: {text}");
        for number in ["S-1", "S-2", "S-3", "S-4", "S-5"] {
            assert!(text.contains(number), "{lang}: {number} in {text}");
        }
        assert!(
            !text.contains("S-6"),
            "{lang}: a paid invoice is not listed"
        );
        assert!(text.contains("IT60 X054"), "{lang}: the payment details");
    }
    // Nothing recorded: the queue and the history are as they were.
    assert_eq!(env.due("2026-11-30"), before_due);
    assert_eq!(env.ok("2026-11-30", &["history", "S-3"]), before_history);
    // A client who owes nothing gets a short, settled statement with no empty table.
    let out = env.path("settled.pdf");
    env.ok(
        "2026-11-30",
        &[
            "statement",
            "Jane Doe",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    let text = pdf_text(&std::fs::read(&out).expect("pdf"));
    assert!(text.contains("No invoice is open"), "{text}");
    assert!(!text.contains("Days"), "no empty invoice table: {text}");
    // A client that does not exist is named.
    let err = env.fails("2026-11-30", &["statement", "Nobody Ltd"]);
    assert!(err.contains("Nobody Ltd"), "{err}");
}

#[test]
fn a_statement_sent_is_recorded_with_its_pdf_in_the_clients_history_and_moves_nothing() {
    let env = ledger();
    let today = "2026-11-30";
    let due_before = env.due(today);
    let out = env.path("sent-statement.pdf");
    let sent = env.json(
        today,
        &[
            "statement",
            "Rossi S.r.l.",
            "--send",
            "--out",
            out.to_str().expect("p"),
            "--json",
        ],
    );
    assert_eq!(sent["client"], "Rossi S.r.l.");
    assert_eq!(sent["sent"], today);
    // Every open invoice, most overdue first, as the statement lists them.
    assert_eq!(
        sent["invoices"],
        serde_json::json!(["S-4", "S-5", "S-3", "S-2", "S-1"])
    );
    let bytes = std::fs::read(&out).expect("the copy");
    assert_eq!(
        sent["sha256"].as_str().expect("sha"),
        overdue::actions::sha256_hex(&bytes),
        "the copy is the PDF stored"
    );
    assert!(pdf_text(&bytes).contains("S-4"));
    // In the client's history, as a statement; no invoice moved up the ladder.
    let client = env.json(today, &["client", "show", "Rossi S.r.l.", "--json"]);
    let letters = client["letters"].as_array().expect("letters");
    let last = letters.last().expect("the statement");
    assert_eq!(last["kind"], "statement");
    assert_eq!(last["stage"], serde_json::Value::Null);
    assert_eq!(last["sha256"], sent["sha256"]);
    assert_eq!(env.due(today), due_before, "a statement moves no invoice");
    // `client show` says so in words too.
    let text = env.ok(today, &["client", "show", "Rossi S.r.l."]);
    assert!(text.contains("Statement of account"), "{text}");
}

#[test]
fn a_statement_is_not_sent_without_the_senders_details() {
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
        ],
    );
    env.ok("2026-09-01", &["client", "add", "--name", "Rossi S.r.l."]);
    let err = env.fails("2026-11-30", &["statement", "Rossi S.r.l.", "--send"]);
    assert!(err.contains("postal address"), "{err}");
    let client = env.json("2026-11-30", &["client", "show", "Rossi S.r.l.", "--json"]);
    assert_eq!(client["letters"], serde_json::json!([]), "nothing recorded");
}
