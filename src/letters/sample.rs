//! Sample letter facts: what a template is checked against when it is loaded or saved,
//! and what the benchmarks and tests render.
//!
//! Two debtors per check: a business with agreed terms, earlier letters and a claim with
//! interest and compensation, and a consumer with none of these, so that both sides of
//! a template's `if`s are rendered and an undefined variable on either side is caught.

use chrono::{Days, NaiveDate};

use super::compose::{ItemFacts, LetterFacts};
use crate::domain::interest::{Claim, ClaimInput, Law, balance_only, compute_claim};
use crate::domain::invoice::{Invoice, InvoiceId, Payment};
use crate::domain::ladder::{Letter, Stage};
use crate::domain::money::Currency;
use crate::domain::party::{
    BusinessProfile, Client, ClientId, ClientKind, Country, Language, NextStep, Paper,
};
use crate::domain::rates::RateTable;

/// Facts that own their data.
#[derive(Clone, Debug)]
pub struct SampleFacts {
    /// Sender.
    pub profile: BusinessProfile,
    /// Recipient.
    pub client: Client,
    /// Invoice.
    pub invoice: Invoice,
    /// Payments.
    pub payments: Vec<Payment>,
    /// Earlier letters.
    pub earlier: Vec<Letter>,
    /// Stage.
    pub stage: Stage,
    /// Letter date.
    pub date: NaiveDate,
    /// Deadline.
    pub deadline: NaiveDate,
    /// Claim as of the date.
    pub claim: Claim,
    /// Whether the stage claims.
    pub include_claim: bool,
    /// Language.
    pub lang: Language,
    /// The other invoices of a letter that covers several.
    pub more: Vec<SampleItem>,
}

/// One more invoice of a sample letter, with its history and claim.
#[derive(Clone, Debug)]
pub struct SampleItem {
    /// Invoice.
    pub invoice: Invoice,
    /// Payments.
    pub payments: Vec<Payment>,
    /// Earlier letters.
    pub earlier: Vec<Letter>,
    /// Claim as of the date.
    pub claim: Claim,
}

impl SampleFacts {
    /// Borrows the facts for composing.
    pub fn facts(&self) -> LetterFacts<'_> {
        LetterFacts {
            profile: &self.profile,
            logo: None,
            client: &self.client,
            invoice: &self.invoice,
            payments: &self.payments,
            earlier: &self.earlier,
            stage: self.stage,
            date: self.date,
            deadline: self.deadline,
            claim: &self.claim,
            include_claim: self.include_claim,
            lang: self.lang,
            more: self
                .more
                .iter()
                .map(|m| ItemFacts {
                    invoice: &m.invoice,
                    payments: &m.payments,
                    earlier: &m.earlier,
                    claim: &m.claim,
                })
                .collect(),
        }
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn country(code: &str) -> Country {
    code.parse()
        .unwrap_or_else(|_| unreachable!("sample country codes are valid"))
}

/// The sample profile of a language's country.
pub fn profile(lang: Language) -> BusinessProfile {
    let (name, address, cc, city, vat, iban, cur) = match lang {
        Language::It => (
            "Studio Verdi di Anna Verdi",
            "Via Roma 1\n40121 Bologna BO",
            "IT",
            "Bologna",
            "IT01234567890",
            "IT60 X054 2811 1010 0000 0123 456",
            Currency::EUR,
        ),
        Language::De => (
            "Grafikbüro Jana Weiß",
            "Schönhauser Allee 12\n10119 Berlin",
            "DE",
            "Berlin",
            "DE123456789",
            "DE89 3704 0044 0532 0130 00",
            Currency::EUR,
        ),
        Language::Fr => (
            "Atelier Cœur de Lys, Élodie Martin",
            "12 rue de la Paix\n75002 Paris",
            "FR",
            "Paris",
            "FR12345678901",
            "FR76 3000 6000 0112 3456 7890 189",
            Currency::EUR,
        ),
        Language::En => (
            "Hartley Design Ltd",
            "4 Market Street\nLeeds LS1 6DT",
            "GB",
            "Leeds",
            "GB123456789",
            "GB29 NWBK 6016 1331 9268 19",
            Currency::GBP,
        ),
    };
    BusinessProfile {
        name: name.into(),
        address: Some(address.into()),
        country: country(cc),
        vat_id: Some(vat.into()),
        iban: Some(iban.into()),
        email: Some("accounts@example.com".into()),
        phone: Some("+44 113 496 0000".into()),
        signatory: Some("Anna Verdi".into()),
        language: lang,
        currency: cur,
        city: Some(city.into()),
        paper: Paper::A4,
        next_step: NextStep::PaymentOrder,
        bic: Some("BPMOIT22XXX".into()),
        sort_code: None,
        account_number: None,
        sending: crate::domain::party::Sending::Registered,
    }
}

/// A sample letter of `stage` in `lang`, to a business or a consumer.
pub fn facts(lang: Language, stage: Stage, kind: ClientKind) -> SampleFacts {
    let profile = profile(lang);
    let consumer = kind == ClientKind::Consumer;
    let client = Client {
        id: ClientId(1),
        name: if consumer {
            "Jürgen Müller-Lüdenscheidt".into()
        } else {
            "Société Générale d'Œuvres – Bürotechnik S.r.l.".into()
        },
        kind,
        country: profile.country,
        language: lang,
        law: None,
        email: None,
        address: Some("Corso Garibaldi 5\n20121 Milano MI".into()),
        vat_id: None,
        notes: None,
        individual: consumer,
        salutation: None,
        contact: (!consumer).then(|| "Maria Bianchi".to_string()),
    };
    let invoice = Invoice {
        id: InvoiceId(1),
        number: "2026/017".into(),
        client_id: ClientId(1),
        issued: day(2026, 8, 1),
        due: day(2026, 8, 31),
        amount_minor: 255_000,
        currency: profile.currency,
        description: (!consumer).then(|| "Brand identity and website design".into()),
        terms: (!consumer).then(|| "payment within 30 days of the invoice date".into()),
        terms_agreed_on: (!consumer).then(|| day(2026, 3, 1)),
        late_rate_bp: None,
    };
    let payments = if consumer {
        vec![]
    } else {
        vec![Payment {
            id: 1,
            date: day(2026, 9, 20),
            amount_minor: 55_000,
            method: None,
            note: None,
        }]
    };
    let starts = [1, 14, 28, 42];
    let date = invoice.due + Days::new(starts[stage.index()] + 10);
    let earlier: Vec<Letter> = if consumer {
        vec![]
    } else {
        Stage::ALL[..stage.index()]
            .iter()
            .map(|s| Letter {
                id: s.index() as i64 + 1,
                stage: *s,
                sent: invoice.due + Days::new(starts[s.index()] + 10),
                deadline: invoice.due + Days::new(starts[s.index()] + 17),
                principal_minor: 0,
                interest_minor: 0,
                compensation_minor: 0,
                forced: false,
            })
            .collect()
    };
    let deadline = date + Days::new(if stage == Stage::LegalWarning { 14 } else { 7 });
    let law = Law::default_for(profile.country);
    let input = ClaimInput {
        law,
        debtor: kind,
        invoice: &invoice,
        payments: &payments,
        letters: &earlier,
        as_of: date,
    };
    // The samples' dates lie inside the shipped tables; outside, no interest is shown.
    let claim =
        compute_claim(&input, &RateTable::embedded()).unwrap_or_else(|_| balance_only(&input));
    SampleFacts {
        profile,
        client,
        invoice,
        payments,
        earlier,
        stage,
        date,
        deadline,
        claim,
        include_claim: stage != Stage::Reminder,
        lang,
        more: Vec::new(),
    }
}

/// A sample letter of `stage` to a business that covers `count` invoices (at least one):
/// the business sample's invoice, then more, each issued ten days after the one before.
pub fn grouped(lang: Language, stage: Stage, count: usize) -> SampleFacts {
    let mut f = facts(lang, stage, ClientKind::Business);
    for k in 1..count {
        let shift = Days::new(10 * k as u64);
        let invoice = Invoice {
            id: InvoiceId(1 + k as i64),
            number: format!("2026/{:03}", 17 + k),
            issued: f.invoice.issued - shift,
            due: f.invoice.due - shift,
            amount_minor: 80_000 + 12_345 * k as i64,
            ..f.invoice.clone()
        };
        let input = ClaimInput {
            law: f.claim.law,
            debtor: ClientKind::Business,
            invoice: &invoice,
            payments: &[],
            letters: &f.earlier,
            as_of: f.date,
        };
        let claim =
            compute_claim(&input, &RateTable::embedded()).unwrap_or_else(|_| balance_only(&input));
        f.more.push(SampleItem {
            invoice,
            payments: Vec::new(),
            earlier: f.earlier.clone(),
            claim,
        });
    }
    f
}

/// The samples a template is checked against.
pub fn facts_set(lang: Language, stage: Stage) -> Vec<SampleFacts> {
    vec![
        facts(lang, stage, ClientKind::Business),
        facts(lang, stage, ClientKind::Consumer),
        grouped(lang, stage, 3),
    ]
}
