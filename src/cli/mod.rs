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
mod output;

pub use args::Cli;
use args::{ClientCmd, Command, ImportArgs, InvoiceCmd, LogCmd, PaymentCmd, PolicyCmd, ProfileCmd};

use anyhow::{Context, bail};
use chrono::NaiveDate;
use std::path::PathBuf;

use crate::actions::{self, ClientInput, InvoiceInput, ListFilter, PolicyPatch, ProfilePatch};
use crate::domain::ladder::Stage;
use crate::import::{self, ImportError, ImportOptions};
use crate::ledger::{self, Ledger, dump::LedgerDump};

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match run_inner(cli) {
        Err(e) if output::is_broken_pipe(&e) => Ok(()),
        other => other,
    }
}

fn run_inner(cli: Cli) -> anyhow::Result<()> {
    let today = cli
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let path = ledger_path(cli.db)?;
    let mut ledger = Ledger::open(&path)?;
    match cli.command {
        None => welcome(&mut ledger, today),
        Some(cmd) => dispatch(&mut ledger, cmd, today),
    }
}

/// `--db`, then `OVERDUE_DB` (clap reads both), then the platform data dir.
fn ledger_path(db: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    match db {
        Some(p) => Ok(p),
        None => ledger::default_path().context("cannot find the platform data dir; give --db PATH"),
    }
}

/// With no subcommand: the due queue of the ledger and a hint.
fn welcome(ledger: &mut Ledger, today: NaiveDate) -> anyhow::Result<()> {
    say!("Overdue - ledger {}", ledger.path().display());
    let rows = actions::due_queue(ledger, today, false)?;
    say!("Due on {today}:");
    output::due(&rows, false);
    let empty = ledger.read(|tx| -> anyhow::Result<bool> { Ok(tx.invoice_count()? == 0) })?;
    say!();
    if empty {
        say!("The ledger is empty. Try it on demo data:  overdue --db demo.db demo");
        say!("or start with:  overdue profile set --name \"Your Name\" --country IT");
    } else {
        say!(
            "Record a letter as sent with:  overdue send NUMBER    (all commands: overdue --help)"
        );
    }
    say!("The desktop window is not built yet; every action is available from the command line.");
    Ok(())
}

fn stage_arg(stage: Option<String>) -> anyhow::Result<Option<Stage>> {
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
            let left = actions::add_payment(
                ledger,
                &invoice,
                &date,
                &amount,
                method.as_deref(),
                note.as_deref(),
                today,
            )?;
            say!("Payment recorded on {invoice}; balance now {left}.");
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
            say!("Promise to pay on {invoice} logged; no letter until it has passed.");
            Ok(())
        }
        Command::Pause {
            invoice,
            until,
            text,
        } => {
            actions::pause(ledger, &invoice, &until, &text, today)?;
            say!(
                "Ladder for {invoice} paused; it resumes on {}.",
                until.trim()
            );
            Ok(())
        }
        Command::Writeoff { invoice, text } => {
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
            number,
            stage,
            force,
            json,
        } => {
            let sent = actions::send(ledger, &number, stage_arg(stage)?, force, today)?;
            if json {
                return output::json(&sent);
            }
            let forced = if sent.forced { " (forced; logged)" } else { "" };
            say!(
                "Recorded the {} for {} as sent on {}{forced}; deadline {}, balance {}.",
                sent.stage.title(),
                sent.invoice,
                sent.sent,
                sent.deadline,
                output::money(sent.balance_minor, sent.currency)
            );
            Ok(())
        }
        Command::Handover { number, text } => {
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
        Command::Export { file } => {
            let dump = ledger.read(|tx| -> anyhow::Result<LedgerDump> { Ok(tx.dump()?) })?;
            let text = serde_json::to_string_pretty(&dump)?;
            write_new_file(&file, text.as_bytes())?;
            say!(
                "Exported {} clients and {} invoices to {}.",
                dump.clients.len(),
                dump.invoices.len(),
                file.display()
            );
            Ok(())
        }
        Command::ImportJson { file } => {
            let text =
                std::fs::read_to_string(&file).with_context(|| format!("{}", file.display()))?;
            let dump: LedgerDump = serde_json::from_str(&text)
                .with_context(|| format!("{} is not a valid ledger export", file.display()))?;
            ledger.write(|tx| -> anyhow::Result<()> { Ok(tx.load_dump(&dump)?) })?;
            say!(
                "Imported {} clients and {} invoices.",
                dump.clients.len(),
                dump.invoices.len()
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
            Ok(())
        }
    }
}

/// Writes a file atomically: to a temporary sibling, then renamed over the target.
fn write_new_file(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp-overdue");
    std::fs::write(&tmp, bytes).with_context(|| format!("{}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("{}", path.display()))?;
    Ok(())
}

fn profile(ledger: &mut Ledger, cmd: ProfileCmd) -> anyhow::Result<()> {
    match cmd {
        ProfileCmd::Set(a) => {
            let unescape = |s: Option<String>| s.map(|s| s.replace("\\n", "\n"));
            let patch = ProfilePatch {
                name: a.name,
                address: unescape(a.address),
                country: a.country,
                vat: a.vat,
                iban: a.iban,
                email: a.email,
                phone: a.phone,
                signatory: a.signatory,
                language: a.language,
                currency: a.currency,
            };
            let p = actions::set_profile(ledger, &patch)?;
            say!(
                "Profile saved: {} ({}, letters in {}, {}).",
                p.name,
                p.country,
                p.language,
                p.currency
            );
            Ok(())
        }
        ProfileCmd::Show { json } => {
            let p = ledger.read(|tx| -> anyhow::Result<_> { Ok(tx.profile()?) })?;
            let Some(p) = p else {
                bail!(
                    "no business profile yet; set one with: overdue profile set --name .. --country .."
                )
            };
            if json {
                return output::json(&p);
            }
            let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
            say!("Name:       {}", p.name);
            say!("Address:    {}", opt(&p.address).replace('\n', ", "));
            say!("Country:    {}", p.country);
            say!("VAT id:     {}", opt(&p.vat_id));
            say!("IBAN:       {}", opt(&p.iban));
            say!("Email:      {}", opt(&p.email));
            say!("Phone:      {}", opt(&p.phone));
            say!("Signatory:  {}", opt(&p.signatory));
            say!("Language:   {}", p.language);
            say!("Currency:   {}", p.currency);
            Ok(())
        }
    }
}

fn policy(ledger: &mut Ledger, cmd: PolicyCmd) -> anyhow::Result<()> {
    let policy = match cmd {
        PolicyCmd::Show { json: true } => {
            return output::json(&actions::PolicyView::from(&actions::policy(ledger)?));
        }
        PolicyCmd::Show { json: false } => actions::policy(ledger)?,
        PolicyCmd::Set {
            stage,
            earliest,
            deadline,
            consumer_legal_deadline,
            min_balance,
        } => {
            let patch = PolicyPatch {
                stage,
                earliest_days: earliest,
                deadline_days: deadline,
                consumer_legal_warning_deadline_days: consumer_legal_deadline,
                min_balance,
            };
            actions::set_policy(ledger, &patch)?
        }
    };
    let rows: Vec<Vec<String>> = Stage::ALL
        .iter()
        .map(|s| {
            let r = policy.rule(*s);
            vec![
                s.to_string(),
                format!("due+{}", r.earliest_days),
                format!("{} days", r.deadline_days),
            ]
        })
        .collect();
    output::table(
        &["STAGE", "EARLIEST", "DEADLINE"],
        &[false, true, true],
        &rows,
    );
    say!(
        "Legal warning to a consumer: {} days.",
        policy.consumer_legal_warning_deadline_days
    );
    say!(
        "Nothing is sent at or below a balance of {} minor units.",
        policy.min_balance_minor
    );
    Ok(())
}

fn client(ledger: &mut Ledger, cmd: ClientCmd, today: NaiveDate) -> anyhow::Result<()> {
    match cmd {
        ClientCmd::Add {
            name,
            kind,
            country,
            language,
            email,
            address,
            vat,
            notes,
        } => {
            let input = ClientInput {
                name,
                kind,
                country,
                language,
                email,
                address,
                vat,
                notes,
            };
            let id = actions::add_client(ledger, &input)?;
            say!("{id}");
            Ok(())
        }
        ClientCmd::Set {
            id,
            name,
            kind,
            country,
            language,
            email,
            address,
            vat,
            notes,
        } => {
            let address = address.map(|a| a.replace("\\n", "\n"));
            let patch = ClientInput {
                name: name.unwrap_or_default(),
                kind,
                country,
                language,
                email,
                address,
                vat,
                notes,
            };
            let c = actions::update_client(ledger, &id, &patch)?;
            say!(
                "Client {} saved: {} ({}, {}, letters in {}).",
                c.id,
                c.name,
                c.kind,
                c.country,
                c.language
            );
            Ok(())
        }
        ClientCmd::List { json } => {
            let clients = ledger.read(|tx| -> anyhow::Result<_> { Ok(tx.clients()?) })?;
            if json {
                return output::json_rows(&clients);
            }
            let rows: Vec<Vec<String>> = clients
                .iter()
                .map(|c| {
                    let email = c.email.clone().unwrap_or_default();
                    vec![
                        c.id.to_string(),
                        c.name.clone(),
                        c.kind.to_string(),
                        c.country.to_string(),
                        c.language.to_string(),
                        email,
                    ]
                })
                .collect();
            output::table(
                &["ID", "NAME", "KIND", "COUNTRY", "LANG", "EMAIL"],
                &[true],
                &rows,
            );
            Ok(())
        }
        ClientCmd::Show { id, json } => {
            let d = actions::client_detail(ledger, &id, today)?;
            if json {
                return output::json(&d);
            }
            let c = &d.client;
            say!(
                "{} (id {}): {} in {}, letters in {}",
                c.name,
                c.id,
                c.kind,
                c.country,
                c.language
            );
            for (label, v) in [
                ("Email", &c.email),
                ("Address", &c.address),
                ("VAT id", &c.vat_id),
                ("Notes", &c.notes),
            ] {
                if let Some(v) = v {
                    say!("{label}: {}", v.replace('\n', ", "));
                }
            }
            let owed: Vec<String> = d
                .owed_minor
                .iter()
                .map(|(cur, m)| format!("{cur} {}", format_owed(cur, *m)))
                .collect();
            say!(
                "Owed: {}",
                if owed.is_empty() {
                    "nothing".into()
                } else {
                    owed.join(", ")
                }
            );
            say!();
            output::invoices(&d.invoices);
            Ok(())
        }
    }
}

fn format_owed(currency: &str, minor: i64) -> String {
    match currency.parse() {
        Ok(c) => crate::domain::money::format_minor(minor, c),
        Err(_) => minor.to_string(),
    }
}

fn invoice(ledger: &mut Ledger, cmd: InvoiceCmd, today: NaiveDate) -> anyhow::Result<()> {
    match cmd {
        InvoiceCmd::Add {
            client,
            number,
            issued,
            due,
            amount,
            currency,
            terms,
            description,
            late_rate,
        } => {
            let input = InvoiceInput {
                client,
                number,
                issued,
                due,
                amount,
                currency,
                terms,
                description,
                late_rate,
            };
            actions::add_invoice(ledger, &input)?;
            say!("Invoice {} added.", input.number.trim());
            Ok(())
        }
        InvoiceCmd::List { status, json } => {
            let filter: ListFilter = status
                .parse()
                .map_err(|e: String| anyhow::anyhow!("status: {e}"))?;
            let rows = actions::invoice_list(ledger, filter, today)?;
            if json {
                return output::json_rows(&rows);
            }
            output::invoices(&rows);
            Ok(())
        }
        InvoiceCmd::Show { number, json } => {
            let d = actions::invoice_detail(ledger, &number, today)?;
            if json {
                return output::json(&d);
            }
            let r = &d.row;
            say!("Invoice {} to {}", r.number, r.client);
            say!(
                "Issued {}, due {}; amount {}, balance {}",
                r.issued,
                r.due,
                output::money(r.amount_minor, r.currency),
                output::money(r.balance_minor, r.currency)
            );
            say!("Stage: {}; status: {}", r.stage, r.status);
            if let Some(t) = &d.description {
                say!("Description: {t}");
            }
            if let Some(t) = &d.terms {
                say!("Terms: {t}");
            }
            if let Some(rate) = &d.late_rate_percent {
                say!("Agreed late rate: {rate} % a year");
            }
            say!("Next: {}", d.next_action.reason);
            say!();
            output::history(&d.history);
            Ok(())
        }
    }
}

fn import_csv(ledger: &mut Ledger, a: ImportArgs) -> anyhow::Result<()> {
    let date_format = match &a.date_format {
        Some(f) => Some(
            f.parse()
                .map_err(|e: String| anyhow::anyhow!("--date-format: {e}"))?,
        ),
        None => None,
    };
    let opts = ImportOptions {
        date_format,
        skip_existing: a.skip_existing,
        dry_run: a.dry_run,
    };
    match import::import_csv(ledger, &a.file, opts) {
        Ok(report) if a.json => output::json(&report),
        Ok(r) => {
            let verb = if r.dry_run {
                "Dry run: would import"
            } else {
                "Imported"
            };
            say!(
                "{verb} {} invoices ({} new clients, {} payments).",
                r.invoices,
                r.clients_created,
                r.payments
            );
            if !r.skipped.is_empty() {
                say!(
                    "Skipped {} already in the ledger: {}",
                    r.skipped.len(),
                    r.skipped.join(", ")
                );
            }
            Ok(())
        }
        Err(ImportError::Rows(rows)) if a.json => {
            output::json(&serde_json::json!({ "errors": rows }))?;
            bail!("{} bad row(s); nothing was imported", rows.len())
        }
        Err(e) => Err(e.into()),
    }
}
