//! The command line, as clap sees it. The names here are a contract with users' scripts.

use crate::domain::dates::SlashOrder;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

pub use super::args_nouns::*;

/// Overdue follows unpaid invoices up a polite but firm ladder of letters.
#[derive(Parser, Debug)]
#[command(name = "overdue", version, about, long_about = None)]
pub struct Cli {
    /// The ledger file (default: ledger.db in the platform data dir).
    #[arg(long, global = true, env = "OVERDUE_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The day to act as of (default: the system date): YYYY-MM-DD, or as you write
    /// dates (28/11/2026, 28.11.2026).
    #[arg(long, global = true, value_name = "DATE", value_parser = check_day)]
    pub today: Option<String>,
    /// How to read slash dates in every date given (dd/mm/yyyy or mm/dd/yyyy); by
    /// default, the profile's country decides (day first, month first only in the US).
    #[arg(long, global = true, env = "OVERDUE_DATE_FORMAT", value_name = "ORDER", value_parser = parse_order)]
    pub date_format: Option<SlashOrder>,
    /// The language amounts and dates are printed in for people (en, it, de or fr): € 1.234,56
    /// and 28/11/2026 in Italian; by default the profile's letter language. `--json` is
    /// never affected (minor units and ISO dates).
    #[arg(long, global = true, env = "OVERDUE_LOCALE", value_name = "LANG")]
    pub locale: Option<crate::domain::party::Language>,
    /// What to do; with none, prints the due queue.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A day in some order: which order is settled once the profile is known.
fn check_day(s: &str) -> Result<String, String> {
    use crate::domain::dates::parse_date;
    match parse_date(s, Some(SlashOrder::DayFirst)).or(parse_date(s, Some(SlashOrder::MonthFirst)))
    {
        Ok(_) => Ok(s.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

fn parse_order(s: &str) -> Result<SlashOrder, String> {
    s.parse()
}

/// Every subcommand.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Your business profile: the sender of every letter.
    #[command(subcommand)]
    Profile(ProfileCmd),
    /// The ladder policy: when each stage goes out and the deadline it gives.
    #[command(subcommand)]
    Policy(PolicyCmd),
    /// Clients who owe you money.
    #[command(subcommand)]
    Client(ClientCmd),
    /// Invoices.
    #[command(subcommand)]
    Invoice(InvoiceCmd),
    /// Payments received.
    #[command(subcommand)]
    Payment(PaymentCmd),
    /// The communication log (calls, emails, meetings, notes).
    #[command(subcommand)]
    Log(LogCmd),
    /// Open or resolve a dispute: the ladder pauses while one is open.
    Dispute {
        /// `open` or `resolve`.
        #[arg(value_parser = ["open", "resolve"])]
        action: String,
        /// Invoice number.
        #[arg(long)]
        invoice: String,
        /// What the client said.
        #[arg(long, default_value = "")]
        text: String,
    },
    /// Log a promise to pay by a date: the ladder waits until that day has passed.
    Promise {
        /// Invoice number.
        #[arg(long)]
        invoice: String,
        /// The promised date.
        #[arg(long)]
        until: String,
        /// What was said.
        #[arg(long, default_value = "")]
        text: String,
    },
    /// Pause the ladder for an invoice; it resumes on the given date.
    Pause {
        /// Invoice number.
        #[arg(long)]
        invoice: String,
        /// The day the ladder resumes.
        #[arg(long)]
        until: String,
        /// Why.
        #[arg(long, default_value = "")]
        text: String,
    },
    /// Write an invoice off: nothing more is proposed for it.
    #[command(args_conflicts_with_subcommands = true)]
    Writeoff {
        /// `undo NUMBER --reason ..` takes a write-off back.
        #[command(subcommand)]
        undo: Option<UndoCmd>,
        /// Invoice number.
        #[arg(long)]
        invoice: Option<String>,
        /// Why.
        #[arg(long, default_value = "")]
        text: String,
    },
    /// The letters due today, one row per invoice.
    Due {
        /// Every open invoice, with its action or the reason for none.
        #[arg(long)]
        all: bool,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Record the letter due today for an invoice as sent: with it, every invoice of the
    /// same client due today for the same stage in the same currency (one letter).
    Send {
        /// Invoice number.
        #[arg(required_unless_present = "client")]
        number: Option<String>,
        /// Send every letter due today to this client (id or exact name) instead.
        #[arg(long, conflicts_with_all = ["number", "stage", "force", "only", "out"])]
        client: Option<String>,
        /// The stage to send (refused if another is due, unless --force).
        #[arg(long)]
        stage: Option<String>,
        /// Send although the engine says no (logged), for this invoice alone. Never for a
        /// paid, handed-over or written-off invoice, nor a stage already sent.
        #[arg(long)]
        force: bool,
        /// A letter for this invoice alone, without the client's other invoices due.
        #[arg(long)]
        only: bool,
        /// Also write the PDF, exactly as stored, to this file.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Email the letter to the client (`overdue mail set` first): it is recorded,
        /// then sent, and the delivery recorded with the server's reply.
        #[arg(long)]
        email: bool,
        /// A file to send with the email (repeat for more): the copy of the invoice a
        /// reminder lists, the forms a letter before action lists. Kept with the delivery,
        /// so that a retry sends exactly it.
        /// Not with --client: each file belongs to one letter.
        #[arg(
            long,
            value_name = "FILE",
            requires = "email",
            conflicts_with = "client"
        )]
        attach: Vec<PathBuf>,
        /// Send a letter that lists enclosures without them (otherwise refused, nothing
        /// recorded, until each goes with --attach).
        #[arg(long, conflicts_with = "attach", requires = "email")]
        without_enclosures: bool,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Write a letter's email as an unsent draft (.eml, `X-Unsent: 1`) that Thunderbird,
    /// Outlook and Apple Mail open as a new message ready to send. If a letter is due for
    /// NUMBER it is recorded first (as `send` would); otherwise the draft carries the
    /// latest letter already recorded for NUMBER. The delivery is recorded (channel draft).
    Draft {
        /// Invoice number.
        number: String,
        /// The .eml file to write.
        #[arg(long)]
        out: PathBuf,
        /// Open the draft in the system's mail program once written.
        #[arg(long)]
        open: bool,
        /// A file to send with the draft (repeat for more): the copy of the invoice a
        /// reminder lists, the forms a letter before action lists. Kept with the delivery,
        /// so that a retry sends exactly it.
        #[arg(long, value_name = "FILE")]
        attach: Vec<PathBuf>,
        /// Send a letter that lists enclosures without them (otherwise refused, nothing
        /// recorded, until each goes with --attach).
        #[arg(long, conflicts_with = "attach")]
        without_enclosures: bool,

        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// The deliveries that need you: queued, failed, or interrupted (unknown); `--all`
    /// lists every delivery. `outbox retry` sends the failed ones again.
    #[command(args_conflicts_with_subcommands = true)]
    Outbox {
        /// Retry.
        #[command(subcommand)]
        cmd: Option<OutboxCmd>,
        /// Every delivery, sent ones included.
        #[arg(long)]
        all: bool,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Email settings: the SMTP server letters go through (a PEC mailbox included), and
    /// its password, which is kept in the OS keyring and never in a file.
    #[command(subcommand)]
    Mail(MailCmd),
    /// Preview a letter as PDF; records nothing. The letter due is shown as `send`
    /// would record it, with the client's other invoices due at that stage.
    Letter {
        /// Invoice number.
        number: String,
        /// The letter for this invoice alone (as `send --only`).
        #[arg(long)]
        only: bool,
        /// The stage to preview, due or not (default: the one due).
        #[arg(long)]
        stage: Option<String>,
        /// Language: en, it, de, fr (default: the client's).
        #[arg(long)]
        lang: Option<String>,
        /// The PDF file to write.
        #[arg(long)]
        out: PathBuf,
        /// JSON output (the letter's figures and warnings).
        #[arg(long)]
        json: bool,
    },
    /// A client's statement of account: every open invoice with its aging, the totals and
    /// an aging summary per currency; records nothing and moves no invoice.
    Statement {
        /// The client (id or name).
        client: String,
        /// Write the statement as a PDF letter, in the client's language.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Add every invoice and payment since `--from`, with a running balance.
        #[arg(long, requires = "from")]
        activity: bool,
        /// The first day of the activity.
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Language of the PDF: en, it, de, fr (default: the client's).
        #[arg(long)]
        lang: Option<crate::domain::party::Language>,
        /// Record the statement as sent today, with its PDF, in the client's history (it
        /// moves no invoice up the ladder); `--out` also writes the PDF.
        #[arg(long)]
        send: bool,
        /// With --send: email the statement to the client once recorded (`overdue mail
        /// set` first); the delivery is recorded with the server's reply.
        #[arg(long, requires = "send")]
        email: bool,
        /// A file to send with the email (repeat for more), kept with the delivery.
        #[arg(long, value_name = "FILE", requires = "email")]
        attach: Vec<PathBuf>,
        /// JSON output (minor units and ISO dates).
        #[arg(long)]
        json: bool,
    },
    /// The letters sent for an invoice.
    #[command(subcommand)]
    Letters(LettersCmd),
    /// Render every letter due today into a folder and record them as sent; with
    /// `--email`, send each by email; with `--print`, gather them in one PDF to print.
    Run {
        /// The folder the PDFs are written to (needed unless --email or --print).
        #[arg(long, required_unless_present_any = ["email", "print"])]
        out: Option<PathBuf>,
        /// Email each letter to its client once recorded; a summary says what was sent,
        /// what failed and why (failed ones wait in `overdue outbox`).
        #[arg(long, conflicts_with_all = ["dry_run", "print"])]
        email: bool,
        /// Write every letter recorded into this one PDF, each starting on a new sheet
        /// (a blank page follows a letter with an odd page count, for duplex printing),
        /// and record each as delivered by print.
        #[arg(long, value_name = "FILE.pdf", conflicts_with = "dry_run")]
        print: Option<PathBuf>,
        /// Render and write, but record nothing.
        #[arg(long)]
        dry_run: bool,
        /// With --email: email too the letters that list enclosures, without them. A run
        /// attaches no file, so otherwise those letters are held back, unrecorded, for
        /// `send NUMBER --email --attach FILE`.
        #[arg(long, requires = "email")]
        without_enclosures: bool,
        /// Print a line as each letter is recorded.
        #[arg(long)]
        verbose: bool,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// What the law allows on an invoice as of --today: interest, compensation, total.
    Claim {
        /// Invoice number.
        number: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// The rate tables (ECB, Basiszinssatz, Bank of England, Italian and French legal
    /// rates): each row with its source and origin (shipped or user), and their staleness.
    Rates {
        /// Add or correct a rate.
        #[command(subcommand)]
        cmd: Option<RatesCmd>,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// The letters' templates.
    #[command(subcommand)]
    Templates(TemplatesCmd),
    /// Interest and compensation a letter claimed and not received, once the principal is
    /// paid: waive them, or keep claiming them. The decision is logged.
    #[command(subcommand)]
    Interest(InterestCmd),
    /// Mark a handover-ready invoice as handed over to a lawyer or agency.
    #[command(args_conflicts_with_subcommands = true)]
    Handover {
        /// `undo NUMBER --reason ..` takes a handover back.
        #[command(subcommand)]
        undo: Option<UndoCmd>,
        /// Invoice number.
        number: Option<String>,
        /// A note (who took it over).
        #[arg(long, default_value = "")]
        text: String,
    },
    /// Every letter, payment and event of an invoice, in date order.
    History {
        /// Invoice number.
        number: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Import invoices from a CSV file, all or nothing.
    Import(ImportArgs),
    /// Export the whole ledger as JSON.
    Export {
        /// The file to write.
        file: PathBuf,
    },
    /// Load a ledger export into a new, empty ledger.
    ImportJson {
        /// The export to read.
        file: PathBuf,
    },
    /// Back the ledger up (SQLite's online backup, safe while the window is open).
    Backup {
        /// The file to write; without it, a new file in `backups/` beside the ledger.
        #[arg(long)]
        out: Option<PathBuf>,
        /// List the backups in `backups/` instead.
        #[arg(long, conflicts_with = "out")]
        list: bool,
    },
    /// Replace the ledger with a backup, after checking it and backing the current one up.
    Restore {
        /// The backup file.
        file: PathBuf,
        /// Restore a backup of another ledger (another business's) over this one.
        #[arg(long)]
        other_ledger: bool,
    },
    /// Fill a new ledger with realistic demo data.
    Demo {
        /// How many invoices.
        #[arg(long, default_value_t = 60)]
        invoices: usize,
        /// Seed: the same seed gives the same data.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// `overdue letters ...`
#[derive(Subcommand, Debug)]
pub enum LettersCmd {
    /// The letters due today: one per client, currency and stage, with the invoices each
    /// covers.
    Due {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Write the stored PDFs of an invoice's letters, exactly as sent.
    Export {
        /// Invoice number.
        number: String,
        /// The folder to write to.
        #[arg(long)]
        out: PathBuf,
    },
}

/// `overdue rates ...`
#[derive(Subcommand, Debug)]
pub enum RatesCmd {
    /// Add a rate the shipped tables lack, or correct one, with its source. It is written
    /// to the rate file beside the ledger; its rows override or extend the shipped ones.
    Set {
        /// ecb_mro, de_basiszins, boe_base, it_legal or fr_legal.
        table: String,
        /// First day of the period: 1 January or 1 July (1 January for it_legal), YYYY-MM-DD.
        from: String,
        /// The rate in percent, between -5 and 30, e.g. 2.40.
        #[arg(allow_hyphen_values = true)]
        rate: String,
        /// Where the value comes from (the official notice).
        #[arg(long)]
        source: String,
    },
}

/// `overdue templates ...`.
#[derive(Subcommand, Debug)]
pub enum TemplatesCmd {
    /// List the templates and where each comes from (embedded or your copy).
    List,
    /// Print a template's text (your copy if you have one).
    Show {
        /// en, it, de or fr.
        lang: String,
        /// reminder, formal_letter, seven_day_notice or legal_warning; or an email's text:
        /// email_reminder, ..., email_statement, email_interest.
        stage: String,
    },
    /// Check a template file without saving it.
    Check {
        /// en, it, de or fr.
        lang: String,
        /// reminder, formal_letter, seven_day_notice or legal_warning; or an email's text:
        /// email_reminder, ..., email_statement, email_interest.
        stage: String,
        /// The file to check.
        file: PathBuf,
    },
    /// Check a template file and save it as your copy (it then replaces the embedded one).
    Set {
        /// en, it, de or fr.
        lang: String,
        /// reminder, formal_letter, seven_day_notice or legal_warning; or an email's text:
        /// email_reminder, ..., email_statement, email_interest.
        stage: String,
        /// The file to use.
        file: PathBuf,
    },
    /// Remove your copy; the embedded template is used again.
    Reset {
        /// en, it, de or fr.
        lang: String,
        /// reminder, formal_letter, seven_day_notice or legal_warning; or an email's text:
        /// email_reminder, ..., email_statement, email_interest.
        stage: String,
    },
}
