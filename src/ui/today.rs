//! Today, the home view: key figures, aging bars, the due queue with its row actions,
//! and what falls due in the coming week.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::actions::{AGING_LABELS, Overview, SOON_DAYS};
use crate::domain::ladder::Stage;

use super::app::QuickAction;
use super::command::{CaseAction, Command};
use super::forms::Errors;
use super::widgets::{self, money, stage_badge};

/// Draws the Today view.
pub fn today_ui(
    ui: &mut Ui,
    o: &Overview,
    quick: &mut Option<QuickAction>,
    sending_all: bool,
    confirm_send_all: &mut bool,
    cmds: &mut Vec<Command>,
) {
    figures_ui(ui, o);
    ui.add_space(8.0);
    aging_ui(ui, o);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.heading(format!("Due today ({})", o.due.len()));
        let letters = o
            .due
            .iter()
            .filter(|r| r.stage.as_deref() != Some("handover_ready"))
            .count();
        let send_all = ui.add_enabled(
            letters > 0 && !sending_all,
            egui::Button::new(format!("Send all ({letters})")),
        );
        if send_all.clicked() {
            *confirm_send_all = true;
        }
    });
    // The queue takes what is left, less room for the coming week.
    let soon_room = if o.soon.is_empty() { 60.0 } else { 170.0 };
    let queue_height = (ui.available_height() - soon_room).max(120.0);
    if o.due.is_empty() {
        ui.label("Nothing is due today. Every open invoice is within its terms or waiting for a deadline.");
    } else {
        due_table(ui, o, queue_height, quick, cmds);
    }
    ui.add_space(8.0);
    ui.heading(format!(
        "Coming up in the next {SOON_DAYS} days ({})",
        o.soon.len()
    ));
    if o.soon.is_empty() {
        ui.label("Nothing falls due in the coming week.");
    } else {
        soon_table(ui, o, cmds);
    }
}

fn figures_ui(ui: &mut Ui, o: &Overview) {
    ui.horizontal_wrapped(|ui| {
        if o.figures.is_empty() {
            widgets::figure(ui, "Outstanding", "nothing");
        }
        for (cur, f) in &o.figures {
            widgets::figure(
                ui,
                &format!("Outstanding ({cur})"),
                &money(f.outstanding_minor, *cur),
            );
            widgets::figure(
                ui,
                &format!("Overdue ({cur})"),
                &money(f.overdue_minor, *cur),
            );
        }
        let names = [
            "No letter yet",
            "Reminder sent",
            "Formal letter sent",
            "Second demand sent",
            "Legal warning sent",
        ];
        for (name, n) in names.iter().zip(o.per_stage) {
            widgets::figure(ui, name, &n.to_string());
        }
        widgets::figure(ui, "Handed over", &o.handed_over.to_string());
    });
}

fn aging_ui(ui: &mut Ui, o: &Overview) {
    let Some(cur) = o.main_currency() else {
        return;
    };
    let Some(f) = o.figures.get(&cur) else {
        return;
    };
    ui.label(RichText::new(format!("Overdue by age ({cur})")).strong());
    let unit = 10f64.powi(i32::from(cur.exponent()));
    let bars: Vec<egui_plot::Bar> = f
        .aging_minor
        .iter()
        .enumerate()
        .map(|(i, m)| {
            egui_plot::Bar::new(i as f64, *m as f64 / unit)
                .name(AGING_LABELS[i])
                .width(0.6)
        })
        .collect();
    let chart =
        egui_plot::BarChart::new("overdue", bars).color(egui::Color32::from_rgb(0xd9, 0x6c, 0x2c));
    egui_plot::Plot::new("aging")
        .height(150.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid(egui::Vec2b::new(false, true))
        .include_y(0.0)
        // The amounts are written out under the chart; a y axis adds only clutter.
        .show_axes(egui::Vec2b::new(true, false))
        .x_axis_formatter(|mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && (0.0..4.0).contains(&i) {
                AGING_LABELS[i as usize].to_string()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| plot.bar_chart(chart));
    let text: Vec<String> = AGING_LABELS
        .iter()
        .zip(f.aging_minor)
        .map(|(l, m)| format!("{l}: {}", money(m, cur)))
        .collect();
    ui.label(text.join("   ·   "));
}

fn due_table(
    ui: &mut Ui,
    o: &Overview,
    height: f32,
    quick: &mut Option<QuickAction>,
    cmds: &mut Vec<Command>,
) {
    TableBuilder::new(ui)
        .id_salt("due")
        .striped(true)
        .max_scroll_height(height)
        .min_scrolled_height(height.min(26.0 * (o.due.len() as f32 + 1.0)))
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::auto().at_least(120.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::auto().at_least(110.0))
        .column(Column::auto().at_least(50.0))
        .column(Column::auto().at_least(140.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::remainder().at_least(260.0))
        .header(22.0, |mut h| {
            for t in [
                "Client", "Invoice", "Balance", "Days", "Letter", "Deadline", "Actions",
            ] {
                h.col(|ui| {
                    ui.strong(t);
                });
            }
        })
        .body(|body| {
            body.rows(26.0, o.due.len(), |mut row| {
                let r = &o.due[row.index()];
                who_cols(
                    &mut row,
                    &r.client,
                    &r.invoice,
                    money(r.balance_minor, r.currency),
                    cmds,
                );
                row.col(|ui| {
                    ui.label(r.days_overdue.to_string());
                });
                row.col(|ui| stage_badge(ui, r.stage.as_deref().unwrap_or("none")));
                row.col(|ui| {
                    ui.label(r.deadline.map(|d| d.to_string()).unwrap_or_default());
                });
                row.col(|ui| row_actions(ui, r, quick, cmds));
            });
        });
}

fn row_actions(
    ui: &mut Ui,
    r: &crate::actions::DueRow,
    quick: &mut Option<QuickAction>,
    cmds: &mut Vec<Command>,
) {
    let stage = r.stage.as_deref().and_then(|s| s.parse::<Stage>().ok());
    match stage {
        Some(stage) => {
            if ui
                .button("Preview")
                .on_hover_text("See the letter before it goes")
                .clicked()
            {
                cmds.push(Command::Preview {
                    invoice: r.invoice.clone(),
                    stage: Some(stage),
                });
            }
            if ui
                .button("Send")
                .on_hover_text("Record it as sent and store its PDF")
                .clicked()
            {
                cmds.push(Command::Send {
                    invoice: r.invoice.clone(),
                    stage,
                });
            }
        }
        None => {
            if ui.button("Hand over").clicked() {
                cmds.push(Command::Case {
                    invoice: r.invoice.clone(),
                    action: CaseAction::HandOver,
                    text: "handed over after the legal warning's deadline".into(),
                });
            }
        }
    }
    if ui.button("Log call").clicked() {
        *quick = Some(QuickAction {
            invoice: r.invoice.clone(),
            kind: "call",
            text: String::new(),
            until: String::new(),
            errors: Errors::new(),
        });
    }
    if ui.button("Pause").clicked() {
        *quick = Some(QuickAction {
            invoice: r.invoice.clone(),
            kind: "pause",
            text: String::new(),
            until: r.deadline.map(|d| d.to_string()).unwrap_or_default(),
            errors: Errors::new(),
        });
    }
}

/// The small dialog of a row's Log call or Pause; returns true to close it.
pub fn quick_action_ui(ui: &mut Ui, q: &mut QuickAction, cmds: &mut Vec<Command>) -> bool {
    let pause = q.kind == "pause";
    ui.heading(if pause {
        format!("Pause the ladder for {}", q.invoice)
    } else {
        format!("Log a call on {}", q.invoice)
    });
    let mut close = false;
    egui::Grid::new("quick grid").num_columns(3).show(ui, |ui| {
        if pause {
            widgets::date_row(ui, "Until", &mut q.until, &q.errors, "until");
        }
        let label = if pause {
            "Why (for the log)"
        } else {
            "What was said"
        };
        widgets::multiline_row(ui, label, &mut q.text, &q.errors, "text");
    });
    ui.horizontal(|ui| {
        let label = if pause { "Pause" } else { "Log call" };
        if ui.button(label).clicked() {
            let action = if pause {
                CaseAction::Pause {
                    until: q.until.clone(),
                }
            } else {
                CaseAction::Log {
                    kind: "call".into(),
                }
            };
            cmds.push(Command::Case {
                invoice: q.invoice.clone(),
                action,
                text: q.text.clone(),
            });
        }
        if ui.button("Cancel").clicked() {
            close = true;
        }
    });
    close
}

fn soon_table(ui: &mut Ui, o: &Overview, cmds: &mut Vec<Command>) {
    let height = ui.available_height().max(100.0);
    TableBuilder::new(ui)
        .id_salt("soon")
        .striped(true)
        .max_scroll_height(height)
        .column(Column::auto().at_least(120.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::auto().at_least(110.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::remainder())
        .header(22.0, |mut h| {
            for t in ["Client", "Invoice", "Balance", "On", "What"] {
                h.col(|ui| {
                    ui.strong(t);
                });
            }
        })
        .body(|body| {
            body.rows(24.0, o.soon.len(), |mut row| {
                let r = &o.soon[row.index()];
                who_cols(
                    &mut row,
                    &r.client,
                    &r.invoice,
                    money(r.balance_minor, r.currency),
                    cmds,
                );
                row.col(|ui| {
                    ui.label(r.on.to_string());
                });
                row.col(|ui| stage_badge(ui, &r.what));
            });
        });
}

/// The client, the invoice (a link to its detail) and the balance: the first three
/// columns of both Today tables.
fn who_cols(
    row: &mut egui_extras::TableRow<'_, '_>,
    client: &str,
    invoice: &str,
    balance: String,
    cmds: &mut Vec<Command>,
) {
    row.col(|ui| {
        ui.label(client);
    });
    row.col(|ui| {
        if ui.link(invoice).clicked() {
            cmds.push(Command::OpenInvoice(invoice.to_string()));
        }
    });
    row.col(|ui| {
        ui.label(balance);
    });
}
