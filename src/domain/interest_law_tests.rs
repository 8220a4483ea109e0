//! The claims issue's rules, computed by hand (independently, with Python's `decimal`)
//! across 2013, 2016, 2020 and 2022, the years of zero and negative reference rates:
//! the start of interest per law and debtor, the table each uses, how it is split, the
//! daily interest, and the refusal of a day no table covers.

use super::*;
use crate::domain::invoice::{Invoice, InvoiceId, Payment};
use crate::domain::ladder::{Letter, Stage};
use crate::domain::party::ClientId;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn invoice(amount_minor: i64, currency: Currency, due: &str) -> Invoice {
    Invoice {
        id: InvoiceId(1),
        number: "H-1".into(),
        client_id: ClientId(1),
        issued: d(due) - Days::new(30),
        due: d(due),
        amount_minor,
        currency,
        description: None,
        terms: None,
        terms_agreed_on: None,
        late_rate_bp: None,
    }
}

fn letter(stage: Stage, sent: &str, deadline: &str) -> Letter {
    Letter {
        id: 1,
        stage,
        sent: d(sent),
        deadline: d(deadline),
        principal_minor: 0,
        interest_minor: 0,
        compensation_minor: 0,
        forced: false,
    }
}

struct Case<'a> {
    law: Law,
    debtor: ClientKind,
    invoice: Invoice,
    payments: &'a [Payment],
    letters: &'a [Letter],
}

impl Case<'_> {
    fn on(&self, as_of: &str) -> Claim {
        self.try_on(as_of).expect("the tables cover the case")
    }

    fn try_on(&self, as_of: &str) -> Result<Claim, RateGap> {
        compute_claim(
            &ClaimInput {
                law: self.law,
                debtor: self.debtor,
                invoice: &self.invoice,
                payments: self.payments,
                letters: self.letters,
                as_of: d(as_of),
            },
            &RateTable::embedded(),
        )
    }
}

fn case(law: Law, debtor: ClientKind, inv: Invoice) -> Case<'static> {
    Case {
        law,
        debtor,
        invoice: inv,
        payments: &[],
        letters: &[],
    }
}

/// (from, to, days, rate_bp, interest) of each period.
fn periods(c: &Claim) -> Vec<(NaiveDate, NaiveDate, i64, i64, i64)> {
    c.periods
        .iter()
        .map(|p| (p.from, p.to, p.days, p.rate_bp, p.interest_minor))
        .collect()
}

#[test]
fn italy_business_across_2022_and_2023_as_the_issue_computes() {
    // 16 Oct–31 Dec 2022: 77 days at 0.00 + 8 = 8.00 %: 12,500 × 0.08 × 77/365 = 210.958904 → 210.96
    // 1 Jan–31 Mar 2023: 90 days at 2.50 + 8 = 10.50 %: 12,500 × 0.105 × 90/365 = 323.630137 → 323.63
    let c = case(
        Law::It,
        ClientKind::Business,
        invoice(1_250_000, Currency::EUR, "2022-10-15"),
    )
    .on("2023-03-31");
    assert_eq!(
        periods(&c),
        vec![
            (d("2022-10-16"), d("2022-12-31"), 77, 800, 21_096),
            (d("2023-01-01"), d("2023-03-31"), 90, 1050, 32_363),
        ]
    );
    assert_eq!((c.interest_minor, c.compensation_minor), (53_459, 4000));
    // 12,500 × 0.105 / 365 = 3.5959 → 3.60 a day.
    assert_eq!(c.daily_minor, 360);
    assert_eq!(c.default_from, Some(d("2022-10-16")));
    assert_eq!(c.default_reason(), "the day after the due date");
    assert_eq!(
        c.rate_formula(),
        "8 points over the ECB main refinancing rate (2.50 %)"
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn uk_2020_debt_is_fixed_at_the_rate_of_its_first_half_year() {
    // Start 1 May 2020: the base rate on 31 Dec 2019, 0.75 + 8 = 8.75 %, for the life of
    // the debt (it fell to 0.10 in H2 2020). 12,000 × 0.0875 × 365/365 = 1,050.00.
    let c = case(
        Law::Gb,
        ClientKind::Business,
        invoice(1_200_000, Currency::GBP, "2020-04-30"),
    )
    .on("2021-04-30");
    assert_eq!(
        periods(&c),
        vec![(d("2020-05-01"), d("2021-04-30"), 365, 875, 105_000)]
    );
    assert_eq!((c.compensation_minor, c.daily_minor), (10_000, 288));
    assert_eq!(
        c.rate_formula(),
        "8 points over the Bank of England base rate of H1 2020 (0.75 %), fixed for the life of the debt"
    );
    // GBP 850 due 15 Dec 2016: the rate of H2 2016 (0.50 + 8), fixed through 2017's cut.
    let c = case(
        Law::Gb,
        ClientKind::Business,
        invoice(85_000, Currency::GBP, "2016-12-15"),
    )
    .on("2017-12-15");
    assert_eq!(
        periods(&c),
        vec![(d("2016-12-16"), d("2017-12-15"), 365, 850, 7225)]
    );
    assert_eq!((c.compensation_minor, c.daily_minor), (4000, 20));
}

#[test]
fn germany_business_without_agreed_terms_defaults_thirty_days_after_the_due_date() {
    // Due 10 Mar 2016, no terms agreed, no letter: default from the 31st day, 10 Apr 2016.
    // 10 Apr–30 Jun: 82 days at -0.83 + 9 = 8.17 %: 5,000 × 0.0817 × 82/365 = 91.772603 → 91.77
    // 1 Jul–31 Dec: 184 days at -0.88 + 9 = 8.12 %: 5,000 × 0.0812 × 184/365 = 204.668493 → 204.67
    let c = case(
        Law::De,
        ClientKind::Business,
        invoice(500_000, Currency::EUR, "2016-03-10"),
    )
    .on("2016-12-31");
    assert_eq!(
        periods(&c),
        vec![
            (d("2016-04-10"), d("2016-06-30"), 82, 817, 9177),
            (d("2016-07-01"), d("2016-12-31"), 184, 812, 20_467),
        ]
    );
    assert_eq!((c.interest_minor, c.daily_minor), (29_644, 111));
    assert_eq!(c.start, InterestStart::ThirtyDays);
    assert_eq!(
        c.default_reason(),
        "30 days after the due date (§ 286(3) BGB)"
    );
    assert_eq!(c.compensation_minor, 4000);
    assert_eq!(
        c.rate_formula(),
        "9 points over the German Basiszinssatz (-0.88 %)"
    );

    // EUR 2,000 due 15 Jun 2020: on 15 Jul 2020 not yet in default; no interest, no EUR 40.
    let late = case(
        Law::De,
        ClientKind::Business,
        invoice(200_000, Currency::EUR, "2020-06-15"),
    );
    let c = late.on("2020-07-15");
    assert_eq!((c.interest_minor, c.compensation_minor), (0, 0));
    assert_eq!(c.default_from, Some(d("2020-07-16")));
    assert_eq!(
        c.compensation_note.as_deref(),
        Some("the debtor is not in default yet")
    );
    // From 16 Jul: 169 days to 31 Dec (75.19), 10 days of 2021 (4.45), both at 8.12 %.
    let c = late.on("2021-01-10");
    assert_eq!(
        periods(&c),
        vec![
            (d("2020-07-16"), d("2020-12-31"), 169, 812, 7519),
            (d("2021-01-01"), d("2021-01-10"), 10, 812, 445),
        ]
    );
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.daily_minor),
        (7964, 4000, 44)
    );
}

#[test]
fn germany_agreed_terms_run_from_the_day_after_the_due_date() {
    // Terms agreed in the contract: default from 1 Jun 2022, split at 1 Jul 2022.
    // 30 days: 5,000 × 0.0812 × 30/365 = 33.37; 92 days: 102.33.
    let mut inv = invoice(500_000, Currency::EUR, "2022-05-31");
    inv.terms_agreed_on = Some(d("2022-03-01"));
    let c = case(Law::De, ClientKind::Business, inv).on("2022-09-30");
    assert_eq!(
        periods(&c),
        vec![
            (d("2022-06-01"), d("2022-06-30"), 30, 812, 3337),
            (d("2022-07-01"), d("2022-09-30"), 92, 812, 10_233),
        ]
    );
    assert_eq!(c.interest_minor, 13_570);
    assert_eq!(
        c.default_reason(),
        "agreed terms: the due date was agreed in the contract of 2022-03-01"
    );
}

#[test]
fn germany_a_reminders_deadline_starts_default_when_it_comes_first() {
    // Due 30 Nov 2022; reminder of 5 Dec with deadline 12 Dec: default 13 Dec, before the
    // 31st day (31 Dec). 19 days at 8.12 % = 30.86; 59 days of 2023 at 1.62 + 9 = 10.62 % = 125.32.
    let letters = [letter(Stage::Reminder, "2022-12-05", "2022-12-12")];
    let c = Case {
        letters: &letters,
        ..case(
            Law::De,
            ClientKind::Business,
            invoice(730_000, Currency::EUR, "2022-11-30"),
        )
    }
    .on("2023-02-28");
    assert_eq!(
        periods(&c),
        vec![
            (d("2022-12-13"), d("2022-12-31"), 19, 812, 3086),
            (d("2023-01-01"), d("2023-02-28"), 59, 1062, 12_532),
        ]
    );
    assert_eq!((c.interest_minor, c.daily_minor), (15_618, 212));
    assert_eq!(
        c.default_reason(),
        "the day after the deadline (2022-12-12) of the reminder of 2022-12-05"
    );
}

#[test]
fn germany_consumer_is_in_default_only_after_a_demand_and_owes_no_flat_fee() {
    let inv = invoice(120_000, Currency::EUR, "2020-02-14");
    // No letter and no agreed terms: nothing yet, however late.
    let c = case(Law::De, ClientKind::Consumer, inv.clone()).on("2020-08-31");
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.daily_minor),
        (0, 0, 0)
    );
    assert_eq!((c.default_from, &c.start), (None, &InterestStart::NotYet));
    // A reminder of 20 Feb with deadline 1 Mar: from 2 Mar at -0.88 + 5 = 4.12 %.
    // 121 days: 1,200 × 0.0412 × 121/365 = 16.389699 → 16.39; 62 days: 8.398027 → 8.40.
    let letters = [letter(Stage::Reminder, "2020-02-20", "2020-03-01")];
    let c = Case {
        letters: &letters,
        ..case(Law::De, ClientKind::Consumer, inv)
    }
    .on("2020-08-31");
    assert_eq!(
        periods(&c),
        vec![
            (d("2020-03-02"), d("2020-06-30"), 121, 412, 1639),
            (d("2020-07-01"), d("2020-08-31"), 62, 412, 840),
        ]
    );
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.daily_minor),
        (2479, 0, 14)
    );
}

#[test]
fn italy_consumer_owes_the_legal_rate_split_by_calendar_year() {
    // Due 30 Nov 2019: 31 days at 0.80 % (2.04), 2020 at 0.05 % (366 days: 1.50),
    // 2021 at 0.01 % (0.30), 90 days of 2022 at 1.25 % (9.25). No EUR 40.
    let c = case(
        Law::It,
        ClientKind::Consumer,
        invoice(300_000, Currency::EUR, "2019-11-30"),
    )
    .on("2022-03-31");
    assert_eq!(
        periods(&c),
        vec![
            (d("2019-12-01"), d("2019-12-31"), 31, 80, 204),
            (d("2020-01-01"), d("2020-12-31"), 366, 5, 150),
            (d("2021-01-01"), d("2021-12-31"), 365, 1, 30),
            (d("2022-01-01"), d("2022-03-31"), 90, 125, 925),
        ]
    );
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.daily_minor),
        (1309, 0, 10)
    );
    assert_eq!(c.rate_kind, RateKind::Legal);
    assert_eq!(c.series, Some(RateSeries::ItLegal));
    assert_eq!(
        c.rate_formula(),
        "the Italian legal interest rate (1.25 % in 2022)"
    );
    assert!(c.basis.contains("art. 1284"), "{}", c.basis);
}

#[test]
fn france_consumer_owes_the_legal_rate_from_the_formal_letter_only() {
    let inv = invoice(200_000, Currency::EUR, "2020-01-31");
    // A reminder is no mise en demeure.
    let reminder = [letter(Stage::Reminder, "2020-02-05", "2020-02-12")];
    let c = Case {
        letters: &reminder,
        ..case(Law::Fr, ClientKind::Consumer, inv.clone())
    }
    .on("2020-12-31");
    assert_eq!((c.interest_minor, c.default_from), (0, None));
    // Formal letter of 10 Mar 2020: from 11 Mar. 112 days at 0.87 % = 5.34; 184 at 0.84 % = 8.47.
    let letters = [
        reminder[0].clone(),
        letter(Stage::FormalLetter, "2020-03-10", "2020-03-17"),
    ];
    let c = Case {
        letters: &letters,
        ..case(Law::Fr, ClientKind::Consumer, inv)
    }
    .on("2020-12-31");
    assert_eq!(
        periods(&c),
        vec![
            (d("2020-03-11"), d("2020-06-30"), 112, 87, 534),
            (d("2020-07-01"), d("2020-12-31"), 184, 84, 847),
        ]
    );
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.daily_minor),
        (1381, 0, 5)
    );
    assert_eq!(
        c.default_reason(),
        "the day after the formal letter (mise en demeure) of 2020-03-10"
    );
}

#[test]
fn france_public_body_owes_ecb_plus_eight_fixed_at_the_first_half_year() {
    // Due 20 Dec 2022: the ECB rate of H2 2022 (0.00) + 8 = 8.00 %, fixed through 2023's hikes.
    // 284 days: 10,000 × 0.08 × 284/365 = 622.465753 → 622.47.
    let inv = invoice(1_000_000, Currency::EUR, "2022-12-20");
    let c = case(Law::Fr, ClientKind::Public, inv.clone()).on("2023-09-30");
    assert_eq!(
        periods(&c),
        vec![(d("2022-12-21"), d("2023-09-30"), 284, 800, 62_247)]
    );
    assert_eq!((c.compensation_minor, c.daily_minor), (4000, 219));
    assert_eq!(c.rate_kind, RateKind::StatutoryFixed);
    assert!(
        c.basis.contains("L2192-13") && c.basis.contains("R2192-31"),
        "{}",
        c.basis
    );
    // A business in France pays ECB + 10, re-split each half-year: 30.14 + 619.86 + 352.88.
    let c = case(Law::Fr, ClientKind::Business, inv).on("2023-09-30");
    assert_eq!(
        periods(&c),
        vec![
            (d("2022-12-21"), d("2022-12-31"), 11, 1000, 3014),
            (d("2023-01-01"), d("2023-06-30"), 181, 1250, 61_986),
            (d("2023-07-01"), d("2023-09-30"), 92, 1400, 35_288),
        ]
    );
    assert_eq!((c.interest_minor, c.daily_minor), (100_288, 384));
}

#[test]
fn eu_2016_across_the_fall_to_zero_with_a_payment() {
    // Spain, due 31 May 2016; EUR 3,000 paid on 15 Aug. June at 0.05 + 8 = 8.05 % (52.93);
    // 1 Jul–15 Aug at 8.00 % on 8,000 (80.66); 16 Aug–31 Oct at 8.00 % on 5,000 (84.38).
    let payments = [Payment {
        id: 1,
        date: d("2016-08-15"),
        amount_minor: 300_000,
        method: None,
        note: None,
    }];
    let c = Case {
        payments: &payments,
        ..case(
            Law::Eu,
            ClientKind::Business,
            invoice(800_000, Currency::EUR, "2016-05-31"),
        )
    }
    .on("2016-10-31");
    assert_eq!(
        periods(&c),
        vec![
            (d("2016-06-01"), d("2016-06-30"), 30, 805, 5293),
            (d("2016-07-01"), d("2016-08-15"), 46, 800, 8066),
            (d("2016-08-16"), d("2016-10-31"), 77, 800, 8438),
        ]
    );
    assert_eq!(
        (c.interest_minor, c.daily_minor, c.principal_minor),
        (21_797, 110, 500_000)
    );
}

#[test]
fn italy_2013_the_first_year_of_the_tables() {
    // 91 days at 0.75 + 8 = 8.75 % (21.82) and 184 days at 0.50 + 8 = 8.50 % (42.85).
    let c = case(
        Law::It,
        ClientKind::Business,
        invoice(100_000, Currency::EUR, "2013-03-31"),
    )
    .on("2013-12-31");
    assert_eq!(
        periods(&c),
        vec![
            (d("2013-04-01"), d("2013-06-30"), 91, 875, 2182),
            (d("2013-07-01"), d("2013-12-31"), 184, 850, 4285),
        ]
    );
    assert_eq!((c.interest_minor, c.daily_minor), (6467, 23));
}

#[test]
fn a_day_before_the_tables_is_refused_and_a_claim_without_interest_needs_no_table() {
    let old = invoice(100_000, Currency::EUR, "2012-10-31");
    let gap = case(Law::It, ClientKind::Business, old.clone())
        .try_on("2013-03-31")
        .expect_err("no ECB row for 2012");
    assert_eq!(gap.series, RateSeries::EcbMro);
    assert!(
        gap.to_string()
            .contains("overdue rates set ecb_mro 2012-07-01"),
        "{gap}"
    );
    // The UK's fixed rate is looked up on the first day: refused as well.
    let gap = case(
        Law::Gb,
        ClientKind::Business,
        invoice(100_000, Currency::GBP, "2012-10-31"),
    )
    .try_on("2014-01-01")
    .expect_err("no BoE row for 2012");
    assert_eq!(gap.series, RateSeries::BoeBase);
    // No interest runs for a UK consumer, so no table is needed.
    let c = case(
        Law::Gb,
        ClientKind::Consumer,
        invoice(100_000, Currency::GBP, "2012-10-31"),
    )
    .on("2014-01-01");
    assert_eq!(
        (c.interest_minor, c.daily_minor, c.total_minor),
        (0, 0, 100_000)
    );
    assert_eq!(c.start, InterestStart::Never);
}

#[test]
fn stale_warnings_come_only_with_figures_that_rest_on_the_stale_row() {
    // A UK debt from H1 2026 uses a known rate even in 2027: no warning.
    let c = case(
        Law::Gb,
        ClientKind::Business,
        invoice(100_000, Currency::GBP, "2026-03-31"),
    )
    .on("2027-03-31");
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    // An Italian business debt that reaches H2 2026 rests on a stale ECB row.
    let c = case(
        Law::It,
        ClientKind::Business,
        invoice(100_000, Currency::EUR, "2026-05-31"),
    )
    .on("2026-11-28");
    assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
    assert!(c.warnings[0].contains("H2 2026"), "{:?}", c.warnings);
    // The Italian legal rate of 2026 is known: an Italian consumer's claim is not stale.
    let c = case(
        Law::It,
        ClientKind::Consumer,
        invoice(100_000, Currency::EUR, "2026-05-31"),
    )
    .on("2026-11-28");
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    // A German consumer not yet in default depends on no rate at all.
    let c = case(
        Law::De,
        ClientKind::Consumer,
        invoice(100_000, Currency::EUR, "2026-05-31"),
    )
    .on("2026-11-28");
    assert!(
        c.warnings.is_empty() && c.daily_minor == 0,
        "{:?}",
        c.warnings
    );
}

#[test]
fn a_user_rate_is_used_by_the_next_claim() {
    let mut rates = RateTable::embedded();
    rates.merge(
        crate::domain::rates::parse_rate_file(
            RateSeries::EcbMro,
            "2026-07-01,2.40,ECB decision of 11 June 2026\n",
            crate::domain::rates::RateOrigin::User,
            "rates/ecb_mro.csv",
        )
        .expect("parses"),
    );
    let inv = invoice(1_000_000, Currency::EUR, "2026-06-30");
    let input = ClaimInput {
        law: Law::It,
        debtor: ClientKind::Business,
        invoice: &inv,
        payments: &[],
        letters: &[],
        as_of: d("2026-07-31"),
    };
    // 31 days at 2.40 + 8 = 10.40 %: 10,000 × 0.104 × 31/365 = 88.33.
    let c = compute_claim(&input, &rates).expect("claim");
    assert_eq!(
        periods(&c),
        vec![(d("2026-07-01"), d("2026-07-31"), 31, 1040, 8833)]
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}
