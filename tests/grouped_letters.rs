//! A letter to a client that covers several invoices: one invoice table listing them all,
//! a claim table per invoice that bears interest, the sums, one deadline and one payment
//! reference; a long list runs onto the next page with its headings repeated. The PDFs
//! are read back. `OVERDUE_KEEP_PDFS=DIR` keeps them, to look at.

mod common;

use overdue::domain::ladder::Stage;
use overdue::domain::party::Language;
use overdue::letters::compose::{LetterModel, compose};
use overdue::letters::sample;
use overdue::letters::templates::Templates;

fn letter(lang: Language, stage: Stage, count: usize) -> (LetterModel, Vec<u8>, String) {
    let facts = sample::grouped(lang, stage, count);
    let model = compose(&facts.facts(), &Templates::embedded()).expect("compose");
    let pdf = overdue::letters::pdf::render(&model);
    if let Some(dir) = std::env::var_os("OVERDUE_KEEP_PDFS") {
        let name = format!(
            "{}_{}_{count}.pdf",
            format!("{lang:?}").to_lowercase(),
            stage.as_str()
        );
        std::fs::write(std::path::Path::new(&dir).join(name), &pdf).expect("keep");
    }
    let text = common::pdf_text(&pdf);
    (model, pdf, text)
}

fn pages(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf)
        .expect("pdf")
        .get_pages()
        .len()
}

#[test]
fn a_letter_for_one_invoice_reads_as_before() {
    let (m, _, text) = letter(Language::En, Stage::FormalLetter, 1);
    assert_eq!(
        m.invoice_table.rows.len(),
        1,
        "no total row for one invoice"
    );
    assert!(m.claim_table.is_some());
    assert!(m.more_tables.is_empty());
    assert_eq!(m.items.len(), 1);
    assert!(text.contains("Invoice 2026/017 dated"), "{text}");
    assert!(m.subject.ends_with("invoice 2026/017"), "{}", m.subject);
    assert!(!text.contains("invoices listed below"));
}

#[test]
fn a_letter_for_three_invoices_lists_each_with_its_claim_and_the_sums() {
    let (m, pdf, text) = letter(Language::En, Stage::FormalLetter, 3);
    let facts = sample::grouped(Language::En, Stage::FormalLetter, 3);
    let items = facts.facts().items();
    assert_eq!(m.items.len(), 3);
    // One row per invoice and the sum of their balances.
    assert_eq!(m.invoice_table.rows.len(), 4);
    assert!(m.invoice_table.rows[3].total);
    let balance: i64 = items.iter().map(|i| i.claim.principal_minor).sum();
    let interest: i64 = items.iter().map(|i| i.claim.interest_minor).sum();
    let compensation: i64 = items.iter().map(|i| i.claim.compensation_minor).sum();
    assert_eq!(m.balance_minor, balance);
    assert_eq!(m.interest_minor, interest);
    assert_eq!(m.compensation_minor, compensation);
    assert_eq!(m.total_due_minor, balance + interest + compensation);
    assert!(interest > 0 && compensation > 0, "the sample claims both");
    for (sums, item) in m.items.iter().zip(&items) {
        assert_eq!(sums.invoice, item.invoice.number);
        assert_eq!(sums.principal_minor, item.claim.principal_minor);
        assert_eq!(sums.interest_minor, item.claim.interest_minor);
    }
    // A claim table per invoice, then the sums.
    assert!(m.claim_table.is_none());
    let captions: Vec<&str> = m.more_tables.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        captions,
        [
            "Invoice 2026/017",
            "Invoice 2026/018",
            "Invoice 2026/019",
            ""
        ]
    );
    // One reference, one deadline, plural wording.
    assert_eq!(m.invoice_number, "2026/017, 2026/018, 2026/019");
    assert!(
        m.subject.ends_with("invoices 2026/017, 2026/018, 2026/019"),
        "{}",
        m.subject
    );
    assert!(
        text.contains("The 3 invoices listed below, 2026/017, 2026/018 and 2026/019"),
        "{text}"
    );
    assert!(
        text.contains("from the dates shown in the tables below"),
        "{text}"
    );
    let total = overdue::present::money(m.total_due_minor, m.currency, Language::En);
    assert!(text.contains(&total), "the grand total {total} is printed");
    let words: String = m.before.iter().chain(&m.after).map(|b| b.text()).collect();
    assert_eq!(
        words.matches(&m.deadline_text).count(),
        1,
        "one deadline, {}: {words}",
        m.deadline_text
    );
    assert_eq!(pages(&pdf), 2, "three claim tables need a second page");
}

#[test]
fn twenty_five_invoices_run_onto_the_next_page_and_a_long_table_repeats_its_headings() {
    for lang in Language::ALL {
        let (m, pdf, text) = letter(*lang, Stage::Reminder, 25);
        assert_eq!(m.invoice_table.rows.len(), 26);
        assert!(pages(&pdf) >= 2, "{lang:?}");
        let w = overdue::letters::i18n::words(*lang);
        let continued = format!("{} {}", w.invoice_head[0], w.continued);
        // A table longer than a page breaks between rows, its headings repeated.
        let (_, long, long_text) = letter(*lang, Stage::Reminder, 45);
        assert!(pages(&long) >= 2, "{lang:?}");
        assert!(
            long_text.contains(&continued),
            "{lang:?}: the invoice table's headings repeat: {long_text}"
        );
        assert!(long_text.contains("2026/061"), "{lang:?}: the last row");
        // Every invoice is listed, and the reference is shortened.
        for k in 0..25 {
            assert!(
                text.contains(&format!("2026/{:03}", 17 + k)),
                "{lang:?} {k}"
            );
        }
        assert_eq!(m.invoice_number, "2026/017, 2026/018, 2026/019 (+22)");
        assert_eq!(m.enclosures.len(), 25, "a copy of each invoice");
    }
}

#[test]
fn every_language_and_stage_writes_a_grouped_letter_in_the_plural() {
    for lang in Language::ALL {
        for stage in Stage::ALL {
            let (m, _, text) = letter(*lang, *stage, 3);
            assert!(
                text.contains("2026/019"),
                "{lang:?} {stage:?}: the third invoice is listed"
            );
            assert!(
                m.subject.contains("2026/017, 2026/018, 2026/019"),
                "{lang:?} {stage:?}: {}",
                m.subject
            );
            assert!(
                !text.contains("Invoice 2026/017 dated") && !text.contains("fattura 2026/017 del"),
                "{lang:?} {stage:?}: the singular opening is not used: {text}"
            );
        }
    }
}
