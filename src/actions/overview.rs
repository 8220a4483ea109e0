//! The overview the window draws: everything its views list, computed in one read.
//!
//! The window never queries per frame. After each change it loads one `Overview` (on a
//! worker thread) and draws from it until the next change: the due queue, what falls
//! due in the coming week, every invoice row, the clients with what they owe, and the
//! key figures with the aging buckets.

use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

use super::Result;
use super::plan::plan_input_of;
use super::views::{DueRow, InvoiceRow, due_row_of, invoice_row_named, sort_queue};
use crate::domain::ladder::{self, LadderPolicy, NextAction, Reason, Status};
use crate::domain::money::Currency;
use crate::domain::party::{BusinessProfile, Client, ClientId};
use crate::domain::plan::{LetterPlan, PlanInput, plan_letters};
use crate::ledger::Ledger;

/// How far ahead "coming up" looks, in days.
pub const SOON_DAYS: i64 = 7;

/// The aging buckets, by days overdue: 1–30, 31–60, 61–90, over 90.
pub const AGING_LABELS: [&str; 4] = ["0–30 days", "31–60 days", "61–90 days", "90+ days"];

/// An invoice that needs nothing today but will within [`SOON_DAYS`].
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct SoonRow {
    /// Invoice number.
    pub invoice: String,
    /// Client name.
    pub client: String,
    /// The day something falls due.
    pub on: NaiveDate,
    /// What will be due then: a stage, or `handover_ready`.
    pub what: ladder::Step,
    /// Balance today.
    pub balance_minor: i64,
    /// Currency.
    pub currency: Currency,
}

/// The money figures of one currency.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Figures {
    /// Balance of every invoice still chased or handed over.
    pub outstanding_minor: i64,
    /// The part of it past its due date.
    pub overdue_minor: i64,
    /// Overdue amount per aging bucket (see [`AGING_LABELS`]).
    pub aging_minor: [i64; 4],
}

/// A client as listed, with what they owe.
#[derive(Clone, Debug, Serialize)]
pub struct ClientRow {
    /// The client.
    pub client: Client,
    /// Invoices still open or handed over.
    pub open_invoices: usize,
    /// Owed per currency.
    pub owed_minor: BTreeMap<Currency, i64>,
}

/// Everything the window lists, as of one day.
#[derive(Clone, Debug)]
pub struct Overview {
    /// The day.
    pub today: NaiveDate,
    /// The business profile, if set up.
    pub profile: Option<BusinessProfile>,
    /// The ladder policy.
    pub policy: LadderPolicy,
    /// Letters and handovers proposed today, per invoice, most overdue first.
    pub due: Vec<DueRow>,
    /// The letters to send today, one per client, currency and stage, the one with the
    /// most overdue invoice first.
    pub letters: Vec<LetterPlan>,
    /// What falls due in the coming week, soonest first.
    pub soon: Vec<SoonRow>,
    /// Every invoice issued by today, by number.
    pub invoices: Vec<InvoiceRow>,
    /// Every client, by name.
    pub clients: Vec<ClientRow>,
    /// Money figures per currency.
    pub figures: BTreeMap<Currency, Figures>,
    /// Invoices chased, by ladder position: none yet, then each stage's letter sent.
    pub per_stage: [usize; 5],
    /// Invoices handed over.
    pub handed_over: usize,
    /// Email deliveries that did not go out (queued, failed, interrupted), oldest
    /// first: they stay on Today until retried.
    pub deliveries: Vec<crate::domain::delivery::Delivery>,
}

impl Overview {
    /// The currency with the most outstanding, for the chart (the profile's if none).
    pub fn main_currency(&self) -> Option<Currency> {
        self.figures
            .iter()
            .max_by_key(|(_, f)| f.outstanding_minor)
            .map(|(c, _)| *c)
            .or(self.profile.as_ref().map(|p| p.currency))
    }
}

/// Loads the overview of `today` in one read.
pub fn overview(ledger: &mut Ledger, today: NaiveDate) -> Result<Overview> {
    ledger.read(|tx| -> Result<Overview> {
        let policy = tx.policy()?;
        let profile = tx.profile()?;
        let clients = tx.clients()?;
        let mut o = Overview {
            today,
            profile,
            due: vec![],
            letters: vec![],
            soon: vec![],
            invoices: vec![],
            clients: vec![],
            figures: BTreeMap::new(),
            per_stage: [0; 5],
            handed_over: 0,
            policy: policy.clone(),
            deliveries: tx
                .deliveries(crate::ledger::DeliveryFilter::Open)?
                .into_iter()
                .filter(|d| d.channel == crate::domain::delivery::Channel::Email)
                .collect(),
        };
        let mut by_client: BTreeMap<ClientId, (usize, BTreeMap<Currency, i64>)> = BTreeMap::new();
        let mut names: BTreeMap<ClientId, std::sync::Arc<str>> = BTreeMap::new();
        let mut to_plan: std::collections::HashMap<String, PlanInput> =
            std::collections::HashMap::new();
        tx.each_issued_case_for_engine(today, |case| {
            let name = names
                .entry(case.invoice.client_id)
                .or_insert_with(|| std::sync::Arc::from(case.client_name.as_str()))
                .clone();
            let row = invoice_row_named(case, &policy, today, name);
            let open = row.status.is_open();
            if open || row.status == Status::HandedOver {
                let entry = by_client.entry(case.invoice.client_id).or_default();
                entry.0 += 1;
                *entry.1.entry(row.currency).or_default() += row.balance_minor;
                add_figures(&mut o, case.invoice.currency, &row, today);
            }
            if open {
                let action = ladder::next_action(&case.case(), &policy, today);
                match action {
                    NextAction::Nothing(reason) => {
                        if let Some(s) = soon_row(case, &policy, today, &reason, row.balance_minor)
                        {
                            o.soon.push(s);
                        }
                    }
                    _ => {
                        o.due.push(due_row_of(case, &action, today, false));
                        if matches!(action, NextAction::Send { .. }) {
                            let input = plan_input_of(case, action, &policy, today);
                            to_plan.insert(case.invoice.number.clone(), input);
                        }
                    }
                }
            }
            o.invoices.push(row);
        })?;
        sort_queue(&mut o.due);
        let inputs: Vec<PlanInput> = o
            .due
            .iter()
            .filter_map(|r| to_plan.remove(&r.invoice))
            .collect();
        o.letters = plan_letters(today, &inputs);
        o.soon
            .sort_by(|a, b| a.on.cmp(&b.on).then_with(|| a.invoice.cmp(&b.invoice)));
        o.invoices.sort_by(|a, b| a.number.cmp(&b.number));
        o.clients = clients
            .into_iter()
            .map(|client| {
                let (open_invoices, owed_minor) = by_client.remove(&client.id).unwrap_or_default();
                ClientRow {
                    client,
                    open_invoices,
                    owed_minor,
                }
            })
            .collect();
        o.clients.sort_by(|a, b| {
            a.client
                .name
                .to_lowercase()
                .cmp(&b.client.name.to_lowercase())
        });
        Ok(o)
    })
}

fn add_figures(o: &mut Overview, currency: Currency, row: &InvoiceRow, today: NaiveDate) {
    let f = o.figures.entry(currency).or_default();
    f.outstanding_minor = f.outstanding_minor.saturating_add(row.balance_minor);
    if row.status == Status::HandedOver {
        o.handed_over += 1;
    } else {
        let slot = row.stage.letters_sent().unwrap_or(0);
        o.per_stage[slot.min(4)] += 1;
    }
    let late = (today - row.due).num_days();
    if late > 0 {
        f.overdue_minor = f.overdue_minor.saturating_add(row.balance_minor);
        let bucket = match late {
            ..=30 => 0,
            31..=60 => 1,
            61..=90 => 2,
            _ => 3,
        };
        f.aging_minor[bucket] = f.aging_minor[bucket].saturating_add(row.balance_minor);
    }
}

/// Whether something falls due for this case within the coming week, and what.
fn soon_row(
    case: &crate::ledger::CaseData,
    policy: &LadderPolicy,
    today: NaiveDate,
    reason: &Reason,
    balance_minor: i64,
) -> Option<SoonRow> {
    // Only reasons that pass with time; the engine itself says what comes, day by day.
    if !matches!(
        reason,
        Reason::NotOverdue { .. }
            | Reason::WaitingForDeadline { .. }
            | Reason::NotBefore { .. }
            | Reason::Promised { .. }
            | Reason::Paused { .. }
    ) {
        return None;
    }
    let c = case.case();
    (1..=SOON_DAYS).find_map(|ahead| {
        let day = ladder::add_days(today, ahead);
        let what = ladder::next_action(&c, policy, day).step()?;
        Some(SoonRow {
            invoice: case.invoice.number.clone(),
            client: case.client_name.clone(),
            on: day,
            what,
            balance_minor,
            currency: case.invoice.currency,
        })
    })
}
