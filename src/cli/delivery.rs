//! The CLI's delivery commands: `mail`, `send --email`, `run --email`, `run --print`,
//! `draft` and `outbox`. Every letter is recorded first; what happened to its delivery
//! is then said per letter, and kept in the ledger (`overdue outbox`).

use anyhow::bail;
use chrono::NaiveDate;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::args::{MailCmd, OutboxCmd};
use super::output;
use crate::actions::{self, DeliveryResult, LetterAssets, MailSetup};
use crate::domain::delivery::{Channel, Delivery, DeliveryState, MailSettings, Security};
use crate::ledger::Ledger;
use crate::mail::PasswordSource;

/// `overdue mail ...`.
pub(super) fn mail(ledger: &mut Ledger, cmd: MailCmd) -> anyhow::Result<()> {
    match cmd {
        MailCmd::Set {
            host,
            port,
            security,
            user,
            from,
            reply_to,
            bcc_self,
        } => {
            let security: Security = security
                .parse()
                .map_err(|e| anyhow::anyhow!("--security: {e}"))?;
            let from = match from {
                Some(f) => f,
                None => match user.as_deref().filter(|u| u.contains('@')) {
                    Some(u) => u.to_string(),
                    None => ledger
                        .read(|tx| tx.profile())?
                        .and_then(|p| p.email)
                        .ok_or_else(|| {
                            anyhow::anyhow!(
                                "--from: give the From address (the login is not one, and the profile has no email)"
                            )
                        })?,
                },
            };
            let settings = MailSettings {
                host,
                port,
                security,
                user,
                from,
                reply_to,
                bcc_self,
            };
            actions::set_mail_settings(ledger, &settings)?;
            say!(
                "Email settings saved: {}:{} ({}), from {}.",
                settings.host,
                settings.port,
                settings.security.as_str(),
                settings.from
            );
            if settings.user.is_some() {
                say!(
                    "Store the password with: overdue mail password (it goes to the OS keyring), or set OVERDUE_SMTP_PASSWORD."
                );
            }
            Ok(())
        }
        MailCmd::Show { json } => {
            let Some(s) = actions::mail_settings(ledger)? else {
                if json {
                    return output::json(&serde_json::Value::Null);
                }
                say!(
                    "No email settings. Set them with: overdue mail set --host HOST --port 465 --security tls --user LOGIN --from ADDRESS"
                );
                return Ok(());
            };
            let source = password_source(ledger, &s)?;
            if json {
                return output::json(&serde_json::json!({
                    "settings": s,
                    "password": source,
                }));
            }
            say!("Host:      {}:{} ({})", s.host, s.port, s.security.as_str());
            say!("Login:     {}", s.user.as_deref().unwrap_or("(none)"));
            say!("From:      {}", s.from);
            say!("Reply-To:  {}", s.reply_to.as_deref().unwrap_or("(From)"));
            say!("Bcc to me: {}", if s.bcc_self { "yes" } else { "no" });
            say!("Password:  {source}");
            Ok(())
        }
        MailCmd::Password => {
            let password = read_password()?;
            actions::store_mail_password(ledger, &password)?;
            say!("The password is stored in the OS keyring (not in the ledger or any file).");
            Ok(())
        }
        MailCmd::Test { to } => {
            let setup = actions::mail_setup(ledger, None)?;
            let reply = actions::send_test_email(&setup, &to)?;
            say!(
                "Test email sent to {to} through {}:{}; the server said: {reply}",
                setup.settings.host,
                setup.settings.port
            );
            Ok(())
        }
    }
}

/// Where the password would come from, in words (never the password).
fn password_source(ledger: &mut Ledger, s: &MailSettings) -> anyhow::Result<String> {
    let id = ledger.read(|tx| tx.ledger_id())?;
    Ok(match crate::mail::password(&id, s).1 {
        PasswordSource::Environment => "from OVERDUE_SMTP_PASSWORD".into(),
        PasswordSource::Keyring => "stored in the OS keyring".into(),
        PasswordSource::NotNeeded => "none needed (no login)".into(),
        PasswordSource::Missing(why) => format!("missing: {why}"),
    })
}

/// The password typed at the terminal without echo, or a line of standard input.
fn read_password() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    let tty = stdin.is_terminal();
    if tty {
        eprint!("SMTP password: ");
        let _ = std::io::stderr().flush();
        echo(false);
    }
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if tty {
        echo(true);
        eprintln!();
    }
    read?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        bail!("password: nothing was typed");
    }
    Ok(password)
}

/// Turns the terminal's echo off or on (Unix `stty`; elsewhere the input shows).
fn echo(on: bool) {
    #[cfg(unix)]
    {
        let _ = std::process::Command::new("stty")
            .arg(if on { "echo" } else { "-echo" })
            .stdin(std::process::Stdio::inherit())
            .status();
    }
    #[cfg(not(unix))]
    let _ = on;
}

/// Sends queued deliveries with a progress bar on a terminal, then says what happened.
pub(super) fn deliver_and_report(
    ledger: &mut Ledger,
    ids: &[i64],
    setup: &MailSetup,
    include_unknown: bool,
    json: bool,
) -> anyhow::Result<Vec<DeliveryResult>> {
    let tty = std::io::stderr().is_terminal() && !json;
    let progress = |done: usize, total: usize, r: &DeliveryResult| {
        if tty {
            let width = 30;
            let filled = done * width / total.max(1);
            eprint!(
                "\r[{}{}] {done}/{total} emails ({})",
                "#".repeat(filled),
                " ".repeat(width - filled),
                r.state
            );
            if done == total {
                eprintln!();
            }
        }
    };
    let results = actions::deliver(ledger, ids, setup, include_unknown, &progress)?;
    if !json {
        report(&results);
    }
    Ok(results)
}

/// One line per email that failed, and a summary line.
fn report(results: &[DeliveryResult]) {
    let sent = results
        .iter()
        .filter(|r| r.state == DeliveryState::Sent)
        .count();
    for r in results.iter().filter(|r| r.state != DeliveryState::Sent) {
        say!(
            "failed: delivery {} to {} <{}> ({}): {}",
            r.id,
            r.client,
            r.recipient,
            r.invoices.join(", "),
            r.reply
        );
    }
    let failed = results.len() - sent;
    say!(
        "Emails: {sent} sent, {failed} failed.{}",
        if failed > 0 {
            " Failed ones wait in `overdue outbox`; send them again with `overdue outbox retry`."
        } else {
            ""
        }
    );
}

/// The files of `--attach`, read and checked, and `--without-enclosures`.
pub(super) fn extras(
    (attach, without): (&[PathBuf], bool),
) -> anyhow::Result<actions::EmailExtras> {
    Ok(actions::EmailExtras {
        files: actions::read_enclosures(attach)?,
        without_enclosures: without,
    })
}

/// Before a letter is recorded to go by email: the files of `--attach` (and
/// `--without-enclosures`), then the settings and the password.
pub(super) fn email_first(
    ledger: &mut Ledger,
    attach: (&[PathBuf], bool),
) -> anyhow::Result<(actions::EmailExtras, MailSetup)> {
    let files = extras(attach)?;
    Ok((files, actions::mail_setup(ledger, None)?))
}

/// `overdue send NUMBER --email [--attach FILE]…` and `overdue send --client C --email`.
pub(super) fn send_email(
    ledger: &mut Ledger,
    target: SendTarget,
    attach: (&[PathBuf], bool),
    out: Option<&Path>,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    // The files, the settings and the password first: nothing is recorded without them.
    let (extras, setup) = email_first(ledger, attach)?;
    let assets = LetterAssets::for_ledger(ledger)?;
    let recorded = match target {
        SendTarget::Invoice { number, how } => {
            let want = super::stage_arg(how.stage)?;
            vec![actions::send_with(
                ledger,
                &number,
                (want, how.force, how.only),
                (Some(Channel::Email), &extras),
                today,
                &assets,
            )?]
        }
        SendTarget::Client(client) => actions::send_client_with(
            ledger,
            &client,
            (Some(Channel::Email), &extras),
            today,
            &assets,
        )?,
    };
    if let (Some(out), [(sent, _)]) = (out, recorded.as_slice()) {
        std::fs::write(out, &sent.pdf)
            .map_err(|e| anyhow::anyhow!("--out: {}: {e}", out.display()))?;
    }
    if !json {
        for (sent, _) in &recorded {
            super::letters::say_sent(sent);
        }
    }
    let ids: Vec<i64> = recorded.iter().filter_map(|(_, d)| *d).collect();
    let results = deliver_and_report(ledger, &ids, &setup, false, json)?;
    if json {
        let letters: Vec<_> = recorded.iter().map(|(s, _)| s).collect();
        return output::json(&serde_json::json!({ "letters": letters, "deliveries": results }));
    }
    if results.iter().any(|r| r.state != DeliveryState::Sent) {
        bail!("the letter is recorded, but its email was not sent");
    }
    Ok(())
}

/// What `send --email` sends.
pub(super) enum SendTarget {
    /// The letter covering an invoice.
    Invoice {
        /// Its number.
        number: String,
        /// Stage, force, only.
        how: super::letters::SendHow,
    },
    /// Every letter due to a client.
    Client(String),
}

/// `overdue run --email` / `--print FILE`.
pub(super) fn run(
    ledger: &mut Ledger,
    how: RunTo,
    verbose: bool,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let setup = match how.email {
        // Every client written to today needs an address, before anything is recorded.
        true => Some(actions::email_run_setup(ledger, today, None)?),
        false => None,
    };
    let channel = match (&setup, &how.print) {
        (Some(_), _) => Channel::Email,
        (None, Some(_)) => Channel::Print,
        (None, None) => bail!("run: --email or --print"),
    };
    // Without --out, the single PDFs go to a folder of their own that is removed after.
    let scratch = match &how.out {
        Some(_) => None,
        None => Some(tempfile_dir()?),
    };
    let out = how
        .out
        .clone()
        .or_else(|| scratch.clone())
        .unwrap_or_default();
    let assets = LetterAssets::for_ledger(ledger)?;
    let recorded = super::letters::say_recorded(verbose);
    let summary = actions::run(
        ledger,
        today,
        &out,
        actions::RunHow {
            dry_run: false,
            deliver: Some(channel),
            without_enclosures: how.without_enclosures,
        },
        &assets,
        &|_, _| {},
        &recorded,
    );
    if let Some(dir) = &scratch {
        let _ = std::fs::remove_dir_all(dir);
    }
    let summary = summary?;
    let pairs: Vec<(i64, i64)> = summary
        .items
        .iter()
        .filter_map(|i| Some((i.letter_id?, i.delivery_id?)))
        .collect();
    if !json {
        say!(
            "{} recorded as sent, {} skipped{}.",
            crate::present::count(summary.recorded, "letter", "letters"),
            summary.skipped,
            match summary.held {
                0 => String::new(),
                n => format!(", {n} held back"),
            }
        );
        for item in summary.items.iter().filter(|i| i.skipped.is_some()) {
            say!(
                "{} ({}): {}",
                item.invoices.join(", "),
                item.stage.title(),
                item.skipped.clone().unwrap_or_default()
            );
        }
        for f in &summary.failed {
            say!("failed: {f}");
        }
    }
    let result = match (setup, &how.print) {
        (Some(setup), _) => {
            let ids: Vec<i64> = pairs.iter().map(|(_, d)| *d).collect();
            let results = deliver_and_report(ledger, &ids, &setup, false, json)?;
            if json {
                output::json(&serde_json::json!({ "run": summary, "deliveries": results }))?;
            }
            results.iter().all(|r| r.state == DeliveryState::Sent)
        }
        (None, Some(file)) => {
            if pairs.is_empty() {
                if !json {
                    say!("No letter was recorded: no print file written.");
                } else {
                    output::json(&serde_json::json!({ "run": summary, "printed": null }))?;
                }
                return Ok(());
            }
            let printed = actions::print_letters(ledger, &pairs, file)?;
            if json {
                output::json(&serde_json::json!({ "run": summary, "printed": printed }))?;
            } else {
                say!(
                    "{} in {} to print: {} pages, {} of them blank so that each letter starts on a new sheet.",
                    crate::present::count(printed.letters, "letter", "letters"),
                    printed.path.display(),
                    printed.pages,
                    printed.blanks
                );
            }
            true
        }
        (None, None) => true,
    };
    if !summary.failed.is_empty() {
        bail!("{} letters could not be recorded", summary.failed.len());
    }
    // Everything that needs the user, in one sentence.
    let mut left = Vec::new();
    if summary.held > 0 {
        left.push(format!(
            "{} held back: they list enclosures that a run's email cannot carry (above, with how to send each)",
            crate::present::count(summary.held, "letter", "letters")
        ));
    }
    if !result {
        left.push("some emails were not sent: they wait in `overdue outbox`".to_string());
    }
    if !left.is_empty() {
        bail!("{}", left.join("; "));
    }
    Ok(())
}

/// How `run` delivers.
pub(super) struct RunTo {
    /// `--out`.
    pub(super) out: Option<PathBuf>,
    /// `--email`.
    pub(super) email: bool,
    /// `--print FILE`.
    pub(super) print: Option<PathBuf>,
    /// `--without-enclosures`.
    pub(super) without_enclosures: bool,
}

/// A new private folder under the system's temporary directory.
fn tempfile_dir() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "overdue-run-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default()
    ));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// `overdue draft NUMBER --out FILE.eml`.
pub(super) fn draft(
    ledger: &mut Ledger,
    number: &str,
    out: &Path,
    attach: (&[PathBuf], bool),
    open: bool,
    json: bool,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let extras = extras(attach)?;
    let assets = LetterAssets::for_ledger(ledger)?;
    let d = actions::draft(ledger, number, out, &extras, today, &assets)?;
    if json {
        output::json(&d)?;
    } else {
        if let Some(sent) = &d.sent {
            super::letters::say_sent(sent);
        }
        say!(
            "Draft to {} written to {} (Message-ID {}). Open it in your mail program: it opens as a new message, ready to send.",
            d.to,
            d.path.display(),
            d.message_id
        );
    }
    if open {
        actions::open_with_system(&d.path).map_err(|(program, e)| {
            anyhow::anyhow!(
                "{} could not be opened with {program}: {e}",
                d.path.display()
            )
        })?;
    }
    Ok(())
}

/// `overdue outbox [--all]` and `overdue outbox retry [ID]`.
pub(super) fn outbox(
    ledger: &mut Ledger,
    cmd: Option<OutboxCmd>,
    all: bool,
    json: bool,
) -> anyhow::Result<()> {
    match cmd {
        None => {
            let list = actions::outbox(ledger, all)?;
            if json {
                return output::json(&list);
            }
            if list.is_empty() {
                say!(
                    "{}",
                    if all {
                        "No delivery was recorded yet."
                    } else {
                        "The outbox is empty: every delivery went out."
                    }
                );
                return Ok(());
            }
            for d in &list {
                say!("{}", delivery_line(d));
            }
            Ok(())
        }
        Some(OutboxCmd::Sent { id }) => {
            actions::resolve_unknown(ledger, id, true)?;
            say!("Delivery {id} is marked sent: you found it in your Sent folder.");
            Ok(())
        }
        Some(OutboxCmd::Retry { id, unknown, json }) => {
            let ids = actions::retry_ids(ledger, id, unknown)?;
            if ids.is_empty() {
                if json {
                    return output::json(&Vec::<DeliveryResult>::new());
                }
                say!("Nothing to retry: no email delivery has failed.");
                return Ok(());
            }
            let setup = actions::mail_setup(ledger, None)?;
            let results = deliver_and_report(ledger, &ids, &setup, unknown, json)?;
            if json {
                output::json(&results)?;
            }
            if results.iter().any(|r| r.state != DeliveryState::Sent) {
                bail!("some emails were not sent");
            }
            Ok(())
        }
    }
}

/// "#12 email failed · Rossi S.r.l. <a@b.it> · 2026/017 · 2 attempts · 535 …".
pub fn delivery_line(d: &Delivery) -> String {
    let to = match d.channel {
        Channel::Print => d.client.clone(),
        Channel::Email | Channel::Draft => format!("{} <{}>", d.client, d.recipient),
    };
    let mut line = format!(
        "#{} {} {} · {to} · {} · {} · {} attempt{}",
        d.id,
        d.channel,
        d.state,
        if d.invoices.is_empty() {
            "-".to_string()
        } else {
            d.invoices.join(", ")
        },
        d.day,
        d.attempts,
        if d.attempts == 1 { "" } else { "s" }
    );
    if !d.files.is_empty() {
        line.push_str(" · with ");
        line.push_str(&d.files.join(", "));
    }
    if let Some(r) = &d.reply {
        line.push_str(" · ");
        line.push_str(r);
    }
    if d.state == DeliveryState::Unknown
        && let Some(m) = &d.message_id
    {
        line.push_str(&format!(" · Message-ID <{m}>"));
    }
    line
}
