//! How the engine's reasons and next steps read: English written directly (the CLI's and
//! the JSON's, on the due queue's hot path, with no message look-up), any other language
//! through the Fluent messages of the thread (the window's).

use std::fmt;

use chrono::NaiveDate;

use super::ladder::{NextAction, Reason, Stage};
use super::money::format_minor;

/// The reason in the thread's language when it is not English (the window's); English,
/// the CLI's and the JSON's, is written directly below, without a message look-up, because
/// the due queue describes every invoice.
fn translated_reason(r: &Reason) -> Option<String> {
    if crate::i18n::language() == super::party::Language::En {
        return None;
    }
    Some(translated_reason_any(r))
}

/// The reason through the messages, in the thread's language (English included).
pub(super) fn translated_reason_any(r: &Reason) -> String {
    use crate::present::Day;
    use crate::t;
    let day = |d: &NaiveDate| Day(*d).to_string();
    match r {
        Reason::Paid { on: Some(d) } => t!("msg-ladder-paid-on", date = day(d)),
        Reason::Paid { on: None } => t!("msg-ladder-paid"),
        Reason::BelowMinimum {
            balance_minor,
            minimum_minor,
            currency,
        } => {
            let cur = currency.parse().unwrap_or(super::money::Currency::EUR);
            t!(
                "msg-ladder-below-minimum",
                balance = crate::present::amount(*balance_minor, cur),
                minimum = crate::present::amount(*minimum_minor, cur)
            )
        }
        Reason::Disputed { since } => t!("msg-ladder-disputed", date = day(since)),
        Reason::Promised { until } => t!("msg-ladder-promised", date = day(until)),
        Reason::Paused { until } => t!("msg-ladder-paused", date = day(until)),
        Reason::HandedOver { on } => t!("msg-ladder-handed-over", date = day(on)),
        Reason::WrittenOff { on } => t!("msg-ladder-written-off", date = day(on)),
        Reason::NotOverdue { due } => t!("msg-ladder-not-overdue", date = day(due)),
        Reason::WaitingForDeadline { stage, deadline } => t!(
            "msg-ladder-waiting",
            stage = stage.as_str(),
            date = day(deadline)
        ),
        Reason::NotBefore { stage, date } => t!(
            "msg-ladder-not-before",
            stage = stage.as_str(),
            date = day(date)
        ),
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(text) = translated_reason(self) {
            return f.write_str(&text);
        }
        match self {
            Reason::Paid { on: Some(d) } => write!(f, "paid on {d}"),
            Reason::Paid { on: None } => write!(f, "paid"),
            Reason::BelowMinimum {
                balance_minor,
                minimum_minor,
                currency,
            } => {
                let cur = currency.parse().unwrap_or(super::money::Currency::EUR);
                write!(
                    f,
                    "balance {} {} is at or below the minimum of {}",
                    currency,
                    format_minor(*balance_minor, cur),
                    format_minor(*minimum_minor, cur)
                )
            }
            Reason::Disputed { since } => write!(f, "disputed since {since}"),
            Reason::Promised { until } => write!(f, "promise to pay until {until}"),
            Reason::Paused { until } => write!(f, "paused until {until}"),
            Reason::HandedOver { on } => write!(f, "handed over on {on}"),
            Reason::WrittenOff { on } => write!(f, "written off on {on}"),
            Reason::NotOverdue { due } => write!(f, "not overdue yet (due {due})"),
            Reason::WaitingForDeadline { stage, deadline } => write!(
                f,
                "waiting for the deadline of the {} ({deadline})",
                stage.title()
            ),
            Reason::NotBefore { stage, date } => {
                write!(f, "the {} is not due before {date}", stage.title())
            }
        }
    }
}

/// A next step in the thread's language when it is not English.
pub(super) fn translated_action(a: &NextAction) -> Option<String> {
    if crate::i18n::language() == super::party::Language::En {
        return None;
    }
    let day = |d: &NaiveDate| crate::present::Day(*d).to_string();
    match a {
        NextAction::Send { stage, deadline } => Some(crate::t!(
            "msg-ladder-send",
            stage = stage.as_str(),
            date = day(deadline)
        )),
        NextAction::HandoverReady { deadline } => {
            Some(crate::t!("msg-ladder-handover-ready", date = day(deadline)))
        }
        NextAction::Nothing(_) => None,
    }
}

impl Stage {
    /// The stage's name in the thread's language, lower case as messages use it
    /// mid-sentence ("second demand", "secondo sollecito"); in English the same as
    /// [`Stage::title`]. The window and the actions' messages both ask here.
    pub fn name(&self) -> String {
        match self {
            Stage::Reminder => crate::t!("stage-reminder"),
            Stage::FormalLetter => crate::t!("stage-formal-letter"),
            Stage::SevenDayNotice => crate::t!("stage-seven-day-notice"),
            Stage::LegalWarning => crate::t!("stage-legal-warning"),
        }
    }
}
