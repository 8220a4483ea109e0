//! The two parties of every letter: the user's own business and the client who owes.
//!
//! Which law applies, which language a letter is written in and whether the debtor is a
//! consumer all hang on these types, so their codes are validated here, once, and the
//! rest of the program can trust them.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use super::interest::Law;
use super::money::Currency;

/// Every ISO 3166-1 alpha-2 code, two letters each.
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM \
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO \
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK \
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI \
LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF \
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE \
SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG \
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// A code that is not one of the accepted values; names the field and the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", code_message(.field, .value, .expected))]
pub struct CodeError {
    /// Which kind of code (country, language, kind).
    pub field: &'static str,
    /// The value given.
    pub value: String,
    /// What would have been accepted.
    pub expected: &'static str,
}

/// "unknown country 'XX' (expected …)", in the reader's language: the field's name and
/// the words around a list of codes are translated, the codes themselves are not.
fn code_message(field: &str, value: &str, expected: &str) -> String {
    crate::t!(
        "err-party-unknown-code",
        field = code_field_name(field),
        value = value,
        expected = code_expected(field, expected)
    )
}

/// The name of a kind of code, as a message names it.
fn code_field_name(field: &str) -> String {
    match field {
        "country" => crate::t!("msg-party-field-country"),
        "kind" => crate::t!("msg-party-field-kind"),
        "language" => crate::t!("msg-party-field-language"),
        "paper" => crate::t!("msg-party-field-paper"),
        "next step" => crate::t!("msg-party-field-next-step"),
        "sending" => crate::t!("msg-party-field-sending"),
        "stage" => crate::t!("msg-party-field-stage"),
        "status" => crate::t!("msg-party-field-status"),
        "event kind" => crate::t!("msg-party-field-event-kind"),
        "log kind" => crate::t!("msg-party-field-log-kind"),
        "correction" => crate::t!("msg-party-field-correction"),
        "law" => crate::t!("msg-party-field-law"),
        "rate table" => crate::t!("msg-party-field-rate-table"),
        other => other.to_string(),
    }
}

/// What would have been accepted: a list of codes "a, b or c" gets the language's "or";
/// the two descriptions in words are translated whole.
fn code_expected(field: &str, expected: &str) -> String {
    match field {
        "country" => return crate::t!("msg-party-expected-country"),
        "log kind" => return crate::t!("msg-party-expected-log-kind"),
        _ => {}
    }
    let code = |s: &str| !s.is_empty() && !s.contains(' ');
    match expected.rsplit_once(" or ") {
        Some((codes, last)) if code(last) && codes.split(", ").all(code) => {
            crate::t!("msg-party-one-of", codes = codes, last = last)
        }
        _ => expected.to_string(),
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

impl Country {
    /// The code as text, e.g. `"IT"`.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// How people here write a date with slashes: day first everywhere but the US.
    pub fn slash_order(&self) -> super::dates::SlashOrder {
        if self.code() == "US" {
            super::dates::SlashOrder::MonthFirst
        } else {
            super::dates::SlashOrder::DayFirst
        }
    }

    /// The currency a business here bills in: GBP in the UK, USD in the US, CHF in
    /// Switzerland and Liechtenstein, else EUR.
    pub fn default_currency(&self) -> Currency {
        match self.code() {
            "GB" => Currency::GBP,
            "US" => Currency::USD,
            "CH" | "LI" => "CHF".parse().unwrap_or(Currency::EUR),
            _ => Currency::EUR,
        }
    }

    /// The step after the legal warning a business here usually takes: the small-claims
    /// track in common-law countries (Money Claim Online in England and Wales), a court
    /// payment order elsewhere (decreto ingiuntivo, Mahnbescheid, injonction de payer).
    pub fn default_next_step(&self) -> NextStep {
        match self.code() {
            "GB" | "IE" | "US" | "CA" | "AU" | "NZ" => NextStep::SmallClaims,
            _ => NextStep::PaymentOrder,
        }
    }

    /// The letter language most clients in this country read.
    pub fn default_language(&self) -> Language {
        match self.code() {
            "IT" | "SM" | "VA" => Language::It,
            "DE" | "AT" | "LI" => Language::De,
            "FR" | "MC" | "LU" | "BE" => Language::Fr,
            _ => Language::En,
        }
    }
}

impl FromStr for Country {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let up = s.trim().to_ascii_uppercase();
        let up = if up == "UK" { "GB".to_string() } else { up };
        if up.len() == 2 && COUNTRIES.split(' ').any(|c| c == up) {
            let b = up.as_bytes();
            Ok(Country([b[0], b[1]]))
        } else {
            Err(CodeError {
                field: "country",
                value: s.trim().to_string(),
                expected: "an ISO 3166 alpha-2 code such as IT, DE, FR, GB",
            })
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// Declares a closed set of snake_case codes with parsing, display and serde.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident, $field:literal, $expected:literal,
     { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
                 ::serde::Serialize, ::serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The code as stored and typed.
            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::domain::party::CodeError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let t = s.trim();
                $(if t.eq_ignore_ascii_case($text) {
                    return Ok($name::$variant);
                })+
                match () {
                    _ => Err($crate::domain::party::CodeError {
                        field: $field,
                        value: s.trim().to_string(),
                        expected: $expected,
                    }),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use code_enum;

code_enum!(
    /// What kind of debtor a client is; it decides which law and which letters apply.
    ClientKind, "kind", "business, consumer or public",
    {
        /// A company or a self-employed professional.
        Business = "business",
        /// A private individual.
        Consumer = "consumer",
        /// A public authority.
        Public = "public",
    }
);

code_enum!(
    /// The languages letters are written in.
    Language, "language", "en, it, de or fr",
    {
        /// English.
        En = "en",
        /// Italian.
        It = "it",
        /// German.
        De = "de",
        /// French.
        Fr = "fr",
    }
);

code_enum!(
    /// The paper letters are printed on.
    Paper, "paper", "a4 or letter",
    {
        /// ISO A4, 210 × 297 mm.
        A4 = "a4",
        /// US Letter, 8.5 × 11 in.
        Letter = "letter",
    }
);

code_enum!(
    /// The one step the user will take after the legal warning, named in the last letters.
    NextStep, "next step", "small_claims, payment_order, collection_agency or lawyer",
    {
        /// A claim in the small-claims court.
        SmallClaims = "small_claims",
        /// An application for a court payment order.
        PaymentOrder = "payment_order",
        /// Passing the debt to a collection agency.
        CollectionAgency = "collection_agency",
        /// Instructing a lawyer.
        Lawyer = "lawyer",
    }
);

code_enum!(
    /// How letters from the formal letter on are sent: the line printed above the address.
    Sending, "sending", "post, registered or pec",
    {
        /// Ordinary post or email: no line.
        Post = "post",
        /// Registered post with proof of delivery (raccomandata A/R, LRAR, Einschreiben).
        Registered = "registered",
        /// Italian certified email (PEC).
        Pec = "pec",
    }
);

/// A client's id in the ledger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClientId(pub i64);

impl fmt::Display for ClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Someone who owes the user money.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Client {
    /// Ledger id.
    pub id: ClientId,
    /// Name, unique in the ledger; imports match clients on it exactly.
    pub name: String,
    /// Business, consumer or public body.
    pub kind: ClientKind,
    /// Where the client is established.
    pub country: Country,
    /// The language letters to this client are written in.
    pub language: Language,
    /// The late-payment law that applies; `None` follows the business profile's country.
    #[serde(default)]
    pub law: Option<Law>,
    /// Email address, if known.
    pub email: Option<String>,
    /// Postal address (several lines), if known.
    pub address: Option<String>,
    /// VAT or tax id, if known.
    pub vat_id: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// A natural person: a consumer, or a sole trader (a business run by one person).
    #[serde(default)]
    pub individual: bool,
    /// The salutation letters open with ("Dear Mr Smith"); `None`: the language's default.
    #[serde(default)]
    pub salutation: Option<String>,
    /// The person the letter is for, printed in the address ("Mario Rossi").
    #[serde(default)]
    pub contact: Option<String>,
}

impl Client {
    /// A natural person: consumers always are.
    pub fn is_individual(&self) -> bool {
        self.individual || self.kind == ClientKind::Consumer
    }
}

/// The fields of a new client, before it has an id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClient {
    /// Name, unique in the ledger.
    pub name: String,
    /// Business, consumer or public body.
    pub kind: ClientKind,
    /// Where the client is established.
    pub country: Country,
    /// Letter language.
    pub language: Language,
    /// Late-payment law; `None` follows the business profile's country.
    #[serde(default)]
    pub law: Option<Law>,
    /// Email address.
    pub email: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// VAT or tax id.
    pub vat_id: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// A natural person (a sole trader, or a consumer).
    #[serde(default)]
    pub individual: bool,
    /// The salutation, if not the language's default.
    #[serde(default)]
    pub salutation: Option<String>,
    /// The person the letter is for.
    #[serde(default)]
    pub contact: Option<String>,
}

/// The user's own business: the sender of every letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessProfile {
    /// Legal name.
    pub name: String,
    /// Postal address.
    pub address: Option<String>,
    /// Country of establishment; the default applicable law.
    pub country: Country,
    /// VAT or tax id.
    pub vat_id: Option<String>,
    /// IBAN that payments go to.
    pub iban: Option<String>,
    /// Contact email.
    pub email: Option<String>,
    /// Contact phone.
    pub phone: Option<String>,
    /// Who signs the letters.
    pub signatory: Option<String>,
    /// Default letter language for new clients.
    pub language: Language,
    /// Default currency for new invoices.
    pub currency: Currency,
    /// The town letters are dated from ("Bologna, 22 November 2026").
    #[serde(default)]
    pub city: Option<String>,
    /// A4 or US Letter.
    #[serde(default = "default_paper")]
    pub paper: Paper,
    /// The one step after the legal warning.
    #[serde(default = "default_next_step")]
    pub next_step: NextStep,
    /// The bank's BIC (SWIFT), for payers abroad.
    #[serde(default)]
    pub bic: Option<String>,
    /// A UK account's sort code (six digits).
    #[serde(default)]
    pub sort_code: Option<String>,
    /// A UK account number (eight digits).
    #[serde(default)]
    pub account_number: Option<String>,
    /// How demands are sent: the line printed above the address.
    #[serde(default = "default_sending")]
    pub sending: Sending,
}

fn default_sending() -> Sending {
    Sending::Post
}

fn default_paper() -> Paper {
    Paper::A4
}

fn default_next_step() -> NextStep {
    NextStep::SmallClaims
}

impl BusinessProfile {
    /// The law that applies to a client: its own setting, else the profile country's.
    pub fn law_for(&self, client_law: Option<Law>) -> Law {
        client_law.unwrap_or_else(|| Law::default_for(self.country))
    }
}

/// Trims a free-text field; blank becomes `None`.
pub fn non_blank(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Checks an email address's shape: one `@`, something before it, a domain with a dot
/// after it, no spaces. Returns it trimmed.
pub fn check_email(text: &str) -> Result<String, String> {
    let t = text.trim();
    let ok = match t.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !t.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if ok {
        Ok(t.to_string())
    } else {
        Err(crate::t!("err-party-not-an-email", value = t))
    }
}

/// A name as compared when looking a client up: lower case, no accents, letters and
/// digits only ("Rossi S.r.l." and "rossi srl" are the same).
pub fn fold_name(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => Some('a'),
            'è' | 'é' | 'ê' | 'ë' => Some('e'),
            'ì' | 'í' | 'î' | 'ï' => Some('i'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => Some('o'),
            'ù' | 'ú' | 'û' | 'ü' => Some('u'),
            'ç' => Some('c'),
            'ñ' => Some('n'),
            'ß' => Some('s'),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// Edit distance between two short strings (for "did you mean").
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_and_refuse_with_the_field_named() {
        assert_eq!(
            "it".parse::<Country>().map(|c| c.to_string()),
            Ok("IT".into())
        );
        assert_eq!(
            "UK".parse::<Country>().map(|c| c.to_string()),
            Ok("GB".into())
        );
        let err = "XX".parse::<Country>().expect_err("XX is no country");
        assert!(err.to_string().contains("unknown country 'XX'"));
        assert_eq!("Consumer".parse::<ClientKind>(), Ok(ClientKind::Consumer));
        let err = "person".parse::<ClientKind>().expect_err("not a kind");
        assert!(err.to_string().starts_with("unknown kind 'person'"));
        assert_eq!("DE".parse::<Language>(), Ok(Language::De));
        assert!("es".parse::<Language>().is_err());
    }

    #[test]
    fn default_language_follows_the_country() {
        let de: Country = "AT".parse().expect("AT");
        assert_eq!(de.default_language(), Language::De);
        let us: Country = "US".parse().expect("US");
        assert_eq!(us.default_language(), Language::En);
    }
}
