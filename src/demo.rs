//! Realistic demo data: `overdue demo [--invoices N] [--seed S]`.
//!
//! Newcomers try Overdue on it and the benchmarks run on 100k of its invoices, so it has
//! to look real (clients in IT, DE, FR and the UK, businesses, consumers and public
//! bodies, every stage of the ladder, payments, disputes and promises) and be fast. Each
//! invoice's letters come from the real engine, stepping from one decision day to the
//! next, so every history is one the engine itself would have produced.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::events::{Event, EventKind};
use crate::domain::invoice::{Invoice, NewInvoice, Payment};
use crate::domain::ladder::{
    Case, LadderPolicy, Letter, NextAction, Reason, add_days, next_action,
};
use crate::domain::money::Currency;
use crate::domain::party::{
    BusinessProfile, ClientId, ClientKind, Country, Language, NewClient, NextStep, Paper,
};
use crate::ledger::{Ledger, LedgerError, Tx};

/// A small, fast, seedable generator (SplitMix64): demo data is the same for a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// What the demo created.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct DemoReport {
    /// Clients created.
    pub clients: usize,
    /// Invoices created.
    pub invoices: usize,
    /// Payments recorded.
    pub payments: usize,
    /// Letters recorded.
    pub letters: usize,
    /// Log events recorded.
    pub events: usize,
}

/// Per country: code, last names, first names (with whether the form of address is
/// feminine), company forms, towns, the forms of address (m, f), a sole trader's trade.
struct Names {
    cc: &'static str,
    last: &'static [&'static str],
    first: &'static [(&'static str, bool)],
    forms: &'static [&'static str],
    towns: &'static [&'static str],
    title: (&'static str, &'static str),
    trades: &'static [&'static str],
}

const NAMES: &[Names] = &[
    Names {
        cc: "IT",
        last: &[
            "Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
            "Conti",
        ],
        first: &[
            ("Giulia", true),
            ("Marco", false),
            ("Luca", false),
            ("Sara", true),
            ("Chiara", true),
            ("Paolo", false),
            ("Elena", true),
            ("Davide", false),
        ],
        forms: &["S.r.l.", "S.p.A.", "& Associati S.r.l.", "Design S.r.l."],
        towns: &[
            "Lucca", "Pavia", "Ferrara", "Trento", "Parma", "Modena", "Bergamo", "Verona", "Lecce",
            "Udine",
        ],
        title: ("Sig.", "Sig.ra"),
        trades: &[
            "Fotografia",
            "Traduzioni",
            "Impianti elettrici",
            "Consulenza informatica",
        ],
    },
    Names {
        cc: "DE",
        last: &[
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Hoffmann",
            "Schäfer",
        ],
        first: &[
            ("Anna", true),
            ("Jonas", false),
            ("Lena", true),
            ("Felix", false),
            ("Katrin", true),
            ("Stefan", false),
            ("Julia", true),
            ("Tobias", false),
        ],
        forms: &["GmbH", "AG", "& Partner mbB", "Medien GmbH"],
        towns: &[
            "Ulm", "Kassel", "Jena", "Trier", "Bamberg", "Lübeck", "Görlitz", "Passau", "Wetzlar",
            "Siegen",
        ],
        title: ("Herr", "Frau"),
        trades: &[
            "Malerbetrieb",
            "Fotostudio",
            "Übersetzungsbüro",
            "IT-Beratung",
        ],
    },
    Names {
        cc: "FR",
        last: &[
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau",
        ],
        first: &[
            ("Camille", true),
            ("Hugo", false),
            ("Léa", true),
            ("Louis", false),
            ("Manon", true),
            ("Julien", false),
            ("Chloé", true),
            ("Antoine", false),
        ],
        forms: &["SARL", "SAS", "& Fils SARL", "Conseil SAS"],
        towns: &[
            "Nantes", "Dijon", "Lyon", "Lille", "Rennes", "Tours", "Metz", "Nancy", "Reims",
            "Angers",
        ],
        title: ("Monsieur", "Madame"),
        trades: &[
            "Photographie",
            "Traduction",
            "Électricité",
            "Conseil informatique",
        ],
    },
    Names {
        cc: "GB",
        last: &[
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Evans", "Walker",
        ],
        first: &[
            ("Olivia", true),
            ("Jack", false),
            ("Amelia", true),
            ("Harry", false),
            ("Emily", true),
            ("George", false),
            ("Sophie", true),
            ("Oliver", false),
        ],
        forms: &["Ltd", "& Co Ltd", "Studio Ltd", "Consulting Ltd"],
        towns: &[
            "Camden",
            "Leeds",
            "York",
            "Bath",
            "Derby",
            "Exeter",
            "Durham",
            "Norwich",
            "Chester",
            "Lancaster",
        ],
        title: ("Mr", "Ms"),
        trades: &["Plumbing", "Photography", "Joinery", "IT Support"],
    },
];

/// A demo client: realistic, unique names (no "(2)"), with businesses, sole traders,
/// consumers and public bodies in each country, a contact where it is natural and a
/// salutation for people.
fn client_for(i: usize, rng: &mut Rng, taken: &mut std::collections::HashSet<String>) -> NewClient {
    let n = &NAMES[i % NAMES.len()];
    let j = i / NAMES.len();
    let (first, female) = n.first[(j * 5 + rng.range(0, 7) as usize) % n.first.len()];
    let last = n.last[(j * 3 + rng.range(0, 9) as usize) % n.last.len()];
    // Each country's first four clients: a company, a consumer, a sole trader and a public
    // body; then mostly companies and consumers.
    let (kind, individual) = match j % 9 {
        1 | 6 => (ClientKind::Consumer, true),
        2 => (ClientKind::Business, true),
        3 => (ClientKind::Public, false),
        _ => (ClientKind::Business, false),
    };
    let title = if female { n.title.1 } else { n.title.0 };
    let trade = n.trades[j % n.trades.len()];
    let base = match (kind, individual, n.cc) {
        (ClientKind::Consumer, _, _) => format!("{first} {last}"),
        (ClientKind::Public, _, "IT") => format!("Comune di {}", n.towns[j % n.towns.len()]),
        (ClientKind::Public, _, "DE") => format!("Stadt {}", n.towns[j % n.towns.len()]),
        (ClientKind::Public, _, "FR") => format!("Mairie de {}", n.towns[j % n.towns.len()]),
        (ClientKind::Public, _, _) => format!("{} City Council", n.towns[j % n.towns.len()]),
        (_, true, "IT") => format!("{trade} di {first} {last}"),
        (_, true, "DE") => format!("{trade} {first} {last}"),
        (_, true, "FR") => format!("{first} {last} EI, {}", trade.to_lowercase()),
        (_, true, _) => format!("{first} {last} (trading as {last} {trade})"),
        (_, false, _) => format!("{last} {}", n.forms[j % n.forms.len()]),
    };
    // A name already taken gets the town (or a partner's name), as real clients differ.
    let mut name = base.clone();
    let mut k = 0;
    while taken.contains(&name) {
        name = match kind {
            ClientKind::Business if !individual => format!(
                "{last} & {} {}",
                n.last[(j + k + 1) % n.last.len()],
                n.forms[(j + k) % n.forms.len()]
            ),
            _ => format!("{base}, {}", n.towns[(j + k) % n.towns.len()]),
        };
        if k >= n.last.len() {
            name = format!(
                "{base}, {} {}",
                n.towns[k % n.towns.len()],
                k / n.towns.len() + 1
            );
        }
        k += 1;
    }
    taken.insert(name.clone());
    let country: Country =
        n.cc.parse()
            .unwrap_or_else(|_| unreachable!("demo country codes are valid"));
    let town = n.towns[(j + 3) % n.towns.len()];
    let address = match n.cc {
        "IT" => format!("Via Garibaldi {}\n{} {town}", j % 90 + 1, 10_100 + j % 800),
        "DE" => format!("Hauptstraße {}\n{} {town}", j % 90 + 1, 10_115 + j % 800),
        "FR" => format!(
            "{} rue de la République\n{} {town}",
            j % 90 + 1,
            69_001 + j % 800
        ),
        _ => format!("{} High Street\n{town}", j % 90 + 1),
    };
    let (contact_first, _) = n.first[(j + 2) % n.first.len()];
    let contact = (!individual && kind == ClientKind::Business && j.is_multiple_of(2))
        .then(|| format!("{contact_first} {}", n.last[(j + 4) % n.last.len()]));
    let slug: String = last
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    NewClient {
        name,
        kind,
        country,
        language: country.default_language(),
        law: None,
        email: Some(format!("accounts@{slug}{i}.example")),
        address: Some(address),
        vat_id: (kind != ClientKind::Consumer).then(|| format!("{}{:09}", n.cc, i + 1)),
        notes: None,
        individual,
        salutation: individual.then(|| format!("{title} {last}")),
        contact,
    }
}

/// Fills an empty ledger with `invoices` demo invoices as of `today`.
pub fn fill(
    ledger: &mut Ledger,
    invoices: usize,
    seed: u64,
    today: NaiveDate,
) -> Result<DemoReport, LedgerError> {
    ledger.write(|tx| {
        if tx.invoice_count()? > 0 {
            return Err(LedgerError::Invalid(
                "the ledger already holds invoices; run the demo on a new ledger (--db demo.db)"
                    .into(),
            ));
        }
        // Demo data never lands in a real ledger: one with the user's profile is refused.
        match tx.profile()? {
            None => tx.set_profile(&demo_profile())?,
            Some(p) if !tx.is_demo()? => {
                return Err(LedgerError::Invalid(format!(
                    "this ledger holds the profile of {}: demo data goes in a ledger of its own (overdue --db demo.db demo)",
                    p.name
                )));
            }
            Some(_) => {}
        }
        tx.mark_demo()?;
        let policy = tx.policy()?;
        let mut rng = Rng(seed);
        let mut report = DemoReport::default();
        let n_clients = (invoices / 8).clamp(16, 5000);
        let mut clients = Vec::with_capacity(n_clients);
        let mut taken = std::collections::HashSet::new();
        for i in 0..n_clients {
            let c = client_for(i, &mut rng, &mut taken);
            let currency = if c.country.code() == "GB" {
                Currency::GBP
            } else {
                Currency::EUR
            };
            clients.push((tx.insert_client(&c)?, c.kind, currency));
            report.clients += 1;
        }
        for i in 0..invoices {
            let (client_id, kind, currency) = clients[(rng.next() % clients.len() as u64) as usize];
            one_invoice(
                tx,
                &policy,
                &mut rng,
                i,
                (client_id, kind, currency),
                today,
                &mut report,
            )?;
        }
        Ok(report)
    })
}

fn demo_profile() -> BusinessProfile {
    BusinessProfile {
        name: "Studio Demo di Anna Verdi".into(),
        address: Some("Via Roma 1\n40121 Bologna BO".into()),
        country: "IT"
            .parse()
            .unwrap_or_else(|_| unreachable!("IT is a country")),
        vat_id: Some("IT01234567890".into()),
        iban: Some("IT60X0542811101000000123456".into()),
        email: Some("anna@studio-demo.example".into()),
        phone: Some("+39 051 000000".into()),
        signatory: Some("Anna Verdi".into()),
        language: Language::It,
        currency: Currency::EUR,
        city: Some("Bologna".into()),
        paper: Paper::A4,
        next_step: NextStep::PaymentOrder,
        bic: Some("BPMOIT22XXX".into()),
        sort_code: None,
        account_number: None,
        sending: crate::domain::party::Sending::Pec,
    }
}

/// Creates one invoice and plays its history forward to `today`.
fn one_invoice(
    tx: &Tx,
    policy: &LadderPolicy,
    rng: &mut Rng,
    i: usize,
    (client_id, kind, currency): (ClientId, ClientKind, Currency),
    today: NaiveDate,
    report: &mut DemoReport,
) -> Result<(), LedgerError> {
    let issued = add_days(today, -rng.range(5, 240));
    let due = add_days(
        issued,
        *[14, 30, 30, 30, 60]
            .get(rng.range(0, 4) as usize)
            .unwrap_or(&30),
    );
    let with_terms = rng.chance(40);
    let new = NewInvoice {
        number: format!("{}/{:06}", issued.format("%Y"), i + 1),
        client_id,
        issued,
        due,
        amount_minor: rng.range(150, 12_000) * 100 + rng.range(0, 1) * 50,
        currency,
        description: Some(format!(
            "{} services",
            ["Design", "Development", "Translation", "Consulting"][i % 4]
        )),
        terms: with_terms.then(|| "payment within 30 days of the invoice date".to_string()),
        terms_agreed_on: with_terms.then(|| issued - chrono::Days::new(20)),
        late_rate_bp: None,
    };
    let id = tx.insert_invoice(&new)?;
    let invoice = Invoice {
        id,
        number: new.number,
        client_id,
        issued,
        due,
        amount_minor: new.amount_minor,
        currency,
        description: None,
        terms: None,
        terms_agreed_on: None,
        late_rate_bp: None,
    };
    let mut payments = vec![];
    let mut events = vec![];
    let span = (today - issued).num_days().max(1);
    let ev = |date, kind, until, text: &str| Event {
        id: 0,
        date,
        kind,
        until,
        text: text.to_string(),
    };
    match rng.range(0, 99) {
        0..=34 => payments.push(pay(
            add_days(issued, rng.range(1, span)),
            invoice.amount_minor,
        )),
        35..=44 => payments.push(pay(
            add_days(issued, rng.range(1, span)),
            invoice.amount_minor * rng.range(3, 7) / 10,
        )),
        45..=51 => {
            let on = add_days(due, rng.range(3, 40));
            events.push(ev(
                on,
                EventKind::DisputeOpened,
                None,
                "client says the delivery was incomplete",
            ));
            if rng.chance(40) {
                events.push(ev(
                    add_days(on, rng.range(5, 20)),
                    EventKind::DisputeResolved,
                    None,
                    "agreed: delivery was complete",
                ));
            }
        }
        52..=59 => {
            let on = add_days(due, rng.range(5, 50));
            let until = add_days(on, rng.range(7, 30));
            events.push(ev(
                on,
                EventKind::PromiseToPay,
                Some(until),
                "promised on the phone",
            ));
        }
        60..=62 => {
            let on = add_days(due, rng.range(1, 30));
            events.push(ev(
                on,
                EventKind::PausedUntil,
                Some(add_days(on, rng.range(10, 40))),
                "client on holiday",
            ));
        }
        _ => {}
    }
    if rng.chance(15) {
        events.push(ev(
            add_days(due, rng.range(2, 20)),
            EventKind::Call,
            None,
            "called the accounts office",
        ));
    }
    events.retain(|e| e.date <= today);
    payments.retain(|p| p.date <= today);
    let letters = play_ladder(&invoice, kind, &payments, &events, policy, rng, today);
    let handed = matches!(
        next_action(&Case { invoice: &invoice, debtor: kind, payments: &payments, letters: &letters, events: &events }, policy, today),
        NextAction::HandoverReady { deadline } if deadline < add_days(today, -5) && rng.chance(50)
    );
    if handed {
        events.push(ev(
            today,
            EventKind::HandedOver,
            None,
            "case file sent to the lawyer",
        ));
    }
    tx.insert_history(id, &payments, &letters, &events)?;
    report.payments += payments.len();
    report.letters += letters.len();
    report.events += events.len();
    report.invoices += 1;
    Ok(())
}

fn pay(date: NaiveDate, amount_minor: i64) -> Payment {
    Payment {
        id: 0,
        date,
        amount_minor,
        method: Some("bank transfer".into()),
        note: None,
    }
}

/// Sends each letter the engine proposes, a few days late at times, up to the day
/// before `today`. What fell due today, and often what fell due in the last month,
/// is left in the queue for the user to send.
fn play_ladder(
    invoice: &Invoice,
    debtor: ClientKind,
    payments: &[Payment],
    events: &[Event],
    policy: &LadderPolicy,
    rng: &mut Rng,
    today: NaiveDate,
) -> Vec<Letter> {
    let mut letters: Vec<Letter> = vec![];
    let mut day = add_days(invoice.due, 1);
    while day < today && letters.len() < 4 {
        let case = Case {
            invoice,
            debtor,
            payments,
            letters: &letters,
            events,
        };
        day = match next_action(&case, policy, day) {
            // Letters that fell due in the last month are often still waiting for
            // the user: they make today's queue.
            NextAction::Send { .. } if day > add_days(today, -30) && rng.chance(70) => break,
            NextAction::Send { stage, deadline } => {
                let paid: i64 = payments
                    .iter()
                    .filter(|p| p.date <= day)
                    .map(|p| p.amount_minor)
                    .sum();
                let id = letters.len() as i64 + 1;
                letters.push(Letter {
                    id,
                    stage,
                    sent: day,
                    deadline,
                    principal_minor: invoice.amount_minor - paid,
                    interest_minor: 0,
                    compensation_minor: 0,
                    forced: false,
                });
                add_days(deadline, 1 + rng.range(0, 3))
            }
            NextAction::Nothing(Reason::WaitingForDeadline { deadline, .. }) => {
                add_days(deadline, 1)
            }
            NextAction::Nothing(Reason::NotBefore { date, .. }) => add_days(date, rng.range(0, 2)),
            NextAction::Nothing(Reason::NotOverdue { due }) => add_days(due, 1),
            NextAction::Nothing(Reason::Promised { until }) => add_days(until, 1),
            NextAction::Nothing(Reason::Paused { until }) => until,
            NextAction::Nothing(Reason::Disputed { .. }) => {
                match events.iter().find(|e| e.kind == EventKind::DisputeResolved) {
                    Some(e) if e.date > day => e.date,
                    _ => break,
                }
            }
            _ => break,
        };
    }
    letters
}
