//! The invoice detail view: amounts, the ladder strip, the claim, the timeline, the
//! actions, and each sent letter's stored PDF.

use egui::{Color32, RichText, Ui};

use crate::actions::HistoryEntry;
use crate::domain::ladder::{NextActionKind, Stage};

use super::app::DetailState;
use super::command::{CaseAction, Command};
use super::widgets::{self, money, stage_color};

/// Draws the detail view.
pub fn detail_ui(ui: &mut Ui, d: &mut DetailState, cmds: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .id_salt("detail scroll")
        .show(ui, |ui| {
            header_ui(ui, d);
            ui.add_space(6.0);
            ladder_ui(ui, d, cmds);
            ui.add_space(6.0);
            ui.columns(2, |cols| {
                claim_ui(&mut cols[0], d);
                letters_ui(&mut cols[0], d, cmds);
                actions_ui(&mut cols[1], d, cmds);
            });
            ui.add_space(6.0);
            timeline_ui(ui, &d.detail.history, d.detail.row.currency);
        });
}

fn header_ui(ui: &mut Ui, d: &DetailState) {
    let r = &d.detail.row;
    ui.horizontal(|ui| {
        ui.heading(format!("Invoice {}", r.number));
        ui.label(RichText::new(&*r.client).size(16.0));
        ui.label(RichText::new(r.status.as_str().replace('_', " ")).italics());
    });
    ui.horizontal_wrapped(|ui| {
        widgets::figure(ui, "Amount", &money(r.amount_minor, r.currency));
        widgets::figure(
            ui,
            "Paid",
            &money(r.amount_minor - r.balance_minor, r.currency),
        );
        widgets::figure(ui, "Balance", &money(r.balance_minor, r.currency));
        widgets::figure(ui, "Issued", &r.issued.to_string());
        widgets::figure(ui, "Due", &r.due.to_string());
    });
    if let Some(desc) = &d.detail.description {
        ui.label(desc);
    }
    if let Some(terms) = &d.detail.terms {
        let on = d
            .detail
            .terms_agreed_on
            .map(|t| format!(" (agreed on {t})"))
            .unwrap_or_default();
        ui.label(format!("Terms: {terms}{on}"));
    }
}

fn ladder_ui(ui: &mut Ui, d: &DetailState, cmds: &mut Vec<Command>) {
    let next = &d.detail.next_action;
    let sent = |stage: Stage| {
        d.detail
            .history
            .iter()
            .rev()
            .find(|h| h.kind == "letter" && h.stage == Some(stage))
    };
    let handed = d.detail.history.iter().find(|h| h.kind == "handed_over");
    ui.horizontal(|ui| {
        for stage in Stage::ALL {
            let when = sent(*stage).map(|h| format!("sent {}", h.date));
            let proposed = next.stage == Some(*stage);
            let text = match (&when, proposed) {
                (Some(w), _) => w.clone(),
                (None, true) => format!(
                    "due now, deadline {}",
                    next.deadline.map(|d| d.to_string()).unwrap_or_default()
                ),
                (None, false) => "not sent".into(),
            };
            step(
                ui,
                stage.title(),
                &text,
                stage_color(stage.as_str()),
                when.is_some(),
                proposed,
            );
        }
        let text = handed.map_or_else(
            || {
                if next.action == NextActionKind::Handover {
                    "ready".into()
                } else {
                    "not yet".into()
                }
            },
            |h| format!("on {}", h.date),
        );
        step(
            ui,
            "handover",
            &text,
            stage_color("handed_over"),
            handed.is_some(),
            next.action == NextActionKind::Handover,
        );
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("Next: {}", next.reason)).strong());
        if let Some(stage) = next.stage {
            if ui.button("Preview letter").clicked() {
                cmds.push(Command::Preview {
                    invoice: d.detail.row.number.clone(),
                    stage: Some(stage),
                });
            }
            if ui.button("Send letter").clicked() {
                cmds.push(Command::Send {
                    invoice: d.detail.row.number.clone(),
                    stage,
                });
            }
        }
    });
}

fn step(ui: &mut Ui, title: &str, text: &str, color: Color32, done: bool, current: bool) {
    let fill = if current {
        color.gamma_multiply(0.45)
    } else if done {
        color.gamma_multiply(0.18)
    } else {
        Color32::TRANSPARENT
    };
    let stroke = if current {
        egui::Stroke::new(2.5, color)
    } else {
        egui::Stroke::new(1.0, color.gamma_multiply(0.7))
    };
    egui::Frame::new()
        .fill(fill)
        .stroke(stroke)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(8, 4))
        .show(ui, |ui| {
            ui.set_min_width(130.0);
            ui.vertical(|ui| {
                ui.label(RichText::new(capitalized(title)).strong());
                ui.label(RichText::new(text).small());
            });
        });
}

fn claim_ui(ui: &mut Ui, d: &DetailState) {
    ui.heading("Claim today");
    let claim = match &d.claim {
        Ok(c) => c,
        Err(e) => {
            ui.label(RichText::new(e).color(widgets::ERROR));
            return;
        }
    };
    let cur: crate::domain::money::Currency = d.detail.row.currency;
    ui.label(RichText::new(&claim.basis).small());
    let start = match claim.default_from {
        Some(d) => format!("Interest runs from {d} ({})", claim.default_reason),
        None => format!("No interest runs: {}", claim.default_reason),
    };
    let rate = if claim.rate_formula.is_empty() {
        String::new()
    } else {
        format!(" at {}", claim.rate_formula)
    };
    let daily = if claim.daily_minor > 0 {
        format!("; {} a day", money(claim.daily_minor, cur))
    } else {
        String::new()
    };
    ui.label(RichText::new(format!("{start}{rate}{daily}.")).small());
    egui::Grid::new("claim grid")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for h in ["From", "To", "Days", "Rate", "Interest"] {
                ui.strong(h);
            }
            ui.end_row();
            for p in &claim.periods {
                ui.label(p.from.to_string());
                ui.label(p.to.to_string());
                ui.label(p.days.to_string());
                ui.label(format!("{} %", p.rate_percent));
                ui.label(money(p.interest_minor, cur));
                ui.end_row();
            }
        });
    egui::Grid::new("claim totals")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label("Balance");
            ui.label(money(claim.principal_minor, cur));
            ui.end_row();
            ui.label("Interest");
            ui.label(money(claim.interest_minor, cur));
            ui.end_row();
            ui.label("Compensation");
            ui.label(money(claim.compensation_minor, cur));
            ui.end_row();
            ui.strong("Total");
            ui.strong(money(claim.total_minor, cur));
            ui.end_row();
        });
    let (stale, other) = super::rates::split_stale(&claim.warnings);
    super::rates::stale_ui(ui, &stale);
    for w in &other {
        ui.label(
            RichText::new(w)
                .small()
                .color(Color32::from_rgb(0xc9, 0x9a, 0x2e)),
        );
    }
}

fn letters_ui(ui: &mut Ui, d: &DetailState, cmds: &mut Vec<Command>) {
    ui.add_space(8.0);
    ui.heading("Letters sent");
    if d.letters.is_empty() {
        ui.label("None yet.");
    }
    for (stage, sent, pdf) in &d.letters {
        ui.horizontal(|ui| {
            ui.label(format!("{} — {sent}", stage.title()));
            match pdf {
                Some(pdf) => {
                    let file_name = crate::actions::letter_file_name(&d.detail.row.number, *stage);
                    if ui
                        .button("Open")
                        .on_hover_text("Open the PDF as sent")
                        .clicked()
                    {
                        cmds.push(Command::OpenPdf {
                            file_name: file_name.clone(),
                            pdf: pdf.clone(),
                        });
                    }
                    if ui.button("Save as…").clicked() {
                        cmds.push(Command::SavePdfAs {
                            file_name,
                            pdf: pdf.clone(),
                        });
                    }
                }
                None => {
                    ui.label(RichText::new("no PDF stored").weak());
                }
            }
        });
    }
}

fn actions_ui(ui: &mut Ui, d: &mut DetailState, cmds: &mut Vec<Command>) {
    let number = d.detail.row.number.clone();
    ui.heading("Record a payment");
    let e = d.payment.errors.clone();
    egui::Grid::new("payment grid")
        .num_columns(3)
        .show(ui, |ui| {
            widgets::date_row(ui, "Paid on", &mut d.payment.date, &e, "date");
            widgets::text_row(ui, "Amount paid", &mut d.payment.amount, &e, "amount");
            widgets::text_row(ui, "Method", &mut d.payment.method, &e, "method");
        });
    ui.horizontal(|ui| {
        if ui.button("Record payment").clicked() {
            cmds.push(Command::AddPayment {
                invoice: number.clone(),
                form: d.payment.clone(),
            });
        }
    });
    ui.add_space(8.0);
    ui.heading("Log a contact, or change what happens next");
    let e = d.errors.clone();
    egui::Grid::new("case grid").num_columns(3).show(ui, |ui| {
        widgets::multiline_row(ui, "Note", &mut d.note, &e, "text");
        widgets::date_row(ui, "Until", &mut d.until, &e, "until");
    });
    let disputed = d.detail.row.status == crate::domain::ladder::Status::Disputed;
    let mut push = |action: CaseAction| {
        cmds.push(Command::Case {
            invoice: number.clone(),
            action,
            text: d.note.clone(),
        });
    };
    ui.horizontal_wrapped(|ui| {
        for (label, kind) in [
            ("Log call", "call"),
            ("Log email", "email"),
            ("Log meeting", "meeting"),
            ("Add note", "note"),
        ] {
            if ui.button(label).clicked() {
                push(CaseAction::Log { kind: kind.into() });
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        if disputed {
            if ui.button("Resolve dispute").clicked() {
                push(CaseAction::ResolveDispute);
            }
        } else if ui.button("Open dispute").clicked() {
            push(CaseAction::OpenDispute);
        }
        if ui
            .button("Promise to pay")
            .on_hover_text("Until the day above")
            .clicked()
        {
            push(CaseAction::Promise {
                until: d.until.clone(),
            });
        }
        if ui
            .button("Pause")
            .on_hover_text("Until the day above")
            .clicked()
        {
            push(CaseAction::Pause {
                until: d.until.clone(),
            });
        }
        if ui.button("Write off").clicked() {
            push(CaseAction::WriteOff);
        }
        if ui.button("Hand over").clicked() {
            push(CaseAction::HandOver);
        }
    });
    corrections_ui(ui, d, cmds);
}

/// The payments with their Void buttons, and the corrections: Edit, Undo handover, Undo
/// write-off. Each void or undo asks for its reason.
fn corrections_ui(ui: &mut Ui, d: &DetailState, cmds: &mut Vec<Command>) {
    use super::confirm::ReasonFor;
    use crate::domain::ladder::Status;
    let number = d.detail.row.number.clone();
    let cur = d.detail.row.currency;
    if let Some(c) = &d.detail.claim_not_received {
        ui.add_space(8.0);
        egui::Frame::new()
            .stroke(egui::Stroke::new(1.0, widgets::ERROR))
            .inner_margin(egui::Margin::same(6))
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(format!(
                        "Interest claimed and not received: {}{}",
                        money(c.interest_minor, cur),
                        if c.compensation_minor > 0 {
                            format!("; compensation: {}", money(c.compensation_minor, cur))
                        } else {
                            String::new()
                        }
                    ))
                    .strong(),
                );
                if let Some(dec) = &c.decision {
                    ui.label(format!("Decided: {dec}."));
                }
                ui.horizontal(|ui| {
                    if ui.button("Waive").clicked() {
                        cmds.push(Command::ClaimDecision {
                            invoice: number.clone(),
                            waive: true,
                        });
                    }
                    if ui
                        .button("Keep claiming")
                        .on_hover_text("Leave it open for a letter about the interest alone")
                        .clicked()
                    {
                        cmds.push(Command::ClaimDecision {
                            invoice: number.clone(),
                            waive: false,
                        });
                    }
                });
            });
    }
    ui.add_space(8.0);
    ui.heading("Corrections");
    if !d.detail.payments.is_empty() {
        egui::Grid::new("payments").num_columns(4).show(ui, |ui| {
            for p in &d.detail.payments {
                ui.label(p.date.to_string());
                ui.label(money(p.amount_minor, cur));
                ui.label(p.method.clone().unwrap_or_default());
                if ui
                    .button(format!("Void payment {}", p.id))
                    .on_hover_text("Take this payment back (kept in the history with the reason)")
                    .clicked()
                {
                    cmds.push(Command::AskReason(ReasonFor::VoidPayment {
                        id: p.id,
                        invoice: number.clone(),
                    }));
                }
                ui.end_row();
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button("Edit invoice").clicked() {
            cmds.push(Command::EditInvoice);
        }
        let status = d.detail.row.status;
        if status == Status::HandedOver && ui.button("Undo handover").clicked() {
            cmds.push(Command::AskReason(ReasonFor::UndoHandover(number.clone())));
        }
        if status == Status::WrittenOff && ui.button("Undo write-off").clicked() {
            cmds.push(Command::AskReason(ReasonFor::UndoWriteoff(number.clone())));
        }
    });
}

fn timeline_ui(ui: &mut Ui, history: &[HistoryEntry], cur: crate::domain::money::Currency) {
    ui.heading("Timeline");
    if history.is_empty() {
        ui.label("Nothing recorded yet.");
    }
    egui::Grid::new("timeline")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for h in history.iter().rev() {
                ui.label(h.date.to_string());
                ui.label(RichText::new(h.kind.replace('_', " ")).strong());
                let mut text = h.text.clone();
                if h.kind == "letter" {
                    if let (Some(a), Some(dl)) = (h.amount_minor, h.deadline) {
                        text += &format!(": {} by {dl}", money(a, cur));
                    }
                }
                if let Some(u) = h.until {
                    text += &format!(" (until {u})");
                }
                ui.label(text);
                ui.end_row();
            }
        });
}

/// "Formal letter" from "formal letter".
pub fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
