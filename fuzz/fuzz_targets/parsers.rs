//! The amount and date parsers on any text: a value or an error, never a panic; an
//! accepted amount prints back to the same value.
#![no_main]
use libfuzzer_sys::fuzz_target;
use overdue::domain::dates::{SlashOrder, parse_date};
use overdue::domain::money::{Currency, parse_amount, parse_amount_signed};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for code in ["EUR", "JPY", "KWD", "GBP"] {
        let cur: Currency = code.parse().expect("currency");
        if let Ok(minor) = parse_amount(text, cur) {
            assert!(minor > 0);
            let shown = overdue::domain::money::Money::new(minor, cur).plain();
            let back = parse_amount(&shown, cur).expect("an amount prints parseably");
            assert_eq!(back, minor, "{text:?} -> {shown:?}");
        }
        let _ = parse_amount_signed(text, cur);
    }
    for order in [None, Some(SlashOrder::DayFirst), Some(SlashOrder::MonthFirst)] {
        if let Ok(d) = parse_date(text, order) {
            let back = parse_date(&d.to_string(), None).expect("ISO date parses");
            assert_eq!(back, d);
        }
    }
});
