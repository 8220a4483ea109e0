//! The catalogue of malformed CSV files in `tests/fixtures/bad_csv/`: each refused one
//! names its row, column and reason and writes nothing (the whole ledger exported
//! before and after is byte-identical); the ones other tools commonly write (a BOM,
//! semicolons and decimal commas, CRLF, quoted newlines) import correctly.

mod common;
use common::Env;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/bad_csv"
    ))
}

/// A ledger with a profile and one invoice, LEDGER-1, for the duplicate-in-ledger case.
fn ledger() -> Env {
    let env = Env::new();
    env.setup();
    env.ok(
        "2026-11-22",
        &[
            "invoice",
            "add",
            "--client",
            "Rossi S.r.l.",
            "--number",
            "LEDGER-1",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "5.00",
        ],
    );
    env
}

fn export(env: &Env, name: &str) -> Vec<u8> {
    let file = env.path(name);
    env.ok("2026-11-22", &["export", file.to_str().expect("path")]);
    std::fs::read(file).expect("export")
}

#[test]
fn every_malformed_file_is_refused_with_its_row_column_and_reason_and_writes_nothing() {
    let table = std::fs::read_to_string(dir().join("expected.tsv")).expect("expected.tsv");
    let mut listed = vec![];
    let mut refused = 0;
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let [file, outcome, row, column, reason] = f[..] else {
            panic!("expected.tsv: bad line {line:?}");
        };
        listed.push(file.to_string());
        let env = ledger();
        let before = export(&env, "before.json");
        let path = dir().join(file);
        let path = path.to_str().expect("path");
        if let Some(n) = outcome.strip_prefix("imported ") {
            let out = env.ok("2026-11-22", &["import", path]);
            assert!(
                out.contains(&format!(
                    "Imported {}",
                    overdue::present::count(n.parse().expect("a count"), "invoice", "invoices")
                )),
                "{file}: {out}"
            );
            continue;
        }
        assert_eq!(outcome, "refused", "{file}");
        refused += 1;
        let err = env.fails("2026-11-22", &["import", path]);
        assert!(err.contains("nothing was imported"), "{file}: {err}");
        assert!(err.contains(reason), "{file}: wants {reason:?} in {err}");
        if row == "-" {
            assert!(
                err.contains(file),
                "{file}: the message names the file: {err}"
            );
        } else {
            assert!(
                err.contains(&format!("row {row}, column ")),
                "{file}: row {row}: {err}"
            );
        }
        if column != "-" {
            assert!(
                err.contains(&format!("column {column}")),
                "{file}: {column}: {err}"
            );
        }
        assert_eq!(before, export(&env, "after.json"), "{file} wrote something");
    }
    assert!(refused >= 30, "the catalogue has {refused} malformed files");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir())
        .expect("dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".csv"))
        .collect();
    on_disk.sort();
    listed.sort();
    assert_eq!(on_disk, listed, "every fixture has its expected outcome");
}

#[test]
fn the_files_other_tools_write_import_with_the_right_values() {
    // (file, invoice, field, value, why)
    let cases: &[(&str, &str, &str, serde_json::Value, &str)] = &[
        (
            "ok_semicolon_it.csv",
            "A-1",
            "amount_minor",
            123_456.into(),
            "1.234,56 is 1234.56",
        ),
        (
            "ok_semicolon_it.csv",
            "A-1",
            "issued",
            "2026-09-01".into(),
            "dd/mm/yyyy",
        ),
        (
            "ok_semicolon_it.csv",
            "A-1",
            "due",
            "2026-10-15".into(),
            "told apart by the 15",
        ),
        (
            "ok_semicolon_it.csv",
            "A-1",
            "client",
            "Rossi S.r.l.".into(),
            "the client",
        ),
        (
            "ok_semicolon_de.csv",
            "A-1",
            "amount_minor",
            255_000.into(),
            "2.550,00",
        ),
        (
            "ok_semicolon_de.csv",
            "A-1",
            "client",
            "Müller GmbH".into(),
            "UTF-8 name",
        ),
        (
            "ok_semicolon_fr.csv",
            "A-1",
            "amount_minor",
            123_456.into(),
            "1 234,56",
        ),
        (
            "ok_semicolon_fr.csv",
            "A-1",
            "client",
            "Société Générale".into(),
            "UTF-8 name",
        ),
        (
            "ok_bom.csv",
            "A-1",
            "number",
            "A-1".into(),
            "the BOM is not in the first header",
        ),
        (
            "ok_crlf.csv",
            "A-2",
            "amount_minor",
            1000.into(),
            "no stray carriage return",
        ),
        (
            "ok_quoted_newlines.csv",
            "A-1",
            "description",
            "Design work\nphase 2, revised".into(),
            "a quoted newline",
        ),
        (
            "ok_quoted_newlines.csv",
            "A-2",
            "description",
            "Hosting, \"basic\" plan".into(),
            "doubled quotes",
        ),
    ];
    for (file, number, field, want, why) in cases {
        let env = ledger();
        env.ok(
            "2026-11-22",
            &["import", dir().join(file).to_str().expect("path")],
        );
        let v = env.json("2026-11-22", &["invoice", "show", number, "--json"]);
        assert_eq!(&v[*field], want, "{file} {number} {field}: {why}");
    }
}
