//! The Clients view: the list with what each owes, one client's details and invoices,
//! and the add and edit forms.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::actions::Overview;

use super::app::ClientsState;
use super::command::Command;
use super::forms::ClientForm;
use super::widgets::{self, money, stage_badge};

/// The kinds of client, with their meaning.
pub const KINDS: [(&str, &str); 3] = [
    ("business", "Business"),
    ("consumer", "Consumer"),
    ("public", "Public body"),
];

/// The letter languages.
pub const LANGUAGES: [(&str, &str); 4] = [
    ("en", "English"),
    ("it", "Italiano"),
    ("de", "Deutsch"),
    ("fr", "Français"),
];

/// The laws, blank for the profile's default.
pub const LAWS: [(&str, &str); 7] = [
    ("", "From my country"),
    ("IT", "Italy (D.Lgs. 231/2002)"),
    ("DE", "Germany (BGB 288)"),
    ("FR", "France (Code de commerce)"),
    ("EU", "EU directive 2011/7"),
    ("GB", "UK (Late Payment Act 1998)"),
    ("none", "No statutory interest"),
];

/// Draws the Clients view.
pub fn clients_ui(ui: &mut Ui, o: &Overview, s: &mut ClientsState, cmds: &mut Vec<Command>) {
    if let Some((id, form)) = &mut s.form {
        let id = *id;
        if client_form_ui(ui, form, id, cmds) {
            s.form = None;
        }
        return;
    }
    egui::Panel::left("client list")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading("Clients");
                if ui.button("Add client").clicked() {
                    s.form = Some((None, ClientForm::new()));
                }
            });
            let l = ui.label("Filter");
            ui.add(egui::TextEdit::singleline(&mut s.search).desired_width(200.0))
                .labelled_by(l.id);
            let needle = s.search.trim().to_lowercase();
            let rows: Vec<&crate::actions::ClientRow> = o
                .clients
                .iter()
                .filter(|c| needle.is_empty() || c.client.name.to_lowercase().contains(&needle))
                .collect();
            TableBuilder::new(ui)
                .id_salt("clients")
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::remainder().at_least(150.0).clip(true))
                .column(Column::auto().at_least(110.0))
                .header(20.0, |mut h| {
                    h.col(|ui| {
                        ui.strong("Name");
                    });
                    h.col(|ui| {
                        ui.strong("Owes");
                    });
                })
                .body(|body| {
                    body.rows(22.0, rows.len(), |mut row| {
                        let c = rows[row.index()];
                        row.col(|ui| {
                            let on = s
                                .selected
                                .as_ref()
                                .is_some_and(|d| d.client.id == c.client.id);
                            if ui.selectable_label(on, &c.client.name).clicked() {
                                cmds.push(Command::SelectClient(c.client.id));
                            }
                        });
                        row.col(|ui| {
                            let owed: Vec<String> = c
                                .owed_minor
                                .iter()
                                .map(|(cur, m)| money(*m, *cur))
                                .collect();
                            ui.label(if owed.is_empty() {
                                "nothing".into()
                            } else {
                                owed.join(", ")
                            });
                        });
                    });
                });
        });
    egui::CentralPanel::default().show(ui, |ui| match &s.selected {
        None => {
            ui.label("Pick a client on the left.");
        }
        Some(d) => {
            let c = &d.client;
            ui.horizontal(|ui| {
                ui.heading(&c.name);
                if ui.button("Edit client").clicked() {
                    s.form = Some((Some(c.id), ClientForm::of(c)));
                }
                if ui.button("New invoice for this client").clicked() {
                    cmds.push(Command::NewInvoice(Some(c.name.clone())));
                }
            });
            egui::Grid::new("client facts")
                .num_columns(2)
                .show(ui, |ui| {
                    let law = c
                        .law
                        .map_or_else(|| "from my country".to_string(), |l| l.to_string());
                    let rows = [
                        ("Kind", c.kind.to_string()),
                        ("Country", c.country.to_string()),
                        ("Language", c.language.to_string()),
                        ("Law", law),
                        ("Email", c.email.clone().unwrap_or_default()),
                        ("Address", c.address.clone().unwrap_or_default()),
                        ("VAT id", c.vat_id.clone().unwrap_or_default()),
                        ("Notes", c.notes.clone().unwrap_or_default()),
                    ];
                    for (k, v) in rows {
                        ui.label(RichText::new(k).weak());
                        ui.label(v);
                        ui.end_row();
                    }
                    ui.label(RichText::new("Owes").weak());
                    let owed: Vec<String> = d
                        .owed_minor
                        .iter()
                        .map(|(cur, m)| match cur.parse() {
                            Ok(c) => money(*m, c),
                            Err(_) => format!("{cur} {m}"),
                        })
                        .collect();
                    ui.strong(if owed.is_empty() {
                        "nothing".into()
                    } else {
                        owed.join(", ")
                    });
                    ui.end_row();
                });
            ui.add_space(8.0);
            ui.heading(format!("Invoices ({})", d.invoices.len()));
            egui::Grid::new("client invoices")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for h in ["Number", "Due", "Balance", "Status", "Ladder"] {
                        ui.strong(h);
                    }
                    ui.end_row();
                    for r in &d.invoices {
                        if ui.link(&r.number).clicked() {
                            cmds.push(Command::OpenInvoice(r.number.clone()));
                        }
                        ui.label(r.due.to_string());
                        ui.label(money(r.balance_minor, r.currency));
                        ui.label(r.status.as_str().replace('_', " "));
                        stage_badge(ui, r.stage);
                        ui.end_row();
                    }
                });
        }
    });
}

/// The add or edit form; returns true to close it.
fn client_form_ui(
    ui: &mut Ui,
    form: &mut ClientForm,
    id: Option<crate::domain::party::ClientId>,
    cmds: &mut Vec<Command>,
) -> bool {
    let editing = id.is_some();
    ui.heading(if editing { "Edit client" } else { "New client" });
    let e = form.errors.clone();
    egui::Grid::new("client form")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            widgets::text_row(ui, "Name", &mut form.name, &e, "name");
            widgets::choice_row(ui, "Kind", &mut form.kind, &KINDS, &e, "kind");
            widgets::text_row(ui, "Country (ISO code)", &mut form.country, &e, "country");
            widgets::choice_row(
                ui,
                "Language",
                &mut form.language,
                &LANGUAGES,
                &e,
                "language",
            );
            widgets::choice_row(ui, "Law", &mut form.law, &LAWS, &e, "law");
            widgets::check_row(
                ui,
                "Sole trader (a person, not a company)",
                &mut form.individual,
                &e,
                "individual",
            );
            widgets::text_row(ui, "Contact person", &mut form.contact, &e, "contact");
            widgets::text_row(
                ui,
                "Salutation (e.g. Mr Smith)",
                &mut form.salutation,
                &e,
                "salutation",
            );
            widgets::text_row(ui, "Email", &mut form.email, &e, "email");
            widgets::multiline_row(ui, "Address", &mut form.address, &e, "address");
            widgets::text_row(ui, "VAT id", &mut form.vat, &e, "vat");
            widgets::multiline_row(ui, "Notes", &mut form.notes, &e, "notes");
        });
    if let Some(t) = e.get("form") {
        ui.label(RichText::new(t).color(widgets::ERROR));
    }
    let mut close = false;
    ui.horizontal(|ui| {
        if ui
            .button(if editing { "Save client" } else { "Add client" })
            .clicked()
        {
            cmds.push(match id {
                Some(id) => Command::UpdateClient {
                    id,
                    form: form.clone(),
                },
                None => Command::AddClient(form.clone()),
            });
        }
        if ui.button("Cancel").clicked() {
            close = true;
        }
    });
    close
}
