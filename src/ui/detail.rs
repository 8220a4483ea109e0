//! The invoice detail view: amounts, the ladder strip, the claim, the timeline, the
//! actions, and each sent letter's stored PDF.

use egui::{Color32, RichText, Ui};

use crate::actions::HistoryEntry;
use crate::domain::ladder::{NextActionKind, Stage, Status};
use crate::t;

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
        ui.heading(t!("detail-heading", invoice = r.number.as_str()));
        ui.label(RichText::new(&*r.client).size(16.0));
        ui.label(RichText::new(super::widgets::status_words(r.status)).italics());
    });
    ui.horizontal_wrapped(|ui| {
        widgets::figure(ui, &t!("detail-amount"), &money(r.amount_minor, r.currency));
        widgets::figure(
            ui,
            &t!("detail-paid"),
            &money(r.amount_minor - r.balance_minor, r.currency),
        );
        widgets::figure(
            ui,
            &t!("detail-balance"),
            &money(r.balance_minor, r.currency),
        );
        widgets::figure(ui, &t!("detail-issued"), &widgets::day(r.issued));
        widgets::figure(ui, &t!("detail-due"), &r.due.to_string());
    });
    if let Some(desc) = &d.detail.description {
        ui.label(desc);
    }
    if let Some(terms) = &d.detail.terms {
        ui.label(match d.detail.terms_agreed_on {
            Some(on) => t!(
                "detail-terms-agreed",
                terms = terms.as_str(),
                date = widgets::day(on)
            ),
            None => t!("detail-terms", terms = terms.as_str()),
        });
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
            let when = sent(*stage).map(|h| t!("detail-step-sent", date = h.date.to_string()));
            let proposed = next.stage == Some(*stage);
            let text = match (&when, proposed) {
                (Some(w), _) => w.clone(),
                (None, true) => t!(
                    "detail-step-due-now",
                    date = next.deadline.map(widgets::day).unwrap_or_default()
                ),
                (None, false) => t!("detail-step-not-sent"),
            };
            step(
                ui,
                &stage.name(),
                &text,
                stage_color(*stage),
                when.is_some(),
                proposed,
            );
        }
        let text = handed.map_or_else(
            || {
                if next.action == NextActionKind::Handover {
                    t!("detail-step-ready")
                } else {
                    t!("detail-step-not-yet")
                }
            },
            |h| t!("detail-step-on", date = widgets::day(h.date)),
        );
        step(
            ui,
            &t!("detail-step-handover"),
            &text,
            stage_color(super::widgets::Badge::HandedOver),
            handed.is_some(),
            next.action == NextActionKind::Handover,
        );
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new(t!("detail-next", reason = next.reason.as_str())).strong());
        if let Some(stage) = next.stage {
            if ui.button(t!("detail-preview-letter")).clicked() {
                cmds.push(Command::Preview {
                    invoice: d.detail.row.number.clone(),
                    stage: Some(stage),
                });
            }
            if ui.button(t!("detail-send-letter")).clicked() {
                cmds.push(Command::Send {
                    invoice: d.detail.row.number.clone(),
                    stage,
                    how: None,
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
    ui.heading(t!("detail-claim-heading"));
    let claim = match &d.claim {
        Ok(c) => c,
        Err(e) => {
            widgets::error_label(ui, e);
            return;
        }
    };
    let cur: crate::domain::money::Currency = d.detail.row.currency;
    ui.label(RichText::new(&claim.basis).small());
    let reason = claim.default_reason.as_str();
    let start = match claim.default_from {
        Some(d) => t!(
            "detail-interest-from",
            date = widgets::day(d),
            reason = reason
        ),
        None => t!("detail-no-interest", reason = reason),
    };
    let rate = if claim.rate_formula.is_empty() {
        String::new()
    } else {
        format!(
            " {}",
            t!("detail-interest-rate", rate = claim.rate_formula.as_str())
        )
    };
    let daily = if claim.daily_minor > 0 {
        format!(
            "; {}",
            t!(
                "detail-interest-daily",
                amount = money(claim.daily_minor, cur)
            )
        )
    } else {
        String::new()
    };
    ui.label(RichText::new(format!("{start}{rate}{daily}.")).small());
    egui::Grid::new("claim grid")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for h in [
                t!("detail-col-from"),
                t!("detail-col-to"),
                t!("detail-col-days"),
                t!("detail-col-rate"),
                t!("detail-interest"),
            ] {
                ui.strong(h);
            }
            ui.end_row();
            for p in &claim.periods {
                ui.label(widgets::day(p.from));
                ui.label(widgets::day(p.to));
                ui.label(p.days.to_string());
                ui.label(format!("{} %", p.rate_percent));
                ui.label(money(p.interest_minor, cur));
                ui.end_row();
            }
        });
    egui::Grid::new("claim totals")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(t!("detail-balance"));
            ui.label(money(claim.principal_minor, cur));
            ui.end_row();
            ui.label(t!("detail-interest"));
            ui.label(money(claim.interest_minor, cur));
            ui.end_row();
            ui.label(t!("detail-compensation"));
            ui.label(money(claim.compensation_minor, cur));
            ui.end_row();
            ui.strong(t!("detail-total"));
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
    ui.heading(t!("detail-letters-heading"));
    if d.letters.is_empty() {
        ui.label(t!("detail-letters-none"));
    }
    for (stage, sent, pdf) in &d.letters {
        ui.horizontal(|ui| {
            ui.label(format!("{} — {}", stage.name(), widgets::day(*sent)));
            match pdf {
                Some(pdf) => {
                    let file_name = crate::actions::letter_file_name(&d.detail.row.number, *stage);
                    if ui
                        .button(t!("detail-open-pdf"))
                        .on_hover_text(t!("detail-open-pdf-hint"))
                        .clicked()
                    {
                        cmds.push(Command::OpenPdf {
                            file_name: file_name.clone(),
                            pdf: pdf.clone(),
                        });
                    }
                    if ui.button(t!("detail-save-pdf-as")).clicked() {
                        cmds.push(Command::SavePdfAs {
                            file_name,
                            pdf: pdf.clone(),
                        });
                    }
                }
                None => {
                    ui.label(RichText::new(t!("detail-no-pdf")).weak());
                }
            }
        });
    }
}

fn actions_ui(ui: &mut Ui, d: &mut DetailState, cmds: &mut Vec<Command>) {
    let number = d.detail.row.number.clone();
    ui.heading(t!("detail-payment-heading"));
    let e = d.payment.errors.clone();
    egui::Grid::new("payment grid")
        .num_columns(3)
        .show(ui, |ui| {
            widgets::date_row(ui, &t!("detail-paid-on"), &mut d.payment.date, &e, "date");
            widgets::text_row(
                ui,
                &t!("detail-amount-paid"),
                &mut d.payment.amount,
                &e,
                "amount",
            );
            widgets::text_row(
                ui,
                &t!("detail-method"),
                &mut d.payment.method,
                &e,
                "method",
            );
        });
    ui.horizontal(|ui| {
        if ui.button(t!("detail-record-payment")).clicked() {
            cmds.push(Command::AddPayment {
                invoice: number.clone(),
                form: d.payment.clone(),
            });
        }
    });
    ui.add_space(8.0);
    ui.heading(t!("detail-case-heading"));
    let e = d.errors.clone();
    egui::Grid::new("case grid").num_columns(3).show(ui, |ui| {
        widgets::multiline_row(ui, &t!("detail-note"), &mut d.note, &e, "text");
        widgets::date_row(ui, &t!("detail-until"), &mut d.until, &e, "until");
    });
    let disputed = d.detail.row.status == Status::Disputed;
    let mut push = |action: CaseAction| {
        cmds.push(Command::Case {
            invoice: number.clone(),
            action,
            text: d.note.clone(),
        });
    };
    ui.horizontal_wrapped(|ui| {
        for (label, kind) in [
            (t!("detail-log-call"), "call"),
            (t!("detail-log-email"), "email"),
            (t!("detail-log-meeting"), "meeting"),
            (t!("detail-add-note"), "note"),
        ] {
            if ui.button(label).clicked() {
                push(CaseAction::Log { kind: kind.into() });
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        if disputed {
            if ui.button(t!("detail-resolve-dispute")).clicked() {
                push(CaseAction::ResolveDispute);
            }
        } else if ui.button(t!("detail-open-dispute")).clicked() {
            push(CaseAction::OpenDispute);
        }
        if ui
            .button(t!("detail-promise"))
            .on_hover_text(t!("detail-until-hint"))
            .clicked()
        {
            push(CaseAction::Promise {
                until: d.until.clone(),
            });
        }
        if ui
            .button(t!("detail-pause"))
            .on_hover_text(t!("detail-until-hint"))
            .clicked()
        {
            push(CaseAction::Pause {
                until: d.until.clone(),
            });
        }
        if ui.button(t!("detail-write-off")).clicked() {
            push(CaseAction::WriteOff);
        }
        if ui.button(t!("detail-hand-over")).clicked() {
            push(CaseAction::HandOver);
        }
    });
    corrections_ui(ui, d, cmds);
}

/// The payments with their Void buttons, and the corrections: Edit, Undo handover, Undo
/// write-off. Each void or undo asks for its reason.
fn corrections_ui(ui: &mut Ui, d: &DetailState, cmds: &mut Vec<Command>) {
    use super::confirm::ReasonFor;
    let number = d.detail.row.number.clone();
    let cur = d.detail.row.currency;
    if let Some(c) = &d.detail.claim_not_received {
        ui.add_space(8.0);
        egui::Frame::new()
            .stroke(egui::Stroke::new(1.0, widgets::ERROR))
            .inner_margin(egui::Margin::same(6))
            .corner_radius(4.0)
            .show(ui, |ui| {
                let interest = money(c.interest_minor, cur);
                ui.label(
                    RichText::new(if c.compensation_minor > 0 {
                        t!(
                            "detail-not-received-compensation",
                            interest = interest,
                            compensation = money(c.compensation_minor, cur)
                        )
                    } else {
                        t!("detail-not-received", interest = interest)
                    })
                    .strong(),
                );
                if let Some(dec) = &c.decision {
                    ui.label(t!("detail-decided", decision = dec.as_str()));
                }
                ui.horizontal(|ui| {
                    if ui.button(t!("detail-waive")).clicked() {
                        cmds.push(Command::ClaimDecision {
                            invoice: number.clone(),
                            waive: true,
                        });
                    }
                    if ui
                        .button(t!("detail-keep-claiming"))
                        .on_hover_text(t!("detail-keep-claiming-hint"))
                        .clicked()
                    {
                        cmds.push(Command::ClaimDecision {
                            invoice: number.clone(),
                            waive: false,
                        });
                    }
                    // Kept: one last letter asks for them alone.
                    if c.decision.as_deref() == Some("kept")
                        && ui
                            .button(t!("detail-interest-letter"))
                            .on_hover_text(t!("detail-interest-letter-hint"))
                            .clicked()
                    {
                        cmds.push(Command::PreviewInterestLetter(number.clone()));
                    }
                });
            });
    }
    ui.add_space(8.0);
    ui.heading(t!("detail-corrections-heading"));
    if !d.detail.payments.is_empty() {
        egui::Grid::new("payments").num_columns(4).show(ui, |ui| {
            for p in &d.detail.payments {
                ui.label(p.date.to_string());
                ui.label(money(p.amount_minor, cur));
                ui.label(p.method.clone().unwrap_or_default());
                if ui
                    .button(t!("detail-void-payment", id = p.id))
                    .on_hover_text(t!("detail-void-payment-hint"))
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
        if ui.button(t!("detail-edit-invoice")).clicked() {
            cmds.push(Command::EditInvoice);
        }
        let status = d.detail.row.status;
        if status == Status::HandedOver && ui.button(t!("detail-undo-handover")).clicked() {
            cmds.push(Command::AskReason(ReasonFor::UndoHandover(number.clone())));
        }
        if status == Status::WrittenOff && ui.button(t!("detail-undo-writeoff")).clicked() {
            cmds.push(Command::AskReason(ReasonFor::UndoWriteoff(number.clone())));
        }
    });
}

fn timeline_ui(ui: &mut Ui, history: &[HistoryEntry], cur: crate::domain::money::Currency) {
    ui.heading(t!("detail-timeline-heading"));
    if history.is_empty() {
        ui.label(t!("detail-timeline-empty"));
    }
    egui::Grid::new("timeline")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for h in history.iter().rev() {
                ui.label(h.date.to_string());
                ui.label(RichText::new(kind_words(&h.kind)).strong());
                let mut text = h.text.clone();
                if h.kind == "letter"
                    && let (Some(a), Some(dl)) = (h.amount_minor, h.deadline)
                {
                    text = t!(
                        "detail-timeline-letter",
                        text = text,
                        amount = money(a, cur),
                        date = widgets::day(dl)
                    );
                }
                if let Some(u) = h.until {
                    text = t!("detail-timeline-until", text = text, date = widgets::day(u));
                }
                ui.label(text);
                ui.end_row();
            }
        });
}

/// A timeline entry's kind (a letter, a payment, an event or a correction code) in the
/// window's language; an unknown code as written, underscores as spaces.
fn kind_words(kind: &str) -> String {
    match kind {
        "letter" => t!("detail-kind-letter"),
        "payment" => t!("detail-kind-payment"),
        "call" => t!("detail-kind-call"),
        "email" => t!("detail-kind-email"),
        "meeting" => t!("detail-kind-meeting"),
        "note" => t!("detail-kind-note"),
        "promise_to_pay" => t!("detail-kind-promise-to-pay"),
        "dispute_opened" => t!("detail-kind-dispute-opened"),
        "dispute_resolved" => t!("detail-kind-dispute-resolved"),
        "paused_until" => t!("detail-kind-paused-until"),
        "handed_over" => t!("detail-kind-handed-over"),
        "written_off" => t!("detail-kind-written-off"),
        "invoice_changed" => t!("detail-kind-invoice-changed"),
        "invoice_deleted" => t!("detail-kind-invoice-deleted"),
        "payment_voided" => t!("detail-kind-payment-voided"),
        "handover_undone" => t!("detail-kind-handover-undone"),
        "writeoff_undone" => t!("detail-kind-writeoff-undone"),
        "interest_waived" => t!("detail-kind-interest-waived"),
        "interest_kept" => t!("detail-kind-interest-kept"),
        other => other.replace('_', " "),
    }
}

/// "Formal letter" from "formal letter".
pub fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
