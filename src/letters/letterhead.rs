//! What every letter opens and closes with, whatever its kind: the sender's block, the
//! recipient's window-envelope address, the place and date, the footer, and the
//! payment details the payer needs (with what the profile lacks for this payer). The
//! stage letters, the statement of account and the letter about interest share them.

use chrono::NaiveDate;

use super::i18n::{self, words};
use super::salutation::{attention_line, country_name};
use crate::domain::party::{BusinessProfile, Client, Language};
use crate::present as format;

/// The payment details the payer needs, and what the profile lacks for this payer: an
/// IBAN (grouped by four), the BIC for a payer abroad, and a UK account's sort code and
/// account number for a payer in the UK or a UK creditor.
pub(super) fn payment_details(
    p: &BusinessProfile,
    client: &Client,
    reference: &str,
    w: &i18n::Words,
) -> (Vec<(String, String)>, Vec<String>) {
    let abroad = client.country != p.country;
    let uk_account = p.sort_code.is_some() && p.account_number.is_some();
    let uk_payer = client.country.code() == "GB" || p.country.code() == "GB";
    let mut rows = vec![(w.holder.to_string(), p.name.clone())];
    let mut warnings = Vec::new();
    if let Some(iban) = &p.iban {
        rows.push(("IBAN".to_string(), crate::domain::bank::iban_grouped(iban)));
    }
    if let Some(bic) = &p.bic {
        rows.push(("BIC".to_string(), bic.clone()));
    } else if abroad && p.iban.is_some() {
        warnings.push(format!(
            "{} pays from abroad and needs your BIC: add it with profile set --bic",
            client.name
        ));
    }
    if uk_account && uk_payer {
        rows.push((
            w.sort_code.to_string(),
            p.sort_code.clone().unwrap_or_default(),
        ));
        rows.push((
            w.account_number.to_string(),
            p.account_number.clone().unwrap_or_default(),
        ));
    }
    if p.iban.is_none() && !(uk_account && uk_payer) {
        warnings.push(
            "the business profile has no IBAN (nor a UK sort code and account number for a UK payer): the letter gives no account to pay into".into(),
        );
    }
    rows.push((w.reference.to_string(), reference.to_string()));
    (rows, warnings)
}

fn lines(text: Option<&str>) -> Vec<String> {
    text.map(|t| {
        t.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

/// The parts every letter shares: the sender's block, the recipient's window-envelope
/// address, the place and date, and the footer.
pub(super) struct Letterhead {
    /// Sender: name first, then address and contact lines.
    pub sender: Vec<String>,
    /// Recipient: name first, then the address lines.
    pub recipient: Vec<String>,
    /// "Bologna, 22 novembre 2026".
    pub place_date: String,
    /// The footer's business details.
    pub footer: String,
}

/// The letterhead of a letter from `p` to `client` dated `date`, in `lang`.
pub(super) fn letterhead(
    p: &BusinessProfile,
    client: &Client,
    date: NaiveDate,
    lang: Language,
) -> Letterhead {
    let w = words(lang);
    let mut sender = vec![p.name.clone()];
    sender.extend(lines(p.address.as_deref()));
    // A reader abroad needs the sender's country to write back (the Reply Form's address).
    if client.country != p.country && p.address.is_some() {
        sender.push(country_name(p.country, lang));
    }
    if let Some(vat) = &p.vat_id {
        sender.push(format!("{} {vat}", w.vat));
    }
    let contact: Vec<&str> = [p.email.as_deref(), p.phone.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !contact.is_empty() {
        sender.push(contact.join(" · "));
    }
    let mut recipient = vec![client.name.clone()];
    if let Some(contact) = client.contact.as_deref().filter(|c| !c.trim().is_empty()) {
        recipient.push(attention_line(contact.trim(), lang));
    }
    recipient.extend(lines(client.address.as_deref()));
    // An envelope abroad ends with the country, in capitals, in the sender's language.
    if client.country != p.country {
        recipient.push(country_name(client.country, p.language));
    }
    let place_date = match p.city.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(city) => format!("{city}, {}", format::date(date, lang)),
        None => format::date(date, lang),
    };

    let footer = {
        let mut parts = vec![p.name.clone()];
        parts.extend(lines(p.address.as_deref()));
        if let Some(vat) = &p.vat_id {
            parts.push(format!("{} {vat}", w.vat));
        }
        if let Some(iban) = &p.iban {
            parts.push(format!("IBAN {iban}"));
        }
        parts.join(" · ")
    };
    Letterhead {
        sender,
        recipient,
        place_date,
        footer,
    }
}
