//! Today lists letters, not invoices: one row per letter to a client, with the invoices
//! it covers, and Send records that whole letter after saying exactly what it covers.
//! A client's page lists the letters sent to that client, and records a statement of
//! account as sent. Driven through the real window with egui_kittest.

mod common;
mod ui_common;

use egui_kittest::kittest::Queryable;
use overdue::actions;
use overdue::ledger::Ledger;
use ui_common::{demo_ledger, settle, today};

#[test]
fn a_letter_covering_two_invoices_is_one_row_and_one_send() {
    let (_dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 1400.0], egui::Theme::Light);
    settle(&mut h);
    let o = h.state().overview().expect("overview").clone();
    let (index, plan) = o
        .letters
        .iter()
        .enumerate()
        .find(|(_, p)| p.invoices.len() > 1)
        .expect("the demo has a client with two invoices due for one stage");
    let plan = plan.clone();
    // One row per letter: each of its invoices is a link on that one row.
    for n in &plan.invoices {
        assert_eq!(h.get_all_by_label(n).count(), 1, "{n} appears once");
    }
    // The row's Send (Send buttons come one per letter, in order).
    h.get_all_by_label("Send")
        .nth(index)
        .expect("the letter's send button")
        .click();
    settle(&mut h);
    let covers = format!(
        "It covers {} invoices: {}",
        plan.invoices.len(),
        plan.invoices.join(", ")
    );
    assert!(
        h.query_by_label_contains(&covers).is_some(),
        "the confirmation names every invoice: {covers}"
    );
    assert_eq!(
        h.state().overview().expect("overview").letters.len(),
        o.letters.len(),
        "nothing recorded before the yes"
    );
    h.get_by_label(&format!("Send the {}", plan.stage.title()))
        .click();
    settle(&mut h);
    let after = h.state().overview().expect("overview").clone();
    assert_eq!(after.letters.len(), o.letters.len() - 1);
    assert!(!after.letters.iter().any(|p| p.letter == plan.letter));
    // One letter, stored once, covering both invoices.
    let mut ledger = Ledger::open(&path).expect("open");
    let mut shas = Vec::new();
    for n in &plan.invoices {
        let stored = actions::stored_letters(&mut ledger, n).expect("letters");
        let last = stored.last().expect("a letter");
        assert_eq!(last.sent, today());
        assert_eq!(last.stage, plan.stage);
        shas.push(last.sha256.clone());
    }
    assert!(shas.windows(2).all(|w| w[0] == w[1]), "{shas:?}");
    assert!(
        h.state()
            .toasts()
            .iter()
            .any(|t| t.contains(&format!("for {} invoices", plan.invoices.len()))),
        "{:?}",
        h.state().toasts()
    );
}

#[test]
fn a_clients_page_lists_the_letters_sent_and_records_a_statement() {
    let (_dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 2000.0], egui::Theme::Light);
    settle(&mut h);
    h.get_by_label("Clients").click();
    settle(&mut h);
    h.get_by_label("Julien Richard").click();
    settle(&mut h);
    let letters_before = {
        let mut ledger = Ledger::open(&path).expect("open");
        actions::client_detail(&mut ledger, "Julien Richard", today())
            .expect("client")
            .letters
    };
    assert!(!letters_before.is_empty(), "the demo sent Julien letters");
    assert!(
        h.query_by_label_contains(&format!("Letters sent ({})", letters_before.len()))
            .is_some()
    );
    assert_eq!(
        h.query_all_by_label("Save PDF…").count(),
        letters_before.len(),
        "each stored letter can be saved"
    );
    h.get_by_label("Statement").click();
    settle(&mut h);
    h.get_by_label("Record as sent").click();
    settle(&mut h);
    assert!(
        h.query_by_label_contains("No invoice moves up the ladder")
            .is_some(),
        "the confirmation says what will happen"
    );
    let due_before = h.state().overview().expect("overview").due.clone();
    h.get_all_by_label("Record as sent")
        .last()
        .expect("the confirmation's yes")
        .click();
    settle(&mut h);
    let mut ledger = Ledger::open(&path).expect("open");
    let d = actions::client_detail(&mut ledger, "Julien Richard", today()).expect("client");
    assert_eq!(d.letters.len(), letters_before.len() + 1);
    let statement = d.letters.last().expect("the statement");
    assert!(statement.stage.is_none() && statement.sha256.is_some());
    assert_eq!(statement.sent, today());
    // It moved nothing: the same rows are due.
    let due_after = h.state().overview().expect("overview").due.clone();
    let numbers = |rows: &[actions::DueRow]| -> Vec<String> {
        rows.iter().map(|r| r.invoice.clone()).collect()
    };
    assert_eq!(numbers(&due_after), numbers(&due_before));
    assert!(
        h.query_by_label_contains(&format!("Letters sent ({})", d.letters.len()))
            .is_some(),
        "the client's page shows it"
    );
}

#[test]
fn keep_claiming_then_the_letter_about_the_interest_from_the_invoice_page() {
    // Set up through the CLI: a formal letter claimed interest, then the principal alone
    // was paid, and the user kept claiming the rest.
    let env = common::Env::new();
    env.setup();
    env.paid_after_a_claim_letter("2026/017");
    env.ok("2026-10-28", &["interest", "keep", "2026/017"]);
    let mut h = ui_common::harness(&env.db, [1280.0, 1400.0], egui::Theme::Light);
    settle(&mut h);
    // A paid invoice: reached from its client's page, which lists every invoice.
    h.get_by_label("Clients").click();
    settle(&mut h);
    h.get_by_label("Rossi S.r.l.").click();
    settle(&mut h);
    // The first link is the invoice table's; the letters sent list it too.
    h.get_all_by_label("2026/017")
        .next()
        .expect("the invoice's link")
        .click();
    settle(&mut h);
    h.get_by_label("Letter about the interest…").click();
    settle(&mut h);
    assert!(
        h.query_all_by_label_contains("Interessi di mora e risarcimento forfettario ancora dovuti")
            .count()
            >= 1,
        "the preview, in the client's Italian"
    );
    h.get_by_label("Record as sent").click();
    settle(&mut h);
    assert!(
        h.query_by_label_contains("It is sent once").is_some(),
        "the confirmation says what will happen"
    );
    h.get_all_by_label("Record as sent")
        .last()
        .expect("the confirmation's yes")
        .click();
    settle(&mut h);
    let mut ledger = Ledger::open(&env.db).expect("open");
    let client = actions::client_detail(&mut ledger, "Rossi S.r.l.", today()).expect("client");
    let last = client.letters.last().expect("a letter");
    assert_eq!(last.kind, overdue::ledger::LetterKind::Interest);
    assert_eq!(last.invoices, ["2026/017"]);
    assert_eq!(last.sent, today());
}
