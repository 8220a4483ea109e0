//! The commands that record facts on an invoice or a client: a payment, a log entry or
//! a change of course, a client added or edited. Split from `handlers.rs`.

use crate::actions;
use crate::t;

use super::app::App;
use super::command::{CaseAction, View};
use super::forms::{ClientForm, Errors, PaymentForm};
use super::handlers::{non_blank, show_on_form, to_form};

impl App {
    pub(super) fn add_payment(&mut self, invoice: &str, mut form: PaymentForm) {
        form.errors.clear();
        match actions::record_payment(
            &mut self.ledger,
            invoice,
            &form.date,
            &form.amount,
            non_blank(&form.method),
            non_blank(&form.note),
            self.today,
        ) {
            Ok((left, id)) => {
                let text = t!(
                    "edits-payment-recorded",
                    invoice = invoice,
                    balance = left.to_string()
                );
                if id > 0 {
                    self.toast_with_undo(
                        text,
                        super::confirm::ReasonFor::VoidPayment {
                            id,
                            invoice: invoice.to_string(),
                        },
                    );
                } else {
                    self.toast(text, false);
                }
                self.changed(invoice);
            }
            Err(e) => {
                let text = to_form(e, &mut form.errors);
                if let Some(t) = text {
                    self.toast(t, true);
                }
                if let Some(d) = &mut self.detail {
                    d.payment = form;
                }
            }
        }
    }

    pub(super) fn case_action(&mut self, invoice: &str, action: CaseAction, text: &str) {
        let today = self.today;
        let l = &mut self.ledger;
        let (result, done) = match &action {
            CaseAction::Log { kind } => (
                actions::log_event(l, invoice, kind, text, today),
                t!("edits-logged", kind = kind.as_str()),
            ),
            CaseAction::OpenDispute => (
                actions::dispute(l, invoice, true, text, today),
                t!("edits-dispute-opened"),
            ),
            CaseAction::ResolveDispute => (
                actions::dispute(l, invoice, false, text, today),
                t!("edits-dispute-resolved"),
            ),
            CaseAction::Promise { until } => (
                actions::promise(l, invoice, until, text, today),
                t!("edits-promise-logged", date = until.as_str()),
            ),
            CaseAction::Pause { until } => (
                actions::pause(l, invoice, until, text, today),
                t!("edits-paused", date = until.as_str()),
            ),
            CaseAction::WriteOff => (
                actions::write_off(l, invoice, text, today),
                t!("edits-written-off"),
            ),
            CaseAction::HandOver => (
                actions::hand_over(l, invoice, text, today),
                t!("edits-handed-over"),
            ),
        };
        match result {
            Ok(()) => {
                let text = format!("{invoice}: {done}.");
                match action {
                    CaseAction::HandOver => self.toast_with_undo(
                        text,
                        super::confirm::ReasonFor::UndoHandover(invoice.to_string()),
                    ),
                    CaseAction::WriteOff => self.toast_with_undo(
                        text,
                        super::confirm::ReasonFor::UndoWriteoff(invoice.to_string()),
                    ),
                    _ => self.toast(text, false),
                }
                self.quick = None;
                self.changed(invoice);
            }
            Err(e) => {
                let mut errors = Errors::new();
                let text = to_form(e, &mut errors);
                let errors_text = errors
                    .iter()
                    .map(|(f, r)| format!("{}: {r}", field_words(f)))
                    .collect::<Vec<_>>()
                    .join("; ");
                if let Some(q) = &mut self.quick {
                    q.errors = errors.clone();
                }
                if let Some(d) = &mut self.detail {
                    d.errors = errors;
                }
                match text {
                    Some(t) => self.toast(t, true),
                    None if self.quick.is_none() && self.view != View::Detail => {
                        self.toast(errors_text, true)
                    }
                    None => {}
                }
            }
        }
    }

    pub(super) fn save_client(
        &mut self,
        id: Option<crate::domain::party::ClientId>,
        mut form: ClientForm,
    ) {
        form.errors.clear();
        let result = match id {
            None => actions::add_client(&mut self.ledger, &form.input())
                .map(|id| (id, t!("edits-client-added", client = form.name.trim()))),
            Some(id) => actions::update_client(&mut self.ledger, &id.to_string(), &form.input())
                .map(|c| (c.id, t!("edits-client-saved", client = c.name.as_str()))),
        };
        match result {
            Ok((id, text)) => {
                self.toast(text, false);
                self.clients.form = None;
                self.select_client(id);
                self.reload();
            }
            Err(e) => {
                show_on_form(e, &mut form.errors, "form");
                self.clients.form = Some((id, form));
            }
        }
    }

    pub(super) fn select_client(&mut self, id: crate::domain::party::ClientId) {
        match actions::client_detail(&mut self.ledger, &id.to_string(), self.today) {
            Ok(d) => self.clients.selected = Some(d),
            Err(e) => self.toast(e.to_string(), true),
        }
    }
}

/// The field a case action's error names (`text`, `until`, `kind`), in the window's
/// language; any other as the action names it.
fn field_words(field: &str) -> String {
    match field {
        "text" => t!("edits-field-text"),
        "until" => t!("edits-field-until"),
        "kind" => t!("edits-field-kind"),
        other => other.to_string(),
    }
}
