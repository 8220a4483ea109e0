//! The one presentation layer: dates and money as each language writes them, for the
//! letters, the CLI's human output and the window alike.
//!
//! `2026-11-22` or `EUR 2550.00` reads as machine output. Each language has its own
//! convention: `22 novembre 2026`, `22/11/2026` and `€ 2.550,00` in Italian,
//! `22. November 2026`, `22.11.2026` and `2.550,00 €` in German, `22 novembre 2026`,
//! `22/11/2026` and `2 550,00 €` in French, `22 November 2026`, `22/11/2026` and
//! `€2,550.00` in English (in Europe). Spaces inside an amount or between an amount and
//! its symbol are no-break spaces (U+00A0), so a line never breaks inside one.
//!
//! Which language a process speaks is [`locale`]: the CLI sets it for the process (from
//! `--locale` or the profile's language), the window for its own thread (from its
//! language). `Money`'s `Display` and [`Day`] follow it; `--json` never does (minor
//! units and ISO dates). [`parse_money`] reads back what [`money`] writes, in every
//! language.

use std::cell::Cell;
use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};

use chrono::{Datelike, NaiveDate};

use crate::domain::money::Currency;
use crate::domain::party::Language;

/// The no-break space used inside amounts and dates.
pub const NBSP: char = '\u{a0}';

/// The process's language (index into `Language::ALL`), set by the CLI.
static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A thread's own language (the window's thread), over the process's.
    static THREAD: Cell<Option<Language>> = const { Cell::new(None) };
}

/// The language amounts and dates are shown in on this thread.
pub fn locale() -> Language {
    THREAD.with(Cell::get).unwrap_or_else(|| {
        Language::ALL
            .get(usize::from(PROCESS.load(Ordering::Relaxed)))
            .copied()
            .unwrap_or(Language::En)
    })
}

/// Sets the process's language (the CLI: `--locale`, else the profile's language).
pub fn set_process_locale(lang: Language) {
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    PROCESS.store(i as u8, Ordering::Relaxed);
}

/// Sets this thread's language (the window's thread), over the process's.
pub fn set_thread_locale(lang: Language) {
    THREAD.with(|t| t.set(Some(lang)));
}

/// A day shown in the current [`locale`]: `22/11/2026`, `22.11.2026`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day(pub NaiveDate);

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&short_date(self.0, locale()))
    }
}

/// A day in words in the current [`locale`]: `1 September 2026`, `1° settembre 2026`.
pub fn long_day(d: NaiveDate) -> String {
    date(d, locale()).replace(NBSP, " ")
}

/// An amount in the current [`locale`], for a screen: plain spaces where a letter has
/// no-break ones (a terminal or a script need not know U+00A0).
pub fn amount(minor: i64, currency: Currency) -> String {
    money(minor, currency, locale()).replace(NBSP, " ")
}

const MONTHS: [[&str; 12]; 4] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
];

fn lang_index(lang: Language) -> usize {
    match lang {
        Language::En => 0,
        Language::It => 1,
        Language::De => 2,
        Language::Fr => 3,
    }
}

/// The name of a month (1–12) in `lang`, capitalised as a heading: `Novembre`.
pub fn month_name(month: u32, lang: Language) -> String {
    let name = MONTHS[lang_index(lang)][(month.clamp(1, 12) - 1) as usize];
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A date in words: `22 November 2026`, `22. November 2026`, `1er novembre 2026`, with
/// no-break spaces so that a date never breaks across lines.
pub fn date(d: NaiveDate, lang: Language) -> String {
    let month = MONTHS[lang_index(lang)][d.month0() as usize];
    match lang {
        Language::De => format!("{}.{NBSP}{month}{NBSP}{}", d.day(), d.year()),
        Language::Fr if d.day() == 1 => format!("1er{NBSP}{month}{NBSP}{}", d.year()),
        Language::It if d.day() == 1 => format!("1°{NBSP}{month}{NBSP}{}", d.year()),
        _ => format!("{}{NBSP}{month}{NBSP}{}", d.day(), d.year()),
    }
}

/// A short numeric date for tables: `22/11/2026`, `22.11.2026`.
pub fn short_date(d: NaiveDate, lang: Language) -> String {
    match lang {
        Language::De => d.format("%d.%m.%Y").to_string(),
        _ => d.format("%d/%m/%Y").to_string(),
    }
}

fn symbol(currency: Currency) -> Option<&'static str> {
    match currency.code() {
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "USD" => Some("$"),
        _ => None,
    }
}

/// The number alone, grouped and with the decimal mark of the language: `2.550,00`.
pub fn number(minor: i64, currency: Currency, lang: Language) -> String {
    let (group, decimal) = match lang {
        Language::En => (",".to_string(), '.'),
        Language::It | Language::De => (".".to_string(), ','),
        Language::Fr => (NBSP.to_string(), ','),
    };
    let exp = u32::from(currency.exponent());
    let scale = 10u64.pow(exp);
    let abs = minor.unsigned_abs();
    let (int, frac) = (abs / scale, abs % scale);
    let digits = int.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(&group);
        }
        grouped.push(c);
    }
    let sign = if minor < 0 { "-" } else { "" };
    if exp == 0 {
        format!("{sign}{grouped}")
    } else {
        format!(
            "{sign}{grouped}{decimal}{frac:0width$}",
            width = exp as usize
        )
    }
}

/// An amount with its currency, as the language writes it.
pub fn money(minor: i64, currency: Currency, lang: Language) -> String {
    let n = number(minor, currency, lang);
    match (lang, symbol(currency)) {
        (Language::En, Some(s)) => match n.strip_prefix('-') {
            Some(rest) => format!("-{s}{rest}"),
            None => format!("{s}{n}"),
        },
        (Language::It, Some(s)) => format!("{s}{NBSP}{n}"),
        (Language::De | Language::Fr, Some(s)) => format!("{n}{NBSP}{s}"),
        (Language::En | Language::It, None) => format!("{}{NBSP}{n}", currency.code()),
        (_, None) => format!("{n}{NBSP}{}", currency.code()),
    }
}

/// Reads an amount as [`money`] writes it in `lang` (symbol or code, the language's group
/// and decimal marks, no-break spaces), back into minor units. A sign or code of another
/// currency is refused, as in [`crate::domain::money::parse_amount`].
pub fn parse_money(
    text: &str,
    currency: Currency,
    lang: Language,
) -> Result<i64, crate::domain::money::MoneyError> {
    let (group, decimal) = match lang {
        Language::En => (',', '.'),
        Language::It | Language::De => ('.', ','),
        Language::Fr => (NBSP, ','),
    };
    let canonical: String = text
        .chars()
        .filter(|c| *c != group && !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == decimal { '.' } else { c })
        .collect();
    crate::domain::money::parse_amount_signed(&canonical, currency)
}

/// Reads a day as [`short_date`] writes it in `lang`.
pub fn parse_short_date(text: &str, lang: Language) -> Option<NaiveDate> {
    let format = match lang {
        Language::De => "%d.%m.%Y",
        _ => "%d/%m/%Y",
    };
    NaiveDate::parse_from_str(text.trim(), format).ok()
}

/// A yearly rate in basis points: `10.15 %`, `10,15 %`.
pub fn rate(bp: i64, lang: Language) -> String {
    let text = crate::domain::rates::percent(bp);
    match lang {
        Language::En => format!("{text}%"),
        _ => format!("{}{NBSP}%", text.replace('.', ",")),
    }
}

/// A count with its noun, singular for one: "1 payment", "3 payments", "0 payments".
/// Each caller names both forms (English user text; the window's translations will carry
/// their own plural rules).
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_singular_for_one_only() {
        assert_eq!(count(1, "payment", "payments"), "1 payment");
        assert_eq!(count(0, "payment", "payments"), "0 payments");
        assert_eq!(count(2, "new client", "new clients"), "2 new clients");
    }

    fn plain(s: String) -> String {
        s.replace(NBSP, " ")
    }

    #[test]
    fn the_four_conventions_of_the_issue() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let eur = Currency::EUR;
        assert_eq!(plain(date(d, Language::It)), "22 novembre 2026");
        assert_eq!(plain(money(255_000, eur, Language::It)), "€ 2.550,00");
        assert_eq!(plain(date(d, Language::De)), "22. November 2026");
        assert_eq!(plain(money(255_000, eur, Language::De)), "2.550,00 €");
        assert_eq!(plain(date(d, Language::Fr)), "22 novembre 2026");
        assert_eq!(plain(money(255_000, eur, Language::Fr)), "2 550,00 €");
        assert_eq!(plain(date(d, Language::En)), "22 November 2026");
        assert_eq!(money(255_000, eur, Language::En), "€2,550.00");
    }

    #[test]
    fn edges() {
        let first = NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
        assert_eq!(plain(date(first, Language::Fr)), "1er mars 2026");
        assert_eq!(plain(date(first, Language::De)), "1. März 2026");
        assert_eq!(plain(date(first, Language::It)), "1° marzo 2026");
        assert_eq!(
            money(123_456_789, Currency::GBP, Language::En),
            "£1,234,567.89"
        );
        assert_eq!(money(-5, Currency::GBP, Language::En), "-£0.05");
        let jpy: Currency = "JPY".parse().expect("JPY");
        assert_eq!(plain(money(1_500_000, jpy, Language::De)), "1.500.000 JPY");
        let chf: Currency = "CHF".parse().expect("CHF");
        assert_eq!(plain(money(99, chf, Language::En)), "CHF 0.99");
        assert_eq!(rate(1015, Language::En), "10.15%");
        assert_eq!(plain(rate(1015, Language::It)), "10,15 %");
        assert_eq!(short_date(first, Language::De), "01.03.2026");
    }
}
