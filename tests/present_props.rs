//! The presentation layer reads back what it writes: every amount printed in every
//! language parses back to itself with that language's parser, and so does every day.

use chrono::NaiveDate;
use overdue::domain::money::Currency;
use overdue::domain::party::Language;
use overdue::present::{money, parse_money, parse_short_date, short_date};
use proptest::prelude::*;

fn currencies() -> Vec<Currency> {
    ["EUR", "GBP", "USD", "CHF", "JPY", "SEK", "BHD"]
        .iter()
        .map(|c| c.parse().expect("currency"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn every_amount_printed_in_every_language_parses_back(
        minor in prop_oneof![
            -1_000_000_000_000i64..1_000_000_000_000i64,
            -1000i64..1000,
            Just(i64::MAX / 1000),
        ],
        cur in 0usize..7,
        lang in 0usize..4,
    ) {
        let currency = currencies()[cur];
        let lang = Language::ALL[lang];
        let text = money(minor, currency, lang);
        let back = parse_money(&text, currency, lang);
        prop_assert_eq!(back, Ok(minor), "{} in {}", text, lang);
    }

    #[test]
    fn every_day_printed_in_every_language_parses_back(days in 0i64..80_000, lang in 0usize..4) {
        let d = NaiveDate::from_ymd_opt(1900, 1, 1).expect("day") + chrono::Duration::days(days);
        let lang = Language::ALL[lang];
        let text = short_date(d, lang);
        prop_assert_eq!(parse_short_date(&text, lang), Some(d), "{} in {}", text, lang);
    }
}

#[test]
fn the_issue_s_examples_read_as_written() {
    let eur = Currency::EUR;
    let plain = |s: String| s.replace('\u{a0}', " ");
    assert_eq!(plain(money(410_040, eur, Language::It)), "€ 4.100,40");
    assert_eq!(plain(money(410_040, eur, Language::De)), "4.100,40 €");
    assert_eq!(plain(money(410_040, eur, Language::Fr)), "4 100,40 €");
    assert_eq!(money(410_040, eur, Language::En), "€4,100.40");
    assert_eq!(money(410_040, Currency::GBP, Language::En), "£4,100.40");
    let d = NaiveDate::from_ymd_opt(2026, 11, 28).expect("day");
    assert_eq!(short_date(d, Language::It), "28/11/2026");
    assert_eq!(short_date(d, Language::De), "28.11.2026");
    assert_eq!(short_date(d, Language::Fr), "28/11/2026");
    // A GBP amount read as EUR is refused, naming both.
    let err = parse_money("£4,100.40", eur, Language::En).expect_err("other currency");
    assert!(err.to_string().contains("GBP"), "{err}");
}
