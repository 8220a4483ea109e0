//! The window's letter actions: opening a preview, sending the letter due, and saving or
//! opening a PDF. Split from `handlers.rs`; they go through the same actions as the CLI.

use std::sync::Arc;

use crate::actions::{self, ActionError};
use crate::domain::ladder::Stage;
use crate::t;

use super::app::{App, PreviewState};
use super::command::View;
use super::mail::{SendHow, Via};

impl App {
    pub(super) fn open_preview(&mut self, invoice: &str, stage: Option<Stage>) {
        let today = self.today;
        let back = if self.view == View::Preview {
            View::Today
        } else {
            self.view
        };
        let result =
            self.with_assets(|ledger, a| actions::preview(ledger, invoice, stage, None, today, a));
        match result {
            Ok(letter) => {
                let due = self.letter_of(invoice, letter.model.stage).is_some();
                self.preview = Some(PreviewState {
                    invoice: invoice.to_string(),
                    model: letter.model,
                    pdf: Arc::new(letter.pdf),
                    due,
                    back,
                    statement: false,
                    interest: false,
                });
                self.view = View::Preview;
            }
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    /// Opens a client's statement of account in the preview (nothing is recorded).
    pub(super) fn open_statement(&mut self, client: &str) {
        let today = self.today;
        let back = self.view;
        match actions::statement_letter(&mut self.ledger, client, today, None, None) {
            Ok((statement, letter)) => {
                self.preview = Some(PreviewState {
                    invoice: statement.client,
                    model: letter.model,
                    pdf: Arc::new(letter.pdf),
                    due: false,
                    back,
                    statement: true,
                    interest: false,
                });
                self.view = View::Preview;
            }
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    /// Opens the letter about the interest alone of a paid invoice in the preview.
    pub(super) fn open_interest_letter(&mut self, invoice: &str) {
        let back = self.view;
        match actions::preview_interest_letter(&mut self.ledger, invoice, self.today) {
            Ok(letter) => {
                self.preview = Some(PreviewState {
                    invoice: invoice.to_string(),
                    model: letter.model,
                    pdf: Arc::new(letter.pdf),
                    due: true,
                    back,
                    statement: false,
                    interest: true,
                });
                self.view = View::Preview;
            }
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    /// With Email chosen, the files (and first the settings and password): `Err` (said
    /// in a toast) when the letter may not be recorded; `Ok(None)` on paper.
    fn email_if_chosen(
        &mut self,
        how: Option<&SendHow>,
    ) -> Result<Option<actions::EmailExtras>, ()> {
        match how {
            Some(SendHow {
                via: Via::Email,
                extras,
            }) => self.email_first(extras).map(Some).ok_or(()),
            _ => Ok(None),
        }
    }

    /// After a statement or a letter about interest is recorded: its email goes, or,
    /// on paper, its PDF is saved where the user picks.
    fn deliver_as_chosen(
        &mut self,
        ctx: &egui::Context,
        how: Option<&SendHow>,
        letter: i64,
        delivery: Option<i64>,
    ) {
        match (delivery, how.map(|h| h.via)) {
            (Some(id), _) => self.deliver_now(ctx, id),
            (None, Some(Via::Print)) => self.save_letter(letter),
            _ => {}
        }
    }

    /// Records the letter about the interest alone as sent; by email when so chosen.
    pub(super) fn send_interest_letter(
        &mut self,
        ctx: &egui::Context,
        invoice: &str,
        how: Option<&SendHow>,
    ) {
        let Ok(email) = self.email_if_chosen(how) else {
            return;
        };
        let today = self.today;
        match actions::send_interest_letter(&mut self.ledger, invoice, today, email.as_ref()) {
            Ok(sent) => {
                self.deliver_as_chosen(ctx, how, sent.letter, sent.delivery);
                self.toast(
                    t!(
                        "sending-interest-recorded",
                        invoice = sent.invoice.as_str(),
                        amount = super::widgets::money(sent.total_minor, sent.currency),
                        date = super::widgets::day(sent.deadline)
                    ),
                    false,
                );
                if let Some(p) = self.preview.take() {
                    self.view = p.back;
                }
                self.changed(invoice);
            }
            Err(e) => self.toast(t!("sending-not-sent", error = e.to_string()), true),
        }
    }

    /// Records the statement of account previewed as sent (it moves no invoice); by
    /// email when so chosen.
    pub(super) fn send_statement(
        &mut self,
        ctx: &egui::Context,
        client: &str,
        how: Option<&SendHow>,
    ) {
        let Ok(email) = self.email_if_chosen(how) else {
            return;
        };
        let today = self.today;
        let sent = actions::send_statement(
            &mut self.ledger,
            client,
            today,
            (None, None),
            email.as_ref(),
        );
        match sent {
            Ok(sent) => {
                self.deliver_as_chosen(ctx, how, sent.letter, sent.delivery);
                self.toast(
                    t!(
                        "sending-statement-recorded",
                        client = sent.client.as_str(),
                        date = super::widgets::day(sent.sent)
                    ),
                    false,
                );
                if let Some(p) = self.preview.take() {
                    self.view = p.back;
                }
                self.refresh_client();
                self.reload();
            }
            Err(e) => self.toast(t!("sending-not-sent", error = e.to_string()), true),
        }
    }

    /// After a letter is recorded: says so, leaves its preview, reloads.
    pub(super) fn after_send(&mut self, invoice: &str, sent: &actions::SentLetter) {
        let mut text = if sent.invoices.len() > 1 {
            t!(
                "sending-recorded-many",
                stage = sent.stage.name(),
                client = sent.client.as_str(),
                count = sent.invoices.len(),
                numbers = sent.invoices.join(", "),
                date = super::widgets::day(sent.deadline)
            )
        } else {
            t!(
                "sending-recorded",
                stage = sent.stage.name(),
                number = invoice,
                date = super::widgets::day(sent.deadline)
            )
        };
        for w in &sent.warnings {
            text += &format!("\n{w}");
        }
        self.toast(text, false);
        if let Some(p) = &self.preview
            && p.invoice == invoice
        {
            self.view = p.back;
            self.preview = None;
        }
        self.changed(invoice);
    }

    pub(super) fn save_pdf_as(&mut self, file_name: &str, pdf: &[u8]) {
        let Some(path) = rfd::FileDialog::new()
            .set_file_name(file_name)
            .add_filter("PDF", &["pdf"])
            .save_file()
        else {
            return;
        };
        match actions::write_file(&path, pdf) {
            Ok(()) => self.toast(
                t!("sending-saved", path = path.display().to_string()),
                false,
            ),
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    pub(super) fn open_pdf(&mut self, file_name: &str, pdf: &[u8]) {
        let dir = std::env::temp_dir().join("overdue-letters");
        let path = dir.join(file_name);
        let written = std::fs::create_dir_all(&dir)
            .map_err(|e| ActionError::Refused(format!("{}: {e}", dir.display())))
            .and_then(|()| actions::write_file(&path, pdf));
        if let Err(e) = written {
            self.toast(e.to_string(), true);
            return;
        }
        match actions::open_with_system(&path) {
            Ok(()) => self.toast(
                t!("sending-opened", path = path.display().to_string()),
                false,
            ),
            Err((opener, e)) => self.toast(
                t!(
                    "sending-cannot-open",
                    path = path.display().to_string(),
                    program = opener,
                    error = e.to_string()
                ),
                true,
            ),
        }
    }
}
