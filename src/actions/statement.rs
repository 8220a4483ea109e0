//! A client's statement of account: the facts in one read, the domain's statement, and
//! its letter in the client's language.
//!
//! A statement previewed or saved records nothing. Sent (`send_statement`), it is
//! recorded like a letter, with its PDF and sha256, in the client's history; it never
//! moves an invoice up the ladder.

use chrono::NaiveDate;

use super::deliver::{EmailExtras, SendPreview, queue_email};
use super::letters::{RenderedLetter, render_model};
use super::views::invoice_row_of;
use super::{ActionError, Result};
use crate::domain::delivery::Enclosure;
use crate::domain::ladder::Status;
use crate::domain::party::Language;
use crate::domain::statement::{Statement, StatementInput, statement};
use crate::ledger::{CaseFilter, Ledger, Tx};
use crate::letters::statement::compose_statement;

/// The statement of the client `who` (id or name) as of `today`; with `activity_from`,
/// the activity since that day too.
pub fn client_statement(
    ledger: &mut Ledger,
    who: &str,
    today: NaiveDate,
    activity_from: Option<NaiveDate>,
) -> Result<Statement> {
    Ok(gather(ledger, who, today, activity_from)?.0)
}

/// The statement as a letter, composed and laid out as PDF, in the client's language
/// (or `lang`). Nothing is recorded.
pub fn statement_letter(
    ledger: &mut Ledger,
    who: &str,
    today: NaiveDate,
    activity_from: Option<NaiveDate>,
    lang: Option<Language>,
) -> Result<(Statement, RenderedLetter)> {
    let g = gather(ledger, who, today, activity_from)?;
    let model = compose(&g, lang);
    Ok((g.0, render_model(model)))
}

/// A statement recorded as sent.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SentStatement {
    /// The letter's ledger id.
    pub letter: i64,
    /// The client.
    pub client: String,
    /// The day it was sent (the statement's day).
    pub sent: NaiveDate,
    /// The open invoices it lists.
    pub invoices: Vec<String>,
    /// sha256 of the stored PDF.
    pub sha256: String,
    /// The PDF as stored.
    #[serde(skip)]
    pub pdf: Vec<u8>,
    /// For the user.
    pub warnings: Vec<String>,
    /// Its email delivery, when it goes by email.
    pub delivery: Option<i64>,
}

/// Records the statement of `who` as of `today` as sent, with its PDF, in one
/// transaction; with `email`, its email is queued in the same transaction, with the
/// files given (the client must have an address, or nothing is recorded). No invoice
/// moves up the ladder.
pub fn send_statement(
    ledger: &mut Ledger,
    who: &str,
    today: NaiveDate,
    (activity_from, lang): (Option<NaiveDate>, Option<Language>),
    email: Option<&EmailExtras>,
) -> Result<SentStatement> {
    check_from(today, activity_from)?;
    let dir = super::letters::data_dir(ledger);
    ledger
        .write(|tx| record_statement(tx, who, today, (activity_from, lang), email, dir.as_deref()))
}

/// What the email carrying the statement of `who` with `files` would say (see
/// [`super::deliver::preview_email`]).
pub fn statement_email_preview(
    ledger: &mut Ledger,
    who: &str,
    files: Vec<Enclosure>,
    today: NaiveDate,
) -> Result<SendPreview> {
    let dir = super::letters::data_dir(ledger);
    super::deliver::preview_email(
        ledger,
        files,
        |tx| Ok(tx.find_client(who)?.id),
        |tx, waived| {
            let s = record_statement(tx, who, today, (None, None), waived, dir.as_deref())?;
            Ok((s.letter, s.delivery))
        },
    )
}

/// [`send_statement`]'s work inside a transaction.
fn record_statement(
    tx: &Tx,
    who: &str,
    today: NaiveDate,
    (activity_from, lang): (Option<NaiveDate>, Option<Language>),
    email: Option<&EmailExtras>,
    dir: Option<&std::path::Path>,
) -> Result<SentStatement> {
    let g = gather_in(tx, who, today, activity_from)?;
    if let Some(missing) = super::letters::sender_missing(&g.2) {
        return Err(ActionError::Refused(missing));
    }
    let (s, client) = (&g.0, &g.1);
    let rendered = render_model(compose(&g, lang));
    let id = tx.insert_statement(client.id, today)?;
    tx.attach_pdf(id, &rendered.pdf, &rendered.sha256, rendered.model.lang)?;
    tx.set_letter_subject(id, &rendered.model.subject)?;
    let delivery = match email {
        Some(extras) => Some(queue_email(tx, id, today, dir, extras)?),
        None => None,
    };
    Ok(SentStatement {
        letter: id,
        client: client.name.clone(),
        sent: today,
        invoices: s.items.iter().map(|i| i.invoice.clone()).collect(),
        sha256: rendered.sha256,
        pdf: rendered.pdf,
        warnings: rendered.model.warnings,
        delivery,
    })
}

/// The statement's letter, with the warnings the user needs (a demo ledger's marked).
fn compose(g: &Gathered, lang: Option<Language>) -> crate::letters::compose::LetterModel {
    let (s, client, profile, logo, demo) = g;
    let mut model = compose_statement(
        s,
        profile,
        client,
        logo.as_deref(),
        lang.unwrap_or(client.language),
    );
    if let Some(missing) = super::letters::sender_missing(profile) {
        model.warnings.push(missing);
    }
    if *demo {
        model.subject = format!("DEMO – {}", model.subject);
        model.footer = format!("DEMO DATA, NOT A REAL LETTER · {}", model.footer);
    }
    model
}

/// The file name a statement is saved under: `statement_<client>_<day>.pdf`, ASCII.
pub fn statement_file_name(client: &str, day: NaiveDate) -> String {
    let safe: String = client
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("statement_{}_{day}.pdf", safe.trim_matches('-'))
}

type Gathered = (
    Statement,
    crate::domain::party::Client,
    crate::domain::party::BusinessProfile,
    Option<Vec<u8>>,
    bool,
);

fn gather(
    ledger: &mut Ledger,
    who: &str,
    today: NaiveDate,
    activity_from: Option<NaiveDate>,
) -> Result<Gathered> {
    check_from(today, activity_from)?;
    ledger.read(|tx| gather_in(tx, who, today, activity_from))
}

/// The activity starts on or before the statement's day.
fn check_from(today: NaiveDate, activity_from: Option<NaiveDate>) -> Result<()> {
    if let Some(from) = activity_from
        && from > today
    {
        return Err(ActionError::field(
            "from",
            format!(
                "{} is after the statement's day ({})",
                crate::present::Day(from),
                crate::present::Day(today)
            ),
        ));
    }
    Ok(())
}

fn gather_in(
    tx: &Tx,
    who: &str,
    today: NaiveDate,
    activity_from: Option<NaiveDate>,
) -> Result<Gathered> {
    let client = tx
        .find_client(who)
        .map_err(|e| ActionError::field("client", e))?;
    let profile = tx.profile()?.ok_or_else(|| {
        ActionError::field(
            "profile",
            "no business profile yet: a statement is sent in your name (overdue profile set)",
        )
    })?;
    let policy = tx.policy()?;
    let cases = tx.cases(CaseFilter::Client(client.id))?;
    let inputs: Vec<StatementInput> = cases
        .iter()
        .map(|c| StatementInput {
            invoice: c.invoice.number.clone(),
            issued: c.invoice.issued,
            due: c.invoice.due,
            amount_minor: c.invoice.amount_minor,
            currency: c.invoice.currency,
            payments: c
                .payments
                .iter()
                .map(|p| (p.date, p.amount_minor))
                .collect(),
            written_off: invoice_row_of(c, &policy, today).status == Status::WrittenOff,
        })
        .collect();
    let s = statement(&client.name, today, &inputs, activity_from);
    Ok((s, client, profile, tx.logo()?, tx.is_demo()?))
}
