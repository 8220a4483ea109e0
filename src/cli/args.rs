//! The command line, as clap sees it. The names here are a contract with users' scripts.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Overdue follows unpaid invoices up a polite but firm ladder of letters.
#[derive(Parser, Debug)]
#[command(name = "overdue", version, about, long_about = None)]
pub struct Cli {
    /// The ledger file (default: ledger.db in the platform data dir).
    #[arg(long, global = true, env = "OVERDUE_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The day to act as of, YYYY-MM-DD (default: the system date).
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub today: Option<NaiveDate>,
    /// What to do; with none, prints the due queue.
    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date in the form YYYY-MM-DD"))
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
    /// Record the next letter for an invoice as sent today.
    Send {
        /// Invoice number.
        number: String,
        /// The stage to send (refused if another is due, unless --force).
        #[arg(long)]
        stage: Option<String>,
        /// Send although the engine says no (logged). Never for a paid, handed-over or
        /// written-off invoice, nor a stage already sent.
        #[arg(long)]
        force: bool,
        /// Also write the PDF, exactly as stored, to this file.
        #[arg(long)]
        out: Option<PathBuf>,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Preview a letter as PDF; records nothing.
    Letter {
        /// Invoice number.
        number: String,
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
    /// The letters sent for an invoice.
    #[command(subcommand)]
    Letters(LettersCmd),
    /// Render every letter due today into a folder and record them as sent.
    Run {
        /// The folder the PDFs are written to.
        #[arg(long)]
        out: PathBuf,
        /// Render and write, but record nothing.
        #[arg(long)]
        dry_run: bool,
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
        /// reminder, formal_letter, seven_day_notice or legal_warning.
        stage: String,
    },
    /// Check a template file without saving it.
    Check {
        /// en, it, de or fr.
        lang: String,
        /// reminder, formal_letter, seven_day_notice or legal_warning.
        stage: String,
        /// The file to check.
        file: PathBuf,
    },
    /// Check a template file and save it as your copy (it then replaces the embedded one).
    Set {
        /// en, it, de or fr.
        lang: String,
        /// reminder, formal_letter, seven_day_notice or legal_warning.
        stage: String,
        /// The file to use.
        file: PathBuf,
    },
    /// Remove your copy; the embedded template is used again.
    Reset {
        /// en, it, de or fr.
        lang: String,
        /// reminder, formal_letter, seven_day_notice or legal_warning.
        stage: String,
    },
}

/// `overdue profile ...`
// Parsed once per process; boxing the larger variant would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum ProfileCmd {
    /// Set (or change) profile fields.
    Set(ProfileArgs),
    /// Show the profile.
    Show {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
}

/// Profile fields; any left out keep their value.
#[derive(Args, Debug)]
pub struct ProfileArgs {
    /// Legal name.
    #[arg(long)]
    pub name: Option<String>,
    /// Postal address (use \n for new lines).
    #[arg(long)]
    pub address: Option<String>,
    /// Country, ISO 3166 alpha-2 (IT, DE, FR, GB...).
    #[arg(long)]
    pub country: Option<String>,
    /// VAT or tax id.
    #[arg(long)]
    pub vat: Option<String>,
    /// IBAN for payments.
    #[arg(long)]
    pub iban: Option<String>,
    /// Contact email.
    #[arg(long)]
    pub email: Option<String>,
    /// Contact phone.
    #[arg(long)]
    pub phone: Option<String>,
    /// Who signs the letters.
    #[arg(long)]
    pub signatory: Option<String>,
    /// Default letter language: en, it, de, fr.
    #[arg(long)]
    pub language: Option<String>,
    /// Default currency, ISO 4217.
    #[arg(long)]
    pub currency: Option<String>,
    /// The town letters are dated from.
    #[arg(long)]
    pub city: Option<String>,
    /// Paper: a4 or letter.
    #[arg(long)]
    pub paper: Option<String>,
    /// The one step after the legal warning: small_claims, payment_order,
    /// collection_agency or lawyer.
    #[arg(long)]
    pub next_step: Option<String>,
    /// The bank's BIC (SWIFT), printed for payers abroad.
    #[arg(long)]
    pub bic: Option<String>,
    /// A UK account's sort code (six digits).
    #[arg(long)]
    pub sort_code: Option<String>,
    /// A UK account number (eight digits).
    #[arg(long)]
    pub account_number: Option<String>,
    /// How demands are sent, printed above the address from the formal letter on: post,
    /// registered (raccomandata A/R, LRAR, Einschreiben) or pec (Italian certified email).
    #[arg(long)]
    pub sending: Option<String>,
    /// A PNG or JPEG logo for the top of the letters.
    #[arg(long)]
    pub logo: Option<std::path::PathBuf>,
    /// Remove the logo.
    #[arg(long, conflicts_with = "logo")]
    pub no_logo: bool,
}

/// `overdue policy ...`
#[derive(Subcommand, Debug)]
pub enum PolicyCmd {
    /// Show the policy.
    Show {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Change the policy.
    Set {
        /// The stage to change: reminder, formal_letter, seven_day_notice, legal_warning.
        #[arg(long)]
        stage: Option<String>,
        /// Earliest day of the stage, counted from the due date.
        #[arg(long)]
        earliest: Option<i64>,
        /// The deadline the stage's letter gives, in days.
        #[arg(long)]
        deadline: Option<i64>,
        /// The legal warning's deadline for consumers, in days.
        #[arg(long)]
        consumer_legal_deadline: Option<i64>,
        /// Balance at or below which nothing is sent (e.g. 0.01).
        #[arg(long, allow_hyphen_values = true)]
        min_balance: Option<String>,
        /// The first stage whose letter claims interest and compensation.
        #[arg(long)]
        claim_from: Option<String>,
    },
}

/// `overdue client ...`
#[derive(Subcommand, Debug)]
pub enum ClientCmd {
    /// Add a client; prints the new id.
    Add {
        /// Name (unique).
        #[arg(long)]
        name: String,
        /// The other details.
        #[command(flatten)]
        fields: ClientFields,
    },
    /// Change a client's details; fields left out keep their value, "" clears one.
    Set {
        /// Id or exact name.
        id: String,
        /// New name.
        #[arg(long)]
        name: Option<String>,
        /// The other details.
        #[command(flatten)]
        fields: ClientFields,
    },
    /// List clients.
    List {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Show a client (id or exact name) with their invoices.
    Show {
        /// Id or exact name.
        id: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
}

/// A client's details besides the name, shared by `client add` and `client set`.
#[derive(Args, Debug)]
pub struct ClientFields {
    /// business, consumer or public (default: business).
    #[arg(long)]
    pub kind: Option<String>,
    /// Country, ISO 3166 alpha-2 (default: your profile's).
    #[arg(long)]
    pub country: Option<String>,
    /// Letter language: en, it, de, fr (default: from the country).
    #[arg(long)]
    pub language: Option<String>,
    /// Email.
    #[arg(long)]
    pub email: Option<String>,
    /// Postal address (use \n for new lines).
    #[arg(long)]
    pub address: Option<String>,
    /// VAT id.
    #[arg(long)]
    pub vat: Option<String>,
    /// Notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// Late-payment law: IT, DE, FR, EU, GB or none ("default": from your profile's country).
    #[arg(long)]
    pub law: Option<String>,
    /// A natural person trading on their own (a sole trader): yes or no. Consumers always
    /// are; UK individuals get the Pre-Action Protocol.
    #[arg(long)]
    pub individual: Option<String>,
    /// The salutation letters open with, e.g. "Dear Mr Smith" ("": the language's default).
    #[arg(long)]
    pub salutation: Option<String>,
    /// The person the letter is for, printed in the address, e.g. "Mario Rossi".
    #[arg(long)]
    pub contact: Option<String>,
}

/// A text typed on one command line with `\n` for its new lines.
pub fn multiline(text: Option<String>) -> Option<String> {
    text.map(|t| t.replace("\\n", "\n"))
}

impl ClientFields {
    /// The action's input, with `name` ("" keeps the stored name in `client set`).
    pub fn into_input(self, name: String) -> crate::actions::ClientInput {
        let ClientFields {
            kind,
            country,
            language,
            email,
            address,
            vat,
            notes,
            law,
            individual,
            salutation,
            contact,
        } = self;
        crate::actions::ClientInput {
            name,
            kind,
            country,
            language,
            email,
            address: multiline(address),
            vat,
            notes,
            law,
            individual,
            salutation,
            contact,
        }
    }
}

/// `overdue invoice ...`
// Parsed once per process; boxing the larger variant would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum InvoiceCmd {
    /// Add an invoice.
    Add {
        /// Client id or exact name.
        #[arg(long)]
        client: String,
        /// Invoice number (unique).
        #[arg(long)]
        number: String,
        /// Issue date.
        #[arg(long)]
        issued: String,
        /// Due date.
        #[arg(long)]
        due: String,
        /// Gross amount, e.g. 1234.56.
        #[arg(long, allow_hyphen_values = true)]
        amount: String,
        /// Currency, ISO 4217 (default: your profile's).
        #[arg(long)]
        currency: Option<String>,
        /// Agreed payment terms, as free text (e.g. "payment within 30 days").
        #[arg(long)]
        terms: Option<String>,
        /// The day those terms were agreed: the contract's date, quoted in letters.
        #[arg(long)]
        terms_agreed_on: Option<String>,
        /// What was invoiced.
        #[arg(long)]
        description: Option<String>,
        /// Agreed contractual late-payment rate, percent a year (e.g. 9.5).
        #[arg(long)]
        late_rate: Option<String>,
    },
    /// List invoices.
    List {
        /// open, paid, all, or one status (overdue, disputed, promised, paused,
        /// handed_over, written_off).
        #[arg(long, default_value = "open")]
        status: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Show an invoice with its history and next action.
    Show {
        /// Invoice number.
        number: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Correct an invoice. Before any letter this is free; after one, --reason is required,
    /// the letters sent stay as they were, and the next letter and the claim use the
    /// corrected facts. Every correction is kept in the history with its reason.
    Set {
        /// Invoice number.
        number_now: String,
        /// New invoice number.
        #[arg(long)]
        number: Option<String>,
        /// Client id or exact name.
        #[arg(long)]
        client: Option<String>,
        /// Issue date.
        #[arg(long)]
        issued: Option<String>,
        /// Due date.
        #[arg(long)]
        due: Option<String>,
        /// Gross amount.
        #[arg(long, allow_hyphen_values = true)]
        amount: Option<String>,
        /// Currency.
        #[arg(long)]
        currency: Option<String>,
        /// What was invoiced ("" clears it).
        #[arg(long)]
        description: Option<String>,
        /// Agreed terms ("" clears them).
        #[arg(long)]
        terms: Option<String>,
        /// The day the terms were agreed ("" clears it).
        #[arg(long)]
        terms_agreed_on: Option<String>,
        /// Agreed late rate, percent a year ("" clears it).
        #[arg(long)]
        late_rate: Option<String>,
        /// Why (required once a letter was sent).
        #[arg(long)]
        reason: Option<String>,
    },
    /// Delete a mistaken invoice that has no letters; the deletion is kept with its reason.
    Delete {
        /// Invoice number.
        number: String,
        /// Why.
        #[arg(long)]
        reason: Option<String>,
    },
}

/// `overdue payment add ...`
#[derive(Subcommand, Debug)]
pub enum PaymentCmd {
    /// Record a payment (partial payments allowed; an overpayment is refused).
    Add {
        /// Invoice number.
        #[arg(long)]
        invoice: String,
        /// Date received.
        #[arg(long)]
        date: String,
        /// Amount.
        #[arg(long, allow_hyphen_values = true)]
        amount: String,
        /// Method (bank transfer, card...).
        #[arg(long)]
        method: Option<String>,
        /// Note.
        #[arg(long)]
        note: Option<String>,
    },
    /// Void a payment recorded by mistake (its id is in `invoice show --json`); kept in
    /// the history with the reason.
    Void {
        /// The payment's id.
        id: i64,
        /// Why.
        #[arg(long)]
        reason: Option<String>,
    },
}

/// `overdue interest waive|keep NUMBER`.
#[derive(Subcommand, Debug)]
pub enum InterestCmd {
    /// Waive the interest and compensation claimed and not received.
    Waive {
        /// Invoice number.
        number: String,
        /// Why.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Keep claiming them.
    Keep {
        /// Invoice number.
        number: String,
        /// Why.
        #[arg(long)]
        reason: Option<String>,
    },
}

/// `overdue handover undo` and `overdue writeoff undo`.
#[derive(Subcommand, Debug)]
pub enum UndoCmd {
    /// Undo it: the invoice is back on the ladder where it stood. Kept with the reason.
    Undo {
        /// Invoice number.
        number: String,
        /// Why.
        #[arg(long)]
        reason: Option<String>,
    },
}

/// `overdue log add ...`
#[derive(Subcommand, Debug)]
pub enum LogCmd {
    /// Log a call, email, meeting or note, dated --today.
    Add {
        /// Invoice number.
        #[arg(long)]
        invoice: String,
        /// call, email, meeting or note (the other log entries have their own commands).
        #[arg(long)]
        kind: String,
        /// What was said or done.
        #[arg(long)]
        text: String,
    },
}

/// `overdue import ...`
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The CSV file.
    pub file: PathBuf,
    /// Check and report, write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// JSON output.
    #[arg(long)]
    pub json: bool,
    /// Skip invoice numbers already in the ledger instead of refusing the file.
    #[arg(long)]
    pub skip_existing: bool,
    /// Order of slash dates: dd/mm/yyyy or mm/dd/yyyy.
    #[arg(long)]
    pub date_format: Option<String>,
}
