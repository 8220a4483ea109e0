//! Backups in the window: the list, "Back up now", and a restore that asks first. The
//! same actions as `overdue backup` and `overdue restore`.

use egui::{RichText, Ui};

use crate::actions;
use crate::ledger::backup::BackupFile;
use crate::t;

use super::app::App;
use super::command::Command;

/// The Backups section's state.
#[derive(Default)]
pub struct BackupsState {
    /// The backups found, newest first (`None` until listed).
    pub list: Option<Vec<BackupFile>>,
    /// The file typed for a restore.
    pub restore_path: String,
    /// The file typed for a JSON export or import.
    pub json_path: String,
    /// A restore waiting for the user's yes.
    pub confirm: Option<std::path::PathBuf>,
    /// For the file waiting: whether it is a backup of another ledger, and why (checked
    /// once, when the confirmation opens).
    pub confirm_other: Option<(std::path::PathBuf, Result<Option<String>, String>)>,
}

/// The Backups section of Settings.
pub fn backups_ui(ui: &mut Ui, s: &mut BackupsState, cmds: &mut Vec<Command>) {
    ui.label(t!(
        "backups-automatic",
        count = crate::ledger::backup::KEEP_DAILY
    ));
    if ui.button(t!("backups-back-up-now")).clicked() {
        cmds.push(Command::BackupNow);
    }
    match &s.list {
        None => {
            cmds.push(Command::ListBackups);
        }
        Some(list) if list.is_empty() => {
            ui.label(RichText::new(t!("backups-none-yet")).weak());
        }
        Some(list) => {
            egui::Grid::new("backups").striped(true).show(ui, |ui| {
                for b in list.iter().take(20) {
                    let name = b
                        .path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    ui.label(name);
                    ui.label(t!("backups-size-kb", size = b.bytes.div_ceil(1024)));
                    if ui.button(t!("backups-restore-this")).clicked() {
                        s.confirm = Some(b.path.clone());
                    }
                    ui.end_row();
                }
            });
        }
    }
    ui.horizontal(|ui| {
        let l = ui.label(t!("backups-restore-from-file"));
        ui.add(
            egui::TextEdit::singleline(&mut s.restore_path)
                .hint_text(t!("csv-path-hint"))
                .desired_width(320.0),
        )
        .labelled_by(l.id);
        if ui.button(t!("backups-restore")).clicked() {
            let typed = s.restore_path.trim();
            let picked = if typed.is_empty() {
                rfd::FileDialog::new()
                    .add_filter(t!("backups-ledger-filter"), &["db"])
                    .pick_file()
            } else {
                Some(std::path::PathBuf::from(typed))
            };
            s.confirm = picked;
        }
    });
    ui.add_space(6.0);
    json_ui(ui, s, cmds);
}

/// Moving the ledger to another machine: the whole ledger as JSON, and back.
fn json_ui(ui: &mut Ui, s: &mut BackupsState, cmds: &mut Vec<Command>) {
    ui.label(RichText::new(t!("backups-json-hint")).weak());
    ui.horizontal(|ui| {
        let l = ui.label(t!("backups-json-file"));
        ui.add(
            egui::TextEdit::singleline(&mut s.json_path)
                .hint_text(t!("csv-path-hint"))
                .desired_width(320.0),
        )
        .labelled_by(l.id);
        let typed = s.json_path.trim().to_string();
        let typed = (!typed.is_empty()).then(|| std::path::PathBuf::from(typed));
        if ui.button(t!("backups-export-json")).clicked()
            && let Some(file) = typed.clone().or_else(|| {
                rfd::FileDialog::new()
                    .add_filter("JSON", &["json"])
                    .set_file_name("overdue-export.json")
                    .save_file()
            })
        {
            cmds.push(Command::ExportJson(file));
        }
        if ui.button(t!("backups-import-json")).clicked()
            && let Some(file) = typed.or_else(|| {
                rfd::FileDialog::new()
                    .add_filter("JSON", &["json"])
                    .pick_file()
            })
        {
            cmds.push(Command::ImportJson(file));
        }
    });
}

/// The confirmation before a restore. Returns true when it is closed. `other` says
/// whether the file is another ledger's backup (or why it cannot be used).
pub fn confirm_ui(
    ui: &mut Ui,
    file: &std::path::Path,
    other: &Result<Option<String>, String>,
    cmds: &mut Vec<Command>,
) -> bool {
    ui.heading(t!("backups-replace-heading"));
    ui.label(t!(
        "backups-replace-everything",
        path = file.display().to_string()
    ));
    match other {
        Ok(Some(why)) => {
            ui.label(
                RichText::new(t!("backups-careful", reason = why.as_str()))
                    .strong()
                    .color(super::widgets::ERROR),
            );
        }
        Ok(None) => {}
        Err(e) => {
            ui.label(RichText::new(e).color(super::widgets::ERROR));
        }
    }
    ui.label(t!("backups-undoable"));
    let mut close = false;
    ui.horizontal(|ui| {
        let label = if matches!(other, Ok(Some(_))) {
            t!("backups-replace-with-other")
        } else {
            t!("backups-replace")
        };
        if ui
            .add_enabled(other.is_ok(), egui::Button::new(label))
            .clicked()
        {
            cmds.push(Command::Restore(file.to_path_buf()));
            close = true;
        }
        close |= ui.button(t!("common-cancel")).clicked();
    });
    close
}

impl App {
    /// Applies the backup commands.
    pub(super) fn backup_command(&mut self, cmd: Command) {
        match cmd {
            Command::ListBackups => self.list_backups(),
            Command::BackupNow => {
                match actions::backup(&self.ledger, None) {
                    Ok(p) => self.toast(
                        t!("backups-backed-up", path = p.display().to_string()),
                        false,
                    ),
                    Err(e) => self.toast(t!("backups-failed", error = e.to_string()), true),
                }
                self.list_backups();
            }
            Command::ExportJson(file) => match actions::export_json(&mut self.ledger, &file) {
                Ok((clients, invoices)) => self.toast(
                    t!(
                        "backups-exported-json",
                        clients = clients,
                        invoices = invoices,
                        path = file.display().to_string()
                    ),
                    false,
                ),
                Err(e) => self.toast(e.to_string(), true),
            },
            Command::ImportJson(file) => match actions::import_json(&mut self.ledger, &file) {
                Ok((clients, invoices)) => {
                    self.toast(
                        t!(
                            "backups-imported-json",
                            clients = clients,
                            invoices = invoices
                        ),
                        false,
                    );
                    self.settings.loaded = false;
                    self.reload();
                }
                Err(e) => self.toast(e.to_string(), true),
            },
            Command::Restore(file) => {
                // The user saw and confirmed any "another ledger" warning in the dialog.
                match actions::restore(&mut self.ledger, &file, true) {
                    Ok(safety) => {
                        self.toast(
                            t!(
                                "backups-restored",
                                path = file.display().to_string(),
                                copy = safety.display().to_string()
                            ),
                            false,
                        );
                        // Everything shown came from the ledger that was replaced.
                        self.assets = None;
                        self.detail = None;
                        self.preview = None;
                        self.settings.loaded = false;
                        self.reload();
                    }
                    Err(e) => {
                        self.toast(t!("backups-nothing-restored", error = e.to_string()), true)
                    }
                }
                self.list_backups();
            }
            _ => {}
        }
    }

    fn list_backups(&mut self) {
        match actions::backups(&self.ledger) {
            Ok(list) => self.settings.backups.list = Some(list),
            Err(e) => {
                self.settings.backups.list = Some(vec![]);
                self.toast(t!("backups-cannot-list", error = e.to_string()), true);
            }
        }
    }
}
