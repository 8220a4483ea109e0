//! When interest starts and at what rate, per law and debtor: the regime (a moving,
//! fixed, legal or contractual rate, or none), the first day of default, the rate as a
//! formula, and the legal basis in a sentence.
//!
//! - IT, FR, EU, GB (business and public): the day after the due date.
//! - DE: the first day of default (Verzug, § 286 BGB): the day after the due date when the
//!   terms were agreed in the contract; otherwise the earlier of the day after the deadline
//!   of the first letter sent after the due date (a Mahnung) and, for non-consumers, the
//!   31st day after the due date (§ 286(3)). A consumer with neither owes nothing yet.
//! - IT consumers: the legal rate (art. 1284 c.c.) from the day after the due date.
//! - FR consumers: the legal rate from the day after the formal letter (mise en demeure).
//! - FR public bodies: the ECB rate of the half-year in which interest starts + 8, fixed.
//! - UK consumers: nothing before judgment.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::{ClaimInput, Law, RateKind, note};
use crate::domain::ladder::Stage;
use crate::domain::party::ClientKind;
use crate::domain::rates::{RateGap, RateSeries, RateTable, percent};

/// Which rate a claim runs at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Regime {
    /// No interest runs.
    None,
    /// A table's rate plus a margin, moving with each period of the table.
    Moving {
        /// The table.
        series: RateSeries,
        /// Points over it, basis points.
        margin_bp: i64,
        /// `Statutory` or `Legal`.
        kind: RateKind,
    },
    /// A table's rate of the period in which interest starts, plus a margin, for the life
    /// of the debt.
    Fixed {
        /// The table.
        series: RateSeries,
        /// Points over it, basis points.
        margin_bp: i64,
        /// The reference rate once known, basis points, and the first day of its period.
        reference: Option<(i64, NaiveDate)>,
    },
    /// A rate agreed in the contract.
    Contract {
        /// Basis points a year.
        bp: i64,
    },
}

impl Regime {
    /// The regime of a law for a debtor; a contractual rate replaces the statutory one.
    pub fn of(law: Law, debtor: ClientKind, late_rate_bp: Option<i64>) -> Regime {
        use ClientKind::{Consumer, Public};
        let moving = |series, margin_bp, kind| Regime::Moving {
            series,
            margin_bp,
            kind,
        };
        let fixed = |series, margin_bp| Regime::Fixed {
            series,
            margin_bp,
            reference: None,
        };
        if let Some(bp) = late_rate_bp {
            return Regime::Contract { bp };
        }
        match (law, debtor) {
            (Law::None, _) | (Law::Gb, Consumer) | (Law::Eu, Consumer) => Regime::None,
            (Law::Gb, _) => fixed(RateSeries::BoeBase, 800),
            (Law::De, Consumer) => moving(RateSeries::DeBasiszins, 500, RateKind::Statutory),
            (Law::De, _) => moving(RateSeries::DeBasiszins, 900, RateKind::Statutory),
            (Law::It, Consumer) => moving(RateSeries::ItLegal, 0, RateKind::Legal),
            (Law::Fr, Consumer) => moving(RateSeries::FrLegal, 0, RateKind::Legal),
            (Law::Fr, Public) => fixed(RateSeries::EcbMro, 800),
            (Law::Fr, _) => moving(RateSeries::EcbMro, 1000, RateKind::Statutory),
            (Law::It | Law::Eu, _) => moving(RateSeries::EcbMro, 800, RateKind::Statutory),
        }
    }

    /// A fixed regime with its reference rate looked up on the first day of interest.
    pub(super) fn fixed_at(
        self,
        start: Option<NaiveDate>,
        rates: &RateTable,
        warnings: &mut Vec<String>,
    ) -> Result<Regime, RateGap> {
        match (self, start) {
            (
                Regime::Fixed {
                    series, margin_bp, ..
                },
                Some(start),
            ) => {
                let l = rates.lookup(series, start)?;
                note(warnings, l.stale);
                Ok(Regime::Fixed {
                    series,
                    margin_bp,
                    reference: Some((l.entry.bp, series.period_start(start))),
                })
            }
            (other, _) => Ok(other),
        }
    }

    /// Whether any interest runs at all.
    pub fn runs(&self) -> bool {
        *self != Regime::None
    }

    /// The yearly rate on `day`, basis points; a stale table is noted.
    pub(super) fn rate_on(
        &self,
        day: NaiveDate,
        rates: &RateTable,
        warnings: &mut Vec<String>,
    ) -> Result<i64, RateGap> {
        Ok(match self {
            Regime::None => 0,
            Regime::Contract { bp } => *bp,
            Regime::Fixed {
                margin_bp,
                reference,
                ..
            } => reference.map_or(0, |(r, _)| r + margin_bp),
            Regime::Moving {
                series, margin_bp, ..
            } => {
                let l = rates.lookup(*series, day)?;
                note(warnings, l.stale);
                l.entry.bp + margin_bp
            }
        })
    }

    /// The kind of rate.
    pub fn kind(&self) -> RateKind {
        match self {
            Regime::None => RateKind::NoInterest,
            Regime::Contract { .. } => RateKind::Contractual,
            Regime::Fixed { .. } => RateKind::StatutoryFixed,
            Regime::Moving { kind, .. } => *kind,
        }
    }

    /// Points over the reference, basis points (0 for a legal, contractual or no rate).
    pub fn margin_bp(&self) -> i64 {
        match self {
            Regime::Moving { margin_bp, .. } | Regime::Fixed { margin_bp, .. } => *margin_bp,
            Regime::Contract { bp } => *bp,
            Regime::None => 0,
        }
    }

    /// The table used, if any.
    pub fn series(&self) -> Option<RateSeries> {
        match self {
            Regime::Moving { series, .. } | Regime::Fixed { series, .. } => Some(*series),
            _ => None,
        }
    }

    /// The rate as a formula, with the reference in force on `day`.
    pub(super) fn formula(&self, day: Option<NaiveDate>, rates: &RateTable) -> RateFormula {
        let (reference_bp, period) = match (self, day) {
            (Regime::Fixed { reference, .. }, _) => {
                (reference.map(|r| r.0), reference.map(|r| r.1))
            }
            (Regime::Moving { series, .. }, Some(day)) => match rates.lookup(*series, day) {
                Ok(l) => (Some(l.entry.bp), Some(series.period_start(day))),
                Err(_) => (None, None),
            },
            _ => (None, None),
        };
        let rate_bp = match self {
            Regime::Contract { bp } => Some(*bp),
            Regime::None => None,
            _ => reference_bp.map(|r| r + self.margin_bp()),
        };
        RateFormula {
            kind: self.kind(),
            series: self.series(),
            margin_bp: self.margin_bp(),
            reference_bp,
            period,
            rate_bp,
        }
    }
}

/// The rate as a formula: "8 points over the ECB main refinancing rate (2.15 %)".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RateFormula {
    /// The kind of rate.
    pub kind: RateKind,
    /// The table it builds on.
    pub series: Option<RateSeries>,
    /// Points over the table's rate (the agreed rate for a contractual one), basis points.
    pub margin_bp: i64,
    /// The table's rate in force (for a fixed rate: of the period interest began in).
    pub reference_bp: Option<i64>,
    /// The first day of the period `reference_bp` is of.
    pub period: Option<NaiveDate>,
    /// The resulting yearly rate, basis points.
    pub rate_bp: Option<i64>,
}

/// "8" for 800 basis points, "8.50" for 850.
pub fn points(bp: i64) -> String {
    if bp % 100 == 0 {
        (bp / 100).to_string()
    } else {
        percent(bp)
    }
}

/// The short English name of a table, in a formula.
pub fn short_label(series: RateSeries) -> &'static str {
    match series {
        RateSeries::EcbMro => "ECB main refinancing rate",
        RateSeries::DeBasiszins => "German Basiszinssatz",
        RateSeries::BoeBase => "Bank of England base rate",
        RateSeries::ItLegal => "Italian legal interest rate",
        RateSeries::FrLegal => "French legal interest rate",
    }
}

/// The short name of a table in a formula, in the reader's language ([`short_label`] in
/// English).
fn table_name(series: RateSeries) -> String {
    match series {
        RateSeries::EcbMro => crate::t!("msg-interest-table-ecb-mro"),
        RateSeries::DeBasiszins => crate::t!("msg-interest-table-de-basiszins"),
        RateSeries::BoeBase => crate::t!("msg-interest-table-boe-base"),
        RateSeries::ItLegal => crate::t!("msg-interest-table-it-legal"),
        RateSeries::FrLegal => crate::t!("msg-interest-table-fr-legal"),
    }
}

/// A table's period in a formula: `2026` for a yearly table, else the half-year (`H2
/// 2026` in English).
fn period_text(series: RateSeries, start: NaiveDate) -> String {
    if series.yearly() {
        series.period_name(start)
    } else {
        let half = if start.month() <= 6 { 1 } else { 2 };
        crate::t!(
            "msg-interest-half-year",
            half = half,
            year = start.year().to_string()
        )
    }
}

impl RateFormula {
    /// The formula in a sentence, in the reader's language.
    pub fn sentence(&self) -> String {
        let reference = self
            .reference_bp
            .map(|r| format!(" ({} %)", percent(r)))
            .unwrap_or_default();
        let period = match (self.series, self.period) {
            (Some(s), Some(p)) => period_text(s, p),
            _ => String::new(),
        };
        match (self.kind, self.series) {
            (RateKind::NoInterest, _) => String::new(),
            (RateKind::Contractual, _) => crate::t!(
                "msg-interest-formula-contractual",
                rate = percent(self.margin_bp)
            ),
            (RateKind::Legal, Some(s)) => match self.reference_bp {
                Some(r) => crate::t!(
                    "msg-interest-formula-legal-rate",
                    table = table_name(s),
                    rate = percent(r),
                    period = period
                ),
                None => crate::t!("msg-interest-formula-legal", table = table_name(s)),
            },
            (RateKind::StatutoryFixed, Some(s)) => crate::t!(
                "msg-interest-formula-fixed",
                points = points(self.margin_bp),
                table = table_name(s),
                period = period,
                reference = reference
            ),
            (_, Some(s)) => crate::t!(
                "msg-interest-formula-moving",
                points = points(self.margin_bp),
                table = table_name(s),
                reference = reference
            ),
            (_, None) => String::new(),
        }
    }
}

/// Why interest starts when it does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum InterestStart {
    /// The day after the due date: the law needs no demand.
    AfterDue,
    /// German law: the due date was agreed in the contract.
    AgreedTerms {
        /// The day the terms were agreed.
        agreed_on: NaiveDate,
    },
    /// German law: the deadline of the first letter after the due date (a Mahnung).
    LetterDeadline {
        /// The letter's stage.
        stage: Stage,
        /// The day it was sent.
        sent: NaiveDate,
        /// The deadline it gave.
        deadline: NaiveDate,
    },
    /// German law, non-consumers: 30 days after the due date and receipt (§ 286(3) BGB).
    ThirtyDays,
    /// French law, consumers: the day after the formal letter (mise en demeure).
    FormalLetter {
        /// The day it was sent.
        sent: NaiveDate,
    },
    /// German consumers without agreed terms or a letter; French consumers without a
    /// formal letter: not in default yet.
    NotYet,
    /// No interest runs for this debtor under this law.
    Never,
}

impl InterestStart {
    /// The reason, in a sentence in the reader's language (the window's; no letter
    /// prints it).
    pub fn reason(&self) -> String {
        match self {
            InterestStart::AfterDue => crate::t!("msg-interest-start-after-due"),
            InterestStart::AgreedTerms { agreed_on } => crate::t!(
                "msg-interest-start-agreed-terms",
                date = agreed_on.to_string()
            ),
            InterestStart::LetterDeadline {
                stage,
                sent,
                deadline,
            } => crate::t!(
                "msg-interest-start-letter-deadline",
                deadline = deadline.to_string(),
                stage = stage.as_str(),
                sent = sent.to_string()
            ),
            InterestStart::ThirtyDays => crate::t!("msg-interest-start-thirty-days"),
            InterestStart::FormalLetter { sent } => {
                crate::t!("msg-interest-start-formal-letter", sent = sent.to_string())
            }
            InterestStart::NotYet => crate::t!("msg-interest-start-not-yet"),
            InterestStart::Never => crate::t!("msg-interest-start-never"),
        }
    }
}

/// The first day interest runs, and why.
pub(super) fn interest_start(
    input: &ClaimInput<'_>,
    regime: &Regime,
) -> (Option<NaiveDate>, InterestStart) {
    let inv = input.invoice;
    let after_due = inv.due + Days::new(1);
    if !regime.runs() {
        return (None, InterestStart::Never);
    }
    let mut sent: Vec<_> = input
        .letters
        .iter()
        .filter(|l| l.sent > inv.due && l.sent <= input.as_of)
        .collect();
    sent.sort_by_key(|l| (l.sent, l.stage));
    match (input.law, input.debtor, regime) {
        (Law::De, debtor, _) => {
            if let Some(agreed_on) = inv.terms_agreed_on {
                return (Some(after_due), InterestStart::AgreedTerms { agreed_on });
            }
            let by_letter = sent.first().map(|l| {
                (
                    l.deadline + Days::new(1),
                    InterestStart::LetterDeadline {
                        stage: l.stage,
                        sent: l.sent,
                        deadline: l.deadline,
                    },
                )
            });
            let by_days = (debtor != ClientKind::Consumer)
                .then(|| (inv.due + Days::new(31), InterestStart::ThirtyDays));
            match [by_letter, by_days]
                .into_iter()
                .flatten()
                .min_by_key(|c| c.0)
            {
                Some((day, why)) => (Some(day), why),
                None => (None, InterestStart::NotYet),
            }
        }
        (Law::Fr, ClientKind::Consumer, Regime::Moving { .. }) => {
            match sent.iter().find(|l| l.stage >= Stage::FormalLetter) {
                Some(l) => (
                    Some(l.sent + Days::new(1)),
                    InterestStart::FormalLetter { sent: l.sent },
                ),
                None => (None, InterestStart::NotYet),
            }
        }
        _ => (Some(after_due), InterestStart::AfterDue),
    }
}

/// The legal basis, in a sentence in the reader's language.
pub(super) fn basis(law: Law, debtor: ClientKind, regime: &Regime, compensation: bool) -> String {
    use crate::t;
    let consumer = debtor == ClientKind::Consumer;
    let public = debtor == ClientKind::Public;
    let rate = match regime {
        Regime::Contract { bp } => t!("msg-interest-basis-contract", rate = percent(*bp)),
        Regime::None => match law {
            Law::None => t!("msg-interest-basis-none-no-law"),
            Law::Gb => t!("msg-interest-basis-none-gb-consumer"),
            _ => t!("msg-interest-basis-none-consumer", law = law.name()),
        },
        _ => match law {
            Law::De if consumer => t!("msg-interest-basis-de-consumer"),
            Law::De => t!("msg-interest-basis-de"),
            Law::It if consumer => t!("msg-interest-basis-it-consumer"),
            Law::It => t!("msg-interest-basis-it"),
            Law::Fr if consumer => t!("msg-interest-basis-fr-consumer"),
            Law::Fr if public => t!("msg-interest-basis-fr-public"),
            Law::Fr => t!("msg-interest-basis-fr"),
            Law::Eu => t!("msg-interest-basis-eu"),
            Law::Gb => t!("msg-interest-basis-gb"),
            Law::None => String::new(),
        },
    };
    if !compensation {
        return rate;
    }
    let fee = match law {
        Law::Gb => t!("msg-interest-fee-gb"),
        Law::De => t!("msg-interest-fee-de"),
        Law::It => t!("msg-interest-fee-it"),
        Law::Fr if public => t!("msg-interest-fee-fr-public"),
        Law::Fr => t!("msg-interest-fee-fr"),
        _ => t!("msg-interest-fee-eu"),
    };
    t!("msg-interest-basis-with-fee", rate = rate, fee = fee)
}
