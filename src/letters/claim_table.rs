//! A claim's tables: one invoice's interest periods with its balance, interest,
//! compensation and total, and the interest named as each law names it. A letter about
//! several invoices prints one per invoice, then a table of the sums.

use super::compose::{Table, TableRow};
use super::i18n::words;
use crate::domain::interest::Claim;
use crate::domain::party::{Client, Language};
use crate::present as format;

/// The claim table's interest heading and row, named as the law names them: French
/// "pénalités de retard" are a business's; a consumer owes "intérêts au taux légal", a
/// public body "intérêts moratoires", and another law's interest is "intérêts de retard".
pub(super) fn interest_label(
    claim: &Claim,
    client: &Client,
    lang: Language,
) -> (&'static str, &'static str) {
    use crate::domain::interest::{Law, RateKind};
    use crate::domain::party::ClientKind;
    let w = words(lang);
    if lang != Language::Fr {
        return (w.claim_head[4], w.interest);
    }
    match (claim.law, client.kind, claim.rate_kind) {
        (_, _, RateKind::Contractual) => ("Intérêts", "Intérêts de retard convenus"),
        (Law::Fr, ClientKind::Business, _) => (w.claim_head[4], w.interest),
        (Law::Fr, ClientKind::Public, _) => ("Intérêts", "Intérêts moratoires"),
        (_, ClientKind::Consumer, _) => ("Intérêts", "Intérêts au taux légal"),
        _ => ("Intérêts", "Intérêts de retard"),
    }
}

/// One invoice's claim table: its interest periods, then its balance, interest,
/// compensation and total.
pub(super) fn claim_table(claim: &Claim, client: &Client, lang: Language) -> Table {
    let w = words(lang);
    let money = |m: i64| format::money(m, claim.currency, lang);
    let (interest_head, interest_row) = interest_label(claim, client, lang);
    let mut rows: Vec<TableRow> = claim
        .periods
        .iter()
        .map(|p| TableRow {
            cells: vec![
                format!(
                    "{} – {}",
                    format::short_date(p.from, lang),
                    format::short_date(p.to, lang)
                ),
                p.days.to_string(),
                money(p.principal_minor),
                format::rate(p.rate_bp, lang),
                money(p.interest_minor),
            ],
            total: false,
        })
        .collect();
    rows.push(summary_row(w.balance, &money(claim.principal_minor), true));
    if claim.interest_minor > 0 {
        rows.push(summary_row(
            interest_row,
            &money(claim.interest_minor),
            false,
        ));
    }
    if claim.compensation_minor > 0 {
        rows.push(summary_row(
            w.compensation,
            &money(claim.compensation_minor),
            false,
        ));
    }
    rows.push(summary_row(w.total, &money(claim.total_minor), true));
    Table {
        head: w
            .claim_head
            .iter()
            .enumerate()
            .map(|(i, s)| if i == 4 { interest_head } else { s }.to_string())
            .collect(),
        right: vec![false, true, true, true, true],
        widths: vec![34, 9, 19, 14, 19],
        rows,
    }
}

/// A claim table's row of a label and an amount.
pub(super) fn summary_row(label: &str, amount: &str, total: bool) -> TableRow {
    TableRow {
        cells: vec![
            label.to_string(),
            String::new(),
            String::new(),
            String::new(),
            amount.to_string(),
        ],
        total,
    }
}
