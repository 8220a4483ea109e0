//! The arguments of the nouns' subcommands (profile, policy, client, invoice, payment,
//! interest, undo, log, import): split from `args.rs` to keep each file readable. The
//! names here are a contract with users' scripts, as there.

use clap::{Args, Subcommand};
use std::path::PathBuf;

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
    /// After `interest keep`: record the letter about the interest and compensation alone
    /// as sent today (once), its PDF stored; with `--dry-run`, only write it to `--out`.
    Letter {
        /// Invoice number.
        number: String,
        /// Also write the PDF to this file (required with --dry-run).
        #[arg(long, required_if_eq("dry_run", "true"))]
        out: Option<std::path::PathBuf>,
        /// A preview: write the PDF, record nothing.
        #[arg(long)]
        dry_run: bool,
        /// Email the letter to the client once recorded (`overdue mail set` first); the
        /// delivery is recorded with the server's reply.
        #[arg(long, conflicts_with = "dry_run")]
        email: bool,
        /// A file to send with the email (repeat for more), kept with the delivery.
        #[arg(long, value_name = "FILE", requires = "email")]
        attach: Vec<std::path::PathBuf>,
        /// JSON output.
        #[arg(long)]
        json: bool,
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
    /// Book a name that differs from a known client's only in case, accents or
    /// punctuation ("ROSSI S.R.L.") to that client instead of refusing the row.
    #[arg(long)]
    pub match_clients: bool,
}

/// `overdue outbox ...`
#[derive(Subcommand, Debug)]
pub enum OutboxCmd {
    /// An interrupted (`unknown`) delivery that you found in your Sent folder: mark it
    /// sent. (Not there? `outbox retry ID --unknown` sends it again.)
    Sent {
        /// The delivery's id (from `overdue outbox`).
        id: i64,
    },
    /// Send failed (and still queued) email deliveries again; with ID, that one alone.
    Retry {
        /// The delivery's id (from `overdue outbox`).
        id: Option<i64>,
        /// Also resend an `unknown` delivery (interrupted while sending): only once you
        /// checked your Sent folder and it is not there.
        #[arg(long, requires = "id")]
        unknown: bool,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
}

/// `overdue mail ...`
#[derive(Subcommand, Debug)]
pub enum MailCmd {
    /// Set the SMTP server: `--security tls` is TLS from the start (port 465, PEC),
    /// `starttls` upgrades a plain connection (port 587), `none` only for a server on
    /// this machine.
    Set {
        /// SMTP host, e.g. smtp.example.org or smtps.pec.aruba.it.
        #[arg(long)]
        host: String,
        /// Port: 465 for tls, 587 for starttls.
        #[arg(long)]
        port: u16,
        /// tls, starttls or none.
        #[arg(long)]
        security: String,
        /// The login (usually your address); without it, no password is sent.
        #[arg(long)]
        user: Option<String>,
        /// The From address (default: the login if it is an address, else the
        /// profile's email).
        #[arg(long)]
        from: Option<String>,
        /// Where replies go, if not to From.
        #[arg(long)]
        reply_to: Option<String>,
        /// Send yourself a blind copy of every letter.
        #[arg(long)]
        bcc_self: bool,
    },
    /// Show the settings and where the password comes from (never the password).
    Show {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Store the SMTP password in the OS keyring: typed at the prompt (not echoed), or
    /// read from standard input.
    Password,
    /// Send a test email to ADDRESS through the server set.
    Test {
        /// Where to send it.
        to: String,
    },
}
