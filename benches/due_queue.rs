//! The due queue over 100k invoices with mixed histories (demo data, seed 1).
//!
//! `due_json_process` is the figure the goal names: the whole `overdue due --json`
//! process, from start to the last byte of JSON, on a ledger of 100k invoices. The
//! in-process benches show how much of it is the queue itself, and what replaying a
//! past day (facts dated after it: the full-history path) costs.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use overdue::actions;
use overdue::ledger::Ledger;

const TODAY: &str = "2026-11-22";
const INVOICES: usize = 100_000;

/// The ledger, made once per bench run in a temp dir that lives as long as the process.
fn ledger_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir").keep();
        let path = dir.join("bench.db");
        let mut ledger = Ledger::open(&path).expect("open");
        let today = TODAY.parse().expect("date");
        overdue::demo::fill(&mut ledger, INVOICES, 1, today).expect("demo data");
        path
    })
}

fn main() {
    ledger_path();
    divan::main();
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn due_json_process(bencher: divan::Bencher) {
    let db = ledger_path();
    bencher.bench(|| {
        let status = Command::new(env!("CARGO_BIN_EXE_overdue"))
            .args(["--today", TODAY, "due", "--json", "--db"])
            .arg(db)
            .stdout(Stdio::null())
            .status()
            .expect("run overdue");
        assert!(status.success());
    });
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn due_queue_in_process(bencher: divan::Bencher) {
    let mut ledger = Ledger::open(ledger_path()).expect("open");
    let today = TODAY.parse().expect("date");
    bencher.bench_local(|| {
        actions::due_queue(&mut ledger, today, false)
            .expect("queue")
            .len()
    });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn due_queue_replaying_a_past_day(bencher: divan::Bencher) {
    let mut ledger = Ledger::open(ledger_path()).expect("open");
    let past = "2026-09-01".parse().expect("date");
    bencher.bench_local(|| {
        actions::due_queue(&mut ledger, past, false)
            .expect("queue")
            .len()
    });
}
