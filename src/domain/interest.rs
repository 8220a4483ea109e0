//! Statutory late-payment interest, legal interest and fixed compensation: what the law
//! allows a creditor to claim on one invoice, as of one day, to the cent.
//!
//! The rules come from `shared/domain/LAW.md` (§§ 1–5, 10). Interest is simple, on the
//! gross balance, actual/365. It accrues for each day d with start ≤ d ≤ as-of, on the
//! balance still unpaid that day, where a payment dated P counts from P+1. The start is
//! the first day of default, which depends on the law and the debtor (`start.rs`). The
//! days are split into periods at every boundary of the rate table in use (a half-year,
//! or a calendar year for the Italian legal rate; never for a rate fixed for the life of
//! the debt) and at every payment. Each period is rounded half-up to the minor unit once,
//! and the total is their sum, so a letter's table adds up.
//!
//! No figure is guessed: a day no rate table covers makes the claim an error that names
//! the table, and every figure that rests on a stale table carries a warning.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::invoice::{Invoice, Payment};
use super::ladder::Letter;
use super::money::Currency;
use super::party::{ClientKind, Country, code_enum};
use super::rates::{RateGap, RateSeries, RateTable, percent};

#[path = "interest_start.rs"]
mod start;
pub use start::{InterestStart, RateFormula, Regime, points, short_label};

code_enum!(
    /// Which late-payment law a client's debts fall under.
    Law, "law", "IT, DE, FR, EU, GB or none",
    {
        /// Italy, D.Lgs. 231/2002.
        It = "IT",
        /// Germany, BGB §§ 286, 288.
        De = "DE",
        /// France, Code de commerce L441-10.
        Fr = "FR",
        /// Any other EU state: the floor of Directive 2011/7/EU.
        Eu = "EU",
        /// United Kingdom, Late Payment of Commercial Debts (Interest) Act 1998.
        Gb = "GB",
        /// No statutory interest (e.g. the United States).
        None = "none",
    }
);

/// EU member states other than the three with their own entries.
const OTHER_EU: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DK", "EE", "ES", "FI", "GR", "HR", "HU", "IE", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

impl Law {
    /// The law a business established in `country` applies by default.
    pub fn default_for(country: Country) -> Law {
        match country.code() {
            "IT" => Law::It,
            "DE" => Law::De,
            "FR" => Law::Fr,
            "GB" => Law::Gb,
            c if OTHER_EU.contains(&c) => Law::Eu,
            _ => Law::None,
        }
    }

    /// The law's name in a sentence, in the reader's language.
    pub fn name(&self) -> String {
        match self {
            Law::It => crate::t!("msg-interest-law-it"),
            Law::De => crate::t!("msg-interest-law-de"),
            Law::Fr => crate::t!("msg-interest-law-fr"),
            Law::Eu => crate::t!("msg-interest-law-eu"),
            Law::Gb => crate::t!("msg-interest-law-gb"),
            Law::None => crate::t!("msg-interest-law-none"),
        }
    }
}

/// Everything a claim depends on.
#[derive(Clone, Debug)]
pub struct ClaimInput<'a> {
    /// The law that applies to the client.
    pub law: Law,
    /// Business, consumer or public body.
    pub debtor: ClientKind,
    /// The invoice.
    pub invoice: &'a Invoice,
    /// Its payments, any order; those after `as_of` are ignored.
    pub payments: &'a [Payment],
    /// The letters sent for it, any order; those after `as_of` are ignored. In German law
    /// a letter's deadline can start the default; in French law for a consumer, the
    /// formal letter (mise en demeure) does.
    pub letters: &'a [Letter],
    /// The day the claim is computed for.
    pub as_of: NaiveDate,
}

/// Days of one rate on one balance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Period {
    /// First day of interest.
    pub from: NaiveDate,
    /// Last day of interest, inclusive.
    pub to: NaiveDate,
    /// Number of days.
    pub days: i64,
    /// The unpaid balance the interest runs on.
    pub principal_minor: i64,
    /// Yearly rate, basis points.
    pub rate_bp: i64,
    /// Interest of the period, rounded half-up once.
    pub interest_minor: i64,
}

/// How the rate was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateKind {
    /// A statutory reference rate plus a margin, moving each half-year.
    Statutory,
    /// A statutory rate fixed for the life of the debt (UK; French public bodies).
    StatutoryFixed,
    /// A country's legal interest rate, owed by consumers (Italy, France).
    Legal,
    /// A rate agreed in the contract.
    Contractual,
    /// No interest can be claimed.
    NoInterest,
}

/// What the law allows on one invoice as of one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// The law applied.
    pub law: Law,
    /// The debtor's kind.
    pub debtor: ClientKind,
    /// Currency of every amount.
    pub currency: Currency,
    /// Balance unpaid on the as-of day.
    pub principal_minor: i64,
    /// Sum of the periods' interest.
    pub interest_minor: i64,
    /// Fixed compensation, once per invoice.
    pub compensation_minor: i64,
    /// Principal + interest + compensation.
    pub total_minor: i64,
    /// How the rate was chosen.
    pub rate_kind: RateKind,
    /// Points over the reference (statutory), else 0.
    pub margin_bp: i64,
    /// The rate table used, if any.
    pub series: Option<RateSeries>,
    /// One sentence naming the law.
    pub basis: String,
    /// The first day interest runs (the first day of default), if it is known.
    pub default_from: Option<NaiveDate>,
    /// Why interest starts when it does.
    pub start: InterestStart,
    /// Interest a day on the balance as of the as-of day, at the rate of that day (or of
    /// the first day of default, when it is still to come). 0 when no interest runs.
    pub daily_minor: i64,
    /// The rate as a formula: margin, reference and its value.
    pub formula: RateFormula,
    /// Why no fixed compensation is claimed, when none is.
    pub compensation_note: Option<String>,
    /// Set when the law grants compensation but it is withheld because the invoice is in
    /// another currency than the one the law names: something the user should see.
    pub compensation_withheld: bool,
    /// The interest periods.
    pub periods: Vec<Period>,
    /// Stale rate tables behind a figure of this claim, and the like.
    pub warnings: Vec<String>,
}

impl Claim {
    /// The reason interest starts when it does, in a sentence.
    pub fn default_reason(&self) -> String {
        self.start.reason()
    }

    /// The rate as a sentence: "8 points over the ECB main refinancing rate (2.15 %)".
    pub fn rate_formula(&self) -> String {
        self.formula.sentence()
    }
}

fn round_div_half_up(n: i128, d: i128) -> i64 {
    // n ≥ 0 and d > 0 here.
    i64::try_from((2 * n + d) / (2 * d)).unwrap_or(i64::MAX)
}

/// Interest on `principal` at `bp` a year for `days` days, actual/365, rounded half-up.
pub fn simple_interest(principal_minor: i64, bp: i64, days: i64) -> i64 {
    if principal_minor <= 0 || bp <= 0 || days <= 0 {
        return 0;
    }
    round_div_half_up(
        i128::from(principal_minor) * i128::from(bp) * i128::from(days),
        365 * 10_000,
    )
}

/// The fixed sum of the Late Payment Act for a debt of `debt_minor` pence.
pub fn gb_fixed_sum(debt_minor: i64) -> i64 {
    match debt_minor {
        // Pence: under GBP 1,000.00; under GBP 10,000.00; from GBP 10,000.00.
        d if d < 100_000 => 4_000,
        d if d < 1_000_000 => 7_000,
        _ => 10_000,
    }
}

fn unpaid_before(inv: &Invoice, payments: &[Payment], day: NaiveDate, as_of: NaiveDate) -> i64 {
    // A payment dated P counts as paid from P+1: it reduces the balance of days after P.
    let paid: i64 = payments
        .iter()
        .filter(|p| p.date < day && p.date <= as_of)
        .map(|p| p.amount_minor)
        .sum();
    inv.amount_minor - paid
}

/// Collects stale-table warnings once each.
fn note(warnings: &mut Vec<String>, stale: Option<String>) {
    if let Some(w) = stale
        && !warnings.contains(&w)
    {
        warnings.push(w);
    }
}

/// The days interest runs, cut where the balance or the rate may change.
fn periods(
    input: &ClaimInput<'_>,
    regime: &Regime,
    start: NaiveDate,
    rates: &RateTable,
    warnings: &mut Vec<String>,
) -> Result<Vec<Period>, RateGap> {
    let (inv, as_of) = (input.invoice, input.as_of);
    if as_of < start {
        return Ok(Vec::new());
    }
    let mut cuts: Vec<NaiveDate> = input
        .payments
        .iter()
        .filter(|p| p.date <= as_of)
        .map(|p| p.date + Days::new(1))
        .filter(|d| *d > start && *d <= as_of)
        .collect();
    if let Regime::Moving { series, .. } = regime {
        let mut h = series.next_period(start);
        while h <= as_of {
            cuts.push(h);
            h = series.next_period(h);
        }
    }
    cuts.sort();
    cuts.dedup();
    let mut out = Vec::new();
    let mut from = start;
    for next in cuts
        .into_iter()
        .chain(std::iter::once(as_of + Days::new(1)))
    {
        let to = next - Days::new(1);
        let balance = unpaid_before(inv, input.payments, from, as_of);
        let days = (to - from).num_days() + 1;
        if balance > 0 && days > 0 {
            let bp = regime.rate_on(from, rates, warnings)?;
            out.push(Period {
                from,
                to,
                days,
                principal_minor: balance,
                rate_bp: bp,
                interest_minor: simple_interest(balance, bp, days),
            });
        }
        from = next;
    }
    Ok(out)
}

/// Computes the claim. Pure: the rate table is passed in. A day no table covers is an
/// error naming the table: no figure is stated that the tables cannot back.
pub fn compute_claim(input: &ClaimInput<'_>, rates: &RateTable) -> Result<Claim, RateGap> {
    let regime = Regime::of(input.law, input.debtor, input.invoice.late_rate_bp);
    claim_with(input, regime, rates)
}

/// The balance unpaid on the as-of day.
fn principal_on(input: &ClaimInput<'_>) -> i64 {
    input.invoice.amount_minor
        - input
            .payments
            .iter()
            .filter(|p| p.date <= input.as_of)
            .map(|p| p.amount_minor)
            .sum::<i64>()
}

/// The balance alone, with no interest and no compensation: what a letter that claims
/// nothing needs, whatever the rate tables hold.
pub fn balance_only(input: &ClaimInput<'_>) -> Claim {
    let principal = principal_on(input);
    Claim {
        law: input.law,
        debtor: input.debtor,
        currency: input.invoice.currency,
        principal_minor: principal,
        interest_minor: 0,
        compensation_minor: 0,
        total_minor: principal,
        rate_kind: RateKind::NoInterest,
        margin_bp: 0,
        series: None,
        basis: String::new(),
        default_from: None,
        start: InterestStart::Never,
        daily_minor: 0,
        formula: Regime::None.formula(None, &RateTable::default()),
        compensation_note: Some(crate::t!("msg-interest-claims-nothing")),
        compensation_withheld: false,
        periods: Vec::new(),
        warnings: Vec::new(),
    }
}

fn claim_with(input: &ClaimInput<'_>, regime: Regime, rates: &RateTable) -> Result<Claim, RateGap> {
    let inv = input.invoice;
    let principal = principal_on(input);
    let mut warnings = Vec::new();
    let (default_from, start) = start::interest_start(input, &regime);
    let regime = regime.fixed_at(default_from, rates, &mut warnings)?;

    let periods = match default_from {
        Some(from) => periods(input, &regime, from, rates, &mut warnings)?,
        None => Vec::new(),
    };
    let interest: i64 = periods.iter().map(|p| p.interest_minor).sum();
    let daily = match default_from {
        Some(from) if principal > 0 && regime.runs() => {
            let day = from.max(input.as_of);
            simple_interest(principal, regime.rate_on(day, rates, &mut warnings)?, 1)
        }
        _ => 0,
    };
    let formula = regime.formula(default_from.map(|f| f.max(input.as_of)), rates);

    let (compensation, compensation_note, compensation_withheld) =
        compensation(input, default_from);
    let basis = start::basis(input.law, input.debtor, &regime, compensation > 0);
    Ok(Claim {
        law: input.law,
        debtor: input.debtor,
        currency: inv.currency,
        principal_minor: principal,
        interest_minor: interest,
        compensation_minor: compensation,
        total_minor: principal + interest + compensation,
        rate_kind: regime.kind(),
        margin_bp: regime.margin_bp(),
        series: regime.series(),
        basis,
        default_from,
        start,
        daily_minor: daily,
        formula,
        compensation_note,
        compensation_withheld,
        periods,
        warnings,
    })
}

/// The fixed compensation, why none is claimed, and whether that is a currency mismatch.
/// It is owed once per invoice, once the debtor is in default, and never by a consumer.
fn compensation(
    input: &ClaimInput<'_>,
    default_from: Option<NaiveDate>,
) -> (i64, Option<String>, bool) {
    let inv = input.invoice;
    if input.debtor == ClientKind::Consumer {
        return (
            0,
            Some(crate::t!("msg-interest-no-compensation-consumer")),
            false,
        );
    }
    if input.law == Law::None {
        return (
            0,
            Some(crate::t!("msg-interest-no-compensation-law")),
            false,
        );
    }
    let Some(default_from) = default_from.filter(|d| *d <= input.as_of) else {
        let why = if input.as_of <= inv.due {
            crate::t!("msg-interest-not-overdue-yet")
        } else {
            crate::t!("msg-interest-not-in-default-yet")
        };
        return (0, Some(why), false);
    };
    let (currency, amount) = match input.law {
        Law::Gb => {
            // The size of the debt when interest began to run.
            let debt = unpaid_before(inv, input.payments, default_from, input.as_of);
            (Currency::GBP, gb_fixed_sum(debt))
        }
        _ => (Currency::EUR, 40_00),
    };
    if inv.currency != currency {
        return (
            0,
            Some(crate::t!(
                "msg-interest-compensation-other-currency",
                law = input.law.name(),
                named = currency.code(),
                currency = inv.currency.code()
            )),
            true,
        );
    }
    (amount, None, false)
}

/// "10.15 %": a rate for messages.
pub fn percent_text(bp: i64) -> String {
    format!("{} %", percent(bp))
}

#[cfg(test)]
#[path = "interest_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "interest_law_tests.rs"]
mod law_tests;
