//! Statutory late-payment interest and fixed compensation: what the law allows a
//! creditor to claim on one invoice, as of one day, to the cent.
//!
//! The rules come from `shared/domain/LAW.md`. Interest is simple, on the gross balance,
//! actual/365. It accrues for each day d with due < d ≤ as-of, on the balance still
//! unpaid that day, where a payment dated P counts from P+1. The days are split into
//! periods at every half-year (the reference rate may change; not for the UK, whose rate
//! is fixed for the life of the debt) and at every payment. Each period is rounded
//! half-up to the minor unit once, and the total is their sum, so a letter's table adds up.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::invoice::{Invoice, Payment};
use super::money::Currency;
use super::party::{ClientKind, Country, code_enum};
use super::rates::{RateSeries, RateTable, half_year_start, percent};

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

    /// The law's name in a sentence.
    pub fn name(&self) -> &'static str {
        match self {
            Law::It => "Italian law (D.Lgs. 231/2002)",
            Law::De => "German law (BGB §§ 286, 288)",
            Law::Fr => "French law (Code de commerce, art. L441-10)",
            Law::Eu => "Directive 2011/7/EU",
            Law::Gb => "the Late Payment of Commercial Debts (Interest) Act 1998",
            Law::None => "no statutory late-payment law",
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
    /// The UK statutory rate, fixed for the life of the debt.
    StatutoryFixed,
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
    /// The reference rate's series, for statutory claims.
    pub series: Option<RateSeries>,
    /// One sentence naming the law.
    pub basis: String,
    /// Why no fixed compensation is claimed, when none is.
    pub compensation_note: Option<String>,
    /// Set when the law grants compensation but it is withheld because the invoice is in
    /// another currency than the one the law names: something the user should see.
    pub compensation_withheld: bool,
    /// The interest periods.
    pub periods: Vec<Period>,
    /// Stale rate tables and the like.
    pub warnings: Vec<String>,
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

/// Computes the claim. Pure: the rate table is passed in.
pub fn compute_claim(input: &ClaimInput<'_>, rates: &RateTable) -> Claim {
    let inv = input.invoice;
    let consumer = input.debtor == ClientKind::Consumer;
    let principal = inv.amount_minor
        - input
            .payments
            .iter()
            .filter(|p| p.date <= input.as_of)
            .map(|p| p.amount_minor)
            .sum::<i64>();
    let mut warnings = Vec::new();

    // Which rate: a contractual one replaces the statutory rate for any debtor.
    let (rate_kind, series, margin_bp, basis) = match (inv.late_rate_bp, input.law) {
        (Some(bp), _) => (
            RateKind::Contractual,
            None,
            bp,
            format!(
                "the late-payment rate agreed in the contract, {} % a year, simple interest",
                percent(bp)
            ),
        ),
        (None, Law::None) => (
            RateKind::NoInterest,
            None,
            0,
            "no statutory late-payment interest applies to this client, and no rate was agreed"
                .to_string(),
        ),
        (None, Law::De) if consumer => (
            RateKind::Statutory,
            Some(RateSeries::DeBasiszins),
            500,
            "German Civil Code (BGB) § 288(1): the base rate (Basiszinssatz) + 5 points".to_string(),
        ),
        (None, law) if consumer => (
            RateKind::NoInterest,
            None,
            0,
            format!(
                "no business-to-business late-payment interest is due from a consumer under {}, and no rate was agreed",
                law.name()
            ),
        ),
        (None, Law::De) => (
            RateKind::Statutory,
            Some(RateSeries::DeBasiszins),
            900,
            "German Civil Code (BGB) § 288(2): the base rate (Basiszinssatz) + 9 points".to_string(),
        ),
        (None, Law::It) => (
            RateKind::Statutory,
            Some(RateSeries::EcbMro),
            800,
            "Italian Legislative Decree 231/2002, art. 5: the ECB reference rate + 8 points".to_string(),
        ),
        (None, Law::Fr) => (
            RateKind::Statutory,
            Some(RateSeries::EcbMro),
            1000,
            "French Commercial Code, art. L441-10: the ECB refinancing rate + 10 points".to_string(),
        ),
        (None, Law::Eu) => (
            RateKind::Statutory,
            Some(RateSeries::EcbMro),
            800,
            "Directive 2011/7/EU, art. 2: the ECB main refinancing rate + 8 points".to_string(),
        ),
        (None, Law::Gb) => (
            RateKind::StatutoryFixed,
            Some(RateSeries::BoeBase),
            800,
            "Late Payment of Commercial Debts (Interest) Act 1998: the Bank of England base rate + 8 points, fixed for the life of the debt"
                .to_string(),
        ),
    };

    // The periods.
    let mut periods = Vec::new();
    let start = inv.due + Days::new(1);
    let mut fixed_bp: Option<i64> = match rate_kind {
        RateKind::Contractual => Some(margin_bp),
        RateKind::NoInterest => Some(0),
        _ => None,
    };
    if rate_kind == RateKind::StatutoryFixed
        && let Some(series) = series
        && let Some(l) = rates.lookup(series, start)
    {
        warnings.extend(l.stale);
        fixed_bp = Some(l.entry.bp + margin_bp);
    }
    if input.as_of >= start && rate_kind != RateKind::NoInterest {
        // Days on which the balance or the rate may change.
        let mut cuts: Vec<NaiveDate> = input
            .payments
            .iter()
            .filter(|p| p.date <= input.as_of)
            .map(|p| p.date + Days::new(1))
            .filter(|d| *d > start && *d <= input.as_of)
            .collect();
        if fixed_bp.is_none() {
            let mut h = half_year_start(start);
            loop {
                h = half_year_start(h + Days::new(190));
                if h > input.as_of {
                    break;
                }
                cuts.push(h);
            }
        }
        cuts.sort();
        cuts.dedup();
        let mut from = start;
        for next in cuts
            .into_iter()
            .chain(std::iter::once(input.as_of + Days::new(1)))
        {
            let to = next - Days::new(1);
            let balance = unpaid_before(inv, input.payments, from, input.as_of);
            let bp = match (fixed_bp, series) {
                (Some(bp), _) => Some(bp),
                (None, Some(series)) => rates.lookup(series, from).map(|l| {
                    if let Some(w) = l.stale
                        && !warnings.contains(&w)
                    {
                        warnings.push(w);
                    }
                    l.entry.bp + margin_bp
                }),
                (None, None) => None,
            };
            let days = (to - from).num_days() + 1;
            match bp {
                Some(bp) if balance > 0 && days > 0 => periods.push(Period {
                    from,
                    to,
                    days,
                    principal_minor: balance,
                    rate_bp: bp,
                    interest_minor: simple_interest(balance, bp, days),
                }),
                None if balance > 0 => warnings.push(format!(
                    "no {} is known at all; no interest was computed",
                    series.map_or("rate", |s| s.label())
                )),
                _ => {}
            }
            from = next;
        }
    }
    let interest: i64 = periods.iter().map(|p| p.interest_minor).sum();

    // Fixed compensation, once per invoice.
    let late = input.as_of >= start;
    let (compensation, compensation_note, compensation_withheld) = compensation(input, late);
    let basis = match (compensation, input.law) {
        (0, _) => basis,
        (_, Law::Gb) => format!("{basis}; the fixed sum of section 5A"),
        (_, Law::De) => format!("{basis}; the flat fee of EUR 40 under § 288(5) BGB"),
        (_, Law::It) => format!("{basis}; EUR 40 under art. 6"),
        (_, Law::Fr) => format!("{basis}; EUR 40 under art. D441-5"),
        (_, _) => format!("{basis}; EUR 40 under art. 6 of the Directive"),
    };
    Claim {
        law: input.law,
        currency: inv.currency,
        principal_minor: principal,
        interest_minor: interest,
        compensation_minor: compensation,
        total_minor: principal + interest + compensation,
        rate_kind,
        margin_bp,
        series,
        basis,
        compensation_note,
        compensation_withheld,
        periods,
        warnings,
    }
}

/// The fixed compensation, why none is claimed, and whether that is a currency mismatch.
fn compensation(input: &ClaimInput<'_>, late: bool) -> (i64, Option<String>, bool) {
    let inv = input.invoice;
    if !late {
        return (0, Some("the invoice is not overdue yet".into()), false);
    }
    if input.debtor == ClientKind::Consumer {
        return (
            0,
            Some("no fixed compensation is due from a consumer".into()),
            false,
        );
    }
    let (currency, amount) = match input.law {
        Law::None => {
            return (
                0,
                Some("no statutory fixed compensation applies to this client".into()),
                false,
            );
        }
        Law::Gb => {
            // The size of the debt when it fell due: what was unpaid on the day after.
            let debt = unpaid_before(inv, input.payments, inv.due + Days::new(1), input.as_of);
            (Currency::GBP, gb_fixed_sum(debt))
        }
        _ => (Currency::EUR, 40_00),
    };
    if inv.currency != currency {
        return (
            0,
            Some(format!(
                "the fixed compensation of {} is not claimed: the law names it in {}, and the invoice is in {}",
                input.law.name(),
                currency.code(),
                inv.currency.code()
            )),
            true,
        );
    }
    (amount, None, false)
}

#[cfg(test)]
#[path = "interest_tests.rs"]
mod tests;
