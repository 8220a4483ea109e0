//! Actions on the parties: the user's business profile and the clients.

use super::{ActionError, Result, opt};
use crate::domain::bank;
use crate::domain::party::{
    BusinessProfile, Client, ClientId, ClientKind, Country, Language, NewClient, Paper, Sending,
    check_email, non_blank,
};
use crate::ledger::Ledger;
use crate::t;

/// Changes to the business profile; `None` leaves a field as it is.
#[derive(Clone, Debug, Default)]
pub struct ProfilePatch {
    /// Legal name.
    pub name: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Country code.
    pub country: Option<String>,
    /// VAT id.
    pub vat: Option<String>,
    /// IBAN.
    pub iban: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Signatory.
    pub signatory: Option<String>,
    /// Default letter language.
    pub language: Option<String>,
    /// Default currency.
    pub currency: Option<String>,
    /// The town letters are dated from.
    pub city: Option<String>,
    /// `a4` or `letter`.
    pub paper: Option<String>,
    /// The one step after the legal warning.
    pub next_step: Option<String>,
    /// The bank's BIC.
    pub bic: Option<String>,
    /// A UK sort code.
    pub sort_code: Option<String>,
    /// A UK account number.
    pub account_number: Option<String>,
    /// `post`, `registered` or `pec`: how demands are sent.
    pub sending: Option<String>,
    /// A new logo file (PNG or JPEG); `Some(None)` removes the logo.
    pub logo: Option<Option<std::path::PathBuf>>,
}

/// Applies a patch to the profile (creating it: then name and country are required).
pub fn set_profile(ledger: &mut Ledger, patch: &ProfilePatch) -> Result<BusinessProfile> {
    let logo = match &patch.logo {
        Some(file) => Some(read_logo(file.as_deref())?),
        None => None,
    };
    ledger.write(|tx| {
        let current = tx.profile()?;
        let country: Option<Country> = match &patch.country {
            Some(c) => Some(c.parse().map_err(|e| ActionError::field("country", e))?),
            None => current.as_ref().map(|p| p.country),
        };
        let country = country
            .ok_or_else(|| ActionError::field("country", t!("err-parties-required-new-profile")))?;
        let name = patch
            .name
            .as_deref()
            .and_then(|n| non_blank(Some(n)))
            .or_else(|| current.as_ref().map(|p| p.name.clone()))
            .ok_or_else(|| ActionError::field("name", t!("err-parties-required-new-profile")))?;
        let language = match &patch.language {
            Some(l) => l.parse().map_err(|e| ActionError::field("language", e))?,
            None => current
                .as_ref()
                .map_or(country.default_language(), |p| p.language),
        };
        let currency = match &patch.currency {
            Some(c) => c.parse().map_err(|e| ActionError::field("currency", e))?,
            // A new profile's currency follows its country: a UK business bills in GBP.
            None => current
                .as_ref()
                .map_or_else(|| country.default_currency(), |p| p.currency),
        };
        let paper = match &patch.paper {
            Some(v) => v.parse().map_err(|e| ActionError::field("paper", e))?,
            None => current.as_ref().map_or(Paper::A4, |p| p.paper),
        };
        let next_step = match &patch.next_step {
            Some(v) => v.parse().map_err(|e| ActionError::field("next step", e))?,
            None => current
                .as_ref()
                .map_or(country.default_next_step(), |p| p.next_step),
        };
        let keep = |new: &Option<String>, old: Option<&Option<String>>| match new {
            Some(v) => non_blank(Some(v)),
            None => old.cloned().flatten(),
        };
        let c = current.as_ref();
        let sending = match &patch.sending {
            Some(v) => v.parse().map_err(|e| ActionError::field("sending", e))?,
            None => c.map_or(Sending::Post, |p| p.sending),
        };
        // Bank details are checked as typed; what is kept was checked when it was set.
        let checked = |field: &'static str,
                       new: &Option<String>,
                       old: Option<&Option<String>>,
                       check: fn(&str) -> std::result::Result<String, String>|
         -> Result<Option<String>> {
            match new.as_deref().map(str::trim) {
                Some("") => Ok(None),
                Some(v) => check(v).map(Some).map_err(|e| ActionError::field(field, e)),
                None => Ok(old.cloned().flatten()),
            }
        };
        let iban = checked("iban", &patch.iban, c.map(|p| &p.iban), bank::iban)?;
        let bic = checked("bic", &patch.bic, c.map(|p| &p.bic), bank::bic)?;
        let sort_code = checked(
            "sort code",
            &patch.sort_code,
            c.map(|p| &p.sort_code),
            bank::sort_code,
        )?;
        let account_number = checked(
            "account number",
            &patch.account_number,
            c.map(|p| &p.account_number),
            bank::account_number,
        )?;
        let profile = BusinessProfile {
            name,
            address: keep(&patch.address, c.map(|p| &p.address)),
            country,
            vat_id: match patch.vat.as_deref().map(str::trim) {
                Some("") => None,
                Some(v) => Some(
                    crate::domain::vat::check(v, country.code())
                        .map_err(|e| ActionError::field("vat", e))?,
                ),
                None => c.and_then(|p| p.vat_id.clone()),
            },
            iban,
            email: checked("email", &patch.email, c.map(|p| &p.email), |e| {
                check_email(e)
            })?,
            phone: keep(&patch.phone, c.map(|p| &p.phone)),
            signatory: keep(&patch.signatory, c.map(|p| &p.signatory)),
            language,
            currency,
            city: keep(&patch.city, c.map(|p| &p.city)),
            paper,
            next_step,
            bic,
            sort_code,
            account_number,
            sending,
        };
        tx.set_profile(&profile)?;
        if let Some(logo) = &logo {
            tx.set_logo(logo.as_deref())?;
        }
        Ok(profile)
    })
}

/// Reads and checks a logo file (PNG or JPEG); `None` stands for "remove the logo".
fn read_logo(file: Option<&std::path::Path>) -> Result<Option<Vec<u8>>> {
    Ok(match file {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| {
                ActionError::field(
                    "logo",
                    t!(
                        "err-parties-logo-unreadable",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ),
                )
            })?;
            crate::letters::pdf::check_logo(&bytes)
                .map_err(|e| ActionError::field("logo", format!("{} {e}", path.display())))?;
            Some(bytes)
        }
        None => None,
    })
}

/// A new client as typed.
#[derive(Clone, Debug, Default)]
pub struct ClientInput {
    /// Name (unique).
    pub name: String,
    /// `business` (default), `consumer` or `public`.
    pub kind: Option<String>,
    /// Country code; defaults to the profile's country.
    pub country: Option<String>,
    /// Letter language; defaults from the country.
    pub language: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// VAT id.
    pub vat: Option<String>,
    /// Notes.
    pub notes: Option<String>,
    /// Late-payment law (IT, DE, FR, EU, GB, none); empty or `default` follows the profile.
    pub law: Option<String>,
    /// A natural person: `yes` or `no` (a consumer always is).
    pub individual: Option<String>,
    /// The salutation ("Dear Mr Smith"); empty: the language's default.
    pub salutation: Option<String>,
    /// The person the letter is for.
    pub contact: Option<String>,
}

/// Reads yes/no as people type it.
fn yes_no(field: &'static str, text: &str) -> Result<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "si" | "sì" | "ja" | "oui" => Ok(true),
        "no" | "n" | "false" | "0" | "nein" | "non" | "" => Ok(false),
        other => Err(ActionError::field(
            field,
            t!("err-parties-not-yes-no", value = other.to_string()),
        )),
    }
}

/// Validates a client input against the profile's defaults.
pub fn parse_client(input: &ClientInput, profile: Option<&BusinessProfile>) -> Result<NewClient> {
    let name = non_blank(Some(&input.name))
        .ok_or_else(|| ActionError::field("name", t!("err-parties-empty")))?;
    if name.chars().any(char::is_control) {
        return Err(ActionError::field(
            "name",
            t!("err-parties-control-character"),
        ));
    }
    if name.chars().count() > 200 {
        return Err(ActionError::field(
            "name",
            t!("err-parties-too-long", max = 200),
        ));
    }
    let kind = match opt(input.kind.as_deref()) {
        Some(k) => k.parse().map_err(|e| ActionError::field("kind", e))?,
        None => ClientKind::Business,
    };
    let country: Country = match opt(input.country.as_deref()) {
        Some(c) => c.parse().map_err(|e| ActionError::field("country", e))?,
        None => profile
            .map(|p| p.country)
            .ok_or_else(|| ActionError::field("country", t!("err-parties-country-required")))?,
    };
    let language: Language = match opt(input.language.as_deref()) {
        Some(l) => l.parse().map_err(|e| ActionError::field("language", e))?,
        None => country.default_language(),
    };
    let law = match opt(input.law.as_deref()) {
        None => None,
        Some(l) if l.eq_ignore_ascii_case("default") => None,
        Some(l) => Some(l.parse().map_err(|e| ActionError::field("law", e))?),
    };
    let individual = match input.individual.as_deref() {
        Some(v) => yes_no("individual", v)?,
        None => false,
    } || kind == ClientKind::Consumer;
    if individual && kind == ClientKind::Public {
        return Err(ActionError::field(
            "individual",
            t!("err-parties-public-not-individual"),
        ));
    }
    let one_line = |field: &'static str, v: Option<&str>| -> Result<Option<String>> {
        let v = opt(v);
        match &v {
            Some(t) if t.chars().any(char::is_control) => {
                Err(ActionError::field(field, t!("err-parties-one-line")))
            }
            Some(t) if t.chars().count() > 120 => Err(ActionError::field(
                field,
                t!("err-parties-too-long", max = 120),
            )),
            _ => Ok(v),
        }
    };
    Ok(NewClient {
        name,
        kind,
        country,
        language,
        law,
        email: match opt(input.email.as_deref()) {
            Some(e) => Some(check_email(&e).map_err(|e| ActionError::field("email", e))?),
            None => None,
        },
        address: opt(input.address.as_deref()),
        vat_id: match opt(input.vat.as_deref()) {
            Some(v) => Some(
                crate::domain::vat::check(&v, country.code())
                    .map_err(|e| ActionError::field("vat", e))?,
            ),
            None => None,
        },
        notes: opt(input.notes.as_deref()),
        individual,
        salutation: one_line("salutation", input.salutation.as_deref())?,
        contact: one_line("contact", input.contact.as_deref())?,
    })
}

/// The business profile, if one was set.
pub fn profile(ledger: &mut Ledger) -> Result<Option<BusinessProfile>> {
    Ok(ledger.read(|tx| tx.profile())?)
}

/// Every client, by name.
pub fn clients(ledger: &mut Ledger) -> Result<Vec<Client>> {
    Ok(ledger.read(|tx| tx.clients())?)
}

/// Whether the profile has a logo.
pub fn has_logo(ledger: &mut Ledger) -> Result<bool> {
    Ok(ledger.read(|tx| tx.logo())?.is_some())
}

/// The window's language chosen in Settings, if any.
pub fn ui_language(ledger: &mut Ledger) -> Result<Option<crate::domain::party::Language>> {
    Ok(ledger.read(|tx| tx.ui_language())?)
}

/// Keeps the window's language in the ledger (one transaction).
pub fn set_ui_language(ledger: &mut Ledger, lang: crate::domain::party::Language) -> Result<()> {
    Ok(ledger.write(|tx| tx.set_ui_language(lang))?)
}

/// Adds a client.
pub fn add_client(ledger: &mut Ledger, input: &ClientInput) -> Result<ClientId> {
    ledger.write(|tx| {
        let client = parse_client(input, tx.profile()?.as_ref())?;
        Ok(tx.insert_client(&client)?)
    })
}

/// Changes a client's details. In `patch`, an empty name and `None` fields keep what is
/// stored; `Some("")` clears an optional text. The result is checked like a new client.
pub fn update_client(ledger: &mut Ledger, who: &str, patch: &ClientInput) -> Result<Client> {
    ledger.write(|tx| {
        let old = tx
            .find_client(who)
            .map_err(|e| ActionError::field("client", e))?;
        let pick = |new: &Option<String>, old: Option<&str>| match new {
            Some(v) => Some(v.clone()),
            None => old.map(str::to_string),
        };
        let name = if patch.name.trim().is_empty() {
            old.name.clone()
        } else {
            patch.name.clone()
        };
        if name.trim() != old.name
            && let Some(other) = tx.client_by_name(name.trim())?
        {
            return Err(ActionError::field(
                "name",
                t!(
                    "err-parties-name-taken",
                    name = other.name.clone(),
                    id = other.id.to_string()
                ),
            ));
        }
        let merged = ClientInput {
            name,
            kind: Some(pick(&patch.kind, Some(old.kind.as_str())).unwrap_or_default()),
            country: Some(pick(&patch.country, Some(old.country.code())).unwrap_or_default()),
            language: Some(pick(&patch.language, Some(old.language.as_str())).unwrap_or_default()),
            email: pick(&patch.email, old.email.as_deref()),
            address: pick(&patch.address, old.address.as_deref()),
            vat: pick(&patch.vat, old.vat_id.as_deref()),
            notes: pick(&patch.notes, old.notes.as_deref()),
            law: pick(&patch.law, old.law.map(|l| l.as_str())),
            individual: Some(
                pick(
                    &patch.individual,
                    Some(if old.individual { "yes" } else { "no" }),
                )
                .unwrap_or_default(),
            ),
            salutation: pick(&patch.salutation, old.salutation.as_deref()),
            contact: pick(&patch.contact, old.contact.as_deref()),
        };
        let new = parse_client(&merged, tx.profile()?.as_ref())?;
        let client = Client {
            id: old.id,
            name: new.name,
            kind: new.kind,
            country: new.country,
            language: new.language,
            law: new.law,
            email: new.email,
            address: new.address,
            vat_id: new.vat_id,
            notes: new.notes,
            individual: new.individual,
            salutation: new.salutation,
            contact: new.contact,
        };
        tx.update_client(&client)?;
        Ok(client)
    })
}
