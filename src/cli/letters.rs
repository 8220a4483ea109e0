//! The CLI's letter commands: `letter`, `send`, `letters export`, `run`, `claim`, `rates`
//! and `templates`.

use anyhow::{Context, bail};
use chrono::NaiveDate;
use std::io::IsTerminal;
use std::path::Path;

use super::args::{LettersCmd, RatesCmd};
use super::{output, stage_arg, write_new_file};
use crate::actions::{self, LetterAssets};
use crate::domain::party::Language;
use crate::domain::rates::percent;
use crate::ledger::Ledger;
use crate::present::Day;

/// Writes a PDF the user asked for, creating its folder if needed.
pub(super) fn write_pdf(out: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("{}", parent.display()))?;
    }
    write_new_file(out, bytes)
}

fn warnings(list: &[String]) {
    for w in list {
        say!("warning: {w}");
    }
}

fn lang_arg(lang: Option<String>) -> anyhow::Result<Option<Language>> {
    Ok(match lang {
        Some(l) => Some(
            l.parse::<Language>()
                .map_err(|e| anyhow::anyhow!("lang: {e}"))?,
        ),
        None => None,
    })
}

/// `overdue letter`: a preview that records nothing.
#[allow(clippy::too_many_arguments)]
pub(super) fn letter(
    ledger: &mut Ledger,
    number: &str,
    stage: Option<String>,
    lang: Option<String>,
    only: bool,
    out: &Path,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let assets = LetterAssets::for_ledger(ledger)?;
    let preview = if only {
        actions::preview_only
    } else {
        actions::preview
    };
    let r = preview(
        ledger,
        number,
        stage_arg(stage)?,
        lang_arg(lang)?,
        today,
        &assets,
    )?;
    write_pdf(out, &r.pdf)?;
    let m = &r.model;
    if json {
        return output::json(&serde_json::json!({
            "invoice": number,
            "invoices": m.items.iter().map(|i| i.invoice.as_str()).collect::<Vec<_>>(),
            "stage": m.stage,
            "language": m.lang,
            "file": out,
            "deadline": m.deadline,
            "balance_minor": m.balance_minor,
            "interest_minor": m.interest_minor,
            "compensation_minor": m.compensation_minor,
            "total_minor": m.total_due_minor,
            "currency": m.currency.code(),
            "sha256": r.sha256,
            "warnings": m.warnings,
        }));
    }
    say!(
        "Preview of the {} ({}) for {} written to {} (nothing recorded).",
        m.stage.title(),
        m.title,
        m.invoice_number,
        out.display()
    );
    say!(
        "It asks for {} by {}.",
        output::money(m.total_due_minor, m.currency),
        Day(m.deadline)
    );
    warnings(&m.warnings);
    Ok(())
}

/// How `overdue send` was asked to send.
pub(super) struct SendHow {
    /// The stage asked for.
    pub(super) stage: Option<String>,
    /// `--force`.
    pub(super) force: bool,
    /// `--only`: this invoice alone.
    pub(super) only: bool,
}

/// `overdue send NUMBER`.
pub(super) fn send(
    ledger: &mut Ledger,
    number: &str,
    how: SendHow,
    out: Option<&Path>,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let assets = LetterAssets::for_ledger(ledger)?;
    let sent = actions::send(
        ledger,
        number,
        stage_arg(how.stage)?,
        how.force,
        how.only,
        today,
        &assets,
    )?;
    if copy_or_json(out, &sent.pdf, json, &sent)? {
        return Ok(());
    }
    say_sent(&sent);
    say!(
        "The PDF is stored in the ledger (sha256 {}).{}",
        sent.sha256,
        match out {
            Some(p) => format!(" A copy is in {}.", p.display()),
            None => format!(
                " Get it with: overdue letters export {} --out DIR",
                sent.invoice
            ),
        }
    );
    warnings(&sent.warnings);
    Ok(())
}

/// After a letter is recorded: writes the copy asked for with `--out`, and prints the
/// JSON when asked (true: nothing more to say).
fn copy_or_json<T: serde::Serialize>(
    out: Option<&Path>,
    pdf: &[u8],
    json: bool,
    sent: &T,
) -> anyhow::Result<bool> {
    if let Some(out) = out {
        write_pdf(out, pdf)?;
    }
    if json {
        output::json(sent)?;
    }
    Ok(json)
}

/// "Recorded the formal demand to Rossi S.r.l. for 2026/001, 2026/002 as sent on …".
pub(super) fn say_sent(sent: &actions::SentLetter) {
    let forced = if sent.forced { " (forced; logged)" } else { "" };
    let what = match sent.invoices.len() {
        0 | 1 => sent.invoice.clone(),
        n => format!("{n} invoices ({})", sent.invoices.join(", ")),
    };
    say!(
        "Recorded the {} to {} for {what} as sent on {}{forced}; deadline {}, asking for {}.",
        sent.stage.title(),
        sent.client,
        Day(sent.sent),
        Day(sent.deadline),
        output::money(sent.total_minor, sent.currency)
    );
}

/// `overdue send --client`.
pub(super) fn send_client(
    ledger: &mut Ledger,
    client: &str,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let assets = LetterAssets::for_ledger(ledger)?;
    let sent = actions::send_client(ledger, client, today, &assets)?;
    if json {
        return output::json(&sent);
    }
    for s in &sent {
        say_sent(s);
        warnings(&s.warnings);
    }
    say!(
        "Their PDFs are stored in the ledger. Get them with: overdue letters export NUMBER --out DIR"
    );
    Ok(())
}

/// `overdue letters due` and `overdue letters export`.
pub(super) fn letters(
    ledger: &mut Ledger,
    cmd: LettersCmd,
    today: NaiveDate,
) -> anyhow::Result<()> {
    match cmd {
        LettersCmd::Due { json } => {
            let plans = actions::letters_due(ledger, today)?;
            if json {
                return output::json(&plans);
            }
            output::letters_due(&plans);
            Ok(())
        }
        LettersCmd::Export { number, out } => {
            let list = actions::export_letters(ledger, &number, &out)?;
            if list.is_empty() {
                say!("No letter was sent for {number}.");
            }
            for l in list {
                match l.path {
                    Some(p) => say!("{} of {}: {}", l.stage.title(), Day(l.sent), p.display()),
                    None => say!(
                        "{} of {}: recorded without a PDF (sent before letters were rendered)",
                        l.stage.title(),
                        l.sent
                    ),
                }
            }
            Ok(())
        }
    }
}

/// With --verbose, a line for each invoice of each letter as the letter is recorded
/// (after its commit): a script, or a user watching, knows exactly what was sent if
/// the run is interrupted.
pub(super) fn say_recorded(verbose: bool) -> impl Fn(&actions::RunItem) {
    move |item: &actions::RunItem| {
        if verbose {
            for invoice in &item.invoices {
                say!("recorded {invoice} {}", item.stage);
            }
        }
    }
}

/// `overdue run`.
pub(super) fn run(
    ledger: &mut Ledger,
    out: &Path,
    dry_run: bool,
    verbose: bool,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let assets = LetterAssets::for_ledger(ledger)?;
    let tty = std::io::stderr().is_terminal();
    let started = std::time::Instant::now();
    let progress = |done: usize, total: usize| {
        if tty && (done == total || done.is_multiple_of(10)) {
            let width = 30;
            let filled = done * width / total.max(1);
            eprint!(
                "\r[{}{}] {done}/{total} letters",
                "#".repeat(filled),
                " ".repeat(width - filled)
            );
            if done == total {
                eprintln!();
            }
        }
    };
    let recorded = say_recorded(verbose);
    let summary = actions::run(
        ledger,
        today,
        out,
        actions::RunHow {
            without_enclosures: false,
            dry_run,
            deliver: None,
        },
        &assets,
        &progress,
        &recorded,
    )?;
    let secs = started.elapsed().as_secs_f64();
    if json {
        return output::json(&summary);
    }
    let mut stale: Vec<String> = summary
        .items
        .iter()
        .flat_map(|i| i.warnings.clone())
        .collect();
    stale.sort();
    stale.dedup();
    for item in summary.items.iter().filter(|i| i.skipped.is_some()) {
        say!(
            "skipped {} ({}): {}",
            item.invoice,
            item.stage.title(),
            item.skipped.clone().unwrap_or_default()
        );
    }
    for f in &summary.failed {
        say!("failed: {f}");
    }
    let covered: usize = summary
        .items
        .iter()
        .filter(|i| i.skipped.is_none())
        .map(|i| i.invoices.len())
        .sum();
    say!(
        "{} written to {} in {secs:.2} s, covering {}; {}.",
        crate::present::count(summary.rendered, "letter", "letters"),
        out.display(),
        crate::present::count(covered, "invoice", "invoices"),
        if dry_run {
            "dry run: nothing recorded".to_string()
        } else {
            format!(
                "{} recorded as sent, {} skipped",
                summary.recorded, summary.skipped
            )
        }
    );
    if stale.len() > 5 {
        say!("{} distinct warnings; the first five:", stale.len());
    }
    warnings(&stale.into_iter().take(5).collect::<Vec<_>>());
    if !summary.failed.is_empty() {
        bail!("{} letters could not be rendered", summary.failed.len());
    }
    Ok(())
}

/// `overdue claim`.
pub(super) fn claim(
    ledger: &mut Ledger,
    number: &str,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let assets = LetterAssets::for_ledger(ledger)?;
    let (view, _) = actions::claim(ledger, number, today, &assets)?;
    if json {
        return output::json(&view);
    }
    let cur: crate::domain::money::Currency = view.currency.parse()?;
    say!("Claim on {} as of {}", view.invoice, Day(today));
    say!("Basis: {}", view.basis);
    if !view.rate_formula.is_empty() {
        say!("Rate: {}", view.rate_formula);
    }
    match view.default_from {
        Some(d) => say!("Interest runs from {}: {}", Day(d), view.default_reason),
        None => say!("No interest runs: {}", view.default_reason),
    }
    let rows: Vec<Vec<String>> = view
        .periods
        .iter()
        .map(|p| {
            vec![
                Day(p.from).to_string(),
                Day(p.to).to_string(),
                p.days.to_string(),
                output::money(p.principal_minor, cur),
                format!("{} %", p.rate_percent),
                output::money(p.interest_minor, cur),
            ]
        })
        .collect();
    if rows.is_empty() {
        say!("No interest periods.");
    } else {
        output::table(
            &["FROM", "TO", "DAYS", "ON", "RATE", "INTEREST"],
            &[false, false, true, true, true, true],
            &rows,
        );
    }
    say!("Balance:      {}", output::money(view.principal_minor, cur));
    say!("Interest:     {}", output::money(view.interest_minor, cur));
    say!(
        "Compensation: {}",
        output::money(view.compensation_minor, cur)
    );
    say!("Total:        {}", output::money(view.total_minor, cur));
    if view.daily_minor > 0 {
        say!(
            "Interest continues at {} a day.",
            output::money(view.daily_minor, cur)
        );
    }
    warnings(&view.warnings);
    Ok(())
}

/// `overdue rates` and `overdue rates set`.
pub(super) fn rates(
    ledger: &mut Ledger,
    cmd: Option<RatesCmd>,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    if let Some(RatesCmd::Set {
        table,
        from,
        rate,
        source,
    }) = cmd
    {
        let e = actions::set_rate(ledger, &table, &from, &rate, &source)?;
        if json {
            return output::json(&e);
        }
        say!(
            "{} from {} ({}): {} %, source: {}",
            e.series,
            e.from,
            e.series.period_name(e.from),
            percent(e.bp),
            e.source
        );
        say!(
            "Written to {}; the next claim uses it. Letters already sent keep what they said.",
            e.file
        );
        return Ok(());
    }
    let assets = LetterAssets::for_ledger(ledger)?;
    let view = actions::rates(&assets, today);
    if json {
        return output::json(&view);
    }
    let rows: Vec<Vec<String>> = view
        .entries
        .iter()
        .map(|e| {
            vec![
                e.table.to_string(),
                e.period.clone(),
                e.from.to_string(),
                format!("{} %", e.rate_percent),
                serde_json::to_value(e.origin)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                e.source.clone(),
            ]
        })
        .collect();
    output::table(
        &["TABLE", "PERIOD", "FROM", "RATE", "ORIGIN", "SOURCE"],
        &[false, false, false, true, false, false],
        &rows,
    );
    warnings(&view.warnings);
    Ok(())
}

/// `overdue statement --send`.
pub(super) fn send_statement(
    ledger: &mut Ledger,
    client: &str,
    today: NaiveDate,
    from: Option<NaiveDate>,
    lang: Option<Language>,
    out: Option<&Path>,
    json: bool,
) -> anyhow::Result<()> {
    let sent = actions::send_statement(ledger, client, today, (from, lang), None)?;
    if copy_or_json(out, &sent.pdf, json, &sent)? {
        return Ok(());
    }
    say_statement(&sent, out);
    Ok(())
}

/// "Recorded the statement of account of … as sent on …", and its warnings.
pub(super) fn say_statement(sent: &actions::SentStatement, out: Option<&Path>) {
    say!(
        "Recorded the statement of account of {} as sent on {} ({}); its PDF is stored (sha256 {}).",
        sent.client,
        Day(sent.sent),
        crate::present::count(sent.invoices.len(), "open invoice", "open invoices"),
        sent.sha256
    );
    if let Some(out) = out {
        say!("A copy is in {}.", out.display());
    }
    warnings(&sent.warnings);
}

/// `overdue statement`: shown, or written as PDF; records nothing.
pub(super) fn statement(
    ledger: &mut Ledger,
    client: &str,
    today: NaiveDate,
    from: Option<NaiveDate>,
    lang: Option<Language>,
    out: Option<&Path>,
    json: bool,
) -> anyhow::Result<()> {
    let s = match out {
        Some(out) => {
            let (s, letter) = actions::statement_letter(ledger, client, today, from, lang)?;
            write_pdf(out, &letter.pdf)?;
            if !json {
                say!(
                    "Statement of account of {} as of {} written to {} (nothing recorded).",
                    s.client,
                    Day(today),
                    out.display()
                );
                warnings(&letter.model.warnings);
            }
            s
        }
        None => actions::client_statement(ledger, client, today, from)?,
    };
    if json {
        return output::json(&s);
    }
    output::statement(&s);
    Ok(())
}

/// `overdue interest letter`.
pub(super) fn interest_letter(
    ledger: &mut Ledger,
    number: &str,
    out: Option<&Path>,
    dry_run: bool,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    if dry_run {
        let r = actions::preview_interest_letter(ledger, number, today)?;
        if let Some(out) = out {
            write_pdf(out, &r.pdf)?;
        }
        if json {
            return output::json(&serde_json::json!({
                "invoice": number,
                "total_minor": r.model.total_due_minor,
                "currency": r.model.currency.code(),
                "deadline": r.model.deadline,
                "file": out,
                "warnings": r.model.warnings,
            }));
        }
        say!(
            "Preview of the letter about the interest alone for {number} written (nothing recorded): it asks for {} by {}.",
            output::money(r.model.total_due_minor, r.model.currency),
            Day(r.model.deadline)
        );
        warnings(&r.model.warnings);
        return Ok(());
    }
    let sent = actions::send_interest_letter(ledger, number, today, None)?;
    if copy_or_json(out, &sent.pdf, json, &sent)? {
        return Ok(());
    }
    say_interest(&sent);
    Ok(())
}

/// "Recorded the letter about the interest alone to … as sent on …", and its warnings.
pub(super) fn say_interest(sent: &actions::SentInterestLetter) {
    say!(
        "Recorded the letter about the interest alone to {} for {} as sent on {}; it asks for {} by {} (sha256 {}).",
        sent.client,
        sent.invoice,
        Day(sent.sent),
        output::money(sent.total_minor, sent.currency),
        Day(sent.deadline),
        sent.sha256
    );
    warnings(&sent.warnings);
}
