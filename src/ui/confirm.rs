//! Nothing irreversible in one click. Sending a letter, recording a payment, handing over
//! and writing off first open a confirmation that says exactly what will happen; the
//! window behind it takes no clicks, so no row slides under the pointer. After a payment,
//! a handover or a write-off, a toast offers Undo for 10 seconds: the same void or undo
//! action as the CLI's, with the reason "undone". Voids and undos from the invoice page
//! ask for their reason first.

use egui::{RichText, Ui};

use super::app::App;
use super::command::{CaseAction, Command};
use super::mail::LetterOf;
use super::widgets;
use crate::domain::money::{Money, parse_amount};
use crate::t;

/// The window height under which a confirmation's body scrolls, so that its question
/// and buttons stay in sight (the Send dialog with an email and files is about 650
/// points tall).
const SCROLL_BELOW: f32 = 720.0;

/// An action waiting for the user's yes.
#[derive(Clone, Debug)]
pub struct Pending {
    /// The dialog's heading.
    pub title: String,
    /// Exactly what will happen.
    pub text: String,
    /// The yes button's label.
    pub yes: String,
    /// What runs on yes.
    pub command: Command,
    /// The letter's warnings (stale rate tables first), shown where they cannot be missed.
    pub warnings: Vec<String>,
    /// For a letter: how it goes, chosen in the dialog, with the email's text.
    pub choice: Option<super::mail::SendChoice>,
}

/// What a reason is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReasonFor {
    /// Voiding a payment.
    VoidPayment {
        /// Its id.
        id: i64,
        /// The invoice it is on.
        invoice: String,
    },
    /// Undoing a handover.
    UndoHandover(String),
    /// Undoing a write-off.
    UndoWriteoff(String),
}

/// The reason dialog, as typed.
#[derive(Clone, Debug)]
pub struct ReasonDialog {
    /// What it is for.
    pub target: ReasonFor,
    /// The reason typed so far.
    pub text: String,
}

impl ReasonFor {
    /// The command that carries out the action with `reason`.
    pub fn command(&self, reason: &str) -> Command {
        Command::Correct {
            target: self.clone(),
            reason: reason.to_string(),
        }
    }

    fn title(&self) -> String {
        match self {
            ReasonFor::VoidPayment { id, invoice } => {
                let id: i64 = *id;
                t!("confirm-void-title", id = id, invoice = invoice.as_str())
            }
            ReasonFor::UndoHandover(n) => t!("confirm-undo-handover-title", invoice = n.as_str()),
            ReasonFor::UndoWriteoff(n) => t!("confirm-undo-writeoff-title", invoice = n.as_str()),
        }
    }
}

impl App {
    /// The letter due today that covers `invoice` at `stage`, as Today lists it.
    pub(super) fn letter_of(
        &self,
        invoice: &str,
        stage: crate::domain::ladder::Stage,
    ) -> Option<&crate::domain::plan::LetterPlan> {
        self.overview
            .as_ref()?
            .letters
            .iter()
            .find(|p| p.stage == stage && p.invoices.iter().any(|n| n == invoice))
    }

    /// The warnings of the open preview, when it is the letter `which` picks.
    fn preview_warnings(&self, which: impl Fn(&super::app::PreviewState) -> bool) -> Vec<String> {
        self.preview
            .as_ref()
            .filter(|p| which(p))
            .map(|p| p.model.warnings.clone())
            .unwrap_or_default()
    }

    /// The confirmation an irreversible command needs, if it needs one.
    pub(super) fn needs_confirmation(&mut self, cmd: &Command) -> Option<Pending> {
        let today = self.today;
        match cmd {
            Command::Send {
                invoice,
                stage,
                how: None,
            } => Some(Pending {
                choice: Some(self.send_choice(LetterOf::Stage {
                    invoice: invoice.clone(),
                    stage: *stage,
                })),
                warnings: self.letter_warnings(invoice, *stage),
                title: t!("confirm-send-title", stage = stage.name()),
                // Exactly what will be recorded: the letter covering this invoice today,
                // with the client's other invoices due for that stage.
                text: match self.letter_of(invoice, *stage) {
                    Some(p) if p.invoices.len() > 1 => t!(
                        "confirm-send-many-text",
                        stage = stage.name(),
                        client = p.client.as_str(),
                        date = widgets::day(today),
                        count = p.invoices.len(),
                        invoices = p.invoices.join(", ")
                    ),
                    _ => t!(
                        "confirm-send-text",
                        stage = stage.name(),
                        invoice = invoice.as_str(),
                        date = widgets::day(today)
                    ),
                },
                yes: t!("confirm-send-yes", stage = stage.name()),
                command: cmd.clone(),
            }),
            Command::SendInterestLetter { invoice, how: None } => Some(Pending {
                title: t!("confirm-interest-letter-title"),
                text: t!(
                    "confirm-interest-letter-text",
                    invoice = invoice.as_str(),
                    date = widgets::day(today)
                ),
                yes: t!("preview-send-statement"),
                command: cmd.clone(),
                warnings: self.preview_warnings(|p| p.interest),
                choice: Some(self.send_choice(LetterOf::Interest(invoice.clone()))),
            }),
            Command::SendStatement { client, how: None } => Some(Pending {
                title: t!("confirm-statement-title"),
                text: t!(
                    "confirm-statement-text",
                    client = client.as_str(),
                    date = widgets::day(today)
                ),
                yes: t!("preview-send-statement"),
                command: cmd.clone(),
                warnings: self.preview_warnings(|p| p.statement),
                choice: Some(self.send_choice(LetterOf::Statement(client.clone()))),
            }),
            Command::AddPayment { invoice, form } => {
                let (currency, balance) = self
                    .detail
                    .as_ref()
                    .filter(|d| d.detail.row.number == *invoice)
                    .map(|d| (d.detail.row.currency, d.detail.row.balance_minor))?;
                // An amount that does not parse goes straight to the form's error.
                let minor = parse_amount(&form.amount, currency).ok()?;
                let effect = if minor > balance {
                    t!(
                        "confirm-payment-overpaid",
                        amount = Money::new(minor - balance, currency).to_string()
                    )
                } else if minor == balance {
                    t!("confirm-payment-in-full")
                } else {
                    t!(
                        "confirm-payment-remaining",
                        amount = Money::new(balance - minor, currency).to_string()
                    )
                };
                Some(Pending {
                    title: t!("confirm-payment-title"),
                    text: t!(
                        "confirm-payment-text",
                        amount = widgets::money(minor, currency),
                        invoice = invoice.as_str(),
                        // As read, in words: 04/11/2026 is 4 November in Europe.
                        date = crate::actions::read_date(&form.date).map_or_else(
                            |_| form.date.trim().to_string(),
                            crate::present::long_day
                        ),
                        effect = effect
                    ),
                    yes: t!("detail-record-payment"),
                    command: cmd.clone(),
                    warnings: Vec::new(),
                    choice: None,
                })
            }
            Command::Case {
                invoice,
                action: CaseAction::HandOver,
                ..
            } => Some(Pending {
                title: t!("confirm-handover-title", invoice = invoice.as_str()),
                text: t!(
                    "confirm-handover-text",
                    invoice = invoice.as_str(),
                    date = widgets::day(today)
                ),
                yes: t!("detail-hand-over"),
                command: cmd.clone(),
                warnings: Vec::new(),
                choice: None,
            }),
            Command::Case {
                invoice,
                action: CaseAction::WriteOff,
                ..
            } => Some(Pending {
                title: t!("confirm-writeoff-title", invoice = invoice.as_str()),
                text: t!(
                    "confirm-writeoff-text",
                    invoice = invoice.as_str(),
                    date = widgets::day(today)
                ),
                yes: t!("detail-write-off"),
                command: cmd.clone(),
                warnings: Vec::new(),
                choice: None,
            }),
            _ => None,
        }
    }

    /// The warnings of the letter a Send would record: the open preview's when it is that
    /// letter, else the letter composed afresh (nothing is recorded by composing it).
    fn letter_warnings(
        &mut self,
        invoice: &str,
        stage: crate::domain::ladder::Stage,
    ) -> Vec<String> {
        if let Some(p) = self
            .preview
            .as_ref()
            .filter(|p| p.invoice == invoice && p.model.stage == stage)
        {
            return p.model.warnings.clone();
        }
        let today = self.today;
        self.with_assets(|ledger, a| {
            crate::actions::preview(ledger, invoice, Some(stage), None, today, a)
        })
        .map(|l| l.model.warnings)
        .unwrap_or_default()
    }

    /// Draws the confirmation and the reason dialogs.
    ///
    /// Below [`SCROLL_BELOW`] points of window height, the dialog's body scrolls.
    pub(super) fn confirm_modals(&mut self, ctx: &egui::Context, escape: bool) {
        if let Some(mut p) = self.confirm.clone() {
            let mut close = escape;
            egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
                ui.set_width(super::dialogs::DIALOG_WIDTH);
                ui.heading(&p.title);
                ui.add_space(4.0);
                let body = |ui: &mut egui::Ui, p: &mut Pending| {
                    ui.label(&p.text);
                    if !p.warnings.is_empty() {
                        ui.add_space(4.0);
                        super::rates::letter_warnings_ui(ui, &p.warnings);
                    }
                    if let Some(c) = &mut p.choice {
                        ui.add_space(6.0);
                        super::mail::send_choice_ui(ui, c);
                    }
                };
                // The heading and the buttons always show: on a small window what is
                // between them scrolls (a scroll area takes a frame to fit its content,
                // so it is used only where it is needed).
                let height = ui.ctx().content_rect().height();
                if height < SCROLL_BELOW {
                    egui::ScrollArea::vertical()
                        .id_salt("confirm body")
                        .max_height((height - 150.0).max(120.0))
                        .show(ui, |ui| body(ui, &mut p));
                } else {
                    body(ui, &mut p);
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let ready = p.choice.as_ref().is_none_or(|c| c.ready());
                    if ui
                        .add_enabled(ready, egui::Button::new(&p.yes))
                        .on_disabled_hover_text(t!("mail-enclosures-needed"))
                        .clicked()
                    {
                        let command = match (&p.command, &p.choice) {
                            (Command::Send { invoice, stage, .. }, Some(c)) => Command::Send {
                                invoice: invoice.clone(),
                                stage: *stage,
                                how: Some(c.how()),
                            },
                            (Command::SendStatement { client, .. }, Some(c)) => {
                                Command::SendStatement {
                                    client: client.clone(),
                                    how: Some(c.how()),
                                }
                            }
                            (Command::SendInterestLetter { invoice, .. }, Some(c)) => {
                                Command::SendInterestLetter {
                                    invoice: invoice.clone(),
                                    how: Some(c.how()),
                                }
                            }
                            (other, _) => other.clone(),
                        };
                        self.commands.push(Command::Confirmed(Box::new(command)));
                        close = true;
                    }
                    close |= ui.button(t!("common-cancel")).clicked();
                });
            });
            // The email's text names the files: composed again when they change.
            if let Some(c) = &mut p.choice {
                self.refresh_choice(c);
            }
            self.confirm = if close { None } else { Some(p) };
        }
        if let Some(mut r) = self.reason.clone() {
            let mut close = escape;
            egui::Modal::new(egui::Id::unique("reason")).show(ctx, |ui| {
                ui.set_width(super::dialogs::DIALOG_WIDTH);
                ui.heading(r.target.title());
                ui.label(t!("confirm-reason-kept"));
                let l = ui.label(t!("confirm-reason"));
                ui.add(egui::TextEdit::singleline(&mut r.text).desired_width(320.0))
                    .labelled_by(l.id);
                ui.horizontal(|ui| {
                    let ok = !r.text.trim().is_empty();
                    if ui
                        .add_enabled(ok, egui::Button::new(t!("confirm-reason-confirm")))
                        .clicked()
                    {
                        self.commands.push(r.target.command(r.text.trim()));
                        close = true;
                    }
                    close |= ui.button(t!("common-cancel")).clicked();
                });
            });
            self.reason = if close { None } else { Some(r) };
        }
    }

    /// Carries out a void or an undo with its reason.
    pub(super) fn correct(&mut self, target: &ReasonFor, reason: &str) {
        let today = self.today;
        let l = &mut self.ledger;
        let (result, invoice) = match target {
            ReasonFor::VoidPayment { id, invoice } => (
                crate::actions::void_payment(l, *id, Some(reason), today).map(|(_, left)| {
                    let id: i64 = *id;
                    t!(
                        "confirm-payment-voided",
                        id = id,
                        balance = left.to_string()
                    )
                }),
                invoice.clone(),
            ),
            ReasonFor::UndoHandover(n) => (
                crate::actions::undo_handover(l, n, Some(reason), today)
                    .map(|()| t!("confirm-handover-undone")),
                n.clone(),
            ),
            ReasonFor::UndoWriteoff(n) => (
                crate::actions::undo_writeoff(l, n, Some(reason), today)
                    .map(|()| t!("confirm-writeoff-undone")),
                n.clone(),
            ),
        };
        match result {
            Ok(done) => {
                self.toast(format!("{invoice}: {done}."), false);
                self.changed(&invoice);
            }
            Err(e) => self.toast(format!("{invoice}: {e}"), true),
        }
    }

    /// A toast with an Undo button, for 10 seconds.
    pub(super) fn toast_with_undo(&mut self, text: String, undo: ReasonFor) {
        self.toasts.push(super::app::Toast {
            text,
            error: false,
            until: self.now + 10.0,
            undo: Some(undo),
        });
    }
}

/// The toasts' Undo button: `true` when clicked.
pub fn undo_button(ui: &mut Ui) -> bool {
    ui.button(RichText::new(t!("common-undo")).strong())
        .clicked()
}
