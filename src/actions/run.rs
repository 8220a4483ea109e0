//! `overdue run`: the whole due queue at once.
//!
//! The letters are rendered in parallel on every core from one consistent read of the
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

use super::letters::{Gathered, LetterAssets, RenderedLetter, letter_file_name, render_gathered};
use super::record::{record_letter, stage_to_send};
use super::{ActionError, Result};
use crate::domain::ladder::{self, NextAction, Stage};
use crate::domain::party::{Client, ClientId};
use crate::ledger::{CaseFilter, Ledger};
use crate::t;

/// One letter of a run.
#[derive(Clone, Debug, Serialize)]
pub struct RunItem {
    /// Invoice number.
    pub invoice: String,
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
    /// Letters that could not be rendered, with the reason.
    pub failed: Vec<String>,
    /// Every letter.
    pub items: Vec<RunItem>,
}

/// Renders (and unless `dry_run`, records) every letter due on `today` into `out`.
/// `progress(done, total)` is called as letters are rendered, and `recorded(item)`
/// right after each letter's transaction commits.
pub fn run(
    ledger: &mut Ledger,
    today: NaiveDate,
    out: &Path,
    dry_run: bool,
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
    // One consistent read: every due case with what its letter needs.
    let jobs: Vec<(Gathered, Stage, NaiveDate)> = ledger.read(|tx| -> Result<_> {
        let policy = tx.policy()?;
        let profile = tx.profile()?.map(Arc::new);
        let logo: Option<Arc<[u8]>> = tx.logo()?.map(Arc::from);
        let demo = tx.is_demo()?;
        let mut due = Vec::new();
        tx.each_case_for_engine(today, |case| {
            if let NextAction::Send { stage, deadline } =
                ladder::next_action(&case.case(), &policy, today)
            {
                due.push((case.invoice.id, stage, deadline));
            }
        })?;
        let mut jobs = Vec::with_capacity(due.len());
        let clients: HashMap<ClientId, Client> =
            tx.clients()?.into_iter().map(|c| (c.id, c)).collect();
        for (id, stage, deadline) in due {
            let case = tx.cases(CaseFilter::One(id))?.into_iter().next();
            let Some(case) = case else { continue };
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
                    policy: policy.clone(),
                    // A run shows no preview; corrections are reported by `letter`.
                    changed: Vec::new(),
                    demo,
                },
                stage,
                deadline,
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
                dry_run,
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
    dry_run: bool,
    assets: &LetterAssets,
    summary: &mut RunSummary,
    recorded: &dyn Fn(&RunItem),
) -> Result<()> {
    let (g, stage, _) = job;
    let number = g.case.invoice.number.clone();
    let rendered = match result {
        Ok(r) => r,
        Err(e) => {
            summary.failed.push(format!("{number}: {e}"));
            return Ok(());
        }
    };
    let path = out.join(letter_file_name(&number, *stage));
    let mut item = RunItem {
        invoice: number.clone(),
        stage: *stage,
        path: path.clone(),
        recorded: false,
        skipped: None,
        warnings: rendered.model.warnings.clone(),
    };
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
        // Record inside its own transaction, re-checking the engine there.
        let id = g.case.invoice.id;
        let outcome = ledger.write(|tx| -> Result<std::result::Result<_, String>> {
            let case = tx.case(id)?;
            let policy = tx.policy()?;
            match stage_to_send(&case, &policy, Some(*stage), false, today) {
                Ok((s, _)) => Ok(Ok(record_letter(
                    tx,
                    case,
                    s,
                    None,
                    today,
                    assets,
                    Some(rendered.clone()),
                )?)),
                Err(ActionError::Refused(why)) => Ok(Err(why)),
                Err(e) => Err(e),
            }
        });
        match outcome {
            Ok(Ok(sent)) => {
                item.recorded = true;
                summary.recorded += 1;
                // Rendered again inside the transaction (the facts changed): the file
                // must be the letter stored.
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
