//! Money as integer minor units plus an ISO 4217 currency.
//!
//! Overdue never stores or computes money in floating point: a sum is an `i64` count of
//! the currency's minor unit (cents for EUR, pence for GBP, yen for JPY). This module
//! also parses the amount spellings users type or export from other tools
//! (`1234.56`, `1,234.56`, `1.234,56`, `€ 1 234,56`) without ever guessing: an amount
//! that could be read two ways is refused.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Active ISO 4217 codes with their number of minor-unit digits.
const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("ANG", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BGN", 2),
    ("BHD", 3),
    ("BIF", 0),
    ("BMD", 2),
    ("BND", 2),
    ("BOB", 2),
    ("BRL", 2),
    ("BSD", 2),
    ("BTN", 2),
    ("BWP", 2),
    ("BYN", 2),
    ("BZD", 2),
    ("CAD", 2),
    ("CDF", 2),
    ("CHF", 2),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("CRC", 2),
    ("CUP", 2),
    ("CVE", 2),
    ("CZK", 2),
    ("DJF", 0),
    ("DKK", 2),
    ("DOP", 2),
    ("DZD", 2),
    ("EGP", 2),
    ("ERN", 2),
    ("ETB", 2),
    ("EUR", 2),
    ("FJD", 2),
    ("FKP", 2),
    ("GBP", 2),
    ("GEL", 2),
    ("GHS", 2),
    ("GIP", 2),
    ("GMD", 2),
    ("GNF", 0),
    ("GTQ", 2),
    ("GYD", 2),
    ("HKD", 2),
    ("HNL", 2),
    ("HTG", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("IRR", 2),
    ("ISK", 0),
    ("JMD", 2),
    ("JOD", 3),
    ("JPY", 0),
    ("KES", 2),
    ("KGS", 2),
    ("KHR", 2),
    ("KMF", 0),
    ("KPW", 2),
    ("KRW", 0),
    ("KWD", 3),
    ("KYD", 2),
    ("KZT", 2),
    ("LAK", 2),
    ("LBP", 2),
    ("LKR", 2),
    ("LRD", 2),
    ("LSL", 2),
    ("LYD", 3),
    ("MAD", 2),
    ("MDL", 2),
    ("MGA", 2),
    ("MKD", 2),
    ("MMK", 2),
    ("MNT", 2),
    ("MOP", 2),
    ("MRU", 2),
    ("MUR", 2),
    ("MVR", 2),
    ("MWK", 2),
    ("MXN", 2),
    ("MYR", 2),
    ("MZN", 2),
    ("NAD", 2),
    ("NGN", 2),
    ("NIO", 2),
    ("NOK", 2),
    ("NPR", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PAB", 2),
    ("PEN", 2),
    ("PGK", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("PYG", 0),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("RWF", 0),
    ("SAR", 2),
    ("SBD", 2),
    ("SCR", 2),
    ("SDG", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("SHP", 2),
    ("SLE", 2),
    ("SOS", 2),
    ("SRD", 2),
    ("SSP", 2),
    ("STN", 2),
    ("SYP", 2),
    ("SZL", 2),
    ("THB", 2),
    ("TJS", 2),
    ("TMT", 2),
    ("TND", 3),
    ("TOP", 2),
    ("TRY", 2),
    ("TTD", 2),
    ("TWD", 2),
    ("TZS", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("UYU", 2),
    ("UZS", 2),
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

/// Why an amount or currency could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// Not a three-letter ISO 4217 code that Overdue knows.
    #[error("{}", crate::t!("err-money-unknown-currency", value = .0.clone()))]
    UnknownCurrency(String),
    /// The text is not a number at all.
    #[error("{}", crate::t!("err-money-not-a-number", value = .0.clone()))]
    NotANumber(String),
    /// More decimals than the currency has.
    #[error(
        "{}",
        crate::t!(
            "err-money-too-many-decimals",
            value = .0.clone(),
            decimals = (*.1),
            currency = .2.to_string(),
            max = (*.3)
        )
    )]
    TooManyDecimals(String, usize, Currency, u8),
    /// Readable two ways (`1,234` is 1234 or 1.234).
    #[error("{}", crate::t!("err-money-ambiguous", value = .0.clone()))]
    Ambiguous(String),
    /// Too large for 64-bit minor units.
    #[error("{}", crate::t!("err-money-overflow", value = .0.clone()))]
    Overflow(String),
    /// Zero or negative where a positive amount is required.
    #[error("{}", crate::t!("err-money-not-positive", value = .0.clone()))]
    NotPositive(String),
    /// A sign or code of another currency than the one the amount is in.
    #[error(
        "{}",
        crate::t!(
            "err-money-other-currency",
            value = .0.clone(),
            other = currency_words(.1),
            currency = .2.to_string()
        )
    )]
    OtherCurrency(String, String, Currency),
}

/// The currency a sign names, in words: a code, or "dollars" / "yen or yuan" (kept as
/// these keys in [`MoneyError::OtherCurrency`], put in the reader's words when shown).
fn currency_words(named: &str) -> String {
    match named {
        "dollars" => crate::t!("msg-money-dollars"),
        "yen or yuan" => crate::t!("msg-money-yen-or-yuan"),
        code => code.to_string(),
    }
}

/// An ISO 4217 currency code known to Overdue (three ASCII upper-case letters).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The euro.
    pub const EUR: Currency = Currency(*b"EUR");
    /// The pound sterling.
    pub const GBP: Currency = Currency(*b"GBP");
    /// The US dollar.
    pub const USD: Currency = Currency(*b"USD");

    /// The code as text, e.g. `"EUR"`.
    pub fn code(&self) -> &str {
        // Only ever built from ASCII letters of the table above.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// Number of digits of the minor unit (2 for EUR, 0 for JPY, 3 for KWD).
    pub fn exponent(&self) -> u8 {
        CURRENCIES
            .binary_search_by(|(c, _)| c.as_bytes().cmp(&self.0[..]))
            .map_or(2, |i| CURRENCIES[i].1)
    }

    /// The currency symbol used in letters, when it has a common one.
    pub fn symbol(&self) -> Option<&'static str> {
        match self.code() {
            "EUR" => Some("€"),
            "GBP" => Some("£"),
            "USD" => Some("$"),
            "JPY" => Some("¥"),
            "CHF" => Some("CHF"),
            _ => None,
        }
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().as_bytes();
        let unknown = || MoneyError::UnknownCurrency(s.trim().to_string());
        let code: [u8; 3] = t.try_into().map_err(|_| unknown())?;
        let code = code.map(|b| b.to_ascii_uppercase());
        CURRENCIES
            .binary_search_by(|(c, _)| c.as_bytes().cmp(&code[..]))
            .map(|_| Currency(code))
            .map_err(|_| unknown())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An amount of money: integer minor units in one currency.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// The amount in the currency's minor unit (cents, pence).
    pub minor: i64,
    /// The currency.
    pub currency: Currency,
}

impl Money {
    /// An amount of `minor` units of `currency`.
    pub fn new(minor: i64, currency: Currency) -> Self {
        Money { minor, currency }
    }

    /// Plain, locale-neutral form used by the CLI: `EUR 2550.00`.
    pub fn plain(&self) -> String {
        format!(
            "{} {}",
            self.currency,
            format_minor(self.minor, self.currency)
        )
    }
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain())
    }
}

/// As people read it, in the current language of [`crate::present::locale`]:
/// `€ 2.550,00` in Italian, `€2,550.00` in English.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::present::amount(self.minor, self.currency))
    }
}

/// `minor` written with a dot and the currency's decimals: `255000` EUR gives `2550.00`.
pub fn format_minor(minor: i64, currency: Currency) -> String {
    let exp = u32::from(currency.exponent());
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    if exp == 0 {
        return format!("{sign}{abs}");
    }
    let scale = 10u64.pow(exp);
    format!(
        "{sign}{}.{:0width$}",
        abs / scale,
        abs % scale,
        width = exp as usize
    )
}

/// Parses a positive amount into minor units of `currency`.
///
/// Accepts `1234.56`, `1,234.56`, `1.234,56`, `1 234,56`, `1'234.56`, a leading or
/// trailing currency sign or code, and no decimals at all. Refuses anything that could be
/// read two ways, more decimals than the currency has, and zero or negative amounts.
pub fn parse_amount(text: &str, currency: Currency) -> Result<i64, MoneyError> {
    let minor = parse_amount_signed(text, currency)?;
    if minor <= 0 {
        return Err(MoneyError::NotPositive(text.trim().to_string()));
    }
    Ok(minor)
}

/// Like [`parse_amount`], but zero and negative amounts are returned as they are.
pub fn parse_amount_signed(text: &str, currency: Currency) -> Result<i64, MoneyError> {
    let original = text.trim();
    if let Some(other) = other_currency(original, currency) {
        return Err(MoneyError::OtherCurrency(
            original.to_string(),
            other,
            currency,
        ));
    }
    let nan = || MoneyError::NotANumber(original.to_string());
    let mut s = strip_currency(original, currency);
    let negative = s.starts_with('-') || (s.starts_with('(') && s.ends_with(')'));
    if negative {
        s = s
            .trim_start_matches('-')
            .trim_start_matches('(')
            .trim_end_matches(')');
        s = strip_currency(s, currency);
    }
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(nan());
    }
    let (int_part, frac_part) = split_decimal(&s, original, currency.exponent())?;
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(nan());
    }
    let exp = currency.exponent();
    if frac_part.len() > usize::from(exp) {
        return Err(MoneyError::TooManyDecimals(
            original.to_string(),
            frac_part.len(),
            currency,
            exp,
        ));
    }
    let overflow = || MoneyError::Overflow(original.to_string());
    let mut value: i64 = 0;
    for d in int_part.bytes() {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(d - b'0')))
            .ok_or_else(overflow)?;
    }
    let mut frac: i64 = 0;
    for i in 0..usize::from(exp) {
        let d = frac_part
            .as_bytes()
            .get(i)
            .map_or(0, |b| i64::from(b - b'0'));
        frac = frac * 10 + d;
    }
    let minor = value
        .checked_mul(10i64.pow(u32::from(exp)))
        .and_then(|v| v.checked_add(frac))
        .ok_or_else(overflow)?;
    Ok(if negative { -minor } else { minor })
}

/// The currency a sign or a code in `text` names, when it is not `currency`: "£12,500.00"
/// for a EUR amount names GBP. "$" fits every dollar, "¥" the yen and the yuan.
fn other_currency(text: &str, currency: Currency) -> Option<String> {
    let t = text
        .trim_start_matches(['-', '('])
        .trim_end_matches(')')
        .trim();
    let sign = |s: &str| t.starts_with(s) || t.ends_with(s);
    let code = currency.code();
    for (symbol, fits, named) in [
        ("€", &["EUR"][..], "EUR"),
        ("£", &["GBP"][..], "GBP"),
        (
            "$",
            &["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"][..],
            "dollars",
        ),
        ("¥", &["JPY", "CNY"][..], "yen or yuan"),
    ] {
        if sign(symbol) && !fits.contains(&code) {
            return Some(named.to_string());
        }
    }
    let letters = |s: &str| s.len() == 3 && s.bytes().all(|b| b.is_ascii_alphabetic());
    let first = t.split_whitespace().next().unwrap_or("");
    let last = t.split_whitespace().last().unwrap_or("");
    for word in [first, last] {
        let w = word.trim_matches(|c: char| !c.is_ascii_alphabetic());
        if letters(w)
            && let Ok(found) = w.to_ascii_uppercase().parse::<Currency>()
            && found != currency
        {
            return Some(found.code().to_string());
        }
    }
    None
}

fn strip_currency(s: &str, currency: Currency) -> &str {
    let mut s = s.trim();
    for tag in [
        currency.code(),
        currency.symbol().unwrap_or("\0"),
        "€",
        "£",
        "$",
    ] {
        if let Some(rest) = s.strip_prefix(tag) {
            s = rest.trim();
        }
        if let Some(rest) = s.strip_suffix(tag) {
            s = rest.trim();
        }
    }
    s
}

/// Splits digits and separators into the integer digits and the decimal digits.
///
/// One separator followed by three digits is ambiguous (`1,234`: a thousand, or one and
/// a bit?) unless the currency settles it: with three decimals (KWD) it is the decimal
/// separator, as Overdue itself prints such amounts.
fn split_decimal(s: &str, original: &str, exponent: u8) -> Result<(String, String), MoneyError> {
    let nan = || MoneyError::NotANumber(original.to_string());
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let decimal_sep = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            let after = s.rsplit(sep).next().unwrap_or("");
            if count > 1 {
                None // repeated: thousands grouping only
            } else if after.len() == 3 && exponent == 3 {
                Some(sep)
            } else if after.len() == 3 {
                return Err(MoneyError::Ambiguous(original.to_string()));
            } else {
                Some(sep)
            }
        }
        _ => {
            // Both present: the last one is the decimal separator, once.
            let last = s.rfind(['.', ',']).ok_or_else(nan)?;
            let sep = s[last..].chars().next().ok_or_else(nan)?;
            if s.matches(sep).count() != 1 {
                return Err(nan());
            }
            Some(sep)
        }
    };
    let (int_raw, frac) = match decimal_sep {
        Some(sep) => {
            let pos = s.rfind(sep).ok_or_else(nan)?;
            (&s[..pos], &s[pos + 1..])
        }
        None => (s, ""),
    };
    let groups: Vec<&str> = int_raw.split(['.', ',']).collect();
    if groups.len() > 1
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return Err(nan());
    }
    Ok((groups.concat(), frac.to_string()))
}

#[cfg(test)]
#[path = "money_tests.rs"]
mod tests;
