//! The window's email: Settings › Email (the server, the password stored in the OS
//! keyring, a test email), the choice of how a letter goes (email, the user's mail app,
//! or paper) with the email's text shown before anything is recorded, and Today's list
//! of deliveries that did not go out, each with Retry.

use egui::{RichText, Ui};

use super::command::Command;
use super::widgets;
use crate::domain::delivery::{Delivery, DeliveryState, MailSettings, Security};
use crate::domain::ladder::Stage;
use crate::domain::party::Language;
use crate::letters::email::EmailKind;
use crate::t;

/// How a letter goes, as chosen in the Send dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// Overdue emails it (SMTP).
    Email,
    /// Overdue writes it as a draft and opens it in the mail app.
    Draft,
    /// Overdue records it and saves the PDF, to print or send by hand.
    Print,
}

pub use super::send_choice::{LetterOf, SendChoice, SendHow, send_choice_ui};

/// Settings › Email, as typed.
#[derive(Clone, Debug)]
pub struct MailForm {
    /// SMTP host.
    pub host: String,
    /// Port, as typed.
    pub port: String,
    /// Security.
    pub security: Security,
    /// Login.
    pub user: String,
    /// From.
    pub from: String,
    /// Reply-To.
    pub reply_to: String,
    /// Bcc to self.
    pub bcc_self: bool,
}

impl Default for MailForm {
    fn default() -> MailForm {
        MailForm {
            host: String::new(),
            port: "465".into(),
            security: Security::Tls,
            user: String::new(),
            from: String::new(),
            reply_to: String::new(),
            bcc_self: false,
        }
    }
}

impl MailForm {
    /// The form of stored settings.
    pub fn of(s: &MailSettings) -> MailForm {
        MailForm {
            host: s.host.clone(),
            port: s.port.to_string(),
            security: s.security,
            user: s.user.clone().unwrap_or_default(),
            from: s.from.clone(),
            reply_to: s.reply_to.clone().unwrap_or_default(),
            bcc_self: s.bcc_self,
        }
    }

    /// The settings typed, or the field at fault and why.
    pub fn parse(&self) -> Result<MailSettings, (&'static str, String)> {
        let port = self
            .port
            .trim()
            .parse::<u16>()
            .map_err(|_| ("port", t!("mail-port-invalid", port = self.port.trim())))?;
        let opt = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Ok(MailSettings {
            host: self.host.trim().to_string(),
            port,
            security: self.security,
            user: opt(&self.user),
            from: self.from.trim().to_string(),
            reply_to: opt(&self.reply_to),
            bcc_self: self.bcc_self,
        })
    }
}

/// Settings › Email's state (no Debug: it may hold the password typed).
#[derive(Clone, Default)]
pub struct MailState {
    /// The form.
    pub form: MailForm,
    /// The password typed (cleared once stored).
    pub password: String,
    /// Where the test email goes.
    pub test_to: String,
    /// The last error, with its field.
    pub error: Option<(String, String)>,
    /// Where the password comes from, in words.
    pub password_status: String,
    /// A test email is on its way.
    pub testing: bool,
    /// Emails are being sent.
    pub delivering: bool,
    /// Email settings exist.
    pub configured: bool,
    /// The password typed when there is no keyring: kept in memory for this session only.
    pub session: Option<String>,
    /// Send all emails the letters (when email is set up).
    pub send_all_email: bool,
    /// Send all emails too the letters that list enclosures, without them.
    pub send_all_without_enclosures: bool,
    /// The email text editor.
    pub editor: EmailEditor,
}

/// The email text being edited: one language and letter kind.
#[derive(Clone, Debug)]
pub struct EmailEditor {
    /// Language.
    pub lang: Language,
    /// Letter kind.
    pub kind: EmailKind,
    /// The text (empty until loaded).
    pub text: String,
    /// The user's copy is in use.
    pub user_copy: bool,
    /// The text was loaded from the template files.
    pub loaded: bool,
}

impl Default for EmailEditor {
    fn default() -> EmailEditor {
        EmailEditor {
            lang: Language::En,
            kind: EmailKind::Stage(Stage::Reminder),
            text: String::new(),
            user_copy: false,
            loaded: false,
        }
    }
}

fn kind_name(k: EmailKind) -> String {
    match k {
        EmailKind::Stage(s) => s.name(),
        EmailKind::Statement => t!("mail-kind-statement"),
        EmailKind::Interest => t!("mail-kind-interest"),
    }
}

/// The email text editor: language and kind, the text checked as it is typed, and the
/// text as a client would read it (sample facts).
fn email_editor_ui(ui: &mut Ui, ed: &mut EmailEditor, cmds: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let (mut lang, mut kind) = (ed.lang, ed.kind);
        super::settings::template_language_ui(ui, "email text language", &mut lang);
        let l = ui.label(t!("mail-kind"));
        egui::ComboBox::from_id_salt("email text kind")
            .selected_text(kind_name(kind))
            .show_ui(ui, |ui| {
                for k in EmailKind::ALL {
                    ui.selectable_value(&mut kind, k, kind_name(k));
                }
            })
            .response
            .labelled_by(l.id);
        if lang != ed.lang || kind != ed.kind || !ed.loaded {
            cmds.push(Command::EditEmailTemplate { lang, kind });
        }
        super::settings::copy_origin_ui(ui, ed.user_copy);
    });
    let checked = crate::actions::email_template_preview(ed.lang, ed.kind, &ed.text);
    ui.columns(2, |cols| {
        let l = cols[0].label(t!("mail-text"));
        cols[0]
            .add(
                egui::TextEdit::multiline(&mut ed.text)
                    .code_editor()
                    .desired_rows(12)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        match &checked {
            Ok(text) => {
                cols[1].label(RichText::new(t!("mail-text-preview")).weak());
                cols[1].label(text);
            }
            Err(e) => {
                cols[1].colored_label(cols[1].visuals().error_fg_color, e.to_string());
            }
        }
    });
    ui.horizontal(|ui| {
        if ui
            .add_enabled(checked.is_ok(), egui::Button::new(t!("mail-save-text")))
            .clicked()
        {
            cmds.push(Command::SaveEmailTemplate {
                lang: ed.lang,
                kind: ed.kind,
                text: ed.text.clone(),
            });
        }
        if ed.user_copy && ui.button(t!("settings-reset-template")).clicked() {
            cmds.push(Command::ResetEmailTemplate {
                lang: ed.lang,
                kind: ed.kind,
            });
        }
    });
}

/// Settings › Email.
pub fn email_settings_ui(ui: &mut Ui, s: &mut MailState, cmds: &mut Vec<Command>) {
    ui.label(RichText::new(t!("mail-intro")).weak());
    let err = s.error.clone();
    let error_row = |ui: &mut Ui, field: &str| {
        if let Some((f, e)) = &err
            && f == field
        {
            ui.label("");
            ui.colored_label(ui.visuals().error_fg_color, e);
            ui.end_row();
        }
    };
    egui::Grid::new("email settings")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let f = &mut s.form;
            for (label, field, value, hint) in [
                (t!("mail-host"), "host", &mut f.host, "smtp.example.org"),
                (t!("mail-port"), "port", &mut f.port, "465"),
                (t!("mail-user"), "user", &mut f.user, "you@example.org"),
                (t!("mail-from"), "from", &mut f.from, "you@example.org"),
                (t!("mail-reply-to"), "reply_to", &mut f.reply_to, ""),
            ] {
                let l = ui.label(label);
                ui.add(
                    egui::TextEdit::singleline(value)
                        .hint_text(hint)
                        .desired_width(260.0),
                )
                .labelled_by(l.id);
                ui.end_row();
                error_row(ui, field);
            }
            let l = ui.label(t!("mail-security"));
            egui::ComboBox::from_id_salt("mail security")
                .selected_text(security_name(f.security))
                .show_ui(ui, |ui| {
                    for sec in [Security::Tls, Security::Starttls, Security::None] {
                        ui.selectable_value(&mut f.security, sec, security_name(sec));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            error_row(ui, "security");
            ui.label("");
            ui.checkbox(&mut f.bcc_self, t!("mail-bcc-self"));
            ui.end_row();
        });
    if let Some((field, e)) = &s.error
        && field.is_empty()
    {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    if ui.button(t!("mail-save")).clicked() {
        cmds.push(Command::SaveMail(s.form.clone()));
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let l = ui.label(t!("mail-password"));
        ui.add(
            egui::TextEdit::singleline(&mut s.password)
                .password(true)
                .desired_width(200.0),
        )
        .labelled_by(l.id);
        if ui
            .add_enabled(
                !s.password.is_empty(),
                egui::Button::new(t!("mail-store-password")),
            )
            .on_hover_text(t!("mail-store-password-hint"))
            .clicked()
        {
            cmds.push(Command::StoreMailPassword(std::mem::take(&mut s.password)));
        }
    });
    if !s.password_status.is_empty() {
        ui.label(RichText::new(&s.password_status).weak());
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let l = ui.label(t!("mail-test-to"));
        ui.add(egui::TextEdit::singleline(&mut s.test_to).desired_width(200.0))
            .labelled_by(l.id);
        if ui
            .add_enabled(
                !s.testing && !s.test_to.trim().is_empty(),
                egui::Button::new(t!("mail-send-test")),
            )
            .clicked()
        {
            cmds.push(Command::TestMail(s.test_to.trim().to_string()));
        }
        if s.testing {
            ui.spinner();
        }
    });
    ui.label(RichText::new(t!("mail-pec-hint")).weak());
    ui.add_space(6.0);
    egui::CollapsingHeader::new(t!("mail-texts-heading"))
        .id_salt("email texts")
        .default_open(false)
        .show(ui, |ui| email_editor_ui(ui, &mut s.editor, cmds));
}

fn security_name(s: Security) -> String {
    match s {
        Security::Tls => t!("mail-security-tls"),
        Security::Starttls => t!("mail-security-starttls"),
        Security::None => t!("mail-security-none"),
    }
}

/// Today's deliveries that did not go out, each with Retry.
pub fn outbox_ui(ui: &mut Ui, list: &[Delivery], busy: bool, cmds: &mut Vec<Command>) {
    if list.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.heading(t!("mail-outbox-heading", count = list.len()));
        let retryable = list
            .iter()
            .any(|d| matches!(d.state, DeliveryState::Failed | DeliveryState::Queued));
        if retryable
            && ui
                .add_enabled(!busy, egui::Button::new(t!("mail-retry-all")))
                .clicked()
        {
            cmds.push(Command::RetryDeliveries(None));
        }
    });
    for d in list {
        ui.horizontal_wrapped(|ui| {
            let (text, colour) = match d.state {
                DeliveryState::Failed => (t!("mail-state-failed"), ui.visuals().error_fg_color),
                DeliveryState::Unknown => (t!("mail-state-unknown"), ui.visuals().warn_fg_color),
                _ => (t!("mail-state-queued"), ui.visuals().weak_text_color()),
            };
            ui.colored_label(colour, text);
            ui.label(format!(
                "{} <{}> · {} · {}{}",
                d.client,
                d.recipient,
                d.invoices.join(", "),
                widgets::day(d.day),
                files_text(d)
            ));
            if matches!(d.state, DeliveryState::Failed | DeliveryState::Queued)
                && ui
                    .add_enabled(!busy, egui::Button::new(t!("mail-retry")))
                    .clicked()
            {
                cmds.push(Command::RetryDeliveries(Some(d.id)));
            }
            // Interrupted: the user looks in their Sent folder and says what they found.
            if d.state == DeliveryState::Unknown {
                for (went, label, hint) in [
                    (true, t!("mail-it-went"), t!("mail-it-went-hint")),
                    (false, t!("mail-send-again"), t!("mail-send-again-hint")),
                ] {
                    if ui
                        .add_enabled(!busy, egui::Button::new(label))
                        .on_hover_text(hint)
                        .clicked()
                    {
                        cmds.push(Command::ResolveDelivery { id: d.id, went });
                    }
                }
            }
        });
        if let Some(r) = &d.reply {
            ui.label(RichText::new(r).weak().small());
        }
    }
}

/// " · with A-1.pdf, contract.pdf" for a delivery that carried files; else nothing.
fn files_text(d: &Delivery) -> String {
    match d.files.as_slice() {
        [] => String::new(),
        files => format!(" · {}", t!("mail-dlv-files", files = files.join(", "))),
    }
}

/// How one delivery went, in a few words, coloured by its state: "emailed to a@b.it",
/// "email failed", "printed"; the server's reply on hover.
pub fn delivery_label(ui: &mut Ui, d: &Delivery) {
    use crate::domain::delivery::Channel;
    let to = d.recipient.as_str();
    let (text, colour) = match (d.channel, d.state) {
        (Channel::Email, DeliveryState::Sent) => (t!("mail-dlv-emailed", to = to), None),
        (Channel::Email, DeliveryState::Failed) => (
            t!("mail-dlv-email-failed"),
            Some(ui.visuals().error_fg_color),
        ),
        (Channel::Email, DeliveryState::Unknown) => {
            (t!("mail-state-unknown"), Some(ui.visuals().warn_fg_color))
        }
        (Channel::Email, _) => (t!("mail-dlv-email-waiting"), None),
        (Channel::Draft, _) => (t!("mail-dlv-draft", to = to), None),
        (Channel::Print, DeliveryState::Sent) => (t!("mail-dlv-printed"), None),
        (Channel::Print, _) => (t!("mail-dlv-to-print"), None),
    };
    let text = text + &files_text(d);
    let label = match colour {
        Some(c) => ui.colored_label(c, text),
        None => ui.label(text),
    };
    if let Some(r) = &d.reply {
        label.on_hover_text(r);
    }
}
