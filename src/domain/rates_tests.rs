use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

#[test]
fn embedded_tables_parse_and_hold_the_values_of_rates_md() {
    for series in RateSeries::ALL {
        let entries = parse_rate_file(
            *series,
            series.embedded_text(),
            RateOrigin::Shipped,
            "embedded",
        )
        .expect("embedded table parses");
        assert_eq!(
            entries.first().map(|e| e.from),
            Some(d("2013-01-01")),
            "{series} starts in 2013"
        );
        assert!(
            entries.iter().all(|e| !e.source.trim().is_empty()),
            "{series}: every row names its source"
        );
        // No period is missing between the first and the last row.
        for pair in entries.windows(2) {
            assert_eq!(series.next_period(pair[0].from), pair[1].from, "{series}");
        }
    }
    let t = RateTable::embedded();
    let bp = |s, day: &str| t.lookup(s, d(day)).expect("known").entry.bp;
    assert_eq!(bp(RateSeries::EcbMro, "2026-03-01"), 215);
    assert_eq!(bp(RateSeries::EcbMro, "2013-02-01"), 75);
    assert_eq!(bp(RateSeries::EcbMro, "2022-07-27"), 0);
    assert_eq!(bp(RateSeries::EcbMro, "2023-03-31"), 250);
    assert_eq!(bp(RateSeries::DeBasiszins, "2024-08-01"), 337);
    assert_eq!(bp(RateSeries::DeBasiszins, "2020-05-01"), -88);
    assert_eq!(bp(RateSeries::DeBasiszins, "2016-03-01"), -83);
    assert_eq!(bp(RateSeries::BoeBase, "2025-12-31"), 425);
    assert_eq!(bp(RateSeries::BoeBase, "2020-07-01"), 10);
    assert_eq!(bp(RateSeries::ItLegal, "2020-12-31"), 5);
    assert_eq!(bp(RateSeries::ItLegal, "2023-07-01"), 500);
    assert_eq!(bp(RateSeries::FrLegal, "2020-08-01"), 84);
    assert_eq!(bp(RateSeries::FrLegal, "2014-09-01"), 4);
    let e = t.lookup(RateSeries::BoeBase, d("2026-07-01")).expect("row");
    assert_eq!((e.entry.origin, e.stale), (RateOrigin::Shipped, None));
}

#[test]
fn a_day_before_the_first_row_is_an_error_naming_the_table_and_the_fix() {
    let t = RateTable::embedded();
    let gap = t
        .lookup(RateSeries::FrLegal, d("2012-11-30"))
        .expect_err("no rate before 2013");
    assert_eq!(gap.first, Some(d("2013-01-01")));
    let text = gap.to_string();
    assert!(
        text.contains("the fr_legal table starts on 2013-01-01"),
        "{text}"
    );
    assert!(
        text.contains("overdue rates set fr_legal 2012-07-01 RATE --source TEXT"),
        "{text}"
    );
    let gap = RateTable::default()
        .lookup(RateSeries::ItLegal, d("2020-05-05"))
        .expect_err("empty");
    assert!(gap.to_string().contains("is empty"), "{gap}");
    assert!(gap.to_string().contains("it_legal 2020-01-01"), "{gap}");
}

#[test]
fn a_missing_period_uses_the_last_rate_and_says_so() {
    let t = RateTable::embedded();
    let l = t.lookup(RateSeries::EcbMro, d("2026-11-22")).expect("mro");
    assert_eq!(l.entry.from, d("2026-01-01"));
    let warning = l.stale.expect("stale");
    assert!(warning.contains("rate table may be stale"), "{warning}");
    assert!(warning.contains("H2 2026"), "{warning}");
    let l = t.lookup(RateSeries::ItLegal, d("2027-02-01")).expect("it");
    assert_eq!(l.entry.bp, 160);
    assert!(l.stale.expect("stale").contains("no entry for 2027"));
    // ECB, Basiszinssatz and the French legal rate lack H2 2026; the BoE and Italy do not.
    assert_eq!(t.staleness(d("2026-11-22")).len(), 3);
}

#[test]
fn a_user_file_extends_and_overrides() {
    let mut t = RateTable::embedded();
    let user =
        "from,rate_percent,source\n2026-07-01,2.40,ECB press release\n2026-01-01,2.20,typo fixed\n";
    t.merge(
        parse_rate_file(
            RateSeries::EcbMro,
            user,
            RateOrigin::User,
            "rates/ecb_mro.csv",
        )
        .expect("parses"),
    );
    let h2 = t.lookup(RateSeries::EcbMro, d("2026-11-22")).expect("h2");
    assert_eq!((h2.entry.bp, h2.stale), (240, None));
    assert_eq!(h2.entry.origin, RateOrigin::User);
    assert_eq!(h2.entry.file, "rates/ecb_mro.csv");
    let h1 = t.lookup(RateSeries::EcbMro, d("2026-02-01")).expect("h1");
    assert_eq!(h1.entry.bp, 220);
    // What is written reads back the same.
    let text = write_rate_file(RateSeries::EcbMro, t.entries());
    let back = parse_rate_file(RateSeries::EcbMro, &text, RateOrigin::User, "x").expect("back");
    assert_eq!(back.len(), 27 + 1);
    assert_eq!(
        back.last().map(|e| (e.bp, e.source.as_str())),
        Some((240, "ECB press release"))
    );
}

#[test]
fn bad_rows_name_the_file_and_line() {
    let e = parse_rate_file(
        RateSeries::BoeBase,
        "from,rate_percent,source\n2026-03-01,4,x\n",
        RateOrigin::User,
        "my.csv",
    )
    .expect_err("march is no half-year");
    assert_eq!(e.line, 2);
    assert!(
        e.to_string().starts_with(
            "my.csv, line 2: 2026-03-01 does not start a period of the boe_base table"
        ),
        "{e}"
    );
    let e = parse_rate_file(
        RateSeries::ItLegal,
        "2026-07-01,1.6,x\n",
        RateOrigin::User,
        "it.csv",
    )
    .expect_err("the Italian legal rate is yearly");
    assert!(e.to_string().contains("(use 1 January)"), "{e}");
    let e = parse_rate_file(
        RateSeries::BoeBase,
        "2026-01-01,4.125,x\n",
        RateOrigin::User,
        "my.csv",
    )
    .expect_err("three decimals");
    assert!(e.to_string().contains("'4.125' is not a rate"), "{e}");
    assert_eq!(percent(1015), "10.15");
    assert_eq!(percent(-50), "-0.50");
}

#[test]
fn user_rates_are_checked_field_by_field() {
    let ok = check_user_rate(RateSeries::EcbMro, d("2026-07-01"), 240, "ECB, 5 June 2026");
    assert_eq!(ok, Ok(()));
    let field = |r: Result<(), (&'static str, String)>| r.expect_err("refused").0;
    assert_eq!(
        field(check_user_rate(
            RateSeries::EcbMro,
            d("2026-08-01"),
            240,
            "x"
        )),
        "from"
    );
    assert_eq!(
        field(check_user_rate(
            RateSeries::ItLegal,
            d("2027-07-01"),
            240,
            "x"
        )),
        "from"
    );
    assert_eq!(
        field(check_user_rate(
            RateSeries::EcbMro,
            d("2026-07-01"),
            3001,
            "x"
        )),
        "rate"
    );
    assert_eq!(
        field(check_user_rate(
            RateSeries::EcbMro,
            d("2026-07-01"),
            -501,
            "x"
        )),
        "rate"
    );
    assert_eq!(
        field(check_user_rate(
            RateSeries::EcbMro,
            d("2026-07-01"),
            240,
            "  "
        )),
        "source"
    );
    assert_eq!(
        field(check_user_rate(
            RateSeries::EcbMro,
            d("2026-07-01"),
            240,
            "a\nb"
        )),
        "source"
    );
    assert!(check_user_rate(RateSeries::DeBasiszins, d("2026-07-01"), -500, "x").is_ok());
    assert_eq!(parse_percent_bp("2.4 %"), Some(240));
    assert_eq!(parse_percent_bp("-0.88"), Some(-88));
    assert_eq!(
        parse_percent_bp("2,40"),
        Some(240),
        "a decimal comma, as Europeans write it"
    );
}

#[test]
fn periods_follow_each_table() {
    assert_eq!(
        RateSeries::ItLegal.next_period(d("2020-03-04")),
        d("2021-01-01")
    );
    assert_eq!(
        RateSeries::FrLegal.next_period(d("2020-03-04")),
        d("2020-07-01")
    );
    assert_eq!(
        RateSeries::EcbMro.next_period(d("2020-07-01")),
        d("2021-01-01")
    );
    assert_eq!(RateSeries::ItLegal.period_name(d("2020-01-01")), "2020");
    assert_eq!(RateSeries::BoeBase.period_name(d("2020-07-01")), "H2 2020");
}
