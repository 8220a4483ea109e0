//! A client's statement of account: the facts in one read, the domain's statement, and
//! its letter in the client's language.
//!
//! Reading only: a statement previewed or saved records nothing and moves no invoice.

use chrono::NaiveDate;

use super::letters::{RenderedLetter, render_model};
use super::views::invoice_row_of;
use super::{ActionError, Result};
use crate::domain::ladder::Status;
use crate::domain::party::Language;
use crate::domain::statement::{Statement, StatementInput, statement};
use crate::ledger::{CaseFilter, Ledger};
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
    let (s, client, profile, logo, demo) = gather(ledger, who, today, activity_from)?;
    let mut model = compose_statement(
        &s,
        &profile,
        &client,
        logo.as_deref(),
        lang.unwrap_or(client.language),
    );
    if let Some(missing) = super::letters::sender_missing(&profile) {
        model.warnings.push(missing);
    }
    if demo {
        model.subject = format!("DEMO – {}", model.subject);
        model.footer = format!("DEMO DATA, NOT A REAL LETTER · {}", model.footer);
    }
    Ok((s, render_model(model)))
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
    ledger.read(|tx| -> Result<Gathered> {
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
    })
}
