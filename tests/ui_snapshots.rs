//! Snapshot images of the main views on the demo ledger, rendered by kittest with wgpu
//! on software rendering (Mesa). The references live in `tests/snapshots/`; refresh
//! them with `UPDATE_SNAPSHOTS=1 cargo test --test ui_snapshots`.
//!
//! A machine with no wgpu adapter at all (no Mesa) cannot render: there the images are
//! skipped with a note, unless `OVERDUE_REQUIRE_SNAPSHOTS=1` (set by `.ci/run`, which
//! installs Mesa) makes that a failure. A rendered image that differs always fails.

mod ui_common;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotError};
use overdue::ui::App;
use ui_common::{demo_ledger, settle};

const WIDTH: f32 = 1280.0;
const HEIGHT: f32 = 860.0;

fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).click();
    settle(h);
}

/// Takes one snapshot; `false` when this machine cannot render at all. Text naming the
/// temp dir (the ledger's path) is masked: it differs from run to run.
fn snap(h: &mut Harness<'static, App>, name: &str) -> bool {
    snap_sized(h, name, [WIDTH, HEIGHT])
}

/// [`snap`] for a window of another size.
fn snap_sized(h: &mut Harness<'static, App>, name: &str, [width, height]: [f32; 2]) -> bool {
    let dir = h
        .state()
        .ledger_path()
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    // From the text's left edge to the window's right edge (the text's width varies with
    // the name), and the whole status bar, whose path is right-aligned.
    let mut rects: Vec<egui::Rect> = h
        .query_all_by_label_contains(&dir)
        .map(|n| {
            let r = n.rect();
            egui::Rect::from_min_max(r.min, egui::pos2(width, r.max.y))
        })
        .collect();
    rects.push(egui::Rect::from_min_max(
        egui::pos2(0.0, height - 34.0),
        egui::pos2(width, height),
    ));
    for r in rects {
        h.mask(r);
    }
    // A few hundred pixels of slack (0.05 % of the window) for antialiasing differences
    // between Mesa builds; a changed layout or text moves thousands.
    let options = egui_kittest::SnapshotOptions::new().max_failed_pixels(500usize);
    match h.try_snapshot_options(name, &options) {
        Ok(()) => true,
        Err(SnapshotError::RenderError { err })
            if std::env::var_os("OVERDUE_REQUIRE_SNAPSHOTS").is_none() =>
        {
            eprintln!("snapshot {name} skipped: no wgpu adapter here ({err})");
            false
        }
        Err(e) => panic!("snapshot {name}: {e}"),
    }
}

#[test]
fn snapshots_of_the_main_views() {
    let (_dir, path) = demo_ledger();
    // The preview shows the sender's logo, as the PDF prints it.
    let mut ledger = overdue::ledger::Ledger::open(&path).expect("open");
    let logo = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/logo.png");
    overdue::actions::set_profile(
        &mut ledger,
        &overdue::actions::ProfilePatch {
            logo: Some(Some(logo.into())),
            ..Default::default()
        },
    )
    .expect("logo");
    drop(ledger);

    let mut h = ui_common::harness(&path, [WIDTH, HEIGHT], egui::Theme::Light);
    settle(&mut h);
    if !snap(&mut h, "today_light") {
        return;
    }
    click(&mut h, "Invoices");
    snap(&mut h, "invoices");
    let number = h.state().overview().expect("overview").due[0]
        .invoice
        .clone();
    h.get_by_label("Search").set_text_value_accesskit(&number);
    h.run();
    click(&mut h, &number);
    snap(&mut h, "invoice_detail");
    click(&mut h, "Today");
    h.get_all_by_label("Preview")
        .next()
        .expect("a preview button")
        .click();
    settle(&mut h);
    assert!(
        h.query_by_label("Logo").is_some(),
        "the preview draws the logo image"
    );
    snap(&mut h, "letter_preview");
    // Send from the preview: the confirmation carries the letter's warnings.
    click(&mut h, "Send");
    snap(&mut h, "send_confirm");
    // The dialog's Cancel (the preview has its own, behind it).
    h.get_all_by_label("Cancel")
        .last()
        .expect("the dialog's Cancel")
        .click();
    settle(&mut h);
    assert!(
        h.query_by_label("Send the second demand").is_none(),
        "the dialog is closed"
    );
    click(&mut h, "Settings");
    snap(&mut h, "settings");

    let mut dark = ui_common::harness(&path, [WIDTH, HEIGHT], egui::Theme::Dark);
    settle(&mut dark);
    snap(&mut dark, "today_dark");
}

/// Today and Settings in Italian and German at the smallest supported window (800×500):
/// German labels run about 30 % longer, and nothing may be cut or overlap.
#[test]
fn snapshots_in_italian_and_german_at_the_smallest_window() {
    use overdue::domain::party::Language;
    let (_dir, path) = demo_ledger();
    for (lang, code) in [(Language::It, "it"), (Language::De, "de")] {
        let size = [800.0, 500.0];
        let mut h = ui_common::harness_in(&path, size, egui::Theme::Light, lang);
        settle(&mut h);
        if !snap_sized(&mut h, &format!("today_{code}"), size) {
            return;
        }
        click(&mut h, &overdue::t!("app-settings"));
        snap_sized(&mut h, &format!("settings_{code}"), size);
        if lang == Language::De {
            // The longest language at the smallest window: filters and columns reachable.
            click(&mut h, &overdue::t!("app-invoices"));
            snap_sized(&mut h, "invoices_de", size);
        }
    }
}
