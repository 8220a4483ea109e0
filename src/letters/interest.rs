//! The letter about the interest and compensation alone: the principal was paid after a
//! claim letter, the user chose to keep claiming what that letter also asked, and this
//! last letter asks for it, with the figures in a table and one deadline.
//!
//! Its words are written here, per language, rather than in an editable template: it is
//! short, and says only what the claim letter already stated and what is still owed.

use chrono::NaiveDate;

use super::compose::{LetterModel, Table, TableRow};
use super::i18n::words;
use super::letterhead::{letterhead, payment_details};
use super::salutation::greeting;
use super::templates::{Block, Run};
use crate::domain::invoice::Invoice;
use crate::domain::ladder::Stage;
use crate::domain::party::{BusinessProfile, Client, Language};
use crate::present as format;

/// What the letter is made of.
#[derive(Clone, Debug)]
pub struct InterestFacts<'a> {
    /// The sender.
    pub profile: &'a BusinessProfile,
    /// The sender's logo.
    pub logo: Option<&'a [u8]>,
    /// The recipient.
    pub client: &'a Client,
    /// The invoice whose principal is paid.
    pub invoice: &'a Invoice,
    /// The day its principal was settled.
    pub settled: NaiveDate,
    /// The claim letter: its stage and the day it was sent.
    pub claimed_in: (Stage, NaiveDate),
    /// Interest that letter claimed, and compensation.
    pub interest_minor: i64,
    /// Compensation that letter claimed.
    pub compensation_minor: i64,
    /// What has been received of them since.
    pub received_minor: i64,
    /// The letter's date.
    pub date: NaiveDate,
    /// Its deadline.
    pub deadline: NaiveDate,
    /// The language.
    pub lang: Language,
}

impl InterestFacts<'_> {
    /// What is still owed: the claim less what was received.
    pub fn owed_minor(&self) -> i64 {
        (self.interest_minor + self.compensation_minor - self.received_minor).max(0)
    }
}

/// The letter's own words in one language.
struct InterestWords {
    title: &'static str,
    /// "{n}", "{issued}", "{amount}", "{settled}".
    thanks: &'static str,
    /// "{date}", "{what}", "{total}".
    still_owed: &'static str,
    /// Interest and compensation; interest alone; compensation alone.
    what: [&'static str; 3],
    /// "{total}" before the bold deadline.
    pay_by: &'static str,
    /// After the bold deadline: "{n}".
    reference: &'static str,
    crossed: &'static str,
    received: &'static str,
    still: &'static str,
    /// The interest row's label, whatever the debtor: "{date}" is the day the principal
    /// was paid, when interest stopped.
    interest: &'static str,
    invoice: &'static str,
}

const EN: InterestWords = InterestWords {
    title: "Interest and compensation still owed",
    thanks: "Thank you for paying invoice {n} dated {issued}: its balance of {amount} was settled on {settled}.",
    still_owed: "My letter of {date} also claimed {what}. This remains unpaid: {total} in all, as set out below.",
    what: [
        "late-payment interest and fixed compensation for recovery costs",
        "late-payment interest",
        "fixed compensation for recovery costs",
    ],
    pay_by: "Please pay {total} by ",
    reference: ", quoting {n} as the reference.",
    crossed: "If your payment has crossed with this letter, thank you, and please disregard it.",
    received: "Already received",
    still: "Still owed",
    interest: "Late-payment interest to {date}",
    invoice: "invoice",
};

const IT: InterestWords = InterestWords {
    title: "Interessi di mora e risarcimento forfettario ancora dovuti",
    thanks: "Ho ricevuto il pagamento della fattura n. {n} del {issued}: il suo importo di {amount} risulta saldato il {settled}.",
    still_owed: "Con la lettera del {date} avevo richiesto anche {what}. Tali somme non sono ancora state pagate: {total} in totale, come indicato di seguito.",
    what: [
        "gli interessi di mora e il risarcimento forfettario dei costi di recupero",
        "gli interessi di mora",
        "il risarcimento forfettario dei costi di recupero",
    ],
    pay_by: "Si prega di versare {total} entro il ",
    reference: ", indicando come riferimento {n}.",
    crossed: "Se il pagamento è già stato effettuato, si prega di non tenere conto della presente.",
    received: "Già ricevuto",
    still: "Ancora dovuto",
    interest: "Interessi di mora fino al {date}",
    invoice: "fattura",
};

const DE: InterestWords = InterestWords {
    title: "Offene Verzugszinsen und Verzugspauschale",
    thanks: "Vielen Dank für die Zahlung der Rechnung Nr. {n} vom {issued}: Der Rechnungsbetrag von {amount} ist seit dem {settled} beglichen.",
    still_owed: "Mit meinem Schreiben vom {date} hatte ich außerdem {what} geltend gemacht. Dieser Betrag ist noch offen: insgesamt {total}, wie unten aufgeführt.",
    what: [
        "Verzugszinsen und die Verzugspauschale",
        "Verzugszinsen",
        "die Verzugspauschale",
    ],
    pay_by: "Bitte überweisen Sie {total} bis zum ",
    reference: " unter Angabe von {n}.",
    crossed: "Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.",
    received: "Bereits erhalten",
    still: "Noch offen",
    interest: "Verzugszinsen bis {date}",
    invoice: "Rechnung",
};

const FR: InterestWords = InterestWords {
    title: "Intérêts et indemnité restant dus",
    thanks: "Je vous remercie du règlement de la facture n° {n} du {issued} : son montant de {amount} a été soldé le {settled}.",
    still_owed: "Par ma lettre du {date}, je vous avais également réclamé {what}. Ces sommes restent impayées : {total} au total, comme détaillé ci-dessous.",
    what: [
        "les intérêts de retard et l'indemnité forfaitaire pour frais de recouvrement",
        "les intérêts de retard",
        "l'indemnité forfaitaire pour frais de recouvrement",
    ],
    pay_by: "Je vous remercie de régler {total} au plus tard le ",
    reference: ", en indiquant la référence {n}.",
    crossed: "Si votre paiement a croisé ce courrier, je vous prie de ne pas en tenir compte.",
    received: "Déjà reçu",
    still: "Restant dû",
    interest: "Intérêts de retard jusqu'au {date}",
    invoice: "facture",
};

fn interest_words(lang: Language) -> &'static InterestWords {
    match lang {
        Language::En => &EN,
        Language::It => &IT,
        Language::De => &DE,
        Language::Fr => &FR,
    }
}

fn plain(text: String) -> Block {
    Block {
        runs: vec![Run { text, bold: false }],
        bullet: false,
    }
}

/// The letter about the interest alone, as a model the PDF and the preview draw.
pub fn compose_interest(f: &InterestFacts<'_>) -> LetterModel {
    let lang = f.lang;
    let w = words(lang);
    let iw = interest_words(lang);
    let cur = f.invoice.currency;
    let money = |m: i64| format::money(m, cur, lang);
    let head = letterhead(f.profile, f.client, f.date, lang);
    let n = f.invoice.number.as_str();
    let total = money(f.owed_minor());
    let what = match (f.interest_minor > 0, f.compensation_minor > 0) {
        (true, true) => iw.what[0],
        (true, false) => iw.what[1],
        _ => iw.what[2],
    };
    let before = vec![
        plain(
            iw.thanks
                .replace("{n}", n)
                .replace("{issued}", &format::date(f.invoice.issued, lang))
                .replace("{amount}", &money(f.invoice.amount_minor))
                .replace("{settled}", &format::date(f.settled, lang)),
        ),
        plain(
            iw.still_owed
                .replace("{date}", &format::date(f.claimed_in.1, lang))
                .replace("{what}", what)
                .replace("{total}", &total),
        ),
    ];
    let deadline_text = format::date(f.deadline, lang);
    let after = vec![
        Block {
            runs: vec![
                Run {
                    text: iw.pay_by.replace("{total}", &total),
                    bold: false,
                },
                Run {
                    text: deadline_text.clone(),
                    bold: true,
                },
                Run {
                    text: iw.reference.replace("{n}", n),
                    bold: false,
                },
            ],
            bullet: false,
        },
        plain(iw.crossed.to_string()),
    ];
    let row = |label: &str, amount: i64, total: bool| TableRow {
        cells: vec![label.to_string(), money(amount)],
        total,
    };
    let mut rows = Vec::new();
    if f.interest_minor > 0 {
        let label = iw
            .interest
            .replace("{date}", &format::short_date(f.settled, lang));
        rows.push(row(&label, f.interest_minor, false));
    }
    if f.compensation_minor > 0 {
        rows.push(row(w.compensation, f.compensation_minor, false));
    }
    if f.received_minor > 0 {
        rows.push(row(iw.received, -f.received_minor, false));
    }
    rows.push(row(iw.still, f.owed_minor(), true));
    let table = Table {
        head: vec![
            format!(
                "{} {n} · {}",
                w.invoice_head[0],
                format::short_date(f.claimed_in.1, lang)
            ),
            String::new(),
        ],
        right: vec![false, true],
        widths: vec![70, 30],
        rows,
    };
    let (payment, mut warnings) = payment_details(f.profile, f.client, n, w);
    let g = greeting(f.client, lang);
    warnings.extend(g.warning.clone());
    LetterModel {
        paper: f.profile.paper,
        lang,
        stage: f.claimed_in.0,
        title: iw.title.to_string(),
        sender: head.sender,
        logo: f.logo.map(<[u8]>::to_vec),
        recipient: head.recipient,
        sending: None,
        place_date: head.place_date,
        subject: format!("{}: {} {n}", iw.title, iw.invoice),
        salutation: g.salutation,
        before,
        invoice_table: table,
        claim_table: None,
        more_tables: Vec::new(),
        after,
        payment,
        closing: g.closing,
        signatory: f
            .profile
            .signatory
            .clone()
            .unwrap_or_else(|| f.profile.name.clone()),
        enclosures: Vec::new(),
        enclosures_word: w.enclosures.to_string(),
        footer: head.footer,
        page_words: (w.page.0.to_string(), w.page.1.to_string()),
        continued: w.continued.to_string(),
        deadline: f.deadline,
        deadline_text,
        date: f.date,
        invoice_number: n.to_string(),
        total_due_minor: f.owed_minor(),
        interest_minor: f.interest_minor,
        compensation_minor: f.compensation_minor,
        items: Vec::new(),
        balance_minor: 0,
        currency: cur,
        warnings,
        author: f.profile.name.clone(),
    }
}
