//! The letter preview: the letter drawn as it prints, from the same `LetterModel` the
//! PDF is laid out from, with the warnings for the user and the buttons to send it,
//! save it, or go back.

use egui::{Color32, FontFamily, FontId, RichText, Ui};

use crate::letters::compose::{LetterModel, Table};
use crate::letters::templates::Block;
use crate::t;

use super::app::PreviewState;
use super::command::Command;

/// Paper colours: a letter is black on white whatever the theme.
const INK: Color32 = Color32::from_rgb(0x1a, 0x1a, 0x1a);
const PAPER: Color32 = Color32::WHITE;

/// Draws the preview view.
pub fn preview_ui(ui: &mut Ui, p: &PreviewState, cmds: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading(format!("{} – {}", p.model.title, p.invoice));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(t!("common-cancel")).clicked() {
                cmds.push(Command::Show(p.back));
            }
            let name = if p.statement {
                crate::actions::statement_file_name(&p.invoice, p.model.date)
            } else if p.interest {
                crate::actions::letter_file_name(&p.invoice, p.model.stage).replacen(
                    p.model.stage.as_str(),
                    "interest",
                    1,
                )
            } else {
                let numbers: Vec<String> =
                    p.model.items.iter().map(|i| i.invoice.clone()).collect();
                crate::actions::letters_file_name(&numbers, p.model.stage)
            };
            if ui.button(t!("preview-save-pdf")).clicked() {
                cmds.push(Command::SavePdfAs {
                    file_name: name,
                    pdf: p.pdf.clone(),
                });
            }
            if p.interest {
                if ui.button(t!("preview-send-statement")).clicked() {
                    cmds.push(Command::SendInterestLetter {
                        invoice: p.invoice.clone(),
                        how: None,
                    });
                }
                return;
            }
            // A statement is saved, or recorded as sent; it never climbs the ladder.
            if p.statement {
                if ui
                    .button(t!("preview-send-statement"))
                    .on_hover_text(t!("preview-send-statement-hint"))
                    .clicked()
                {
                    cmds.push(Command::SendStatement {
                        client: p.invoice.clone(),
                        how: None,
                    });
                }
                return;
            }
            let send = ui
                .add_enabled(p.due, egui::Button::new(t!("preview-send")))
                .on_disabled_hover_text(t!("preview-not-due"));
            if send.clicked() {
                cmds.push(Command::Send {
                    invoice: p.invoice.clone(),
                    stage: p.model.stage,
                    how: None,
                });
            }
        });
    });
    super::rates::letter_warnings_ui(ui, &p.model.warnings);
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .id_salt("paper scroll")
        .show(ui, |ui| letter_ui(ui, &p.model));
}

/// Draws a letter on a sheet of paper (also the template editor's live preview).
pub fn letter_ui(ui: &mut Ui, m: &LetterModel) {
    // The paper's own width: what is left after its margins (44 each side) and shadow,
    // so the sheet never spills over its column.
    let width = (ui.available_width() - 2.0 * 44.0 - 8.0).clamp(320.0, 640.0);
    ui.vertical_centered(|ui| {
        egui::Frame::new()
            .fill(PAPER)
            .stroke(egui::Stroke::new(1.0, Color32::from_gray(170)))
            .shadow(egui::Shadow {
                offset: [2, 3],
                blur: 8,
                spread: 0,
                color: Color32::from_black_alpha(60),
            })
            .inner_margin(egui::Margin::symmetric(44, 36))
            .show(ui, |ui| {
                ui.set_width(width);
                ui.style_mut().visuals.override_text_color = Some(INK);
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| sheet(ui, m));
            });
    });
}

fn text(s: &str) -> RichText {
    RichText::new(s).color(INK).size(13.0)
}

fn bold(s: &str) -> RichText {
    RichText::new(s)
        .color(INK)
        .font(FontId::new(13.0, FontFamily::Name(super::BOLD.into())))
}

/// The sender's logo at most 60 points high, as the PDF places it; its URI carries a
/// digest of the bytes, so a new logo is a new image, not a stale cached one.
fn logo(ui: &mut Ui, bytes: &[u8]) {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    let uri = format!("bytes://logo-{:016x}", h.finish());
    let image = egui::Image::from_bytes(uri, bytes.to_vec())
        .max_height(60.0)
        .max_width(ui.available_width());
    ui.add(image.alt_text(t!("preview-logo")));
}

fn sheet(ui: &mut Ui, m: &LetterModel) {
    ui.columns(2, |cols| {
        if let Some(bytes) = &m.logo {
            logo(&mut cols[0], bytes);
        }
        cols[1].with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
            for (i, line) in m.sender.iter().enumerate() {
                ui.label(if i == 0 { bold(line) } else { text(line) });
            }
        });
    });
    ui.add_space(14.0);
    if let Some(note) = &m.sending {
        ui.label(bold(note));
    }
    for (i, line) in m.recipient.iter().enumerate() {
        ui.label(if i == 0 { bold(line) } else { text(line) });
    }
    ui.add_space(12.0);
    ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
        ui.label(text(&m.place_date));
    });
    ui.add_space(10.0);
    ui.label(bold(&m.subject));
    ui.add_space(8.0);
    ui.label(text(&m.salutation));
    ui.add_space(4.0);
    blocks(ui, &m.before);
    if !m.invoice_table.rows.is_empty() {
        table(ui, "invoice table", &m.invoice_table);
    }
    if let Some(t) = &m.claim_table {
        ui.add_space(6.0);
        table(ui, "claim table", t);
    }
    for (i, (caption, t)) in m.more_tables.iter().enumerate() {
        ui.add_space(6.0);
        ui.label(bold(caption));
        table(ui, &format!("more table {i}"), t);
    }
    blocks(ui, &m.after);
    if !m.payment.is_empty() {
        ui.add_space(6.0);
        egui::Grid::new("payment details")
            .num_columns(2)
            .show(ui, |ui| {
                for (k, v) in &m.payment {
                    ui.label(text(k));
                    ui.label(text(v));
                    ui.end_row();
                }
            });
    }
    ui.add_space(10.0);
    ui.label(text(&m.closing));
    ui.add_space(16.0);
    ui.label(text(&m.signatory));
    if !m.enclosures.is_empty() {
        ui.add_space(10.0);
        ui.label(bold(&m.enclosures_word));
        for e in &m.enclosures {
            ui.label(text(&format!("- {e}")));
        }
    }
    ui.add_space(16.0);
    ui.separator();
    ui.label(text(&m.footer).size(9.0));
}

fn blocks(ui: &mut Ui, blocks: &[Block]) {
    for b in blocks {
        ui.add_space(5.0);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 0.0;
            if b.bullet {
                ui.label(text("  •  "));
            }
            for r in &b.runs {
                ui.label(if r.bold { bold(&r.text) } else { text(&r.text) });
            }
        });
    }
}

fn table(ui: &mut Ui, id: &str, t: &Table) {
    ui.add_space(6.0);
    egui::Frame::new()
        .stroke(egui::Stroke::new(0.5, Color32::from_gray(160)))
        .inner_margin(egui::Margin::same(6))
        .show(ui, |ui| {
            egui::Grid::new(id)
                .num_columns(t.head.len())
                .spacing([14.0, 3.0])
                .show(ui, |ui| {
                    for (i, h) in t.head.iter().enumerate() {
                        cell(ui, bold(h), t.right.get(i).copied().unwrap_or(false));
                    }
                    ui.end_row();
                    for row in &t.rows {
                        // A short row is a label spanning the left columns: pad it on the left.
                        let pad = t.head.len().saturating_sub(row.cells.len());
                        let mut cells: Vec<&str> = row.cells.iter().map(String::as_str).collect();
                        if pad > 0 && !cells.is_empty() {
                            let label = cells.remove(0);
                            ui.label(if row.total { bold(label) } else { text(label) });
                            for _ in 0..pad {
                                ui.label("");
                            }
                        }
                        for (j, c) in cells.iter().enumerate() {
                            let col = t.head.len() - cells.len() + j;
                            let rt = if row.total { bold(c) } else { text(c) };
                            cell(ui, rt, t.right.get(col).copied().unwrap_or(false));
                        }
                        ui.end_row();
                    }
                });
        });
}

fn cell(ui: &mut Ui, t: RichText, right: bool) {
    if right {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(t);
        });
    } else {
        ui.label(t);
    }
}
