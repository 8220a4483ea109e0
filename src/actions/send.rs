//! Sending a letter: the engine decides the stage of each invoice, the plan gathers a
//! client's invoices due for the same stage and currency into one letter, and the letter
//! is recorded once with every invoice it covers, its PDF and the PDF's sha256.

use chrono::NaiveDate;

use super::deliver::{EmailExtras, SendPreview};
use super::letters::{Gathered, LetterAssets, RenderedLetter, gather_group};
use super::record::{case_by_number, event};
use super::{ActionError, Result};
use crate::domain::delivery::Channel;
use crate::domain::delivery::Enclosure;
use crate::domain::events::EventKind;
use crate::domain::invoice::InvoiceId;
use crate::domain::ladder::{self, Letter, NextAction, Reason, Stage};
use crate::domain::money::Currency;
use crate::domain::plan::{LetterPlan, plan_letters};
use crate::ledger::{CaseData, CaseFilter, Ledger, Tx};
use crate::t;

/// A letter that was recorded as sent.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SentLetter {
    /// The letter's id in the ledger.
    pub letter_id: i64,
    /// The first invoice it covers.
    pub invoice: String,
    /// Every invoice it covers, by number.
    pub invoices: Vec<String>,
    /// The client it is written to.
    pub client: String,
    /// Stage sent.
    pub stage: Stage,
    /// Day sent.
    pub sent: NaiveDate,
    /// Deadline given.
    pub deadline: NaiveDate,
    /// Balance claimed.
    pub balance_minor: i64,
    /// Currency.
    pub currency: Currency,
    /// Whether `--force` overrode the engine.
    pub forced: bool,
    /// What the letter asks for (balance, plus interest and compensation when claimed).
    pub total_minor: i64,
    /// sha256 of the stored PDF.
    pub sha256: String,
    /// The PDF as stored.
    #[serde(skip)]
    pub pdf: Vec<u8>,
    /// For the user: a stale rate table, enclosures to add.
    pub warnings: Vec<String>,
}

/// Decides which stage `send` records and whether it is forced; refuses what may never
/// be sent, even with force: a letter for a paid, handed-over or written-off invoice, a
/// stage already sent, or a stage below the last one sent.
pub(crate) fn stage_to_send(
    case: &CaseData,
    policy: &ladder::LadderPolicy,
    want: Option<Stage>,
    force: bool,
    today: NaiveDate,
) -> Result<(Stage, Option<String>)> {
    let action = ladder::next_action(&case.case(), policy, today);
    if let NextAction::Send { stage, .. } = action
        && want.is_none_or(|w| w == stage)
    {
        return Ok((stage, None));
    }
    if let Some(r @ (Reason::Paid { .. } | Reason::HandedOver { .. } | Reason::WrittenOff { .. })) =
        ladder::blocked(&case.case(), policy, today)
    {
        return Err(ActionError::Refused(t!(
            "err-record-no-letter",
            reason = r.to_string()
        )));
    }
    let last = ladder::last_letter(&case.letters, today).map(|l| l.stage);
    // The engine's word, as the ledger's note of a forced letter keeps it (in English),
    // and as the refusal shows it (in the user's language).
    let (why, why_shown) = match (&action, want) {
        (NextAction::Send { stage, .. }, Some(w)) => (
            format!(
                "the stage due is the {}, not the {}",
                stage.title(),
                w.title()
            ),
            t!(
                "err-record-stage-due-not-wanted",
                due = stage.name(),
                wanted = w.name()
            ),
        ),
        _ => {
            let d = action.describe();
            (d.clone(), d)
        }
    };
    let copy = t!(
        "err-record-copy-hint",
        invoice = case.invoice.number.as_str()
    );
    let sent_today = case
        .letters
        .iter()
        .filter(|l| l.sent == today)
        .max_by_key(|l| l.stage);
    if !force {
        let hint = match sent_today {
            Some(_) => copy,
            None => t!("err-record-force-hint"),
        };
        return Err(ActionError::Refused(t!(
            "err-record-not-sent",
            why = why_shown,
            hint = hint
        )));
    }
    // Never two letters for one invoice on one day, even with --force.
    if let Some(l) = sent_today {
        return Err(ActionError::Refused(t!(
            "err-record-sent-today",
            stage = l.stage.name(),
            today = today.to_string(),
            copy = copy
        )));
    }
    let stage = match want.or_else(|| last.map_or(Some(Stage::Reminder), |l| l.next())) {
        Some(s) => s,
        None => {
            return Err(ActionError::Refused(t!("err-record-legal-warning-sent")));
        }
    };
    if let Some(l) = last
        && stage <= l
    {
        return Err(ActionError::Refused(t!(
            "err-record-stage-cannot-follow",
            last = l.name(),
            stage = stage.name(),
            copy = copy
        )));
    }
    Ok((stage, Some(why)))
}

/// Records the letter due today that covers `number`: with it, every invoice of the same
/// client due today for the same stage in the same currency, unless `only`. Refuses,
/// with the engine's reason, when no stage is due for `number`; `force` overrides timing,
/// pauses and disputes for `number` alone, and is logged.
pub fn send(
    ledger: &mut Ledger,
    number: &str,
    want: Option<Stage>,
    force: bool,
    only: bool,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<SentLetter> {
    let none = EmailExtras::default();
    send_with(
        ledger,
        number,
        (want, force, only),
        (None, &none),
        today,
        assets,
    )
    .map(|(s, _)| s)
}

/// [`send`], and in the same transaction, queues the letter's delivery by `channel`
/// (email: the client must have an address, and the letter's enclosures must go with it
/// or be waived in `extras`, or nothing is recorded). The delivery's id.
pub fn send_with(
    ledger: &mut Ledger,
    number: &str,
    how: (Option<Stage>, bool, bool),
    (channel, extras): (Option<Channel>, &EmailExtras),
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<(SentLetter, Option<i64>)> {
    ledger.write(|tx| send_in(tx, number, how, (channel, extras), today, assets))
}

/// What the letter `send` would record for `number` lists as enclosed, and what the
/// email carrying it with `files` would say (see [`super::deliver::preview_email`]).
pub fn email_preview(
    ledger: &mut Ledger,
    (number, stage): (&str, Stage),
    files: Vec<Enclosure>,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<SendPreview> {
    super::deliver::preview_email(
        ledger,
        files,
        |tx| Ok(case_by_number(tx, number)?.invoice.client_id),
        |tx, waived| {
            let how = (Some(stage), false, false);
            let none = EmailExtras::default();
            let deliver = match waived {
                Some(w) => (Some(Channel::Email), w),
                None => (None, &none),
            };
            let (sent, delivery) = send_in(tx, number, how, deliver, today, assets)?;
            Ok((sent.letter_id, delivery))
        },
    )
}

/// The email a letter would travel in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailPreview {
    /// The client's address.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Text.
    pub body: String,
}

/// [`send_with`]'s work inside a transaction.
fn send_in(
    tx: &Tx,
    number: &str,
    (want, force, only): (Option<Stage>, bool, bool),
    deliver: (Option<Channel>, &EmailExtras),
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<(SentLetter, Option<i64>)> {
    let case = case_by_number(tx, number)?;
    let policy = tx.policy()?;
    let (stage, overridden) = stage_to_send(&case, &policy, want, force, today)?;
    let cases = if only || overridden.is_some() {
        vec![case]
    } else {
        let id = case.invoice.id;
        let client = tx.cases(CaseFilter::Client(case.invoice.client_id))?;
        let plans = client_plans(&client, &policy, today);
        match plans.iter().find(|p| p.invoice_ids.contains(&id)) {
            Some(p) => p.take(client),
            None => vec![case],
        }
    };
    let sent = record_letter(tx, cases, stage, overridden, today, assets, None)?;
    let delivery = queue(tx, &sent, deliver, today, assets)?;
    Ok((sent, delivery))
}

/// Queues a just-recorded letter's delivery, inside its transaction.
fn queue(
    tx: &Tx,
    sent: &SentLetter,
    (channel, extras): (Option<Channel>, &EmailExtras),
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<Option<i64>> {
    Ok(match channel {
        Some(Channel::Email) => Some(super::deliver::queue_email(
            tx,
            sent.letter_id,
            today,
            assets.data_dir.as_deref(),
            extras,
        )?),
        Some(Channel::Print) => Some(super::draft_print::queue_print(tx, sent.letter_id, today)?),
        Some(Channel::Draft) | None => None,
    })
}

/// Records every letter due today to one client (by id or exact name), in one
/// transaction. Refuses when none is due.
pub fn send_client(
    ledger: &mut Ledger,
    client: &str,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<Vec<SentLetter>> {
    Ok(send_client_with(
        ledger,
        client,
        (None, &EmailExtras::default()),
        today,
        assets,
    )?
    .into_iter()
    .map(|(s, _)| s)
    .collect())
}

/// [`send_client`], each letter's delivery queued by `channel` in the same transaction
/// (by email, each with the files in `extras`).
pub fn send_client_with(
    ledger: &mut Ledger,
    client: &str,
    deliver: (Option<Channel>, &EmailExtras),
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<Vec<(SentLetter, Option<i64>)>> {
    ledger.write(|tx| {
        let c = tx
            .find_client(client)
            .map_err(|e| ActionError::field("client", e))?;
        let policy = tx.policy()?;
        let cases = tx.cases(CaseFilter::Client(c.id))?;
        let plans = client_plans(&cases, &policy, today);
        if plans.is_empty() {
            return Err(ActionError::Refused(t!(
                "err-send-client-nothing-due",
                client = c.name.as_str()
            )));
        }
        let mut sent = Vec::new();
        for p in &plans {
            let s = record_letter(
                tx,
                p.take(cases.clone()),
                p.plan.stage,
                None,
                today,
                assets,
                None,
            )?;
            let d = queue(tx, &s, deliver, today, assets)?;
            sent.push((s, d));
        }
        Ok(sent)
    })
}

/// A letter's plan with the ledger ids of the invoices it covers.
pub(crate) struct PlannedLetter {
    /// The plan.
    pub(crate) plan: LetterPlan,
    /// Its invoices' ids, in the plan's order.
    pub(crate) invoice_ids: Vec<InvoiceId>,
}

impl PlannedLetter {
    /// The plan's cases out of `cases`, in the plan's order.
    pub(crate) fn take(&self, cases: Vec<CaseData>) -> Vec<CaseData> {
        let mut by_id: std::collections::HashMap<InvoiceId, CaseData> =
            cases.into_iter().map(|c| (c.invoice.id, c)).collect();
        self.invoice_ids
            .iter()
            .filter_map(|id| by_id.remove(id))
            .collect()
    }
}

/// The letters due on `today` for these cases, grouped by the domain's rule.
pub(crate) fn client_plans(
    cases: &[CaseData],
    policy: &ladder::LadderPolicy,
    today: NaiveDate,
) -> Vec<PlannedLetter> {
    let inputs: Vec<_> = cases
        .iter()
        .map(|c| super::plan::plan_input(c, policy, today))
        .collect();
    plans_with_ids(plan_letters(today, &inputs), cases)
}

/// Attaches to each plan the ids of its invoices.
pub(crate) fn plans_with_ids(plans: Vec<LetterPlan>, cases: &[CaseData]) -> Vec<PlannedLetter> {
    let ids: std::collections::HashMap<&str, InvoiceId> = cases
        .iter()
        .map(|c| (c.invoice.number.as_str(), c.invoice.id))
        .collect();
    plans
        .into_iter()
        .map(|plan| PlannedLetter {
            invoice_ids: plan
                .invoices
                .iter()
                .filter_map(|n| ids.get(n.as_str()).copied())
                .collect(),
            plan,
        })
        .collect()
}

/// Inserts the letter covering `cases` (one client's, first first) and its PDF inside
/// `tx`. A letter rendered beforehand (by a batch run) is used as it is when the facts
/// read now are the facts it was made from; otherwise it is composed again here, from
/// the facts as they are now.
pub(crate) fn record_letter(
    tx: &Tx,
    cases: Vec<CaseData>,
    stage: Stage,
    overridden: Option<String>,
    today: NaiveDate,
    assets: &LetterAssets,
    prerendered: Option<(&Gathered, RenderedLetter)>,
) -> Result<SentLetter> {
    let mut cases = cases.into_iter();
    let Some(first) = cases.next() else {
        return Err(ActionError::Refused(t!("err-send-no-invoice")));
    };
    let g = gather_group(tx, first, cases.collect())?;
    if let Some(missing) = super::letters::sender_missing(&g.profile) {
        return Err(ActionError::Refused(missing));
    }
    let deadline = g.policy.deadline(stage, g.case.debtor, today);
    let rendered = match prerendered {
        Some((made_from, r)) if *made_from == g => r,
        _ => super::letters::render_gathered(&g, stage, today, deadline, None, assets)?,
    };
    let inv = &g.case.invoice;
    let m = &rendered.model;
    let forced = overridden.is_some();
    let lines: Vec<(InvoiceId, Letter)> = std::iter::once(&g.case)
        .chain(&g.more)
        .zip(&m.items)
        .map(|(c, sums)| {
            (
                c.invoice.id,
                Letter {
                    id: 0,
                    stage,
                    sent: today,
                    deadline,
                    principal_minor: sums.principal_minor,
                    interest_minor: sums.interest_minor,
                    compensation_minor: sums.compensation_minor,
                    forced,
                },
            )
        })
        .collect();
    let id = tx.insert_stage_letter(g.client.id, inv.currency.code(), &lines)?;
    tx.attach_pdf(id, &rendered.pdf, &rendered.sha256, m.lang)?;
    tx.set_letter_subject(id, &m.subject)?;
    tx.insert_letter_enclosures(id, &m.enclosures)?;
    if let Some(why) = &overridden {
        let text = format!(
            "{} sent with --force; the engine said: {why}",
            stage.title()
        );
        tx.insert_event(inv.id, &event(today, EventKind::Note, None, &text))?;
    }
    Ok(SentLetter {
        letter_id: id,
        invoice: inv.number.clone(),
        invoices: m.items.iter().map(|i| i.invoice.clone()).collect(),
        client: g.client.name.clone(),
        stage,
        sent: today,
        deadline,
        balance_minor: m.balance_minor,
        currency: inv.currency,
        forced,
        total_minor: m.total_due_minor,
        sha256: rendered.sha256.clone(),
        pdf: rendered.pdf,
        warnings: m.warnings.clone(),
    })
}
