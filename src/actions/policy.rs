//! Editing the ladder policy: days per stage, deadlines, the minimum balance.

use serde::Serialize;

use super::{ActionError, Result};
use crate::domain::ladder::{LadderPolicy, Stage};
use crate::domain::money::{Currency, parse_amount_signed};
use crate::ledger::Ledger;
use crate::t;

/// Changes to the policy; `None` leaves a value as it is.
#[derive(Clone, Debug, Default)]
pub struct PolicyPatch {
    /// The stage whose days change.
    pub stage: Option<String>,
    /// Earliest day of that stage, from the due date.
    pub earliest_days: Option<i64>,
    /// Deadline that stage's letter gives.
    pub deadline_days: Option<i64>,
    /// Deadline of the legal warning to consumers.
    pub consumer_legal_warning_deadline_days: Option<i64>,
    /// Minimum balance worth chasing, e.g. `0.01` (in the profile's currency units).
    pub min_balance: Option<String>,
    /// The first stage whose letter claims interest and compensation.
    pub claim_from: Option<String>,
}

/// Applies a patch to the stored policy, validating the result before saving it.
pub fn set_policy(ledger: &mut Ledger, patch: &PolicyPatch) -> Result<LadderPolicy> {
    set_policies(ledger, std::slice::from_ref(patch))
}

/// Applies several patches (the window's whole policy form) in one transaction; the
/// result is validated once, after all of them.
pub fn set_policies(ledger: &mut Ledger, patches: &[PolicyPatch]) -> Result<LadderPolicy> {
    ledger.write(|tx| {
        let mut policy = tx.policy()?;
        for patch in patches {
            apply(tx, &mut policy, patch)?;
        }
        policy
            .validate()
            .map_err(|e| ActionError::field("policy", e))?;
        tx.set_policy(&policy)?;
        Ok(policy)
    })
}

fn apply(tx: &crate::ledger::Tx, policy: &mut LadderPolicy, patch: &PolicyPatch) -> Result<()> {
    {
        if patch.earliest_days.is_some() || patch.deadline_days.is_some() {
            let stage: Stage = patch
                .stage
                .as_deref()
                .ok_or_else(|| ActionError::field("stage", t!("err-policy-stage-required")))?
                .parse()
                .map_err(|e| ActionError::field("stage", e))?;
            let rule = &mut policy.rules[stage.index()];
            rule.earliest_days = patch.earliest_days.unwrap_or(rule.earliest_days);
            rule.deadline_days = patch.deadline_days.unwrap_or(rule.deadline_days);
        }
        if let Some(days) = patch.consumer_legal_warning_deadline_days {
            policy.consumer_legal_warning_deadline_days = days;
        }
        if let Some(min) = &patch.min_balance {
            let currency = tx.profile()?.map_or(Currency::EUR, |p| p.currency);
            policy.min_balance_minor = parse_amount_signed(min, currency)
                .map_err(|e| ActionError::field("min balance", e))?;
        }
        if let Some(stage) = &patch.claim_from {
            policy.claim_from = stage
                .parse()
                .map_err(|e| ActionError::field("claim from", e))?;
        }
    }
    Ok(())
}

/// The stored policy.
pub fn policy(ledger: &mut Ledger) -> Result<LadderPolicy> {
    ledger.read(|tx| Ok(tx.policy()?))
}

/// One stage of the policy, as scripts read it.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct StageView {
    /// The stage.
    pub stage: Stage,
    /// Earliest day, from the due date.
    pub earliest_days: i64,
    /// Deadline the letter gives, in days.
    pub deadline_days: i64,
}

/// The policy, as scripts read it (`overdue policy show --json`).
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct PolicyView {
    /// The stages in ladder order.
    pub stages: Vec<StageView>,
    /// Deadline of the legal warning to consumers.
    pub consumer_legal_warning_deadline_days: i64,
    /// Nothing is sent at or below this balance, in minor units.
    pub min_balance_minor: i64,
    /// The first stage whose letter claims interest and compensation.
    pub claim_from: Stage,
}

impl From<&LadderPolicy> for PolicyView {
    fn from(p: &LadderPolicy) -> Self {
        let stages = Stage::ALL
            .iter()
            .map(|s| StageView {
                stage: *s,
                earliest_days: p.rule(*s).earliest_days,
                deadline_days: p.rule(*s).deadline_days,
            })
            .collect();
        PolicyView {
            stages,
            consumer_legal_warning_deadline_days: p.consumer_legal_warning_deadline_days,
            min_balance_minor: p.min_balance_minor,
            claim_from: p.claim_from,
        }
    }
}
