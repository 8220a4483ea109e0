//! Claims computed by hand, one jurisdiction after another. Each test's comment writes
//! the computation out: interest = balance × rate × days / 365, rounded half-up per period.

use super::*;
use crate::domain::invoice::{Invoice, InvoiceId, Payment};
use crate::domain::party::ClientId;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn invoice(amount_minor: i64, currency: Currency, due: &str, late_rate_bp: Option<i64>) -> Invoice {
    Invoice {
        id: InvoiceId(1),
        number: "T-1".into(),
        client_id: ClientId(1),
        issued: d(due) - Days::new(30),
        due: d(due),
        amount_minor,
        currency,
        description: None,
        terms: None,
        terms_agreed_on: None,
        late_rate_bp,
    }
}

fn pay(id: i64, date: &str, amount_minor: i64) -> Payment {
    Payment {
        id,
        date: d(date),
        amount_minor,
        method: None,
        note: None,
    }
}

fn claim(law: Law, debtor: ClientKind, inv: &Invoice, payments: &[Payment], as_of: &str) -> Claim {
    let input = ClaimInput {
        law,
        debtor,
        invoice: inv,
        payments,
        letters: &[],
        as_of: d(as_of),
    };
    compute_claim(&input, &RateTable::embedded()).expect("the tables cover the case")
}

/// An invoice whose due date was agreed in the contract: in German law, default then
/// starts the day after it.
fn agreed(mut inv: Invoice) -> Invoice {
    inv.terms_agreed_on = Some(inv.issued);
    inv
}

/// (from, to, days, principal, rate_bp, interest) of each period.
fn rows(c: &Claim) -> Vec<(String, String, i64, i64, i64, i64)> {
    c.periods
        .iter()
        .map(|p| {
            (
                p.from.to_string(),
                p.to.to_string(),
                p.days,
                p.principal_minor,
                p.rate_bp,
                p.interest_minor,
            )
        })
        .collect()
}

fn row(
    from: &str,
    to: &str,
    days: i64,
    principal: i64,
    bp: i64,
    interest: i64,
) -> (String, String, i64, i64, i64, i64) {
    (from.into(), to.into(), days, principal, bp, interest)
}

#[test]
fn italy_across_a_half_year_boundary() {
    // EUR 10,000.00 due 31 May 2025, claimed on 31 August 2025.
    // 1 Jun–30 Jun 2025: 30 days at 3.15 + 8 = 11.15 %: 10,000 × 0.1115 × 30/365 = 91.6438 → 91.64
    // 1 Jul–31 Aug 2025: 62 days at 2.15 + 8 = 10.15 %: 10,000 × 0.1015 × 62/365 = 172.4110 → 172.41
    // Interest 264.05; EUR 40; total 10,000 + 264.05 + 40 = 10,304.05.
    let inv = invoice(1_000_000, Currency::EUR, "2025-05-31", None);
    let c = claim(Law::It, ClientKind::Business, &inv, &[], "2025-08-31");
    assert_eq!(
        rows(&c),
        vec![
            row("2025-06-01", "2025-06-30", 30, 1_000_000, 1115, 9164),
            row("2025-07-01", "2025-08-31", 62, 1_000_000, 1015, 17241),
        ]
    );
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.total_minor),
        (26405, 4000, 1_030_405)
    );
    assert!(c.basis.contains("231/2002"), "{}", c.basis);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn italy_with_two_partial_payments() {
    // EUR 2,550.00 due 31 January 2026; EUR 1,000 paid on 10 February, EUR 500 on 2 March;
    // claimed on 31 March 2026, all in H1 2026 at 2.15 + 8 = 10.15 %.
    // A payment dated P counts from P+1:
    // 1 Feb–10 Feb: 10 days on 2,550: 2,550 × 0.1015 × 10/365 = 7.0911 → 7.09
    // 11 Feb–2 Mar: 20 days on 1,550: 1,550 × 0.1015 × 20/365 = 8.6205 → 8.62
    // 3 Mar–31 Mar: 29 days on 1,050: 1,050 × 0.1015 × 29/365 = 8.4676 → 8.47
    // Interest 24.18; EUR 40; principal 1,050; total 1,114.18.
    let inv = invoice(255_000, Currency::EUR, "2026-01-31", None);
    let payments = [pay(1, "2026-02-10", 100_000), pay(2, "2026-03-02", 50_000)];
    let c = claim(Law::It, ClientKind::Business, &inv, &payments, "2026-03-31");
    assert_eq!(
        rows(&c),
        vec![
            row("2026-02-01", "2026-02-10", 10, 255_000, 1015, 709),
            row("2026-02-11", "2026-03-02", 20, 155_000, 1015, 862),
            row("2026-03-03", "2026-03-31", 29, 105_000, 1015, 847),
        ]
    );
    assert_eq!(c.principal_minor, 105_000);
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.total_minor),
        (2418, 4000, 111_418)
    );
}

#[test]
fn italy_consumer_owes_legal_interest_and_no_compensation() {
    // Same debt as the boundary test, owed by a consumer: the legal rate of 2025 (2.00 %),
    // from the day after the due date, and no EUR 40.
    // 1 Jun–31 Aug 2025: 92 days: 10,000 × 0.02 × 92/365 = 50.4110 → 50.41
    let inv = invoice(1_000_000, Currency::EUR, "2025-05-31", None);
    let c = claim(Law::It, ClientKind::Consumer, &inv, &[], "2025-08-31");
    assert_eq!(c.rate_kind, RateKind::Legal);
    assert_eq!(
        rows(&c),
        vec![row("2025-06-01", "2025-08-31", 92, 1_000_000, 200, 5041)]
    );
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.total_minor),
        (5041, 0, 1_005_041)
    );
    assert!(c.basis.contains("art. 1284"), "{}", c.basis);
    assert!(
        c.compensation_note
            .as_deref()
            .is_some_and(|n| n.contains("consumer"))
    );
}

#[test]
fn germany_business_across_a_boundary_and_consumer_at_base_plus_five() {
    // Business: EUR 10,000.00 due 15 June 2025, claimed 10 July 2025.
    // 16 Jun–30 Jun: 15 days at 2.27 + 9 = 11.27 %: 10,000 × 0.1127 × 15/365 = 46.3151 → 46.32
    // 1 Jul–10 Jul: 10 days at 1.27 + 9 = 10.27 %: 10,000 × 0.1027 × 10/365 = 28.1370 → 28.14
    // Interest 74.46, plus the EUR 40 flat fee.
    // The due date was agreed in the contract, so default starts the day after it.
    let inv = agreed(invoice(1_000_000, Currency::EUR, "2025-06-15", None));
    let c = claim(Law::De, ClientKind::Business, &inv, &[], "2025-07-10");
    assert_eq!(
        rows(&c),
        vec![
            row("2025-06-16", "2025-06-30", 15, 1_000_000, 1127, 4632),
            row("2025-07-01", "2025-07-10", 10, 1_000_000, 1027, 2814),
        ]
    );
    assert_eq!((c.interest_minor, c.compensation_minor), (7446, 4000));

    // Consumer: EUR 1,200.00 due 31 December 2025, claimed 31 March 2026.
    // 1 Jan–31 Mar 2026: 90 days at 1.27 + 5 = 6.27 %: 1,200 × 0.0627 × 90/365 = 18.5523 → 18.55
    // No flat fee from a consumer.
    let inv = agreed(invoice(120_000, Currency::EUR, "2025-12-31", None));
    let c = claim(Law::De, ClientKind::Consumer, &inv, &[], "2026-03-31");
    assert_eq!(
        rows(&c),
        vec![row("2026-01-01", "2026-03-31", 90, 120_000, 627, 1855)]
    );
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.total_minor),
        (1855, 0, 121_855)
    );
    assert!(c.basis.contains("288(1)"), "{}", c.basis);
}

#[test]
fn germany_with_two_partial_payments() {
    // EUR 5,000.00 due 31 July 2025; EUR 2,000 paid 15 August, EUR 1,000 paid 31 August;
    // claimed 30 September 2025, all at 1.27 + 9 = 10.27 %.
    // 1 Aug–15 Aug: 15 days on 5,000: 5,000 × 0.1027 × 15/365 = 21.1027 → 21.10
    // 16 Aug–31 Aug: 16 days on 3,000: 3,000 × 0.1027 × 16/365 = 13.5058 → 13.51
    // 1 Sep–30 Sep: 30 days on 2,000: 2,000 × 0.1027 × 30/365 = 16.8822 → 16.88
    // Interest 51.49.
    let inv = agreed(invoice(500_000, Currency::EUR, "2025-07-31", None));
    let payments = [pay(1, "2025-08-31", 100_000), pay(2, "2025-08-15", 200_000)];
    let c = claim(Law::De, ClientKind::Business, &inv, &payments, "2025-09-30");
    assert_eq!(
        rows(&c),
        vec![
            row("2025-08-01", "2025-08-15", 15, 500_000, 1027, 2110),
            row("2025-08-16", "2025-08-31", 16, 300_000, 1027, 1351),
            row("2025-09-01", "2025-09-30", 30, 200_000, 1027, 1688),
        ]
    );
    assert_eq!((c.interest_minor, c.principal_minor), (5149, 200_000));
}

#[test]
fn france_across_a_boundary_with_ten_points() {
    // EUR 3,000.00 due 15 December 2024, claimed 15 January 2025.
    // 16 Dec–31 Dec 2024: 16 days at 4.25 + 10 = 14.25 %: 3,000 × 0.1425 × 16/365 = 18.7397 → 18.74
    // 1 Jan–15 Jan 2025: 15 days at 3.15 + 10 = 13.15 %: 3,000 × 0.1315 × 15/365 = 16.2123 → 16.21
    // Interest 34.95, plus EUR 40.
    let inv = invoice(300_000, Currency::EUR, "2024-12-15", None);
    let c = claim(Law::Fr, ClientKind::Business, &inv, &[], "2025-01-15");
    assert_eq!(
        rows(&c),
        vec![
            row("2024-12-16", "2024-12-31", 16, 300_000, 1425, 1874),
            row("2025-01-01", "2025-01-15", 15, 300_000, 1315, 1621),
        ]
    );
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.total_minor),
        (3495, 4000, 307_495)
    );
}

#[test]
fn france_with_two_partial_payments_and_a_consumer() {
    // EUR 1,000.00 due 31 March 2026; EUR 300 paid 10 April, EUR 300 paid 20 April;
    // claimed 30 April 2026 at 2.15 + 10 = 12.15 %.
    // 1 Apr–10 Apr: 10 days on 1,000: 1,000 × 0.1215 × 10/365 = 3.3288 → 3.33
    // 11 Apr–20 Apr: 10 days on 700: 700 × 0.1215 × 10/365 = 2.3301 → 2.33
    // 21 Apr–30 Apr: 10 days on 400: 400 × 0.1215 × 10/365 = 1.3315 → 1.33
    let inv = invoice(100_000, Currency::EUR, "2026-03-31", None);
    let payments = [pay(1, "2026-04-10", 30_000), pay(2, "2026-04-20", 30_000)];
    let c = claim(Law::Fr, ClientKind::Business, &inv, &payments, "2026-04-30");
    assert_eq!(
        c.periods
            .iter()
            .map(|p| p.interest_minor)
            .collect::<Vec<_>>(),
        vec![333, 233, 133]
    );
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.total_minor),
        (699, 4000, 44_699)
    );
    // A French consumer with no formal letter (mise en demeure): nothing beyond the principal.
    let c = claim(Law::Fr, ClientKind::Consumer, &inv, &payments, "2026-04-30");
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.total_minor),
        (0, 0, 40_000)
    );
}

#[test]
fn eu_directive_floor_across_a_boundary_and_with_payments() {
    // EUR 800.00 due 20 June 2024, claimed 20 July 2024.
    // 21 Jun–30 Jun: 10 days at 4.50 + 8 = 12.50 %: 800 × 0.125 × 10/365 = 2.7397 → 2.74
    // 1 Jul–20 Jul: 20 days at 4.25 + 8 = 12.25 %: 800 × 0.1225 × 20/365 = 5.3699 → 5.37
    let inv = invoice(80_000, Currency::EUR, "2024-06-20", None);
    let c = claim(Law::Eu, ClientKind::Public, &inv, &[], "2024-07-20");
    assert_eq!(
        rows(&c),
        vec![
            row("2024-06-21", "2024-06-30", 10, 80_000, 1250, 274),
            row("2024-07-01", "2024-07-20", 20, 80_000, 1225, 537),
        ]
    );
    assert_eq!((c.interest_minor, c.compensation_minor), (811, 4000));

    // Two payments, same half-year: EUR 2,000 due 31 Jan 2025, 500 paid 5 Feb, 500 paid 15 Feb,
    // claimed 28 Feb 2025 at 3.15 + 8 = 11.15 %.
    // 1–5 Feb: 5 days on 2,000: 2,000 × 0.1115 × 5/365 = 3.0548 → 3.05
    // 6–15 Feb: 10 days on 1,500: 1,500 × 0.1115 × 10/365 = 4.5822 → 4.58
    // 16–28 Feb: 13 days on 1,000: 1,000 × 0.1115 × 13/365 = 3.9712 → 3.97
    let inv = invoice(200_000, Currency::EUR, "2025-01-31", None);
    let payments = [pay(1, "2025-02-05", 50_000), pay(2, "2025-02-15", 50_000)];
    let c = claim(Law::Eu, ClientKind::Business, &inv, &payments, "2025-02-28");
    assert_eq!(
        c.periods
            .iter()
            .map(|p| (p.days, p.interest_minor))
            .collect::<Vec<_>>(),
        vec![(5, 305), (10, 458), (13, 397)]
    );
    assert_eq!(c.interest_minor, 1160);
}

#[test]
fn uk_rate_is_fixed_for_the_life_of_the_debt() {
    // GBP 5,000.00 due 15 August 2025: interest starts 16 August 2025 (H2), so the base rate
    // of 30 June 2025 applies: 4.25 + 8 = 12.25 %, fixed, although the table moves to 3.75
    // in 2026. Claimed 15 August 2026: 365 days, one period, no split at 1 January or 1 July.
    // 5,000 × 0.1225 × 365/365 = 612.50. Debt of GBP 5,000: fixed sum GBP 70.
    let inv = invoice(500_000, Currency::GBP, "2025-08-15", None);
    let c = claim(Law::Gb, ClientKind::Business, &inv, &[], "2026-08-15");
    assert_eq!(
        rows(&c),
        vec![row("2025-08-16", "2026-08-15", 365, 500_000, 1225, 61_250)]
    );
    assert_eq!(c.rate_kind, RateKind::StatutoryFixed);
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.total_minor),
        (61_250, 7000, 568_250)
    );
}

#[test]
fn uk_with_two_partial_payments_splits_at_payments_only() {
    // GBP 2,000.00 due 30 June 2025; interest starts 1 July 2025 → 4.25 + 8 = 12.25 % fixed.
    // GBP 500 paid 31 December 2025, GBP 500 paid 31 January 2026; claimed 28 February 2026.
    // 1 Jul–31 Dec 2025: 184 days on 2,000: 2,000 × 0.1225 × 184/365 = 123.5068 → 123.51
    // 1 Jan–31 Jan 2026: 31 days on 1,500: 1,500 × 0.1225 × 31/365 = 15.6062 → 15.61
    // 1 Feb–28 Feb 2026: 28 days on 1,000: 1,000 × 0.1225 × 28/365 = 9.3973 → 9.40
    // Interest 148.52; the debt was GBP 2,000 when it fell due: fixed sum GBP 70.
    let inv = invoice(200_000, Currency::GBP, "2025-06-30", None);
    let payments = [pay(1, "2025-12-31", 50_000), pay(2, "2026-01-31", 50_000)];
    let c = claim(Law::Gb, ClientKind::Business, &inv, &payments, "2026-02-28");
    assert_eq!(
        rows(&c),
        vec![
            row("2025-07-01", "2025-12-31", 184, 200_000, 1225, 12_351),
            row("2026-01-01", "2026-01-31", 31, 150_000, 1225, 1561),
            row("2026-02-01", "2026-02-28", 28, 100_000, 1225, 940),
        ]
    );
    assert_eq!((c.interest_minor, c.compensation_minor), (14_852, 7000));
}

#[test]
fn uk_fixed_sum_bands() {
    // Under GBP 1,000: 40; 1,000 to 9,999.99: 70; from 10,000: 100.
    assert_eq!(gb_fixed_sum(99_999), 4000);
    assert_eq!(gb_fixed_sum(100_000), 7000);
    assert_eq!(gb_fixed_sum(999_999), 7000);
    assert_eq!(gb_fixed_sum(1_000_000), 10_000);
    for (amount, sum) in [
        (99_999, 4000),
        (100_000, 7000),
        (999_999, 7000),
        (1_000_000, 10_000),
    ] {
        let inv = invoice(amount, Currency::GBP, "2026-01-31", None);
        let c = claim(Law::Gb, ClientKind::Business, &inv, &[], "2026-02-28");
        assert_eq!(c.compensation_minor, sum, "debt {amount}");
    }
    // A UK consumer: no statutory interest and no fixed sum.
    let inv = invoice(500_000, Currency::GBP, "2026-01-31", None);
    let c = claim(Law::Gb, ClientKind::Consumer, &inv, &[], "2026-02-28");
    assert_eq!((c.interest_minor, c.compensation_minor), (0, 0));
}

#[test]
fn a_contractual_rate_replaces_the_statutory_one_for_any_debtor() {
    // An Italian consumer who agreed 6.00 % a year: EUR 1,000.00 due 31 January 2026,
    // claimed 1 March 2026: 29 days: 1,000 × 0.06 × 29/365 = 4.7671 → 4.77. No EUR 40.
    let inv = invoice(100_000, Currency::EUR, "2026-01-31", Some(600));
    let c = claim(Law::It, ClientKind::Consumer, &inv, &[], "2026-03-01");
    assert_eq!(
        rows(&c),
        vec![row("2026-02-01", "2026-03-01", 29, 100_000, 600, 477)]
    );
    assert_eq!(
        (c.rate_kind, c.compensation_minor),
        (RateKind::Contractual, 0)
    );
    // A UK business that agreed 10.00 %, in a leap year: GBP 3,650.00 due 31 January 2024,
    // claimed 1 March 2024: 30 days (29 February counts; the year is still 365 days):
    // 3,650 × 0.10 × 30/365 = 30.00. The contract rate displaces the statutory one; the fixed
    // sum (GBP 70) still applies.
    let inv = invoice(365_000, Currency::GBP, "2024-01-31", Some(1000));
    let c = claim(Law::Gb, ClientKind::Business, &inv, &[], "2024-03-01");
    assert_eq!(
        rows(&c),
        vec![row("2024-02-01", "2024-03-01", 30, 365_000, 1000, 3000)]
    );
    assert_eq!(c.compensation_minor, 7000);
    assert!(c.basis.contains("agreed in the contract"), "{}", c.basis);
    // No law at all (a US client) with an agreed 1.5 % a month = 18 % a year:
    // USD 1,000 due 31 January 2026, claimed 2 March 2026: 30 days: 1,000 × 0.18 × 30/365 = 14.7945 → 14.79.
    let inv = invoice(100_000, Currency::USD, "2026-01-31", Some(1800));
    let c = claim(Law::None, ClientKind::Business, &inv, &[], "2026-03-02");
    assert_eq!((c.interest_minor, c.compensation_minor), (1479, 0));
}

#[test]
fn compensation_is_only_claimed_in_the_currency_the_law_names() {
    let inv = invoice(100_000, Currency::USD, "2026-01-31", None);
    let c = claim(Law::It, ClientKind::Business, &inv, &[], "2026-03-01");
    assert_eq!(c.compensation_minor, 0);
    assert!(c.compensation_withheld);
    let note = c.compensation_note.expect("a reason");
    assert!(note.contains("EUR") && note.contains("USD"), "{note}");
    assert!(c.interest_minor > 0);
}

#[test]
fn nothing_is_claimed_before_the_due_date_and_a_stale_table_is_flagged() {
    let inv = invoice(100_000, Currency::EUR, "2026-11-30", None);
    let c = claim(Law::It, ClientKind::Business, &inv, &[], "2026-11-30");
    assert_eq!(
        (c.interest_minor, c.compensation_minor, c.total_minor),
        (0, 0, 100_000)
    );
    // H2 2026 has no ECB entry in the shipped table: the H1 rate is used, with a warning.
    let inv = invoice(100_000, Currency::EUR, "2026-09-30", None);
    let c = claim(Law::It, ClientKind::Business, &inv, &[], "2026-11-22");
    assert_eq!(c.periods.len(), 1);
    assert_eq!(c.periods[0].rate_bp, 1015);
    assert!(
        c.warnings
            .iter()
            .any(|w| w.contains("rate table may be stale")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn default_law_follows_the_business_country() {
    let law = |c: &str| Law::default_for(c.parse().expect("country"));
    assert_eq!(law("IT"), Law::It);
    assert_eq!(law("GB"), Law::Gb);
    assert_eq!(law("ES"), Law::Eu);
    assert_eq!(law("US"), Law::None);
    assert_eq!("none".parse::<Law>(), Ok(Law::None));
    assert_eq!("eu".parse::<Law>(), Ok(Law::Eu));
}
