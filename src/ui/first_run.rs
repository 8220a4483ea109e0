//! The first run: the business profile first (every letter is sent in its name), then
//! three ways to start: empty, on demo data, or from a CSV of unpaid invoices.

use egui::{RichText, Ui};

use crate::t;

use crate::actions::Overview;

use super::app::FirstRun;
use super::command::{Command, Start};
use super::settings::profile_form_ui;
use super::worker::DEMO_INVOICES;

/// Draws the first-run flow.
pub fn first_run_ui(ui: &mut Ui, f: &mut FirstRun, o: &Overview, cmds: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .id_salt("first run")
        .show(ui, |ui| {
            ui.heading(t!("first-run-welcome"));
            if o.profile.is_none() {
                ui.label(t!("first-run-who-are-you"));
                ui.add_space(8.0);
                profile_form_ui(ui, &mut f.profile);
                ui.add_space(8.0);
                if ui.button(t!("first-run-save-continue")).clicked() {
                    cmds.push(Command::SaveProfile(f.profile.clone()));
                }
                return;
            }
            ui.label(t!("first-run-how-start"));
            ui.add_space(8.0);
            if f.starting {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("first-run-getting-ready"));
                });
                return;
            }
            egui::Grid::new("start choices")
                .num_columns(2)
                .spacing([12.0, 12.0])
                .show(ui, |ui| {
                    if ui.button(t!("first-run-start-empty")).clicked() {
                        cmds.push(Command::Start(Start::Empty));
                    }
                    ui.label(t!("first-run-start-empty-hint"));
                    ui.end_row();
                    if ui.button(t!("first-run-try-demo")).clicked() {
                        cmds.push(Command::Start(Start::Demo));
                    }
                    ui.label(t!("first-run-try-demo-hint", count = DEMO_INVOICES));
                    ui.end_row();
                    if ui.button(t!("first-run-import")).clicked() {
                        cmds.push(import_command(&f.csv_path));
                    }
                    ui.vertical(|ui| csv_path_ui(ui, &mut f.csv_path));
                    ui.end_row();
                });
            ui.add_space(8.0);
            ui.label(RichText::new(t!("first-run-data-stays")).weak());
        });
}

/// The CSV columns hint and the path field, shared by the first run and the Import
/// dialog.
pub fn csv_path_ui(ui: &mut Ui, path: &mut String) {
    ui.label(t!("csv-columns-hint"));
    ui.label(t!("csv-format-hint"));
    ui.horizontal(|ui| {
        let l = ui.label(t!("csv-file"));
        ui.add(
            egui::TextEdit::singleline(path)
                .hint_text(t!("csv-path-hint"))
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
