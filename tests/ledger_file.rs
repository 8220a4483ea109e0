//! The ledger file: WAL, foreign keys, private mode, schema versions, transactions.

mod common;
use common::Env;
use overdue::actions::{self, InvoiceInput};
use overdue::ledger::{Ledger, LedgerError, schema::SCHEMA_VERSION};

fn sha(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).expect("read ledger")
}

#[test]
fn a_new_ledger_is_private_in_wal_mode_with_foreign_keys() {
    let env = Env::new();
    let nested = env.path("a/b/ledger.db");
    let ledger = Ledger::open(&nested).expect("open");
    assert_eq!(ledger.pragma_text("journal_mode").expect("mode"), "wal");
    assert_eq!(ledger.pragma_text("foreign_keys").expect("fk"), "1");
    assert_eq!(
        ledger.pragma_text("user_version").expect("version"),
        SCHEMA_VERSION.to_string()
    );
    assert_eq!(ledger.pragma_text("integrity_check").expect("check"), "ok");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&nested)
            .expect("meta")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn a_ledger_from_a_newer_version_is_refused_and_left_untouched() {
    let env = Env::new();
    env.setup();
    {
        let conn = rusqlite::Connection::open(&env.db).expect("raw open");
        conn.pragma_update(None, "user_version", 99).expect("bump");
        conn.pragma_update(None, "journal_mode", "DELETE")
            .expect("leave WAL");
    }
    let before = sha(&env.db);
    let err = env.fails("2026-11-22", &["client", "list"]);
    assert!(err.contains("schema version 99"), "{err}");
    assert!(
        err.contains(&format!("up to version {SCHEMA_VERSION}")),
        "{err}"
    );
    assert_eq!(sha(&env.db), before, "the file was changed");
    assert!(matches!(
        Ledger::open(&env.db),
        Err(LedgerError::TooNew { found: 99, .. })
    ));
}

#[test]
fn reopening_keeps_the_data_and_the_schema_version() {
    let env = Env::new();
    env.setup();
    env.invoice("R-1");
    let mut ledger = Ledger::open(&env.db).expect("reopen");
    let rows = actions::invoice_list(
        &mut ledger,
        actions::ListFilter::All,
        "2026-11-22".parse().expect("day"),
    )
    .expect("list");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].number, "R-1");
}

#[test]
fn a_failed_action_writes_nothing() {
    let env = Env::new();
    env.setup();
    let mut ledger = Ledger::open(&env.db).expect("open");
    // A failure inside one transaction rolls back what it wrote before failing.
    let result = ledger.write(|tx| -> Result<(), LedgerError> {
        let client = tx.find_client("Rossi S.r.l.")?;
        let new = overdue::domain::invoice::NewInvoice {
            number: "T-1".into(),
            client_id: client.id,
            issued: "2026-09-01".parse().expect("d"),
            due: "2026-10-01".parse().expect("d"),
            amount_minor: 100,
            currency: overdue::domain::money::Currency::EUR,
            description: None,
            terms: None,
            terms_agreed_on: None,
            late_rate_bp: None,
        };
        tx.insert_invoice(&new)?;
        tx.insert_invoice(&new)?;
        Ok(())
    });
    assert!(
        matches!(result, Err(LedgerError::Invalid(ref m)) if m.contains("already in the ledger"))
    );
    let input = InvoiceInput {
        client: "Rossi S.r.l.".into(),
        number: "T-1".into(),
        issued: "2026-09-01".into(),
        due: "2026-10-01".into(),
        amount: "1".into(),
        ..Default::default()
    };
    actions::add_invoice(&mut ledger, &input).expect("T-1 is free again");
}

#[test]
fn the_database_enforces_its_own_rules_too() {
    let env = Env::new();
    env.setup();
    env.invoice("K-1");
    let conn = rusqlite::Connection::open(&env.db).expect("raw");
    conn.pragma_update(None, "foreign_keys", true).expect("fk");
    let orphan = conn.execute(
        "INSERT INTO payments (invoice_id, date, amount_minor) VALUES (999, '2026-10-01', 5)",
        [],
    );
    assert!(orphan.is_err(), "a payment for no invoice");
    let letter = |id: i64, sent: &str| {
        conn.execute(
            "INSERT INTO letters (id, kind, client_id, stage, sent, deadline, total_minor, currency)
             SELECT ?1, 'stage', client_id, 'reminder', ?2, '2026-10-20', 1, 'EUR' FROM invoices",
            rusqlite::params![id, sent],
        )
        .and_then(|_| {
            conn.execute(
                "INSERT INTO letter_invoices (letter_id, invoice_id, stage, sent, deadline, principal_minor)
                 SELECT ?1, id, 'reminder', ?2, '2026-10-20', 1 FROM invoices",
                rusqlite::params![id, sent],
            )
        })
    };
    assert!(letter(1, "2026-10-02").is_ok());
    assert!(
        letter(2, "2026-10-03").is_err(),
        "one letter per stage and invoice"
    );
    let stageless = conn.execute(
        "INSERT INTO letters (kind, client_id, sent, total_minor, currency) SELECT 'stage', client_id, '2026-10-04', 1, 'EUR' FROM invoices",
        [],
    );
    assert!(stageless.is_err(), "a stage letter names its stage");
    let changed = conn.execute("UPDATE letter_invoices SET principal_minor = 2", []);
    assert!(changed.is_err(), "a letter's sums are never changed");
    let gone = conn.execute("DELETE FROM letter_invoices", []);
    assert!(gone.is_err(), "a letter never loses its invoices");
}

#[test]
fn the_condensed_queue_equals_the_queue_from_full_histories_on_any_day() {
    let env = Env::new();
    env.ok("2026-11-22", &["demo", "--invoices", "600", "--seed", "3"]);
    let mut ledger = Ledger::open(&env.db).expect("open");
    // Past days (facts after them: the full-history fallback), today, and later days.
    for day in [
        "2026-05-01",
        "2026-08-15",
        "2026-10-30",
        "2026-11-22",
        "2027-01-15",
        "2027-06-30",
    ] {
        let today: chrono::NaiveDate = day.parse().expect("day");
        for all in [false, true] {
            let fast = actions::due_queue(&mut ledger, today, all).expect("queue");
            let (cases, policy) = ledger
                .read(|tx| -> Result<_, LedgerError> {
                    Ok((
                        tx.cases(overdue::ledger::CaseFilter::OpenOn(today))?,
                        tx.policy()?,
                    ))
                })
                .expect("full histories");
            let slow = actions::queue_of(&cases, &policy, today, all);
            assert_eq!(fast, slow, "on {day} (all = {all})");
            if all {
                assert!(!fast.is_empty(), "no open invoice on {day}");
            }
        }
    }
}

#[test]
fn a_ledger_locked_by_another_process_gives_a_clear_busy_message() {
    let env = Env::new();
    env.setup();
    env.invoice("B-1");
    let conn = rusqlite::Connection::open(&env.db).expect("raw");
    conn.execute_batch("BEGIN IMMEDIATE")
        .expect("hold the write lock");
    let err = env.fails("2026-10-02", &["send", "B-1"]);
    assert!(
        err.contains("the ledger is busy in another window or process"),
        "{err}"
    );
    // Reading still works while another process writes (WAL).
    assert_eq!(env.due("2026-10-02").len(), 1);
    conn.execute_batch("ROLLBACK").expect("release");
    env.ok("2026-10-02", &["send", "B-1"]);
}

#[test]
fn many_processes_creating_one_new_ledger_at_once_all_succeed() {
    for round in 0..5 {
        let env = Env::new();
        let children: Vec<_> = (0..8)
            .map(|_| common::spawn_with_db(&env.db, "2026-11-22", &["client", "list", "--json"]))
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("wait");
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let ledger = Ledger::open(&env.db).expect("open");
        assert_eq!(
            ledger.pragma_text("user_version").expect("v"),
            SCHEMA_VERSION.to_string()
        );
    }
}

#[test]
fn racing_processes_never_send_one_letter_twice() {
    let env = Env::new();
    env.setup();
    env.invoice("RACE-1");
    let children: Vec<_> = (0..8)
        .map(|_| common::spawn_with_db(&env.db, "2026-10-02", &["send", "RACE-1"]))
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait"))
        .collect();
    let sent = outputs.iter().filter(|o| o.status.success()).count();
    assert_eq!(sent, 1, "exactly one process may send the reminder");
    for o in outputs.iter().filter(|o| !o.status.success()) {
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("waiting for the deadline of the reminder"),
            "{err}"
        );
    }
    let history = env.json("2026-10-02", &["history", "RACE-1", "--json"]);
    assert_eq!(history.as_array().expect("array").len(), 1);
}
