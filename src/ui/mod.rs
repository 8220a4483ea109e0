//! The desktop window (eframe/egui): the face freelancers use.
//!
//! Views are `*_ui` functions that draw cached state and push `Command`s; `App` applies
//! the commands after the frame through the same actions the CLI calls, and slow work
//! runs on a worker thread. No SQL lives here.

mod app;
mod attach;
mod backups;
mod clients;
mod command;
mod confirm;
mod date_picker;
mod detail;
mod dialogs;
mod edits;
mod first_run;
mod forms;
mod handlers;
pub use crate::i18n;
mod invoice_edit;
mod invoices;
mod mail;
mod mail_handlers;
mod preview;
mod rates;
mod send_choice;
mod sending;
mod settings;
mod today;
mod widgets;
mod worker;

pub use app::App;
pub use command::{CaseAction, Command, Start, View};
pub use forms::{ClientForm, InvoiceForm, PaymentForm, PolicyForm, ProfileForm};
pub use invoices::InvoiceTable;
pub use mail::{MailForm, Via};

use chrono::NaiveDate;
use std::path::Path;

/// When the process started (set by `main` first thing): launch timings are measured
/// from here.
pub static LAUNCH: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Marks the launch instant.
pub fn mark_launch() {
    LAUNCH.get_or_init(std::time::Instant::now);
}

/// The font family of bold text in letters (Liberation Sans Bold, as in the PDF).
pub const BOLD: &str = "bold";

/// The window's icon.
const ICON: &[u8] = include_bytes!("../../assets/icon.png");

/// Prepares a context for the app, once: the fonts, and the image decoders (PNG, JPEG)
/// that draw the logo in the letter preview.
pub fn setup_context(ctx: &egui::Context) {
    install_fonts(ctx);
    egui_extras::install_image_loaders(ctx);
    // In the light theme a text field is a white box on a near-white panel: give every
    // field a visible grey border and a slightly darker panel, so forms read as forms.
    ctx.style_mut_of(egui::Theme::Light, |style| {
        let v = &mut style.visuals;
        v.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, egui::Color32::from_gray(150));
        v.panel_fill = egui::Color32::from_gray(242);
        v.extreme_bg_color = egui::Color32::WHITE;
    });
}

/// Installs the fonts: Liberation Sans (the letters' face) first, with egui's own as
/// fallback, and a bold family for the preview's bold runs.
fn install_fonts(ctx: &egui::Context) {
    use egui::{FontData, FontDefinitions, FontFamily};
    use std::sync::Arc;
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "liberation".into(),
        Arc::new(FontData::from_static(crate::letters::pdf::REGULAR_TTF)),
    );
    fonts.font_data.insert(
        "liberation bold".into(),
        Arc::new(FontData::from_static(crate::letters::pdf::BOLD_TTF)),
    );
    let fallback = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    if let Some(p) = fonts.families.get_mut(&FontFamily::Proportional) {
        p.insert(0, "liberation".into());
    }
    let mut bold = vec!["liberation bold".to_string()];
    bold.extend(fallback);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);
}

/// The renderer: OpenGL (glow) unless `OVERDUE_RENDERER=wgpu` asks for wgpu.
fn renderer() -> eframe::Renderer {
    match std::env::var("OVERDUE_RENDERER").as_deref() {
        Ok("wgpu") => eframe::Renderer::Wgpu,
        _ => eframe::Renderer::Glow,
    }
}

/// Opens the window on the ledger at `path`, acting as of `today`.
pub fn run_window(path: &Path, today: NaiveDate) -> anyhow::Result<()> {
    let app = App::new(path, today)?;
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Overdue")
        .with_app_id("overdue")
        .with_inner_size([1200.0, 780.0])
        .with_min_inner_size([820.0, 560.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: renderer(),
        ..Default::default()
    };
    eframe::run_native(
        "Overdue",
        options,
        Box::new(move |cc| {
            setup_context(&cc.egui_ctx);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
