//! Letter actions: what the law allows (`claim`), the facts a letter is made of
//! (`Gathered`), its composition and PDF, and a preview that records nothing
//! (`preview`). Recording is in `send.rs`, the whole due queue in `run.rs`, and stored
//! PDFs written back out in `letter_files.rs`.
//!
//! The texts and rates a letter uses can be changed by the user: templates and rate files
//! in the data dir (the folder that holds the ledger) override the embedded ones.

use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::record::case_by_number;
use super::{ActionError, Result};
use crate::domain::events::CorrectionKind;
use crate::domain::interest::{Claim, ClaimInput, balance_only, compute_claim};
use crate::domain::ladder::{self, LadderPolicy, Letter, NextAction, Stage};
use crate::domain::party::{BusinessProfile, Client, Language};
use crate::domain::rates::{RateOrigin, RateSeries, RateTable, parse_rate_file, percent};

use crate::ledger::{CaseData, Ledger, Tx};
use crate::letters::compose::{ItemFacts, LetterFacts, LetterModel, compose};
use crate::letters::pdf;
use crate::letters::templates::Templates;
use crate::t;

/// The templates and rate tables in force: embedded, with the user's files over them.
#[derive(Debug)]
pub struct LetterAssets {
    /// Letter texts.
    pub templates: Templates,
    /// Reference rates.
    pub rates: RateTable,
    /// Where the user's files live (email texts are read from there when used).
    pub data_dir: Option<std::path::PathBuf>,
}

impl LetterAssets {
    /// Only what is embedded in the binary.
    pub fn embedded() -> LetterAssets {
        LetterAssets {
            templates: Templates::embedded(),
            rates: RateTable::embedded(),
            data_dir: None,
        }
    }

    /// The embedded assets with the user's templates and rate files from `data_dir`.
    /// A user file that cannot be used is an error naming it.
    pub fn load(data_dir: Option<&Path>) -> Result<LetterAssets> {
        let templates =
            Templates::load(data_dir).map_err(|e| ActionError::Refused(e.to_string()))?;
        Ok(LetterAssets {
            templates,
            rates: load_rates(data_dir)?,
            data_dir: data_dir.map(Path::to_path_buf),
        })
    }

    /// The assets for a ledger: user files live in the ledger's folder.
    pub fn for_ledger(ledger: &Ledger) -> Result<LetterAssets> {
        LetterAssets::load(data_dir(ledger).as_deref())
    }
}

/// The shipped rate tables with the user's rate files from `data_dir` over them.
pub fn load_rates(data_dir: Option<&Path>) -> Result<RateTable> {
    {
        let mut rates = RateTable::embedded();
        if let Some(dir) = data_dir {
            for series in RateSeries::ALL {
                let path = dir.join("rates").join(series.file_name());
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let entries = parse_rate_file(
                    *series,
                    &text,
                    RateOrigin::User,
                    &path.display().to_string(),
                )
                .map_err(|e| ActionError::Refused(e.to_string()))?;
                rates.merge(entries);
            }
        }
        Ok(rates)
    }
}

/// The folder that holds the ledger; user templates, rates and backups live there.
pub fn data_dir(ledger: &Ledger) -> Option<PathBuf> {
    ledger.path().parent().map(Path::to_path_buf)
}

pub(crate) fn profile_of(tx: &Tx) -> Result<BusinessProfile> {
    tx.profile()?
        .ok_or_else(|| ActionError::Refused(t!("err-letters-no-profile")))
}

/// The claim's input for a case as of `today`. `sending` is the letter being written,
/// counted as sent: in some laws it is what starts interest.
fn claim_input<'a>(
    profile: &BusinessProfile,
    client: &Client,
    case: &'a CaseData,
    letters: &'a [Letter],
    today: NaiveDate,
) -> ClaimInput<'a> {
    ClaimInput {
        law: profile.law_for(client.law),
        debtor: client.kind,
        invoice: &case.invoice,
        payments: &case.payments,
        letters,
        as_of: today,
    }
}

/// What a letter's sender block lacks, as a refusal naming it: a letter goes out with the
/// sender's postal address and the town it is dated from.
pub fn sender_missing(p: &BusinessProfile) -> Option<String> {
    let blank = |o: &Option<String>| o.as_deref().is_none_or(|s| s.trim().is_empty());
    let what = match (blank(&p.address), blank(&p.city)) {
        (true, true) => "both",
        (true, false) => "address",
        (false, true) => "city",
        (false, false) => return None,
    };
    Some(t!(
        "err-letters-sender-missing",
        missing = t!("msg-letters-sender-lacks", what = what)
    ))
}

/// What the law allows on a case as of `today`. A day the rate tables do not cover is
/// refused with the table named: no figure is stated that the tables cannot back.
pub fn claim_of(
    profile: &BusinessProfile,
    client: &Client,
    case: &CaseData,
    today: NaiveDate,
    rates: &RateTable,
) -> Result<Claim> {
    let input = claim_input(profile, client, case, &case.letters, today);
    compute_claim(&input, rates).map_err(|e| ActionError::Refused(e.to_string()))
}

/// One interest period, as scripts read it.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct PeriodView {
    /// First day.
    pub from: NaiveDate,
    /// Last day, inclusive.
    pub to: NaiveDate,
    /// Days.
    pub days: i64,
    /// Balance the interest runs on, minor units.
    pub principal_minor: i64,
    /// Yearly rate, e.g. "10.15".
    pub rate_percent: String,
    /// Interest of the period, minor units.
    pub interest_minor: i64,
}

/// `overdue claim --json`.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct ClaimView {
    /// Invoice number.
    pub invoice: String,
    /// Currency code.
    pub currency: String,
    /// Balance unpaid.
    pub principal_minor: i64,
    /// Interest.
    pub interest_minor: i64,
    /// Fixed compensation.
    pub compensation_minor: i64,
    /// Sum.
    pub total_minor: i64,
    /// The law, in a sentence.
    pub basis: String,
    /// How the rate was chosen: statutory, statutory_fixed, legal, contractual or no_interest.
    pub rate_kind: crate::domain::interest::RateKind,
    /// The rate as a sentence: "8 points over the ECB main refinancing rate (2.15 %)".
    pub rate_formula: String,
    /// The first day interest runs (the first day of default); null when it does not run.
    pub default_from: Option<NaiveDate>,
    /// Why interest starts then: "the day after the due date", "agreed terms", ...
    pub default_reason: String,
    /// Interest a day from the as-of date on the current balance, minor units.
    pub daily_minor: i64,
    /// The periods.
    pub periods: Vec<PeriodView>,
    /// Stale tables, compensation not claimed, and the like.
    pub warnings: Vec<String>,
}

impl ClaimView {
    /// The view of a claim on an invoice.
    pub fn new(number: &str, c: &Claim) -> ClaimView {
        let mut warnings = c.warnings.clone();
        if c.compensation_withheld {
            warnings.extend(c.compensation_note.clone());
        }
        ClaimView {
            invoice: number.to_string(),
            currency: c.currency.code().to_string(),
            principal_minor: c.principal_minor,
            interest_minor: c.interest_minor,
            compensation_minor: c.compensation_minor,
            total_minor: c.total_minor,
            basis: c.basis.clone(),
            rate_kind: c.rate_kind,
            rate_formula: c.rate_formula(),
            default_from: c.default_from,
            default_reason: c.default_reason(),
            daily_minor: c.daily_minor,
            periods: c
                .periods
                .iter()
                .map(|p| PeriodView {
                    from: p.from,
                    to: p.to,
                    days: p.days,
                    principal_minor: p.principal_minor,
                    rate_percent: percent(p.rate_bp),
                    interest_minor: p.interest_minor,
                })
                .collect(),
            warnings,
        }
    }
}

/// What the law allows on one invoice as of `today`, whatever stage it has reached.
pub fn claim(
    ledger: &mut Ledger,
    number: &str,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<(ClaimView, Claim)> {
    ledger.read(|tx| {
        let case = case_by_number(tx, number)?;
        let profile = profile_of(tx)?;
        let client = tx.client(case.invoice.client_id)?;
        let c = claim_of(&profile, &client, &case, today, &assets.rates)?;
        Ok((ClaimView::new(&case.invoice.number, &c), c))
    })
}

/// Everything a letter is made of, read in one transaction. Its facts: two letters
/// gathered from equal facts are the same letter, so a batch that rendered a letter
/// outside the write lock compares the facts under it instead of composing again.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Gathered {
    // Shared: a batch run holds one Gathered per due letter.
    pub(crate) profile: Arc<BusinessProfile>,
    pub(crate) logo: Option<Arc<[u8]>>,
    pub(crate) client: Client,
    /// The first invoice the letter covers.
    pub(crate) case: CaseData,
    /// The other invoices it covers (same client, currency and stage).
    pub(crate) more: Vec<CaseData>,
    pub(crate) policy: LadderPolicy,
    /// Corrections of the invoice made since its last letter, as the preview reports them.
    pub(crate) changed: Vec<String>,
    /// A demo ledger: every letter is marked DEMO.
    pub(crate) demo: bool,
}

pub(crate) fn gather(tx: &Tx, case: CaseData) -> Result<Gathered> {
    gather_group(tx, case, Vec::new())
}

/// Gathers a letter that covers `case` and `more` (the same client's).
pub(crate) fn gather_group(tx: &Tx, case: CaseData, more: Vec<CaseData>) -> Result<Gathered> {
    let mut changed = Vec::new();
    for c in std::iter::once(&case).chain(&more) {
        changed.extend(corrected_since_last_letter(tx, c)?);
    }
    Ok(Gathered {
        profile: Arc::new(profile_of(tx)?),
        logo: tx.logo()?.map(Arc::from),
        client: tx.client(case.invoice.client_id)?,
        policy: tx.policy()?,
        demo: tx.is_demo()?,
        case,
        more,
        changed,
    })
}

/// The corrections of an invoice made since its last letter, as the preview reports them.
pub(crate) fn corrected_since_last_letter(tx: &Tx, case: &CaseData) -> Result<Vec<String>> {
    let Some(last) = case.letters.iter().map(|l| l.sent).max() else {
        return Ok(Vec::new());
    };
    Ok(tx
        .corrections(&case.invoice.number)?
        .into_iter()
        .filter(|c| c.kind == CorrectionKind::InvoiceChanged && c.date >= last)
        .map(|c| {
            t!(
                "msg-letters-corrected-since",
                last = last.to_string(),
                date = c.date.to_string(),
                detail = c.detail,
                reason = c.reason
            )
        })
        .collect())
}

/// A composed and rendered letter.
#[derive(Clone, Debug)]
pub struct RenderedLetter {
    /// The model (for the preview and the summary).
    pub model: LetterModel,
    /// The PDF.
    pub pdf: Vec<u8>,
    /// Its sha256, hex.
    pub sha256: String,
}

/// Composes and renders the letter of `stage` for a gathered case.
pub(crate) fn render_gathered(
    g: &Gathered,
    stage: Stage,
    today: NaiveDate,
    deadline: NaiveDate,
    lang: Option<Language>,
    assets: &LetterAssets,
) -> Result<RenderedLetter> {
    let model = compose_gathered(g, stage, today, deadline, lang, assets)?;
    Ok(render_model(model))
}

/// Lays a composed letter out as PDF.
pub(crate) fn render_model(model: LetterModel) -> RenderedLetter {
    let pdf = pdf::render(&model);
    let sha256 = sha256_hex(&pdf);
    RenderedLetter { model, pdf, sha256 }
}

/// Composes the letter of `stage` for a gathered case (no layout yet).
pub(crate) fn compose_gathered(
    g: &Gathered,
    stage: Stage,
    today: NaiveDate,
    deadline: NaiveDate,
    lang: Option<Language>,
    assets: &LetterAssets,
) -> Result<LetterModel> {
    let include_claim = stage >= g.policy.claim_from;
    let claim = letter_claim(g, &g.case, stage, today, deadline, include_claim, assets)?;
    let more_claims: Vec<Claim> = g
        .more
        .iter()
        .map(|c| letter_claim(g, c, stage, today, deadline, include_claim, assets))
        .collect::<Result<_>>()?;
    let facts = LetterFacts {
        profile: &g.profile,
        logo: g.logo.as_deref(),
        client: &g.client,
        invoice: &g.case.invoice,
        payments: &g.case.payments,
        earlier: &g.case.letters,
        stage,
        date: today,
        deadline,
        claim: &claim,
        include_claim,
        lang: lang.unwrap_or(g.client.language),
        more: g
            .more
            .iter()
            .zip(&more_claims)
            .map(|(c, claim)| ItemFacts {
                invoice: &c.invoice,
                payments: &c.payments,
                earlier: &c.letters,
                claim,
            })
            .collect(),
    };
    let mut model =
        compose(&facts, &assets.templates).map_err(|e| ActionError::Refused(e.to_string()))?;
    model.warnings.extend(g.changed.iter().cloned());
    model.warnings.extend(sender_missing(&g.profile));
    if g.demo {
        model.subject = format!("DEMO – {}", model.subject);
        model.footer = format!("DEMO DATA, NOT A REAL LETTER · {}", model.footer);
    }
    Ok(model)
}

/// What the law allows on one invoice of a letter of `stage` written on `today`.
fn letter_claim(
    g: &Gathered,
    case: &CaseData,
    stage: Stage,
    today: NaiveDate,
    deadline: NaiveDate,
    include_claim: bool,
    assets: &LetterAssets,
) -> Result<Claim> {
    // The letter being written counts as sent: a German Mahnung's deadline, or a French
    // mise en demeure, is what starts interest.
    let mut letters: Vec<Letter> = case
        .letters
        .iter()
        .filter(|l| l.sent <= today)
        .cloned()
        .collect();
    letters.push(Letter {
        id: 0,
        stage,
        sent: today,
        deadline,
        principal_minor: 0,
        interest_minor: 0,
        compensation_minor: 0,
        forced: false,
    });
    let input = claim_input(&g.profile, &g.client, case, &letters, today);
    match compute_claim(&input, &assets.rates) {
        Ok(c) => Ok(c),
        // A letter that claims nothing needs no rate.
        Err(_) if !include_claim => Ok(balance_only(&input)),
        Err(e) => Err(ActionError::Refused(t!(
            "err-letters-interest-unstated",
            stage = stage.name(),
            error = e.to_string()
        ))),
    }
}

/// Hex sha256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Renders and stores the PDFs of the demo data's letters, each as of the day it was
/// sent (the claim of that day, the letters before it), in one transaction. Only for the
/// demo: a real letter recorded without a PDF is never given one afterwards, since that
/// would not be the letter that was sent.
pub fn render_demo_letters(ledger: &mut Ledger, assets: &LetterAssets) -> Result<usize> {
    ledger.write(|tx| {
        let mut count = 0;
        for id in tx.invoices_with_letters_lacking_pdf()? {
            let full = tx.case(id)?;
            let stored = tx.stored_letters(id)?;
            let g = gather(tx, full.clone())?;
            for letter in full
                .letters
                .iter()
                .filter(|l| stored.iter().any(|s| s.id == l.id && s.pdf.is_none()))
            {
                let mut case = full.clone();
                case.payments.retain(|p| p.date <= letter.sent);
                case.letters.retain(|l| {
                    l.sent < letter.sent || (l.sent == letter.sent && l.stage < letter.stage)
                });
                case.events.retain(|e| e.date <= letter.sent);
                let as_of = Gathered { case, ..g.clone() };
                let r = render_gathered(
                    &as_of,
                    letter.stage,
                    letter.sent,
                    letter.deadline,
                    None,
                    assets,
                )?;
                tx.attach_pdf(letter.id, &r.pdf, &r.sha256, r.model.lang)?;
                count += 1;
            }
        }
        Ok(count)
    })
}

/// The stage a preview shows when none is asked for: the one due, else the one after
/// the last letter sent.
fn preview_stage(g: &Gathered, today: NaiveDate) -> Result<Stage> {
    if let NextAction::Send { stage, .. } = ladder::next_action(&g.case.case(), &g.policy, today) {
        return Ok(stage);
    }
    match ladder::last_letter(&g.case.letters, today) {
        None => Ok(Stage::Reminder),
        Some(l) => l
            .stage
            .next()
            .ok_or_else(|| ActionError::Refused(t!("err-letters-all-sent"))),
    }
}

/// A preview of a letter: records nothing. With `stage`, any stage, due or not. The
/// letter due is previewed as `send` would record it: with the client's other invoices
/// due for that stage in that currency.
pub fn preview(
    ledger: &mut Ledger,
    number: &str,
    stage: Option<Stage>,
    lang: Option<Language>,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<RenderedLetter> {
    preview_letter(ledger, number, stage, lang, false, today, assets)
}

/// A preview of the letter for `number` alone (`send --only`): records nothing.
pub fn preview_only(
    ledger: &mut Ledger,
    number: &str,
    stage: Option<Stage>,
    lang: Option<Language>,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<RenderedLetter> {
    preview_letter(ledger, number, stage, lang, true, today, assets)
}

fn preview_letter(
    ledger: &mut Ledger,
    number: &str,
    stage: Option<Stage>,
    lang: Option<Language>,
    only: bool,
    today: NaiveDate,
    assets: &LetterAssets,
) -> Result<RenderedLetter> {
    let g = ledger.read(|tx| -> Result<Gathered> {
        let case = case_by_number(tx, number)?;
        let policy = tx.policy()?;
        let due = match ladder::next_action(&case.case(), &policy, today) {
            NextAction::Send { stage: s, .. } => stage.is_none_or(|w| w == s),
            _ => false,
        };
        if only || !due {
            return gather(tx, case);
        }
        let id = case.invoice.id;
        let cases = tx.cases(crate::ledger::CaseFilter::Client(case.invoice.client_id))?;
        let plans = super::send::client_plans(&cases, &policy, today);
        let mut group = match plans.iter().find(|p| p.invoice_ids.contains(&id)) {
            Some(p) => p.take(cases),
            None => vec![case],
        }
        .into_iter();
        match group.next() {
            Some(first) => gather_group(tx, first, group.collect()),
            None => Err(ActionError::Refused(t!("err-send-no-invoice"))),
        }
    })?;
    let stage = match stage {
        Some(s) => s,
        None => preview_stage(&g, today)?,
    };
    let deadline = g.policy.deadline(stage, g.case.debtor, today);
    render_gathered(&g, stage, today, deadline, lang, assets)
}
