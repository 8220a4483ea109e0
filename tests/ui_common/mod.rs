//! What the UI tests share: the pinned day, a demo ledger, the harness, and settling.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use egui_kittest::Harness;
use overdue::actions::{self, LetterAssets};
use overdue::ledger::Ledger;
use overdue::ui::App;

/// The pinned day of every UI test.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

/// A ledger with the 60-invoice demo as of today and its letters' PDFs, in a temp dir.
pub fn demo_ledger() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ledger.db");
    let mut ledger = Ledger::open(&path).expect("open");
    overdue::demo::fill(&mut ledger, 60, 1, today()).expect("demo");
    let assets = LetterAssets::for_ledger(&ledger).expect("assets");
    actions::render_demo_letters(&mut ledger, &assets).expect("letters");
    (dir, path)
}

/// The whole app on the ledger at `path`, in a window of `size`, in English (whatever
/// the machine's locale).
pub fn harness(
    path: &std::path::Path,
    size: [f32; 2],
    theme: egui::Theme,
) -> Harness<'static, App> {
    harness_in(path, size, theme, overdue::domain::party::Language::En)
}

/// The whole app in `lang`.
pub fn harness_in(
    path: &std::path::Path,
    size: [f32; 2],
    theme: egui::Theme,
    lang: overdue::domain::party::Language,
) -> Harness<'static, App> {
    let mut app = App::new(path, today()).expect("app");
    app.set_language(lang);
    Harness::builder()
        .with_size(size)
        .with_max_steps(40)
        .with_theme(theme)
        .with_render_cursor(false)
        .with_context_setup(overdue::ui::setup_context)
        .build_ui_state(|ui, app: &mut App| app.frame(ui), app)
}

/// Steps until the app has no work running or waiting, then until egui settles.
pub fn settle(h: &mut Harness<'static, App>) {
    let start = Instant::now();
    loop {
        h.step();
        if !h.state().busy() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "the app never settled"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    h.run();
}
