//! How a letter addresses its reader: the salutation and the closing that goes with it,
//! the "for the attention of" line, the recipient's country line, and the line that says
//! how a demand was sent.
//!
//! Conventions: a company with no named reader gets "Dear Sir or Madam … Yours faithfully"
//! (en), "Sehr geehrte Damen und Herren" (de), "Gentili Signori" (it), "Madame, Monsieur"
//! (fr); a named reader ("Mr Smith", "Herr Schneider", "Sig. Rossi", "Madame Durand") gets
//! "Dear Mr Smith … Yours sincerely", "Sehr geehrter Herr Schneider", "Gentile Sig. Rossi",
//! "Madame". An address abroad ends with the country in capitals, in the sender's
//! language (the UPU convention).

use crate::domain::ladder::Stage;
use crate::domain::party::{Client, Country, Language, Sending};

/// The salutation and closing of a letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Greeting {
    /// "Dear Sir or Madam,".
    pub salutation: String,
    /// "Yours faithfully,".
    pub closing: String,
    /// Set when the letter falls back to a company's salutation for a person.
    pub warning: Option<String>,
}

/// Words that open a whole salutation typed by the user ("Dear John", "Liebe Anna").
const OPENERS: &[&str] = &[
    "dear ",
    "hello",
    "hi ",
    "sehr ",
    "liebe",
    "hallo",
    "guten tag",
    "gentile",
    "gentili",
    "egregio",
    "egregia",
    "spett",
    "caro ",
    "cara ",
    "ciao",
    "cher ",
    "chère ",
    "bonjour",
    "madame,",
    "monsieur,",
];

fn with_comma(s: &str) -> String {
    let t = s.trim().trim_end_matches([',', '.', '!']);
    format!("{t},")
}

/// The greeting for a client in `lang`.
pub fn greeting(client: &Client, lang: Language) -> Greeting {
    let given = client
        .salutation
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let company = |warning: Option<String>| {
        let salutation = match lang {
            Language::En => "Dear Sir or Madam,",
            Language::It => "Gentili Signori,",
            Language::De => "Sehr geehrte Damen und Herren,",
            Language::Fr => "Madame, Monsieur,",
        };
        Greeting {
            salutation: salutation.to_string(),
            closing: closing(lang, "Madame, Monsieur", false),
            warning,
        }
    };
    let Some(s) = given else {
        if !client.is_individual() {
            return company(None);
        }
        // A person with no salutation: Italian and English can use the name; German and
        // French need the title, which only the user knows.
        return match lang {
            Language::En => Greeting {
                salutation: format!("Dear {},", client.name),
                closing: closing(lang, "", true),
                warning: None,
            },
            Language::It => Greeting {
                salutation: format!("Gentile {},", client.name),
                closing: closing(lang, "", true),
                warning: None,
            },
            Language::De | Language::Fr => company(Some(format!(
                "{} has no salutation: the letter opens \"{}\"; set one, e.g. client set --salutation \"{}\"",
                client.name,
                if lang == Language::De {
                    "Sehr geehrte Damen und Herren,"
                } else {
                    "Madame, Monsieur,"
                },
                if lang == Language::De {
                    "Herr Schneider"
                } else {
                    "Madame Durand"
                }
            ))),
        };
    };
    let lower = s.to_lowercase();
    if OPENERS.iter().any(|o| lower.starts_with(o)) {
        let fr_address = s.trim_end_matches([',', ' ']);
        return Greeting {
            salutation: with_comma(s),
            closing: closing(lang, fr_address, true),
            warning: None,
        };
    }
    let salutation = match lang {
        Language::En => format!("Dear {s},"),
        Language::It => format!("Gentile {s},"),
        Language::De if lower.starts_with("frau") => format!("Sehr geehrte {s},"),
        Language::De => format!("Sehr geehrter {s},"),
        Language::Fr if lower.starts_with("madame") || lower.starts_with("mme") => "Madame,".into(),
        Language::Fr if lower.starts_with("monsieur") || lower.starts_with("m.") => {
            "Monsieur,".into()
        }
        Language::Fr => with_comma(s),
    };
    let fr_address = salutation.trim_end_matches(',').to_string();
    Greeting {
        closing: closing(lang, &fr_address, true),
        salutation,
        warning: None,
    }
}

/// The closing: British "faithfully" to an unnamed reader, "sincerely" to a named one;
/// the French formula repeats the salutation.
fn closing(lang: Language, fr_address: &str, named: bool) -> String {
    match lang {
        Language::En if named => "Yours sincerely,".into(),
        Language::En => "Yours faithfully,".into(),
        Language::It => "Distinti saluti,".into(),
        Language::De => "Mit freundlichen Grüßen".into(),
        Language::Fr => {
            let a = if fr_address.is_empty() {
                "Madame, Monsieur"
            } else {
                fr_address
            };
            format!("Je vous prie d'agréer, {a}, l'expression de mes salutations distinguées.")
        }
    }
}

/// "For the attention of" a contact, in the letter's language.
pub fn attention_line(contact: &str, lang: Language) -> String {
    match lang {
        Language::En => format!("FAO {contact}"),
        Language::It => format!("Alla c.a. di {contact}"),
        Language::De => format!("z. Hd. {contact}"),
        Language::Fr => format!("À l'attention de {contact}"),
    }
}

/// The line above the address that says how a demand was sent, from the formal letter on.
pub fn sending_line(sending: Sending, stage: Stage, lang: Language) -> Option<&'static str> {
    if stage < Stage::FormalLetter {
        return None;
    }
    Some(match (sending, lang) {
        (Sending::Post, _) => return None,
        (Sending::Pec, Language::It) => "Via PEC",
        (Sending::Pec, Language::En) => "By certified email (PEC)",
        (Sending::Pec, Language::De) => "Per zertifizierter E-Mail (PEC)",
        (Sending::Pec, Language::Fr) => "Par courrier électronique certifié (PEC)",
        (Sending::Registered, Language::It) => "Raccomandata A/R",
        (Sending::Registered, Language::En) => "Recorded delivery",
        (Sending::Registered, Language::De) => "Einschreiben mit Rückschein",
        (Sending::Registered, Language::Fr) => {
            "Lettre recommandée avec demande d'avis de réception"
        }
    })
}

/// Country names for the last address line, in capitals: (code, en, it, de, fr).
const COUNTRIES: &[(&str, &str, &str, &str, &str)] = &[
    ("AT", "AUSTRIA", "AUSTRIA", "ÖSTERREICH", "AUTRICHE"),
    ("BE", "BELGIUM", "BELGIO", "BELGIEN", "BELGIQUE"),
    ("BG", "BULGARIA", "BULGARIA", "BULGARIEN", "BULGARIE"),
    ("CH", "SWITZERLAND", "SVIZZERA", "SCHWEIZ", "SUISSE"),
    ("CY", "CYPRUS", "CIPRO", "ZYPERN", "CHYPRE"),
    (
        "CZ",
        "CZECH REPUBLIC",
        "REPUBBLICA CECA",
        "TSCHECHIEN",
        "RÉPUBLIQUE TCHÈQUE",
    ),
    ("DE", "GERMANY", "GERMANIA", "DEUTSCHLAND", "ALLEMAGNE"),
    ("DK", "DENMARK", "DANIMARCA", "DÄNEMARK", "DANEMARK"),
    ("EE", "ESTONIA", "ESTONIA", "ESTLAND", "ESTONIE"),
    ("ES", "SPAIN", "SPAGNA", "SPANIEN", "ESPAGNE"),
    ("FI", "FINLAND", "FINLANDIA", "FINNLAND", "FINLANDE"),
    ("FR", "FRANCE", "FRANCIA", "FRANKREICH", "FRANCE"),
    (
        "GB",
        "UNITED KINGDOM",
        "REGNO UNITO",
        "VEREINIGTES KÖNIGREICH",
        "ROYAUME-UNI",
    ),
    ("GR", "GREECE", "GRECIA", "GRIECHENLAND", "GRÈCE"),
    ("HR", "CROATIA", "CROAZIA", "KROATIEN", "CROATIE"),
    ("HU", "HUNGARY", "UNGHERIA", "UNGARN", "HONGRIE"),
    ("IE", "IRELAND", "IRLANDA", "IRLAND", "IRLANDE"),
    ("IT", "ITALY", "ITALIA", "ITALIEN", "ITALIE"),
    (
        "LI",
        "LIECHTENSTEIN",
        "LIECHTENSTEIN",
        "LIECHTENSTEIN",
        "LIECHTENSTEIN",
    ),
    ("LT", "LITHUANIA", "LITUANIA", "LITAUEN", "LITUANIE"),
    ("LU", "LUXEMBOURG", "LUSSEMBURGO", "LUXEMBURG", "LUXEMBOURG"),
    ("LV", "LATVIA", "LETTONIA", "LETTLAND", "LETTONIE"),
    ("MC", "MONACO", "MONACO", "MONACO", "MONACO"),
    ("MT", "MALTA", "MALTA", "MALTA", "MALTE"),
    (
        "NL",
        "NETHERLANDS",
        "PAESI BASSI",
        "NIEDERLANDE",
        "PAYS-BAS",
    ),
    ("NO", "NORWAY", "NORVEGIA", "NORWEGEN", "NORVÈGE"),
    ("PL", "POLAND", "POLONIA", "POLEN", "POLOGNE"),
    ("PT", "PORTUGAL", "PORTOGALLO", "PORTUGAL", "PORTUGAL"),
    ("RO", "ROMANIA", "ROMANIA", "RUMÄNIEN", "ROUMANIE"),
    ("SE", "SWEDEN", "SVEZIA", "SCHWEDEN", "SUÈDE"),
    ("SI", "SLOVENIA", "SLOVENIA", "SLOWENIEN", "SLOVÉNIE"),
    ("SK", "SLOVAKIA", "SLOVACCHIA", "SLOWAKEI", "SLOVAQUIE"),
    (
        "SM",
        "SAN MARINO",
        "SAN MARINO",
        "SAN MARINO",
        "SAINT-MARIN",
    ),
    (
        "US",
        "UNITED STATES",
        "STATI UNITI",
        "VEREINIGTE STAATEN",
        "ÉTATS-UNIS",
    ),
    (
        "VA",
        "VATICAN CITY",
        "CITTÀ DEL VATICANO",
        "VATIKANSTADT",
        "VATICAN",
    ),
];

/// A country's name in capitals in `lang`; the ISO code for a country not listed.
pub fn country_name(country: Country, lang: Language) -> String {
    COUNTRIES
        .iter()
        .find(|c| c.0 == country.code())
        .map(|c| match lang {
            Language::En => c.1,
            Language::It => c.2,
            Language::De => c.3,
            Language::Fr => c.4,
        })
        .map_or_else(|| country.code().to_string(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::party::{ClientId, ClientKind};

    fn client(kind: ClientKind, individual: bool, salutation: Option<&str>) -> Client {
        Client {
            id: ClientId(1),
            name: "Max Schneider".into(),
            kind,
            country: "DE".parse().expect("DE"),
            language: Language::De,
            law: None,
            email: None,
            address: None,
            vat_id: None,
            notes: None,
            individual,
            salutation: salutation.map(str::to_string),
            contact: None,
        }
    }

    #[test]
    fn salutations_follow_each_languages_convention() {
        let acme = client(ClientKind::Business, false, None);
        let g = greeting(&acme, Language::En);
        assert_eq!(
            (g.salutation.as_str(), g.closing.as_str()),
            ("Dear Sir or Madam,", "Yours faithfully,")
        );
        assert_eq!(greeting(&acme, Language::It).salutation, "Gentili Signori,");
        let smith = client(ClientKind::Consumer, false, Some("Mr Smith"));
        let g = greeting(&smith, Language::En);
        assert_eq!(
            (g.salutation.as_str(), g.closing.as_str()),
            ("Dear Mr Smith,", "Yours sincerely,")
        );
        let max = client(ClientKind::Consumer, false, Some("Herr Schneider"));
        assert_eq!(
            greeting(&max, Language::De).salutation,
            "Sehr geehrter Herr Schneider,"
        );
        let anna = client(ClientKind::Business, true, Some("Frau Weber"));
        assert_eq!(
            greeting(&anna, Language::De).salutation,
            "Sehr geehrte Frau Weber,"
        );
        let claire = client(ClientKind::Consumer, false, Some("Madame Martin"));
        let g = greeting(&claire, Language::Fr);
        assert_eq!(g.salutation, "Madame,");
        assert_eq!(
            g.closing,
            "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées."
        );
        // A German consumer without a salutation: formal, with a note to the user.
        let g = greeting(&client(ClientKind::Consumer, false, None), Language::De);
        assert_eq!(g.salutation, "Sehr geehrte Damen und Herren,");
        assert!(g.warning.is_some());
        // A whole salutation typed by the user is kept.
        let own = client(ClientKind::Business, false, Some("Dear Jane"));
        assert_eq!(greeting(&own, Language::En).salutation, "Dear Jane,");
    }

    #[test]
    fn lines_around_the_address() {
        assert_eq!(
            country_name("DE".parse().expect("DE"), Language::It),
            "GERMANIA"
        );
        assert_eq!(
            country_name("GB".parse().expect("GB"), Language::Fr),
            "ROYAUME-UNI"
        );
        assert_eq!(
            attention_line("Mario Rossi", Language::It),
            "Alla c.a. di Mario Rossi"
        );
        assert_eq!(
            sending_line(Sending::Pec, Stage::FormalLetter, Language::It),
            Some("Via PEC")
        );
        assert_eq!(
            sending_line(Sending::Pec, Stage::Reminder, Language::It),
            None
        );
        assert_eq!(
            sending_line(Sending::Post, Stage::LegalWarning, Language::It),
            None
        );
    }
}
