//! Import, export, demo data and the ledger file itself, through the real binary.

mod common;
use common::Env;
use serde_json::Value;

fn count(env: &Env, what: &[&str]) -> usize {
    env.json("2026-11-22", what)
        .as_array()
        .expect("array")
        .len()
}

#[test]
fn an_import_with_three_bad_rows_reports_all_three_and_writes_nothing() {
    let env = Env::new();
    env.setup();
    let csv = "Invoice No,Customer,Invoice Date,Due Date,Total,Currency\n\
               A-1,Bianchi SpA,2026-09-01,2026-10-01,1200.00,EUR\n\
               A-2,Bianchi SpA,2026-09-01,2026-08-01,300.00,EUR\n\
               A-3,Neri Srl,2026-09-05,2026-10-05,12.345,EUR\n\
               A-4,Neri Srl,2026-09-05,2026-10-05,99.00,XYZ\n\
               A-5,Neri Srl,2026-09-05,2026-10-05,99.00,EUR\n";
    let file = env.write("bad.csv", csv.as_bytes());
    let err = env.fails("2026-11-22", &["import", file.to_str().expect("path")]);
    assert!(err.contains("3 bad rows; nothing was imported"), "{err}");
    assert!(
        err.contains("row 3, column due, value '2026-08-01': is before the issue date 2026-09-01"),
        "{err}"
    );
    assert!(
        err.contains("row 4, column amount, value '12.345'"),
        "{err}"
    );
    assert!(
        err.contains("row 5, column currency, value 'XYZ': unknown currency"),
        "{err}"
    );
    let out = env.run(
        "2026-11-22",
        &["import", file.to_str().expect("path"), "--json"],
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("json errors");
    assert_eq!(report["errors"].as_array().expect("errors").len(), 3);
    assert_eq!(report["errors"][0]["row"], 3);
    assert_eq!(
        count(&env, &["invoice", "list", "--status", "all", "--json"]),
        0
    );
    assert_eq!(
        count(&env, &["client", "list", "--json"]),
        2,
        "no client was created either"
    );
}

#[test]
fn an_import_reads_synonyms_semicolons_bom_and_local_amounts() {
    let env = Env::new();
    env.setup();
    let csv = "\u{feff}Numero;CLIENT;Date;due date;Amount;Paid;Country;Type;Email\r\n\
               B-1;Müller GmbH;01.09.2026;01.10.2026;\"1.234,56 €\";\"234,56\";DE;business;buchhaltung@mueller.example\r\n\
               B-2;Rossi S.r.l.;05.09.2026;05.10.2026;€ 99,00;;;;\r\n\
               B-3;Anna Schmidt;05.09.2026;05.10.2026;500;500;DE;consumer;\r\n";
    // "Nummero" is no known header: the file is refused naming what is missing ("Numero",
    // Italian, is known, and so is "Invoice Number").
    let typo = csv.replace("Numero", "Nummero");
    let file = env.write("de.csv", typo.as_bytes());
    let err = env.fails("2026-11-22", &["import", file.to_str().expect("path")]);
    assert!(err.contains("has no column for: number"), "{err}");
    let csv = csv.replace("Numero", "Invoice Number");
    let file = env.write("de.csv", csv.as_bytes());
    let dry = env.json(
        "2026-11-22",
        &[
            "import",
            file.to_str().expect("path"),
            "--dry-run",
            "--json",
        ],
    );
    assert_eq!(dry["invoices"], 3);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(
        count(&env, &["invoice", "list", "--status", "all", "--json"]),
        0,
        "a dry run writes nothing"
    );
    let report = env.json(
        "2026-11-22",
        &["import", file.to_str().expect("path"), "--json"],
    );
    assert_eq!(
        report,
        serde_json::json!({"dry_run": false, "invoices": 3, "clients_created": 2, "payments": 2, "skipped": [], "new_clients": ["Müller GmbH", "Anna Schmidt"], "matched": []})
    );
    let b1 = env.json("2026-11-22", &["invoice", "show", "B-1", "--json"]);
    assert_eq!(b1["amount_minor"], 123_456);
    assert_eq!(b1["balance_minor"], 100_000);
    assert_eq!(b1["issued"], "2026-09-01");
    let muller = env.json("2026-11-22", &["client", "show", "Müller GmbH", "--json"]);
    assert_eq!(muller["country"], "DE");
    assert_eq!(muller["language"], "de");
    assert_eq!(muller["email"], "buchhaltung@mueller.example");
    let b3 = env.json("2026-11-22", &["invoice", "show", "B-3", "--json"]);
    assert_eq!(b3["status"], "paid");
    // Importing again: duplicates are refused, or skipped on request.
    let err = env.fails("2026-11-22", &["import", file.to_str().expect("path")]);
    assert!(
        err.contains("row 2, column number, value 'B-1': is already in the ledger"),
        "{err}"
    );
    let again = env.json(
        "2026-11-22",
        &[
            "import",
            file.to_str().expect("path"),
            "--skip-existing",
            "--json",
        ],
    );
    assert_eq!(again["skipped"], serde_json::json!(["B-1", "B-2", "B-3"]));
}

#[test]
fn ambiguous_slash_dates_follow_the_profile_unless_the_format_is_given() {
    // With no profile to take a convention from, an ambiguous file is refused.
    let bare = Env::new();
    let csv = "number,client,issued,due,amount\nS-1,Rossi S.r.l.,03/04/2026,05/06/2026,100.00\n";
    let file = bare.write("slash.csv", csv.as_bytes());
    let err = bare.fails("2026-11-22", &["import", file.to_str().expect("path")]);
    assert!(err.contains("could be day-first or month-first"), "{err}");
    // An Italian profile reads them day first, as Italians write them.
    let env = Env::new();
    env.setup();
    let file = env.write("slash.csv", csv.as_bytes());
    let it = env.json(
        "2026-11-22",
        &[
            "import",
            file.to_str().expect("path"),
            "--dry-run",
            "--json",
        ],
    );
    assert_eq!(it["invoices"], 1, "{it}");
    env.ok(
        "2026-11-22",
        &[
            "import",
            file.to_str().expect("path"),
            "--date-format",
            "mm/dd/yyyy",
        ],
    );
    let s1 = env.json("2026-11-22", &["invoice", "show", "S-1", "--json"]);
    assert_eq!(s1["issued"], "2026-03-04");
    // A date only one order can read decides for the whole file.
    let csv = "number,client,issued,due,amount\nS-2,Rossi S.r.l.,03/04/2026,25/04/2026,100.00\n";
    let file = env.write("slash2.csv", csv.as_bytes());
    env.ok("2026-11-22", &["import", file.to_str().expect("path")]);
    let s2 = env.json("2026-11-22", &["invoice", "show", "S-2", "--json"]);
    assert_eq!(s2["issued"], "2026-04-03");
    // Day equal to month reads the same either way: nothing to decide.
    let csv = "number,client,issued,due,amount\nS-4,Rossi S.r.l.,05/05/2026,06/06/2026,100.00\n";
    let file = env.write("same.csv", csv.as_bytes());
    env.ok("2026-11-22", &["import", file.to_str().expect("path")]);
    let s4 = env.json("2026-11-22", &["invoice", "show", "S-4", "--json"]);
    assert_eq!(s4["due"], "2026-06-06");
    let csv = "number,client,issued,due,amount\nS-3,Rossi S.r.l.,25/04/2026,04/26/2026,100.00\n";
    let file = env.write("mixed.csv", csv.as_bytes());
    let err = env.fails("2026-11-22", &["import", file.to_str().expect("path")]);
    assert!(err.contains("mixes date orders"), "{err}");
}

#[test]
fn export_and_import_json_round_trip_the_whole_ledger() {
    let env = Env::new();
    env.ok("2026-11-22", &["demo", "--invoices", "150", "--seed", "7"]);
    let first = env.path("first.json");
    env.ok("2026-11-22", &["export", first.to_str().expect("path")]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&first)
            .expect("export")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "an export is as private as the ledger");
    }
    let other = env.path("other.db");
    let out = common::run_with_db(
        &other,
        "2026-11-22",
        &["import-json", first.to_str().expect("path")],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let second = env.path("second.json");
    let out = common::run_with_db(
        &other,
        "2026-11-22",
        &["export", second.to_str().expect("path")],
    );
    assert!(out.status.success());
    let a: Value = serde_json::from_slice(&std::fs::read(&first).expect("first")).expect("json");
    let b: Value = serde_json::from_slice(&std::fs::read(&second).expect("second")).expect("json");
    assert_eq!(a["invoices"].as_array().expect("invoices").len(), 150);
    assert_eq!(a, b);
    // The same queue comes out of both ledgers.
    let due_a = env.json("2026-11-22", &["due", "--all", "--json"]);
    let out = common::run_with_db(&other, "2026-11-22", &["due", "--all", "--json"]);
    assert_eq!(
        due_a,
        serde_json::from_slice::<Value>(&out.stdout).expect("json")
    );
    // Loading into a ledger that is not empty is refused.
    let out = common::run_with_db(
        &other,
        "2026-11-22",
        &["import-json", first.to_str().expect("path")],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds"));
}

#[test]
fn demo_data_covers_every_stage_and_standing() {
    let env = Env::new();
    env.ok("2026-11-22", &["demo", "--invoices", "400"]);
    let list = env.json(
        "2026-11-22",
        &["invoice", "list", "--status", "all", "--json"],
    );
    let rows = list.as_array().expect("array");
    assert_eq!(rows.len(), 400);
    for stage in [
        "none",
        "reminder",
        "formal_letter",
        "seven_day_notice",
        "legal_warning",
        "handed_over",
    ] {
        assert!(
            rows.iter().any(|r| r["stage"] == stage),
            "no demo invoice at {stage}"
        );
    }
    for status in ["overdue", "paid", "disputed", "promised", "handed_over"] {
        assert!(
            rows.iter().any(|r| r["status"] == status),
            "no demo invoice {status}"
        );
    }
    let currencies: std::collections::BTreeSet<&str> = rows
        .iter()
        .map(|r| r["currency"].as_str().expect("cur"))
        .collect();
    assert!(currencies.contains("EUR") && currencies.contains("GBP"));
    assert!(!env.due("2026-11-22").is_empty());
    let clients = env.json("2026-11-22", &["client", "list", "--json"]);
    let kinds: std::collections::BTreeSet<&str> =
        common::texts(&clients, "kind").into_iter().collect();
    assert_eq!(
        kinds.len(),
        3,
        "businesses, consumers and public bodies: {kinds:?}"
    );
    let err = env.fails("2026-11-22", &["demo"]);
    assert!(err.contains("already holds invoices"), "{err}");
}

#[test]
fn bad_client_codes_are_reported_with_the_other_bad_rows() {
    let env = Env::new();
    env.setup();
    let csv = "number,client,issued,due,amount,kind,country\n\
               K-1,New One,2026-01-01,2026-02-01,10.00,person,DE\n\
               K-2,New Two,2026-01-01,2026-02-01,10.00,consumer,XX\n\
               K-3,=HYPERLINK(\"x\"),2026-01-01,2026-02-01,10.00,,\n\
               K-4,New Four,2026-01-01,2026-02-01,10.00,public,FR\n";
    let file = env.write("codes.csv", csv.as_bytes());
    let err = env.fails("2026-11-22", &["import", file.to_str().expect("path")]);
    assert!(err.contains("3 bad rows"), "{err}");
    assert!(err.contains("row 2, column kind, value 'person'"), "{err}");
    assert!(err.contains("row 3, column country, value 'XX'"), "{err}");
    assert!(
        err.contains(
            "row 4, column client, value '=HYPERLINK(\"x\")': looks like a spreadsheet formula"
        ),
        "{err}"
    );
    assert_eq!(count(&env, &["client", "list", "--json"]), 2);
}
