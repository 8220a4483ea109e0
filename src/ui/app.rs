//! The window's state and its frame: the top bar, the current view, toasts and the
//! worker's progress.
//!
//! `App::frame` draws from cached state and collects `Command`s; `run_commands` (in
//! `handlers.rs`) applies them after the frame. Nothing here reads the ledger.

use std::sync::Arc;

use chrono::NaiveDate;
use egui::{RichText, Ui};

use crate::actions::{ClaimView, ClientDetail, InvoiceDetail, LetterAssets, Overview, RatesView};
use crate::domain::ladder::Stage;
use crate::domain::party::{ClientId, Language};
use crate::ledger::Ledger;
use crate::letters::compose::LetterModel;
use crate::t;

use super::command::{Command, View};
use super::forms::{ClientForm, Errors, InvoiceForm, PaymentForm, PolicyForm, ProfileForm};
use super::invoices::InvoiceTable;
use super::worker::Worker;
use super::{clients, detail, first_run, invoices, preview, settings, today, widgets};

/// A message shown for a few seconds.
#[derive(Clone, Debug)]
pub struct Toast {
    /// The text.
    pub text: String,
    /// An error (red) or news (plain).
    pub error: bool,
    /// When it goes, in egui time.
    pub until: f64,
    /// What its Undo button takes back, if it has one.
    pub undo: Option<super::confirm::ReasonFor>,
}

/// A letter sent: its stage, its day, and its stored PDF if it has one.
pub type SentPdf = (Stage, NaiveDate, Option<Arc<Vec<u8>>>);

/// The detail view's state: one invoice.
pub struct DetailState {
    /// The invoice.
    pub detail: InvoiceDetail,
    /// Its claim today, or why there is none.
    pub claim: Result<ClaimView, String>,
    /// Its letters, oldest first, with their stored PDFs.
    pub letters: Vec<SentPdf>,
    /// The payment form.
    pub payment: PaymentForm,
    /// The note typed for a log entry or a change of course.
    pub note: String,
    /// The day typed for a promise or a pause.
    pub until: String,
    /// Errors of the action bar, by field.
    pub errors: Errors,
}

/// The preview view's state: one composed letter.
pub struct PreviewState {
    /// Invoice number.
    pub invoice: String,
    /// The letter.
    pub model: LetterModel,
    /// Its PDF.
    pub pdf: Arc<Vec<u8>>,
    /// Whether this stage is the one due today (else Send is not offered).
    pub due: bool,
    /// The view to go back to.
    pub back: View,
    /// A statement of account (`invoice` then names the client): saved, or recorded as
    /// sent without moving any invoice.
    pub statement: bool,
    /// The letter about the interest alone of a paid invoice.
    pub interest: bool,
}

/// The clients view's state.
#[derive(Default)]
pub struct ClientsState {
    /// The client shown.
    pub selected: Option<ClientDetail>,
    /// The add (`None` id) or edit form, when open.
    pub form: Option<(Option<ClientId>, ClientForm)>,
    /// Filter on the name.
    pub search: String,
}

/// The template editor's state.
pub struct TemplateEditor {
    /// Language.
    pub lang: Language,
    /// Stage.
    pub stage: Stage,
    /// The text being edited.
    pub text: String,
    /// The text last checked, and its outcome.
    pub checked: Option<(String, Result<LetterModel, String>)>,
    /// The user's copy is in use (else the shipped one).
    pub user_copy: bool,
    /// The error of the last save, if it was refused.
    pub save_error: Option<String>,
}

/// The settings view's state.
pub struct SettingsState {
    /// The profile form.
    pub profile: ProfileForm,
    /// The policy form.
    pub policy: PolicyForm,
    /// The template editor.
    pub editor: TemplateEditor,
    /// Rate tables and their staleness.
    pub rates: Option<RatesView>,
    /// The "add a rate" form.
    pub rate_form: super::rates::RateForm,
    /// Whether the profile has a logo.
    pub has_logo: bool,
    /// The Backups section.
    pub backups: super::backups::BackupsState,
    /// Settings › Email.
    pub mail: super::mail::MailState,
    /// The forms were filled from the ledger.
    pub loaded: bool,
}

/// First-run state: profile first, then how to start.
#[derive(Default)]
pub struct FirstRun {
    /// The profile form.
    pub profile: ProfileForm,
    /// The profile is saved: offer the three ways to start.
    pub choosing: bool,
    /// The CSV path typed for an import.
    pub csv_path: String,
    /// A start was chosen and is running.
    pub starting: bool,
}

/// A quick action opened from a row of the due queue.
#[derive(Clone, Debug)]
pub struct QuickAction {
    /// Invoice number.
    pub invoice: String,
    /// `call` or `pause`.
    pub kind: &'static str,
    /// The note.
    pub text: String,
    /// The day the pause ends.
    pub until: String,
    /// Error beside the fields.
    pub errors: Errors,
}

/// The window.
pub struct App {
    pub(super) ledger: Ledger,
    pub(super) today: NaiveDate,
    pub(super) worker: Worker,
    pub(super) assets: Option<LetterAssets>,
    pub(super) overview: Option<Arc<Overview>>,
    pub(super) overview_error: Option<String>,
    pub(super) reload_wanted: bool,
    /// The view shown.
    pub view: View,
    pub(super) commands: Vec<Command>,
    pub(super) toasts: Vec<Toast>,
    pub(super) first_run: FirstRun,
    pub(super) table: InvoiceTable,
    pub(super) detail: Option<DetailState>,
    pub(super) preview: Option<PreviewState>,
    pub(super) clients: ClientsState,
    pub(super) settings: SettingsState,
    pub(super) new_invoice: Option<InvoiceForm>,
    pub(super) quick: Option<QuickAction>,
    /// The Import dialog, open with the path typed so far.
    pub(super) import: Option<String>,
    /// The file being imported, for a second try with known clients matched.
    pub(super) importing: Option<std::path::PathBuf>,
    /// An import refused for near-duplicate client names: the file, and the rows.
    pub(super) match_prompt: Option<(std::path::PathBuf, String)>,
    pub(super) confirm_send_all: bool,
    /// An irreversible action waiting for the user's yes.
    pub(super) confirm: Option<super::confirm::Pending>,
    /// A void or undo waiting for its reason.
    pub(super) reason: Option<super::confirm::ReasonDialog>,
    /// The correction dialog of an invoice.
    pub(super) invoice_edit: Option<super::invoice_edit::InvoiceEdit>,
    pub(super) sending_all: bool,
    /// With `OVERDUE_REPORT_LAUNCH` set: report the launch times once, then close.
    pub(super) report_launch: Option<bool>,
    pub(super) now: f64,
    /// While the demo ledger is open: the user's own ledger, to go back to.
    pub(super) home: Option<std::path::PathBuf>,
    /// The window's title was set for the ledger open, in this window language.
    pub(super) titled: Option<Language>,
    /// Set (to that day) when `--today` is after the system date: the window reads that
    /// day, never writes it (OVERDUE_ALLOW_FUTURE=1 lifts this for tests and demos).
    pub(super) read_only: Option<NaiveDate>,
}

impl App {
    /// Opens the ledger at `path` as of `today`; the overview loads on a worker thread.
    pub fn new(path: &std::path::Path, today: NaiveDate) -> anyhow::Result<App> {
        let mut ledger = Ledger::open(path)?.without_mmap()?;
        // Emails a crashed window left half sent are marked, before Today lists them.
        let _ = crate::actions::recover_interrupted(&mut ledger);
        // The language chosen in Settings, else the system's (`LANG=it_IT.UTF-8` → it).
        let lang = crate::actions::ui_language(&mut ledger)
            .ok()
            .flatten()
            .unwrap_or_else(super::i18n::system_language);
        super::i18n::set_language(lang);
        let worker = Worker::new(path.to_path_buf(), today);
        Ok(App {
            ledger,
            today,
            worker,
            assets: None,
            overview: None,
            overview_error: None,
            reload_wanted: true,
            view: View::Today,
            commands: vec![],
            toasts: vec![],
            first_run: FirstRun {
                // The first run starts from the system's country (de_DE → a German
                // business writing German letters in EUR), else Italy.
                profile: super::i18n::system_country()
                    .map_or_else(ProfileForm::new, |c| ProfileForm::for_country(&c)),
                ..Default::default()
            },
            table: InvoiceTable::default(),
            detail: None,
            preview: None,
            clients: ClientsState::default(),
            settings: SettingsState {
                profile: ProfileForm::new(),
                policy: PolicyForm::default(),
                editor: TemplateEditor {
                    lang: Language::En,
                    stage: Stage::Reminder,
                    text: String::new(),
                    checked: None,
                    user_copy: false,
                    save_error: None,
                },
                rates: None,
                rate_form: Default::default(),
                has_logo: false,
                backups: Default::default(),
                mail: Default::default(),
                loaded: false,
            },
            new_invoice: None,
            quick: None,
            import: None,
            importing: None,
            match_prompt: None,
            confirm_send_all: false,
            confirm: None,
            reason: None,
            invoice_edit: None,
            sending_all: false,
            report_launch: std::env::var_os("OVERDUE_REPORT_LAUNCH").map(|_| false),
            now: 0.0,
            home: None,
            titled: None,
            read_only: (today > chrono::Local::now().date_naive() && !crate::cli::future_allowed())
                .then_some(today),
        })
    }

    /// Speaks `lang` from the next frame: every label, amount and date (tests pin it).
    pub fn set_language(&mut self, lang: Language) {
        super::i18n::set_language(lang);
        self.titled = None;
    }

    /// Why the window records nothing, when it reads a day in the future.
    pub(super) fn read_only_reason(&self) -> Option<String> {
        self.read_only
            .map(|day| t!("app-read-only-why", date = super::widgets::day(day)))
    }

    /// The overview drawn, once loaded.
    pub fn overview(&self) -> Option<&Overview> {
        self.overview.as_deref()
    }

    /// The rate tables Settings shows, once loaded.
    pub fn settings_rates(&self) -> Option<&RatesView> {
        self.settings.rates.as_ref()
    }

    /// Whether work is running or waiting (tests settle on `!busy()`).
    pub fn busy(&self) -> bool {
        self.worker.busy() || self.reload_wanted || !self.commands.is_empty()
    }

    /// The toasts shown now, newest last.
    pub fn toasts(&self) -> Vec<String> {
        self.toasts.iter().map(|t| t.text.clone()).collect()
    }

    /// Scrolls the invoice table to a row of its current order (benches and tests).
    pub fn scroll_invoices_to(&mut self, row: usize) {
        self.table.scroll_to = Some(row);
    }

    /// The ledger file.
    pub fn ledger_path(&self) -> &std::path::Path {
        self.ledger.path()
    }

    /// Whether the demo ledger is open (marked DEMO in the title bar).
    pub fn in_demo(&self) -> bool {
        self.home.is_some()
    }

    /// Opens another ledger in this window: the demo (`demo` = its invoice count, and the
    /// ledger open now is remembered as home) or back to home.
    pub(super) fn switch_ledger(&mut self, path: &std::path::Path, demo: Option<usize>) {
        let home = demo.map(|_| self.ledger.path().to_path_buf());
        let lang = super::i18n::language();
        match App::new(path, self.today) {
            Ok(mut next) => {
                // The window keeps speaking the language it spoke.
                next.set_language(lang);
                next.home = home;
                next.now = self.now;
                match demo {
                    Some(n) => next.toast(t!("app-demo-open", count = n), false),
                    None => next.toast(t!("app-back-home"), false),
                }
                *self = next;
            }
            Err(e) => self.toast(format!("{}: {e:#}", path.display()), true),
        }
    }

    /// Draws one frame and applies the commands it produced.
    pub fn frame(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.now = ctx.input(|i| i.time);
        ui.data_mut(|m| m.insert_temp(super::date_picker::today_id(), self.today));
        let lang = super::i18n::language();
        if self.titled != Some(lang) {
            self.titled = Some(lang);
            let title = if self.home.is_some() {
                t!("app-demo-title")
            } else {
                "Overdue".to_string()
            };
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        }
        self.collect_outcomes();
        if self.reload_wanted && !self.worker.busy() {
            self.reload_wanted = false;
            self.worker.start(&ctx, super::worker::Job::Overview);
        }
        self.report_launch(&ctx);
        self.top_bar(ui);
        self.status_bar(ui);
        egui::CentralPanel::default().show(ui, |ui| self.central(ui));
        self.modals(&ctx);
        self.draw_toasts(&ctx);
        self.run_commands(&ctx);
        if self.worker.busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Prints the time from launch to the first frame and to the first frame with data,
    /// and the peak memory, then closes the window (`OVERDUE_REPORT_LAUNCH=1`).
    fn report_launch(&mut self, ctx: &egui::Context) {
        let Some(first_done) = self.report_launch else {
            return;
        };
        let since = super::LAUNCH.get().map(|t| t.elapsed().as_secs_f64() * 1e3);
        if !first_done {
            eprintln!(
                "overdue: first frame at {:.0} ms",
                since.unwrap_or(f64::NAN)
            );
            self.report_launch = Some(true);
        }
        if self.overview.is_some() {
            let peak = std::fs::read_to_string("/proc/self/status")
                .unwrap_or_default()
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
                .unwrap_or_default();
            eprintln!(
                "overdue: first frame with data at {:.0} ms; peak RSS {peak}",
                since.unwrap_or(f64::NAN)
            );
            self.report_launch = None;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn first_run_active(&self) -> bool {
        match &self.overview {
            Some(o) => o.profile.is_none() || self.first_run.choosing,
            None => false,
        }
    }

    fn top_bar(&mut self, ui: &mut Ui) {
        egui::Panel::top("top").show(ui, |ui| {
            // Wrapped: at 800 px a longer language (German) moves the day and the theme
            // button to a second row instead of drawing them over the buttons.
            ui.horizontal_wrapped(|ui| {
                ui.heading("Overdue");
                if let Some(why) = self.read_only_reason() {
                    ui.label(
                        RichText::new(t!("app-read-only"))
                            .strong()
                            .color(widgets::ERROR),
                    )
                    .on_hover_text(why);
                }
                if self.home.is_some() {
                    egui::Frame::new()
                        .fill(widgets::ERROR)
                        .inner_margin(egui::Margin::symmetric(6, 2))
                        .corner_radius(4.0)
                        .show(ui, |ui| {
                            ui.label(
                                RichText::new(t!("app-demo"))
                                    .strong()
                                    .color(egui::Color32::WHITE),
                            );
                        });
                    if ui.button(t!("app-back-to-my-ledger")).clicked() {
                        self.commands.push(Command::OpenHome);
                    }
                }
                ui.separator();
                if !self.first_run_active() && self.overview.is_some() {
                    for (view, label) in [
                        (View::Today, t!("app-today")),
                        (View::Invoices, t!("app-invoices")),
                        (View::Clients, t!("app-clients")),
                        (View::Settings, t!("app-settings")),
                    ] {
                        let on = self.view == view
                            || (view == View::Invoices && self.view == View::Detail);
                        if ui.selectable_label(on, label).clicked() {
                            self.commands.push(Command::Show(view));
                        }
                    }
                    ui.separator();
                    if ui.button(t!("app-new-invoice")).clicked() {
                        self.commands.push(Command::NewInvoice(None));
                    }
                    if ui.button(t!("app-import-csv")).clicked() {
                        self.import = Some(String::new());
                    }
                }
                let as_of = t!("app-as-of", date = super::widgets::day(self.today));
                let dark = ui.visuals().dark_mode;
                let theme = if dark {
                    t!("app-light-theme")
                } else {
                    t!("app-dark-theme")
                };
                let font = egui::TextStyle::Body.resolve(ui.style());
                let needed = ui.fonts_mut(|f| {
                    f.layout_no_wrap(as_of.clone(), font.clone(), egui::Color32::WHITE)
                        .size()
                        .x
                        + f.layout_no_wrap(theme.clone(), font, egui::Color32::WHITE)
                            .size()
                            .x
                }) + 48.0;
                // What is left on this row (a wrapping row reports a whole row as available).
                if ui.max_rect().right() - ui.cursor().min.x < needed {
                    ui.end_row();
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(theme).clicked() {
                        self.commands.push(Command::ToggleTheme);
                    }
                    ui.label(RichText::new(as_of).weak());
                });
            });
        });
    }

    fn status_bar(&mut self, ui: &mut Ui) {
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                if self.sending_all {
                    let (what, frac, done, total) = self.worker.progress.now();
                    ui.label(what);
                    ui.add(egui::ProgressBar::new(frac).desired_width(240.0).text(t!(
                        "app-progress",
                        done = done,
                        total = total
                    )));
                } else if self.worker.busy() {
                    ui.spinner();
                    ui.label(t!("app-working"));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(
                        RichText::new(t!(
                            "app-ledger-path",
                            path = self.ledger.path().display().to_string()
                        ))
                        .small()
                        .weak(),
                    );
                });
            });
        });
    }

    fn central(&mut self, ui: &mut Ui) {
        let Some(overview) = self.overview.clone() else {
            ui.centered_and_justified(|ui| match &self.overview_error {
                Some(e) => {
                    ui.label(
                        RichText::new(t!("app-cannot-read", error = e.as_str()))
                            .color(widgets::ERROR),
                    );
                }
                None => {
                    ui.spinner();
                }
            });
            return;
        };
        if self.first_run_active() {
            first_run::first_run_ui(ui, &mut self.first_run, &overview, &mut self.commands);
            return;
        }
        let cmds = &mut self.commands;
        match self.view {
            View::Today => today::today_ui(
                ui,
                &overview,
                &mut self.quick,
                self.sending_all,
                &mut self.confirm_send_all,
                cmds,
            ),
            View::Invoices => invoices::invoices_ui(ui, &overview, &mut self.table, cmds),
            View::Detail => match &mut self.detail {
                Some(d) => detail::detail_ui(ui, d, cmds),
                None => {
                    ui.label(t!("app-no-invoice-open"));
                }
            },
            View::Preview => match &self.preview {
                Some(p) => preview::preview_ui(ui, p, cmds),
                None => {
                    ui.label(t!("app-no-letter-to-preview"));
                }
            },
            View::Clients => clients::clients_ui(ui, &overview, &mut self.clients, cmds),
            View::Settings => {
                settings::settings_ui(ui, &mut self.settings, self.ledger.path(), cmds)
            }
        }
    }

    /// Shows a message for a few seconds (errors longer).
    pub(super) fn toast(&mut self, text: impl Into<String>, error: bool) {
        let secs = if error { 12.0 } else { 6.0 };
        self.toasts.push(Toast {
            text: text.into(),
            error,
            until: self.now + secs,
            undo: None,
        });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }
}
