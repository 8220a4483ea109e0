//! Letters to a client, not to an invoice: a scenario per grouping rule, through the CLI
//! on a real ledger. The invoices of one client, in one currency, due for the same stage
//! on the same day, go in one letter; each invoice still climbs its own ladder.

mod common;

use common::{Env, pdf_text};
use serde_json::{Value, json};

/// An invoice of Rossi S.r.l. with its own due date, amount and currency.
fn invoice(env: &Env, number: &str, due: &str, amount: &str, currency: &str) {
    env.invoice_with(number, "2026-08-01", due, amount, currency);
}

fn letters_due(env: &Env, today: &str) -> Vec<Value> {
    env.json(today, &["letters", "due", "--json"])
        .as_array()
        .expect("list")
        .clone()
}

fn numbers(letter: &Value) -> Vec<String> {
    letter["invoices"]
        .as_array()
        .expect("invoices")
        .iter()
        .map(|n| n.as_str().expect("number").to_string())
        .collect()
}

fn three_of_rossi() -> Env {
    let env = Env::new();
    env.setup();
    invoice(&env, "A-1", "2026-10-01", "1000.00", "EUR");
    invoice(&env, "A-2", "2026-10-01", "250.50", "EUR");
    invoice(&env, "A-3", "2026-10-01", "99.99", "EUR");
    env
}

#[test]
fn three_invoices_of_one_client_due_the_same_day_give_one_letter() {
    let env = three_of_rossi();
    let today = "2026-10-05";
    let due = letters_due(&env, today);
    assert_eq!(due.len(), 1, "{due:?}");
    let l = &due[0];
    assert_eq!(l["client"], "Rossi S.r.l.");
    assert_eq!(l["stage"], "reminder");
    assert_eq!(l["currency"], "EUR");
    assert_eq!(numbers(l), ["A-1", "A-2", "A-3"]);
    assert_eq!(l["balance_minor"], 100_000 + 25_050 + 9_999);
    assert_eq!(l["deadline"], "2026-10-12");
    assert_eq!(l["letter"], "2026-10-05/1/EUR/reminder");
    // `due` keeps one row per invoice, each with the key of its letter.
    let rows = env.due(today);
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r["letter"] == l["letter"]), "{rows:?}");

    // `send A-2` sends the letter that covers A-2: all three, once.
    let sent = env.json(today, &["send", "A-2", "--json"]);
    assert_eq!(sent["invoices"], json!(["A-1", "A-2", "A-3"]));
    assert_eq!(sent["client"], "Rossi S.r.l.");
    assert!(letters_due(&env, today).is_empty());
    assert!(env.due(today).is_empty());
    // Each invoice's history shows the one letter, with its own balance.
    let mut shas = Vec::new();
    for (n, balance) in [("A-1", 100_000), ("A-2", 25_050), ("A-3", 9_999)] {
        let history = env.json(today, &["history", n, "--json"]);
        let letters: Vec<&Value> = history
            .as_array()
            .expect("history")
            .iter()
            .filter(|e| e["kind"] == "letter")
            .collect();
        assert_eq!(letters.len(), 1, "{n}: {history}");
        assert_eq!(letters[0]["amount_minor"], balance, "{n}");
        let dir = env.path(&format!("export-{n}"));
        env.ok(
            today,
            &["letters", "export", n, "--out", dir.to_str().expect("p")],
        );
        // Named after the letter's invoices, whichever of them is exported.
        let file = dir.join("A-1+2_reminder.pdf");
        let bytes = std::fs::read(&file).expect("pdf");
        shas.push(overdue::actions::sha256_hex(&bytes));
        let text = pdf_text(&bytes);
        for other in ["A-1", "A-2", "A-3"] {
            assert!(text.contains(other), "{n}'s letter lists {other}");
        }
    }
    assert!(shas.windows(2).all(|w| w[0] == w[1]), "one PDF: {shas:?}");
}

#[test]
fn two_currencies_give_two_letters() {
    let env = Env::new();
    env.setup();
    invoice(&env, "E-1", "2026-10-01", "500.00", "EUR");
    invoice(&env, "U-1", "2026-10-01", "700.00", "USD");
    invoice(&env, "E-2", "2026-10-01", "300.00", "EUR");
    let due = letters_due(&env, "2026-10-05");
    let got: Vec<(String, Vec<String>)> = due
        .iter()
        .map(|l| (l["currency"].as_str().expect("c").to_string(), numbers(l)))
        .collect();
    assert_eq!(
        got,
        [
            (
                "EUR".to_string(),
                vec!["E-1".to_string(), "E-2".to_string()]
            ),
            ("USD".to_string(), vec!["U-1".to_string()])
        ]
    );
    let out = env.path("run");
    let run = env.json(
        "2026-10-05",
        &["run", "--out", out.to_str().expect("p"), "--json"],
    );
    assert_eq!(run["recorded"], 2);
    assert!(out.join("E-1+1_reminder.pdf").is_file());
    assert!(out.join("U-1_reminder.pdf").is_file());
}

#[test]
fn different_stages_give_separate_letters_and_no_invoice_moves_faster_than_its_ladder() {
    let env = three_of_rossi();
    // A-1 alone gets its reminder on 5 October.
    env.ok("2026-10-05", &["send", "A-1", "--only"]);
    // On 20 October A-1 is due for the formal letter; only for the reminder.
    let due = letters_due(&env, "2026-10-20");
    let got: Vec<(String, Vec<String>)> = due
        .iter()
        .map(|l| (l["stage"].as_str().expect("s").to_string(), numbers(l)))
        .collect();
    assert_eq!(
        got,
        [
            (
                "reminder".to_string(),
                vec!["A-2".to_string(), "A-3".to_string()]
            ),
            ("formal_letter".to_string(), vec!["A-1".to_string()])
        ]
    );
    // `send --client` sends both letters.
    let sent = env.json(
        "2026-10-20",
        &["send", "--client", "Rossi S.r.l.", "--json"],
    );
    let sent = sent.as_array().expect("list");
    assert_eq!(sent.len(), 2);
    assert!(letters_due(&env, "2026-10-20").is_empty());
    let err = env.fails("2026-10-20", &["send", "--client", "Rossi S.r.l."]);
    assert!(
        err.contains("no letter is due today for Rossi S.r.l."),
        "{err}"
    );
}

#[test]
fn a_paid_invoice_drops_out_of_its_group_and_a_disputed_one_stays_out() {
    let env = three_of_rossi();
    env.ok(
        "2026-10-03",
        &[
            "payment",
            "add",
            "--invoice",
            "A-2",
            "--date",
            "2026-10-03",
            "--amount",
            "250.50",
        ],
    );
    env.ok(
        "2026-10-04",
        &[
            "dispute",
            "open",
            "--invoice",
            "A-3",
            "--text",
            "says the work is unfinished",
        ],
    );
    let due = letters_due(&env, "2026-10-05");
    assert_eq!(due.len(), 1);
    assert_eq!(numbers(&due[0]), ["A-1"]);
    let sent = env.json("2026-10-05", &["send", "A-1", "--json"]);
    assert_eq!(sent["invoices"], json!(["A-1"]));
    // The disputed invoice cannot be sent with the group, and the paid one never.
    let err = env.fails("2026-10-05", &["send", "A-3"]);
    assert!(err.contains("disputed"), "{err}");
}

#[test]
fn only_sends_one_invoice_and_force_never_pulls_in_the_others() {
    let env = three_of_rossi();
    let sent = env.json("2026-10-05", &["send", "A-3", "--only", "--json"]);
    assert_eq!(sent["invoices"], json!(["A-3"]));
    let due = letters_due(&env, "2026-10-05");
    assert_eq!(numbers(&due[0]), ["A-1", "A-2"]);
    // A forced letter is for the invoice named alone.
    let forced = env.json(
        "2026-10-06",
        &[
            "send",
            "A-3",
            "--stage",
            "formal_letter",
            "--force",
            "--json",
        ],
    );
    assert_eq!(forced["invoices"], json!(["A-3"]));
    assert_eq!(forced["forced"], true);
}

#[test]
fn letters_due_prints_one_row_per_letter() {
    let env = three_of_rossi();
    let text = env.ok("2026-10-05", &["letters", "due"]);
    assert!(text.contains("A-1, A-2, A-3"), "{text}");
    assert!(text.contains("1 letter for 3 invoices"), "{text}");
    let none = env.ok("2026-10-01", &["letters", "due"]);
    assert!(none.contains("No letter is due"), "{none}");
}
