//! The rate tables: what is in force (`rates`), and a rate the user adds (`set_rate`).
//!
//! No official source had been published for some periods when a release was made (the
//! ECB, Bundesbank and French rates of 1 July 2026, say). The user adds such a rate with
//! its source; it goes to a rate file beside the ledger, whose rows override or extend the
//! shipped ones. A letter already sent keeps what it said: its PDF is stored.

use chrono::NaiveDate;
use serde::Serialize;
use std::path::Path;

use super::letters::{LetterAssets, data_dir};
use super::{ActionError, Result, write_file};
use crate::domain::rates::{
    RateEntry, RateOrigin, RateSeries, check_user_rate, parse_percent_bp, parse_rate_file, percent,
    write_rate_file,
};
use crate::ledger::Ledger;

/// One row of a rate table, as `overdue rates --json` lists it.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct RateRowView {
    /// The table: ecb_mro, de_basiszins, boe_base, it_legal or fr_legal.
    pub table: RateSeries,
    /// First day of the period the row applies to.
    pub from: NaiveDate,
    /// The period: "H2 2026", or "2026" for a yearly table.
    pub period: String,
    /// The rate, e.g. "2.15".
    pub rate_percent: String,
    /// The rate in basis points.
    pub bp: i64,
    /// Where the value comes from.
    pub source: String,
    /// `shipped` or `user`.
    pub origin: RateOrigin,
    /// `embedded`, or the user file's path.
    pub file: String,
}

/// The rate tables as listed by `overdue rates`.
#[derive(Clone, Debug, Serialize)]
pub struct RatesView {
    /// Every row, by table then date.
    pub entries: Vec<RateRowView>,
    /// Stale-table warnings for `today`.
    pub warnings: Vec<String>,
}

/// The rate tables in force and their staleness on `today`.
pub fn rates(assets: &LetterAssets, today: NaiveDate) -> RatesView {
    RatesView {
        entries: assets
            .rates
            .entries()
            .iter()
            .map(|e| RateRowView {
                table: e.series,
                from: e.from,
                period: e.series.period_name(e.from),
                rate_percent: percent(e.bp),
                bp: e.bp,
                source: e.source.clone(),
                origin: e.origin,
                file: e.file.clone(),
            })
            .collect(),
        warnings: assets.rates.staleness(today),
    }
}

/// Adds or replaces the user's rate of `table` for the period starting on `from`, in the
/// rate file beside the ledger. Typed values are checked first and named when wrong.
pub fn set_rate(
    ledger: &Ledger,
    table: &str,
    from: &str,
    rate: &str,
    source: &str,
) -> Result<RateEntry> {
    let dir = data_dir(ledger)
        .ok_or_else(|| ActionError::Refused(crate::t!("err-rates-set-no-folder")))?;
    set_rate_in(&dir, table, from, rate, source)
}

/// `set_rate` for the rate files of a folder.
pub fn set_rate_in(
    dir: &Path,
    table: &str,
    from: &str,
    rate: &str,
    source: &str,
) -> Result<RateEntry> {
    let series: RateSeries = table.parse().map_err(|e| ActionError::field("table", e))?;
    let from = super::date_field("from", from)?;
    let bp = parse_percent_bp(rate).ok_or_else(|| {
        ActionError::field(
            "rate",
            crate::t!("err-rates-set-not-a-rate", value = rate.trim().to_string()),
        )
    })?;
    check_user_rate(series, from, bp, source)
        .map_err(|(field, why)| ActionError::field(field, why))?;
    let path = dir.join("rates").join(series.file_name());
    let file = path.display().to_string();
    let mut rows = match std::fs::read_to_string(&path) {
        Ok(text) => parse_rate_file(series, &text, RateOrigin::User, &file).map_err(|e| {
            ActionError::Refused(crate::t!("err-rates-set-fix-file", error = e.to_string()))
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(ActionError::field("file", format!("{file}: {e}"))),
    };
    let entry = RateEntry {
        series,
        from,
        bp,
        source: source.trim().to_string(),
        origin: RateOrigin::User,
        file: file.clone(),
    };
    rows.retain(|e| e.from != from);
    rows.push(entry.clone());
    std::fs::create_dir_all(path.parent().unwrap_or(dir))
        .map_err(|e| ActionError::field("file", format!("{file}: {e}")))?;
    write_file(&path, write_rate_file(series, &rows).as_bytes())?;
    Ok(entry)
}
