//! Letters: one letter in-process (and its two halves, composing and laying out), one
//! `overdue letter` process, and `overdue run --dry-run` as a whole process, grouped into
//! letters to clients: over 1,000 due invoices of 40 clients, and over the 100k demo.
//! The sizes of the PDFs, and how many letters cover how many invoices, are printed when
//! the bench starts (letters per second and ms per invoice covered follow from them).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use overdue::domain::invoice::NewInvoice;
use overdue::domain::ladder::{Letter, Stage};
use overdue::domain::money::Currency;
use overdue::domain::party::{ClientKind, Language, NewClient};
use overdue::ledger::Ledger;
use overdue::letters::compose::compose;
use overdue::letters::sample;
use overdue::letters::templates::Templates;
use overdue::letters::{pdf, sample::SampleFacts};

/// The same allocator as the binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const TODAY: &str = "2026-11-22";
const INVOICES: usize = 1000;

fn date(s: &str) -> chrono::NaiveDate {
    s.parse().expect("date")
}

/// A ledger on which exactly 1,000 letters are due today: half reminders, half formal
/// letters (with their claim tables), in four languages.
fn ledger_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir").keep();
        let path = dir.join("letters.db");
        let mut ledger = Ledger::open(&path).expect("open");
        ledger
            .write(|tx| -> Result<(), overdue::ledger::LedgerError> {
                tx.set_profile(&sample::profile(Language::It))?;
                let langs = [Language::En, Language::It, Language::De, Language::Fr];
                let mut clients = Vec::new();
                for i in 0..40 {
                    let lang = langs[i % 4];
                    let id = tx.insert_client(&NewClient {
                        name: format!("Client {i}"),
                        kind: if i % 5 == 0 {
                            ClientKind::Consumer
                        } else {
                            ClientKind::Business
                        },
                        country: "IT".parse().expect("IT"),
                        language: lang,
                        law: None,
                        email: None,
                        address: Some(format!("Via Example {i}\n20100 Milano MI")),
                        vat_id: None,
                        notes: None,
                        individual: i % 5 == 0,
                        salutation: None,
                        contact: None,
                    })?;
                    clients.push(id);
                }
                for i in 0..INVOICES {
                    let id = tx.insert_invoice(&NewInvoice {
                        number: format!("B-{i:05}"),
                        client_id: clients[i % clients.len()],
                        issued: date("2026-09-01"),
                        due: date("2026-10-01"),
                        amount_minor: 100_000 + (i as i64) * 137,
                        currency: Currency::EUR,
                        description: Some("Design work".into()),
                        terms: Some("payment within 30 days".into()),
                        terms_agreed_on: Some(date("2026-03-01")),
                        late_rate_bp: None,
                    })?;
                    if i % 2 == 1 {
                        tx.insert_letter(
                            id,
                            &Letter {
                                id: 0,
                                stage: Stage::Reminder,
                                sent: date("2026-10-02"),
                                deadline: date("2026-10-09"),
                                principal_minor: 0,
                                interest_minor: 0,
                                compensation_minor: 0,
                                forced: false,
                            },
                            "EUR",
                        )?;
                    }
                }
                Ok(())
            })
            .expect("bench ledger");
        path
    })
}

fn sample_letter() -> &'static SampleFacts {
    static FACTS: OnceLock<SampleFacts> = OnceLock::new();
    FACTS.get_or_init(|| sample::facts(Language::It, Stage::FormalLetter, ClientKind::Business))
}

fn templates() -> &'static Templates {
    static T: OnceLock<Templates> = OnceLock::new();
    T.get_or_init(Templates::embedded)
}

/// The 100k-invoice demo ledger (seed 1), as the due-queue bench makes it.
fn demo_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir").keep();
        let path = dir.join("demo.db");
        let mut ledger = Ledger::open(&path).expect("open");
        overdue::demo::fill(&mut ledger, 100_000, 1, date(TODAY)).expect("demo data");
        path
    })
}

/// How many letters are due today on a ledger, and how many invoices they cover.
fn letters_due(path: &Path) -> (usize, usize) {
    let mut ledger = Ledger::open(path).expect("open");
    let plans = overdue::actions::letters_due(&mut ledger, date(TODAY)).expect("plan");
    (plans.len(), plans.iter().map(|p| p.invoices.len()).sum())
}

fn main() {
    for (name, path) in [
        ("1,000 invoices", ledger_path()),
        ("100k demo", demo_path()),
    ] {
        let (letters, invoices) = letters_due(path);
        eprintln!("{name}: {letters} letters due today, covering {invoices} invoices");
    }
    pdf::warm_up();
    for lang in Language::ALL {
        for stage in Stage::ALL {
            let s = sample::facts(*lang, *stage, ClientKind::Business);
            let model = compose(&s.facts(), templates()).expect("compose");
            eprintln!(
                "PDF size {lang}/{stage}: {} bytes",
                pdf::render(&model).len()
            );
        }
    }
    divan::main();
}

#[divan::bench(sample_count = 200)]
fn one_letter_in_process() -> usize {
    let model = compose(&sample_letter().facts(), templates()).expect("compose");
    pdf::render(&model).len()
}

#[divan::bench(sample_count = 200)]
fn compose_only() -> usize {
    compose(&sample_letter().facts(), templates())
        .expect("compose")
        .after
        .len()
}

#[divan::bench(sample_count = 200)]
fn pdf_only(bencher: divan::Bencher) {
    let model = compose(&sample_letter().facts(), templates()).expect("compose");
    bencher.bench(|| pdf::render(&model).len());
}

/// Runs `overdue --today TODAY --db <bench ledger> ARGS... --out OUT` to the end.
fn overdue(args: &[&str], out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_overdue"))
        .args(["--today", TODAY, "--db"])
        .arg(ledger_path())
        .args(args)
        .arg("--out")
        .arg(out)
        .stdout(Stdio::null())
        .status()
        .expect("run overdue");
    assert!(status.success());
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn letter_process(bencher: divan::Bencher) {
    let out = tempfile::tempdir().expect("out dir");
    let file = out.path().join("letter.pdf");
    bencher.bench(|| overdue(&["letter", "B-00001"], &file));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn run_dry_run_1000_invoices_process(bencher: divan::Bencher) {
    let out = tempfile::tempdir().expect("out dir");
    bencher.bench(|| overdue(&["run", "--dry-run"], out.path()));
    let written = std::fs::read_dir(out.path()).expect("out").count();
    assert_eq!(
        written,
        letters_due(ledger_path()).0,
        "every due letter was written"
    );
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn run_dry_run_100k_demo_process(bencher: divan::Bencher) {
    let out = tempfile::tempdir().expect("out dir");
    bencher.bench(|| {
        let status = Command::new(env!("CARGO_BIN_EXE_overdue"))
            .args(["--today", TODAY, "--db"])
            .arg(demo_path())
            .args(["run", "--dry-run", "--out"])
            .arg(out.path())
            .stdout(Stdio::null())
            .status()
            .expect("run overdue");
        assert!(status.success());
    });
    let written = std::fs::read_dir(out.path()).expect("out").count();
    assert_eq!(
        written,
        letters_due(demo_path()).0,
        "every due letter was written"
    );
}
