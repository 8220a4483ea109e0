//! Applies the frame's commands through the actions the CLI uses, and takes in what the
//! worker finished. Each error is shown once: beside its form field when a form sent
//! the command, else as a toast.

use std::sync::Arc;

use crate::actions::{self, ActionError, LetterAssets};
use crate::domain::ladder::Stage;
use crate::t;

use super::app::{App, DetailState, TemplateEditor};
use super::command::{Command, Start, View};
use super::forms::{Errors, PaymentForm, PolicyForm, ProfileForm};
use super::worker::{Job, Outcome};

pub(super) fn non_blank(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

/// Puts a field error beside its field, and any other error under `general` (the line
/// under the whole form).
pub(super) fn show_on_form(e: ActionError, errors: &mut Errors, general: &str) {
    if let Some(text) = to_form(e, errors) {
        errors.insert(general.to_string(), text);
    }
}

/// Puts a field error beside its field; any other error is returned as text.
pub(super) fn to_form(e: ActionError, errors: &mut Errors) -> Option<String> {
    match e {
        ActionError::Field { field, reason } => {
            errors.insert(field.to_string(), reason);
            None
        }
        other => Some(other.to_string()),
    }
}

impl App {
    /// Runs `f` with the ledger and the letter assets, loading the assets (templates and
    /// rate tables beside the ledger) on first use and after a template change.
    pub(super) fn with_assets<T>(
        &mut self,
        f: impl FnOnce(&mut crate::ledger::Ledger, &LetterAssets) -> Result<T, ActionError>,
    ) -> Result<T, ActionError> {
        let assets = match &mut self.assets {
            Some(a) => a,
            empty => empty.insert(LetterAssets::for_ledger(&self.ledger)?),
        };
        f(&mut self.ledger, assets)
    }

    /// Takes in the worker's finished jobs.
    pub(super) fn collect_outcomes(&mut self) {
        for outcome in self.worker.finished() {
            match outcome {
                Outcome::Overview(Ok(o)) => {
                    // The forms read slash dates the profile's way (a --date-format stays).
                    actions::set_date_order(
                        actions::date_order().0,
                        o.profile.as_ref().map(|p| p.country.slash_order()),
                    );
                    self.overview = Some(Arc::new(*o));
                    self.overview_error = None;
                    self.table.mark_stale();
                    self.fill_settings_once();
                }
                Outcome::Overview(Err(e)) => self.overview_error = Some(e),
                Outcome::Delivered(r) => self.delivered(r),
                Outcome::TestMail(r) => self.tested(r),
                Outcome::SendAll(r) => self.sent_all(r),
                Outcome::Import(r) => {
                    self.first_run.starting = false;
                    match r {
                        Ok(rep) => {
                            self.first_run.choosing = false;
                            let converted = rep
                                .encoding
                                .as_deref()
                                .map(|e| {
                                    format!(" {}", t!("handlers-import-converted", encoding = e))
                                })
                                .unwrap_or_default();
                            let created = if rep.new_clients.is_empty() {
                                String::new()
                            } else {
                                format!(
                                    " {}",
                                    t!(
                                        "handlers-import-new-clients",
                                        names = rep.new_clients.join("; ")
                                    )
                                )
                            };
                            self.toast(
                                format!(
                                    "{}{created}{converted}",
                                    t!(
                                        "handlers-imported",
                                        invoices = rep.invoices,
                                        clients = rep.clients_created,
                                        payments = rep.payments
                                    )
                                ),
                                false,
                            );
                        }
                        // Names that are known clients written differently: ask.
                        Err(e) if e.contains("--match-clients") => {
                            if let Some(path) = self.importing.clone() {
                                self.match_prompt = Some((path, e));
                            }
                        }
                        Err(e) => self.toast(t!("handlers-nothing-imported", error = e), true),
                    }
                    self.importing = None;
                    self.reload();
                }
                Outcome::Demo(r) => {
                    self.first_run.starting = false;
                    match r {
                        Ok((path, n)) => self.switch_ledger(&path, Some(n)),
                        Err(e) => self.toast(t!("handlers-demo-failed", error = e), true),
                    }
                }
            }
        }
    }

    pub(super) fn reload(&mut self) {
        self.reload_wanted = true;
    }

    fn fill_settings_once(&mut self) {
        if self.settings.loaded {
            return;
        }
        let Some(o) = self.overview.clone() else {
            return;
        };
        if let Some(p) = &o.profile {
            self.settings.profile = ProfileForm::of(p);
            self.settings.policy = PolicyForm::of(&o.policy, p.currency);
            self.settings.has_logo = actions::has_logo(&mut self.ledger).unwrap_or(false);
            self.settings.loaded = true;
            self.load_mail_settings();
            self.load_template(self.settings.editor.lang, self.settings.editor.stage);
            let today = self.today;
            if let Ok(rates) = self.with_assets(|_, a| Ok(actions::rates(a, today))) {
                self.settings.rates = Some(rates);
            }
        }
    }

    fn load_template(&mut self, lang: crate::domain::party::Language, stage: Stage) {
        match actions::template_source(&self.ledger, lang, stage) {
            Ok(src) => {
                self.settings.editor = TemplateEditor {
                    lang,
                    stage,
                    text: src.text,
                    checked: None,
                    user_copy: src.user_file.is_some(),
                    save_error: None,
                };
            }
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    pub(super) fn load_detail(&mut self, number: &str) -> Result<(), ActionError> {
        let detail = actions::invoice_detail(&mut self.ledger, number, self.today)?;
        let today = self.today;
        let claim = self
            .with_assets(|ledger, a| actions::claim(ledger, number, today, a))
            .map(|(view, _)| view)
            .map_err(|e| e.to_string());
        let letters = actions::stored_letters(&mut self.ledger, number)?
            .into_iter()
            .map(|l| (l.stage, l.sent, l.pdf.map(Arc::new)))
            .collect();
        let payment = PaymentForm::new(today);
        self.detail = Some(DetailState {
            detail,
            claim,
            letters,
            payment,
            note: String::new(),
            until: super::widgets::form_day(crate::domain::ladder::add_days(today, 14)),
            errors: Errors::new(),
        });
        Ok(())
    }

    /// After a change to one invoice: reload it if it is open, and the overview.
    pub(super) fn changed(&mut self, number: &str) {
        if self
            .detail
            .as_ref()
            .is_some_and(|d| d.detail.row.number == number)
            && let Err(e) = self.load_detail(number)
        {
            self.toast(e.to_string(), true);
        }
        self.refresh_client();
        self.reload();
    }

    /// Reads the client shown on the Clients page again (its invoices and letters).
    pub(super) fn refresh_client(&mut self) {
        if let Some(id) = self.clients.selected.as_ref().map(|d| d.client.id) {
            self.select_client(id);
        }
    }

    /// Applies the commands of the frame, in order.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        for cmd in std::mem::take(&mut self.commands) {
            if let Some(why) = self.read_only_reason()
                && writes(&cmd)
            {
                self.toast(why, true);
                continue;
            }
            // Nothing irreversible in one click: ask first, and run only the yes.
            if let Some(pending) = self.needs_confirmation(&cmd) {
                self.confirm = Some(pending);
                continue;
            }
            self.run_command(ctx, cmd);
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, cmd: Command) {
        match cmd {
            Command::Show(view) => {
                if view == View::Settings {
                    self.fill_settings_once();
                }
                self.view = view;
            }
            Command::Reload => self.reload(),
            Command::Statement(client) => self.open_statement(&client),
            Command::SendStatement { client, how } => {
                self.send_statement(ctx, &client, how.as_ref())
            }
            Command::PreviewInterestLetter(n) => self.open_interest_letter(&n),
            Command::SendInterestLetter { invoice, how } => {
                self.send_interest_letter(ctx, &invoice, how.as_ref())
            }
            Command::SaveLetter(id) => self.save_letter(id),
            Command::SetLanguage(lang) => {
                // A preference, not a record: a read-only window changes it for the session.
                if self.read_only_reason().is_none()
                    && let Err(e) = actions::set_ui_language(&mut self.ledger, lang)
                {
                    self.toast(e.to_string(), true);
                }
                self.set_language(lang);
            }
            Command::ToggleTheme => {
                let dark = !ctx.global_style().visuals.dark_mode;
                ctx.set_theme(if dark {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
            Command::SaveProfile(form) => self.save_profile(form),
            Command::Start(start) => self.start(ctx, start),
            Command::OpenInvoice(number) => match self.load_detail(&number) {
                Ok(()) => self.view = View::Detail,
                Err(e) => self.toast(e.to_string(), true),
            },
            Command::Preview { invoice, stage } => self.open_preview(&invoice, stage),
            Command::Send {
                invoice,
                stage,
                how,
            } => self.send_via(ctx, &invoice, stage, how.as_ref()),
            Command::SaveMail(form) => self.save_mail(form),
            Command::StoreMailPassword(p) => self.store_mail_password(p),
            Command::TestMail(to) => self.test_mail(ctx, to),
            Command::RetryDeliveries(id) => self.retry_deliveries(ctx, id),
            Command::ResolveDelivery { id, went } => self.resolve_delivery(ctx, id, went),
            Command::EditEmailTemplate { lang, kind } => self.load_email_template(lang, kind),
            Command::SaveEmailTemplate { lang, kind, text } => {
                self.save_email_template(lang, kind, &text)
            }
            Command::ResetEmailTemplate { lang, kind } => self.reset_email_template(lang, kind),
            Command::Confirmed(inner) => self.run_command(ctx, *inner),
            Command::OpenHome => {
                if let Some(home) = self.home.clone() {
                    self.switch_ledger(&home, None);
                }
            }
            Command::EditInvoice => {
                self.invoice_edit = self
                    .detail
                    .as_ref()
                    .map(|d| super::invoice_edit::InvoiceEdit::of(&d.detail));
            }
            Command::SaveInvoiceEdit(e) => self.save_invoice_edit(e),
            Command::ClaimDecision { invoice, waive } => {
                match actions::claim_decision(&mut self.ledger, &invoice, waive, None, self.today) {
                    Ok(what) => {
                        self.toast(format!("{invoice}: {what}."), false);
                        self.changed(&invoice);
                    }
                    Err(e) => self.toast(e.to_string(), true),
                }
            }
            Command::AskReason(target) => {
                self.reason = Some(super::confirm::ReasonDialog {
                    target,
                    text: String::new(),
                });
            }
            Command::Correct { target, reason } => self.correct(&target, &reason),
            Command::SendAll => {
                let Some(dir) = actions::data_dir(&self.ledger) else {
                    self.toast(t!("handlers-no-letters-folder"), true);
                    return;
                };
                let out = dir.join("letters").join(self.today.to_string());
                self.sending_all = true;
                let m = &self.settings.mail;
                let email = m.configured && m.send_all_email;
                let without_enclosures = m.send_all_without_enclosures;
                self.worker.start(
                    ctx,
                    Job::SendAll {
                        out,
                        email,
                        without_enclosures,
                        password: m.session.clone(),
                    },
                );
                // The word to send without enclosures is asked again each time.
                self.settings.mail.send_all_without_enclosures = false;
            }
            Command::SavePdfAs { file_name, pdf } => self.save_pdf_as(&file_name, &pdf),
            Command::OpenPdf { file_name, pdf } => self.open_pdf(&file_name, &pdf),
            Command::AddPayment { invoice, form } => self.add_payment(&invoice, form),
            Command::Case {
                invoice,
                action,
                text,
            } => self.case_action(&invoice, action, &text),
            Command::AddClient(form) => self.save_client(None, form),
            Command::UpdateClient { id, form } => self.save_client(Some(id), form),
            Command::SelectClient(id) => self.select_client(id),
            Command::NewInvoice(client) => {
                self.new_invoice = Some(super::forms::InvoiceForm::new(
                    self.today,
                    client.as_deref(),
                ));
            }
            Command::AddInvoice(mut form) => {
                form.errors.clear();
                match actions::add_invoice(&mut self.ledger, &form.input()) {
                    Ok(_) => {
                        self.toast(
                            t!("handlers-invoice-added", number = form.number.trim()),
                            false,
                        );
                        self.new_invoice = None;
                        self.reload();
                    }
                    Err(e) => {
                        show_on_form(e, &mut form.errors, "form");
                        self.new_invoice = Some(form);
                    }
                }
            }
            Command::SavePolicy(mut form) => {
                form.errors.clear();
                let result = match form.patches() {
                    Ok(p) => actions::set_policies(&mut self.ledger, &p).map(|_| ()),
                    Err((field, reason)) => {
                        form.errors.insert(field, reason);
                        Ok(())
                    }
                };
                match result {
                    Ok(()) if form.errors.is_empty() => {
                        self.toast(t!("handlers-policy-saved"), false);
                        self.reload();
                    }
                    Ok(()) => {}
                    Err(e) => show_on_form(e, &mut form.errors, "policy"),
                }
                self.settings.policy = form;
            }
            Command::EditTemplate { lang, stage } => self.load_template(lang, stage),
            Command::SaveTemplate { lang, stage, text } => {
                match actions::save_template(&self.ledger, lang, stage, &text, "the editor") {
                    Ok(path) => {
                        self.assets = None;
                        self.settings.editor.user_copy = true;
                        self.settings.editor.save_error = None;
                        self.toast(
                            t!("handlers-template-saved", path = path.display().to_string()),
                            false,
                        );
                    }
                    Err(e) => self.settings.editor.save_error = Some(e.to_string()),
                }
            }
            Command::SetRate(form) => {
                let r = actions::set_rate(
                    &self.ledger,
                    &form.table,
                    &form.from,
                    &form.rate,
                    &form.source,
                );
                let mut errors = super::forms::Errors::new();
                match r {
                    Ok(e) => {
                        self.assets = None;
                        self.settings.rate_form = super::rates::RateForm {
                            table: form.table,
                            ..Default::default()
                        };
                        let today = self.today;
                        if let Ok(rates) = self.with_assets(|_, a| Ok(actions::rates(a, today))) {
                            self.settings.rates = Some(rates);
                        }
                        self.toast(
                            t!(
                                "handlers-rate-saved",
                                series = e.series.to_string(),
                                date = super::widgets::day(e.from),
                                rate = crate::domain::rates::percent(e.bp)
                            ),
                            false,
                        );
                        self.reload();
                    }
                    Err(ActionError::Field { field, reason }) => {
                        errors.insert(field.to_string(), reason);
                        self.settings.rate_form.errors = errors;
                    }
                    Err(e) => {
                        errors.insert("form".into(), e.to_string());
                        self.settings.rate_form.errors = errors;
                    }
                }
            }
            Command::ResetTemplate { lang, stage } => {
                match actions::reset_template(&self.ledger, lang, stage) {
                    Ok(_) => {
                        self.assets = None;
                        self.load_template(lang, stage);
                        self.toast(t!("handlers-template-reset"), false);
                    }
                    Err(e) => self.toast(e.to_string(), true),
                }
            }
            Command::PickLogo => {
                if let Some(file) = rfd::FileDialog::new()
                    .add_filter(t!("handlers-logo-filter"), &["png", "jpg", "jpeg"])
                    .pick_file()
                {
                    self.set_logo(Some(file));
                }
            }
            Command::RemoveLogo => self.set_logo(None),
            c @ (Command::ListBackups
            | Command::BackupNow
            | Command::Restore(_)
            | Command::ExportJson(_)
            | Command::ImportJson(_)) => self.backup_command(c),
        }
    }

    fn save_profile(&mut self, mut form: ProfileForm) {
        form.errors.clear();
        let first = self.overview.as_ref().is_some_and(|o| o.profile.is_none());
        match actions::set_profile(&mut self.ledger, &form.patch()) {
            Ok(p) => {
                self.toast(
                    t!("handlers-profile-saved", name = p.name.to_string()),
                    false,
                );
                if first {
                    let empty = self.overview.as_ref().is_none_or(|o| o.invoices.is_empty());
                    self.first_run.choosing = empty;
                }
                self.settings.profile = ProfileForm::of(&p);
                self.settings.loaded = false;
                self.assets = None;
                self.reload();
            }
            Err(e) => {
                show_on_form(e, &mut form.errors, "form");
                if first {
                    self.first_run.profile = form;
                } else {
                    self.settings.profile = form;
                }
            }
        }
    }

    fn set_logo(&mut self, file: Option<std::path::PathBuf>) {
        let patch = actions::ProfilePatch {
            logo: Some(file),
            ..Default::default()
        };
        match actions::set_profile(&mut self.ledger, &patch) {
            Ok(_) => {
                self.settings.has_logo = patch.logo.as_ref().is_some_and(Option::is_some);
                self.toast(
                    if self.settings.has_logo {
                        t!("handlers-logo-saved")
                    } else {
                        t!("handlers-logo-removed")
                    },
                    false,
                );
            }
            Err(e) => self.toast(e.to_string(), true),
        }
    }

    fn start(&mut self, ctx: &egui::Context, start: Start) {
        match start {
            Start::Empty => {
                self.first_run.choosing = false;
                self.toast(t!("handlers-ready-empty"), false);
            }
            Start::Demo => {
                // The demo is a ledger of its own beside the user's, never the user's.
                let demo = self
                    .ledger
                    .path()
                    .parent()
                    .unwrap_or_else(|| std::path::Path::new("."))
                    .join("demo.db");
                self.first_run.starting = true;
                self.worker.start(ctx, Job::Demo(demo));
            }
            Start::Import(path) => {
                // No path typed: the native file dialog, here rather than in the view.
                let picked = path.or_else(|| {
                    rfd::FileDialog::new()
                        .add_filter("CSV", &["csv"])
                        .pick_file()
                });
                let Some(path) = picked else {
                    return;
                };
                self.first_run.starting = true;
                self.importing = Some(path.clone());
                self.worker.start(ctx, Job::Import(path, false));
            }
            Start::ImportMatching(path) => {
                self.first_run.starting = true;
                self.importing = Some(path.clone());
                self.worker.start(ctx, Job::Import(path, true));
            }
        }
        self.view = View::Today;
    }
}

/// Whether a command writes to the ledger or the files beside it.
fn writes(cmd: &Command) -> bool {
    !matches!(
        cmd,
        Command::Show(_)
            | Command::OpenInvoice(_)
            | Command::Preview { .. }
            | Command::SavePdfAs { .. }
            | Command::OpenPdf { .. }
            | Command::SelectClient(_)
            | Command::NewInvoice(_)
            | Command::EditTemplate { .. }
            | Command::EditEmailTemplate { .. }
            | Command::TestMail(_)
            | Command::ListBackups
            | Command::ToggleTheme
            | Command::Reload
            | Command::OpenHome
            | Command::AskReason(_)
            | Command::EditInvoice
            | Command::SetLanguage(_)
            | Command::Statement(_)
            | Command::SaveLetter(_)
            | Command::PreviewInterestLetter(_)
    )
}
