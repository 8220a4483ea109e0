//! The whole window, driven through egui_kittest on a real ledger file with a pinned
//! day: the first run, sending from Today, a partial payment, a dispute, a bad amount in
//! the new-invoice form, and a template with an undefined variable.
//!
//! Widgets are found by their accessible labels, as a screen reader finds them.

mod ui_common;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use overdue::actions::{self, LetterAssets};
use overdue::domain::ladder::{Stage, Step};
use overdue::ledger::Ledger;
use overdue::ui::{App, View};
use ui_common::{demo_ledger, settle, today};

fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    settle(h);
}

fn set_text(h: &mut Harness<'static, App>, label: &str, text: &str) {
    h.get_by_label(label).set_text_value_accesskit(text);
    h.run();
}

#[test]
fn first_run_asks_for_the_profile_then_loads_the_demo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ledger.db");
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    assert!(h.query_by_label("Welcome to Overdue").is_some());
    // An empty name is refused beside the field.
    click(&mut h, "Save and continue");
    assert!(
        h.query_by_label("is required for a new profile").is_some(),
        "the name's error is shown"
    );
    set_text(&mut h, "Business name", "Studio Rossi");
    set_text(&mut h, "Town letters are dated from", "Bologna");
    click(&mut h, "Save and continue");
    assert!(
        h.query_by_label("Try the demo").is_some(),
        "the three choices are offered"
    );
    assert!(h.query_by_label("Start empty").is_some());
    assert!(h.query_by_label("Import a CSV").is_some());
    click(&mut h, "Try the demo");
    // The demo opens in a ledger of its own, marked DEMO; the user's stays untouched.
    assert!(h.state().in_demo());
    assert!(h.query_by_label("DEMO").is_some());
    assert_eq!(h.state().ledger_path(), dir.path().join("demo.db"));
    let o = h.state().overview().expect("overview");
    assert_eq!(o.invoices.len(), 60);
    assert!(!o.due.is_empty(), "the demo has letters due today");
    assert_ne!(
        o.profile.as_ref().map(|p| p.name.as_str()),
        Some("Studio Rossi"),
        "the demo has its own made-up profile"
    );
    assert_eq!(h.state().view, View::Today);
    assert!(h.query_by_label_contains("Due today").is_some());
    let mut ledger = Ledger::open(&path).expect("open");
    let (profile, count) = ledger
        .read(|tx| Ok::<_, overdue::ledger::LedgerError>((tx.profile()?, tx.invoice_count()?)))
        .expect("read");
    assert_eq!(profile.expect("profile").city.as_deref(), Some("Bologna"));
    assert_eq!(count, 0, "no demo invoice in the user's ledger");
    // Every demo letter says DEMO.
    let mut demo = Ledger::open(&dir.path().join("demo.db")).expect("demo");
    let number = o
        .due
        .iter()
        .find(|r| r.stage != Some(Step::Handover))
        .expect("due")
        .invoice
        .clone();
    let assets = LetterAssets::for_ledger(&demo).expect("assets");
    let r = actions::preview(&mut demo, &number, None, None, today(), &assets).expect("preview");
    assert!(r.model.subject.starts_with("DEMO"), "{}", r.model.subject);
    // Back to the user's own ledger from the top bar.
    click(&mut h, "Back to my ledger");
    assert!(!h.state().in_demo());
    assert_eq!(h.state().ledger_path(), path);
    assert_eq!(h.state().overview().expect("overview").invoices.len(), 0);
}

#[test]
fn sending_the_first_due_letter_from_today_stores_it_and_shrinks_the_queue() {
    let (_dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    let before = h.state().overview().expect("overview").due.clone();
    let first = before
        .iter()
        .find(|r| r.stage != Some(Step::Handover))
        .expect("a letter is due")
        .clone();
    // The first Send button is on the first letter's row (handover rows have none).
    h.get_all_by_label("Send")
        .next()
        .expect("send button")
        .click();
    settle(&mut h);
    // Nothing is recorded by that click: a confirmation says what will happen.
    assert_eq!(
        h.state().overview().expect("overview").due.len(),
        before.len()
    );
    let title = first
        .stage
        .and_then(|s| s.stage())
        .expect("a stage")
        .title();
    assert!(
        h.query_by_label_contains("as sent today (22/11/2026)")
            .is_some(),
        "the confirmation says what will happen"
    );
    // The letter's own warnings are in the confirmation, before the yes.
    let warnings = {
        let mut ledger = Ledger::open(&path).expect("open");
        let assets = actions::LetterAssets::for_ledger(&ledger).expect("assets");
        let stage = first.stage.and_then(|s| s.stage());
        actions::preview(&mut ledger, &first.invoice, stage, None, today(), &assets)
            .expect("preview")
            .model
            .warnings
    };
    // The demo's first letter claims interest past the last ECB row (22 November 2026).
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("rate table may be stale")),
        "{warnings:?}"
    );
    assert!(
        h.query_by_label_contains("rests on a stale rate table")
            .is_some(),
        "the stale table is called out"
    );
    for w in &warnings {
        let head: String = w.chars().take(40).collect();
        assert!(
            h.query_all_by_label_contains(&head).count() >= 1,
            "warning shown in the confirmation: {w}"
        );
    }
    h.get_by_label(&format!("Send the {title}")).click();
    settle(&mut h);
    let after = h.state().overview().expect("overview").due.clone();
    assert_eq!(after.len(), before.len() - 1, "the queue shrank by one");
    assert!(!after.iter().any(|r| r.invoice == first.invoice));
    let mut ledger = Ledger::open(&path).expect("open");
    let stored = actions::stored_letters(&mut ledger, &first.invoice).expect("letters");
    let last = stored.last().expect("a letter");
    assert_eq!(last.sent, today());
    assert_eq!(Some(Step::Letter(last.stage)), first.stage);
    let pdf = last.pdf.as_ref().expect("its PDF is stored");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(
        h.state()
            .toasts()
            .iter()
            .any(|t| t.contains(&first.invoice) && t.contains("recorded as sent"))
    );
}

/// Opens an invoice's detail from the Invoices view's search.
fn open_invoice(h: &mut Harness<'static, App>, number: &str) {
    click(h, "Invoices");
    set_text(h, "Search", number);
    h.get_by_label(number).click();
    settle(h);
    assert_eq!(h.state().view, View::Detail);
}

fn overdue_invoice(h: &Harness<'static, App>) -> (String, i64) {
    let o = h.state().overview().expect("overview");
    let row = o
        .due
        .iter()
        .find(|r| r.stage == Some(Step::Letter(Stage::FormalLetter)))
        .or_else(|| o.due.first())
        .expect("a due invoice");
    (row.invoice.clone(), row.balance_minor)
}

#[test]
fn a_partial_payment_in_the_detail_view_lowers_the_balance_and_the_claim() {
    let (_dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    let (number, balance) = overdue_invoice(&h);
    open_invoice(&mut h, &number);
    // The amount starts empty: a stray click never records the whole balance.
    assert_eq!(h.get_by_label("Amount paid").value().as_deref(), Some(""));
    set_text(&mut h, "Amount paid", "100.00");
    click(&mut h, "Record payment");
    assert!(
        h.query_by_label_contains(&format!(
            "Record a payment of €100.00 on {number} dated 22 November 2026"
        ))
        .is_some(),
        "the confirmation names the amount, the invoice and the day"
    );
    h.get_all_by_label("Record payment")
        .last()
        .expect("the dialog's button")
        .click();
    settle(&mut h);
    let mut ledger = Ledger::open(&path).expect("open");
    let detail = actions::invoice_detail(&mut ledger, &number, today()).expect("detail");
    assert_eq!(detail.row.balance_minor, balance - 10_000);
    let assets = LetterAssets::for_ledger(&ledger).expect("assets");
    let (claim, _) = actions::claim(&mut ledger, &number, today(), &assets).expect("claim");
    assert_eq!(
        claim.principal_minor,
        balance - 10_000,
        "the claim runs on the new balance"
    );
    // The window shows the new balance and the claim's new total.
    // Amounts as the window's language (English) writes them: €8,307.00.
    let shown = |minor: i64| {
        overdue::present::money(
            minor,
            detail.row.currency,
            overdue::domain::party::Language::En,
        )
    };
    assert!(h.query_all_by_label(&shown(balance - 10_000)).count() >= 1);
    assert!(h.query_all_by_label(&shown(claim.total_minor)).count() >= 1);
    assert!(
        h.query_by_label_contains("payment of").is_some(),
        "the timeline shows it"
    );
    // A slash date in the form is read the profile's way (Italian: day first).
    set_text(&mut h, "Paid on", "04/11/2026");
    set_text(&mut h, "Amount paid", "1.00");
    click(&mut h, "Record payment");
    assert!(
        h.query_by_label_contains(&format!("on {number} dated 4 November 2026"))
            .is_some(),
        "04/11/2026 is 4 November"
    );
    h.get_all_by_label("Cancel")
        .last()
        .expect("the dialog's Cancel")
        .click();
    settle(&mut h);
    // Undo voids it, with the reason "undone", and the balance is back.
    h.get_by_label("Undo").click();
    settle(&mut h);
    let detail = actions::invoice_detail(&mut ledger, &number, today()).expect("detail");
    assert_eq!(detail.row.balance_minor, balance);
    assert!(
        detail
            .history
            .iter()
            .any(|e| e.kind == "payment_voided" && e.text.contains("undone"))
    );
    // A void from the page asks for its reason first.
    set_text(&mut h, "Amount paid", "50.00");
    click(&mut h, "Record payment");
    h.get_all_by_label("Record payment")
        .last()
        .expect("yes")
        .click();
    settle(&mut h);
    let id = actions::invoice_detail(&mut ledger, &number, today())
        .expect("d")
        .payments[0]
        .id;
    click(&mut h, &format!("Void payment {id}"));
    set_text(&mut h, "Reason", "bounced");
    click(&mut h, "Confirm");
    let detail = actions::invoice_detail(&mut ledger, &number, today()).expect("detail");
    assert_eq!(detail.row.balance_minor, balance);
    assert!(detail.history.iter().any(|e| e.text.contains("bounced")));
}

#[test]
fn opening_a_dispute_takes_the_invoice_out_of_the_queue() {
    let (_dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    let (number, _) = overdue_invoice(&h);
    open_invoice(&mut h, &number);
    set_text(&mut h, "Note", "client says the work was late");
    click(&mut h, "Open dispute");
    let o = h.state().overview().expect("overview");
    assert!(
        !o.due.iter().any(|r| r.invoice == number),
        "out of the queue"
    );
    let mut ledger = Ledger::open(&path).expect("open");
    let queue = actions::due_queue(&mut ledger, today(), false).expect("queue");
    assert!(!queue.iter().any(|r| r.invoice == number));
    let detail = actions::invoice_detail(&mut ledger, &number, today()).expect("detail");
    assert_eq!(detail.row.status.as_str(), "disputed");
    assert!(h.query_by_label("Resolve dispute").is_some());
}

#[test]
fn a_bad_amount_in_the_new_invoice_form_shows_its_error_beside_the_field() {
    let (_dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    let count = h.state().overview().expect("overview").invoices.len();
    click(&mut h, "New invoice");
    let client = h.state().overview().expect("overview").clients[0]
        .client
        .name
        .clone();
    set_text(&mut h, "Client name", &client);
    set_text(&mut h, "Number", "2026/900");
    set_text(&mut h, "Amount", "12,34,5");
    click(&mut h, "Add invoice");
    let error = h
        .query_all_by_label_contains("amount")
        .chain(h.query_all_by_label_contains("12,34,5"))
        .count();
    assert!(error >= 1, "an error about the amount is shown");
    // Beside the field: on the Amount row, right of the input.
    let field = h.get_by_label("Amount").rect();
    let err = h
        .query_all_by_label_contains("12,34,5")
        .find(|n| n.rect() != field)
        .expect("the error label")
        .rect();
    assert!(
        (err.center().y - field.center().y).abs() < field.height(),
        "same row"
    );
    assert!(err.left() > field.right(), "right of the field");
    let mut ledger = Ledger::open(&path).expect("open");
    let n = ledger.read(|tx| tx.invoice_count()).expect("count");
    assert_eq!(n as usize, count, "nothing was written");
    // Corrected, it goes in.
    set_text(&mut h, "Amount", "1234.50");
    click(&mut h, "Add invoice");
    let n = ledger.read(|tx| tx.invoice_count()).expect("count");
    assert_eq!(n as usize, count + 1);
}

#[test]
fn a_template_with_an_undefined_variable_shows_the_error_and_saves_nothing() {
    let (dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    click(&mut h, "Settings");
    click(&mut h, "Letter templates");
    let text = h.get_by_label("Template text").value().expect("text");
    assert!(text.contains("## subject"));
    let broken = text.replacen("## salutation", "## salutation\n{{ no_such_variable }}", 1);
    set_text(&mut h, "Template text", &broken);
    assert!(
        h.query_by_label_contains("no_such_variable").is_some()
            || h.query_by_label_contains("undefined").is_some(),
        "the error names the problem"
    );
    assert!(
        h.query_all_by_label_contains(", line ").count() >= 1,
        "the error names the line"
    );
    // Save is disabled; clicking it does nothing.
    click(&mut h, "Save template");
    assert!(!dir.path().join("templates").exists(), "nothing saved");
    // A valid edit saves and shows in the preview.
    let edited = text.replacen(
        "## salutation",
        "## salutation\nA friendly word first.\n",
        1,
    );
    set_text(&mut h, "Template text", &edited);
    assert!(
        h.query_by_label_contains("A friendly word first.")
            .is_some(),
        "live preview"
    );
    click(&mut h, "Save template");
    let not_saved: Vec<String> = h
        .query_all_by_label_contains("Not saved")
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(
        dir.path().join("templates/en/reminder.jinja").exists(),
        "saved ({not_saved:?}, {:?})",
        h.state().toasts()
    );
}

#[test]
fn the_import_dialog_refuses_a_bad_file_whole_and_imports_a_good_one() {
    let (dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    let before = h.state().overview().expect("overview").invoices.len();
    // Escape cancels the dialog.
    click(&mut h, "Import CSV…");
    assert!(h.query_by_label("Import invoices from a CSV").is_some());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Import invoices from a CSV").is_none());

    // Row 3 has a due date before its issue date: nothing of the file is imported.
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "number,client,issued,due,amount\nW-1,Window Client Ltd,2026-09-01,2026-10-01,120.00\nW-2,Window Client Ltd,2026-09-10,2026-09-01,80.00\n",
    )
    .expect("write");
    click(&mut h, "Import CSV…");
    set_text(&mut h, "CSV file", bad.to_str().expect("path"));
    click(&mut h, "Import");
    settle(&mut h);
    let toasts = h.state().toasts();
    let last = toasts.last().expect("a toast");
    assert!(last.starts_with("Nothing imported"), "{last}");
    assert!(last.contains("row 3"), "the error names the row: {last}");
    assert_eq!(
        h.state().overview().expect("overview").invoices.len(),
        before
    );

    let good = dir.path().join("good.csv");
    std::fs::write(
        &good,
        "number,client,issued,due,amount\nW-1,Window Client Ltd,2026-09-01,2026-10-01,120.00\nW-2,Window Client Ltd,2026-09-10,2026-10-10,80.00\n",
    )
    .expect("write");
    click(&mut h, "Import CSV…");
    set_text(&mut h, "CSV file", good.to_str().expect("path"));
    click(&mut h, "Import");
    settle(&mut h);
    let last = h.state().toasts().last().cloned().expect("a toast");
    assert!(last.starts_with("Imported 2 invoices"), "{last}");
    let o = h.state().overview().expect("overview");
    assert_eq!(o.invoices.len(), before + 2);
    assert!(o.invoices.iter().any(|r| r.number == "W-2"));
    // In the ledger too, not only in the window.
    let mut ledger = Ledger::open(&path).expect("open");
    let shown = actions::invoice_detail(&mut ledger, "W-2", today()).expect("W-2 stored");
    assert_eq!(shown.row.amount_minor, 8000);
    assert_eq!(&*shown.row.client, "Window Client Ltd");
    drop(ledger);

    // A name that is a known client written differently: the window asks first.
    let near = dir.path().join("near.csv");
    std::fs::write(
        &near,
        "number,client,issued,due,amount\nW-3,WINDOW CLIENT LTD.,2026-09-01,2026-10-01,50.00\n",
    )
    .expect("write");
    click(&mut h, "Import CSV…");
    set_text(&mut h, "CSV file", near.to_str().expect("path"));
    click(&mut h, "Import");
    settle(&mut h);
    assert!(
        h.query_by_label("Some names are known clients, written differently")
            .is_some(),
        "the window asks"
    );
    assert!(
        !h.state()
            .overview()
            .expect("overview")
            .invoices
            .iter()
            .any(|r| r.number == "W-3"),
        "nothing imported before the answer"
    );
    click(&mut h, "Book them to the known clients");
    settle(&mut h);
    let mut ledger = Ledger::open(&path).expect("open");
    let shown = actions::invoice_detail(&mut ledger, "W-3", today()).expect("W-3 stored");
    assert_eq!(
        &*shown.row.client, "Window Client Ltd",
        "booked to the known client"
    );
}

#[test]
fn settings_backs_up_and_restores_after_asking() {
    let (_dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    click(&mut h, "Settings");
    click(&mut h, "Backups");
    click(&mut h, "Back up now");
    let toast = h.state().toasts().last().cloned().expect("a toast");
    let saved = toast
        .strip_prefix("Backed up to ")
        .and_then(|s| s.strip_suffix('.'))
        .unwrap_or_else(|| panic!("{toast}"))
        .to_string();
    assert!(std::path::Path::new(&saved).is_file(), "{saved}");

    // A payment recorded after the backup (here by another connection, as the CLI would).
    let (number, balance) = overdue_invoice(&h);
    let mut ledger = Ledger::open(&path).expect("open");
    actions::add_payment(
        &mut ledger,
        &number,
        "2026-11-22",
        "50.00",
        None,
        None,
        today(),
    )
    .expect("payment");
    drop(ledger);

    set_text(&mut h, "Restore from a file", &saved);
    click(&mut h, "Restore…");
    assert!(
        h.query_by_label("Replace the ledger?").is_some(),
        "it asks first"
    );
    click(&mut h, "Replace the ledger");
    settle(&mut h);
    let last = h.state().toasts().last().cloned().expect("a toast");
    assert!(last.starts_with("Restored from"), "{last}");
    let mut ledger = Ledger::open(&path).expect("open");
    let detail = actions::invoice_detail(&mut ledger, &number, today()).expect("detail");
    assert_eq!(
        detail.row.balance_minor, balance,
        "the payment after the backup is undone"
    );
    let shown = h
        .state()
        .overview()
        .expect("overview")
        .invoices
        .iter()
        .find(|r| r.number == number)
        .map(|r| r.balance_minor);
    assert_eq!(shown, Some(balance), "the window shows the restored ledger");
}

#[test]
fn settings_lists_the_rates_and_adds_one_that_the_next_claim_uses() {
    let (dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    click(&mut h, "Settings");
    click(&mut h, "Interest rate tables");
    // Today (22 November 2026) has no ECB row: the warning is shown before anything else.
    assert!(
        h.query_all_by_label_contains("rate table may be stale")
            .count()
            >= 1,
        "the stale warning is shown"
    );
    let rows = h.state().settings_rates().expect("rates").entries.len();
    assert!(rows > 100, "the full tables back to 2013: {rows} rows");
    // A day that starts no half-year is refused beside its field, and nothing is written.
    set_text(&mut h, "From (YYYY-MM-DD)", "2026-08-01");
    set_text(&mut h, "Rate in percent", "2.40");
    set_text(&mut h, "Source", "ECB decision of 11 June 2026");
    click(&mut h, "Save rate");
    assert!(
        h.query_by_label_contains("does not start a period")
            .is_some(),
        "the error names the problem"
    );
    assert!(!dir.path().join("rates").exists(), "nothing written");
    set_text(&mut h, "From (YYYY-MM-DD)", "2026-07-01");
    click(&mut h, "Save rate");
    let file = std::fs::read_to_string(dir.path().join("rates/ecb_mro.csv")).expect("rate file");
    assert!(
        file.contains("2026-07-01,2.40,ECB decision of 11 June 2026"),
        "{file}"
    );
    let r = h.state().settings_rates().expect("rates");
    let row = r
        .entries
        .iter()
        .find(|e| e.table.as_str() == "ecb_mro" && e.from.to_string() == "2026-07-01")
        .expect("the new row is listed");
    assert_eq!(row.origin, overdue::domain::rates::RateOrigin::User);
    assert!(
        r.warnings.iter().all(|w| !w.contains("ECB")),
        "{:?}",
        r.warnings
    );
    // The next claim uses it.
    let mut ledger = Ledger::open(&path).expect("open");
    let assets = LetterAssets::for_ledger(&ledger).expect("assets");
    let (number, _) = overdue_invoice(&h);
    let (claim, _) = actions::claim(&mut ledger, &number, today(), &assets).expect("claim");
    assert!(
        claim.warnings.iter().all(|w| !w.contains("ECB")),
        "{:?}",
        claim.warnings
    );
}

#[test]
fn hand_over_asks_first_and_undo_brings_the_invoice_back() {
    let (_dir, path) = demo_ledger();
    let mut h = ui_common::harness(&path, [1280.0, 900.0], egui::Theme::Light);
    settle(&mut h);
    let ready = h
        .state()
        .overview()
        .expect("overview")
        .due
        .iter()
        .find(|r| r.stage == Some(Step::Handover))
        .expect("an invoice ready to hand over")
        .invoice
        .clone();
    let before = h.state().overview().expect("overview").due.len();
    h.get_all_by_label("Hand over")
        .next()
        .expect("hand over")
        .click();
    settle(&mut h);
    assert!(
        h.query_by_label_contains("Overdue stops proposing letters for it")
            .is_some()
    );
    assert_eq!(
        h.state().overview().expect("overview").due.len(),
        before,
        "nothing done yet"
    );
    // Escape cancels.
    h.key_press(egui::Key::Escape);
    settle(&mut h);
    assert!(
        h.query_by_label_contains("Overdue stops proposing letters for it")
            .is_none()
    );
    h.get_all_by_label("Hand over")
        .next()
        .expect("hand over")
        .click();
    settle(&mut h);
    h.get_all_by_label("Hand over")
        .last()
        .expect("the dialog's button")
        .click();
    settle(&mut h);
    let mut ledger = Ledger::open(&path).expect("open");
    let status = |l: &mut Ledger| {
        actions::invoice_detail(l, &ready, today())
            .expect("detail")
            .row
            .status
    };
    assert_eq!(
        status(&mut ledger),
        overdue::domain::ladder::Status::HandedOver
    );
    // The toast's Undo takes it back, with the reason "undone" in the history.
    h.get_by_label("Undo").click();
    settle(&mut h);
    assert_ne!(
        status(&mut ledger),
        overdue::domain::ladder::Status::HandedOver
    );
    let history = actions::history(&mut ledger, &ready).expect("history");
    assert!(
        history
            .iter()
            .any(|e| e.kind == "handover_undone" && e.text.contains("undone"))
    );
}
