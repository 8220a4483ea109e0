//! Any bytes as a CSV file: the reader answers rows or an error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use overdue::domain::dates::SlashOrder;
use overdue::domain::money::Currency;

fuzz_target!(|data: &[u8]| {
    let order = match data.first().map(|b| b % 3) {
        Some(1) => Some(SlashOrder::DayFirst),
        Some(2) => Some(SlashOrder::MonthFirst),
        _ => None,
    };
    let eur: Currency = "EUR".parse().expect("EUR");
    if let Ok(rows) = overdue::import::csv::read_rows("fuzz.csv", data, order, eur) {
        for r in rows {
            assert!(r.amount_minor > 0, "an accepted row has a positive amount");
            assert!(r.due >= r.issued, "an accepted row is due after it is issued");
        }
    }
});
