//! The template context: every variable a letter template can use, built from the facts.
//!
//! `overdue templates check` renders a template against sample contexts built here, so a
//! variable that is not in this file is an error at save time, not a blank on paper.

use chrono::NaiveDate;
use serde::Serialize;

use super::claim_words;
use super::compose::{ItemFacts, LetterFacts};
use super::i18n;
use super::next_step::{Step, next_step};
use super::salutation::greeting;
use crate::domain::interest::Law;
use crate::domain::ladder::{Letter, Stage};
use crate::domain::party::{ClientKind, NextStep};
use crate::present as format;

#[derive(Serialize)]
struct SenderCtx {
    name: String,
    signatory: String,
    email: String,
    phone: String,
    city: String,
    /// The postal address on one line ("Via Roma 1, 40121 Bologna BO").
    address: String,
}

#[derive(Serialize)]
struct ClientCtx {
    name: String,
    kind: ClientKind,
    is_consumer: bool,
    /// A public body.
    is_public: bool,
    /// A natural person: a consumer or a sole trader.
    individual: bool,
    /// Addressed in the plural (Italian "Voi"): a company or a public body.
    plural: bool,
}

#[derive(Serialize)]
struct InvoiceCtx {
    number: String,
    issued: String,
    due: String,
    amount: String,
    paid: String,
    balance: String,
    description: String,
    terms: String,
    terms_agreed_on: String,
    days_overdue: i64,
}

#[derive(Serialize)]
struct LetterCtx {
    stage: Stage,
    title: String,
    date: String,
    deadline: String,
    deadline_days: i64,
    /// The title of the ladder's next letter ("Letter before action"), if any.
    next_title: String,
}

#[derive(Serialize)]
struct ClaimCtx {
    included: bool,
    has_interest: bool,
    has_compensation: bool,
    continuing: bool,
    interest: String,
    compensation: String,
    total: String,
    basis: String,
    compensation_basis: String,
    /// The first day of default (interest runs from it), as printed.
    interest_from: String,
    /// The same: the name the templates use since the claims issue.
    default_from: String,
    /// The rate as a formula in the letter's language.
    formula: String,
    /// Interest a day on the balance, as printed.
    daily: String,
    /// Interest runs only from a day after this letter (a French mise en demeure).
    starting: bool,
    /// The yearly rate in force, e.g. "10,15 %" ("" when no interest runs).
    rate: String,
    /// The rate is one agreed in the contract.
    contractual: bool,
}

#[derive(Serialize)]
struct EarlierCtx {
    stage: Stage,
    title: String,
    date: String,
}

#[derive(Serialize)]
struct Context {
    sender: SenderCtx,
    client: ClientCtx,
    /// The first invoice the letter covers (the only one, usually).
    invoice: InvoiceCtx,
    /// Every invoice the letter covers: `invoices|length > 1` is a letter about several.
    invoices: Vec<InvoiceCtx>,
    /// Their numbers, as a list in words ("2026/017, 2026/018 and 2026/019").
    numbers: String,
    /// What the invoices still owe together (the balance when there is one).
    balance_total: String,
    letter: LetterCtx,
    claim: ClaimCtx,
    earlier: Vec<EarlierCtx>,
    earlier_list: String,
    total_due: String,
    next_step: String,
    next_step_code: NextStep,
    /// The opening line, with its comma.
    salutation: String,
    /// The closing line.
    closing: String,
    /// Interest runs on the balance now (the claim adds interest, or it runs and this
    /// letter does not claim it yet): the letters say so, with the daily amount.
    interest_runs: bool,
    law: Law,
    gb_protocol: bool,
    iban: String,
    reference: String,
}

/// Whether the legal warning goes under the UK Pre-Action Protocol for Debt Claims: it
/// applies to any individual, a sole trader included.
pub(super) fn gb_protocol(f: &LetterFacts<'_>) -> bool {
    f.stage == Stage::LegalWarning && f.claim.law == Law::Gb && f.client.is_individual()
}

/// The next step after the legal warning, as it exists for this debtor.
pub(super) fn step(f: &LetterFacts<'_>) -> Step {
    next_step(
        f.profile.next_step,
        f.claim.law,
        f.client.kind,
        f.claim_sum().principal_minor,
        f.invoice.currency,
        f.lang,
    )
}

/// The context a template renders against.
pub(super) fn context(f: &LetterFacts<'_>) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(build(f)))
}

fn build(f: &LetterFacts<'_>) -> Context {
    let lang = f.lang;
    let cur = f.invoice.currency;
    let money = |m: i64| format::money(m, cur, lang);
    let date = |d: NaiveDate| format::date(d, lang);
    let sum = f.claim_sum();
    let claim: &crate::domain::interest::Claim = &sum;
    let included = f.include_claim;
    let has_interest = included && claim.interest_minor > 0;
    let has_compensation = included && claim.compensation_minor > 0;
    let total_due = f.total_due_minor();
    // The earlier letters of every invoice covered, each (stage, day) once: the
    // invoices of one letter were usually in the same letters before.
    let items = f.items();
    let mut earlier: Vec<&Letter> = items
        .iter()
        .flat_map(|i| i.earlier.iter())
        .filter(|l| l.sent <= f.date && l.stage < f.stage)
        .collect();
    earlier.sort_by_key(|l| (l.sent, l.stage));
    earlier.dedup_by_key(|l| (l.sent, l.stage));
    let earlier_items: Vec<(Stage, String)> =
        earlier.iter().map(|l| (l.stage, date(l.sent))).collect();
    let p = f.profile;
    let default_from = claim.default_from.map(date).unwrap_or_default();
    let greeting = greeting(f.client, lang);
    let invoice_ctx = |i: &ItemFacts<'_>| InvoiceCtx {
        number: i.invoice.number.clone(),
        issued: date(i.invoice.issued),
        due: date(i.invoice.due),
        amount: money(i.invoice.amount_minor),
        paid: money(i.invoice.amount_minor - i.claim.principal_minor),
        balance: money(i.claim.principal_minor),
        description: i.invoice.description.clone().unwrap_or_default(),
        terms: i
            .invoice
            .terms
            .clone()
            .unwrap_or_default()
            .trim_end_matches('.')
            .to_string(),
        terms_agreed_on: i.invoice.terms_agreed_on.map(date).unwrap_or_default(),
        days_overdue: (f.date - i.invoice.due).num_days().max(0),
    };
    Context {
        sender: SenderCtx {
            name: p.name.clone(),
            signatory: p.signatory.clone().unwrap_or_else(|| p.name.clone()),
            email: p.email.clone().unwrap_or_default(),
            phone: p.phone.clone().unwrap_or_default(),
            city: p.city.clone().unwrap_or_default(),
            address: p
                .address
                .as_deref()
                .map(|a| {
                    a.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default(),
        },
        client: ClientCtx {
            name: f.client.name.clone(),
            kind: f.client.kind,
            is_consumer: f.client.kind == ClientKind::Consumer,
            is_public: f.client.kind == ClientKind::Public,
            individual: f.client.is_individual(),
            plural: !f.client.is_individual(),
        },
        invoice: invoice_ctx(&items[0]),
        invoices: items.iter().map(invoice_ctx).collect(),
        numbers: i18n::and_list(
            &items
                .iter()
                .map(|i| i.invoice.number.clone())
                .collect::<Vec<_>>(),
            lang,
        ),
        balance_total: money(claim.principal_minor),
        letter: LetterCtx {
            stage: f.stage,
            title: i18n::title(f.stage, lang).to_string(),
            date: date(f.date),
            deadline: date(f.deadline),
            deadline_days: (f.deadline - f.date).num_days(),
            next_title: f
                .stage
                .next()
                .map(|s| i18n::title(s, lang).to_string())
                .unwrap_or_default(),
        },
        claim: ClaimCtx {
            included,
            has_interest,
            has_compensation,
            continuing: has_interest && claim.principal_minor > 0 && claim.daily_minor > 0,
            interest: money(claim.interest_minor),
            compensation: money(claim.compensation_minor),
            total: money(claim.total_minor),
            basis: claim_words::basis(claim, f.client.country, lang),
            compensation_basis: i18n::compensation_basis(claim.law, lang).to_string(),
            interest_from: default_from.clone(),
            default_from,
            formula: claim_words::formula(&claim.formula, lang),
            daily: money(claim.daily_minor),
            rate: claim
                .formula
                .rate_bp
                .map(|bp| format::rate(bp, lang))
                .unwrap_or_default(),
            contractual: claim.rate_kind == crate::domain::interest::RateKind::Contractual,
            starting: included
                && claim.interest_minor == 0
                && claim.daily_minor > 0
                && claim.default_from.is_some_and(|d| d > f.date),
        },
        earlier: earlier
            .iter()
            .map(|l| EarlierCtx {
                stage: l.stage,
                title: i18n::title(l.stage, lang).to_string(),
                date: date(l.sent),
            })
            .collect(),
        earlier_list: i18n::earlier_list(&earlier_items, lang),
        total_due: money(total_due),
        next_step: step(f).phrase.to_string(),
        next_step_code: p.next_step,
        salutation: greeting.salutation,
        closing: greeting.closing,
        interest_runs: claim.daily_minor > 0
            && claim.principal_minor > 0
            && claim.default_from.is_some_and(|d| d <= f.date),
        law: claim.law,
        gb_protocol: gb_protocol(f),
        iban: p.iban.clone().unwrap_or_default(),
        reference: f.reference(),
    }
}
