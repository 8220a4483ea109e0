//! Small widgets every view uses: labelled fields with their error beside them, a date
//! field with a picker, stage badges, money.
//!
//! Every input gets an accessible name (its label): screen readers and kittest find
//! widgets by it.

use egui::{Color32, RichText, Ui};

use crate::domain::ladder::{Stage, Status};
use crate::domain::money::Currency;

use crate::t;

use super::forms::Errors;

/// The colour of errors.
pub const ERROR: Color32 = Color32::from_rgb(0xd0, 0x3b, 0x3b);

/// An amount as the window's language writes it: `€ 2.550,00`, `2.550,00 €`, `€2,550.00`.
pub fn money(minor: i64, currency: Currency) -> String {
    crate::present::amount(minor, currency)
}

/// A day as the window's language writes it: `28/11/2026`, `28.11.2026`.
pub fn day(d: chrono::NaiveDate) -> String {
    crate::present::Day(d).to_string()
}

/// A day put into a form field: as the window's language writes it when the fields read
/// it back as that day (a US profile reads 03/11 month first), else `2026-11-03`.
pub fn form_day(d: chrono::NaiveDate) -> String {
    let shown = day(d);
    if crate::actions::read_date(&shown).ok() == Some(d) {
        shown
    } else {
        d.to_string()
    }
}

/// A row of a two-column form grid: the label, the field, and its error beside it.
pub fn text_row(ui: &mut Ui, label: &str, value: &mut String, errors: &Errors, key: &str) {
    let l = ui.label(label);
    // A minimum size as well as a desired one: in a freshly opened dialog the grid's
    // column is still narrow, and a desired width alone would be clamped to it.
    ui.add(
        egui::TextEdit::singleline(value)
            .desired_width(260.0)
            .min_size(egui::vec2(260.0, 0.0)),
    )
    .labelled_by(l.id);
    error_cell(ui, errors, key);
    ui.end_row();
}

/// A yes/no row: a labelled checkbox and its error.
pub fn check_row(ui: &mut Ui, label: &str, value: &mut bool, errors: &Errors, key: &str) {
    ui.label("");
    ui.checkbox(value, label);
    error_cell(ui, errors, key);
    ui.end_row();
}

/// A multi-line text row (addresses, notes).
pub fn multiline_row(ui: &mut Ui, label: &str, value: &mut String, errors: &Errors, key: &str) {
    let l = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(3)
            .desired_width(260.0)
            .min_size(egui::vec2(260.0, 0.0)),
    )
    .labelled_by(l.id);
    error_cell(ui, errors, key);
    ui.end_row();
}

/// A choice among fixed codes, shown with their meaning.
pub fn choice_row(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    options: &[(&str, String)],
    errors: &Errors,
    key: &str,
) {
    ui.label(label);
    let shown = options
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(value.trim()))
        .map_or_else(|| value.clone(), |(_, text)| text.clone());
    egui::ComboBox::from_id_salt(label)
        .selected_text(shown)
        .width(260.0)
        .show_ui(ui, |ui| {
            for (code, text) in options {
                ui.selectable_value(value, (*code).to_string(), text);
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, label));
    error_cell(ui, errors, key);
    ui.end_row();
}

/// A date typed as the user writes it (28/11/2026, 2026-11-28), with a calendar beside it
/// that writes the day picked in the window's language.
pub fn date_row(ui: &mut Ui, label: &str, value: &mut String, errors: &Errors, key: &str) {
    let l = ui.label(label);
    ui.horizontal(|ui| {
        ui.add(egui::TextEdit::singleline(value).desired_width(110.0))
            .labelled_by(l.id);
        super::date_picker::date_picker(ui, key, value);
    });
    error_cell(ui, errors, key);
    ui.end_row();
}

/// An error in red that wraps at the window's edge instead of running past it.
pub fn error_label(ui: &mut Ui, text: impl Into<String>) -> egui::Response {
    ui.add(egui::Label::new(RichText::new(text.into()).color(ERROR)).wrap())
}

fn error_cell(ui: &mut Ui, errors: &Errors, key: &str) {
    match errors.get(key) {
        Some(e) => {
            error_label(ui, e);
        }
        None => {
            ui.label("");
        }
    }
}

/// What a badge shows: a stage, or a place on the ladder that is not a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Badge {
    /// A stage's letter (to send, or the last sent).
    Stage(Stage),
    /// Ready to hand over.
    HandoverReady,
    /// Handed over.
    HandedOver,
    /// No letter yet.
    NoLetter,
    /// Paid.
    Paid,
    /// Written off.
    WrittenOff,
}

impl From<Stage> for Badge {
    fn from(s: Stage) -> Badge {
        Badge::Stage(s)
    }
}

impl From<crate::domain::ladder::Step> for Badge {
    fn from(s: crate::domain::ladder::Step) -> Badge {
        match s {
            crate::domain::ladder::Step::Letter(s) => Badge::Stage(s),
            crate::domain::ladder::Step::Handover => Badge::HandoverReady,
        }
    }
}

impl From<crate::domain::ladder::Position> for Badge {
    fn from(p: crate::domain::ladder::Position) -> Badge {
        use crate::domain::ladder::Position;
        match p {
            Position::NoLetter => Badge::NoLetter,
            Position::Sent(s) => Badge::Stage(s),
            Position::HandoverReady => Badge::HandoverReady,
            Position::HandedOver => Badge::HandedOver,
            Position::WrittenOff => Badge::WrittenOff,
            Position::Paid => Badge::Paid,
        }
    }
}

/// The colour of a badge.
pub fn stage_color(badge: impl Into<Badge>) -> Color32 {
    match badge.into() {
        Badge::Stage(Stage::Reminder) => Color32::from_rgb(0x3d, 0x8b, 0xc9),
        Badge::Stage(Stage::FormalLetter) => Color32::from_rgb(0xc9, 0x9a, 0x2e),
        Badge::Stage(Stage::SevenDayNotice) => Color32::from_rgb(0xd9, 0x6c, 0x2c),
        Badge::Stage(Stage::LegalWarning) => Color32::from_rgb(0xc0, 0x39, 0x2b),
        _ => Color32::from_rgb(0x7f, 0x5a, 0xb0),
    }
}

/// The words of a badge.
pub fn stage_words(badge: impl Into<Badge>) -> String {
    match badge.into() {
        Badge::Stage(s) => s.name(),
        Badge::HandoverReady => t!("state-handover-ready"),
        Badge::HandedOver => t!("state-handed-over"),
        Badge::NoLetter => t!("state-no-letter"),
        Badge::Paid => t!("state-paid"),
        Badge::WrittenOff => t!("state-written-off"),
    }
}

/// The words of an invoice's standing, lower case as lists show it.
pub fn status_words(status: Status) -> String {
    match status {
        Status::Open => t!("state-open"),
        Status::Overdue => t!("widgets-status-overdue"),
        Status::Disputed => t!("state-disputed"),
        Status::Promised => t!("state-promised"),
        Status::Paused => t!("state-paused"),
        Status::HandedOver => t!("state-handed-over"),
        Status::WrittenOff => t!("state-written-off"),
        Status::Paid => t!("state-paid"),
    }
}

/// A coloured badge naming a stage.
pub fn stage_badge(ui: &mut Ui, badge: impl Into<Badge>) {
    let badge = badge.into();
    let color = stage_color(badge);
    egui::Frame::new()
        .fill(color.gamma_multiply(0.25))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(stage_words(badge)).small());
        });
}

/// A big figure with its caption.
pub fn figure(ui: &mut Ui, caption: &str, value: &str) {
    // A frame is sized after its contents are laid out, so a wrapping row cannot wrap it
    // by itself: measure the two texts and start a new row when the card would not fit.
    let width = |t: RichText| {
        egui::WidgetText::from(t)
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            )
            .size()
            .x
    };
    let needed = width(RichText::new(caption).small())
        .max(width(RichText::new(value).size(20.0).strong()))
        + 2.0 * 10.0
        + 2.0 * ui.style().visuals.widgets.noninteractive.bg_stroke.width;
    if ui.available_size_before_wrap().x < needed && ui.cursor().min.x > ui.max_rect().min.x {
        ui.end_row();
    }
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            ui.vertical(|ui| {
                ui.label(RichText::new(caption).small().weak());
                ui.label(RichText::new(value).size(20.0).strong());
            });
        });
}
