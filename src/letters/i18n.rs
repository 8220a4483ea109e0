//! The fixed words of a letter in each language: stage titles, table headings, the
//! legal basis of a claim, the next step after the legal warning.
//!
//! The paragraphs live in the templates, where a user can change them; what is here is
//! the vocabulary the layout and the templates' variables need, kept in one table per
//! language so that a missing translation is a compile error, not a blank on paper.

use crate::domain::interest::Law;
use crate::domain::ladder::Stage;
use crate::domain::party::{Language, NextStep};

/// The words of one language.
pub struct Words {
    /// Title of each stage's letter, as a heading.
    pub titles: [&'static str; 4],
    /// Each stage named mid-sentence with its determiner ("meiner Mahnung"), before "of <date>".
    pub earlier: [&'static str; 4],
    /// "of" / "del" / "vom" / "du" before a date in the list of earlier letters.
    pub of_date: &'static str,
    /// "and" joining the last two earlier letters.
    pub and: &'static str,
    /// Invoice table headings: number, issued, due, amount, paid, balance.
    pub invoice_head: [&'static str; 6],
    /// Claim table headings: period, days, on, rate, interest.
    pub claim_head: [&'static str; 5],
    /// "Outstanding balance".
    pub balance: &'static str,
    /// "Fixed compensation for recovery costs".
    pub compensation: &'static str,
    /// "Interest".
    pub interest: &'static str,
    /// "Total now due".
    pub total: &'static str,
    /// "Payment details".
    pub payment: &'static str,
    /// "Account holder".
    pub holder: &'static str,
    /// "Reference".
    pub reference: &'static str,
    /// "Sort code".
    pub sort_code: &'static str,
    /// "Account number".
    pub account_number: &'static str,
    /// "VAT no.".
    pub vat: &'static str,
    /// "Page {n} of {m}" split around the numbers.
    pub page: (&'static str, &'static str),
    /// "(continued)".
    pub continued: &'static str,
    /// "Enclosures".
    pub enclosures: &'static str,
    /// "Statement of account as of <date>".
    pub statement: &'static str,
    /// "Copy of invoice" (followed by its number).
    pub invoice_copy: &'static str,
    /// "Total": the invoice table's sum of several invoices.
    pub sum: &'static str,
}

const EN: Words = Words {
    titles: [
        "Payment reminder",
        "Formal demand for payment",
        "Second demand for payment",
        "Letter before action",
    ],
    earlier: [
        "my reminder",
        "my formal demand",
        "my second demand",
        "my letter before action",
    ],
    of_date: "of",
    and: "and",
    invoice_head: ["Invoice", "Issued", "Due", "Amount", "Paid", "Balance"],
    claim_head: ["Interest period", "Days", "On", "Rate", "Interest"],
    balance: "Outstanding balance",
    compensation: "Fixed compensation for recovery costs",
    interest: "Late-payment interest",
    total: "Total now due",
    payment: "Payment details",
    holder: "Account holder",
    reference: "Reference",
    sort_code: "Sort code",
    account_number: "Account number",
    vat: "VAT no.",
    page: ("Page", "of"),
    continued: "(continued)",
    enclosures: "Enclosures",
    statement: "Statement as of",
    invoice_copy: "Copy of invoice",
    sum: "Total",
};

const IT: Words = Words {
    titles: [
        "Sollecito di pagamento",
        "Messa in mora",
        "Secondo sollecito",
        "Ultimo avviso prima di azione legale",
    ],
    earlier: [
        "il sollecito",
        "la messa in mora",
        "il secondo sollecito",
        "l'ultimo avviso prima di azione legale",
    ],
    of_date: "del",
    and: "e",
    invoice_head: [
        "Fattura", "Emessa", "Scadenza", "Importo", "Pagato", "Residuo",
    ],
    claim_head: ["Periodo di mora", "Giorni", "Su", "Tasso", "Interessi"],
    balance: "Importo residuo",
    compensation: "Risarcimento forfettario dei costi di recupero",
    interest: "Interessi di mora",
    total: "Totale ora dovuto",
    payment: "Coordinate per il pagamento",
    holder: "Intestatario",
    reference: "Causale",
    sort_code: "Sort code (UK)",
    account_number: "Numero di conto (UK)",
    vat: "P. IVA",
    page: ("Pagina", "di"),
    continued: "(segue)",
    enclosures: "Allegati",
    statement: "Prospetto al",
    invoice_copy: "Copia della fattura n.",
    sum: "Totale",
};

const DE: Words = Words {
    titles: [
        "Zahlungserinnerung",
        "Mahnung",
        "2. Mahnung",
        "Letzte Mahnung vor rechtlichen Schritten",
    ],
    earlier: [
        "meiner Zahlungserinnerung",
        "meiner Mahnung",
        "meiner 2. Mahnung",
        "meiner letzten Mahnung",
    ],
    of_date: "vom",
    and: "und",
    invoice_head: ["Rechnung", "Datum", "Fällig", "Betrag", "Bezahlt", "Offen"],
    claim_head: ["Zinszeitraum", "Tage", "Auf", "Zinssatz", "Zinsen"],
    balance: "Offener Betrag",
    compensation: "Verzugspauschale",
    interest: "Verzugszinsen",
    total: "Jetzt fällige Summe",
    payment: "Zahlungsangaben",
    holder: "Kontoinhaber",
    reference: "Verwendungszweck",
    sort_code: "Sort Code (UK)",
    account_number: "Kontonummer (UK)",
    vat: "USt-IdNr.",
    page: ("Seite", "von"),
    continued: "(Fortsetzung)",
    enclosures: "Anlagen",
    statement: "Stand",
    invoice_copy: "Kopie der Rechnung Nr.",
    sum: "Summe",
};

const FR: Words = Words {
    titles: [
        "Rappel de paiement",
        "Mise en demeure",
        "Deuxième relance",
        "Dernière mise en demeure avant procédure",
    ],
    earlier: [
        "mon rappel",
        "ma mise en demeure",
        "ma deuxième relance",
        "ma dernière mise en demeure",
    ],
    of_date: "du",
    and: "et",
    invoice_head: [
        "Facture",
        "Émise le",
        "Échéance",
        "Montant",
        "Payé",
        "Reste dû",
    ],
    claim_head: ["Période de retard", "Jours", "Sur", "Taux", "Pénalités"],
    balance: "Reste dû",
    compensation: "Indemnité forfaitaire pour frais de recouvrement",
    interest: "Pénalités de retard",
    total: "Total dû à ce jour",
    payment: "Coordonnées de paiement",
    holder: "Titulaire",
    reference: "Référence",
    sort_code: "Sort code (R.-U.)",
    account_number: "Numéro de compte (R.-U.)",
    vat: "N° TVA",
    page: ("Page", "sur"),
    continued: "(suite)",
    enclosures: "Pièces jointes",
    statement: "Décompte au",
    invoice_copy: "Copie de la facture n°",
    sum: "Total",
};

/// The words of a language.
pub fn words(lang: Language) -> &'static Words {
    match lang {
        Language::En => &EN,
        Language::It => &IT,
        Language::De => &DE,
        Language::Fr => &FR,
    }
}

/// A stage's title in a language.
pub fn title(stage: Stage, lang: Language) -> &'static str {
    words(lang).titles[stage.index()]
}

/// The next step as an infinitive phrase that fits "my next step will be to …" and
/// "I will … after that date" in each language's templates.
pub fn next_step(step: NextStep, lang: Language) -> &'static str {
    use NextStep::*;
    match (lang, step) {
        (Language::En, SmallClaims) => "file a claim in the small claims court",
        (Language::En, PaymentOrder) => "apply to the court for a payment order",
        (Language::En, CollectionAgency) => "pass the debt to a collection agency",
        (Language::En, Lawyer) => "instruct a lawyer to recover the debt",
        (Language::It, SmallClaims) => "presentare domanda al giudice di pace",
        (Language::It, PaymentOrder) => "chiedere al tribunale un decreto ingiuntivo",
        (Language::It, CollectionAgency) => "affidare il credito a una società di recupero crediti",
        (Language::It, Lawyer) => "affidare la pratica a un avvocato",
        (Language::De, SmallClaims) => "beim zuständigen Amtsgericht Klage erheben",
        (Language::De, PaymentOrder) => "einen gerichtlichen Mahnbescheid beantragen",
        (Language::De, CollectionAgency) => "die Forderung einem Inkassounternehmen übergeben",
        (Language::De, Lawyer) => {
            "einen Rechtsanwalt mit der Durchsetzung der Forderung beauftragen"
        }
        (Language::Fr, SmallClaims) => "saisir le tribunal judiciaire d'une demande en paiement",
        (Language::Fr, PaymentOrder) => "déposer une requête en injonction de payer",
        (Language::Fr, CollectionAgency) => {
            "confier le recouvrement de la créance à une société de recouvrement"
        }
        (Language::Fr, Lawyer) => "confier le dossier à un avocat",
    }
}

/// What the fixed compensation is, phrased to follow "as" / "a titolo di" / "als" /
/// "au titre de".
pub fn compensation_basis(law: Law, lang: Language) -> &'static str {
    match (law, lang) {
        (Law::Gb, Language::En) => {
            "the fixed sum for the costs of recovery under section 5A of the Act"
        }
        (Law::De, Language::De) => "Verzugspauschale nach § 288 Abs. 5 BGB",
        (_, Language::En) => "fixed compensation for the costs of recovery",
        (_, Language::It) => "risarcimento forfettario dei costi di recupero",
        (_, Language::De) => "pauschale Entschädigung für Beitreibungskosten",
        (_, Language::Fr) => "l'indemnité forfaitaire pour frais de recouvrement",
    }
}

/// "my reminder of 3 October 2026 and my formal demand of 17 October 2026".
pub fn earlier_list(items: &[(Stage, String)], lang: Language) -> String {
    let w = words(lang);
    let parts: Vec<String> = items
        .iter()
        .map(|(stage, date)| {
            let of = if lang == Language::It {
                it_preposition("del", date)
            } else {
                format!("{} {date}", w.of_date)
            };
            format!("{} {of}", w.earlier[stage.index()])
        })
        .collect();
    and_list(&parts, lang)
}

/// "a, b and c" in the letter's language.
pub fn and_list(parts: &[String], lang: Language) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), words(lang).and),
    }
}

/// Italian article or articulated preposition before a date: `il 3 ottobre`,
/// `l'8 ottobre`, `dell'11 ottobre`, `dal 1 marzo`.
pub fn it_preposition(word: &str, date: &str) -> String {
    let elide = date.starts_with("8") || date.starts_with("11");
    match (word, elide) {
        ("il", true) => format!("l'{date}"),
        ("del", true) => format!("dell'{date}"),
        ("dal", true) => format!("dall'{date}"),
        (w, _) => format!("{w} {date}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_letters_read_as_one_phrase() {
        let items = vec![
            (Stage::Reminder, "3 ottobre 2026".to_string()),
            (Stage::FormalLetter, "8 novembre 2026".to_string()),
        ];
        assert_eq!(
            earlier_list(&items, Language::It),
            "il sollecito del 3 ottobre 2026 e la messa in mora dell'8 novembre 2026"
        );
        assert_eq!(
            earlier_list(&items[..1], Language::De),
            "meiner Zahlungserinnerung vom 3 ottobre 2026"
        );
        assert_eq!(earlier_list(&[], Language::En), "");
        assert_eq!(it_preposition("il", "11 marzo 2026"), "l'11 marzo 2026");
        assert_eq!(it_preposition("dal", "1 marzo 2026"), "dal 1 marzo 2026");
    }
}
