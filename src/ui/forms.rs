//! The window's forms: strings as typed until submit, an error beside each field.
//!
//! A form turns into the same input the CLI builds (`ClientInput`, `InvoiceInput`...),
//! and the action's field error comes back keyed by the field it names, so the window
//! shows it where the user typed.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::actions::{ClientInput, InvoiceInput, PolicyPatch, ProfilePatch};
use crate::domain::ladder::{LadderPolicy, Stage};
use crate::domain::money::format_minor;
use crate::domain::party::{BusinessProfile, Client};
use crate::t;

/// Field errors of a form, by the field name the action reports.
pub type Errors = BTreeMap<String, String>;

fn blank_none(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The business profile form.
#[derive(Clone, Debug, Default)]
pub struct ProfileForm {
    /// Legal name.
    pub name: String,
    /// Postal address, several lines.
    pub address: String,
    /// The town letters are dated from.
    pub city: String,
    /// Country code.
    pub country: String,
    /// VAT id.
    pub vat: String,
    /// IBAN.
    pub iban: String,
    /// Email.
    pub email: String,
    /// Phone.
    pub phone: String,
    /// Signatory.
    pub signatory: String,
    /// Default letter language.
    pub language: String,
    /// Default currency.
    pub currency: String,
    /// `a4` or `letter`.
    pub paper: String,
    /// The one step after the legal warning.
    pub next_step: String,
    /// The bank's BIC.
    pub bic: String,
    /// UK sort code.
    pub sort_code: String,
    /// UK account number.
    pub account_number: String,
    /// `post`, `registered` or `pec`.
    pub sending: String,
    /// The last valid country typed: its defaults are the ones a new country replaces.
    pub follows: String,
    /// Errors by field.
    pub errors: Errors,
}

impl ProfileForm {
    /// A form for a new profile, for an Italian business.
    pub fn new() -> Self {
        Self::for_country("IT")
    }

    /// A form for a new profile in `country` (an ISO code): its letter language, currency
    /// and next step follow the country; an unknown code gives the Italian defaults.
    pub fn for_country(country: &str) -> Self {
        let c: crate::domain::party::Country = country
            .parse()
            .unwrap_or_else(|_| "IT".parse().expect("IT is a country"));
        let paper = if matches!(c.code(), "US" | "CA") {
            "letter"
        } else {
            "a4"
        };
        ProfileForm {
            country: c.to_string(),
            follows: c.to_string(),
            language: c.default_language().to_string(),
            currency: c.default_currency().to_string(),
            paper: paper.into(),
            next_step: c.default_next_step().to_string(),
            sending: "post".into(),
            ..Default::default()
        }
    }

    /// The form holding a profile.
    pub fn of(p: &BusinessProfile) -> Self {
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        ProfileForm {
            name: p.name.clone(),
            address: s(&p.address),
            city: s(&p.city),
            country: p.country.to_string(),
            vat: s(&p.vat_id),
            iban: s(&p.iban),
            email: s(&p.email),
            phone: s(&p.phone),
            signatory: s(&p.signatory),
            language: p.language.to_string(),
            currency: p.currency.to_string(),
            paper: p.paper.to_string(),
            next_step: p.next_step.to_string(),
            bic: s(&p.bic),
            sort_code: s(&p.sort_code),
            account_number: s(&p.account_number),
            sending: p.sending.to_string(),
            follows: p.country.to_string(),
            errors: Errors::new(),
        }
    }

    /// The patch the action takes; every field is set (blank clears).
    pub fn patch(&self) -> ProfilePatch {
        let t = |s: &str| Some(s.trim().to_string());
        ProfilePatch {
            name: t(&self.name),
            address: t(&self.address),
            country: t(&self.country),
            vat: t(&self.vat),
            iban: t(&self.iban),
            email: t(&self.email),
            phone: t(&self.phone),
            signatory: t(&self.signatory),
            language: t(&self.language),
            currency: t(&self.currency),
            city: t(&self.city),
            paper: t(&self.paper),
            next_step: t(&self.next_step),
            bic: t(&self.bic),
            sort_code: t(&self.sort_code),
            account_number: t(&self.account_number),
            sending: t(&self.sending),
            logo: None,
        }
    }
}

/// The client form (new or edit).
#[derive(Clone, Debug, Default)]
pub struct ClientForm {
    /// Name.
    pub name: String,
    /// `business`, `consumer` or `public`.
    pub kind: String,
    /// Country code.
    pub country: String,
    /// Letter language.
    pub language: String,
    /// Late-payment law (blank: from the profile).
    pub law: String,
    /// Email.
    pub email: String,
    /// Postal address.
    pub address: String,
    /// VAT id.
    pub vat: String,
    /// Notes.
    pub notes: String,
    /// A natural person trading on their own (a sole trader).
    pub individual: bool,
    /// The salutation ("Mr Smith"); blank: the language's default.
    pub salutation: String,
    /// The person the letter is for.
    pub contact: String,
    /// Errors by field.
    pub errors: Errors,
}

impl ClientForm {
    /// A form for a new client.
    pub fn new() -> Self {
        ClientForm {
            kind: "business".into(),
            ..Default::default()
        }
    }

    /// The form holding a client.
    pub fn of(c: &Client) -> Self {
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        ClientForm {
            name: c.name.clone(),
            kind: c.kind.to_string(),
            country: c.country.to_string(),
            language: c.language.to_string(),
            law: c.law.map(|l| l.to_string()).unwrap_or_default(),
            email: s(&c.email),
            address: s(&c.address),
            vat: s(&c.vat_id),
            notes: s(&c.notes),
            individual: c.individual,
            salutation: s(&c.salutation),
            contact: s(&c.contact),
            errors: Errors::new(),
        }
    }

    /// The input the action takes.
    pub fn input(&self) -> ClientInput {
        ClientInput {
            name: self.name.trim().to_string(),
            kind: blank_none(&self.kind),
            country: blank_none(&self.country),
            language: blank_none(&self.language),
            email: Some(self.email.trim().to_string()),
            address: Some(self.address.trim().to_string()),
            vat: Some(self.vat.trim().to_string()),
            notes: Some(self.notes.trim().to_string()),
            law: Some(if self.law.trim().is_empty() {
                "default".to_string()
            } else {
                self.law.trim().to_string()
            }),
            individual: Some(if self.individual { "yes" } else { "no" }.to_string()),
            salutation: Some(self.salutation.trim().to_string()),
            contact: Some(self.contact.trim().to_string()),
        }
    }
}

/// The new-invoice form.
#[derive(Clone, Debug, Default)]
pub struct InvoiceForm {
    /// Client name.
    pub client: String,
    /// Number.
    pub number: String,
    /// Issue date.
    pub issued: String,
    /// Due date.
    pub due: String,
    /// Gross amount.
    pub amount: String,
    /// Currency (blank: the profile's).
    pub currency: String,
    /// Agreed terms.
    pub terms: String,
    /// Description.
    pub description: String,
    /// Agreed late rate, percent.
    pub late_rate: String,
    /// Errors by field.
    pub errors: Errors,
}

impl InvoiceForm {
    /// A form dated `today`, due in 30 days.
    pub fn new(today: NaiveDate, client: Option<&str>) -> Self {
        InvoiceForm {
            client: client.unwrap_or_default().to_string(),
            issued: super::widgets::form_day(today),
            due: super::widgets::form_day(crate::domain::ladder::add_days(today, 30)),
            ..Default::default()
        }
    }

    /// The input the action takes.
    pub fn input(&self) -> InvoiceInput {
        InvoiceInput {
            client: self.client.trim().to_string(),
            number: self.number.trim().to_string(),
            issued: self.issued.trim().to_string(),
            due: self.due.trim().to_string(),
            amount: self.amount.trim().to_string(),
            currency: blank_none(&self.currency),
            terms: blank_none(&self.terms),
            terms_agreed_on: None,
            description: blank_none(&self.description),
            late_rate: blank_none(&self.late_rate),
        }
    }
}

/// The payment form of the detail view.
#[derive(Clone, Debug, Default)]
pub struct PaymentForm {
    /// Day received.
    pub date: String,
    /// Amount.
    pub amount: String,
    /// How it was paid.
    pub method: String,
    /// Note.
    pub note: String,
    /// Errors by field.
    pub errors: Errors,
}

impl PaymentForm {
    /// A form dated `today`, its amount empty.
    pub fn new(today: NaiveDate) -> Self {
        PaymentForm {
            date: super::widgets::form_day(today),
            // Empty: a stray click must never record the whole balance.
            amount: String::new(),
            // Pre-filled in the window's language; the user may type any other.
            method: t!("forms-method-bank-transfer"),
            ..Default::default()
        }
    }
}

/// The ladder policy form.
#[derive(Clone, Debug, Default)]
pub struct PolicyForm {
    /// Earliest day of each stage, from the due date.
    pub earliest: [String; 4],
    /// Deadline each stage's letter gives.
    pub deadline: [String; 4],
    /// The legal warning's deadline for consumers.
    pub consumer_deadline: String,
    /// The minimum balance worth chasing.
    pub min_balance: String,
    /// The first stage that claims interest.
    pub claim_from: String,
    /// Errors by field.
    pub errors: Errors,
}

impl PolicyForm {
    /// The form holding a policy.
    pub fn of(p: &LadderPolicy, currency: crate::domain::money::Currency) -> Self {
        PolicyForm {
            earliest: std::array::from_fn(|i| p.rule(Stage::ALL[i]).earliest_days.to_string()),
            deadline: std::array::from_fn(|i| p.rule(Stage::ALL[i]).deadline_days.to_string()),
            consumer_deadline: p.consumer_legal_warning_deadline_days.to_string(),
            min_balance: format_minor(p.min_balance_minor, currency),
            claim_from: p.claim_from.to_string(),
            errors: Errors::new(),
        }
    }

    /// The patches the action applies in one transaction, or the first field error.
    pub fn patches(&self) -> Result<Vec<PolicyPatch>, (String, String)> {
        let days = |field: String, s: &str| -> Result<i64, (String, String)> {
            s.trim()
                .parse::<i64>()
                .map_err(|_| (field, t!("forms-not-whole-days", value = s.trim())))
        };
        let mut out = Vec::new();
        for (i, stage) in Stage::ALL.iter().enumerate() {
            out.push(PolicyPatch {
                stage: Some(stage.to_string()),
                earliest_days: Some(days(format!("earliest {stage}"), &self.earliest[i])?),
                deadline_days: Some(days(format!("deadline {stage}"), &self.deadline[i])?),
                ..Default::default()
            });
        }
        out.push(PolicyPatch {
            consumer_legal_warning_deadline_days: Some(days(
                "consumer deadline".into(),
                &self.consumer_deadline,
            )?),
            min_balance: Some(self.min_balance.trim().to_string()),
            claim_from: Some(self.claim_from.trim().to_string()),
            ..Default::default()
        });
        Ok(out)
    }
}
