//! Reading invoices from a CSV file exported by a spreadsheet or another tool.
//!
//! The file is read and checked whole before anything is written: every bad row is
//! reported (row, column, value, why) and one bad row means nothing is imported. Header
//! names are matched loosely (`Invoice No`, `Customer`, `Due date`...), the delimiter is
//! detected (`;` as Excel writes it in Italy, Germany and France), and slash dates are
//! never guessed.

use chrono::NaiveDate;
use std::collections::HashMap;

use super::headers::{Column, accepted_headers};
use super::{ImportError, RowError};
use crate::domain::dates::{SlashOrder, is_slash_date, parse_date, slash_hint};
use crate::domain::money::{Currency, parse_amount, parse_amount_signed};
use crate::domain::party::{ClientKind, Country};

/// One row, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRow {
    /// Spreadsheet row number (the header is row 1).
    pub row: usize,
    /// Invoice number.
    pub number: String,
    /// Client name.
    pub client: String,
    /// Issue date.
    pub issued: NaiveDate,
    /// Due date.
    pub due: NaiveDate,
    /// Gross amount, minor units.
    pub amount_minor: i64,
    /// Currency.
    pub currency: Currency,
    /// Already paid, minor units (0 when absent).
    pub paid_minor: i64,
    /// Raw text of the client columns (checked when the client is created).
    pub email: Option<String>,
    /// Client country as written.
    pub country: Option<String>,
    /// Client kind as written.
    pub kind: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Payment terms.
    pub terms: Option<String>,
}

/// Decodes the file and names its encoding when it is not plain UTF-8: UTF-8 with a BOM
/// (Excel's "CSV UTF-8"), UTF-16 with a BOM, or Excel's default Windows-1252 (ISO-8859-15
/// when its euro sign says so).
pub fn decode(file: &str, bytes: &[u8]) -> Result<(String, Option<&'static str>), ImportError> {
    use encoding_rs::{ISO_8859_15, UTF_16BE, UTF_16LE, WINDOWS_1252};
    let bad = |reason: String| ImportError::File {
        file: file.to_string(),
        reason,
    };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8(rest.to_vec())
            .map(|t| (t, None))
            .map_err(|_| bad(crate::t!("err-csv-bad-utf8")));
    }
    for (bom, enc, name) in [
        (&b"\xFF\xFE"[..], UTF_16LE, "UTF-16"),
        (&b"\xFE\xFF"[..], UTF_16BE, "UTF-16"),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, had_errors) = enc.decode_without_bom_handling(rest);
            if had_errors {
                return Err(bad(crate::t!("err-csv-bad-utf16")));
            }
            return Ok((text.into_owned(), Some(name)));
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), None));
    }
    if bytes
        .iter()
        .any(|&b| b < 0x09 || (0x0E..0x20).contains(&b) && b != 0x1B)
    {
        return Err(bad(crate::t!("err-csv-not-text")));
    }
    // Windows-1252 puts € at 0x80 and uses 0x80-0x9F for letters; ISO-8859-15 puts € at
    // 0xA4 and has nothing printable at 0x80-0x9F.
    let latin9 = bytes.contains(&0xA4) && !bytes.iter().any(|b| (0x80..0xA0).contains(b));
    let (enc, name) = if latin9 {
        (ISO_8859_15, "ISO-8859-15")
    } else {
        (WINDOWS_1252, "Windows-1252")
    };
    let (text, _, _) = enc.decode(bytes);
    Ok((text.into_owned(), Some(name)))
}

/// The delimiter the header line uses most: `,`, `;` or tab.
fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// Reads and checks a CSV file's rows. `default_currency` applies when there is no
/// currency column or a cell is blank.
pub fn read_rows(
    file: &str,
    bytes: &[u8],
    date_format: Option<SlashOrder>,
    default_currency: Currency,
) -> Result<Vec<ImportRow>, ImportError> {
    read_rows_with(file, bytes, date_format, None, default_currency, None)
}

/// Why a row whose number the ledger already holds is refused.
pub fn already_in_ledger() -> String {
    crate::t!("err-csv-already-in-ledger")
}

/// Tells whether an invoice number is already in the ledger.
pub type Existing<'a> = &'a dyn Fn(&str) -> bool;

/// `read_rows`, with the order of slash dates to use when the file itself cannot tell
/// (the profile's convention) instead of refusing. With `existing`, numbers already in
/// the ledger are refused in the same pass as the malformed rows, so that one try lists
/// every bad row.
pub fn read_rows_with(
    file: &str,
    bytes: &[u8],
    date_format: Option<SlashOrder>,
    convention: Option<SlashOrder>,
    default_currency: Currency,
    existing: Option<Existing>,
) -> Result<Vec<ImportRow>, ImportError> {
    let (text, _) = decode(file, bytes)?;
    let file_err = |reason: String| ImportError::File {
        file: file.to_string(),
        reason,
    };
    if text.trim().is_empty() {
        return Err(file_err(crate::t!("err-csv-file-empty")));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(&text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| file_err(crate::t!("err-csv-header", error = e.to_string())))?
        .clone();
    let columns = map_headers(&headers).map_err(file_err)?;
    let mut records = vec![];
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| {
            file_err(crate::t!(
                "err-csv-row-unreadable",
                row = (i + 2),
                error = e.to_string()
            ))
        })?;
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        records.push((i + 2, rec));
    }
    if records.is_empty() {
        return Err(file_err(crate::t!("err-csv-no-rows")));
    }
    let order = match (date_format, slash_order(&records, &columns)) {
        (Some(o), _) => Some(o),
        (None, Ok(found)) => found,
        (None, Err(ImportError::AmbiguousDates { .. })) if convention.is_some() => convention,
        (None, Err(e)) => return Err(e),
    };
    let mut rows = vec![];
    let mut errors = vec![];
    for (row, rec) in &records {
        match check_row(*row, rec, &columns, headers.len(), order, default_currency) {
            Ok(r) => rows.push(r),
            Err(mut e) => errors.append(&mut e),
        }
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for r in &rows {
        if existing.is_some_and(|known| known(&r.number)) {
            errors.push(RowError::new(
                r.row,
                "number",
                &r.number,
                already_in_ledger(),
            ));
            continue;
        }
        if let Some(first) = seen.insert(r.number.as_str(), r.row) {
            errors.push(RowError::new(
                r.row,
                "number",
                &r.number,
                crate::t!("err-csv-duplicate-number", row = first),
            ));
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        errors.sort_by_key(|e| e.row);
        Err(ImportError::Rows(errors))
    }
}

/// Maps header positions to columns; refuses missing required and duplicated columns.
fn map_headers(headers: &csv::StringRecord) -> Result<HashMap<Column, usize>, String> {
    let mut columns = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        if let Some(col) = Column::from_header(h)
            && let Some(prev) = columns.insert(col, i)
        {
            return Err(crate::t!(
                "err-csv-same-column",
                first = (prev + 1),
                first_header = headers.get(prev).unwrap_or(""),
                second = (i + 1),
                second_header = h,
                column = col.name()
            ));
        }
    }
    let missing: Vec<&str> = Column::REQUIRED
        .iter()
        .filter(|c| !columns.contains_key(c))
        .map(|c| c.name())
        .collect();
    if !missing.is_empty() {
        return Err(crate::t!(
            "err-csv-missing-columns",
            missing = missing.join(", "),
            found = headers.iter().collect::<Vec<_>>().join(", "),
            accepted = accepted_headers()
        ));
    }
    Ok(columns)
}

/// Decides the order of slash dates from the file itself, or refuses.
fn slash_order(
    records: &[(usize, csv::StringRecord)],
    columns: &HashMap<Column, usize>,
) -> Result<Option<SlashOrder>, ImportError> {
    let mut found: Option<(SlashOrder, usize, String)> = None;
    let mut ambiguous: Option<(usize, &'static str, String)> = None;
    for (row, rec) in records {
        for col in [Column::Issued, Column::Due] {
            let value = columns
                .get(&col)
                .and_then(|&i| rec.get(i))
                .unwrap_or("")
                .trim();
            if !is_slash_date(value) {
                continue;
            }
            match (slash_hint(value), &found) {
                (Some(o), None) => found = Some((o, *row, value.to_string())),
                (Some(o), Some((seen, at, example))) if o != *seen => {
                    return Err(ImportError::Rows(vec![RowError::new(
                        *row,
                        col.name(),
                        value,
                        crate::t!(
                            "err-csv-mixed-date-orders",
                            order = o.to_string(),
                            row = (*at),
                            example = example.as_str(),
                            other = seen.to_string()
                        ),
                    )]));
                }
                // Day equal to month (05/05) reads the same either way.
                (None, _)
                    if ambiguous.is_none()
                        && parse_date(value, Some(SlashOrder::DayFirst))
                            != parse_date(value, Some(SlashOrder::MonthFirst)) =>
                {
                    ambiguous = Some((*row, col.name(), value.to_string()))
                }
                _ => {}
            }
        }
    }
    match (found, ambiguous) {
        (Some((o, ..)), _) => Ok(Some(o)),
        (None, Some((row, column, value))) => {
            Err(ImportError::AmbiguousDates { row, column, value })
        }
        (None, None) => Ok(None),
    }
}

fn check_row(
    row: usize,
    rec: &csv::StringRecord,
    columns: &HashMap<Column, usize>,
    width: usize,
    order: Option<SlashOrder>,
    default_currency: Currency,
) -> Result<ImportRow, Vec<RowError>> {
    let mut errors = vec![];
    if rec.len() != width {
        errors.push(RowError::new(
            row,
            "-",
            "",
            crate::t!("err-csv-field-count", count = rec.len(), width = width),
        ));
        return Err(errors);
    }
    let cell = |c: Column| {
        columns
            .get(&c)
            .and_then(|&i| rec.get(i))
            .map(str::trim)
            .unwrap_or("")
    };
    let opt = |c: Column| Some(cell(c).to_string()).filter(|s| !s.is_empty());
    for c in Column::ALL_TEXT {
        let v = cell(c);
        if v.chars().any(|ch| ch == '\0') {
            errors.push(RowError::new(
                row,
                c.name(),
                &v.replace('\0', "\\0"),
                crate::t!("err-csv-nul-byte"),
            ));
        } else if v.chars().count() > 2000 {
            errors.push(RowError::new(
                row,
                c.name(),
                &v.chars().take(40).collect::<String>(),
                crate::t!("err-csv-too-long"),
            ));
        } else if matches!(c, Column::Number | Column::Client) && v.starts_with(['=', '+', '@']) {
            errors.push(RowError::new(
                row,
                c.name(),
                v,
                crate::t!("err-csv-formula"),
            ));
        }
    }
    for c in [Column::Number, Column::Client] {
        if cell(c).is_empty() {
            errors.push(RowError::new(
                row,
                c.name(),
                "",
                crate::t!("err-csv-cell-empty"),
            ));
        }
    }
    // Codes for a client the import may create: checked here so that every bad row
    // is reported in one go.
    if let Some(k) = opt(Column::Kind)
        && let Err(e) = k.parse::<ClientKind>()
    {
        errors.push(RowError::new(row, "kind", &k, e));
    }
    if let Some(c) = opt(Column::Country)
        && let Err(e) = c.parse::<Country>()
    {
        errors.push(RowError::new(row, "country", &c, e));
    }
    let mut date = |c: Column| match parse_date(cell(c), order) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(RowError::new(row, c.name(), cell(c), e.to_string()));
            None
        }
    };
    let (issued, due) = (date(Column::Issued), date(Column::Due));
    let currency = match opt(Column::Currency) {
        None => Some(default_currency),
        Some(c) => c
            .parse::<Currency>()
            .map_err(|e| errors.push(RowError::new(row, "currency", &c, e.to_string())))
            .ok(),
    };
    let cur = currency.unwrap_or(default_currency);
    let amount = parse_amount(cell(Column::Amount), cur)
        .map_err(|e| {
            errors.push(RowError::new(
                row,
                "amount",
                cell(Column::Amount),
                e.to_string(),
            ))
        })
        .ok();
    let paid = match opt(Column::Paid) {
        None => Some(0),
        Some(p) => match parse_amount_signed(&p, cur) {
            Ok(v) if v < 0 => {
                errors.push(RowError::new(
                    row,
                    "paid",
                    &p,
                    crate::t!("err-csv-negative"),
                ));
                None
            }
            Ok(v) => Some(v),
            Err(e) => {
                errors.push(RowError::new(row, "paid", &p, e.to_string()));
                None
            }
        },
    };
    if let (Some(i), Some(d)) = (issued, due)
        && d < i
    {
        errors.push(RowError::new(
            row,
            "due",
            cell(Column::Due),
            crate::t!("err-csv-due-before-issued", issued = i.to_string()),
        ));
    }
    if let (Some(a), Some(p)) = (amount, paid)
        && p > a
    {
        errors.push(RowError::new(
            row,
            "paid",
            cell(Column::Paid),
            crate::t!("err-csv-paid-too-much"),
        ));
    }
    match (errors.is_empty(), issued, due, amount, currency, paid) {
        (true, Some(issued), Some(due), Some(amount_minor), Some(currency), Some(paid_minor)) => {
            Ok(ImportRow {
                row,
                number: cell(Column::Number).to_string(),
                client: cell(Column::Client).to_string(),
                issued,
                due,
                amount_minor,
                currency,
                paid_minor,
                email: opt(Column::Email),
                country: opt(Column::Country),
                kind: opt(Column::Kind),
                description: opt(Column::Description),
                terms: opt(Column::Terms),
            })
        }
        _ => Err(errors),
    }
}
