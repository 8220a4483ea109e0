//! The window's delivery actions: sending a letter the way the user chose (email, the
//! mail app, or paper), Settings › Email, the test email and Retry. They go through the
//! same actions as the CLI; the email itself is sent on the worker thread.

use crate::actions::{self, DeliveryResult};
use crate::domain::delivery::{Channel, DeliveryState};
use crate::domain::ladder::Stage;
use crate::t;

use super::app::App;
use super::attach::SendExtras;
use super::mail::{LetterOf, MailForm, SendChoice, SendHow, Via};
use super::worker::Job;
use crate::domain::delivery::Enclosure;

impl App {
    /// How a Send of `of` would go: email when the client has an address and email is
    /// set up (with the email's text, composed exactly as it would go), else on paper.
    pub(super) fn send_choice(&mut self, of: LetterOf) -> SendChoice {
        let preview = self.preview_of(&of, Vec::new());
        let configured = actions::mail_settings(&mut self.ledger)
            .ok()
            .flatten()
            .is_some();
        SendChoice::from_preview(of, preview, configured)
    }

    /// What the letter lists as enclosed, and its email's text with `files`.
    fn preview_of(
        &mut self,
        of: &LetterOf,
        files: Vec<Enclosure>,
    ) -> Result<actions::SendPreview, String> {
        let today = self.today;
        match of {
            LetterOf::Stage { invoice, stage } => self.with_assets(|ledger, a| {
                actions::email_preview(ledger, (invoice, *stage), files, today, a)
            }),
            LetterOf::Statement(client) => {
                actions::statement_email_preview(&mut self.ledger, client, files, today)
            }
            LetterOf::Interest(invoice) => {
                actions::interest_email_preview(&mut self.ledger, invoice, files, today)
            }
        }
        .map_err(|e| e.to_string())
    }

    /// Composes the email's text again once the files chosen changed: it names them.
    /// Called each frame the dialog shows: compares without copying the paths.
    pub(super) fn refresh_choice(&mut self, c: &mut SendChoice) {
        if c.files.files.iter().map(|f| &f.path).eq(c.shown.iter()) {
            return;
        }
        let now = c.files.extras().files;
        if let Ok(files) = actions::read_enclosures(&now)
            && let Ok(p) = self.preview_of(&c.of, files)
        {
            c.preview = p.email;
            c.enclosures = p.enclosures;
        }
        c.shown = now;
    }

    /// Records the letter covering `invoice` and delivers it as chosen (`how`; on paper
    /// when none was asked): an email or a draft goes with the files chosen.
    pub(super) fn send_via(
        &mut self,
        ctx: &egui::Context,
        invoice: &str,
        stage: Stage,
        how: Option<&SendHow>,
    ) {
        let via = how.map_or(Via::Print, |h| h.via);
        let none = SendExtras::default();
        let chosen = how.map_or(&none, |h| &h.extras);
        let extras = match via {
            Via::Draft => match self.files_of(chosen) {
                Some(x) => x,
                None => return,
            },
            Via::Email => match self.email_first(chosen) {
                Some(x) => x,
                None => return,
            },
            Via::Print => actions::EmailExtras::default(),
        };
        match via {
            Via::Draft => self.send_as_draft(invoice, &extras),
            Via::Email => {
                if let Some((_, Some(id))) =
                    self.record_and_queue(invoice, stage, Channel::Email, &extras)
                {
                    self.deliver_now(ctx, id);
                }
            }
            Via::Print => {
                // Saved to print: the print delivery queued with it is then done.
                if let Some((letter, _)) =
                    self.record_and_queue(invoice, stage, Channel::Print, &extras)
                {
                    self.save_letter(letter);
                }
            }
        }
    }

    /// The files chosen, read again now and checked as the CLI's --attach reads them;
    /// `None` (said in a toast) when one cannot be.
    fn files_of(&mut self, extras: &SendExtras) -> Option<actions::EmailExtras> {
        match actions::read_enclosures(&extras.files) {
            Ok(files) => Some(actions::EmailExtras {
                files,
                without_enclosures: extras.without_enclosures,
            }),
            Err(e) => {
                self.toast(t!("sending-not-sent", error = e.to_string()), true);
                None
            }
        }
    }

    /// Before a letter is recorded to go by email: the settings and the password, then
    /// the files. `None` (said in a toast): nothing may be recorded.
    pub(super) fn email_first(&mut self, extras: &SendExtras) -> Option<actions::EmailExtras> {
        let password = self.settings.mail.session.clone();
        if let Err(e) = actions::mail_setup(&mut self.ledger, password) {
            self.toast(t!("sending-not-sent", error = e.to_string()), true);
            return None;
        }
        self.files_of(extras)
    }

    /// Sends a delivery just queued, on the worker thread.
    pub(super) fn deliver_now(&mut self, ctx: &egui::Context, id: i64) {
        self.settings.mail.delivering = true;
        self.sending_all = true;
        let password = self.settings.mail.session.clone();
        self.worker.start(
            ctx,
            Job::Deliver {
                ids: vec![id],
                password,
            },
        );
    }

    /// Records the letter with its delivery queued: the letter's id and the delivery's
    /// (`None`: nothing recorded).
    fn record_and_queue(
        &mut self,
        invoice: &str,
        stage: Stage,
        channel: Channel,
        extras: &actions::EmailExtras,
    ) -> Option<(i64, Option<i64>)> {
        let today = self.today;
        let result = self.with_assets(|ledger, a| {
            actions::send_with(
                ledger,
                invoice,
                (Some(stage), false, false),
                (Some(channel), extras),
                today,
                a,
            )
        });
        match result {
            Ok((sent, delivery)) => {
                self.after_send(invoice, &sent);
                Some((sent.letter_id, delivery))
            }
            Err(e) => {
                self.toast(t!("sending-not-sent", error = e.to_string()), true);
                None
            }
        }
    }

    /// Saves a stored letter where the user picks, byte for byte; a letter waiting to be
    /// printed is then marked printed, with where it was saved.
    pub(super) fn save_letter(&mut self, letter: i64) {
        let (name, pdf) = match actions::letter_pdf(&mut self.ledger, letter) {
            Ok(found) => found,
            Err(e) => return self.toast(e.to_string(), true),
        };
        let Some(path) = rfd::FileDialog::new()
            .set_file_name(&name)
            .add_filter("PDF", &["pdf"])
            .save_file()
        else {
            self.toast(t!("mail-print-later"), false);
            return;
        };
        if let Err(e) = actions::write_file(&path, &pdf) {
            return self.toast(e.to_string(), true);
        }
        let note = t!("mail-print-saved", path = path.display().to_string());
        match actions::mark_letter_printed(&mut self.ledger, letter, &note) {
            Ok(()) => {
                self.toast(
                    t!("sending-saved", path = path.display().to_string()),
                    false,
                );
                self.refresh_client();
            }
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    /// Writes the letter's email as a draft and opens it in the mail app.
    fn send_as_draft(&mut self, invoice: &str, extras: &actions::EmailExtras) {
        let Some(dir) = actions::data_dir(&self.ledger) else {
            self.toast(t!("handlers-no-letters-folder"), true);
            return;
        };
        let dir = dir.join("drafts");
        let path = dir.join(crate::mail::ascii_file_name(&format!(
            "{invoice}_{}.eml",
            self.today
        )));
        let today = self.today;
        let made = std::fs::create_dir_all(&dir)
            .map_err(|e| actions::ActionError::Refused(format!("{}: {e}", dir.display())))
            .and_then(|()| {
                self.with_assets(|ledger, a| {
                    actions::draft(ledger, invoice, &path, extras, today, a)
                })
            });
        match made {
            Ok(d) => {
                if let Some(sent) = &d.sent {
                    self.after_send(invoice, sent);
                }
                self.open_file(&path, &t!("mail-draft-opened", to = d.to.as_str()));
                self.changed(invoice);
            }
            Err(e) => self.toast(t!("sending-not-sent", error = e.to_string()), true),
        }
    }

    /// What Send all did: the letters recorded, skipped and failed, and each email's
    /// outcome when it emailed them.
    pub(super) fn sent_all(
        &mut self,
        r: Result<(actions::RunSummary, Vec<DeliveryResult>), String>,
    ) {
        self.sending_all = false;
        match r {
            Ok((s, emails)) => {
                if !emails.is_empty() {
                    self.delivered(Ok(emails));
                }
                let mut text = t!("handlers-sent-stored", count = s.recorded);
                if s.skipped > 0 {
                    text += "; ";
                    text += &t!("handlers-sent-skipped", count = s.skipped);
                }
                if s.held > 0 {
                    text += "; ";
                    text += &t!("handlers-sent-held", count = s.held);
                }
                if !s.failed.is_empty() {
                    text += "; ";
                    text += &t!(
                        "handlers-sent-failed",
                        count = s.failed.len(),
                        errors = s.failed.join("; ")
                    );
                }
                self.toast(text, !s.failed.is_empty());
            }
            Err(e) => self.toast(t!("handlers-sending-failed", error = e), true),
        }
        self.reload();
    }

    /// What the worker said of emails sent.
    pub(super) fn delivered(&mut self, results: Result<Vec<DeliveryResult>, String>) {
        self.settings.mail.delivering = false;
        self.sending_all = false;
        match results {
            Ok(list) => {
                let failed: Vec<&DeliveryResult> = list
                    .iter()
                    .filter(|r| r.state != DeliveryState::Sent)
                    .collect();
                // A batch: one line for all, then each failure with its reason.
                if list.len() > 3 {
                    let sent: usize = list.len() - failed.len();
                    self.toast(
                        t!("mail-batch-result", sent = sent, failed = failed.len()),
                        !failed.is_empty(),
                    );
                }
                let shown: Vec<DeliveryResult> = if list.len() > 3 {
                    failed.into_iter().cloned().collect()
                } else {
                    list
                };
                for r in shown {
                    match r.state {
                        DeliveryState::Sent => self.toast(
                            t!(
                                "mail-sent",
                                client = r.client.as_str(),
                                to = r.recipient.as_str()
                            ),
                            false,
                        ),
                        _ => self.toast(
                            t!(
                                "mail-failed",
                                client = r.client.as_str(),
                                reason = r.reply.as_str()
                            ),
                            true,
                        ),
                    }
                }
            }
            Err(e) => self.toast(t!("mail-not-sent", error = e), true),
        }
        self.reload();
    }

    /// Checks and saves Settings › Email.
    pub(super) fn save_mail(&mut self, form: MailForm) {
        let settings = match form.parse() {
            Ok(s) => s,
            Err((field, e)) => {
                self.settings.mail.error = Some((field.to_string(), e));
                return;
            }
        };
        match actions::set_mail_settings(&mut self.ledger, &settings) {
            Ok(()) => {
                self.settings.mail.error = None;
                self.toast(t!("mail-saved"), false);
                self.load_mail_settings();
            }
            Err(actions::ActionError::Field { field, reason }) => {
                let field = field.trim_start_matches("--").replace('-', "_");
                self.settings.mail.error = Some((field, reason));
            }
            Err(e) => self.settings.mail.error = Some((String::new(), e.to_string())),
        }
    }

    /// Stores the password in the keyring; with none, keeps it for this session only.
    pub(super) fn store_mail_password(&mut self, password: String) {
        match actions::store_mail_password(&mut self.ledger, &password) {
            Ok(()) => {
                self.settings.mail.session = None;
                self.toast(t!("mail-password-stored"), false);
            }
            Err(actions::ActionError::Refused(why)) if why.contains("keyring") => {
                self.settings.mail.session = Some(password);
                self.toast(t!("mail-password-session", reason = why), true);
            }
            Err(e) => self.toast(e.to_string(), true),
        }
        self.load_mail_settings();
    }

    /// Sends the test email on the worker thread.
    pub(super) fn test_mail(&mut self, ctx: &egui::Context, to: String) {
        self.settings.mail.testing = true;
        let password = self.settings.mail.session.clone();
        self.worker.start(ctx, Job::TestMail { to, password });
    }

    /// What the test email did.
    pub(super) fn tested(&mut self, r: Result<String, String>) {
        self.settings.mail.testing = false;
        match r {
            Ok(reply) => self.toast(t!("mail-test-sent", reply = reply), false),
            Err(e) => self.toast(t!("mail-test-failed", error = e), true),
        }
    }

    /// Sends failed (and queued) email deliveries again: one, or all.
    pub(super) fn retry_deliveries(&mut self, ctx: &egui::Context, id: Option<i64>) {
        match actions::retry_ids(&mut self.ledger, id, false) {
            Ok(ids) if ids.is_empty() => self.toast(t!("mail-nothing-to-retry"), false),
            Ok(ids) => {
                self.settings.mail.delivering = true;
                self.sending_all = true;
                let password = self.settings.mail.session.clone();
                self.worker.start(ctx, Job::Deliver { ids, password });
            }
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    /// Settles an interrupted delivery: marks it sent, or sends it again.
    pub(super) fn resolve_delivery(&mut self, ctx: &egui::Context, id: i64, went: bool) {
        match actions::resolve_unknown(&mut self.ledger, id, went) {
            Ok(()) if went => self.reload(),
            Ok(()) => self.retry_deliveries(ctx, Some(id)),
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    /// Fills Settings › Email from the ledger, with where the password comes from.
    pub(super) fn load_mail_settings(&mut self) {
        let m = &mut self.settings.mail;
        match actions::mail_settings(&mut self.ledger) {
            Ok(Some(s)) => {
                m.form = MailForm::of(&s);
                m.configured = true;
                m.password_status = match (&m.session, actions::mail_setup(&mut self.ledger, None))
                {
                    (Some(_), _) => t!("mail-password-in-session"),
                    (None, Ok(setup)) => match setup.source {
                        crate::mail::PasswordSource::Environment => t!("mail-password-env"),
                        crate::mail::PasswordSource::NotNeeded => t!("mail-password-not-needed"),
                        _ => t!("mail-password-in-keyring"),
                    },
                    (None, Err(e)) => e.to_string(),
                };
            }
            Ok(None) => {
                m.configured = false;
                m.password_status = String::new();
            }
            Err(e) => m.error = Some((String::new(), e.to_string())),
        }
    }

    /// Loads an email text into the editor.
    pub(super) fn load_email_template(
        &mut self,
        lang: crate::domain::party::Language,
        kind: crate::letters::email::EmailKind,
    ) {
        match actions::email_template_source(&self.ledger, lang, kind) {
            Ok(src) => {
                self.settings.mail.editor = super::mail::EmailEditor {
                    lang,
                    kind,
                    text: src.text,
                    user_copy: src.user_file.is_some(),
                    loaded: true,
                };
            }
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    /// Checks and saves an email text as the user's copy.
    pub(super) fn save_email_template(
        &mut self,
        lang: crate::domain::party::Language,
        kind: crate::letters::email::EmailKind,
        text: &str,
    ) {
        match actions::save_email_template(&self.ledger, lang, kind, text, "the editor") {
            Ok(path) => {
                self.toast(
                    t!("mail-text-saved", path = path.display().to_string()),
                    false,
                );
                self.settings.mail.editor.user_copy = true;
            }
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    /// Removes the user's copy of an email text.
    pub(super) fn reset_email_template(
        &mut self,
        lang: crate::domain::party::Language,
        kind: crate::letters::email::EmailKind,
    ) {
        match actions::reset_email_template(&self.ledger, lang, kind) {
            Ok(_) => self.load_email_template(lang, kind),
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    /// Opens a file with the system's handler, saying `done` or why not.
    fn open_file(&mut self, path: &std::path::Path, done: &str) {
        match actions::open_with_system(path) {
            Ok(()) => self.toast(done.to_string(), false),
            Err((_, e)) => self.toast(
                t!(
                    "mail-draft-written",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
                false,
            ),
        }
    }
}
