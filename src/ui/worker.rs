//! Slow work off the UI thread: loading the overview, sending a batch of letters,
//! importing a CSV, filling the demo.
//!
//! Each job opens its own connection to the ledger file (SQLite in WAL mode lets it
//! read while the window writes), reports progress through shared counters, and sends
//! its outcome over a channel. It calls `request_repaint` so the window wakes to show it.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use chrono::NaiveDate;

use crate::actions::{self, DeliveryResult, LetterAssets, Overview, RunSummary};
use crate::domain::delivery::Channel;
use crate::import::{ImportOptions, ImportReport};
use crate::ledger::Ledger;

/// How many demo invoices the first run offers.
pub const DEMO_INVOICES: usize = 60;

/// A job for the worker.
#[derive(Clone, Debug)]
pub enum Job {
    /// Loads the overview of the day.
    Overview,
    /// Sends every letter due, writing copies into the folder; with `email`, emails each
    /// once recorded (the password typed this session, if any, else the keyring's).
    SendAll {
        /// The folder for the copies.
        out: PathBuf,
        /// Email each letter.
        email: bool,
        /// Email too the letters that list enclosures, without them (else held back).
        without_enclosures: bool,
        /// The password typed in Settings when there is no keyring.
        password: Option<String>,
    },
    /// Sends these email deliveries (queued or failed).
    Deliver {
        /// Delivery ids.
        ids: Vec<i64>,
        /// The password typed in Settings when there is no keyring.
        password: Option<String>,
    },
    /// Sends a test email.
    TestMail {
        /// Where.
        to: String,
        /// The password typed in Settings when there is no keyring.
        password: Option<String>,
    },
    /// Imports a CSV file.
    /// A CSV file, and whether near-duplicate client names are matched.
    Import(PathBuf, bool),
    /// Fills the demo ledger at this path (a ledger of its own, never the user's) with demo
    /// data and renders its letters; an existing demo ledger is opened as it is.
    Demo(PathBuf),
}

/// What a job produced.
#[derive(Debug)]
pub enum Outcome {
    /// The overview, or why it could not be read.
    Overview(Result<Box<Overview>, String>),
    /// The batch's summary, and each email's outcome.
    SendAll(Result<(RunSummary, Vec<DeliveryResult>), String>),
    /// Each email's outcome.
    Delivered(Result<Vec<DeliveryResult>, String>),
    /// The test email: the server's reply.
    TestMail(Result<String, String>),
    /// The import's report.
    Import(Result<ImportReport, String>),
    /// The demo ledger, ready, and how many invoices it holds.
    Demo(Result<(PathBuf, usize), String>),
}

/// Progress of the running batch: letters done and in all.
#[derive(Debug, Default)]
pub struct Progress {
    /// Done so far.
    pub done: AtomicUsize,
    /// In all (0 until known).
    pub total: AtomicUsize,
    /// The batch is emailing (after recording).
    pub emailing: AtomicBool,
}

impl Progress {
    /// What the status bar shows: what is being sent, the fraction done, done, in all.
    pub fn now(&self) -> (String, f32, usize, usize) {
        let (done, total) = (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        );
        let frac = if total == 0 {
            0.0
        } else {
            done as f32 / total as f32
        };
        let what = if self.emailing.load(Ordering::Relaxed) {
            crate::t!("app-sending-emails")
        } else {
            crate::t!("app-sending-letters")
        };
        (what, frac, done, total)
    }
}

/// Runs jobs on threads and collects their outcomes.
pub struct Worker {
    path: PathBuf,
    today: NaiveDate,
    tx: Sender<Outcome>,
    rx: Receiver<Outcome>,
    running: usize,
    /// The progress of the batch job running, if any.
    pub progress: Arc<Progress>,
}

impl Worker {
    /// A worker on the ledger file at `path`, acting as of `today`.
    pub fn new(path: PathBuf, today: NaiveDate) -> Self {
        let (tx, rx) = channel();
        Worker {
            path,
            today,
            tx,
            rx,
            running: 0,
            progress: Arc::new(Progress::default()),
        }
    }

    /// Whether a job is running.
    pub fn busy(&self) -> bool {
        self.running > 0
    }

    /// Starts a job.
    pub fn start(&mut self, ctx: &egui::Context, job: Job) {
        let path = self.path.clone();
        let today = self.today;
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        let progress = Arc::new(Progress::default());
        if matches!(job, Job::SendAll { .. } | Job::Deliver { .. }) {
            self.progress = Arc::clone(&progress);
        }
        self.running += 1;
        // The worker speaks the window's language (its errors are shown as they are).
        let lang = crate::i18n::language();
        std::thread::spawn(move || {
            crate::i18n::set_language(lang);
            let outcome = run_job(&path, today, job, &progress, &ctx);
            // The window may be gone; then nobody waits for the outcome.
            let _ = tx.send(outcome);
            ctx.request_repaint();
        });
    }

    /// The outcomes of the jobs finished since the last call.
    pub fn finished(&mut self) -> Vec<Outcome> {
        let out: Vec<Outcome> = self.rx.try_iter().collect();
        self.running = self.running.saturating_sub(out.len());
        out
    }
}

/// Emails deliveries, reporting each on the progress bar.
fn deliver(
    l: &mut Ledger,
    ids: &[i64],
    setup: &actions::MailSetup,
    progress: &Progress,
    ctx: &egui::Context,
) -> Result<Vec<DeliveryResult>, String> {
    progress.emailing.store(true, Ordering::Relaxed);
    progress.total.store(ids.len(), Ordering::Relaxed);
    progress.done.store(0, Ordering::Relaxed);
    let report = |done: usize, _: usize, _: &DeliveryResult| {
        progress.done.store(done, Ordering::Relaxed);
        ctx.request_repaint();
    };
    actions::deliver(l, ids, setup, false, &report).map_err(|e| e.to_string())
}

fn run_job(
    path: &std::path::Path,
    today: NaiveDate,
    job: Job,
    progress: &Progress,
    ctx: &egui::Context,
) -> Outcome {
    let ledger = Ledger::open(path)
        .and_then(Ledger::without_mmap)
        .map_err(|e| e.to_string());
    let text = |e: &dyn std::fmt::Display| e.to_string();
    match job {
        Job::Overview => Outcome::Overview(ledger.and_then(|mut l| {
            actions::overview(&mut l, today)
                .map_err(|e| text(&e))
                .map(Box::new)
        })),
        Job::SendAll {
            out,
            email,
            without_enclosures,
            password,
        } => Outcome::SendAll(ledger.and_then(|mut l| {
            let assets = LetterAssets::for_ledger(&l).map_err(|e| text(&e))?;
            let report = |done: usize, total: usize| {
                progress.total.store(total, Ordering::Relaxed);
                progress.done.store(done, Ordering::Relaxed);
                ctx.request_repaint();
            };
            // Email needs its settings, its password and every client's address before
            // anything is recorded.
            let setup = match email {
                true => {
                    Some(actions::email_run_setup(&mut l, today, password).map_err(|e| text(&e))?)
                }
                false => None,
            };
            let channel = setup.as_ref().map(|_| Channel::Email);
            let summary = actions::run(
                &mut l,
                today,
                &out,
                actions::RunHow {
                    dry_run: false,
                    deliver: channel,
                    without_enclosures,
                },
                &assets,
                &report,
                &|_| {},
            )
            .map_err(|e| text(&e))?;
            let results = match setup {
                Some(setup) => {
                    let ids: Vec<i64> =
                        summary.items.iter().filter_map(|i| i.delivery_id).collect();
                    deliver(&mut l, &ids, &setup, progress, ctx)?
                }
                None => Vec::new(),
            };
            Ok((summary, results))
        })),
        Job::Deliver { ids, password } => Outcome::Delivered(ledger.and_then(|mut l| {
            let setup = actions::mail_setup(&mut l, password).map_err(|e| text(&e))?;
            deliver(&mut l, &ids, &setup, progress, ctx)
        })),
        Job::TestMail { to, password } => Outcome::TestMail(ledger.and_then(|mut l| {
            let setup = actions::mail_setup(&mut l, password).map_err(|e| text(&e))?;
            actions::send_test_email(&setup, &to).map_err(|e| text(&e))
        })),
        Job::Import(file, match_clients) => Outcome::Import(ledger.and_then(|mut l| {
            let opts = ImportOptions {
                date_format: crate::actions::date_order().0,
                match_clients,
                ..Default::default()
            };
            crate::import::import_csv(&mut l, &file, opts).map_err(|e| text(&e))
        })),
        Job::Demo(demo) => Outcome::Demo((|| {
            drop(ledger);
            let mut l = Ledger::open(&demo).map_err(|e| text(&e))?;
            let count = actions::invoice_count(&mut l).map_err(|e| text(&e))?;
            if count > 0 {
                return Ok((demo.clone(), count as usize));
            }
            let r = crate::demo::fill(&mut l, DEMO_INVOICES, 1, today).map_err(|e| text(&e))?;
            let assets = LetterAssets::for_ledger(&l).map_err(|e| text(&e))?;
            actions::render_demo_letters(&mut l, &assets).map_err(|e| text(&e))?;
            Ok((demo.clone(), r.invoices))
        })()),
    }
}
