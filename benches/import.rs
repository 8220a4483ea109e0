//! CSV import of 100k rows, as a whole `overdue import` process into a fresh ledger.
//!
//! The file mixes what real exports hold: synonyms in the header, slash dates,
//! quoted amounts with thousands separators, a paid column on some rows, and 5,000
//! clients created on the fly.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

const ROWS: usize = 100_000;

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("temp dir").keep())
}

/// The CSV file, written once.
fn csv_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let mut text = String::from("Invoice Number,Customer,Invoice Date,Due Date,Total,Currency,Paid,Country,Type,Email\n");
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        for i in 0..ROWS {
            let client = next(5000);
            let (month, day) = (1 + next(9), 1 + next(28));
            let amount = format!("{},{:03}.{:02}", 1 + next(19), next(1000), next(100));
            let paid = if next(10) < 3 { "50.00" } else { "" };
            writeln!(
                text,
                "INV-{i:06},Client {client},{day:02}/{month:02}/2026,{day:02}/{:02}/2026,\"{amount}\",EUR,{paid},IT,business,c{client}@example.it",
                month + 1
            )
            .expect("write to string");
        }
        let path = dir().join("invoices.csv");
        std::fs::write(&path, text).expect("write csv");
        path
    })
}

fn overdue(db: &PathBuf, args: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_overdue"))
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-22"])
        .args(args)
        .stdout(Stdio::null())
        .status()
        .expect("run overdue");
    assert!(status.success(), "overdue {args:?} failed");
}

fn main() {
    csv_path();
    divan::main();
}

#[divan::bench(sample_count = 8, sample_size = 1)]
fn import_100k_rows_process(bencher: divan::Bencher) {
    let csv = csv_path().to_str().expect("utf-8 path").to_string();
    let mut n = 0;
    bencher
        .with_inputs(|| {
            n += 1;
            let db = dir().join(format!("import-{n}.db"));
            overdue(
                &db,
                &["profile", "set", "--name", "Bench", "--country", "IT"],
            );
            db
        })
        .bench_local_values(|db| overdue(&db, &["import", &csv]));
}
