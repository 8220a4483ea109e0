//! The last letter of a paid invoice: the principal came in after a claim letter, the
//! user chose to keep claiming the interest and compensation that letter also asked
//! (`interest keep`), and this letter asks for them alone, once. It is recorded like any
//! letter (its PDF and sha256 kept), in the invoice's and the client's history.

use chrono::NaiveDate;
use serde::Serialize;

use super::deliver::{EmailExtras, SendPreview, queue_email};
use super::invoice_views::{settlement_claim, unreceived_claim};
use super::letters::{
    RenderedLetter, data_dir, load_rates, profile_of, render_model, sender_missing,
};
use super::record::{case_by_number, event};
use super::views::invoice_row_of;
use super::{ActionError, Result};
use crate::domain::delivery::Enclosure;
use crate::domain::events::EventKind;
use crate::domain::invoice::settled_on;
use crate::domain::ladder::{Stage, Status};
use crate::domain::money::{Currency, Money};
use crate::domain::rates::RateTable;
use crate::ledger::{CaseData, Ledger, Tx};
use crate::letters::interest::{InterestFacts, compose_interest};
use crate::t;

/// A letter about the interest alone, recorded as sent.
#[derive(Clone, Debug, Serialize)]
pub struct SentInterestLetter {
    /// The letter's ledger id.
    pub letter: i64,
    /// The invoice.
    pub invoice: String,
    /// The client.
    pub client: String,
    /// The day sent.
    pub sent: NaiveDate,
    /// The deadline it gives.
    pub deadline: NaiveDate,
    /// What it asks for: the interest and compensation still owed, minor units.
    pub total_minor: i64,
    /// The currency.
    pub currency: Currency,
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

/// The letter as it would be sent today, and what it needs recorded.
struct Composed {
    case: CaseData,
    client: crate::domain::party::ClientId,
    client_name: String,
    deadline: NaiveDate,
    rendered: RenderedLetter,
}

fn compose(tx: &Tx, number: &str, today: NaiveDate, rates: &RateTable) -> Result<Composed> {
    let case = case_by_number(tx, number)?;
    let policy = tx.policy()?;
    let corrections = tx.corrections(&case.invoice.number)?;
    let receipts = tx.receipts(case.invoice.id)?;
    let paid = invoice_row_of(&case, &policy, today).status == Status::Paid;
    let at_settlement = settlement_claim(tx, &case, rates)?;
    let Some((open, letter)) = unreceived_claim(
        &case,
        paid,
        &corrections,
        &receipts,
        at_settlement.as_ref(),
        today,
    ) else {
        return Err(ActionError::Refused(t!(
            "err-interest-letter-nothing-owed",
            invoice = case.invoice.number.as_str()
        )));
    };
    if open.decision.as_deref() != Some("kept") {
        return Err(ActionError::Refused(t!(
            "err-interest-letter-not-kept",
            invoice = case.invoice.number.as_str()
        )));
    }
    if let Some((_, sent, _, _)) = tx.interest_letters(case.invoice.id)?.first() {
        return Err(ActionError::Refused(t!(
            "err-interest-letter-already-sent",
            invoice = case.invoice.number.as_str(),
            date = sent.to_string()
        )));
    }
    let profile = profile_of(tx)?;
    if let Some(missing) = sender_missing(&profile) {
        return Err(ActionError::Refused(missing));
    }
    let client = tx.client(case.invoice.client_id)?;
    let logo = tx.logo()?;
    let interest = letter.interest_minor;
    let settled = settled_on(&case.invoice, &case.payments).unwrap_or(today);
    let claimed = interest + letter.compensation_minor;
    let facts = InterestFacts {
        profile: &profile,
        logo: logo.as_deref(),
        client: &client,
        invoice: &case.invoice,
        settled,
        claimed_in: (letter.stage, letter.sent),
        interest_minor: interest,
        compensation_minor: letter.compensation_minor,
        received_minor: claimed - open.interest_minor - open.compensation_minor,
        date: today,
        deadline: policy.deadline(Stage::FormalLetter, case.debtor, today),
        lang: client.language,
    };
    let deadline = facts.deadline;
    let mut model = compose_interest(&facts);
    if tx.is_demo()? {
        model.subject = format!("DEMO – {}", model.subject);
        model.footer = format!("DEMO DATA, NOT A REAL LETTER · {}", model.footer);
    }
    Ok(Composed {
        client: client.id,
        client_name: client.name.clone(),
        deadline,
        rendered: render_model(model),
        case,
    })
}

/// The letter about the interest alone, as it would be sent today; records nothing.
pub fn preview_interest_letter(
    ledger: &mut Ledger,
    number: &str,
    today: NaiveDate,
) -> Result<RenderedLetter> {
    let rates = load_rates(data_dir(ledger).as_deref())?;
    ledger.read(|tx| Ok(compose(tx, number, today, &rates)?.rendered))
}

/// Records the letter about the interest alone as sent today, with its PDF, in one
/// transaction; with `email`, its email is queued in the same transaction, with the
/// files given. Refused unless the principal is paid, a claim letter's interest or
/// compensation is still owed, the user chose to keep claiming it, and no such letter
/// was sent before.
pub fn send_interest_letter(
    ledger: &mut Ledger,
    number: &str,
    today: NaiveDate,
    email: Option<&EmailExtras>,
) -> Result<SentInterestLetter> {
    let dir = data_dir(ledger);
    let rates = load_rates(dir.as_deref())?;
    ledger.write(|tx| record_interest_letter(tx, number, today, &rates, email, dir.as_deref()))
}

/// What the email carrying the letter about the interest on `number` with `files`
/// would say (see [`super::deliver::preview_email`]).
pub fn interest_email_preview(
    ledger: &mut Ledger,
    number: &str,
    files: Vec<Enclosure>,
    today: NaiveDate,
) -> Result<SendPreview> {
    let dir = data_dir(ledger);
    let rates = load_rates(dir.as_deref())?;
    super::deliver::preview_email(
        ledger,
        files,
        |tx| Ok(case_by_number(tx, number)?.invoice.client_id),
        |tx, waived| {
            let s = record_interest_letter(tx, number, today, &rates, waived, dir.as_deref())?;
            Ok((s.letter, s.delivery))
        },
    )
}

/// [`send_interest_letter`]'s work inside a transaction.
fn record_interest_letter(
    tx: &Tx,
    number: &str,
    today: NaiveDate,
    rates: &RateTable,
    email: Option<&EmailExtras>,
    dir: Option<&std::path::Path>,
) -> Result<SentInterestLetter> {
    let c = compose(tx, number, today, rates)?;
    let m = &c.rendered.model;
    let inv = &c.case.invoice;
    let id = tx.insert_interest_letter(
        c.client,
        inv.id,
        today,
        c.deadline,
        m.total_due_minor,
        inv.currency.code(),
    )?;
    tx.attach_pdf(id, &c.rendered.pdf, &c.rendered.sha256, m.lang)?;
    tx.set_letter_subject(id, &m.subject)?;
    let text = format!(
        "letter about the interest and compensation alone sent: {} by {}",
        Money::new(m.total_due_minor, inv.currency),
        c.deadline
    );
    tx.insert_event(inv.id, &event(today, EventKind::Note, None, &text))?;
    let delivery = match email {
        Some(extras) => Some(queue_email(tx, id, today, dir, extras)?),
        None => None,
    };
    Ok(SentInterestLetter {
        letter: id,
        invoice: inv.number.clone(),
        client: c.client_name.clone(),
        sent: today,
        deadline: c.deadline,
        total_minor: m.total_due_minor,
        currency: inv.currency,
        sha256: c.rendered.sha256.clone(),
        pdf: c.rendered.pdf.clone(),
        warnings: m.warnings.clone(),
        delivery,
    })
}
