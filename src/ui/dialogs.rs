//! The window's dialogs and toasts: the modal dialogs drawn over every view (new invoice,
//! Send all, confirmations, reasons) and the toasts in the corner. Split from `app.rs`,
//! which draws the frame and the views; like it, nothing here reads the ledger.

use egui::RichText;

/// Every dialog's width, fixed: an error appearing wraps inside it instead of widening
/// the dialog and moving its buttons.
pub(super) const DIALOG_WIDTH: f32 = 460.0;
/// The width of the invoice forms (new and edit), whose third column holds the errors.
pub(super) const FORM_WIDTH: f32 = 640.0;

use super::app::App;
use super::command::Command;
use super::{first_run, invoices, today, widgets};
use crate::t;

impl App {
    /// An import refused for names that are known clients written differently: book
    /// them to those clients, or cancel (nothing was imported either way until then).
    fn match_clients_modal(&mut self, ctx: &egui::Context, escape: bool) {
        let Some((path, why)) = self.match_prompt.clone() else {
            return;
        };
        let mut close = escape;
        egui::Modal::new(egui::Id::unique("match clients")).show(ctx, |ui| {
            ui.set_width(super::dialogs::DIALOG_WIDTH);
            ui.set_max_width(560.0);
            ui.heading(t!("dialogs-match-heading"));
            ui.label(t!("dialogs-match-text"));
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .show(ui, |ui| {
                    // The CLI's way out (--match-clients) is the button below here.
                    for line in why.lines().skip(1) {
                        let line = line.trim();
                        ui.label(line.split("; pass --match-clients").next().unwrap_or(line));
                    }
                });
            ui.horizontal(|ui| {
                if ui.button(t!("dialogs-match-book")).clicked() {
                    self.commands
                        .push(Command::Start(super::command::Start::ImportMatching(
                            path.clone(),
                        )));
                    close = true;
                }
                close |= ui.button(t!("common-cancel")).clicked();
            });
        });
        if close {
            self.match_prompt = None;
        }
    }

    pub(super) fn modals(&mut self, ctx: &egui::Context) {
        // Escape is Cancel in every dialog. A click outside is not: it would throw away
        // a half-filled form.
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        self.confirm_modals(ctx, escape);
        self.match_clients_modal(ctx, escape);
        if let Some(e) = &mut self.invoice_edit {
            let mut close = false;
            egui::Modal::new(egui::Id::unique("invoice edit")).show(ctx, |ui| {
                ui.set_width(super::dialogs::FORM_WIDTH);
                close = super::invoice_edit::edit_ui(ui, e, &mut self.commands);
            });
            if close || escape {
                self.invoice_edit = None;
            }
        }
        if let Some(form) = &mut self.new_invoice {
            let clients: Vec<String> = self
                .overview
                .as_ref()
                .map(|o| o.clients.iter().map(|c| c.client.name.clone()).collect())
                .unwrap_or_default();
            let mut close = false;
            egui::Modal::new(egui::Id::unique("new invoice")).show(ctx, |ui| {
                ui.set_width(super::dialogs::FORM_WIDTH);
                close = invoices::new_invoice_ui(ui, form, &clients, &mut self.commands);
            });
            if close || escape {
                self.new_invoice = None;
            }
        }
        if self.confirm_send_all {
            let n = self.overview.as_ref().map_or(0, |o| o.letters.len());
            let today = self.today;
            let stale = self
                .with_assets(|_, a| Ok(a.rates.staleness(today)))
                .unwrap_or_default();
            egui::Modal::new(egui::Id::unique("send all")).show(ctx, |ui| {
                ui.set_width(super::dialogs::DIALOG_WIDTH);
                ui.heading(t!("dialogs-send-all-title", count = n));
                if !stale.is_empty() {
                    ui.label(RichText::new(t!("dialogs-stale-rates")).strong());
                    super::rates::stale_ui(ui, &stale);
                    ui.label(t!("dialogs-stale-rates-hint"));
                }
                ui.label(t!("dialogs-send-all-checked"));
                ui.label(t!("dialogs-send-all-stored"));
                if self.settings.mail.configured {
                    ui.checkbox(
                        &mut self.settings.mail.send_all_email,
                        t!("dialogs-send-all-email"),
                    );
                    if self.settings.mail.send_all_email {
                        ui.checkbox(
                            &mut self.settings.mail.send_all_without_enclosures,
                            t!("dialogs-send-all-without-enclosures"),
                        );
                        if !self.settings.mail.send_all_without_enclosures {
                            ui.label(RichText::new(t!("dialogs-send-all-held-hint")).weak());
                        }
                    }
                }
                ui.horizontal(|ui| {
                    if ui.button(t!("dialogs-send-all-yes", count = n)).clicked() {
                        self.commands.push(Command::SendAll);
                        self.confirm_send_all = false;
                    }
                    if ui.button(t!("common-cancel")).clicked() {
                        self.confirm_send_all = false;
                        self.settings.mail.send_all_without_enclosures = false;
                    }
                });
            });
            if escape {
                self.confirm_send_all = false;
                self.settings.mail.send_all_without_enclosures = false;
            }
        }
        if let Some(path) = &mut self.import {
            let mut close = false;
            egui::Modal::new(egui::Id::unique("import")).show(ctx, |ui| {
                ui.set_width(super::dialogs::DIALOG_WIDTH);
                ui.heading(t!("dialogs-import-heading"));
                first_run::csv_path_ui(ui, path);
                ui.horizontal(|ui| {
                    if ui.button(t!("dialogs-import")).clicked() {
                        self.commands.push(first_run::import_command(path));
                        close = true;
                    }
                    close |= ui.button(t!("common-cancel")).clicked();
                });
            });
            if close || escape {
                self.import = None;
            }
        }
        if let Some(file) = self.settings.backups.confirm.clone() {
            let fresh = matches!(&self.settings.backups.confirm_other, Some((f, _)) if *f == file);
            if !fresh {
                let other =
                    crate::actions::other_ledger(&self.ledger, &file).map_err(|e| e.to_string());
                self.settings.backups.confirm_other = Some((file.clone(), other));
            }
            let other = self
                .settings
                .backups
                .confirm_other
                .as_ref()
                .map(|(_, o)| o.clone())
                .unwrap_or(Ok(None));
            let mut close = false;
            egui::Modal::new(egui::Id::unique("restore")).show(ctx, |ui| {
                ui.set_width(super::dialogs::DIALOG_WIDTH);
                close = super::backups::confirm_ui(ui, &file, &other, &mut self.commands);
            });
            if close || escape {
                self.settings.backups.confirm = None;
                self.settings.backups.confirm_other = None;
            }
        }
        if let Some(q) = &mut self.quick {
            let mut close = false;
            egui::Modal::new(egui::Id::unique("quick action")).show(ctx, |ui| {
                ui.set_width(super::dialogs::DIALOG_WIDTH);
                close = today::quick_action_ui(ui, q, &mut self.commands);
            });
            if close || escape {
                self.quick = None;
            }
        }
    }

    pub(super) fn draw_toasts(&mut self, ctx: &egui::Context) {
        let now = self.now;
        self.toasts.retain(|t| t.until > now);
        if self.toasts.is_empty() {
            return;
        }
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -40.0))
            .show(ctx, |ui| {
                let mut undone = None;
                for (i, t) in self.toasts.iter().enumerate() {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        let text = RichText::new(&t.text);
                        ui.label(if t.error {
                            text.color(widgets::ERROR)
                        } else {
                            text
                        });
                        if t.undo.is_some() && super::confirm::undo_button(ui) {
                            undone = Some(i);
                        }
                    });
                }
                if let Some(i) = undone {
                    let t = self.toasts.remove(i);
                    if let Some(target) = t.undo {
                        self.commands.push(Command::Correct {
                            target,
                            reason: "undone".into(),
                        });
                    }
                }
            });
        ctx.request_repaint_after(std::time::Duration::from_millis(500));
    }
}
