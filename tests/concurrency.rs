//! Two processes on one ledger: a batch of letters and a stream of payments at the same
//! time lose nothing and corrupt nothing; a writer kept waiting past the busy timeout
//! gets a sentence, "the ledger is busy in another window", and writes nothing.

mod common;
use std::collections::BTreeSet;
use std::process::Stdio;

#[test]
fn a_batch_run_and_payments_at_once_lose_no_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ledger.db");
    let out = dir.path().join("letters");
    let today = "2026-11-22";
    let demo = common::run_with_db(&db, today, &["demo", "--invoices", "400", "--seed", "3"]);
    assert!(demo.status.success());
    let due = common::run_with_db(&db, today, &["due", "--json"]);
    let due: Vec<serde_json::Value> = serde_json::from_slice(&due.stdout).expect("json");
    let letters_due = due
        .iter()
        .filter(|r| r["stage"].as_str().is_some_and(|s| s != "handover_ready"))
        .count();
    assert!(letters_due >= 20, "{letters_due} letters due");
    let open: Vec<String> = due
        .iter()
        .map(|r| r["invoice"].as_str().expect("n").to_string())
        .collect();

    // The batch in one process...
    let batch = common::command(
        &db,
        today,
        &["run", "--out", out.to_str().expect("p"), "--verbose"],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .expect("run");
    // ...and 40 payments, each its own process, meanwhile.
    let mut notes = BTreeSet::new();
    for (i, inv) in open.iter().cycle().take(40).enumerate() {
        let note = format!("concurrent-{i}");
        let out = common::run_with_db(
            &db,
            today,
            &[
                "payment",
                "add",
                "--invoice",
                inv,
                "--date",
                today,
                "--amount",
                "0.01",
                "--note",
                &note,
            ],
        );
        assert!(
            out.status.success(),
            "payment {i} failed while the batch ran: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        notes.insert(note);
    }
    let batch = batch.wait_with_output().expect("batch");
    assert!(
        batch.status.success(),
        "{}",
        String::from_utf8_lossy(&batch.stderr)
    );
    let recorded: BTreeSet<String> = String::from_utf8_lossy(&batch.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("recorded "))
        .map(str::to_string)
        .collect();
    assert!(!recorded.is_empty(), "the batch recorded letters");

    let conn = rusqlite::Connection::open(&db).expect("open");
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(ok, "ok");
    let stored: BTreeSet<String> = conn
        .prepare("SELECT note FROM payments WHERE note LIKE 'concurrent-%'")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    assert_eq!(stored, notes, "every payment is stored");
    let letters: BTreeSet<String> = conn
        .prepare("SELECT i.number || ' ' || l.stage FROM letter_invoices l JOIN invoices i ON i.id = l.invoice_id WHERE l.sent = ?1")
        .expect("prepare")
        .query_map([today], |r| r.get(0))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    for r in &recorded {
        assert!(letters.contains(r), "letter {r} reported but not stored");
    }
    assert_eq!(letters.len(), recorded.len(), "no letter stored unreported");
}

/// The payment the busy test tries, and retries.
const PAY: [&str; 8] = [
    "payment",
    "add",
    "--invoice",
    "BUSY-1",
    "--date",
    "2026-11-22",
    "--amount",
    "10.00",
];

#[test]
fn a_writer_kept_waiting_is_told_the_ledger_is_busy_and_writes_nothing() {
    let env = common::Env::new();
    env.setup();
    env.invoice("BUSY-1");
    let before =
        env.json("2026-11-22", &["invoice", "show", "BUSY-1", "--json"])["balance_minor"].clone();
    // Another window holds the write lock for longer than the busy timeout (5 s).
    let holder = rusqlite::Connection::open(&env.db).expect("open");
    holder.execute_batch("BEGIN IMMEDIATE;").expect("lock");
    let err = env.fails("2026-11-22", &PAY);
    assert!(
        err.contains("the ledger is busy in another window"),
        "a sentence, not an SQLite code: {err}"
    );
    holder.execute_batch("ROLLBACK;").expect("unlock");
    let after =
        env.json("2026-11-22", &["invoice", "show", "BUSY-1", "--json"])["balance_minor"].clone();
    assert_eq!(before, after, "nothing was written");
    // Once the other window is done, the same command goes through.
    env.ok("2026-11-22", &PAY);
}
