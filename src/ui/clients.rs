//! The Clients view: the list with what each owes, one client's details and invoices,
//! and the add and edit forms.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::actions::Overview;
use crate::domain::party::ClientKind;
use crate::t;

use super::app::ClientsState;
use super::command::Command;
use super::forms::ClientForm;
use super::widgets::{self, money, stage_badge};

/// The kinds of client, with their meaning.
pub fn kinds() -> [(&'static str, String); 3] {
    [
        ("business", t!("clients-kind-business")),
        ("consumer", t!("clients-kind-consumer")),
        ("public", t!("clients-kind-public")),
    ]
}

/// The letter languages, each named in its own language.
pub fn languages() -> [(&'static str, String); 4] {
    [
        ("en", t!("lang-en")),
        ("it", t!("lang-it")),
        ("de", t!("lang-de")),
        ("fr", t!("lang-fr")),
    ]
}

/// The laws, blank for the profile's default.
pub fn laws() -> [(&'static str, String); 7] {
    [
        ("", t!("clients-law-default")),
        ("IT", t!("clients-law-it")),
        ("DE", t!("clients-law-de")),
        ("FR", t!("clients-law-fr")),
        ("EU", t!("clients-law-eu")),
        ("GB", t!("clients-law-gb")),
        ("none", t!("clients-law-none")),
    ]
}

/// A client's kind as the facts list names it (lower case).
fn kind_words(kind: ClientKind) -> String {
    match kind {
        ClientKind::Business => t!("clients-kind-is-business"),
        ClientKind::Consumer => t!("clients-kind-is-consumer"),
        ClientKind::Public => t!("clients-kind-is-public"),
    }
}

/// Draws the Clients view.
pub fn clients_ui(ui: &mut Ui, o: &Overview, s: &mut ClientsState, cmds: &mut Vec<Command>) {
    if let Some((id, form)) = &mut s.form {
        let id = *id;
        // Escape leaves the form, as Cancel does (the dialogs do the same).
        let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
        if client_form_ui(ui, form, id, cmds) || escape {
            s.form = None;
        }
        return;
    }
    egui::Panel::left("client list")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(t!("clients-heading"));
                if ui.button(t!("clients-add")).clicked() {
                    s.form = Some((None, ClientForm::new()));
                }
            });
            let l = ui.label(t!("clients-filter"));
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
                        ui.strong(t!("clients-name"));
                    });
                    h.col(|ui| {
                        ui.strong(t!("clients-owes"));
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
                                t!("clients-nothing")
                            } else {
                                owed.join(", ")
                            });
                        });
                    });
                });
        });
    egui::CentralPanel::default().show(ui, |ui| match &s.selected {
        None => {
            ui.label(t!("clients-pick-hint"));
        }
        Some(d) => {
            let c = &d.client;
            ui.horizontal(|ui| {
                ui.heading(&c.name);
                if ui.button(t!("clients-edit")).clicked() {
                    s.form = Some((Some(c.id), ClientForm::of(c)));
                }
                if ui.button(t!("clients-new-invoice")).clicked() {
                    cmds.push(Command::NewInvoice(Some(c.name.clone())));
                }
                if ui
                    .button(t!("clients-statement"))
                    .on_hover_text(t!("clients-statement-hint"))
                    .clicked()
                {
                    cmds.push(Command::Statement(c.id.to_string()));
                }
            });
            egui::Grid::new("client facts")
                .num_columns(2)
                .show(ui, |ui| {
                    let law = c
                        .law
                        .map_or_else(|| t!("clients-law-from-my-country"), |l| l.to_string());
                    let rows = [
                        (t!("clients-kind"), kind_words(c.kind)),
                        (t!("clients-country"), c.country.to_string()),
                        (t!("clients-language"), c.language.to_string()),
                        (t!("clients-law"), law),
                        (t!("clients-email"), c.email.clone().unwrap_or_default()),
                        (t!("clients-address"), c.address.clone().unwrap_or_default()),
                        (t!("clients-vat"), c.vat_id.clone().unwrap_or_default()),
                        (t!("clients-notes"), c.notes.clone().unwrap_or_default()),
                    ];
                    for (k, v) in rows {
                        ui.label(RichText::new(k).weak());
                        ui.label(v);
                        ui.end_row();
                    }
                    ui.label(RichText::new(t!("clients-owes")).weak());
                    let owed: Vec<String> = d
                        .owed_minor
                        .iter()
                        .map(|(cur, m)| match cur.parse() {
                            Ok(c) => money(*m, c),
                            Err(_) => format!("{cur} {m}"),
                        })
                        .collect();
                    ui.strong(if owed.is_empty() {
                        t!("clients-nothing")
                    } else {
                        owed.join(", ")
                    });
                    ui.end_row();
                });
            ui.add_space(8.0);
            ui.heading(t!("clients-invoices-heading", count = d.invoices.len()));
            egui::Grid::new("client invoices")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for h in [
                        t!("clients-col-number"),
                        t!("clients-col-due"),
                        t!("clients-col-balance"),
                        t!("clients-col-status"),
                        t!("clients-col-ladder"),
                    ] {
                        ui.strong(h);
                    }
                    ui.end_row();
                    for r in &d.invoices {
                        if ui.link(&r.number).clicked() {
                            cmds.push(Command::OpenInvoice(r.number.clone()));
                        }
                        ui.label(r.due.to_string());
                        ui.label(money(r.balance_minor, r.currency));
                        ui.label(widgets::status_words(r.status));
                        stage_badge(ui, r.stage);
                        ui.end_row();
                    }
                });
            ui.add_space(8.0);
            letters_sent_ui(ui, d, cmds);
        }
    });
}

/// The letters sent to the client, oldest first: each letter once, with the invoices it
/// covers, and its stored PDF to save.
fn letters_sent_ui(ui: &mut Ui, d: &crate::actions::ClientDetail, cmds: &mut Vec<Command>) {
    ui.heading(t!("clients-letters-heading", count = d.letters.len()));
    if d.letters.is_empty() {
        ui.label(t!("clients-no-letters"));
        return;
    }
    egui::Grid::new("client letters")
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            for h in [
                t!("clients-col-sent"),
                t!("clients-col-letter"),
                t!("clients-col-covers"),
                t!("clients-col-asked"),
                t!("mail-col-delivery"),
                String::new(),
            ] {
                ui.strong(h);
            }
            ui.end_row();
            for l in &d.letters {
                ui.label(widgets::day(l.sent));
                match l.stage {
                    Some(stage) => stage_badge(ui, stage),
                    None => {
                        ui.label(t!("clients-statement"));
                    }
                }
                ui.horizontal_wrapped(|ui| {
                    for n in &l.invoices {
                        if ui.link(n).clicked() {
                            cmds.push(Command::OpenInvoice(n.clone()));
                        }
                    }
                });
                let asked = match (l.total_minor, l.currency.as_deref().map(str::parse)) {
                    (Some(m), Some(Ok(cur))) => money(m, cur),
                    _ => String::new(),
                };
                ui.label(asked);
                ui.vertical(|ui| {
                    for dl in d.deliveries.iter().filter(|x| x.letter_id == l.id) {
                        super::mail::delivery_label(ui, dl);
                    }
                });
                if l.sha256.is_some() && ui.button(t!("clients-save-letter")).clicked() {
                    cmds.push(Command::SaveLetter(l.id));
                }
                ui.end_row();
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
    ui.heading(if editing {
        t!("clients-edit")
    } else {
        t!("clients-new-heading")
    });
    let e = form.errors.clone();
    egui::Grid::new("client form")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            widgets::text_row(ui, &t!("clients-name"), &mut form.name, &e, "name");
            widgets::choice_row(
                ui,
                &t!("clients-kind"),
                &mut form.kind,
                &kinds(),
                &e,
                "kind",
            );
            widgets::text_row(
                ui,
                &t!("clients-country-iso"),
                &mut form.country,
                &e,
                "country",
            );
            widgets::choice_row(
                ui,
                &t!("clients-language"),
                &mut form.language,
                &languages(),
                &e,
                "language",
            );
            widgets::choice_row(ui, &t!("clients-law"), &mut form.law, &laws(), &e, "law");
            widgets::check_row(
                ui,
                &t!("clients-sole-trader"),
                &mut form.individual,
                &e,
                "individual",
            );
            widgets::text_row(ui, &t!("clients-contact"), &mut form.contact, &e, "contact");
            widgets::text_row(
                ui,
                &t!("clients-salutation"),
                &mut form.salutation,
                &e,
                "salutation",
            );
            widgets::text_row(ui, &t!("clients-email"), &mut form.email, &e, "email");
            widgets::multiline_row(ui, &t!("clients-address"), &mut form.address, &e, "address");
            widgets::text_row(ui, &t!("clients-vat"), &mut form.vat, &e, "vat");
            widgets::multiline_row(ui, &t!("clients-notes"), &mut form.notes, &e, "notes");
        });
    if let Some(t) = e.get("form") {
        widgets::error_label(ui, t);
    }
    let mut close = false;
    ui.horizontal(|ui| {
        if ui
            .button(if editing {
                t!("clients-save")
            } else {
                t!("clients-add")
            })
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
        if ui.button(t!("common-cancel")).clicked() {
            close = true;
        }
    });
    close
}
