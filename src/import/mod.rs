//! Bringing invoices in from elsewhere: CSV files, all or nothing.
//!
//! An import is one transaction. The file is checked whole first; then clients are
//! matched by exact name or created, invoices and their already-paid amounts are
//! written, and any refusal (a duplicate number, a bad client code) rolls everything
//! back and lists every bad row. A dry run goes through the very same steps and rolls
//! back at the end, so its report is exact.

pub mod csv;
pub mod headers;

use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

use crate::actions::{ClientInput, parse_client};
use crate::domain::dates::SlashOrder;
use crate::domain::invoice::{NewInvoice, Payment};
use crate::domain::money::Currency;
use crate::domain::party::ClientId;
use crate::ledger::{Ledger, LedgerError, Tx};

/// One bad cell (or row), for the user to fix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// Spreadsheet row number (the header is row 1).
    pub row: usize,
    /// Column name (`-` for the whole row).
    pub column: String,
    /// The value found (shortened if long).
    pub value: String,
    /// Why it is refused.
    pub reason: String,
}

impl RowError {
    /// A row error.
    pub fn new(row: usize, column: &str, value: &str, reason: impl ToString) -> Self {
        // Shortened, and with control characters written out: a value is shown on a
        // terminal or in a toast, where an escape sequence must not act.
        let shown: String = value
            .chars()
            .take(60)
            .flat_map(|c| {
                let escaped: Vec<char> = if c.is_control() {
                    c.escape_default().collect()
                } else {
                    vec![c]
                };
                escaped
            })
            .collect();
        let value = if value.chars().count() > 60 {
            format!("{shown}…")
        } else {
            shown
        };
        RowError {
            row,
            column: column.to_string(),
            value,
            reason: reason.to_string(),
        }
    }
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!(
            "err-import-row",
            row = self.row,
            column = self.column.as_str(),
            value = self.value.as_str(),
            reason = self.reason.as_str()
        ))
    }
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file as a whole cannot be read.
    #[error(
        "{}",
        crate::t!("err-import-file", file = .file.clone(), reason = .reason.clone())
    )]
    File {
        /// The file.
        file: String,
        /// Why.
        reason: String,
    },
    /// Slash dates that could be read either way.
    #[error(
        "{}",
        crate::t!(
            "err-import-ambiguous-dates",
            row = (*.row),
            column = (*.column),
            value = .value.clone()
        )
    )]
    AmbiguousDates {
        /// First ambiguous row.
        row: usize,
        /// Its column.
        column: &'static str,
        /// Its value.
        value: String,
    },
    /// One or more bad rows.
    #[error(
        "{}\n{}",
        crate::t!("err-import-rows", count = .0.len()),
        .0.iter().map(|e| format!("  {e}")).collect::<Vec<_>>().join("\n")
    )]
    Rows(Vec<RowError>),
    /// The ledger failed.
    #[error(transparent)]
    Ledger(#[from] LedgerError),
}

/// What an import did (or, in a dry run, would do).
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ImportReport {
    /// Nothing was written.
    pub dry_run: bool,
    /// Invoices added.
    pub invoices: usize,
    /// Clients created.
    pub clients_created: usize,
    /// Payments recorded from the paid column.
    pub payments: usize,
    /// Invoice numbers already in the ledger, skipped with `--skip-existing`.
    pub skipped: Vec<String>,
    /// The names of the clients created (or, in a dry run, to be created).
    pub new_clients: Vec<String>,
    /// Names in the file read as a known client ("ROSSI S.R.L." → "Rossi S.r.l."), with
    /// `--match-clients`.
    pub matched: Vec<(String, String)>,
    /// The file's encoding when it was not plain UTF-8 (converted): "Windows-1252",
    /// "ISO-8859-15" or "UTF-16".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
}

/// How to import.
#[derive(Clone, Copy, Debug, Default)]
pub struct ImportOptions {
    /// Order of slash dates, when the file cannot tell.
    pub date_format: Option<SlashOrder>,
    /// Skip invoice numbers already in the ledger instead of refusing the file.
    pub skip_existing: bool,
    /// Check and report, write nothing.
    pub dry_run: bool,
    /// A client name that differs from a known one only in case, accents or punctuation
    /// ("ROSSI S.R.L." beside "Rossi S.r.l.") is that client; without this, such rows
    /// are refused so that no near-duplicate client is created by accident.
    pub match_clients: bool,
}

/// Imports the CSV file at `path` in one transaction.
pub fn import_csv(
    ledger: &mut Ledger,
    path: &Path,
    opts: ImportOptions,
) -> Result<ImportReport, ImportError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ImportError::File {
        file: name.clone(),
        reason: e.to_string(),
    })?;
    let profile = ledger.read(|tx| -> Result<_, LedgerError> { tx.profile() })?;
    let default_currency = profile.as_ref().map_or(Currency::EUR, |p| p.currency);
    // Slash dates the file cannot tell apart follow the profile's convention: day first
    // in Europe, month first only for a US business.
    let convention = profile.as_ref().map(|p| p.country.slash_order());
    // Numbers already in the ledger are listed with the malformed rows, in one pass.
    let rows = ledger.read(|tx| -> Result<_, ImportError> {
        let known = |n: &str| matches!(tx.invoice_id_by_number(n), Ok(Some(_)));
        let existing: Option<csv::Existing> = (!opts.skip_existing).then_some(&known);
        csv::read_rows_with(
            &name,
            &bytes,
            opts.date_format,
            convention,
            default_currency,
            existing,
        )
    })?;
    let (_, encoding) = csv::decode(&name, &bytes)?;
    let mut report = ledger.write_or_rollback(!opts.dry_run, |tx| write_rows(tx, &rows, opts))?;
    report.encoding = encoding.map(str::to_string);
    Ok(report)
}

/// A known client (in the ledger, or created earlier from this file) whose name folds to
/// the same letters and digits as `name` but is not `name`.
/// The ledger's clients are read once per import, on the first name not found (the
/// clients the import creates are in `seen`).
fn near_duplicate(
    tx: &Tx,
    known: &mut Option<Vec<(String, ClientId)>>,
    seen: &HashMap<String, ClientId>,
    name: &str,
) -> Result<Option<(String, ClientId)>, LedgerError> {
    let wanted = crate::domain::party::fold_name(name);
    if wanted.is_empty() {
        return Ok(None);
    }
    let same = |other: &str| other != name && crate::domain::party::fold_name(other) == wanted;
    let known = match known {
        Some(k) => k,
        empty => empty.insert(tx.clients()?.into_iter().map(|c| (c.name, c.id)).collect()),
    };
    if let Some((n, id)) = known.iter().find(|(n, _)| same(n)) {
        return Ok(Some((n.clone(), *id)));
    }
    let mut in_file: Vec<(&String, &ClientId)> = seen.iter().filter(|(n, _)| same(n)).collect();
    in_file.sort();
    Ok(in_file.first().map(|(n, id)| ((*n).clone(), **id)))
}

/// Writes checked rows; collects every refusal and fails with all of them.
fn write_rows(
    tx: &Tx,
    rows: &[csv::ImportRow],
    opts: ImportOptions,
) -> Result<ImportReport, ImportError> {
    let profile = tx.profile()?;
    let mut report = ImportReport {
        dry_run: opts.dry_run,
        ..Default::default()
    };
    let mut errors = vec![];
    let mut clients: HashMap<String, ClientId> = HashMap::new();
    let mut known = None;
    for r in rows {
        if tx.invoice_id_by_number(&r.number)?.is_some() {
            if opts.skip_existing {
                report.skipped.push(r.number.clone());
            } else {
                errors.push(RowError::new(
                    r.row,
                    "number",
                    &r.number,
                    csv::already_in_ledger(),
                ));
            }
            continue;
        }
        let client_id = match clients.get(&r.client) {
            Some(id) => *id,
            None => match tx.client_by_name(&r.client)? {
                Some(c) => *clients.entry(r.client.clone()).or_insert(c.id),
                None if let Some((name, id)) =
                    near_duplicate(tx, &mut known, &clients, &r.client)? =>
                {
                    if opts.match_clients {
                        report.matched.push((r.client.clone(), name));
                        *clients.entry(r.client.clone()).or_insert(id)
                    } else {
                        errors.push(RowError::new(
                            r.row,
                            "client",
                            &r.client,
                            crate::t!("err-import-near-duplicate", name = name.as_str()),
                        ));
                        continue;
                    }
                }
                None => {
                    let input = ClientInput {
                        name: r.client.clone(),
                        kind: r.kind.clone(),
                        country: r.country.clone(),
                        email: r.email.clone(),
                        ..Default::default()
                    };
                    match parse_client(&input, profile.as_ref()) {
                        Ok(new) => {
                            let id = tx.insert_client(&new)?;
                            report.clients_created += 1;
                            report.new_clients.push(r.client.clone());
                            *clients.entry(r.client.clone()).or_insert(id)
                        }
                        Err(e) => {
                            let (column, value, reason) = match &e {
                                crate::actions::ActionError::Field { field, reason } => {
                                    // The client's name is the file's `client` column.
                                    let column = if *field == "name" { "client" } else { field };
                                    (column, input_value(&input, field), reason.clone())
                                }
                                _ => ("client", r.client.clone(), e.to_string()),
                            };
                            errors.push(RowError::new(r.row, column, &value, reason));
                            continue;
                        }
                    }
                }
            },
        };
        let new = NewInvoice {
            number: r.number.clone(),
            client_id,
            issued: r.issued,
            due: r.due,
            amount_minor: r.amount_minor,
            currency: r.currency,
            description: r.description.clone(),
            terms: r.terms.clone(),
            terms_agreed_on: None,
            late_rate_bp: None,
        };
        let id = match tx.insert_invoice(&new) {
            Ok(id) => id,
            Err(LedgerError::Invalid(why)) => {
                errors.push(RowError::new(r.row, "number", &r.number, why));
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        report.invoices += 1;
        if r.paid_minor > 0 {
            // The payment date is unknown: the issue date is the one that never
            // overstates interest (the paid part never counts as late).
            let note = Some(
                "paid before import; payment date unknown, recorded on the issue date".to_string(),
            );
            let payment = Payment {
                id: 0,
                date: r.issued,
                amount_minor: r.paid_minor,
                method: Some("import".into()),
                note,
            };
            tx.insert_payment(id, &payment)?;
            report.payments += 1;
        }
    }
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(ImportError::Rows(errors))
    }
}

fn input_value(input: &ClientInput, field: &str) -> String {
    match field {
        "kind" => input.kind.clone(),
        "country" => input.country.clone(),
        "language" => input.language.clone(),
        _ => Some(input.name.clone()),
    }
    .unwrap_or_default()
}
