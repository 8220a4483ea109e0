//! `overdue run`: the whole due queue at once, as letters to clients.
//!
//! The day's plan groups each client's invoices due for one stage in one currency into
//! one letter. The letters are rendered in parallel on every core from one consistent read of the
//! ledger, written to a folder, and (unless it is a dry run) recorded one transaction
//! each. Each record re-checks the engine inside its transaction, so a payment or a
//! dispute recorded in another window meanwhile is respected: that letter is skipped,
//! never sent by mistake. If the facts changed but the letter is still due, it is
//! rendered again from the facts as they are now.

use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::deliver::{EmailExtras, queue_email};
use super::draft_print::queue_print;
use super::letter_files::letters_file_name;
use super::letters::{
    Gathered, LetterAssets, RenderedLetter, corrected_since_last_letter, render_gathered,
};
use super::plan::{plan_input, sort_plans};
use super::send::{record_letter, stage_to_send};
use super::{ActionError, Result};
use crate::domain::delivery::{Channel, enclosures_covered};
use crate::domain::invoice::InvoiceId;
use crate::domain::ladder::{NextAction, Stage};
use crate::domain::party::{Client, ClientId};
use crate::domain::plan::plan_letters;
use crate::ledger::{CaseData, CaseFilter, Ledger};
use crate::t;

/// One letter of a run.
#[derive(Clone, Debug, Serialize)]
pub struct RunItem {
    /// The first invoice it covers.
    pub invoice: String,
    /// Every invoice it covers.
    pub invoices: Vec<String>,
    /// The client it is written to.
    pub client: String,
    /// Stage.
    pub stage: Stage,
    /// The file written.
    pub path: PathBuf,
    /// Recorded as sent (false in a dry run, or when skipped).
    pub recorded: bool,
    /// Why it was not recorded, when it was not.
    pub skipped: Option<String>,
    /// Warnings for the user (stale rates, enclosures).
    pub warnings: Vec<String>,
    /// The letter's id, once recorded.
    pub letter_id: Option<i64>,
    /// The delivery queued with it (`--email`, `--print`), once recorded.
    pub delivery_id: Option<i64>,
}

/// What a run did.
#[derive(Clone, Debug, Serialize, Default)]
pub struct RunSummary {
    /// Letters rendered.
    pub rendered: usize,
    /// Letters recorded as sent.
    pub recorded: usize,
    /// Letters not recorded because the ledger changed meanwhile.
    pub skipped: usize,
    /// Letters held back, unrecorded, from an emailing run: they list enclosures that
    /// the email would not carry (their item says which, and how to send them).
    pub held: usize,
    /// Letters that could not be rendered, with the reason.
    pub failed: Vec<String>,
    /// Every letter.
    pub items: Vec<RunItem>,
}

/// Whether a run records its letters, and how they then go out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RunHow {
    /// Render and write, record nothing.
    pub dry_run: bool,
    /// Queue each letter's delivery with it: email, or print.
    pub deliver: Option<Channel>,
    /// By email: send too the letters that list enclosures (a run attaches no file).
    /// Without it, those letters are held back, unrecorded, for `send --attach`.
    pub without_enclosures: bool,
}

/// Renders (and unless `dry_run`, records) every letter due on `today` into `out`.
/// `progress(done, total)` is called as letters are rendered, and `recorded(item)`
/// right after each letter's transaction commits.
pub fn run(
    ledger: &mut Ledger,
    today: NaiveDate,
    out: &Path,
    how: RunHow,
    assets: &LetterAssets,
    progress: &(dyn Fn(usize, usize) + Sync),
    recorded: &dyn Fn(&RunItem),
) -> Result<RunSummary> {
    std::fs::create_dir_all(out).map_err(|e| {
        ActionError::field(
            "out",
            t!(
                "err-run-cannot-create",
                path = out.display().to_string(),
                error = e.to_string()
            ),
        )
    })?;
    // One consistent read: every letter due, with what it needs.
    let jobs: Vec<(Gathered, Stage, NaiveDate)> = ledger.read(|tx| -> Result<_> {
        let policy = tx.policy()?;
        let profile = tx.profile()?.map(Arc::new);
        let logo: Option<Arc<[u8]>> = tx.logo()?.map(Arc::from);
        let demo = tx.is_demo()?;
        let mut inputs = Vec::new();
        let mut ids: HashMap<String, InvoiceId> = HashMap::new();
        tx.each_case_for_engine(today, |case| {
            let input = plan_input(case, &policy, today);
            if matches!(input.action, NextAction::Send { .. }) {
                ids.insert(case.invoice.number.clone(), case.invoice.id);
                inputs.push(input);
            }
        })?;
        let mut plans = plan_letters(today, &inputs);
        sort_plans(&mut plans);
        let clients: HashMap<ClientId, Client> =
            tx.clients()?.into_iter().map(|c| (c.id, c)).collect();
        let mut jobs = Vec::with_capacity(plans.len());
        for plan in plans {
            let mut cases: Vec<CaseData> = Vec::with_capacity(plan.invoices.len());
            for number in &plan.invoices {
                if let Some(id) = ids.get(number) {
                    cases.extend(tx.cases(CaseFilter::One(*id))?);
                }
            }
            let mut changed = Vec::new();
            for c in &cases {
                changed.extend(corrected_since_last_letter(tx, c)?);
            }
            let mut cases = cases.into_iter();
            let Some(case) = cases.next() else { continue };
            let Some(client) = clients.get(&case.invoice.client_id) else {
                continue;
            };
            let Some(profile) = profile.clone() else {
                return Err(ActionError::Refused(t!("err-run-no-profile")));
            };
            jobs.push((
                Gathered {
                    profile,
                    logo: logo.clone(),
                    client: client.clone(),
                    case,
                    more: cases.collect(),
                    policy: policy.clone(),
                    changed,
                    demo,
                },
                plan.stage,
                plan.deadline,
            ));
        }
        Ok(jobs)
    })?;
    crate::letters::pdf::warm_up();

    // Render in parallel, a chunk at a time so that memory stays bounded (a chunk's
    // PDFs, not the whole queue's); each thread takes the next job of the chunk.
    let total = jobs.len();
    let done = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut summary = RunSummary::default();
    for (c, chunk) in jobs.chunks(CHUNK).enumerate() {
        let next = AtomicUsize::new(0);
        let mut panics: Vec<String> = Vec::new();
        let mut results: Vec<(usize, Result<RenderedLetter>)> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads.min(chunk.len()))
                .map(|_| {
                    s.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some((g, stage, deadline)) = chunk.get(i) else {
                                break;
                            };
                            mine.push((
                                i,
                                render_gathered(g, *stage, today, *deadline, None, assets),
                            ));
                            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                        }
                        mine
                    })
                })
                .collect();
            // A render thread that panicked loses the letters it held: they are named as
            // failed below, never silently dropped.
            let mut all = Vec::new();
            for h in handles {
                match h.join() {
                    Ok(mine) => all.extend(mine),
                    Err(payload) => panics.push(panic_text(payload.as_ref())),
                }
            }
            all
        });
        if !panics.is_empty() {
            let have: std::collections::HashSet<usize> = results.iter().map(|(i, _)| *i).collect();
            let lost = chunk.iter().enumerate().filter(|(i, _)| !have.contains(i));
            for (_, (g, stage, _)) in lost {
                summary.failed.push(t!(
                    "err-run-render-panicked",
                    invoice = g.case.invoice.number.clone(),
                    stage = stage.name(),
                    error = panics.join("; ")
                ));
            }
        }
        results.sort_by_key(|(i, _)| *i);
        let offset = c * CHUNK;
        for (i, result) in results {
            record_one(
                ledger,
                &jobs[offset + i],
                result,
                today,
                out,
                how,
                assets,
                &mut summary,
                recorded,
            )?;
        }
    }
    Ok(summary)
}

/// What a panic said, when it said something.
fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

/// How many letters are rendered before they are written and recorded.
const CHUNK: usize = 256;

/// Writes (and unless a dry run, records) one rendered letter.
#[allow(clippy::too_many_arguments)]
fn record_one(
    ledger: &mut Ledger,
    job: &(Gathered, Stage, NaiveDate),
    result: Result<RenderedLetter>,
    today: NaiveDate,
    out: &Path,
    RunHow {
        dry_run,
        deliver,
        without_enclosures,
    }: RunHow,
    assets: &LetterAssets,
    summary: &mut RunSummary,
    recorded: &dyn Fn(&RunItem),
) -> Result<()> {
    let (g, stage, _) = job;
    let number = g.case.invoice.number.clone();
    let numbers: Vec<String> = std::iter::once(&g.case)
        .chain(&g.more)
        .map(|c| c.invoice.number.clone())
        .collect();
    let rendered = match result {
        Ok(r) => r,
        Err(e) => {
            summary.failed.push(format!("{number}: {e}"));
            return Ok(());
        }
    };
    let mut path = out.join(letters_file_name(&numbers, *stage));
    let mut item = RunItem {
        invoice: number.clone(),
        invoices: numbers.clone(),
        client: g.client.name.clone(),
        stage: *stage,
        path: path.clone(),
        recorded: false,
        skipped: None,
        warnings: rendered.model.warnings.clone(),
        letter_id: None,
        delivery_id: None,
    };
    // A run attaches no file: a letter whose enclosures would not go is held back.
    if !dry_run
        && deliver == Some(Channel::Email)
        && !enclosures_covered(&rendered.model.enclosures, 0, without_enclosures)
    {
        item.skipped = Some(t!(
            "msg-run-held-enclosures",
            enclosures = rendered.model.enclosures.join("; "),
            invoice = number.as_str()
        ));
        summary.held += 1;
        summary.items.push(item);
        return Ok(());
    }
    // The file first, under a temporary name: a letter is recorded only if its PDF could
    // be written, and the file takes its real name only once the letter is recorded.
    let tmp = path.with_extension("pdf.part");
    let fail = |what: String, summary: &RunSummary| {
        ActionError::Refused(t!(
            "err-run-stopped",
            what = what,
            recorded = recorded_so_far(summary)
        ))
    };
    write_private(&tmp, &rendered.pdf).map_err(|e| {
        fail(
            t!(
                "err-run-cannot-write",
                path = tmp.display().to_string(),
                error = e.to_string()
            ),
            summary,
        )
    })?;
    if !dry_run {
        // Record inside its own transaction, re-checking the engine there for each
        // invoice: one paid or disputed meanwhile drops out of the letter.
        let ids: Vec<InvoiceId> = std::iter::once(&g.case)
            .chain(&g.more)
            .map(|c| c.invoice.id)
            .collect();
        let outcome = ledger.write(|tx| -> Result<std::result::Result<_, String>> {
            let policy = tx.policy()?;
            let mut kept = Vec::new();
            let mut left_out = Vec::new();
            for id in &ids {
                let case = tx.case(*id)?;
                match stage_to_send(&case, &policy, Some(*stage), false, today) {
                    Ok(_) => kept.push(case),
                    Err(ActionError::Refused(why)) => left_out.push(t!(
                        "msg-run-left-out",
                        invoice = case.invoice.number.as_str(),
                        reason = why
                    )),
                    Err(e) => return Err(e),
                }
            }
            if kept.is_empty() {
                return Ok(Err(left_out.join("; ")));
            }
            let sent = record_letter(
                tx,
                kept,
                *stage,
                None,
                today,
                assets,
                Some((g, rendered.clone())),
            )?;
            // The delivery is queued with the letter, in its transaction (the outbox).
            let delivery = match deliver {
                Some(Channel::Email) => Some(queue_email(
                    tx,
                    sent.letter_id,
                    today,
                    assets.data_dir.as_deref(),
                    &EmailExtras {
                        files: Vec::new(),
                        without_enclosures,
                    },
                )?),
                Some(Channel::Print) => Some(queue_print(tx, sent.letter_id, today)?),
                Some(Channel::Draft) | None => None,
            };
            Ok(Ok((sent, left_out, delivery)))
        });
        match outcome {
            Ok(Ok((sent, left_out, delivery))) => {
                item.recorded = true;
                item.letter_id = Some(sent.letter_id);
                item.delivery_id = delivery;
                summary.recorded += 1;
                item.warnings.clone_from(&sent.warnings);
                item.warnings.extend(left_out);
                // Composed again inside the transaction (the facts changed): the file
                // must be the letter stored, named after the invoices it covers.
                if sent.invoices != item.invoices {
                    path = out.join(letters_file_name(&sent.invoices, *stage));
                    item.path = path.clone();
                    item.invoices = sent.invoices.clone();
                    item.invoice = sent.invoice.clone();
                }
                if sent.pdf != rendered.pdf {
                    write_private(&tmp, &sent.pdf).map_err(|e| {
                        fail(
                            t!(
                                "err-run-pdf-not-written",
                                invoice = number.as_str(),
                                stage = stage.name(),
                                path = tmp.display().to_string(),
                                error = e.to_string()
                            ),
                            summary,
                        )
                    })?;
                }
            }
            Ok(Err(why)) => {
                let _ = std::fs::remove_file(&tmp);
                item.skipped = Some(t!("msg-run-ledger-changed", reason = why));
                summary.skipped += 1;
                summary.items.push(item);
                return Ok(());
            }
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                summary.failed.push(format!("{number}: {e}"));
                return Ok(());
            }
        }
    }
    let renamed = std::fs::rename(&tmp, &path);
    if item.recorded {
        recorded(&item);
    }
    summary.rendered += 1;
    summary.items.push(item);
    renamed.map_err(|e| {
        fail(
            t!(
                "err-run-cannot-name",
                from = tmp.display().to_string(),
                to = path.display().to_string(),
                error = e.to_string()
            ),
            summary,
        )
    })?;
    Ok(())
}

/// Writes a file readable by the user only.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut file = opts.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// "3 letters were recorded before it: 2026/001 (reminder) in DIR/2026-001_reminder.pdf, …".
fn recorded_so_far(summary: &RunSummary) -> String {
    let done: Vec<&RunItem> = summary.items.iter().filter(|i| i.recorded).collect();
    if done.is_empty() {
        return t!("msg-run-none-recorded");
    }
    let list: Vec<String> = done
        .iter()
        .take(20)
        .map(|i| {
            t!(
                "msg-run-recorded-item",
                invoice = i.invoice.as_str(),
                stage = i.stage.name(),
                path = i.path.display().to_string()
            )
        })
        .collect();
    let more = done.len().saturating_sub(20);
    t!(
        "msg-run-recorded-before",
        count = done.len(),
        list = list.join(", "),
        more = more
    )
}
