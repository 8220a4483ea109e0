//! The Invoices view: every invoice in a virtualised table, searchable, filterable and
//! sortable, and the new-invoice form.
//!
//! The rows come from the cached overview. The filtered and sorted order is an index
//! list, computed again only when the search, the filter, the sort or the overview
//! changes: a frame draws only the rows in sight, whatever the ledger's size.

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::actions::{InvoiceRow, Overview};
use crate::domain::ladder::Status;
use crate::t;

use super::command::Command;
use super::forms::InvoiceForm;
use super::widgets::{self, money, stage_badge};

/// The status filters offered, `None` for all.
pub fn filters() -> [(String, Option<Filter>); 9] {
    [
        (t!("invoices-filter-all"), None),
        (t!("invoices-filter-open"), Some(Filter::Open)),
        (
            t!("invoices-filter-overdue"),
            Some(Filter::Is(Status::Overdue)),
        ),
        (
            t!("invoices-filter-disputed"),
            Some(Filter::Is(Status::Disputed)),
        ),
        (
            t!("invoices-filter-promised"),
            Some(Filter::Is(Status::Promised)),
        ),
        (
            t!("invoices-filter-paused"),
            Some(Filter::Is(Status::Paused)),
        ),
        (
            t!("invoices-filter-handed-over"),
            Some(Filter::Is(Status::HandedOver)),
        ),
        (t!("invoices-filter-paid"), Some(Filter::Is(Status::Paid))),
        (
            t!("invoices-filter-written-off"),
            Some(Filter::Is(Status::WrittenOff)),
        ),
    ]
}

/// A status filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    /// Still chased: not yet due, overdue, disputed, promised or paused.
    Open,
    /// One standing.
    Is(Status),
}

/// The sortable columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Invoice number.
    #[default]
    Number,
    /// Client name.
    Client,
    /// Issue date.
    Issued,
    /// Due date.
    Due,
    /// Gross amount.
    Amount,
    /// Balance.
    Balance,
    /// Standing.
    Status,
}

/// The table's state.
#[derive(Debug)]
pub struct InvoiceTable {
    /// The search text (number or client).
    pub search: String,
    /// The status filter.
    pub filter: Option<Filter>,
    /// The sort column and direction.
    pub sort: (SortBy, bool),
    /// Indices into the overview's rows, in display order.
    pub order: Vec<u32>,
    /// What `order` was computed for.
    computed_for: Option<(String, Option<Filter>, (SortBy, bool))>,
    /// Lower-cased "number client" of each row, computed once per overview.
    haystack: Vec<String>,
    stale: bool,
    /// Scroll to this row once (tests and benches).
    pub scroll_to: Option<usize>,
}

impl Default for InvoiceTable {
    fn default() -> Self {
        InvoiceTable {
            search: String::new(),
            filter: Some(Filter::Open),
            sort: (SortBy::Number, true),
            order: vec![],
            computed_for: None,
            haystack: vec![],
            stale: true,
            scroll_to: None,
        }
    }
}

impl InvoiceTable {
    /// The overview changed: recompute on the next draw.
    pub fn mark_stale(&mut self) {
        self.stale = true;
    }

    fn refresh(&mut self, rows: &[InvoiceRow]) {
        let key = (self.search.trim().to_lowercase(), self.filter, self.sort);
        if !self.stale && self.computed_for.as_ref() == Some(&key) {
            return;
        }
        if self.stale || self.haystack.len() != rows.len() {
            self.haystack = rows
                .iter()
                .map(|r| format!("{} {}", r.number, r.client).to_lowercase())
                .collect();
        }
        self.stale = false;
        let needle = key.0.as_str();
        let mut order: Vec<u32> = (0..rows.len())
            .filter(|&i| {
                let r = &rows[i];
                let status_ok = match self.filter {
                    None => true,
                    Some(Filter::Open) => r.status.is_open(),
                    Some(Filter::Is(s)) => r.status == s,
                };
                status_ok && (needle.is_empty() || self.haystack[i].contains(needle))
            })
            .filter_map(|i| u32::try_from(i).ok())
            .collect();
        let (by, asc) = self.sort;
        order.sort_by(|&a, &b| {
            let (x, y) = (&rows[a as usize], &rows[b as usize]);
            let o = match by {
                SortBy::Number => x.number.cmp(&y.number),
                SortBy::Client => x
                    .client
                    .cmp(&y.client)
                    .then_with(|| x.number.cmp(&y.number)),
                SortBy::Issued => x.issued.cmp(&y.issued),
                SortBy::Due => x.due.cmp(&y.due),
                SortBy::Amount => x.amount_minor.cmp(&y.amount_minor),
                SortBy::Balance => x.balance_minor.cmp(&y.balance_minor),
                SortBy::Status => x.status.as_str().cmp(y.status.as_str()),
            };
            if asc { o } else { o.reverse() }
        });
        self.order = order;
        self.computed_for = Some(key);
    }
}

/// Draws the Invoices view.
pub fn invoices_ui(ui: &mut Ui, o: &Overview, t: &mut InvoiceTable, cmds: &mut Vec<Command>) {
    let find = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
    let focus = ui.input_mut(|i| i.consume_shortcut(&find));
    // Wrapped: in a narrow window (or a longer language) the filters go on to a second
    // row instead of past the edge.
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("invoices-search"));
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut t.search)
                    .hint_text(t!("invoices-search-hint"))
                    .desired_width(240.0),
            )
            .labelled_by(l.id);
        if focus {
            r.request_focus();
        }
        ui.separator();
        for (label, f) in filters() {
            if ui.selectable_label(t.filter == f, label).clicked() {
                t.filter = f;
            }
        }
    });
    t.refresh(&o.invoices);
    ui.label(
        RichText::new(t!(
            "invoices-count",
            shown = t.order.len(),
            total = o.invoices.len()
        ))
        .small()
        .weak(),
    );
    // A narrow window scrolls the table sideways rather than cutting its columns.
    let mut sort = t.sort;
    egui::ScrollArea::horizontal()
        .id_salt("invoices sideways")
        .show(ui, |ui| {
            let mut builder = TableBuilder::new(ui)
                .id_salt("invoices")
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::initial(110.0).at_least(80.0))
                .column(Column::initial(200.0).at_least(100.0).clip(true))
                .column(Column::initial(90.0))
                .column(Column::initial(90.0))
                .column(Column::initial(120.0))
                .column(Column::initial(120.0))
                .column(Column::initial(90.0))
                .column(Column::remainder().at_least(140.0));
            if let Some(row) = t.scroll_to.take() {
                builder = builder.scroll_to_row(row, Some(egui::Align::Center));
            }
            let heads = [
                (t!("invoices-number"), Some(SortBy::Number)),
                (t!("invoices-client"), Some(SortBy::Client)),
                (t!("invoices-issued"), Some(SortBy::Issued)),
                (t!("invoices-due"), Some(SortBy::Due)),
                (t!("invoices-amount"), Some(SortBy::Amount)),
                (t!("invoices-balance"), Some(SortBy::Balance)),
                (t!("invoices-status"), Some(SortBy::Status)),
                (t!("invoices-stage"), None),
            ];
            builder
                .header(24.0, |mut h| {
                    for (name, by) in heads {
                        h.col(|ui| match by {
                            Some(by) => {
                                let arrow = match (sort.0 == by, sort.1) {
                                    (true, true) => " ^",
                                    (true, false) => " v",
                                    _ => "",
                                };
                                if ui
                                    .button(RichText::new(format!("{name}{arrow}")).strong())
                                    .clicked()
                                {
                                    sort = if sort.0 == by {
                                        (by, !sort.1)
                                    } else {
                                        (by, true)
                                    };
                                }
                            }
                            None => {
                                ui.strong(name);
                            }
                        });
                    }
                })
                .body(|body| {
                    body.rows(22.0, t.order.len(), |mut row| {
                        let r = &o.invoices[t.order[row.index()] as usize];
                        row.col(|ui| {
                            if ui.link(&r.number).clicked() {
                                cmds.push(Command::OpenInvoice(r.number.clone()));
                            }
                        });
                        row.col(|ui| {
                            ui.label(&*r.client);
                        });
                        row.col(|ui| {
                            ui.label(widgets::day(r.issued));
                        });
                        row.col(|ui| {
                            ui.label(widgets::day(r.due));
                        });
                        row.col(|ui| {
                            ui.label(money(r.amount_minor, r.currency));
                        });
                        row.col(|ui| {
                            ui.label(money(r.balance_minor, r.currency));
                        });
                        row.col(|ui| {
                            ui.label(widgets::status_words(r.status));
                        });
                        row.col(|ui| stage_badge(ui, r.stage));
                    });
                });
        });
    t.sort = sort;
}

/// The new-invoice form; returns true to close it.
pub fn new_invoice_ui(
    ui: &mut Ui,
    form: &mut InvoiceForm,
    clients: &[String],
    cmds: &mut Vec<Command>,
) -> bool {
    ui.heading(t!("invoices-new-heading"));
    let e = form.errors.clone();
    egui::Grid::new("invoice form")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            let l = ui.label(t!("invoices-client-name"));
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut form.client).desired_width(180.0))
                    .labelled_by(l.id);
                egui::ComboBox::from_id_salt("client pick")
                    .selected_text(t!("invoices-pick"))
                    .width(70.0)
                    .show_ui(ui, |ui| {
                        for c in clients {
                            ui.selectable_value(&mut form.client, c.clone(), c);
                        }
                    })
                    .response
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::ComboBox,
                            true,
                            t!("invoices-pick-client"),
                        )
                    });
            });
            error(ui, &e, "client");
            widgets::text_row(ui, &t!("invoices-number"), &mut form.number, &e, "number");
            widgets::date_row(ui, &t!("invoices-issued"), &mut form.issued, &e, "issued");
            widgets::date_row(ui, &t!("invoices-due"), &mut form.due, &e, "due");
            widgets::text_row(ui, &t!("invoices-amount"), &mut form.amount, &e, "amount");
            widgets::text_row(
                ui,
                &t!("invoices-currency"),
                &mut form.currency,
                &e,
                "currency",
            );
            widgets::text_row(ui, &t!("invoices-terms"), &mut form.terms, &e, "terms");
            widgets::text_row(
                ui,
                &t!("invoices-description"),
                &mut form.description,
                &e,
                "description",
            );
            widgets::text_row(
                ui,
                &t!("invoices-late-rate"),
                &mut form.late_rate,
                &e,
                "late rate",
            );
        });
    if let Some(t) = e.get("form") {
        widgets::error_label(ui, t);
    }
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button(t!("invoices-add")).clicked() {
            cmds.push(Command::AddInvoice(form.clone()));
        }
        if ui.button(t!("common-cancel")).clicked() {
            close = true;
        }
    });
    close
}

fn error(ui: &mut Ui, e: &super::forms::Errors, key: &str) {
    match e.get(key) {
        Some(t) => widgets::error_label(ui, t),
        None => ui.label(""),
    };
    ui.end_row();
}
