//! From the ledger's facts to a `LetterModel`: every word, number and date a letter
//! shows, already formatted for its language, before any layout.
//!
//! The PDF and the window's preview both draw this model, so what the user previews is
//! what is printed. The texts come from the templates; the tables, the blocks and the
//! sums are built here.

use chrono::NaiveDate;
use minijinja::Value;
use serde::Serialize;

use super::claim_table::{claim_table, interest_label, summary_row};
use super::context::{context, gb_protocol, step};
use super::i18n::{self, words};
use super::letterhead::{Letterhead, letterhead, payment_details};
use super::salutation::{greeting, sending_line};
use super::templates::{Block, TemplateError, Templates};
use crate::domain::interest::Claim;
use crate::domain::invoice::{Invoice, Payment};
use crate::domain::ladder::{Letter, Stage};
use crate::domain::money::Currency;
use crate::domain::party::{BusinessProfile, Client, Language, Paper};
use crate::present as format;

/// One invoice a letter covers, with its history and what the law allows on it.
#[derive(Clone, Copy, Debug)]
pub struct ItemFacts<'a> {
    /// The invoice.
    pub invoice: &'a Invoice,
    /// Its payments.
    pub payments: &'a [Payment],
    /// Letters already sent for it.
    pub earlier: &'a [Letter],
    /// What the law allows on it as of the letter's date.
    pub claim: &'a Claim,
}

/// What a letter asks on one invoice it covers, as recorded with the letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemSums {
    /// The invoice number.
    pub invoice: String,
    /// Its unpaid balance.
    pub principal_minor: i64,
    /// Interest claimed on it.
    pub interest_minor: i64,
    /// Compensation claimed on it.
    pub compensation_minor: i64,
}

/// The facts one letter is made of. A letter to a client covers one invoice (`invoice`,
/// `payments`, `earlier`, `claim`) or several (those, then `more`), all of one currency
/// and one stage.
#[derive(Clone, Debug)]
pub struct LetterFacts<'a> {
    /// The sender.
    pub profile: &'a BusinessProfile,
    /// The sender's logo, PNG or JPEG.
    pub logo: Option<&'a [u8]>,
    /// The recipient.
    pub client: &'a Client,
    /// The invoice.
    pub invoice: &'a Invoice,
    /// Its payments.
    pub payments: &'a [Payment],
    /// Letters already sent for it.
    pub earlier: &'a [Letter],
    /// The stage of this letter.
    pub stage: Stage,
    /// The letter's date.
    pub date: NaiveDate,
    /// The deadline it gives.
    pub deadline: NaiveDate,
    /// What the law allows as of the letter's date.
    pub claim: &'a Claim,
    /// Whether this stage claims interest and compensation (the policy's claim-from).
    pub include_claim: bool,
    /// The language to write in.
    pub lang: Language,
    /// The other invoices the letter covers, after the first.
    pub more: Vec<ItemFacts<'a>>,
}

impl<'a> LetterFacts<'a> {
    /// Every invoice the letter covers, the first first.
    pub fn items(&self) -> Vec<ItemFacts<'a>> {
        let first = ItemFacts {
            invoice: self.invoice,
            payments: self.payments,
            earlier: self.earlier,
            claim: self.claim,
        };
        std::iter::once(first)
            .chain(self.more.iter().copied())
            .collect()
    }

    /// What has been paid as of the letter's date, on every invoice it covers.
    pub(super) fn paid_minor(&self) -> i64 {
        self.items()
            .iter()
            .map(|i| i.invoice.amount_minor - i.claim.principal_minor)
            .sum()
    }

    /// What the letter asks for: the balances, plus interest and compensation when this
    /// stage claims them.
    pub(super) fn total_due_minor(&self) -> i64 {
        let c = self.claim_sum();
        if self.include_claim {
            c.total_minor
        } else {
            c.principal_minor
        }
    }

    /// The claim of the whole letter: the first invoice's, with the sums of every
    /// invoice it covers (the law, debtor and rate are the client's, the same for all).
    /// Interest runs from the earliest first day of default among them.
    pub fn claim_sum(&self) -> std::borrow::Cow<'a, Claim> {
        if self.more.is_empty() {
            return std::borrow::Cow::Borrowed(self.claim);
        }
        let mut c = self.claim.clone();
        for i in &self.more {
            c.principal_minor += i.claim.principal_minor;
            c.interest_minor += i.claim.interest_minor;
            c.compensation_minor += i.claim.compensation_minor;
            c.total_minor += i.claim.total_minor;
            c.daily_minor += i.claim.daily_minor;
            c.default_from = match (c.default_from, i.claim.default_from) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            c.compensation_withheld |= i.claim.compensation_withheld;
            for w in &i.claim.warnings {
                if !c.warnings.contains(w) {
                    c.warnings.push(w.clone());
                }
            }
            if c.compensation_note.is_none() {
                c.compensation_note.clone_from(&i.claim.compensation_note);
            }
        }
        c.periods.clear();
        std::borrow::Cow::Owned(c)
    }

    /// The payment reference: the invoice numbers, the first three and how many more.
    pub fn reference(&self) -> String {
        let numbers: Vec<&str> = self
            .items()
            .iter()
            .map(|i| i.invoice.number.as_str())
            .collect();
        super::statement::reference(&numbers)
    }
}

/// A table: headings, alignment, rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Table {
    /// Column headings.
    pub head: Vec<String>,
    /// Right-aligned columns (amounts).
    pub right: Vec<bool>,
    /// Relative column widths.
    pub widths: Vec<u16>,
    /// The rows.
    pub rows: Vec<TableRow>,
}

/// One row of a table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TableRow {
    /// The cells; a row may have fewer cells than columns (a label spanning the left ones).
    pub cells: Vec<String>,
    /// Printed bold, with a rule above (a total).
    pub total: bool,
}

/// Everything a letter shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LetterModel {
    /// A4 or Letter.
    pub paper: Paper,
    /// The language.
    pub lang: Language,
    /// The stage.
    pub stage: Stage,
    /// The stage's title ("Mahnung").
    pub title: String,
    /// Sender: name first, then address and contact lines.
    pub sender: Vec<String>,
    /// Logo bytes, PNG or JPEG.
    #[serde(skip)]
    pub logo: Option<Vec<u8>>,
    /// Recipient: name first, then the address lines.
    pub recipient: Vec<String>,
    /// How the letter is sent ("Raccomandata A/R"), printed above the recipient.
    pub sending: Option<String>,
    /// "Bologna, 22 novembre 2026".
    pub place_date: String,
    /// Subject line.
    pub subject: String,
    /// Salutation.
    pub salutation: String,
    /// Paragraphs before the tables.
    pub before: Vec<Block>,
    /// The invoice: number, issued, due, amount, paid, balance.
    pub invoice_table: Table,
    /// Interest periods, compensation and total, when this letter claims them.
    pub claim_table: Option<Table>,
    /// Further tables, each under its caption (a statement's activity).
    pub more_tables: Vec<(String, Table)>,
    /// Paragraphs after the tables.
    pub after: Vec<Block>,
    /// Payment instructions: (label, value).
    pub payment: Vec<(String, String)>,
    /// "Yours faithfully,".
    pub closing: String,
    /// Who signs.
    pub signatory: String,
    /// Enclosures, if any.
    pub enclosures: Vec<String>,
    /// "Enclosures" in the letter's language.
    pub enclosures_word: String,
    /// The footer's business details.
    pub footer: String,
    /// "Page" and "of" of the page numbers.
    pub page_words: (String, String),
    /// "(continued)".
    pub continued: String,
    /// The deadline.
    pub deadline: NaiveDate,
    /// The deadline as printed.
    pub deadline_text: String,
    /// The letter's date.
    pub date: NaiveDate,
    /// Invoice number (the payment reference).
    pub invoice_number: String,
    /// Total the letter asks for, minor units.
    pub total_due_minor: i64,
    /// Interest the letter claims, minor units.
    pub interest_minor: i64,
    /// Compensation the letter claims, minor units.
    pub compensation_minor: i64,
    /// Balance unpaid, minor units.
    pub balance_minor: i64,
    /// What it asks on each invoice it covers (one row for a statement: none).
    pub items: Vec<ItemSums>,
    /// The currency.
    pub currency: Currency,
    /// For the user, not printed: a stale rate table, enclosures to add.
    pub warnings: Vec<String>,
    /// PDF metadata: author.
    pub author: String,
}

/// Builds the letter: renders its template and lays out its blocks and tables.
pub fn compose(f: &LetterFacts<'_>, templates: &Templates) -> Result<LetterModel, TemplateError> {
    let lang = f.lang;
    let w = words(lang);
    let cur = f.invoice.currency;
    let money = |m: i64| format::money(m, cur, lang);
    let ctx = context(f);
    let text = templates.render(lang, f.stage, &ctx)?;
    let p = f.profile;
    let claim = f.claim;

    let Letterhead {
        sender,
        recipient,
        place_date,
        footer,
    } = letterhead(p, f.client, f.date, lang);

    let items = f.items();
    let mut invoice_rows: Vec<TableRow> = items
        .iter()
        .map(|i| TableRow {
            cells: vec![
                i.invoice.number.clone(),
                format::short_date(i.invoice.issued, lang),
                format::short_date(i.invoice.due, lang),
                money(i.invoice.amount_minor),
                money(i.invoice.amount_minor - i.claim.principal_minor),
                money(i.claim.principal_minor),
            ],
            total: false,
        })
        .collect();
    let sum = f.claim_sum();
    if items.len() > 1 {
        let amount: i64 = items.iter().map(|i| i.invoice.amount_minor).sum();
        invoice_rows.push(TableRow {
            cells: vec![
                w.sum.to_string(),
                String::new(),
                String::new(),
                money(amount),
                money(f.paid_minor()),
                money(sum.principal_minor),
            ],
            total: true,
        });
    }
    let invoice_table = Table {
        head: w.invoice_head.iter().map(|s| s.to_string()).collect(),
        right: vec![false, false, false, true, true, true],
        widths: vec![24, 15, 15, 16, 14, 16],
        rows: invoice_rows,
    };
    let claims = |c: &Claim| c.interest_minor > 0 || c.compensation_minor > 0;
    let included = f.include_claim && claims(&sum);
    let mut more_tables = Vec::new();
    let claim_table = if !included {
        None
    } else if items.len() == 1 {
        Some(claim_table(claim, f.client, lang))
    } else {
        // One claim table per invoice that bears interest or compensation, then the sums.
        for i in items.iter().filter(|i| claims(i.claim)) {
            more_tables.push((
                format!("{} {}", w.invoice_head[0], i.invoice.number),
                claim_table(i.claim, f.client, lang),
            ));
        }
        let mut rows = vec![summary_row(w.balance, &money(sum.principal_minor), true)];
        if sum.interest_minor > 0 {
            let label = interest_label(&sum, f.client, lang).1;
            rows.push(summary_row(label, &money(sum.interest_minor), false));
        }
        if sum.compensation_minor > 0 {
            rows.push(summary_row(
                w.compensation,
                &money(sum.compensation_minor),
                false,
            ));
        }
        rows.push(summary_row(w.total, &money(sum.total_minor), true));
        // The sums, under the invoices' tables, need no caption of their own.
        more_tables.push((
            String::new(),
            Table {
                head: Vec::new(),
                right: vec![false, true, true, true, true],
                widths: vec![34, 9, 19, 14, 19],
                rows,
            },
        ));
        None
    };
    let total_due = f.total_due_minor();

    let reference = f.reference();
    let (payment, payment_warnings) = payment_details(p, f.client, &reference, w);

    // A stale rate table matters only where the letter states a figure that rests on it.
    let mut warnings: Vec<String> = if f.include_claim {
        sum.warnings.clone()
    } else {
        Vec::new()
    };
    warnings.extend(payment_warnings);
    warnings.extend(greeting(f.client, lang).warning);
    if f.stage >= Stage::SevenDayNotice {
        warnings.extend(step(f).warning);
    }
    let mut enclosures = Vec::new();
    if f.stage == Stage::Reminder {
        // The reminder goes with a copy of the invoice (LAW.md's checklist).
        for i in &items {
            enclosures.push(format!("{} {}", w.invoice_copy, i.invoice.number));
            warnings.push(format!(
                "attach a copy of invoice {} to the reminder",
                i.invoice.number
            ));
        }
    }
    if gb_protocol(f) {
        enclosures = vec![
            "Statement of account".to_string(),
            "Information Sheet (Pre-Action Protocol for Debt Claims, Annex 1)".to_string(),
            "Reply Form".to_string(),
            "Financial Statement".to_string(),
        ];
        warnings.push(
            "enclose the Pre-Action Protocol for Debt Claims' Information Sheet and Reply Form (and a Financial Statement) with this letter, and allow 30 days"
                .into(),
        );
    }
    if f.include_claim && sum.compensation_withheld {
        warnings.extend(sum.compensation_note.clone());
    }
    let mut model = LetterModel {
        paper: p.paper,
        lang,
        stage: f.stage,
        title: i18n::title(f.stage, lang).to_string(),
        sender,
        logo: f.logo.map(<[u8]>::to_vec),
        recipient,
        // PEC reaches only Italian PEC addresses: to a client abroad it says nothing.
        sending: match (p.sending, f.client.country.code()) {
            (crate::domain::party::Sending::Pec, c) if c != "IT" => None,
            (s, _) => sending_line(s, f.stage, lang).map(str::to_string),
        },
        place_date,
        subject: text.subject,
        salutation: text.salutation,
        before: text.before,
        invoice_table,
        claim_table,
        more_tables,
        after: text.after,
        payment,
        closing: text.closing,
        signatory: p.signatory.clone().unwrap_or_else(|| p.name.clone()),
        enclosures,
        enclosures_word: w.enclosures.to_string(),
        footer,
        page_words: (w.page.0.to_string(), w.page.1.to_string()),
        continued: w.continued.to_string(),
        deadline: f.deadline,
        deadline_text: format::date(f.deadline, lang),
        date: f.date,
        invoice_number: reference,
        total_due_minor: total_due,
        interest_minor: if f.include_claim {
            sum.interest_minor
        } else {
            0
        },
        compensation_minor: if f.include_claim {
            sum.compensation_minor
        } else {
            0
        },
        balance_minor: sum.principal_minor,
        items: items
            .iter()
            .map(|i| ItemSums {
                invoice: i.invoice.number.clone(),
                principal_minor: i.claim.principal_minor,
                interest_minor: if f.include_claim {
                    i.claim.interest_minor
                } else {
                    0
                },
                compensation_minor: if f.include_claim {
                    i.claim.compensation_minor
                } else {
                    0
                },
            })
            .collect(),
        currency: cur,
        warnings,
        author: p.name.clone(),
    };
    // A character the letter's font lacks prints as '?': say so before it is sent.
    let missing = super::pdf::missing_glyphs(&model);
    if !missing.is_empty() {
        let list: String = missing
            .iter()
            .take(12)
            .map(|&c| format!("{c} (U+{:04X})", u32::from(c)))
            .collect::<Vec<_>>()
            .join(", ");
        model.warnings.push(format!(
            "the letter's font has no glyph for {list}; each prints as '?'"
        ));
    }
    Ok(model)
}

/// Contexts that exercise a template's branches, for checking it: a business debtor
/// with terms, earlier letters and a claim; and a consumer with none of them.
pub fn sample_contexts(lang: Language, stage: Stage) -> Vec<Value> {
    let samples = super::sample::facts_set(lang, stage);
    samples.iter().map(|s| context(&s.facts())).collect()
}
