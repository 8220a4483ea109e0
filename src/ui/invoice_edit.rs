//! Correcting an invoice from its page: the fields as they are, and, once a letter was
//! sent, the reason the correction is made (kept in the history). The letters already
//! sent stay as they were.

use egui::Ui;

use super::app::App;
use super::command::Command;
use super::forms::Errors;
use super::widgets;
use crate::actions::{ActionError, InvoiceDetail, InvoicePatch};
use crate::domain::money::format_minor;
use crate::t;

/// The edit dialog, as typed.
#[derive(Clone, Debug)]
pub struct InvoiceEdit {
    /// The invoice's number now.
    pub current: String,
    /// Number.
    pub number: String,
    /// Issue date.
    pub issued: String,
    /// Due date.
    pub due: String,
    /// Amount.
    pub amount: String,
    /// Description.
    pub description: String,
    /// Terms.
    pub terms: String,
    /// Late rate, percent.
    pub late_rate: String,
    /// Why (required once a letter was sent).
    pub reason: String,
    /// A letter was sent.
    pub needs_reason: bool,
    /// Errors by field.
    pub errors: Errors,
}

impl InvoiceEdit {
    /// The dialog for an invoice as it is.
    pub fn of(d: &InvoiceDetail) -> InvoiceEdit {
        let r = &d.row;
        InvoiceEdit {
            current: r.number.clone(),
            number: r.number.clone(),
            issued: super::widgets::form_day(r.issued),
            due: super::widgets::form_day(r.due),
            amount: format_minor(r.amount_minor, r.currency),
            description: d.description.clone().unwrap_or_default(),
            terms: d.terms.clone().unwrap_or_default(),
            late_rate: d.late_rate_percent.clone().unwrap_or_default(),
            reason: String::new(),
            needs_reason: d.has_letters,
            errors: Errors::new(),
        }
    }

    fn patch(&self) -> InvoicePatch {
        let t = |s: &str| Some(s.trim().to_string());
        InvoicePatch {
            number: t(&self.number),
            issued: t(&self.issued),
            due: t(&self.due),
            amount: t(&self.amount),
            description: t(&self.description),
            terms: t(&self.terms),
            late_rate: t(&self.late_rate),
            ..Default::default()
        }
    }
}

/// Draws the dialog; returns true when it is closed.
pub fn edit_ui(ui: &mut Ui, e: &mut InvoiceEdit, cmds: &mut Vec<Command>) -> bool {
    ui.heading(t!("invoice-edit-heading", invoice = e.current.as_str()));
    if e.needs_reason {
        ui.label(t!("invoice-edit-letters-sent"));
    }
    let errs = e.errors.clone();
    egui::Grid::new("invoice edit")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            widgets::text_row(
                ui,
                &t!("invoice-edit-number"),
                &mut e.number,
                &errs,
                "number",
            );
            widgets::date_row(
                ui,
                &t!("invoice-edit-issued"),
                &mut e.issued,
                &errs,
                "issued",
            );
            widgets::date_row(ui, &t!("invoice-edit-due"), &mut e.due, &errs, "due");
            widgets::text_row(
                ui,
                &t!("invoice-edit-amount"),
                &mut e.amount,
                &errs,
                "amount",
            );
            widgets::text_row(
                ui,
                &t!("invoice-edit-description"),
                &mut e.description,
                &errs,
                "description",
            );
            widgets::text_row(ui, &t!("invoice-edit-terms"), &mut e.terms, &errs, "terms");
            widgets::text_row(
                ui,
                &t!("invoice-edit-late-rate"),
                &mut e.late_rate,
                &errs,
                "late rate",
            );
            widgets::text_row(
                ui,
                &t!("invoice-edit-reason"),
                &mut e.reason,
                &errs,
                "reason",
            );
        });
    if let Some(t) = errs.get("form") {
        widgets::error_label(ui, t);
    }
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button(t!("invoice-edit-save")).clicked() {
            cmds.push(Command::SaveInvoiceEdit(e.clone()));
        }
        close |= ui.button(t!("common-cancel")).clicked();
    });
    close
}

impl App {
    /// Applies a correction; on a refusal the dialog stays open with the error by its field.
    pub(super) fn save_invoice_edit(&mut self, mut e: InvoiceEdit) {
        e.errors.clear();
        let reason = Some(e.reason.trim()).filter(|r| !r.is_empty());
        match crate::actions::set_invoice(
            &mut self.ledger,
            &e.current,
            &e.patch(),
            reason,
            self.today,
        ) {
            Ok((inv, what)) => {
                self.toast(
                    t!(
                        "invoice-edit-corrected",
                        invoice = inv.number.as_str(),
                        changes = what.join("; ")
                    ),
                    false,
                );
                self.invoice_edit = None;
                if inv.number != e.current {
                    self.detail = None;
                }
                match self.load_detail(&inv.number) {
                    Ok(()) => {}
                    Err(err) => self.toast(err.to_string(), true),
                }
                self.reload();
            }
            Err(ActionError::Field { field, reason }) => {
                e.errors.insert(field.to_string(), reason);
                self.invoice_edit = Some(e);
            }
            Err(other) => {
                e.errors.insert("form".into(), other.to_string());
                self.invoice_edit = Some(e);
            }
        }
    }
}
