//! Every schema version's fixture ledger, made by that version's own binary
//! (`tests/fixtures/schema/make.sh`), opens in this build, is upgraded, and keeps all of
//! its data; a ledger from a newer Overdue is refused with a sentence and left
//! byte-for-byte untouched.

mod common;
use std::path::{Path, PathBuf};

fn fixture(v: u32) -> PathBuf {
    PathBuf::from(format!(
        "{}/tests/fixtures/schema/v{v}.db",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn copy(v: u32, dir: &Path) -> PathBuf {
    let to = dir.join(format!("v{v}.db"));
    std::fs::copy(fixture(v), &to).expect("copy fixture");
    to
}

fn json(db: &Path, today: &str, args: &[&str]) -> serde_json::Value {
    let out = common::run_with_db(db, today, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn user_version(db: &Path) -> i64 {
    rusqlite::Connection::open(db)
        .expect("open")
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("user_version")
}

/// Each letter's id, PDF and sha256, read straight from the file (any schema version).
fn stored_pdfs(db: &Path) -> Vec<(i64, Option<Vec<u8>>, Option<String>)> {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.prepare("SELECT id, pdf, pdf_sha256 FROM letters ORDER BY id")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect()
}

#[test]
fn every_schema_version_opens_upgrades_and_keeps_its_data() {
    let mut versions = 0;
    for v in 1.. {
        if !fixture(v).exists() {
            break;
        }
        versions += 1;
        let dir = tempfile::tempdir().expect("temp dir");
        let db = copy(v, dir.path());
        assert_eq!(user_version(&db), i64::from(v), "v{v} fixture");
        let stored_before = stored_pdfs(&db);
        assert_eq!(stored_before.len(), 3, "v{v}: three letters in the story");
        let today = "2026-09-16";
        let show = |n: &str| json(&db, today, &["invoice", "show", n, "--json"]);

        let f1 = show("F-1");
        assert_eq!(f1["amount_minor"], 120_000, "v{v}");
        assert_eq!(f1["balance_minor"], 100_000, "v{v}: the partial payment");
        assert_eq!(f1["client"], "Rossi S.r.l.");
        assert_eq!(show("F-2")["status"], "disputed", "v{v}");
        assert_eq!(show("F-3")["status"], "promised", "v{v}");
        assert_eq!(show("F-3")["currency"], "GBP", "v{v}");
        assert_eq!(show("F-4")["status"], "paused", "v{v}");
        assert_eq!(show("F-5")["status"], "paid", "v{v}");
        assert_eq!(show("F-5")["balance_minor"], 0, "v{v}");

        let history = json(&db, today, &["history", "F-1", "--json"]);
        let kinds = common::texts(&history, "kind");
        // From v9 on, the story drafts F-1's last letter: its delivery is in the history.
        if v >= 9 {
            assert_eq!(
                kinds,
                ["letter", "payment", "call", "letter", "draft_sent"],
                "v{v}"
            );
            let outbox = json(&db, today, &["outbox", "--all", "--json"]);
            assert_eq!(common::texts(&outbox, "channel"), ["draft"], "v{v}");
            // From v10 on, the draft carries a copy of F-1, kept with its delivery.
            let files = &outbox[0]["files"];
            match v {
                10.. => assert_eq!(files, &serde_json::json!(["F-1.pdf"]), "v{v}"),
                _ => assert_eq!(files, &serde_json::json!([]), "v{v}"),
            }
        } else {
            assert_eq!(kinds, ["letter", "payment", "call", "letter"], "v{v}");
        }
        assert_eq!(history[3]["stage"], "formal_letter");

        let clients = json(&db, today, &["client", "list", "--json"]);
        let names = common::texts(&clients, "name");
        assert_eq!(names.len(), 3, "v{v}: {names:?}");
        assert!(names.contains(&"Müller GmbH"));

        // Upgraded, and it takes the new version's actions and writes.
        assert_eq!(user_version(&db), overdue::ledger::schema::SCHEMA_VERSION);
        let claim = json(&db, "2026-10-16", &["claim", "F-1", "--json"]);
        assert_eq!(claim["principal_minor"], 100_000, "v{v}");
        let out = common::run_with_db(
            &db,
            today,
            &[
                "payment",
                "add",
                "--invoice",
                "F-1",
                "--date",
                today,
                "--amount",
                "1.00",
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(show("F-1")["balance_minor"], 99_900);
        // Every letter kept its PDF byte for byte, and its sha256, through the upgrade;
        // each is now a letter to its invoice's client covering that one invoice.
        assert_eq!(stored_pdfs(&db), stored_before, "v{v}: the letters' PDFs");
        let conn = rusqlite::Connection::open(&db).expect("open");
        let covered: Vec<(i64, String, String)> = conn
            .prepare(
                "SELECT l.id, i.number, c.name FROM letters l JOIN letter_invoices li ON li.letter_id = l.id
                 JOIN invoices i ON i.id = li.invoice_id JOIN clients c ON c.id = l.client_id
                 WHERE c.id = i.client_id AND l.kind = 'stage' AND l.stage = li.stage ORDER BY l.id",
            )
            .expect("prepare")
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("query")
            .map(|r| r.expect("row"))
            .collect();
        let numbers: Vec<&str> = covered.iter().map(|c| c.1.as_str()).collect();
        // From v8 on, the fixture was made by a build that writes to clients: its first
        // `send F-1` is one letter for both of Rossi's invoices then due.
        let expected: &[&str] = if v >= 8 {
            &["F-1", "F-2", "F-4", "F-1"]
        } else {
            &["F-1", "F-4", "F-1"]
        };
        assert_eq!(numbers, expected, "v{v}: {covered:?}");
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("ok");
        assert_eq!(ok, "ok");
    }
    assert_eq!(
        versions,
        overdue::ledger::schema::SCHEMA_VERSION,
        "a fixture for every schema version: run tests/fixtures/schema/make.sh for the new one"
    );
}

#[test]
fn a_ledger_from_a_newer_overdue_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = copy(overdue::ledger::schema::SCHEMA_VERSION as u32, dir.path());
    {
        let c = rusqlite::Connection::open(&db).expect("open");
        c.execute_batch("PRAGMA user_version = 99;")
            .expect("future");
    }
    let bytes = std::fs::read(&db).expect("read");
    for args in [
        &["due"][..],
        &["invoice", "list"],
        &[
            "payment",
            "add",
            "--invoice",
            "F-1",
            "--date",
            "2026-09-16",
            "--amount",
            "1.00",
        ],
    ] {
        let out = common::run_with_db(&db, "2026-09-16", args);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("schema version 99")
                && err.contains("newer Overdue")
                && err.contains("not changed"),
            "{err}"
        );
    }
    assert_eq!(
        std::fs::read(&db).expect("read"),
        bytes,
        "not one byte changed"
    );
    assert!(
        !dir.path().join("backups").exists(),
        "no backup of a refused ledger"
    );
}
