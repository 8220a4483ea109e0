//! The words a letter uses for a claim's law and rate, in each language: the legal basis
//! ("Under …"), the rate as a formula ("8 points over the ECB main refinancing rate
//! (2.15 %)"), and the names of the rate tables' periods.
//!
//! Each phrase is shaped to follow the template's own words: the basis follows "Under" /
//! "Ai sensi del" / "Gemäß" / "En application de"; the formula follows "at" / "al" / the
//! German "(…)" / "au".

use chrono::{Datelike, NaiveDate};

use crate::domain::interest::{Claim, Law, RateFormula, RateKind, points};
use crate::domain::party::{ClientKind, Country, Language};
use crate::domain::rates::RateSeries;
use crate::present as format;

/// The legal basis of the interest, phrased to follow "Under" / "Ai sensi del" /
/// "Gemäß" / "En application de".
pub fn basis(claim: &Claim, client_country: Country, lang: Language) -> String {
    let rate = claim
        .formula
        .rate_bp
        .map(|bp| format::rate(bp, lang))
        .unwrap_or_default();
    match (claim.rate_kind, lang) {
        (RateKind::NoInterest, _) => String::new(),
        (RateKind::Contractual, Language::En) => {
            format!("our contract, at the agreed late-payment rate of {rate} a year")
        }
        (RateKind::Contractual, Language::It) => {
            format!("contratto, al tasso di mora pattuito del {rate} annuo")
        }
        (RateKind::Contractual, Language::De) => {
            format!("unserem Vertrag zum vereinbarten Verzugszinssatz von {rate} jährlich")
        }
        (RateKind::Contractual, Language::Fr) => {
            format!("notre contrat, au taux de pénalité convenu de {rate} par an")
        }
        (_, lang) if claim.law == Law::Eu => eu_basis(client_country, lang),
        (_, lang) => statutory_basis(claim, lang).to_string(),
    }
}

/// A directive binds states, not debtors: cite the client country's law that implements
/// it, by name where Overdue knows it (and the rate it sets is the Directive's ECB + 8).
fn eu_basis(country: Country, lang: Language) -> String {
    let known = match (country.code(), lang) {
        ("NL", Language::En) => {
            "Article 6:119a of the Dutch Civil Code, which implements Directive 2011/7/EU"
        }
        ("NL", Language::It) => {
            "codice civile olandese, art. 6:119a, di attuazione della direttiva 2011/7/UE"
        }
        ("NL", Language::De) => {
            "Art. 6:119a des niederländischen Bürgerlichen Gesetzbuchs zur Umsetzung der Richtlinie 2011/7/EU"
        }
        ("NL", Language::Fr) => {
            "l'article 6:119a du Code civil néerlandais, qui transpose la directive 2011/7/UE"
        }
        ("ES", Language::En) => {
            "Spanish Law 3/2004 on late payment, which implements Directive 2011/7/EU"
        }
        ("ES", Language::It) => {
            "legge spagnola 3/2004 sui ritardi di pagamento, di attuazione della direttiva 2011/7/UE"
        }
        ("ES", Language::De) => {
            "dem spanischen Gesetz 3/2004 über Zahlungsverzug zur Umsetzung der Richtlinie 2011/7/EU"
        }
        ("ES", Language::Fr) => {
            "la loi espagnole 3/2004 sur les retards de paiement, qui transpose la directive 2011/7/UE"
        }
        ("IE", Language::En) => {
            "the European Communities (Late Payment in Commercial Transactions) Regulations 2012 of Ireland"
        }
        ("IE", Language::It) => {
            "regolamento irlandese del 2012 sui ritardi di pagamento nelle transazioni commerciali"
        }
        ("IE", Language::De) => {
            "der irischen Verordnung von 2012 über Zahlungsverzug im Geschäftsverkehr"
        }
        ("IE", Language::Fr) => {
            "la réglementation irlandaise de 2012 sur les retards de paiement dans les transactions commerciales"
        }
        _ => "",
    };
    if !known.is_empty() {
        return known.to_string();
    }
    let name = super::salutation::country_name(country, lang);
    match lang {
        Language::En => format!(
            "the law of {} implementing Directive 2011/7/EU",
            title_case(&name)
        ),
        Language::It => format!(
            "diritto nazionale ({}) di attuazione della direttiva 2011/7/UE",
            title_case(&name)
        ),
        Language::De => format!(
            "dem nationalen Recht ({}) zur Umsetzung der Richtlinie 2011/7/EU",
            title_case(&name)
        ),
        Language::Fr => format!(
            "la loi nationale ({}) qui transpose la directive 2011/7/UE",
            title_case(&name)
        ),
    }
}

/// "UNITED KINGDOM" → "United Kingdom".
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn statutory_basis(claim: &Claim, lang: Language) -> &'static str {
    let consumer = claim.debtor == ClientKind::Consumer;
    let public = claim.debtor == ClientKind::Public;
    match (claim.law, lang) {
        (Law::It, Language::En) if consumer => "Article 1284 of the Italian Civil Code",
        (Law::It, Language::It) if consumer => "codice civile, artt. 1224 e 1284",
        (Law::It, Language::De) if consumer => "Art. 1284 des italienischen Codice civile",
        (Law::It, Language::Fr) if consumer => "l'article 1284 du Code civil italien",
        (Law::It, Language::En) => "Italian Legislative Decree 231/2002",
        (Law::It, Language::It) => "D.Lgs. 231/2002, artt. 4 e 5",
        (Law::It, Language::De) => {
            "dem italienischen gesetzesvertretenden Dekret (Decreto legislativo) Nr. 231/2002"
        }
        (Law::It, Language::Fr) => "la loi italienne (décret législatif 231/2002)",
        (Law::De, Language::En) if consumer => "sections 286 and 288(1) of the German Civil Code",
        (Law::De, Language::En) => "sections 286 and 288(2) of the German Civil Code",
        (Law::De, Language::It) if consumer => "§§ 286 e 288, comma 1, del BGB tedesco",
        (Law::De, Language::It) => "§§ 286 e 288, comma 2, del BGB tedesco",
        (Law::De, Language::De) if consumer => "§§ 286, 288 Abs. 1 BGB",
        (Law::De, Language::De) => "§§ 286, 288 Abs. 2 BGB",
        (Law::De, Language::Fr) if consumer => {
            "l'article 286 et de l'article 288, al. 1, du Code civil allemand"
        }
        (Law::De, Language::Fr) => {
            "l'article 286 et de l'article 288, al. 2, du Code civil allemand"
        }
        (Law::Fr, Language::En) if consumer => {
            "Articles 1231-6 and 1344-1 of the French Civil Code"
        }
        (Law::Fr, Language::It) if consumer => "Code civil francese, artt. 1231-6 e 1344-1",
        (Law::Fr, Language::De) if consumer => {
            "Art. 1231-6 und 1344-1 des französischen Code civil"
        }
        (Law::Fr, Language::Fr) if consumer => {
            "l'article 1231-6 du Code civil et de l'article 1344-1 du même code"
        }
        (Law::Fr, Language::En) if public => {
            "Articles L2192-13 and R2192-31 of the French Public Procurement Code (intérêts moratoires)"
        }
        (Law::Fr, Language::It) if public => {
            "Code de la commande publique francese, artt. L2192-13 e R2192-31 (intérêts moratoires)"
        }
        (Law::Fr, Language::De) if public => {
            "Art. L2192-13 und R2192-31 des französischen Code de la commande publique (intérêts moratoires)"
        }
        (Law::Fr, Language::Fr) if public => {
            "l'article L2192-13 et de l'article R2192-31 du Code de la commande publique"
        }
        (Law::Fr, Language::En) => "Article L441-10 of the French Commercial Code",
        (Law::Fr, Language::It) => "Code de commerce francese, art. L441-10",
        (Law::Fr, Language::De) => "Art. L441-10 des französischen Handelsgesetzbuchs",
        (Law::Fr, Language::Fr) => "l'article L441-10 du Code de commerce",
        (Law::Eu, Language::En) => "Directive 2011/7/EU on combating late payment",
        (Law::Eu, Language::It) => "diritto dell'Unione (direttiva 2011/7/UE)",
        (Law::Eu, Language::De) => "der Richtlinie 2011/7/EU",
        (Law::Eu, Language::Fr) => "la directive 2011/7/UE",
        (Law::Gb, Language::En) => "the Late Payment of Commercial Debts (Interest) Act 1998",
        (Law::Gb, Language::It) => {
            "Late Payment of Commercial Debts (Interest) Act 1998 britannico"
        }
        (Law::Gb, Language::De) => {
            "dem britischen Late Payment of Commercial Debts (Interest) Act 1998"
        }
        (Law::Gb, Language::Fr) => "la loi britannique de 1998 sur les retards de paiement",
        (Law::None, _) => "",
    }
}

/// A table's period in words: "the first half of 2026", "primo semestre 2026", "2026".
pub fn period_name(series: RateSeries, start: NaiveDate, lang: Language) -> String {
    let year = start.year();
    if series.yearly() {
        return year.to_string();
    }
    let first = start.month() <= 6;
    match (lang, first) {
        (Language::En, true) => format!("the first half of {year}"),
        (Language::En, false) => format!("the second half of {year}"),
        (Language::It, true) => format!("primo semestre {year}"),
        (Language::It, false) => format!("secondo semestre {year}"),
        (Language::De, true) => format!("1. Halbjahr {year}"),
        (Language::De, false) => format!("2. Halbjahr {year}"),
        (Language::Fr, true) => format!("1er semestre {year}"),
        (Language::Fr, false) => format!("2nd semestre {year}"),
    }
}

/// A table's name in a formula.
fn table_name(series: RateSeries, lang: Language) -> &'static str {
    match (series, lang) {
        (RateSeries::EcbMro, Language::En) => "ECB main refinancing rate",
        (RateSeries::EcbMro, Language::It) => "tasso BCE di riferimento",
        (RateSeries::EcbMro, Language::De) => "EZB-Hauptrefinanzierungssatz",
        (RateSeries::EcbMro, Language::Fr) => "taux de refinancement de la BCE",
        (RateSeries::DeBasiszins, Language::En) => "German Basiszinssatz",
        (RateSeries::DeBasiszins, Language::It) => "Basiszinssatz tedesco",
        (RateSeries::DeBasiszins, Language::De) => "Basiszinssatz",
        (RateSeries::DeBasiszins, Language::Fr) => "Basiszinssatz allemand",
        (RateSeries::BoeBase, Language::En) => "Bank of England base rate",
        (RateSeries::BoeBase, Language::It) => "tasso base della Bank of England",
        (RateSeries::BoeBase, Language::De) => "Leitzins der Bank of England",
        (RateSeries::BoeBase, Language::Fr) => "taux de base de la Banque d'Angleterre",
        (RateSeries::ItLegal, Language::En) => "Italian legal interest rate",
        (RateSeries::ItLegal, Language::It) => "tasso legale",
        (RateSeries::ItLegal, Language::De) => "italienischer gesetzlicher Zinssatz",
        (RateSeries::ItLegal, Language::Fr) => "taux de l'intérêt légal italien",
        (RateSeries::FrLegal, Language::En) => "French legal interest rate",
        (RateSeries::FrLegal, Language::It) => "tasso legale francese",
        (RateSeries::FrLegal, Language::De) => "französischer gesetzlicher Zinssatz",
        (RateSeries::FrLegal, Language::Fr) => "taux de l'intérêt légal",
    }
}

/// The rate as a formula in the letter's language, shaped to follow "at" (en), "al" (it),
/// an opening parenthesis (de) and "au" (fr).
pub fn formula(f: &RateFormula, lang: Language) -> String {
    let rate = |bp: i64| format::rate(bp, lang);
    let points = points(f.margin_bp).replace('.', if lang == Language::En { "." } else { "," });
    let reference = f.reference_bp.map(rate).unwrap_or_default();
    let period = match (f.series, f.period) {
        (Some(s), Some(p)) => period_name(s, p, lang),
        _ => String::new(),
    };
    let Some(series) = f.series else {
        return match (f.kind, lang) {
            (RateKind::Contractual, Language::En) => {
                format!("the agreed rate of {} a year", rate(f.margin_bp))
            }
            (RateKind::Contractual, Language::It) => {
                format!("tasso pattuito del {} annuo", rate(f.margin_bp))
            }
            (RateKind::Contractual, Language::De) => {
                format!("vereinbarter Zinssatz von {} jährlich", rate(f.margin_bp))
            }
            (RateKind::Contractual, Language::Fr) => {
                format!("taux convenu de {} par an", rate(f.margin_bp))
            }
            _ => String::new(),
        };
    };
    let name = table_name(series, lang);
    // "für das 1. Halbjahr 2026" but "für 2026"; "pour le 1er semestre 2026" but "pour 2026".
    let (de_for, fr_for, fr_of) = if series.yearly() {
        (
            format!("für {period}"),
            format!("pour {period}"),
            format!("de {period}"),
        )
    } else {
        (
            format!("für das {period}"),
            format!("pour le {period}"),
            format!("du {period}"),
        )
    };
    match (f.kind, lang) {
        (RateKind::Legal, Language::En) => format!("the {name} ({reference} in {period})"),
        (RateKind::Legal, Language::It) => format!("{name} ({reference} per il {period})"),
        (RateKind::Legal, Language::De) => format!("{name}, {reference} {de_for}"),
        (RateKind::Legal, Language::Fr) => format!("{name} ({reference} {fr_for})"),
        (RateKind::StatutoryFixed, Language::En) => format!(
            "{points} points over the {name} of {period} ({reference}), fixed for the life of the debt"
        ),
        (RateKind::StatutoryFixed, Language::It) => format!(
            "{name} del {period} ({reference}) maggiorato di {points} punti percentuali, fisso per tutta la durata del debito"
        ),
        (RateKind::StatutoryFixed, Language::De) => format!(
            "{points} Prozentpunkte über dem {name} ({reference} {de_for}), fest für die gesamte Dauer der Forderung"
        ),
        (RateKind::StatutoryFixed, Language::Fr) => format!(
            "{name} {fr_of} ({reference}) majoré de {points} points, fixe pour toute la durée de la dette"
        ),
        (_, Language::En) => format!("{points} points over the {name} ({reference})"),
        (_, Language::It) => {
            format!("{name} ({reference}) maggiorato di {points} punti percentuali")
        }
        (_, Language::De) => format!("{points} Prozentpunkte über dem {name}, derzeit {reference}"),
        (_, Language::Fr) => format!("{name} ({reference}) majoré de {points} points"),
    }
}
