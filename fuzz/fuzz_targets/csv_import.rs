//! Any bytes as a CSV file: the reader answers rows or an error, never a panic. A file
//! the reader accepts then goes through the whole import (a dry run, rolled back) on a
//! real ledger that already holds invoice `2026/001`: the client checks and the
//! duplicate check against the ledger must answer too, and agree with the rows.
#![no_main]
use libfuzzer_sys::fuzz_target;
use overdue::actions::{ProfilePatch, set_profile};
use overdue::domain::dates::SlashOrder;
use overdue::domain::money::Currency;
use overdue::import::{ImportError, ImportOptions, import_csv};
use overdue::ledger::Ledger;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// The ledger (and the file an input is written to), made once per fuzzing process.
fn ledger() -> &'static Mutex<(Ledger, PathBuf)> {
    static LEDGER: OnceLock<Mutex<(Ledger, PathBuf)>> = OnceLock::new();
    LEDGER.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("overdue-fuzz-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("fuzz dir");
        let mut ledger = Ledger::open(&dir.join("ledger.db")).expect("ledger");
        let patch = ProfilePatch {
            name: Some("Studio Rossi".into()),
            country: Some("IT".into()),
            currency: Some("EUR".into()),
            ..Default::default()
        };
        set_profile(&mut ledger, &patch).expect("profile");
        let seed = dir.join("seed.csv");
        std::fs::write(
            &seed,
            "number,client,issued,due,amount\n2026/001,Acme Srl,2026-01-10,2026-02-09,1200.00\n",
        )
        .expect("seed file");
        import_csv(&mut ledger, &seed, ImportOptions::default()).expect("seed import");
        Mutex::new((ledger, dir.join("input.csv")))
    })
}

fuzz_target!(|data: &[u8]| {
    let order = match data.first().map(|b| b % 3) {
        Some(1) => Some(SlashOrder::DayFirst),
        Some(2) => Some(SlashOrder::MonthFirst),
        _ => None,
    };
    let eur: Currency = "EUR".parse().expect("EUR");
    let Ok(rows) = overdue::import::csv::read_rows("fuzz.csv", data, order, eur) else {
        return;
    };
    for r in &rows {
        assert!(r.amount_minor > 0, "an accepted row has a positive amount");
        assert!(r.due >= r.issued, "an accepted row is due after it is issued");
    }
    let mut guard = ledger().lock().unwrap_or_else(|p| p.into_inner());
    let (ledger, file) = &mut *guard;
    std::fs::write(&*file, data).expect("write input");
    let opts = ImportOptions {
        date_format: order,
        dry_run: true,
        ..Default::default()
    };
    match import_csv(ledger, file, opts) {
        Ok(report) => {
            assert_eq!(report.invoices, rows.len(), "every accepted row is imported");
            assert!(!rows.iter().any(|r| r.number == "2026/001"));
        }
        // A refusal names the rows; the ledger failing is a bug.
        Err(ImportError::Rows(errors)) => assert!(!errors.is_empty()),
        Err(ImportError::Ledger(e)) => panic!("the ledger failed: {e}"),
        Err(e) => panic!("the reader accepted the file, the import did not: {e}"),
    }
});
