//! The dated reference-rate tables that statutory interest is computed from.
//!
//! Rates change every half-year, and a letter that claims interest at last year's rate is
//! wrong. So the tables are data, not code: dated files in `assets/rates/`, embedded in
//! the binary, which a user file beside the ledger can extend or correct. A day that
//! falls in a half-year the table does not know still gets the last known rate, but
//! every claim computed that way carries a "rate table may be stale" warning.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::party::code_enum;

code_enum!(
    /// The three reference rates the supported laws build on.
    RateSeries, "rate series", "ecb_mro, de_basiszins or boe_base",
    {
        /// ECB main refinancing operations rate (EU, Italy, France).
        EcbMro = "ecb_mro",
        /// German Basiszinssatz, BGB § 247.
        DeBasiszins = "de_basiszins",
        /// Bank of England base rate, as the Late Payment Act reads it.
        BoeBase = "boe_base",
    }
);

impl RateSeries {
    /// The embedded table of this series, as shipped.
    pub fn embedded_text(&self) -> &'static str {
        match self {
            RateSeries::EcbMro => include_str!("../../assets/rates/ecb_mro.csv"),
            RateSeries::DeBasiszins => include_str!("../../assets/rates/de_basiszins.csv"),
            RateSeries::BoeBase => include_str!("../../assets/rates/boe_base.csv"),
        }
    }

    /// The file name of the table, embedded or beside the ledger.
    pub fn file_name(&self) -> String {
        format!("{}.csv", self.as_str())
    }

    /// How people name the rate.
    pub fn label(&self) -> &'static str {
        match self {
            RateSeries::EcbMro => "ECB main refinancing rate",
            RateSeries::DeBasiszins => "German base rate (Basiszinssatz)",
            RateSeries::BoeBase => "Bank of England base rate",
        }
    }
}

/// One half-year's reference rate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RateEntry {
    /// Which rate.
    pub series: RateSeries,
    /// First day of the half-year it applies to: 1 January or 1 July.
    pub from: NaiveDate,
    /// The rate, in basis points a year (215 = 2.15 %).
    pub bp: i64,
    /// Where the value comes from.
    pub source: String,
    /// `embedded`, or the user file that set it.
    pub origin: String,
}

/// A line of a rate file that cannot be read, with the file and line named.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}, line {line}: {reason}")]
pub struct RateFileError {
    /// The file.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// Formats basis points as a percentage with two decimals: 1015 → `"10.15"`.
pub fn percent(bp: i64) -> String {
    let sign = if bp < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", bp.abs() / 100, bp.abs() % 100)
}

/// First day of the half-year containing `day`.
pub fn half_year_start(day: NaiveDate) -> NaiveDate {
    let month = if day.month() <= 6 { 1 } else { 7 };
    NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
}

/// Names a half-year: `H2 2026`.
pub fn half_year_name(start: NaiveDate) -> String {
    let h = if start.month() <= 6 { 1 } else { 2 };
    format!("H{h} {}", start.year())
}

/// Reads a rate file: `#` comments, a header `from,rate_percent,source`, then one row per
/// half-year. The source may contain commas.
pub fn parse_rate_file(
    series: RateSeries,
    text: &str,
    origin: &str,
) -> Result<Vec<RateEntry>, RateFileError> {
    let err = |line: usize, reason: String| RateFileError {
        file: origin.to_string(),
        line,
        reason,
    };
    let mut out: Vec<RateEntry> = Vec::new();
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            if line.to_ascii_lowercase().starts_with("from,") {
                continue;
            }
        }
        let mut parts = line.splitn(3, ',');
        let (from, rate) = (parts.next().unwrap_or(""), parts.next());
        let source = parts.next().unwrap_or("").trim().to_string();
        let from = NaiveDate::parse_from_str(from.trim(), "%Y-%m-%d").map_err(|_| {
            err(
                i + 1,
                format!("'{}' is not a date (YYYY-MM-DD)", from.trim()),
            )
        })?;
        if from != half_year_start(from) || from.day() != 1 {
            return Err(err(
                i + 1,
                format!("{from} does not start a half-year (use 1 January or 1 July)"),
            ));
        }
        let rate = rate.ok_or_else(|| err(i + 1, "the rate_percent column is missing".into()))?;
        let bp = parse_percent_bp(rate.trim())
            .ok_or_else(|| err(i + 1, format!("'{}' is not a rate in percent", rate.trim())))?;
        if out.iter().any(|e| e.from == from) {
            return Err(err(i + 1, format!("{from} is listed twice")));
        }
        out.push(RateEntry {
            series,
            from,
            bp,
            source,
            origin: origin.to_string(),
        });
    }
    out.sort_by_key(|e| e.from);
    Ok(out)
}

/// `2.15` or `-0.5` → basis points; at most two decimals.
fn parse_percent_bp(text: &str) -> Option<i64> {
    let (neg, t) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    if int.is_empty()
        || frac.len() > 2
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let int: i64 = int.parse().ok()?;
    let frac: i64 = format!("{frac:0<2}").parse().ok()?;
    let bp = int.checked_mul(100)?.checked_add(frac)?;
    if bp > 10_000 {
        return None;
    }
    Some(if neg { -bp } else { bp })
}

/// The rate that applies to a half-year, and whether it had to be borrowed from another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateLookup {
    /// The entry used.
    pub entry: RateEntry,
    /// Set when the table has no entry for the half-year asked about; says which was used.
    pub stale: Option<String>,
}

/// All three tables, embedded values overridden or extended by the user's.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RateTable {
    entries: Vec<RateEntry>,
}

impl RateTable {
    /// The tables shipped in the binary.
    pub fn embedded() -> RateTable {
        let mut table = RateTable::default();
        for series in RateSeries::ALL {
            // The embedded files are checked by a unit test; a broken one would be empty.
            if let Ok(entries) = parse_rate_file(*series, series.embedded_text(), "embedded") {
                table.merge(entries);
            }
        }
        table
    }

    /// Adds entries; one for a half-year already known replaces it.
    pub fn merge(&mut self, entries: Vec<RateEntry>) {
        for e in entries {
            self.entries
                .retain(|old| !(old.series == e.series && old.from == e.from));
            self.entries.push(e);
        }
        self.entries.sort_by_key(|e| (e.series, e.from));
    }

    /// Every entry, by series then date.
    pub fn entries(&self) -> &[RateEntry] {
        &self.entries
    }

    /// The latest entry of a series.
    pub fn latest(&self, series: RateSeries) -> Option<&RateEntry> {
        self.entries.iter().rev().find(|e| e.series == series)
    }

    /// The rate for the half-year containing `day`. With no entry for that half-year it
    /// takes the latest earlier one (or, before the table starts, the earliest), and says so.
    pub fn lookup(&self, series: RateSeries, day: NaiveDate) -> Option<RateLookup> {
        let start = half_year_start(day);
        let of_series = || self.entries.iter().filter(|e| e.series == series);
        if let Some(e) = of_series().find(|e| e.from == start) {
            return Some(RateLookup {
                entry: e.clone(),
                stale: None,
            });
        }
        let used = of_series()
            .rev()
            .find(|e| e.from < start)
            .or_else(|| of_series().next())?;
        Some(RateLookup {
            entry: used.clone(),
            stale: Some(format!(
                "rate table may be stale: the {} table has no entry for {}; the rate of {} ({} %) was used",
                series.label(),
                half_year_name(start),
                half_year_name(used.from),
                percent(used.bp)
            )),
        })
    }

    /// Stale-table warnings for a day: one per series with no entry for its half-year.
    pub fn staleness(&self, day: NaiveDate) -> Vec<String> {
        RateSeries::ALL
            .iter()
            .filter_map(|s| self.lookup(*s, day).and_then(|l| l.stale))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn embedded_tables_parse_and_hold_the_values_of_law_md() {
        for series in RateSeries::ALL {
            let entries = parse_rate_file(*series, series.embedded_text(), "embedded")
                .expect("embedded table parses");
            assert!(entries.len() >= 5, "{series} has {} rows", entries.len());
        }
        let t = RateTable::embedded();
        let mro = t.lookup(RateSeries::EcbMro, d("2026-03-01")).expect("mro");
        assert_eq!((mro.entry.bp, mro.stale), (215, None));
        let de = t
            .lookup(RateSeries::DeBasiszins, d("2024-08-01"))
            .expect("de");
        assert_eq!(de.entry.bp, 337);
        let boe = t.lookup(RateSeries::BoeBase, d("2025-12-31")).expect("boe");
        assert_eq!(boe.entry.bp, 425);
    }

    #[test]
    fn a_missing_half_year_uses_the_last_rate_and_says_so() {
        let t = RateTable::embedded();
        let l = t.lookup(RateSeries::EcbMro, d("2026-11-22")).expect("mro");
        assert_eq!(l.entry.from, d("2026-01-01"));
        let warning = l.stale.expect("stale");
        assert!(warning.contains("rate table may be stale"), "{warning}");
        assert!(warning.contains("H2 2026"), "{warning}");
        assert!(t.staleness(d("2026-11-22")).len() == 2);
    }

    #[test]
    fn a_user_file_extends_and_overrides() {
        let mut t = RateTable::embedded();
        let user = "from,rate_percent,source\n2026-07-01,2.40,ECB press release\n2026-01-01,2.20,typo fixed\n";
        t.merge(parse_rate_file(RateSeries::EcbMro, user, "rates/ecb_mro.csv").expect("parses"));
        let h2 = t.lookup(RateSeries::EcbMro, d("2026-11-22")).expect("h2");
        assert_eq!((h2.entry.bp, h2.stale), (240, None));
        assert_eq!(h2.entry.origin, "rates/ecb_mro.csv");
        let h1 = t.lookup(RateSeries::EcbMro, d("2026-02-01")).expect("h1");
        assert_eq!(h1.entry.bp, 220);
    }

    #[test]
    fn bad_rows_name_the_file_and_line() {
        let e = parse_rate_file(
            RateSeries::BoeBase,
            "from,rate_percent,source\n2026-03-01,4,x\n",
            "my.csv",
        )
        .expect_err("march is no half-year");
        assert_eq!(e.line, 2);
        assert!(
            e.to_string()
                .starts_with("my.csv, line 2: 2026-03-01 does not start"),
            "{e}"
        );
        let e = parse_rate_file(RateSeries::BoeBase, "2026-01-01,4.125,x\n", "my.csv")
            .expect_err("three decimals");
        assert!(e.to_string().contains("'4.125' is not a rate"), "{e}");
        assert_eq!(percent(1015), "10.15");
        assert_eq!(percent(-50), "-0.50");
    }
}
