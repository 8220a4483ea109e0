//! How the CLI prints: aligned plain-text tables for people, JSON for scripts.

use serde::Serialize;

use crate::actions::{DueRow, HistoryEntry, InvoiceRow};
use crate::domain::money::Currency;
use crate::present::Day;

/// Prints a value as pretty JSON on stdout.
pub fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    say!("{text}");
    Ok(())
}

/// Prints a list as a JSON array with one compact object per line: still one JSON
/// document for scripts, readable in a terminal, and quick for 100k rows.
pub fn json_rows<T: Serialize>(rows: &[T]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    out.write_all(b"[")?;
    for (i, row) in rows.iter().enumerate() {
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut out, row)?;
    }
    out.write_all(if rows.is_empty() { b"]\n" } else { b"\n]\n" })?;
    out.flush()?;
    Ok(())
}

/// Whether an error is only a closed stdout (the reader went away).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        let io = c.downcast_ref::<std::io::Error>().map(|io| io.kind());
        let json = c
            .downcast_ref::<serde_json::Error>()
            .and_then(|j| j.io_error_kind());
        io.or(json) == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// Prints rows as a table with a header; `right` marks right-aligned columns.
pub fn table(header: &[&str], right: &[bool], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .zip(right.iter().chain(std::iter::repeat(&false)))
            .map(|((c, w), r)| {
                if *r {
                    format!("{c:>w$}")
                } else {
                    format!("{c:<w$}")
                }
            })
            .collect();
        say!("{}", parts.join("  ").trim_end());
    };
    line(header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        line(row.clone());
    }
}

/// An amount as the CLI's language writes it: `€ 2.550,00` in Italian, `€2,550.00` in
/// English (see [`crate::present`]).
pub fn money(minor: i64, currency: Currency) -> String {
    crate::present::amount(minor, currency)
}

/// Prints the due queue.
pub fn due(rows: &[DueRow], all: bool) {
    if rows.is_empty() {
        say!("Nothing is due.");
        return;
    }
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut v = vec![
                r.invoice.clone(),
                r.client.clone(),
                money(r.balance_minor, r.currency),
                r.days_overdue.to_string(),
                r.stage.map_or_else(|| "-".into(), |s| s.to_string()),
                r.deadline.map_or("-".into(), |d| Day(d).to_string()),
            ];
            if all {
                v.push(r.reason.clone().unwrap_or_default());
            }
            v
        })
        .collect();
    let mut header = vec!["INVOICE", "CLIENT", "BALANCE", "DAYS", "STAGE", "DEADLINE"];
    if all {
        header.push("REASON");
    }
    table(
        &header,
        &[false, false, true, true, false, false, false],
        &body,
    );
}

/// Prints the letters due: one row per letter, with the invoices it covers.
pub fn letters_due(plans: &[crate::domain::plan::LetterPlan]) {
    if plans.is_empty() {
        say!("No letter is due.");
        return;
    }
    let body: Vec<Vec<String>> = plans
        .iter()
        .map(|p| {
            vec![
                p.client.clone(),
                p.stage.to_string(),
                p.invoices.join(", "),
                money(p.balance_minor, p.currency),
                Day(p.deadline).to_string(),
            ]
        })
        .collect();
    table(
        &["CLIENT", "LETTER", "INVOICES", "BALANCE", "DEADLINE"],
        &[false, false, false, true, false],
        &body,
    );
    let invoices: usize = plans.iter().map(|p| p.invoices.len()).sum();
    say!(
        "{} for {}.",
        crate::present::count(plans.len(), "letter", "letters"),
        crate::present::count(invoices, "invoice", "invoices")
    );
}

/// Prints invoice rows.
pub fn invoices(rows: &[InvoiceRow]) {
    if rows.is_empty() {
        say!("No invoices.");
        return;
    }
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.number.clone(),
                r.client.to_string(),
                Day(r.issued).to_string(),
                Day(r.due).to_string(),
                money(r.amount_minor, r.currency),
                money(r.balance_minor, r.currency),
                r.stage.to_string(),
                r.status.to_string(),
            ]
        })
        .collect();
    table(
        &[
            "NUMBER", "CLIENT", "ISSUED", "DUE", "AMOUNT", "BALANCE", "STAGE", "STATUS",
        ],
        &[false, false, false, false, true, true, false, false],
        &body,
    );
}

/// Prints a history.
pub fn history(entries: &[HistoryEntry]) {
    if entries.is_empty() {
        say!("Nothing recorded yet.");
        return;
    }
    for e in entries {
        let until = match (e.deadline, e.until) {
            (Some(d), _) => format!(" (deadline {})", Day(d)),
            (_, Some(d)) => format!(" (until {})", Day(d)),
            _ => String::new(),
        };
        say!("{}  {:<16} {}{until}", Day(e.date), e.kind, e.text);
    }
}

/// Prints a statement of account: the open invoices, the totals with their aging, and
/// the activity when asked for.
pub fn statement(s: &crate::domain::statement::Statement) {
    say!("Statement of account: {}, as of {}", s.client, Day(s.as_of));
    if s.items.is_empty() {
        say!("No invoice is open.");
    } else {
        let rows: Vec<Vec<String>> = s
            .items
            .iter()
            .map(|i| {
                vec![
                    i.invoice.clone(),
                    Day(i.issued).to_string(),
                    Day(i.due).to_string(),
                    money(i.amount_minor, i.currency),
                    money(i.paid_minor, i.currency),
                    money(i.balance_minor, i.currency),
                    i.days_overdue.to_string(),
                ]
            })
            .collect();
        table(
            &[
                "INVOICE", "ISSUED", "DUE", "AMOUNT", "PAID", "BALANCE", "DAYS",
            ],
            &[false, false, false, true, true, true, true],
            &rows,
        );
        say!();
        let rows: Vec<Vec<String>> = s
            .totals
            .iter()
            .map(|t| {
                let mut v = vec![
                    t.currency.code().to_string(),
                    money(t.open_minor, t.currency),
                ];
                v.extend(t.buckets.in_order().iter().map(|b| money(*b, t.currency)));
                v
            })
            .collect();
        table(
            &[
                "CURRENCY", "OPEN", "NOT DUE", "1-30", "31-60", "61-90", "OVER 90",
            ],
            &[false, true, true, true, true, true, true],
            &rows,
        );
    }
    if let (Some(lines), Some(from)) = (&s.activity, s.activity_from) {
        say!();
        say!("Activity since {}:", Day(from));
        let rows: Vec<Vec<String>> = lines
            .iter()
            .map(|l| {
                vec![
                    Day(l.date).to_string(),
                    l.kind.to_string(),
                    l.invoice.clone(),
                    money(l.amount_minor, l.currency),
                    money(l.balance_minor, l.currency),
                ]
            })
            .collect();
        table(
            &["DATE", "WHAT", "INVOICE", "AMOUNT", "BALANCE"],
            &[false, false, false, true, true],
            &rows,
        );
    }
}
