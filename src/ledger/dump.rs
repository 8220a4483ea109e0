//! The whole ledger as one JSON document: `overdue export` and `overdue import-json`.
//!
//! The dump keeps every id, so a ledger loaded from it is the same ledger: exporting it
//! again gives the same document. Loading is refused into a ledger that already holds
//! clients or invoices, and happens in one transaction.

use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::{LedgerError, Result, Tx};
use crate::domain::events::Event;
use crate::domain::invoice::{Invoice, Payment};
use crate::domain::ladder::{LadderPolicy, Letter};
use crate::domain::party::{BusinessProfile, Client};

/// The name in every dump's `format` field.
pub const DUMP_FORMAT: &str = "overdue-ledger";
/// The dump layout version this build writes and reads.
pub const DUMP_VERSION: i64 = 1;

/// One invoice and its history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DumpInvoice {
    /// The invoice.
    #[serde(flatten)]
    pub invoice: Invoice,
    /// Its payments.
    pub payments: Vec<Payment>,
    /// Its letters (without PDF bytes).
    pub letters: Vec<Letter>,
    /// Its log.
    pub events: Vec<Event>,
}

/// The whole ledger.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerDump {
    /// Always [`DUMP_FORMAT`].
    pub format: String,
    /// Layout version.
    pub version: i64,
    /// The business profile.
    pub profile: Option<BusinessProfile>,
    /// The ladder policy.
    pub policy: LadderPolicy,
    /// Every client.
    pub clients: Vec<Client>,
    /// Every invoice with its history.
    pub invoices: Vec<DumpInvoice>,
}

impl Tx<'_> {
    /// The whole ledger.
    pub fn dump(&self) -> Result<LedgerDump> {
        let invoices = self
            .cases(super::CaseFilter::All)?
            .into_iter()
            .map(|c| DumpInvoice {
                invoice: c.invoice,
                payments: c.payments,
                letters: c.letters,
                events: c.events,
            })
            .collect();
        Ok(LedgerDump {
            format: DUMP_FORMAT.into(),
            version: DUMP_VERSION,
            profile: self.profile()?,
            policy: self.policy()?,
            clients: self.clients()?,
            invoices,
        })
    }

    /// Loads a dump into this (empty) ledger, keeping every id.
    pub fn load_dump(&self, dump: &LedgerDump) -> Result<()> {
        if dump.format != DUMP_FORMAT || dump.version != DUMP_VERSION {
            return Err(LedgerError::Invalid(crate::t!(
                "err-ledger-dump-not-export",
                expected = DUMP_VERSION.to_string(),
                format = dump.format.clone(),
                version = dump.version.to_string()
            )));
        }
        let used: i64 = self.query_row(
            "SELECT (SELECT COUNT(*) FROM clients) + (SELECT COUNT(*) FROM invoices)",
            [],
            |r| r.get(0),
        )?;
        if used > 0 {
            return Err(LedgerError::Invalid(crate::t!("err-ledger-dump-not-empty")));
        }
        if let Some(p) = &dump.profile {
            self.set_profile(p)?;
        }
        self.set_policy(&dump.policy)?;
        for c in &dump.clients {
            self.execute(
                "INSERT INTO clients (id, name, kind, country, language, email, address, vat_id, notes,
                     law, individual, salutation, contact)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                super::clients::client_values(c).as_slice(),
            )?;
        }
        self.load_letters(dump)?;
        for d in &dump.invoices {
            self.load_invoice(d)?;
        }
        Ok(())
    }

    /// The letters of a dump, each once with the sum of what it asked on every invoice it
    /// covers (a letter to a client lists several invoices, each with its own letter row).
    fn load_letters(&self, dump: &LedgerDump) -> Result<()> {
        let mut letters: std::collections::BTreeMap<i64, (&Invoice, &Letter, i64)> =
            std::collections::BTreeMap::new();
        for d in &dump.invoices {
            for l in &d.letters {
                let asked = l.principal_minor + l.interest_minor + l.compensation_minor;
                letters
                    .entry(l.id)
                    .and_modify(|e| e.2 += asked)
                    .or_insert((&d.invoice, l, asked));
            }
        }
        for (id, (i, l, total)) in letters {
            self.execute(
                "INSERT INTO letters (id, kind, client_id, stage, sent, deadline, total_minor, currency, forced)
                 VALUES (?1, 'stage', ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![id, i.client_id, l.stage, l.sent, l.deadline, total, i.currency, l.forced],
            )
            .map_err(|e| {
                LedgerError::Invalid(crate::t!(
                    "err-ledger-dump-invoice",
                    number = i.number.clone(),
                    error = e.to_string()
                ))
            })?;
        }
        Ok(())
    }

    fn load_invoice(&self, d: &DumpInvoice) -> Result<()> {
        let i = &d.invoice;
        let bad = |what: String| {
            LedgerError::Invalid(crate::t!(
                "err-ledger-dump-invoice",
                number = i.number.clone(),
                error = what
            ))
        };
        self.execute(
            "INSERT INTO invoices (id, number, client_id, issued, due, amount_minor, currency, description, terms, late_rate_bp, terms_agreed_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![i.id, i.number, i.client_id, i.issued, i.due, i.amount_minor, i.currency, i.description, i.terms, i.late_rate_bp, i.terms_agreed_on],
        )
        .map_err(|e| bad(e.to_string()))?;
        let paid = d
            .payments
            .iter()
            .try_fold(0i64, |sum, p| sum.checked_add(p.amount_minor));
        let Some(paid) = paid else {
            return Err(bad(crate::t!("err-ledger-dump-payments-overflow")));
        };
        if paid > i.amount_minor {
            return Err(bad(crate::t!(
                "err-ledger-dump-payments-exceed",
                paid = paid.to_string(),
                amount = i.amount_minor.to_string()
            )));
        }
        for p in &d.payments {
            self.execute(
                "INSERT INTO payments (id, invoice_id, date, amount_minor, method, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![p.id, i.id, p.date, p.amount_minor, p.method, p.note],
            )
            .map_err(|e| bad(e.to_string()))?;
        }
        for l in &d.letters {
            self.execute(
                "INSERT INTO letter_invoices (letter_id, invoice_id, stage, sent, deadline, principal_minor,
                     interest_minor, compensation_minor, forced)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![l.id, i.id, l.stage, l.sent, l.deadline, l.principal_minor, l.interest_minor,
                    l.compensation_minor, l.forced],
            )
            .map_err(|e| bad(e.to_string()))?;
        }
        for e in &d.events {
            self.execute(
                "INSERT INTO events (id, invoice_id, date, kind, until, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![e.id, i.id, e.date, e.kind, e.until, e.text],
            )
            .map_err(|e| bad(e.to_string()))?;
        }
        self.refresh_lifecycle(i.id)
    }
}
