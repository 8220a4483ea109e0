//! The headless face of Overdue: every action from the command line.
//!
//! Tests and users' scripts drive Overdue through here, so every command takes `--db` and
//! `--today`, every list has `--json`, and every failure is one sentence on stderr with
//! exit code 1 (usage errors exit 2, from clap).

/// Prints a line on stdout. A closed stdout (`overdue due | head`) is not an error to
/// report, and `println!` would panic on it: the output simply ends there.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod args;
mod args_nouns;
mod delivery;
mod email_more;
mod letters;
mod nouns;
mod output;
mod templates;
mod window;

pub use args::Cli;
use args::{
    ClientCmd, Command, InterestCmd, InvoiceCmd, LogCmd, PaymentCmd, PolicyCmd, ProfileCmd,
    TemplatesCmd, UndoCmd,
};
use nouns::{client, import_csv, invoice, policy, profile};

use anyhow::{Context, bail};
use chrono::NaiveDate;
use std::path::PathBuf;

use crate::actions;
use crate::domain::ladder::Stage;
use crate::ledger::{self, Ledger};
use crate::present::count;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match run_inner(cli) {
        Err(e) if output::is_broken_pipe(&e) => Ok(()),
        other => other,
    }
}

fn run_inner(cli: Cli) -> anyhow::Result<()> {
    let now = chrono::Local::now().date_naive();
    let writer = cli.command.as_ref().is_none_or(writes);
    // A --today that reads the same in any convention is checked before the ledger is
    // touched; one that needs the profile's convention, once the ledger is open.
    let early = match cli.today.as_deref() {
        None => Some(now),
        Some(t) => match crate::domain::dates::parse_date(t, cli.date_format) {
            Ok(d) => Some(d),
            Err(crate::domain::dates::DateError::Ambiguous(_)) => None,
            Err(e) => bail!("--today: {e}"),
        },
    };
    if let Some(today) = early {
        refuse_future(writer, today, now)?;
    }
    let path = ledger_path(cli.db)?;
    let mut ledger = match (Ledger::open(&path), &cli.command) {
        (Ok(l), _) => l,
        // A ledger that no longer opens can still be restored over: it is moved aside
        // (never deleted), and the backup goes into a new file in its place.
        (Err(e), Some(Command::Restore { file, .. })) => {
            ledger::backup::check_backup(file)?;
            let aside = ledger::backup::move_aside(&path)?;
            eprintln!(
                "overdue: the ledger did not open ({e}); it was moved to {}",
                aside.display()
            );
            Ledger::open(&path)?
        }
        (Err(e), _) => return Err(e.into()),
    };
    // Slash dates follow --date-format, else the profile's country; amounts and dates are
    // printed in --locale, else the profile's language.
    let profile = actions::profile(&mut ledger).ok().flatten();
    let convention = profile.as_ref().map(|p| p.country.slash_order());
    actions::set_date_order(cli.date_format, convention);
    if let Some(lang) = cli.locale.or(profile.map(|p| p.language)) {
        crate::present::set_process_locale(lang);
    }
    let today = match early {
        Some(d) => d,
        None => {
            let d = actions::date_field("--today", cli.today.as_deref().unwrap_or_default())?;
            refuse_future(writer, d, now)?;
            d
        }
    };
    // Once a day, on the first write: a backup in `backups/`, the last 14 kept, named by
    // the system clock (a replay of another day writes none). A failed backup is reported
    // but does not stop the command the user asked for.
    if writer && let Err(e) = ledger.daily_backup(now) {
        eprintln!("overdue: warning: today's automatic backup failed: {e}");
    }
    match cli.command {
        None => window::window(&mut ledger, today),
        Some(cmd) => dispatch(&mut ledger, cmd, today),
    }
}

/// Reading any day is free; writing one that has not happened yet is not.
fn refuse_future(writer: bool, today: NaiveDate, now: NaiveDate) -> anyhow::Result<()> {
    if writer && today > now && !future_allowed() {
        bail!(
            "{} is in the future; Overdue records what happened (to replay a future day, read it; OVERDUE_ALLOW_FUTURE=1 lets tests and demos write it)",
            crate::present::Day(today)
        );
    }
    Ok(())
}

/// `OVERDUE_ALLOW_FUTURE=1`: tests and demos may write a day after the system date.
pub fn future_allowed() -> bool {
    std::env::var("OVERDUE_ALLOW_FUTURE").is_ok_and(|v| v == "1")
}

/// Whether a command writes to the ledger (or the rate and template files beside it).
/// The window counts as one.
fn writes(cmd: &Command) -> bool {
    match cmd {
        Command::Due { .. }
        | Command::Letter { .. }
        | Command::Statement { send: false, .. }
        | Command::Letters(_)
        | Command::Claim { .. }
        | Command::History { .. }
        | Command::Export { .. } => false,
        Command::Rates { cmd, .. } => cmd.is_some(),
        Command::Run { dry_run, .. } => !dry_run,
        Command::Import(a) => !a.dry_run,
        Command::Profile(ProfileCmd::Show { .. }) | Command::Policy(PolicyCmd::Show { .. }) => {
            false
        }
        Command::Client(ClientCmd::List { .. } | ClientCmd::Show { .. }) => false,
        Command::Invoice(InvoiceCmd::List { .. } | InvoiceCmd::Show { .. }) => false,
        Command::Templates(
            TemplatesCmd::List | TemplatesCmd::Show { .. } | TemplatesCmd::Check { .. },
        ) => false,
        Command::Backup { list, .. } => !list,
        Command::Mail(args::MailCmd::Show { .. } | args::MailCmd::Test { .. }) => false,
        Command::Outbox { cmd: None, .. } => false,
        Command::Statement { send: true, .. } => true,
        Command::Interest(InterestCmd::Letter { dry_run, .. }) => !dry_run,
        _ => true,
    }
}

/// `--db`, then `OVERDUE_DB` (clap reads both), then the platform data dir.
fn ledger_path(db: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    match db {
        Some(p) => Ok(p),
        None => ledger::default_path().context("cannot find the platform data dir; give --db PATH"),
    }
}

pub(crate) fn stage_arg(stage: Option<String>) -> anyhow::Result<Option<Stage>> {
    Ok(match stage {
        Some(s) => Some(
            s.parse::<Stage>()
                .map_err(|e| anyhow::anyhow!("stage: {e}"))?,
        ),
        None => None,
    })
}

fn dispatch(ledger: &mut Ledger, cmd: Command, today: NaiveDate) -> anyhow::Result<()> {
    match cmd {
        Command::Profile(c) => profile(ledger, c),
        Command::Policy(c) => policy(ledger, c),
        Command::Client(c) => client(ledger, c, today),
        Command::Invoice(c) => invoice(ledger, c, today),
        Command::Payment(PaymentCmd::Add {
            invoice,
            date,
            amount,
            method,
            note,
        }) => {
            let (left, id) = actions::record_payment(
                ledger,
                &invoice,
                &date,
                &amount,
                method.as_deref(),
                note.as_deref(),
                today,
            )?;
            // Echo the date as it was read: 04/11/2026 is 4 November for a European.
            let on = crate::present::long_day(actions::date_field("date", &date)?);
            if id > 0 {
                say!(
                    "Payment dated {on} recorded on {invoice} (payment {id}); balance now {left}."
                );
            } else {
                say!(
                    "Interest and compensation received on {invoice}, dated {on}; balance now {left}."
                );
            }
            Ok(())
        }
        Command::Payment(PaymentCmd::Void { id, reason }) => {
            let (number, left) = actions::void_payment(ledger, id, reason.as_deref(), today)?;
            say!("Payment {id} on {number} voided; balance now {left}.");
            Ok(())
        }
        Command::Log(LogCmd::Add {
            invoice,
            kind,
            text,
        }) => {
            actions::log_event(ledger, &invoice, &kind, &text, today)?;
            say!("Logged a {} on {invoice}.", kind.trim().to_lowercase());
            Ok(())
        }
        Command::Dispute {
            action,
            invoice,
            text,
        } => {
            let open = action == "open";
            actions::dispute(ledger, &invoice, open, &text, today)?;
            let what = if open {
                "opened: the ladder is paused"
            } else {
                "resolved: the ladder resumes"
            };
            say!("Dispute on {invoice} {what}.");
            Ok(())
        }
        Command::Promise {
            invoice,
            until,
            text,
        } => {
            actions::promise(ledger, &invoice, &until, &text, today)?;
            let by = crate::present::long_day(actions::date_field("until", &until)?);
            say!("Promise to pay on {invoice} by {by} logged; no letter until it has passed.");
            Ok(())
        }
        Command::Pause {
            invoice,
            until,
            text,
        } => {
            actions::pause(ledger, &invoice, &until, &text, today)?;
            let on = crate::present::long_day(actions::date_field("until", &until)?);
            say!("Ladder for {invoice} paused; it resumes on {on}.");
            Ok(())
        }
        Command::Writeoff {
            undo: Some(UndoCmd::Undo { number, reason }),
            ..
        } => {
            actions::undo_writeoff(ledger, &number, reason.as_deref(), today)?;
            say!("The write-off of {number} is undone; the ladder resumes where it stood.");
            Ok(())
        }
        Command::Writeoff { invoice, text, .. } => {
            let Some(invoice) = invoice else {
                bail!(
                    "invoice: give --invoice NUMBER (or: overdue writeoff undo NUMBER --reason ..)"
                );
            };
            if text.trim().is_empty() {
                bail!("text: say why the invoice is written off (--text)");
            }
            actions::write_off(ledger, &invoice, &text, today)?;
            say!("{invoice} written off.");
            Ok(())
        }
        Command::Due { all, json } => {
            let rows = actions::due_queue(ledger, today, all)?;
            if json {
                return output::json_rows(&rows);
            }
            output::due(&rows, all);
            Ok(())
        }
        Command::Send {
            client: Some(client),
            email: true,
            attach,
            without_enclosures,
            json,
            ..
        } => delivery::send_email(
            ledger,
            delivery::SendTarget::Client(client),
            (&attach, without_enclosures),
            None,
            json,
            today,
        ),
        Command::Send {
            client: Some(client),
            json,
            ..
        } => letters::send_client(ledger, &client, json, today),
        Command::Send {
            number,
            client: None,
            stage,
            force,
            only,
            out,
            email,
            attach,
            without_enclosures,
            json,
        } => {
            let number = number.unwrap_or_default();
            let how = letters::SendHow { stage, force, only };
            if email {
                return delivery::send_email(
                    ledger,
                    delivery::SendTarget::Invoice { number, how },
                    (&attach, without_enclosures),
                    out.as_deref(),
                    json,
                    today,
                );
            }
            letters::send(ledger, &number, how, out.as_deref(), json, today)
        }
        Command::Draft {
            number,
            out,
            open,
            attach,
            without_enclosures,
            json,
        } => delivery::draft(
            ledger,
            &number,
            &out,
            (&attach, without_enclosures),
            open,
            json,
            today,
        ),
        Command::Outbox { cmd, all, json } => delivery::outbox(ledger, cmd, all, json),
        Command::Mail(c) => delivery::mail(ledger, c),
        Command::Letter {
            number,
            only,
            stage,
            lang,
            out,
            json,
        } => letters::letter(ledger, &number, stage, lang, only, &out, json, today),
        Command::Statement {
            client,
            out,
            activity,
            from,
            lang,
            send,
            email,
            attach,
            json,
        } => {
            let from = match (activity, from) {
                (true, Some(d)) => Some(actions::date_field("--from", &d)?),
                _ => None,
            };
            if email {
                return email_more::statement(
                    ledger,
                    &client,
                    today,
                    (from, lang),
                    (&attach, out.as_deref()),
                    json,
                );
            }
            if send {
                return letters::send_statement(
                    ledger,
                    &client,
                    today,
                    from,
                    lang,
                    out.as_deref(),
                    json,
                );
            }
            letters::statement(ledger, &client, today, from, lang, out.as_deref(), json)
        }
        Command::Letters(c) => letters::letters(ledger, c, today),
        Command::Run {
            out,
            dry_run,
            verbose,
            json,
            email,
            print,
            without_enclosures,
        } => match (email, print, out) {
            (false, None, Some(out)) => letters::run(ledger, &out, dry_run, verbose, json, today),
            (email, print, out) => delivery::run(
                ledger,
                delivery::RunTo {
                    out,
                    email,
                    print,
                    without_enclosures,
                },
                verbose,
                json,
                today,
            ),
        },
        Command::Claim { number, json } => letters::claim(ledger, &number, json, today),
        Command::Rates { cmd, json } => letters::rates(ledger, cmd, json, today),
        Command::Templates(c) => templates::templates(ledger, c),
        Command::Interest(c) => {
            let (number, waive, reason) = match c {
                InterestCmd::Letter {
                    number,
                    out,
                    email: true,
                    attach,
                    json,
                    ..
                } => {
                    return email_more::interest_letter(
                        ledger,
                        &number,
                        (&attach, out.as_deref()),
                        json,
                        today,
                    );
                }
                InterestCmd::Letter {
                    number,
                    out,
                    dry_run,
                    json,
                    ..
                } => {
                    return letters::interest_letter(
                        ledger,
                        &number,
                        out.as_deref(),
                        dry_run,
                        json,
                        today,
                    );
                }
                InterestCmd::Waive { number, reason } => (number, true, reason),
                InterestCmd::Keep { number, reason } => (number, false, reason),
            };
            let what = actions::claim_decision(ledger, &number, waive, reason.as_deref(), today)?;
            say!("{number}: {what}.");
            Ok(())
        }
        Command::Handover {
            undo: Some(UndoCmd::Undo { number, reason }),
            ..
        } => {
            actions::undo_handover(ledger, &number, reason.as_deref(), today)?;
            say!("The handover of {number} is undone; the ladder resumes where it stood.");
            Ok(())
        }
        Command::Handover { number, text, .. } => {
            let Some(number) = number else {
                bail!(
                    "give the invoice number: overdue handover NUMBER (or: overdue handover undo NUMBER --reason ..)"
                );
            };
            actions::hand_over(ledger, &number, &text, today)?;
            say!("{number} handed over; nothing more will be proposed for it.");
            Ok(())
        }
        Command::History { number, json } => {
            let entries = actions::history(ledger, &number)?;
            if json {
                return output::json_rows(&entries);
            }
            output::history(&entries);
            Ok(())
        }
        Command::Import(args) => import_csv(ledger, args),
        Command::Backup { out, list } => backup(ledger, out, list),
        Command::Restore { file, other_ledger } => {
            let safety = actions::restore(ledger, &file, other_ledger)?;
            say!(
                "Restored from {}. The ledger as it was before is in {}.",
                file.display(),
                safety.display()
            );
            Ok(())
        }
        Command::Export { file } => {
            let (clients, invoices) = actions::export_json(ledger, &file)?;
            say!(
                "Exported {} and {} to {}.",
                count(clients, "client", "clients"),
                count(invoices, "invoice", "invoices"),
                file.display()
            );
            Ok(())
        }
        Command::ImportJson { file } => {
            let (clients, invoices) = actions::import_json(ledger, &file)?;
            say!(
                "Imported {} and {}.",
                count(clients, "client", "clients"),
                count(invoices, "invoice", "invoices")
            );
            Ok(())
        }
        Command::Demo { invoices, seed } => {
            let r = crate::demo::fill(ledger, invoices, seed, today)?;
            say!(
                "Demo data as of {today}: {} clients, {} invoices, {} payments, {} letters, {} log events.",
                r.clients,
                r.invoices,
                r.payments,
                r.letters,
                r.events
            );
            if invoices <= DEMO_PDF_LIMIT {
                let assets = actions::LetterAssets::for_ledger(ledger)?;
                let n = actions::render_demo_letters(ledger, &assets)?;
                say!("Rendered and stored the PDFs of the {n} demo letters.");
            } else {
                say!(
                    "The demo letters have no stored PDF above {DEMO_PDF_LIMIT} invoices (it would take minutes)."
                );
            }
            Ok(())
        }
    }
}

/// Up to this many demo invoices, the demo letters get their PDFs (about 2 ms each).
const DEMO_PDF_LIMIT: usize = 1000;

/// Writes a file whole or not at all, readable by the user only.
pub(crate) fn write_new_file(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    Ok(actions::write_file(path, bytes)?)
}

/// `overdue backup`: a new backup, or the list of them.
fn backup(ledger: &mut Ledger, out: Option<PathBuf>, list: bool) -> anyhow::Result<()> {
    if list {
        for b in actions::backups(ledger)?.iter().rev() {
            say!("{}\t{} bytes", b.path.display(), b.bytes);
        }
        return Ok(());
    }
    let dest = actions::backup(ledger, out.as_deref())?;
    say!("Backed up to {}.", dest.display());
    Ok(())
}
