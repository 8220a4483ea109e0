//! Settings › Rates: every row of the rate tables with its source and origin (shipped or
//! yours), which tables are stale today, and a form to add a rate the shipped tables lack
//! (or correct one). The form holds strings until Save; the action checks them and names
//! the field at fault.

use egui::{Color32, RichText, Ui};

use crate::actions::RatesView;
use crate::domain::rates::{RateOrigin, RateSeries};
use crate::t;

use super::command::Command;
use super::forms::Errors;
use super::widgets;

/// The tables, as the form's choice shows them.
pub fn tables() -> [(&'static str, String); 5] {
    [
        ("ecb_mro", t!("rates-choice-ecb-mro")),
        ("de_basiszins", t!("rates-choice-de-basiszins")),
        ("boe_base", t!("rates-choice-boe-base")),
        ("it_legal", t!("rates-choice-it-legal")),
        ("fr_legal", t!("rates-choice-fr-legal")),
    ]
}

/// How people name a rate table (the window's words for `RateSeries::label`).
fn series_name(series: RateSeries) -> String {
    match series {
        RateSeries::EcbMro => t!("rates-series-ecb-mro"),
        RateSeries::DeBasiszins => t!("rates-series-de-basiszins"),
        RateSeries::BoeBase => t!("rates-series-boe-base"),
        RateSeries::ItLegal => t!("rates-series-it-legal"),
        RateSeries::FrLegal => t!("rates-series-fr-legal"),
    }
}

/// The "add a rate" form, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateForm {
    /// The table's code.
    pub table: String,
    /// First day of the period, as typed.
    pub from: String,
    /// The rate in percent, as typed.
    pub rate: String,
    /// Where the value comes from.
    pub source: String,
    /// The field at fault after a refused save.
    pub errors: Errors,
}

impl Default for RateForm {
    fn default() -> Self {
        RateForm {
            table: "ecb_mro".into(),
            from: String::new(),
            rate: String::new(),
            source: String::new(),
            errors: Errors::new(),
        }
    }
}

/// Splits a letter's or a claim's warnings into the stale-table ones (drawn so they
/// cannot be missed) and the others.
pub fn split_stale(warnings: &[String]) -> (Vec<String>, Vec<String>) {
    warnings
        .iter()
        .cloned()
        .partition(|w| w.starts_with(&crate::domain::rates::stale_prefix()))
}

/// A letter's warnings, as the preview and the Send confirmation show them: the stale
/// tables first under their heading, then the others in a yellow frame.
pub fn letter_warnings_ui(ui: &mut Ui, warnings: &[String]) {
    let (stale, other) = split_stale(warnings);
    if !stale.is_empty() {
        ui.label(RichText::new(t!("rates-stale-heading")).strong());
        stale_ui(ui, &stale);
    }
    for w in &other {
        egui::Frame::new()
            .fill(Color32::from_rgb(0xfc, 0xf3, 0xd9))
            .inner_margin(egui::Margin::same(6))
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(t!("rates-warning", warning = w.as_str()))
                        .color(Color32::from_rgb(0x6b, 0x4e, 0x00)),
                );
            });
    }
}

/// Stale-table warnings, drawn so they cannot be missed.
pub fn stale_ui(ui: &mut Ui, warnings: &[String]) {
    for w in warnings {
        egui::Frame::new()
            .fill(Color32::from_rgb(0xfc, 0xe4, 0xe4))
            .stroke(egui::Stroke::new(1.5, widgets::ERROR))
            .inner_margin(egui::Margin::same(6))
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(w)
                        .strong()
                        .color(Color32::from_rgb(0x80, 0x10, 0x10)),
                );
            });
    }
}

/// Draws the rate tables and the form.
pub fn rates_ui(
    ui: &mut Ui,
    rates: Option<&RatesView>,
    form: &mut RateForm,
    cmds: &mut Vec<Command>,
) {
    let Some(r) = rates else {
        ui.label(t!("rates-not-loaded"));
        return;
    };
    stale_ui(ui, &r.warnings);
    if r.warnings.is_empty() {
        ui.label(t!("rates-all-current"));
    }
    ui.add_space(6.0);
    ui.strong(t!("rates-add-heading"));
    ui.label(RichText::new(t!("rates-add-hint")).weak());
    let e = form.errors.clone();
    egui::Grid::new("rate form")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            widgets::choice_row(
                ui,
                &t!("rates-table"),
                &mut form.table,
                &tables(),
                &e,
                "table",
            );
            widgets::text_row(ui, &t!("rates-from-date"), &mut form.from, &e, "from");
            widgets::text_row(ui, &t!("rates-rate-percent"), &mut form.rate, &e, "rate");
            widgets::text_row(ui, &t!("rates-source"), &mut form.source, &e, "source");
        });
    if let Some(t) = e.get("form") {
        widgets::error_label(ui, t);
    }
    if ui.button(t!("rates-save")).clicked() {
        cmds.push(Command::SetRate(form.clone()));
    }
    ui.add_space(8.0);
    for series in RateSeries::ALL {
        let rows: Vec<_> = r.entries.iter().filter(|e| e.table == *series).collect();
        egui::CollapsingHeader::new(t!(
            "rates-series-heading",
            table = series_name(*series),
            count = rows.len()
        ))
        .id_salt(series.as_str())
        .default_open(false)
        .show(ui, |ui| {
            egui::Grid::new(("rates", series.as_str()))
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for h in [
                        t!("rates-col-period"),
                        t!("rates-col-from"),
                        t!("rates-col-rate"),
                        t!("rates-col-origin"),
                        t!("rates-col-source"),
                    ] {
                        ui.strong(h);
                    }
                    ui.end_row();
                    for e in rows.iter().rev() {
                        ui.label(&e.period);
                        ui.label(super::widgets::day(e.from));
                        ui.label(&e.rate_percent);
                        ui.label(match e.origin {
                            RateOrigin::Shipped => t!("rates-origin-shipped"),
                            RateOrigin::User => t!("rates-origin-yours"),
                        });
                        ui.label(RichText::new(&e.source).small());
                        ui.end_row();
                    }
                });
        });
    }
}
