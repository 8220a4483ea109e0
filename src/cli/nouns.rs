//! The CLI commands on one kind of record each: profile, policy, clients, invoices,
//! and the CSV import.

use anyhow::bail;
use chrono::NaiveDate;

use super::args::{ClientCmd, ImportArgs, InvoiceCmd, PolicyCmd, ProfileCmd, multiline};
use super::output;
use crate::actions::{self, InvoiceInput, ListFilter, PolicyPatch, ProfilePatch};
use crate::domain::ladder::Stage;
use crate::import::{self, ImportError, ImportOptions};
use crate::ledger::Ledger;
use crate::present::{self, Day, count};

pub(super) fn profile(ledger: &mut Ledger, cmd: ProfileCmd) -> anyhow::Result<()> {
    match cmd {
        ProfileCmd::Set(a) => {
            let patch = ProfilePatch {
                name: a.name,
                address: multiline(a.address),
                country: a.country,
                vat: a.vat,
                iban: a.iban,
                email: a.email,
                phone: a.phone,
                signatory: a.signatory,
                language: a.language,
                currency: a.currency,
                city: a.city,
                paper: a.paper,
                next_step: a.next_step,
                bic: a.bic,
                sort_code: a.sort_code,
                account_number: a.account_number,
                sending: a.sending,
                logo: match (&a.logo, a.no_logo) {
                    (Some(f), _) => Some(Some(f.clone())),
                    (None, true) => Some(None),
                    (None, false) => None,
                },
            };
            let p = actions::set_profile(ledger, &patch)?;
            if let Some(f) = &a.logo {
                say!("Logo set from {}.", f.display());
            } else if a.no_logo {
                say!("Logo removed.");
            }
            say!(
                "Profile saved: {} ({}, letters in {}, {}).",
                p.name,
                p.country,
                p.language,
                p.currency
            );
            Ok(())
        }
        ProfileCmd::Show { json } => {
            let p = actions::profile(ledger)?;
            let Some(p) = p else {
                bail!(
                    "no business profile yet; set one with: overdue profile set --name .. --country .."
                )
            };
            if json {
                return output::json(&p);
            }
            let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
            say!("Name:       {}", p.name);
            say!("Address:    {}", opt(&p.address).replace('\n', ", "));
            say!("Country:    {}", p.country);
            say!("VAT id:     {}", opt(&p.vat_id));
            say!("IBAN:       {}", opt(&p.iban));
            say!("Email:      {}", opt(&p.email));
            say!("Phone:      {}", opt(&p.phone));
            say!("Signatory:  {}", opt(&p.signatory));
            say!("Language:   {}", p.language);
            say!("Currency:   {}", p.currency);
            Ok(())
        }
    }
}

pub(super) fn policy(ledger: &mut Ledger, cmd: PolicyCmd) -> anyhow::Result<()> {
    let policy = match cmd {
        PolicyCmd::Show { json: true } => {
            return output::json(&actions::PolicyView::from(&actions::policy(ledger)?));
        }
        PolicyCmd::Show { json: false } => actions::policy(ledger)?,
        PolicyCmd::Set {
            stage,
            earliest,
            deadline,
            consumer_legal_deadline,
            min_balance,
            claim_from,
        } => {
            let patch = PolicyPatch {
                claim_from,
                stage,
                earliest_days: earliest,
                deadline_days: deadline,
                consumer_legal_warning_deadline_days: consumer_legal_deadline,
                min_balance,
            };
            actions::set_policy(ledger, &patch)?
        }
    };
    let rows: Vec<Vec<String>> = Stage::ALL
        .iter()
        .map(|s| {
            let r = policy.rule(*s);
            vec![
                s.to_string(),
                format!("due+{}", r.earliest_days),
                format!("{} days", r.deadline_days),
            ]
        })
        .collect();
    output::table(
        &["STAGE", "EARLIEST", "DEADLINE"],
        &[false, true, true],
        &rows,
    );
    say!(
        "Legal warning to a consumer: {} days.",
        policy.consumer_legal_warning_deadline_days
    );
    let profile = actions::profile(ledger)?;
    let cur = profile.map_or(crate::domain::money::Currency::EUR, |p| p.currency);
    say!(
        "Nothing is sent at or below a balance of {}.",
        output::money(policy.min_balance_minor, cur)
    );
    say!(
        "Interest and compensation are claimed from the {} on.",
        policy.claim_from.title()
    );
    Ok(())
}

pub(super) fn client(ledger: &mut Ledger, cmd: ClientCmd, today: NaiveDate) -> anyhow::Result<()> {
    match cmd {
        ClientCmd::Add { name, fields } => {
            let id = actions::add_client(ledger, &fields.into_input(name))?;
            say!("{id}");
            Ok(())
        }
        ClientCmd::Set { id, name, fields } => {
            let patch = fields.into_input(name.unwrap_or_default());
            let c = actions::update_client(ledger, &id, &patch)?;
            say!(
                "Client {} saved: {} ({}, {}, letters in {}).",
                c.id,
                c.name,
                c.kind,
                c.country,
                c.language
            );
            Ok(())
        }
        ClientCmd::List { json } => {
            let clients = actions::clients(ledger)?;
            if json {
                return output::json_rows(&clients);
            }
            let rows: Vec<Vec<String>> = clients
                .iter()
                .map(|c| {
                    let email = c.email.clone().unwrap_or_default();
                    vec![
                        c.id.to_string(),
                        c.name.clone(),
                        c.kind.to_string(),
                        c.country.to_string(),
                        c.language.to_string(),
                        email,
                    ]
                })
                .collect();
            output::table(
                &["ID", "NAME", "KIND", "COUNTRY", "LANG", "EMAIL"],
                &[true],
                &rows,
            );
            Ok(())
        }
        ClientCmd::Show { id, json } => {
            let d = actions::client_detail(ledger, &id, today)?;
            if json {
                return output::json(&d);
            }
            let c = &d.client;
            say!(
                "{} (id {}): {} in {}, letters in {}",
                c.name,
                c.id,
                c.kind,
                c.country,
                c.language
            );
            match c.law {
                Some(law) => say!("Late-payment law: {law} ({})", law.name()),
                None => say!("Late-payment law: your profile country's"),
            }
            for (label, v) in [
                ("Email", &c.email),
                ("Address", &c.address),
                ("VAT id", &c.vat_id),
                ("Notes", &c.notes),
            ] {
                if let Some(v) = v {
                    say!("{label}: {}", v.replace('\n', ", "));
                }
            }
            let owed: Vec<String> = d
                .owed_minor
                .iter()
                .map(|(cur, m)| format!("{cur} {}", format_owed(cur, *m)))
                .collect();
            say!(
                "Owed: {}",
                if owed.is_empty() {
                    "nothing".into()
                } else {
                    owed.join(", ")
                }
            );
            say!();
            output::invoices(&d.invoices);
            if !d.letters.is_empty() {
                say!();
                say!("Letters sent:");
                for l in &d.letters {
                    let what = match l.stage {
                        Some(stage) => format!("{} for {}", stage.title(), l.invoices.join(", ")),
                        None => "Statement of account".to_string(),
                    };
                    say!("  {}  {what}", crate::present::Day(l.sent));
                    for dl in d.deliveries.iter().filter(|x| x.letter_id == l.id) {
                        say!("      {}", actions::delivery_text(dl));
                    }
                }
            }
            Ok(())
        }
    }
}

fn format_owed(currency: &str, minor: i64) -> String {
    match currency.parse() {
        Ok(c) => present::amount(minor, c),
        Err(_) => minor.to_string(),
    }
}

pub(super) fn invoice(
    ledger: &mut Ledger,
    cmd: InvoiceCmd,
    today: NaiveDate,
) -> anyhow::Result<()> {
    match cmd {
        InvoiceCmd::Add {
            client,
            number,
            issued,
            due,
            amount,
            currency,
            terms,
            terms_agreed_on,
            description,
            late_rate,
        } => {
            let input = InvoiceInput {
                client,
                number,
                issued,
                due,
                amount,
                currency,
                terms,
                terms_agreed_on,
                description,
                late_rate,
            };
            actions::add_invoice(ledger, &input)?;
            // Echo how the dates and the amount were read.
            let d = actions::invoice_detail(ledger, input.number.trim(), today)?;
            let r = &d.row;
            say!(
                "Invoice {} added for {}: issued {}, due {}, {}.",
                r.number,
                r.client,
                present::long_day(r.issued),
                present::long_day(r.due),
                output::money(r.amount_minor, r.currency)
            );
            if r.issued > today {
                say!(
                    "warning: it is issued on {}, after today ({})",
                    present::long_day(r.issued),
                    present::long_day(today)
                );
            }
            Ok(())
        }
        InvoiceCmd::List { status, json } => {
            let filter: ListFilter = status
                .parse()
                .map_err(|e: String| anyhow::anyhow!("status: {e}"))?;
            let rows = actions::invoice_list(ledger, filter, today)?;
            if json {
                return output::json_rows(&rows);
            }
            output::invoices(&rows);
            Ok(())
        }
        InvoiceCmd::Set {
            number_now,
            number,
            client,
            issued,
            due,
            amount,
            currency,
            description,
            terms,
            terms_agreed_on,
            late_rate,
            reason,
        } => {
            let patch = actions::InvoicePatch {
                number,
                client,
                issued,
                due,
                amount,
                currency,
                description,
                terms,
                terms_agreed_on,
                late_rate,
            };
            let (inv, what) =
                actions::set_invoice(ledger, &number_now, &patch, reason.as_deref(), today)?;
            say!("Invoice {} corrected: {}.", inv.number, what.join("; "));
            Ok(())
        }
        InvoiceCmd::Delete { number, reason } => {
            actions::delete_invoice(ledger, &number, reason.as_deref(), today)?;
            say!(
                "Invoice {} deleted; the deletion is kept in its history.",
                number.trim()
            );
            Ok(())
        }
        InvoiceCmd::Show { number, json } => {
            let d = actions::invoice_detail(ledger, &number, today)?;
            if json {
                return output::json(&d);
            }
            if let Some(c) = &d.claim_not_received {
                say!(
                    "Claimed and not received: interest {}, compensation {}{}",
                    output::money(c.interest_minor, d.row.currency),
                    output::money(c.compensation_minor, d.row.currency),
                    c.decision
                        .as_deref()
                        .map(|x| format!(" ({x})"))
                        .unwrap_or_else(|| " (overdue interest waive|keep NUMBER)".into())
                );
            }
            let r = &d.row;
            say!("Invoice {} to {}", r.number, r.client);
            say!(
                "Issued {}, due {}; amount {}, balance {}",
                Day(r.issued),
                Day(r.due),
                output::money(r.amount_minor, r.currency),
                output::money(r.balance_minor, r.currency)
            );
            say!("Stage: {}; status: {}", r.stage, r.status);
            if let Some(t) = &d.description {
                say!("Description: {t}");
            }
            if let Some(t) = &d.terms {
                match d.terms_agreed_on {
                    Some(on) => say!("Terms: {t} (agreed on {on})"),
                    None => say!("Terms: {t}"),
                }
            }
            if let Some(rate) = &d.late_rate_percent {
                say!("Agreed late rate: {rate} % a year");
            }
            say!("Next: {}", d.next_action.reason);
            say!();
            output::history(&d.history);
            Ok(())
        }
    }
}

pub(super) fn import_csv(ledger: &mut Ledger, a: ImportArgs) -> anyhow::Result<()> {
    // The global --date-format; without it the file, then the profile, decides.
    let opts = ImportOptions {
        date_format: actions::date_order().0,
        skip_existing: a.skip_existing,
        dry_run: a.dry_run,
        match_clients: a.match_clients,
    };
    match import::import_csv(ledger, &a.file, opts) {
        Ok(report) if a.json => output::json(&report),
        Ok(r) => {
            let verb = if r.dry_run {
                "Dry run: would import"
            } else {
                "Imported"
            };
            say!(
                "{verb} {} ({}, {}).",
                count(r.invoices, "invoice", "invoices"),
                count(r.clients_created, "new client", "new clients"),
                count(r.payments, "payment", "payments")
            );
            if !r.new_clients.is_empty() {
                let verb = if r.dry_run { "Would create" } else { "Created" };
                say!("{verb} these clients: {}.", r.new_clients.join("; "));
            }
            for (typed, known) in &r.matched {
                say!("'{typed}' was booked to the client '{known}'.");
            }
            if let Some(enc) = &r.encoding {
                say!("The file was in {enc}; it was converted.");
            }
            if !r.skipped.is_empty() {
                say!(
                    "Skipped {} already in the ledger: {}",
                    r.skipped.len(),
                    r.skipped.join(", ")
                );
            }
            Ok(())
        }
        Err(ImportError::Rows(rows)) if a.json => {
            output::json(&serde_json::json!({ "errors": rows }))?;
            bail!(
                "{}; nothing was imported",
                count(rows.len(), "bad row", "bad rows")
            )
        }
        Err(e) => Err(e.into()),
    }
}
