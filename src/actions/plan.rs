//! The letters due on a day, as the domain's plan groups them: what `overdue letters
//! due` lists, what `run` sends, and the `letter` key of each row of `overdue due`.

use chrono::NaiveDate;

use super::Result;
use crate::domain::invoice::balance_on;
use crate::domain::ladder::{self, LadderPolicy};
use crate::domain::plan::{LetterPlan, PlanInput, plan_letters};
use crate::ledger::{CaseData, Ledger};

/// What the planner needs of one case on `today`.
pub(crate) fn plan_input(case: &CaseData, policy: &LadderPolicy, today: NaiveDate) -> PlanInput {
    let action = ladder::next_action(&case.case(), policy, today);
    plan_input_of(case, action, policy, today)
}

/// The same, with the engine's proposal already made.
pub(crate) fn plan_input_of(
    case: &CaseData,
    action: ladder::NextAction,
    policy: &LadderPolicy,
    today: NaiveDate,
) -> PlanInput {
    let claims_interest = match action {
        ladder::NextAction::Send { stage, .. } => stage >= policy.claim_from,
        _ => false,
    };
    PlanInput {
        client_id: case.invoice.client_id.0,
        client: case.client_name.clone(),
        invoice: case.invoice.number.clone(),
        currency: case.invoice.currency,
        balance_minor: balance_on(&case.invoice, &case.payments, today),
        days_overdue: (today - case.invoice.due).num_days().max(0),
        action,
        claims_interest,
    }
}

/// The letters due on `today`, one per client, currency and stage, ordered by client,
/// currency and stage.
pub fn letters_due(ledger: &mut Ledger, today: NaiveDate) -> Result<Vec<LetterPlan>> {
    ledger.read(|tx| -> Result<_> {
        let policy = tx.policy()?;
        let mut inputs = Vec::new();
        tx.each_case_for_engine(today, |case| {
            let input = plan_input(case, &policy, today);
            if matches!(input.action, ladder::NextAction::Send { .. }) {
                inputs.push(input);
            }
        })?;
        let mut plans = plan_letters(today, &inputs);
        sort_plans(&mut plans);
        Ok(plans)
    })
}

/// Orders letters by client name, then currency, then stage.
pub(crate) fn sort_plans(plans: &mut [LetterPlan]) {
    plans.sort_by(|a, b| {
        a.client
            .cmp(&b.client)
            .then(a.client_id.cmp(&b.client_id))
            .then(a.currency.code().cmp(b.currency.code()))
            .then(a.stage.cmp(&b.stage))
    });
}
