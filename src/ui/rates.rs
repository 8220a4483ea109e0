//! Settings › Rates: every row of the rate tables with its source and origin (shipped or
//! yours), which tables are stale today, and a form to add a rate the shipped tables lack
//! (or correct one). The form holds strings until Save; the action checks them and names
//! the field at fault.

use egui::{Color32, RichText, Ui};

use crate::actions::RatesView;
use crate::domain::rates::{RateOrigin, RateSeries};

use super::command::Command;
use super::forms::Errors;
use super::widgets;

/// The tables, as the form's choice shows them.
pub const TABLES: [(&str, &str); 5] = [
    ("ecb_mro", "ECB main refinancing rate (IT, FR, EU)"),
    ("de_basiszins", "German Basiszinssatz (DE)"),
    ("boe_base", "Bank of England base rate (GB)"),
    ("it_legal", "Italian legal rate, yearly (IT consumers)"),
    ("fr_legal", "French legal rate (FR consumers)"),
];

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
        .partition(|w| w.starts_with("rate table may be stale"))
}

/// A letter's warnings, as the preview and the Send confirmation show them: the stale
/// tables first under their heading, then the others in a yellow frame.
pub fn letter_warnings_ui(ui: &mut Ui, warnings: &[String]) {
    let (stale, other) = split_stale(warnings);
    if !stale.is_empty() {
        ui.label(
            RichText::new("The interest in this letter rests on a stale rate table:").strong(),
        );
        stale_ui(ui, &stale);
    }
    for w in &other {
        egui::Frame::new()
            .fill(Color32::from_rgb(0xfc, 0xf3, 0xd9))
            .inner_margin(egui::Margin::same(6))
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(format!("Warning: {w}"))
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
        ui.label("Rates load with the letters.");
        return;
    };
    stale_ui(ui, &r.warnings);
    if r.warnings.is_empty() {
        ui.label("Every table covers today.");
    }
    ui.add_space(6.0);
    ui.strong("Add or correct a rate");
    ui.label(
        RichText::new(
            "A rate applies from 1 January or 1 July (1 January for the Italian legal rate). Yours override the shipped rows; letters already sent keep what they said.",
        )
        .weak(),
    );
    let e = form.errors.clone();
    egui::Grid::new("rate form")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            widgets::choice_row(ui, "Table", &mut form.table, &TABLES, &e, "table");
            widgets::text_row(ui, "From (YYYY-MM-DD)", &mut form.from, &e, "from");
            widgets::text_row(ui, "Rate in percent", &mut form.rate, &e, "rate");
            widgets::text_row(ui, "Source", &mut form.source, &e, "source");
        });
    if let Some(t) = e.get("form") {
        ui.label(RichText::new(t).color(widgets::ERROR));
    }
    if ui.button("Save rate").clicked() {
        cmds.push(Command::SetRate(form.clone()));
    }
    ui.add_space(8.0);
    for series in RateSeries::ALL {
        let rows: Vec<_> = r.entries.iter().filter(|e| e.table == *series).collect();
        egui::CollapsingHeader::new(format!("{} ({} rows)", series.label(), rows.len()))
            .id_salt(series.as_str())
            .default_open(false)
            .show(ui, |ui| {
                egui::Grid::new(("rates", series.as_str()))
                    .striped(true)
                    .num_columns(5)
                    .show(ui, |ui| {
                        for h in ["Period", "From", "Rate %", "Origin", "Source"] {
                            ui.strong(h);
                        }
                        ui.end_row();
                        for e in rows.iter().rev() {
                            ui.label(&e.period);
                            ui.label(e.from.to_string());
                            ui.label(&e.rate_percent);
                            ui.label(match e.origin {
                                RateOrigin::Shipped => "shipped",
                                RateOrigin::User => "yours",
                            });
                            ui.label(RichText::new(&e.source).small());
                            ui.end_row();
                        }
                    });
            });
    }
}
