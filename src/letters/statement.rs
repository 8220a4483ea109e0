//! The statement of account as a letter: every open invoice with its aging, the totals
//! and an aging summary per currency, the activity since a day when asked, and the
//! payment details, in the client's language.
//!
//! It asks for nothing new and announces no step: a statement is what the client's
//! accounts department reconciles against, so it is polite and factual, and it never
//! moves an invoice up the ladder.

use chrono::NaiveDate;

use super::compose::{LetterModel, Table, TableRow};
use super::i18n::words;
use super::letterhead::{Letterhead, letterhead, payment_details};
use super::salutation::greeting;
use super::templates::{Block, Run};
use crate::domain::ladder::Stage;
use crate::domain::party::{BusinessProfile, Client, Language};
use crate::domain::statement::Statement;
use crate::present as format;

/// A statement's own words in one language.
struct StatementWords {
    title: &'static str,
    as_of: &'static str,
    intro: &'static str,
    after: &'static str,
    days: &'static str,
    total: &'static str,
    aging: &'static str,
    buckets: [&'static str; 5],
    activity: &'static str,
    activity_head: [&'static str; 4],
    opening: &'static str,
    invoice: &'static str,
    payment: &'static str,
    nothing_open: &'static str,
}

const EN: StatementWords = StatementWords {
    title: "Statement of account",
    as_of: "as of",
    intro: "Please find below the statement of your account with us as of {date}: every invoice still open, what has been paid towards it, and how long it has been due.",
    after: "If your records differ, please let us know so that we can reconcile them. If you have paid in the meantime, thank you: please disregard the items concerned.",
    days: "Days",
    total: "Total",
    aging: "Aging of the open balance",
    buckets: [
        "Not yet due",
        "1–30 days overdue",
        "31–60 days overdue",
        "61–90 days overdue",
        "Over 90 days overdue",
    ],
    activity: "Activity since {date}",
    activity_head: ["Date", "Item", "Amount", "Balance"],
    opening: "Balance brought forward",
    invoice: "Invoice",
    payment: "Payment, invoice",
    nothing_open: "No invoice is open: your account is settled. Thank you.",
};

const IT: StatementWords = StatementWords {
    title: "Estratto conto",
    as_of: "al",
    intro: "Di seguito trova l'estratto del Suo conto presso di noi al {date}: tutte le fatture ancora aperte, quanto è già stato pagato e da quanto tempo sono scadute.",
    after: "Se i Suoi dati non coincidono, La preghiamo di comunicarcelo per una verifica. Se nel frattempo ha già pagato, La ringraziamo: non tenga conto delle voci interessate.",
    days: "Giorni",
    total: "Totale",
    aging: "Anzianità del saldo aperto",
    buckets: [
        "Non ancora scaduto",
        "Scaduto da 1–30 giorni",
        "Scaduto da 31–60 giorni",
        "Scaduto da 61–90 giorni",
        "Scaduto da oltre 90 giorni",
    ],
    activity: "Movimenti dal {date}",
    activity_head: ["Data", "Voce", "Importo", "Saldo"],
    opening: "Saldo iniziale",
    invoice: "Fattura",
    payment: "Pagamento, fattura",
    nothing_open: "Nessuna fattura è aperta: il Suo conto è saldato. Grazie.",
};

const DE: StatementWords = StatementWords {
    title: "Kontoauszug",
    as_of: "zum",
    intro: "nachstehend erhalten Sie den Auszug Ihres Kontos bei uns zum {date}: alle noch offenen Rechnungen, die darauf geleisteten Zahlungen und wie lange sie fällig sind.",
    after: "Sollten Ihre Unterlagen abweichen, teilen Sie uns dies bitte mit, damit wir die Konten abstimmen können. Haben Sie inzwischen gezahlt, danken wir Ihnen; die betreffenden Posten sind dann erledigt.",
    days: "Tage",
    total: "Summe",
    aging: "Altersstruktur des offenen Saldos",
    buckets: [
        "Noch nicht fällig",
        "1–30 Tage überfällig",
        "31–60 Tage überfällig",
        "61–90 Tage überfällig",
        "Über 90 Tage überfällig",
    ],
    activity: "Bewegungen seit dem {date}",
    activity_head: ["Datum", "Posten", "Betrag", "Saldo"],
    opening: "Saldovortrag",
    invoice: "Rechnung",
    payment: "Zahlung, Rechnung",
    nothing_open: "Es ist keine Rechnung offen: Ihr Konto ist ausgeglichen. Vielen Dank.",
};

const FR: StatementWords = StatementWords {
    title: "Relevé de compte",
    as_of: "au",
    intro: "Veuillez trouver ci-dessous le relevé de votre compte chez nous au {date} : toutes les factures encore ouvertes, les paiements reçus et leur ancienneté.",
    after: "Si vos écritures diffèrent, merci de nous le signaler afin que nous puissions les rapprocher. Si vous avez réglé entre-temps, nous vous en remercions : ne tenez pas compte des postes concernés.",
    days: "Jours",
    total: "Total",
    aging: "Ancienneté du solde ouvert",
    buckets: [
        "Non échu",
        "Échu depuis 1 à 30 jours",
        "Échu depuis 31 à 60 jours",
        "Échu depuis 61 à 90 jours",
        "Échu depuis plus de 90 jours",
    ],
    activity: "Mouvements depuis le {date}",
    activity_head: ["Date", "Poste", "Montant", "Solde"],
    opening: "Solde reporté",
    invoice: "Facture",
    payment: "Paiement, facture",
    nothing_open: "Aucune facture n'est ouverte : votre compte est soldé. Merci.",
};

fn statement_words(lang: Language) -> &'static StatementWords {
    match lang {
        Language::En => &EN,
        Language::It => &IT,
        Language::De => &DE,
        Language::Fr => &FR,
    }
}

fn paragraph(text: String) -> Block {
    Block {
        runs: vec![Run { text, bold: false }],
        bullet: false,
    }
}

/// The payment reference of a statement: its invoice numbers, the first three and how
/// many more when there are more.
pub fn reference(numbers: &[&str]) -> String {
    match numbers.len() {
        0..=3 => numbers.join(", "),
        n => format!("{} (+{})", numbers[..3].join(", "), n - 3),
    }
}

/// The statement `s` as a letter from `profile` to `client`, dated `s.as_of`, in `lang`.
pub fn compose_statement(
    s: &Statement,
    profile: &BusinessProfile,
    client: &Client,
    logo: Option<&[u8]>,
    lang: Language,
) -> LetterModel {
    let w = words(lang);
    let sw = statement_words(lang);
    let day = |d: NaiveDate| format::short_date(d, lang);
    let Letterhead {
        sender,
        recipient,
        place_date,
        footer,
    } = letterhead(profile, client, s.as_of, lang);
    let money = |m: i64, c| format::money(m, c, lang);

    let mut head: Vec<String> = w.invoice_head.iter().map(|h| h.to_string()).collect();
    head.push(sw.days.to_string());
    let mut rows: Vec<TableRow> = Vec::new();
    for t in &s.totals {
        for i in s.items.iter().filter(|i| i.currency == t.currency) {
            rows.push(TableRow {
                cells: vec![
                    i.invoice.clone(),
                    day(i.issued),
                    day(i.due),
                    money(i.amount_minor, i.currency),
                    money(i.paid_minor, i.currency),
                    money(i.balance_minor, i.currency),
                    i.days_overdue.to_string(),
                ],
                total: false,
            });
        }
        rows.push(TableRow {
            cells: vec![
                format!("{} {}", sw.total, t.currency.code()),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                money(t.open_minor, t.currency),
            ],
            total: true,
        });
    }
    let items = Table {
        head,
        right: vec![false, false, false, true, true, true, true],
        widths: vec![20, 13, 13, 15, 13, 15, 11],
        rows,
    };

    // The aging summary: a row per bucket, a column per currency.
    let aging = (!s.totals.is_empty()).then(|| {
        let mut head = vec![sw.aging.to_string()];
        head.extend(s.totals.iter().map(|t| t.currency.code().to_string()));
        let mut rows: Vec<TableRow> = (0..5)
            .map(|b| {
                let mut cells = vec![sw.buckets[b].to_string()];
                cells.extend(
                    s.totals
                        .iter()
                        .map(|t| money(t.buckets.in_order()[b], t.currency)),
                );
                TableRow {
                    cells,
                    total: false,
                }
            })
            .collect();
        let mut cells = vec![sw.total.to_string()];
        cells.extend(s.totals.iter().map(|t| money(t.open_minor, t.currency)));
        rows.push(TableRow { cells, total: true });
        let n = s.totals.len();
        Table {
            head,
            right: std::iter::once(false)
                .chain(std::iter::repeat_n(true, n))
                .collect(),
            widths: std::iter::once(40)
                .chain(std::iter::repeat_n(20, n))
                .collect(),
            rows,
        }
    });

    let mut more_tables = Vec::new();
    if let (Some(lines), Some(from)) = (&s.activity, s.activity_from) {
        let rows = lines
            .iter()
            .map(|l| {
                let item = match l.kind {
                    "opening" => sw.opening.to_string(),
                    "invoice" => format!("{} {}", sw.invoice, l.invoice),
                    _ => format!("{} {}", sw.payment, l.invoice),
                };
                TableRow {
                    cells: vec![
                        day(l.date),
                        item,
                        money(l.amount_minor, l.currency),
                        money(l.balance_minor, l.currency),
                    ],
                    total: false,
                }
            })
            .collect();
        more_tables.push((
            sw.activity.replace("{date}", &format::date(from, lang)),
            Table {
                head: sw.activity_head.iter().map(|h| h.to_string()).collect(),
                right: vec![false, false, true, true],
                widths: vec![16, 44, 20, 20],
                rows,
            },
        ));
    }

    let numbers: Vec<&str> = s.items.iter().map(|i| i.invoice.as_str()).collect();
    let (mut payment, warnings) = payment_details(profile, client, &reference(&numbers), w);
    if numbers.is_empty() {
        payment.clear();
    }
    let g = greeting(client, lang);
    let date_words = format::date(s.as_of, lang);
    let mut before = vec![paragraph(sw.intro.replace("{date}", &date_words))];
    if s.items.is_empty() {
        before = vec![paragraph(sw.nothing_open.to_string())];
    }
    let first = s.totals.first();
    LetterModel {
        paper: profile.paper,
        lang,
        // A statement climbs no ladder; the stage is never recorded for it.
        stage: Stage::Reminder,
        title: sw.title.to_string(),
        sender,
        logo: logo.map(<[u8]>::to_vec),
        recipient,
        sending: None,
        place_date,
        subject: format!("{} {} {}", sw.title, sw.as_of, date_words),
        salutation: g.salutation,
        before,
        invoice_table: items,
        claim_table: aging,
        more_tables,
        after: vec![paragraph(sw.after.to_string())],
        payment,
        closing: g.closing,
        signatory: profile
            .signatory
            .clone()
            .unwrap_or_else(|| profile.name.clone()),
        enclosures: Vec::new(),
        enclosures_word: w.enclosures.to_string(),
        footer,
        page_words: (w.page.0.to_string(), w.page.1.to_string()),
        continued: w.continued.to_string(),
        deadline: s.as_of,
        deadline_text: String::new(),
        date: s.as_of,
        invoice_number: client.name.clone(),
        total_due_minor: first.map_or(0, |t| t.open_minor),
        interest_minor: 0,
        compensation_minor: 0,
        items: Vec::new(),
        balance_minor: first.map_or(0, |t| t.open_minor),
        currency: first.map_or(profile.currency, |t| t.currency),
        warnings,
        author: profile.name.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_reference_is_shortened() {
        assert_eq!(reference(&["A", "B"]), "A, B");
        assert_eq!(reference(&["A", "B", "C", "D", "E"]), "A, B, C (+2)");
    }
}
