//! The dated reference-rate tables that statutory and legal interest is computed from.
//!
//! Rates change every half-year (or, for the Italian legal rate, every year), and a letter
//! that claims interest at the wrong period's rate asks for more or less than the law
//! gives. So the tables are data, not code: dated files in `assets/rates/` from 2013 on,
//! embedded in the binary, which the user's file beside the ledger can extend or correct.
//!
//! Nothing is guessed. A day before a table's first row has no rate: the lookup is an
//! error that names the table and how to add one. A day after the last row takes the last
//! known rate, and the lookup says so, so that every figure that depends on it can carry a
//! "rate table may be stale" warning.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::party::code_enum;

code_enum!(
    /// The reference and legal rates the supported laws build on.
    RateSeries, "rate table", "ecb_mro, de_basiszins, boe_base, it_legal or fr_legal",
    {
        /// ECB main refinancing operations rate (EU, Italy, France, French public bodies).
        EcbMro = "ecb_mro",
        /// German Basiszinssatz, BGB § 247.
        DeBasiszins = "de_basiszins",
        /// Bank of England base rate, as the Late Payment Act reads it.
        BoeBase = "boe_base",
        /// Italian legal interest rate, art. 1284 c.c., one per calendar year.
        ItLegal = "it_legal",
        /// French legal interest rate, the "all other cases" column, per half-year.
        FrLegal = "fr_legal",
    }
);

impl RateSeries {
    /// The embedded table of this series, as shipped.
    pub fn embedded_text(&self) -> &'static str {
        match self {
            RateSeries::EcbMro => include_str!("../../assets/rates/ecb_mro.csv"),
            RateSeries::DeBasiszins => include_str!("../../assets/rates/de_basiszins.csv"),
            RateSeries::BoeBase => include_str!("../../assets/rates/boe_base.csv"),
            RateSeries::ItLegal => include_str!("../../assets/rates/it_legal.csv"),
            RateSeries::FrLegal => include_str!("../../assets/rates/fr_legal.csv"),
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
            RateSeries::DeBasiszins => "German Basiszinssatz (base rate)",
            RateSeries::BoeBase => "Bank of England base rate",
            RateSeries::ItLegal => "Italian legal interest rate (art. 1284 c.c.)",
            RateSeries::FrLegal => "French legal interest rate (taux de l'intérêt légal)",
        }
    }

    /// How people name the rate, in the reader's language (messages; files keep
    /// [`RateSeries::label`]).
    pub fn label_text(&self) -> String {
        match self {
            RateSeries::EcbMro => crate::t!("msg-rate-table-label-ecb-mro"),
            RateSeries::DeBasiszins => crate::t!("msg-rate-table-label-de-basiszins"),
            RateSeries::BoeBase => crate::t!("msg-rate-table-label-boe-base"),
            RateSeries::ItLegal => crate::t!("msg-rate-table-label-it-legal"),
            RateSeries::FrLegal => crate::t!("msg-rate-table-label-fr-legal"),
        }
    }

    /// Whether a row covers a calendar year (else a half-year).
    pub fn yearly(&self) -> bool {
        *self == RateSeries::ItLegal
    }

    /// The first day of the table's period that contains `day`.
    pub fn period_start(&self, day: NaiveDate) -> NaiveDate {
        if self.yearly() {
            NaiveDate::from_ymd_opt(day.year(), 1, 1).unwrap_or(day)
        } else {
            half_year_start(day)
        }
    }

    /// The first day of the period after the one that contains `day`.
    pub fn next_period(&self, day: NaiveDate) -> NaiveDate {
        let start = self.period_start(day);
        let next = if self.yearly() {
            NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
        } else if start.month() == 1 {
            NaiveDate::from_ymd_opt(start.year(), 7, 1)
        } else {
            NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
        };
        next.unwrap_or(NaiveDate::MAX)
    }

    /// Names the period that starts on `start`: `H2 2026`, or `2026` for a yearly table.
    pub fn period_name(&self, start: NaiveDate) -> String {
        if self.yearly() {
            start.year().to_string()
        } else {
            half_year_name(start)
        }
    }

    /// Which days a row may start on, as a rate file's comment says it.
    pub fn boundary_hint(&self) -> &'static str {
        if self.yearly() {
            "1 January"
        } else {
            "1 January or 1 July"
        }
    }

    /// Which days a row may start on, for messages, in the reader's language.
    pub fn boundary_text(&self) -> String {
        if self.yearly() {
            crate::t!("msg-rate-table-starts-yearly")
        } else {
            crate::t!("msg-rate-table-starts-half-yearly")
        }
    }
}

/// Where a row of a table comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateOrigin {
    /// Shipped in the binary (`assets/rates/`).
    Shipped,
    /// The user's rate file beside the ledger.
    User,
}

/// One period's rate of one table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RateEntry {
    /// Which table.
    pub series: RateSeries,
    /// First day of the period it applies to: 1 January or 1 July (1 January for a
    /// yearly table).
    pub from: NaiveDate,
    /// The rate, in basis points a year (215 = 2.15 %).
    pub bp: i64,
    /// Where the value comes from.
    pub source: String,
    /// Shipped or the user's.
    pub origin: RateOrigin,
    /// The file that set it: `embedded`, or the user file's path.
    pub file: String,
}

/// A line of a rate file that cannot be read, with the file and line named.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{}",
    crate::t!("err-rate-table-file-line", file = .file.clone(), line = (*.line), reason = .reason.clone())
)]
pub struct RateFileError {
    /// The file.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// A day no row of a table covers: before its first row, or in a table with none.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub struct RateGap {
    /// The table.
    pub series: RateSeries,
    /// The day asked about.
    pub day: NaiveDate,
    /// The table's first row, if any.
    pub first: Option<NaiveDate>,
}

impl RateGap {
    /// "no … is known for …: the … table starts on …. Add the rate …", in the reader's
    /// language.
    fn message(&self) -> String {
        let (label, day, series) = (
            self.series.label_text(),
            self.day.to_string(),
            self.series.to_string(),
        );
        let period = self.series.period_start(self.day).to_string();
        match self.first {
            Some(first) => crate::t!(
                "err-rate-table-gap",
                label = label,
                day = day,
                series = series,
                first = first.to_string(),
                period = period
            ),
            None => crate::t!(
                "err-rate-table-gap-empty",
                label = label,
                day = day,
                series = series,
                period = period
            ),
        }
    }
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

/// The lowest and highest rate a user may enter, in basis points (-5 % and 30 %).
pub const USER_RATE_RANGE_BP: (i64, i64) = (-500, 3000);

/// Checks a rate the user adds: the day on the table's own boundary, the rate between
/// -5 and 30 %, a source that says where the value comes from.
pub fn check_user_rate(
    series: RateSeries,
    from: NaiveDate,
    bp: i64,
    source: &str,
) -> Result<(), (&'static str, String)> {
    if series.period_start(from) != from {
        return Err((
            "from",
            crate::t!(
                "err-rate-table-not-period-start",
                from = from.to_string(),
                series = series.to_string(),
                boundary = series.boundary_text()
            ),
        ));
    }
    let (lo, hi) = USER_RATE_RANGE_BP;
    if bp < lo || bp > hi {
        return Err((
            "rate",
            crate::t!("err-rate-table-out-of-range", rate = percent(bp)),
        ));
    }
    let source = source.trim();
    if source.is_empty() {
        return Err(("source", crate::t!("err-rate-table-no-source")));
    }
    if source.chars().any(char::is_control) {
        return Err(("source", crate::t!("err-rate-table-source-one-line")));
    }
    Ok(())
}

/// Reads a rate file: `#` comments, a header `from,rate_percent,source`, then one row per
/// period. The source may contain commas.
pub fn parse_rate_file(
    series: RateSeries,
    text: &str,
    origin: RateOrigin,
    file: &str,
) -> Result<Vec<RateEntry>, RateFileError> {
    let err = |line: usize, reason: String| RateFileError {
        file: file.to_string(),
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
                crate::t!("err-rate-table-file-not-a-date", value = from.trim()),
            )
        })?;
        if series.period_start(from) != from {
            return Err(err(
                i + 1,
                crate::t!(
                    "err-rate-table-not-period-start",
                    from = from.to_string(),
                    series = series.to_string(),
                    boundary = series.boundary_text()
                ),
            ));
        }
        let rate = rate.ok_or_else(|| err(i + 1, crate::t!("err-rate-table-file-no-rate")))?;
        let bp = parse_percent_bp(rate.trim()).ok_or_else(|| {
            err(
                i + 1,
                crate::t!("err-rate-table-file-not-a-rate", value = rate.trim()),
            )
        })?;
        if out.iter().any(|e| e.from == from) {
            return Err(err(
                i + 1,
                crate::t!("err-rate-table-file-twice", from = from.to_string()),
            ));
        }
        out.push(RateEntry {
            series,
            from,
            bp,
            source,
            origin,
            file: file.to_string(),
        });
    }
    out.sort_by_key(|e| e.from);
    Ok(out)
}

/// Writes rows back in the shape `parse_rate_file` reads, with a comment on top.
pub fn write_rate_file(series: RateSeries, entries: &[RateEntry]) -> String {
    let mut out = format!(
        "# Your rates for the {} table ({}); each row overrides or extends the shipped one.\n# Written by `overdue rates set`; one row per period starting on {}.\nfrom,rate_percent,source\n",
        series,
        series.label(),
        series.boundary_hint()
    );
    let mut rows: Vec<&RateEntry> = entries.iter().filter(|e| e.series == series).collect();
    rows.sort_by_key(|e| e.from);
    for e in rows {
        out.push_str(&format!(
            "{},{},{}\n",
            e.from,
            percent(e.bp),
            e.source.trim()
        ));
    }
    out
}

/// `2.15`, `2,15` or `-0.5` → basis points; at most two decimals, at most 100 %.
pub fn parse_percent_bp(text: &str) -> Option<i64> {
    let text = text.trim().trim_end_matches('%').trim();
    let (neg, t) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    // "2.40" or, as Italians, Germans and French write it, "2,40".
    let (int, frac) = t.split_once(['.', ',']).unwrap_or((t, ""));
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

/// The rate that applies to a day, and whether it had to be borrowed from an earlier period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateLookup {
    /// The entry used.
    pub entry: RateEntry,
    /// Set when the table has no row for the period asked about; says which was used.
    pub stale: Option<String>,
}

/// All the tables, shipped values overridden or extended by the user's.
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
            if let Ok(entries) = parse_rate_file(
                *series,
                series.embedded_text(),
                RateOrigin::Shipped,
                "embedded",
            ) {
                table.merge(entries);
            }
        }
        table
    }

    /// Adds entries; one for a period already known replaces it.
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

    /// The first entry of a series.
    pub fn first(&self, series: RateSeries) -> Option<&RateEntry> {
        self.entries.iter().find(|e| e.series == series)
    }

    /// The rate for the period containing `day`. With no row for that period it takes the
    /// latest earlier one and says so; before the table's first row there is no rate.
    pub fn lookup(&self, series: RateSeries, day: NaiveDate) -> Result<RateLookup, RateGap> {
        let start = series.period_start(day);
        let used = self
            .entries
            .iter()
            .rev()
            .find(|e| e.series == series && e.from <= start)
            .ok_or_else(|| RateGap {
                series,
                day,
                first: self.first(series).map(|e| e.from),
            })?;
        let stale = (used.from != start).then(|| {
            crate::t!(
                "msg-rate-table-stale",
                prefix = stale_prefix(),
                table = series.label_text(),
                period = series.period_name(start),
                used = series.period_name(used.from),
                rate = percent(used.bp)
            )
        });
        Ok(RateLookup {
            entry: used.clone(),
            stale,
        })
    }

    /// Stale-table warnings for a day (each starts with [`stale_prefix`]): one per table
    /// with no row for its period.
    pub fn staleness(&self, day: NaiveDate) -> Vec<String> {
        RateSeries::ALL
            .iter()
            .filter_map(|s| self.lookup(*s, day).ok().and_then(|l| l.stale))
            .collect()
    }
}

/// How a stale-table warning begins, in the thread's language ("rate table may be
/// stale"): the window draws these warnings apart so that they cannot be missed.
pub fn stale_prefix() -> String {
    crate::t!("msg-rate-table-stale-prefix")
}

#[cfg(test)]
#[path = "rates_tests.rs"]
mod tests;
