//! Amounts as people type them and as Overdue prints them, checked one case at a time.

use super::*;

fn eur(s: &str) -> Result<i64, MoneyError> {
    parse_amount(s, Currency::EUR)
}

#[test]
fn a_sign_or_code_of_another_currency_is_refused_with_both_named() {
    let e = eur("£12,500.00").expect_err("pounds are not euros");
    assert_eq!(
        e.to_string(),
        "'£12,500.00' is in GBP, but the amount is in EUR: give it in EUR, or set the currency"
    );
    assert!(matches!(
        eur("GBP 12.00"),
        Err(MoneyError::OtherCurrency(..))
    ));
    assert!(matches!(
        eur("12.00 usd"),
        Err(MoneyError::OtherCurrency(..))
    ));
    assert!(matches!(eur("$12.00"), Err(MoneyError::OtherCurrency(..))));
    assert_eq!(parse_amount("£12,500.00", Currency::GBP), Ok(1_250_000));
    assert_eq!(parse_amount("$12.00", Currency::USD), Ok(1200));
    assert_eq!(eur("€ 1.234,56"), Ok(123_456));
    assert_eq!(eur("1.234,56 EUR"), Ok(123_456));
    assert_eq!(eur("-€5.00").map_err(|_| ()), Err(()));
}

#[test]
fn parses_the_common_spellings() {
    assert_eq!(eur("1234.56"), Ok(123_456));
    assert_eq!(eur("1,234.56"), Ok(123_456));
    assert_eq!(eur("1.234,56"), Ok(123_456));
    assert_eq!(eur("1 234,56"), Ok(123_456));
    assert_eq!(eur("€1,234.56"), Ok(123_456));
    assert_eq!(eur("1.234,56 €"), Ok(123_456));
    assert_eq!(eur("EUR 12"), Ok(1_200));
    assert_eq!(eur("0.5"), Ok(50));
    assert_eq!(eur("1,234,567.5"), Ok(123_456_750));
    assert_eq!(eur("1.234.567"), Ok(123_456_700));
}

#[test]
fn refuses_what_it_cannot_read_safely() {
    assert!(matches!(eur("1,234"), Err(MoneyError::Ambiguous(_))));
    assert!(matches!(eur("12.345"), Err(MoneyError::Ambiguous(_))));
    assert!(matches!(eur("1.999"), Err(MoneyError::Ambiguous(_))));
    assert!(matches!(
        eur("1.2345"),
        Err(MoneyError::TooManyDecimals(..))
    ));
    assert!(matches!(eur("-5"), Err(MoneyError::NotPositive(_))));
    assert!(matches!(eur("0"), Err(MoneyError::NotPositive(_))));
    assert!(matches!(eur("abc"), Err(MoneyError::NotANumber(_))));
    assert!(matches!(eur("1,23,4.00"), Err(MoneyError::NotANumber(_))));
    assert!(matches!(eur(""), Err(MoneyError::NotANumber(_))));
    assert!(matches!(
        eur("99999999999999999999"),
        Err(MoneyError::Overflow(_))
    ));
}

#[test]
fn respects_the_currency_exponent() {
    let jpy: Currency = "jpy".parse().expect("JPY");
    assert_eq!(
        parse_amount("1,500", jpy),
        Err(MoneyError::Ambiguous("1,500".into()))
    );
    assert_eq!(parse_amount("1500", jpy), Ok(1500));
    assert!(parse_amount("1500.5", jpy).is_err());
    assert_eq!(format_minor(1500, jpy), "1500");
    assert_eq!(format_minor(255_000, Currency::EUR), "2550.00");
    assert_eq!(format_minor(-5, Currency::EUR), "-0.05");
}

/// Found by the `parsers` fuzz target: a three-decimal amount, as Overdue prints it
/// (`KWD 7.000`), was refused as ambiguous when read back.
#[test]
fn a_three_decimal_currency_reads_back_what_it_prints() {
    let kwd: Currency = "KWD".parse().expect("KWD");
    assert_eq!(parse_amount("KWD 7.000", kwd), Ok(7000));
    assert_eq!(parse_amount("1,250", kwd), Ok(1250));
    for minor in [1, 999, 1000, 7000, 1_234_567, 10_000_000_001] {
        let shown = Money::new(minor, kwd).plain();
        assert_eq!(parse_amount(&shown, kwd), Ok(minor), "{shown}");
    }
    // For two-decimal currencies the same shape stays ambiguous.
    assert!(matches!(eur("7.000"), Err(MoneyError::Ambiguous(_))));
}

#[test]
fn the_currency_table_is_sorted_for_binary_search() {
    assert!(CURRENCIES.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!("KWD".parse::<Currency>().map(|c| c.exponent()), Ok(3));
}

#[test]
fn currency_codes_are_checked() {
    assert_eq!("eur".parse::<Currency>(), Ok(Currency::EUR));
    assert!(matches!(
        "XYZ".parse::<Currency>(),
        Err(MoneyError::UnknownCurrency(_))
    ));
    assert_eq!(Currency::GBP.exponent(), 2);
}
