//! The first run: the business profile first (every letter is sent in its name), then
//! three ways to start: empty, on demo data, or from a CSV of unpaid invoices.

use egui::{RichText, Ui};

use crate::actions::Overview;

use super::app::FirstRun;
use super::command::{Command, Start};
use super::settings::profile_form_ui;
use super::worker::DEMO_INVOICES;

/// Draws the first-run flow.
pub fn first_run_ui(ui: &mut Ui, f: &mut FirstRun, o: &Overview, cmds: &mut Vec<Command>) {
    egui::ScrollArea::vertical().id_salt("first run").show(ui, |ui| {
        ui.heading("Welcome to Overdue");
        if o.profile.is_none() {
            ui.label("Letters go out in your name. Tell Overdue who you are; you can change it later in Settings.");
            ui.add_space(8.0);
            profile_form_ui(ui, &mut f.profile);
            ui.add_space(8.0);
            if ui.button("Save and continue").clicked() {
                cmds.push(Command::SaveProfile(f.profile.clone()));
            }
            return;
        }
        ui.label("Your profile is saved. How would you like to start?");
        ui.add_space(8.0);
        if f.starting {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Getting your ledger ready…");
            });
            return;
        }
        egui::Grid::new("start choices").num_columns(2).spacing([12.0, 12.0]).show(ui, |ui| {
            if ui.button("Start empty").clicked() {
                cmds.push(Command::Start(Start::Empty));
            }
            ui.label("Add invoices one by one with New invoice.");
            ui.end_row();
            if ui.button("Try the demo").clicked() {
                cmds.push(Command::Start(Start::Demo));
            }
            ui.label(format!("A separate demo ledger with {DEMO_INVOICES} made-up invoices at every stage of the ladder; your own ledger stays empty and untouched."));
            ui.end_row();
            if ui.button("Import a CSV").clicked() {
                cmds.push(import_command(&f.csv_path));
            }
            ui.vertical(|ui| csv_path_ui(ui, &mut f.csv_path));
            ui.end_row();
        });
        ui.add_space(8.0);
        ui.label(RichText::new("Your data stays on this machine.").weak());
    });
}

/// The CSV columns hint and the path field, shared by the first run and the Import
/// dialog.
pub fn csv_path_ui(ui: &mut Ui, path: &mut String) {
    ui.label(
        "Columns: number, client, issued, due, amount (and optionally currency, paid, email…).",
    );
    ui.label("UTF-8, comma or semicolon separated. A file with any bad row imports nothing, and the error names the row.");
    ui.horizontal(|ui| {
        let l = ui.label("CSV file");
        ui.add(
            egui::TextEdit::singleline(path)
                .hint_text("path, or leave blank to browse")
                .desired_width(320.0),
        )
        .labelled_by(l.id);
    });
}

/// The import command for a typed path; blank opens the file dialog.
pub fn import_command(typed: &str) -> Command {
    let typed = typed.trim();
    let path = (!typed.is_empty()).then(|| std::path::PathBuf::from(typed));
    Command::Start(Start::Import(path))
}
