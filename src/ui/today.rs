//! Today, the home view: key figures, aging bars, the letters to send today (one row per
//! letter to a client, with the invoices it covers) and the invoices ready to hand over,
//! with their actions, and what falls due in the coming week.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::actions::{DueRow, Overview, SOON_DAYS};
use crate::domain::ladder::Step;
use crate::domain::plan::LetterPlan;
use crate::t;

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
    // Emails that did not go out stay here until retried.
    super::mail::outbox_ui(ui, &o.deliveries, sending_all, cmds);
    ui.add_space(8.0);
    let rows = today_rows(o);
    ui.horizontal(|ui| {
        ui.heading(t!("today-due-heading", count = rows.len()));
        let letters = o.letters.len();
        let send_all = ui.add_enabled(
            letters > 0 && !sending_all,
            egui::Button::new(t!("today-send-all", count = letters)),
        );
        if send_all.clicked() {
            *confirm_send_all = true;
        }
    });
    // The queue takes what is left, less room for the coming week.
    let soon_room = if o.soon.is_empty() { 60.0 } else { 170.0 };
    let queue_height = (ui.available_height() - soon_room).max(120.0);
    if rows.is_empty() {
        ui.label(t!("today-nothing-due"));
    } else {
        // A narrow window scrolls the table sideways rather than cutting its actions.
        egui::ScrollArea::horizontal()
            .id_salt("due sideways")
            .show(ui, |ui| due_table(ui, &rows, queue_height, quick, cmds));
    }
    ui.add_space(8.0);
    ui.heading(t!(
        "today-soon-heading",
        days = SOON_DAYS,
        count = o.soon.len()
    ));
    if o.soon.is_empty() {
        ui.label(t!("today-nothing-soon"));
    } else {
        egui::ScrollArea::horizontal()
            .id_salt("soon sideways")
            .show(ui, |ui| soon_table(ui, o, cmds));
    }
}

fn figures_ui(ui: &mut Ui, o: &Overview) {
    ui.horizontal_wrapped(|ui| {
        if o.figures.is_empty() {
            widgets::figure(ui, &t!("today-outstanding"), &t!("today-nothing"));
        }
        for (cur, f) in &o.figures {
            widgets::figure(
                ui,
                &t!("today-outstanding-in", currency = cur.code()),
                &money(f.outstanding_minor, *cur),
            );
            widgets::figure(
                ui,
                &t!("today-overdue-in", currency = cur.code()),
                &money(f.overdue_minor, *cur),
            );
        }
        let names = [
            t!("today-no-letter-yet"),
            t!("today-reminder-sent"),
            t!("today-formal-letter-sent"),
            t!("today-second-demand-sent"),
            t!("today-legal-warning-sent"),
        ];
        for (name, n) in names.iter().zip(o.per_stage) {
            widgets::figure(ui, name, &n.to_string());
        }
        widgets::figure(ui, &t!("today-handed-over"), &o.handed_over.to_string());
    });
}

fn aging_ui(ui: &mut Ui, o: &Overview) {
    let Some(cur) = o.main_currency() else {
        return;
    };
    let Some(f) = o.figures.get(&cur) else {
        return;
    };
    ui.label(RichText::new(t!("today-aging-heading", currency = cur.code())).strong());
    let labels = aging_labels();
    let unit = 10f64.powi(i32::from(cur.exponent()));
    let bars: Vec<egui_plot::Bar> = f
        .aging_minor
        .iter()
        .enumerate()
        .map(|(i, m)| {
            egui_plot::Bar::new(i as f64, *m as f64 / unit)
                .name(&labels[i])
                .width(0.6)
        })
        .collect();
    let chart =
        egui_plot::BarChart::new("overdue", bars).color(egui::Color32::from_rgb(0xd9, 0x6c, 0x2c));
    // A short window (800×500) keeps room for the queue: the chart shrinks, and the
    // amounts are still written out under it.
    let chart_height = if ui.ctx().content_rect().height() < 640.0 {
        60.0
    } else {
        150.0
    };
    egui_plot::Plot::new("aging")
        .height(chart_height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid(egui::Vec2b::new(false, true))
        .include_y(0.0)
        // The amounts are written out under the chart; a y axis adds only clutter.
        .show_axes(egui::Vec2b::new(true, false))
        .x_axis_formatter({
            let labels = labels.clone();
            move |mark, _| {
                let i = mark.value.round();
                if (mark.value - i).abs() < 1e-6 && (0.0..4.0).contains(&i) {
                    labels[i as usize].clone()
                } else {
                    String::new()
                }
            }
        })
        .show(ui, |plot| plot.bar_chart(chart));
    let text: Vec<String> = labels
        .iter()
        .zip(f.aging_minor)
        .map(|(l, m)| {
            t!(
                "today-aging-amount",
                bucket = l.as_str(),
                amount = money(m, cur)
            )
        })
        .collect();
    ui.label(text.join("   ·   "));
}

/// One row of Today's queue: a letter to a client (one invoice or several), or an
/// invoice ready to hand over.
enum TodayRow<'a> {
    Letter(&'a LetterPlan),
    Handover(&'a DueRow),
}

/// Today's rows: the letters, most overdue first, then the handovers.
fn today_rows(o: &Overview) -> Vec<TodayRow<'_>> {
    o.letters
        .iter()
        .map(TodayRow::Letter)
        .chain(
            o.due
                .iter()
                .filter(|r| r.stage == Some(Step::Handover))
                .map(TodayRow::Handover),
        )
        .collect()
}

fn due_table(
    ui: &mut Ui,
    rows: &[TodayRow<'_>],
    height: f32,
    quick: &mut Option<QuickAction>,
    cmds: &mut Vec<Command>,
) {
    TableBuilder::new(ui)
        .id_salt("due")
        .striped(true)
        .max_scroll_height(height)
        .min_scrolled_height(height.min(26.0 * (rows.len() as f32 + 1.0)))
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::auto().at_least(120.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::auto().at_least(110.0))
        .column(Column::auto().at_least(50.0))
        .column(Column::auto().at_least(140.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::remainder().at_least(260.0))
        .header(22.0, |mut h| {
            for name in [
                t!("today-col-client"),
                t!("today-col-invoices"),
                t!("today-col-balance"),
                t!("today-col-days"),
                t!("today-col-letter"),
                t!("today-col-deadline"),
                t!("today-col-actions"),
            ] {
                h.col(|ui| {
                    ui.strong(name);
                });
            }
        })
        .body(|body| {
            body.rows(26.0, rows.len(), |mut row| match rows[row.index()] {
                TodayRow::Letter(p) => {
                    row.col(|ui| {
                        ui.label(&p.client);
                    });
                    row.col(|ui| invoice_links(ui, &p.invoices, cmds));
                    row.col(|ui| {
                        ui.label(money(p.balance_minor, p.currency));
                    });
                    row.col(|ui| {
                        ui.label(p.days_overdue.to_string());
                    });
                    row.col(|ui| stage_badge(ui, p.stage));
                    row.col(|ui| {
                        ui.label(widgets::day(p.deadline));
                    });
                    row.col(|ui| letter_actions(ui, p, quick, cmds));
                }
                TodayRow::Handover(r) => {
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
                    row.col(|ui| stage_badge(ui, Step::Handover));
                    row.col(|_| {});
                    row.col(|ui| handover_actions(ui, r, quick, cmds));
                }
            });
        });
}

/// A letter's invoices, each a link to its page; past three, how many more.
fn invoice_links(ui: &mut Ui, numbers: &[String], cmds: &mut Vec<Command>) {
    for n in numbers.iter().take(3) {
        if ui.link(n).clicked() {
            cmds.push(Command::OpenInvoice(n.clone()));
        }
    }
    if numbers.len() > 3 {
        ui.label(t!(
            "today-more-invoices",
            count = numbers.len().saturating_sub(3)
        ))
        .on_hover_text(numbers[3..].join(", "));
    }
}

/// Preview and Send act on the whole letter; a letter about one invoice also offers
/// Log call and Pause for it (for several, they are on each invoice's page).
fn letter_actions(
    ui: &mut Ui,
    p: &LetterPlan,
    quick: &mut Option<QuickAction>,
    cmds: &mut Vec<Command>,
) {
    let Some(first) = p.invoices.first() else {
        return;
    };
    if ui
        .button(t!("today-preview"))
        .on_hover_text(t!("today-preview-hint"))
        .clicked()
    {
        cmds.push(Command::Preview {
            invoice: first.clone(),
            stage: Some(p.stage),
        });
    }
    if ui
        .button(t!("today-send"))
        .on_hover_text(t!("today-send-hint"))
        .clicked()
    {
        cmds.push(Command::Send {
            invoice: first.clone(),
            stage: p.stage,
            how: None,
        });
    }
    if let [only] = p.invoices.as_slice() {
        call_and_pause(ui, only, Some(p.deadline), quick);
    }
}

fn handover_actions(
    ui: &mut Ui,
    r: &DueRow,
    quick: &mut Option<QuickAction>,
    cmds: &mut Vec<Command>,
) {
    if ui.button(t!("today-hand-over")).clicked() {
        cmds.push(Command::Case {
            invoice: r.invoice.clone(),
            action: CaseAction::HandOver,
            text: "handed over after the legal warning's deadline".into(),
        });
    }
    call_and_pause(ui, &r.invoice, r.deadline, quick);
}

fn call_and_pause(
    ui: &mut Ui,
    invoice: &str,
    deadline: Option<chrono::NaiveDate>,
    quick: &mut Option<QuickAction>,
) {
    if ui.button(t!("today-log-call")).clicked() {
        *quick = Some(QuickAction {
            invoice: invoice.to_string(),
            kind: "call",
            text: String::new(),
            until: String::new(),
            errors: Errors::new(),
        });
    }
    if ui.button(t!("today-pause")).clicked() {
        *quick = Some(QuickAction {
            invoice: invoice.to_string(),
            kind: "pause",
            text: String::new(),
            until: deadline.map(widgets::form_day).unwrap_or_default(),
            errors: Errors::new(),
        });
    }
}

/// The small dialog of a row's Log call or Pause; returns true to close it.
pub fn quick_action_ui(ui: &mut Ui, q: &mut QuickAction, cmds: &mut Vec<Command>) -> bool {
    let pause = q.kind == "pause";
    ui.heading(if pause {
        t!("today-pause-heading", number = q.invoice.as_str())
    } else {
        t!("today-log-call-heading", number = q.invoice.as_str())
    });
    let mut close = false;
    egui::Grid::new("quick grid").num_columns(3).show(ui, |ui| {
        if pause {
            widgets::date_row(ui, &t!("today-until"), &mut q.until, &q.errors, "until");
        }
        let label = if pause {
            t!("today-pause-why")
        } else {
            t!("today-call-what")
        };
        widgets::multiline_row(ui, &label, &mut q.text, &q.errors, "text");
    });
    ui.horizontal(|ui| {
        let label = if pause {
            t!("today-pause")
        } else {
            t!("today-log-call")
        };
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
        if ui.button(t!("common-cancel")).clicked() {
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
            for name in [
                t!("today-col-client"),
                t!("today-col-invoice"),
                t!("today-col-balance"),
                t!("today-col-on"),
                t!("today-col-what"),
            ] {
                h.col(|ui| {
                    ui.strong(name);
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
                    ui.label(widgets::day(r.on));
                });
                row.col(|ui| stage_badge(ui, r.what));
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

/// The aging buckets' names, in the order of `Figures::aging_minor` (the window's words
/// for `crate::actions::AGING_LABELS`).
fn aging_labels() -> [String; 4] {
    [
        t!("today-aging-0-30"),
        t!("today-aging-31-60"),
        t!("today-aging-61-90"),
        t!("today-aging-over-90"),
    ]
}
