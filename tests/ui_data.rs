//! The ledger's data through the window: the whole ledger exported as JSON from Settings
//! › Backups and imported into a new ledger, the same actions as `overdue export` and
//! `overdue import-json`.

mod ui_common;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use overdue::domain::party::Language;
use overdue::ui::App;
use ui_common::{demo_ledger, harness_in, settle};

fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).click();
    settle(h);
}

#[test]
fn the_window_exports_the_ledger_as_json_and_a_new_ledger_imports_it() {
    let (dir, path) = demo_ledger();
    let export = dir.path().join("moved.json");
    // Tall enough that Settings' last section is on screen (egui names only what it shows).
    let mut h = harness_in(&path, [1280.0, 4000.0], egui::Theme::Light, Language::En);
    settle(&mut h);
    let invoices = h.state().overview().expect("overview").invoices.len();
    click(&mut h, "Settings");
    // The Backups section is folded: open it.
    click(&mut h, "Backups");
    h.get_by_label("JSON file")
        .set_text_value_accesskit(export.to_str().expect("path"));
    h.run();
    click(&mut h, "Export as JSON…");
    assert!(
        h.state().toasts().iter().any(|t| t.contains("moved.json")),
        "{:?}",
        h.state().toasts()
    );
    let text = std::fs::read_to_string(&export).expect("the export");
    assert!(text.contains("\"invoices\""));

    // A new ledger, with the profile's first run done through the CLI-shared action.
    let fresh = dir.path().join("fresh.db");
    let mut h = harness_in(&fresh, [1280.0, 860.0], egui::Theme::Light, Language::En);
    settle(&mut h);
    assert!(h.state().overview().expect("overview").invoices.is_empty());
    let mut ledger = overdue::ledger::Ledger::open(&fresh).expect("open");
    let (_, count) = overdue::actions::import_json(&mut ledger, &export).expect("import");
    assert_eq!(count, invoices, "every invoice came over");
    // A file that is not an export is refused, naming it.
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{}").expect("write");
    let err = overdue::actions::import_json(&mut ledger, &bad).expect_err("refused");
    assert!(err.to_string().contains("bad.json"), "{err}");
}
