//! What a view asks for. Views push `Command`s and touch nothing else; the app applies
//! them after the frame, through the same actions the CLI calls.

use std::path::PathBuf;
use std::sync::Arc;

use crate::domain::ladder::Stage;
use crate::domain::party::{ClientId, Language};

use super::forms::{ClientForm, InvoiceForm, PaymentForm, PolicyForm, ProfileForm};

/// Which main view is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The home view: figures, aging, the due queue.
    Today,
    /// Every invoice, searchable.
    Invoices,
    /// One invoice.
    Detail,
    /// A letter before it goes.
    Preview,
    /// The clients.
    Clients,
    /// Profile, policy, templates, rates, data location.
    Settings,
}

/// What the first run starts with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// An empty ledger.
    Empty,
    /// The demo data.
    Demo,
    /// A CSV of invoices: the path typed, or `None` to pick one in the file dialog.
    Import(Option<PathBuf>),
    /// The same CSV again, booking names written differently to the known clients.
    ImportMatching(PathBuf),
}

/// A kind of log entry written from a case's action bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseAction {
    /// A call, email, meeting or note (`kind` is the log kind).
    Log {
        /// `call`, `email`, `meeting` or `note`.
        kind: String,
    },
    /// Opens a dispute: the ladder pauses.
    OpenDispute,
    /// Resolves the open dispute: the ladder resumes.
    ResolveDispute,
    /// A promise to pay by `until`.
    Promise {
        /// The promised day, as typed.
        until: String,
    },
    /// Pauses the ladder until a day.
    Pause {
        /// The day it resumes, as typed.
        until: String,
    },
    /// Writes the invoice off.
    WriteOff,
    /// Hands the case over to a lawyer or agency.
    HandOver,
}

/// One thing the user asked for.
#[derive(Clone, Debug)]
pub enum Command {
    /// Shows another view.
    Show(View),
    /// Opens a client's statement of account (id or name) in the preview.
    Statement(String),
    /// Records the client's statement of account as sent today, with its PDF.
    SendStatement {
        /// The client (id or name).
        client: String,
        /// How it goes: asked in the confirmation when `None`.
        how: Option<super::mail::SendHow>,
    },
    /// Saves a stored letter (by its ledger id) where the user picks, byte for byte.
    SaveLetter(i64),
    /// Opens the letter about the interest alone of a paid invoice in the preview.
    PreviewInterestLetter(String),
    /// Records that letter as sent.
    SendInterestLetter {
        /// Invoice number.
        invoice: String,
        /// How it goes: asked in the confirmation when `None`.
        how: Option<super::mail::SendHow>,
    },
    /// Speaks another language (Settings › Window language); kept in the ledger.
    SetLanguage(crate::domain::party::Language),
    /// Saves the business profile (first run and settings).
    SaveProfile(ProfileForm),
    /// The first run's choice of how to start.
    Start(Start),
    /// Opens an invoice's detail view.
    OpenInvoice(String),
    /// Composes a letter and shows its preview (`None`: the stage due, or the next).
    Preview {
        /// Invoice number.
        invoice: String,
        /// The stage, if not the one due.
        stage: Option<Stage>,
    },
    /// Records a letter as sent and stores its PDF, then delivers it as chosen.
    Send {
        /// Invoice number.
        invoice: String,
        /// The stage the user saw proposed.
        stage: Stage,
        /// How it goes: asked in the confirmation when `None`.
        how: Option<super::mail::SendHow>,
    },
    /// Checks and saves Settings › Email.
    SaveMail(super::mail::MailForm),
    /// Stores the SMTP password in the OS keyring (or, with none, for this session).
    StoreMailPassword(String),
    /// Sends a test email to this address.
    TestMail(String),
    /// Sends failed or queued email deliveries again: one by id, or all.
    RetryDeliveries(Option<i64>),
    /// Settles an interrupted delivery: it went (found in the Sent folder), or send it
    /// again.
    ResolveDelivery {
        /// The delivery.
        id: i64,
        /// It is in the Sent folder.
        went: bool,
    },
    /// Loads an email text into its editor.
    EditEmailTemplate {
        /// Language.
        lang: Language,
        /// Letter kind.
        kind: crate::letters::email::EmailKind,
    },
    /// Checks and saves an email text.
    SaveEmailTemplate {
        /// Language.
        lang: Language,
        /// Letter kind.
        kind: crate::letters::email::EmailKind,
        /// The text.
        text: String,
    },
    /// Goes back to the shipped email text.
    ResetEmailTemplate {
        /// Language.
        lang: Language,
        /// Letter kind.
        kind: crate::letters::email::EmailKind,
    },
    /// Sends every letter due today, on a worker thread.
    SendAll,
    /// Writes PDF bytes where the user picks, through the native dialog.
    SavePdfAs {
        /// The file name proposed.
        file_name: String,
        /// The bytes.
        pdf: Arc<Vec<u8>>,
    },
    /// Writes a stored letter to a temporary file and opens the system viewer.
    OpenPdf {
        /// The file name.
        file_name: String,
        /// The bytes.
        pdf: Arc<Vec<u8>>,
    },
    /// Records a payment from the detail view's form.
    AddPayment {
        /// Invoice number.
        invoice: String,
        /// The form.
        form: PaymentForm,
    },
    /// Logs an event or changes the case's course.
    Case {
        /// Invoice number.
        invoice: String,
        /// What.
        action: CaseAction,
        /// The note typed with it.
        text: String,
    },
    /// Adds a client from the form.
    AddClient(ClientForm),
    /// Saves an edited client.
    UpdateClient {
        /// Which.
        id: ClientId,
        /// The form.
        form: ClientForm,
    },
    /// Selects a client in the Clients view.
    SelectClient(ClientId),
    /// Opens the new-invoice form, for a client if named.
    NewInvoice(Option<String>),
    /// Adds an invoice from the form.
    AddInvoice(InvoiceForm),
    /// Saves the ladder policy.
    SavePolicy(PolicyForm),
    /// Loads a template into the editor.
    EditTemplate {
        /// Language.
        lang: Language,
        /// Stage.
        stage: Stage,
    },
    /// Waives (`true`) or keeps claiming the interest claimed and not received.
    ClaimDecision {
        /// Invoice number.
        invoice: String,
        /// Waive, else keep claiming.
        waive: bool,
    },
    /// Opens the correction dialog of the invoice shown.
    EditInvoice,
    /// Saves a correction of an invoice.
    SaveInvoiceEdit(super::invoice_edit::InvoiceEdit),
    /// Leaves the demo ledger for the user's own.
    OpenHome,
    /// Runs a command the user confirmed (it asks no more).
    Confirmed(Box<Command>),
    /// Asks for the reason of a void or an undo.
    AskReason(super::confirm::ReasonFor),
    /// A void or an undo with its reason.
    Correct {
        /// What.
        target: super::confirm::ReasonFor,
        /// Why.
        reason: String,
    },
    /// Adds or corrects a rate in the user's rate file (Settings › Rates).
    SetRate(super::rates::RateForm),
    /// Checks and saves the edited template.
    SaveTemplate {
        /// Language.
        lang: Language,
        /// Stage.
        stage: Stage,
        /// The text.
        text: String,
    },
    /// Goes back to the shipped template.
    ResetTemplate {
        /// Language.
        lang: Language,
        /// Stage.
        stage: Stage,
    },
    /// Picks a logo file for the profile (native dialog).
    PickLogo,
    /// Removes the profile's logo.
    RemoveLogo,
    /// Lists the backups (Settings).
    ListBackups,
    /// Makes a backup now.
    BackupNow,
    /// Replaces the ledger with a backup (after the user confirmed).
    Restore(std::path::PathBuf),
    /// Writes the whole ledger as JSON to a new file (`overdue export`).
    ExportJson(std::path::PathBuf),
    /// Loads a JSON export into the ledger (`overdue import-json`).
    ImportJson(std::path::PathBuf),
    /// Switches between dark and light.
    ToggleTheme,
    /// Reloads the overview from the ledger.
    Reload,
}
