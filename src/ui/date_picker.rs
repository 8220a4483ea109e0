//! A small calendar beside each date field, in the window's language.
//!
//! egui_extras' picker writes English month, weekday and button names, so the window
//! draws its own: a "Pick…" button opens a month with the weeks from Monday, arrows
//! step a month, and a day clicked is written into the field as the language writes it
//! (`28/11/2026`, `28.11.2026`), which every date field reads back.

use chrono::{Datelike, NaiveDate};
use egui::{Id, Ui};

use crate::present;
use crate::t;

/// The month a picker shows, kept in egui's memory between frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Shown {
    year: i32,
    month: u32,
}

/// The weekday names, Monday first, in the window's language.
fn weekdays() -> [String; 7] {
    [
        t!("date-mon"),
        t!("date-tue"),
        t!("date-wed"),
        t!("date-thu"),
        t!("date-fri"),
        t!("date-sat"),
        t!("date-sun"),
    ]
}

/// Where the window keeps its day (the `--today` it runs as of), for the pickers.
pub fn today_id() -> Id {
    Id::unique("overdue today")
}

/// The "Pick…" button and its calendar; a day picked replaces `value`.
pub fn date_picker(ui: &mut Ui, id_salt: &str, value: &mut String) {
    let id = ui.scope_id().with(("date picker", id_salt));
    let today = ui
        .data(|m| m.get_temp::<NaiveDate>(today_id()))
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let button = ui.button(t!("date-pick"));
    let current = crate::actions::read_date(value).ok();
    if button.clicked() {
        let d = current.unwrap_or(today);
        ui.data_mut(|m| {
            m.insert_temp(
                id,
                Shown {
                    year: d.year(),
                    month: d.month(),
                },
            )
        });
    }
    egui::Popup::menu(&button)
        .id(id.with("popup"))
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let mut shown = ui.data(|m| m.get_temp::<Shown>(id)).unwrap_or(Shown {
                year: today.year(),
                month: today.month(),
            });
            if let Some(picked) = month_ui(ui, &mut shown, current, today) {
                *value = super::widgets::form_day(picked);
                ui.close();
            }
            ui.data_mut(|m| m.insert_temp(id, shown));
        });
}

/// One month: arrows, the month's name, weekday heads and the days. Returns a day clicked.
fn month_ui(
    ui: &mut Ui,
    shown: &mut Shown,
    current: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let lang = super::i18n::language();
    ui.horizontal(|ui| {
        if ui
            .button("<")
            .on_hover_text(t!("date-previous-month"))
            .clicked()
        {
            (shown.year, shown.month) = if shown.month == 1 {
                (shown.year - 1, 12)
            } else {
                (shown.year, shown.month - 1)
            };
        }
        ui.label(
            egui::RichText::new(format!(
                "{} {}",
                present::month_name(shown.month, lang),
                shown.year
            ))
            .strong(),
        );
        if ui
            .button(">")
            .on_hover_text(t!("date-next-month"))
            .clicked()
        {
            (shown.year, shown.month) = if shown.month == 12 {
                (shown.year + 1, 1)
            } else {
                (shown.year, shown.month + 1)
            };
        }
    });
    let first = NaiveDate::from_ymd_opt(shown.year, shown.month, 1)?;
    let lead = first.weekday().num_days_from_monday() as usize;
    let mut picked = None;
    egui::Grid::new("days")
        .num_columns(7)
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            for w in weekdays() {
                ui.label(egui::RichText::new(w).small().weak());
            }
            ui.end_row();
            for _ in 0..lead {
                ui.label("");
            }
            let mut column = lead;
            let mut day = first;
            while day.month() == shown.month {
                let text = egui::RichText::new(format!("{:>2}", day.day())).monospace();
                let text = if Some(day) == current {
                    text.strong()
                } else if day == today {
                    text.underline()
                } else {
                    text
                };
                if ui
                    .add(egui::Button::new(text).selected(Some(day) == current))
                    .clicked()
                {
                    picked = Some(day);
                }
                column += 1;
                if column.is_multiple_of(7) {
                    ui.end_row();
                }
                match day.succ_opt() {
                    Some(next) => day = next,
                    None => break,
                }
            }
        });
    picked
}
