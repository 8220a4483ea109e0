//! Reading the date spellings users type and spreadsheets export.
//!
//! ISO (`2026-11-22`) and dotted dates (`22.11.2026`, always day first) are unambiguous.
//! Slash dates are not: `03/04/2026` is 3 April in Rome and March 4 in Boston. Overdue
//! never guesses between the two; a file decides by a date that only one order can read
//! (`25/12/2026`), or the user says which with `--date-format`.

use chrono::NaiveDate;
use std::fmt;
use std::str::FromStr;

/// The order of day and month in slash dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlashOrder {
    /// `dd/mm/yyyy`.
    DayFirst,
    /// `mm/dd/yyyy`.
    MonthFirst,
}

impl FromStr for SlashOrder {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "dd/mm/yyyy" | "dmy" | "day-first" => Ok(SlashOrder::DayFirst),
            "mm/dd/yyyy" | "mdy" | "month-first" => Ok(SlashOrder::MonthFirst),
            other => Err(crate::t!("err-dates-unknown-format", value = other)),
        }
    }
}

impl fmt::Display for SlashOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SlashOrder::DayFirst => "dd/mm/yyyy",
            SlashOrder::MonthFirst => "mm/dd/yyyy",
        })
    }
}

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not in any accepted shape.
    #[error("{}", crate::t!("err-dates-shape", value = .0.clone()))]
    Shape(String),
    /// The right shape but no such day (31/02).
    #[error("{}", crate::t!("err-dates-no-such-day", value = .0.clone()))]
    NoSuchDay(String),
    /// A slash date whose order is unknown.
    #[error("{}", crate::t!("err-dates-ambiguous", value = .0.clone()))]
    Ambiguous(String),
}

/// The three numbers of a slash date, as written.
fn slash_parts(s: &str) -> Option<(u32, u32, i32)> {
    let mut it = s.split('/');
    let a = it.next()?.parse().ok()?;
    let b = it.next()?.parse().ok()?;
    let year = it.next()?;
    if it.next().is_some() || year.len() != 4 {
        return None;
    }
    Some((a, b, year.parse().ok()?))
}

/// What a slash date tells about the file's order: `Some(order)` if only one order can
/// read it, `None` if both can (or neither).
pub fn slash_hint(s: &str) -> Option<SlashOrder> {
    let (a, b, _) = slash_parts(s.trim())?;
    match (a > 12, b > 12) {
        (true, false) => Some(SlashOrder::DayFirst),
        (false, true) => Some(SlashOrder::MonthFirst),
        _ => None,
    }
}

/// Whether `s` is written with slashes.
pub fn is_slash_date(s: &str) -> bool {
    s.contains('/')
}

/// Reads a date. Slash dates need `order`, unless only one order can read them.
pub fn parse_date(s: &str, order: Option<SlashOrder>) -> Result<NaiveDate, DateError> {
    let t = s.trim();
    let no_such_day = || DateError::NoSuchDay(t.to_string());
    let shape = || DateError::Shape(t.to_string());
    let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).ok_or_else(no_such_day);
    if let Some((y, rest)) = t.split_once('-') {
        let (m, d) = rest.split_once('-').ok_or_else(shape)?;
        if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
            return Err(shape());
        }
        let num = |x: &str| x.parse::<u32>().map_err(|_| shape());
        let year = y.parse::<i32>().map_err(|_| shape())?;
        return ymd(year, num(m)?, num(d)?);
    }
    if t.contains('.') {
        let parts: Vec<&str> = t.split('.').collect();
        if parts.len() != 3 || parts[2].len() != 4 {
            return Err(shape());
        }
        let num = |x: &str| x.parse::<u32>().map_err(|_| shape());
        let year = parts[2].parse::<i32>().map_err(|_| shape())?;
        return ymd(year, num(parts[1])?, num(parts[0])?);
    }
    let (a, b, year) = slash_parts(t).ok_or_else(shape)?;
    let order = match (order, slash_hint(t)) {
        (Some(o), _) => o,
        (None, Some(o)) => o,
        (None, None) if a == b => SlashOrder::DayFirst,
        (None, None) => return Err(DateError::Ambiguous(t.to_string())),
    };
    match order {
        SlashOrder::DayFirst => ymd(year, b, a),
        SlashOrder::MonthFirst => ymd(year, a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("iso")
    }

    #[test]
    fn reads_iso_dotted_and_slash_dates() {
        assert_eq!(parse_date("2026-11-22", None), Ok(d("2026-11-22")));
        assert_eq!(parse_date("22.11.2026", None), Ok(d("2026-11-22")));
        assert_eq!(parse_date("22/11/2026", None), Ok(d("2026-11-22")));
        assert_eq!(parse_date("11/22/2026", None), Ok(d("2026-11-22")));
        assert_eq!(
            parse_date("03/04/2026", Some(SlashOrder::DayFirst)),
            Ok(d("2026-04-03"))
        );
        assert_eq!(
            parse_date("03/04/2026", Some(SlashOrder::MonthFirst)),
            Ok(d("2026-03-04"))
        );
        assert_eq!(parse_date("05/05/2026", None), Ok(d("2026-05-05")));
    }

    #[test]
    fn refuses_impossible_and_ambiguous_dates() {
        assert_eq!(
            parse_date("31/02/2026", Some(SlashOrder::DayFirst)),
            Err(DateError::NoSuchDay("31/02/2026".into()))
        );
        assert_eq!(
            parse_date("2026-02-30", None),
            Err(DateError::NoSuchDay("2026-02-30".into()))
        );
        assert_eq!(
            parse_date("03/04/2026", None),
            Err(DateError::Ambiguous("03/04/2026".into()))
        );
        assert!(matches!(
            parse_date("yesterday", None),
            Err(DateError::Shape(_))
        ));
        assert!(matches!(
            parse_date("1/2/26", None),
            Err(DateError::Shape(_))
        ));
        assert!(matches!(
            parse_date("2026-1", None),
            Err(DateError::Shape(_))
        ));
    }

    #[test]
    fn hints_tell_the_order_when_only_one_reads_the_date() {
        assert_eq!(slash_hint("25/12/2026"), Some(SlashOrder::DayFirst));
        assert_eq!(slash_hint("12/25/2026"), Some(SlashOrder::MonthFirst));
        assert_eq!(slash_hint("01/02/2026"), None);
        assert_eq!("dd/mm/yyyy".parse(), Ok(SlashOrder::DayFirst));
    }
}
