//! Letters right in law for every debtor: each kind (business, public body, consumer, sole
//! trader) under each law (IT, DE, FR, GB) at each stage, rendered through the CLI and read
//! back from the PDF. Each letter is checked for what the law requires of it and for what
//! it must never say: a step that does not exist, a "final" letter that is not the last,
//! a count of days that the policy does not give.

mod common;

use common::{Env, pdf_text};
use serde_json::Value;

const STAGES: [&str; 4] = [
    "reminder",
    "formal_letter",
    "seven_day_notice",
    "legal_warning",
];

struct Debtor {
    name: &'static str,
    law: &'static str,
    lang: &'static str,
    args: &'static [&'static str],
    currency: &'static str,
}

/// One debtor of each kind under each law, as a user would enter them.
const DEBTORS: &[Debtor] = &[
    Debtor {
        name: "Rossi S.r.l.",
        law: "IT",
        lang: "it",
        args: &["--country", "IT", "--contact", "Mario Rossi"],
        currency: "EUR",
    },
    Debtor {
        name: "Comune di Bergamo",
        law: "IT",
        lang: "it",
        args: &["--country", "IT", "--kind", "public"],
        currency: "EUR",
    },
    Debtor {
        name: "Giulia Verdi",
        law: "IT",
        lang: "it",
        args: &[
            "--country",
            "IT",
            "--kind",
            "consumer",
            "--salutation",
            "Sig.ra Verdi",
        ],
        currency: "EUR",
    },
    Debtor {
        name: "Fotografia di Luca Bruno",
        law: "IT",
        lang: "it",
        args: &["--country", "IT", "--individual", "yes"],
        currency: "EUR",
    },
    Debtor {
        name: "Weber Medien GmbH",
        law: "DE",
        lang: "de",
        args: &[
            "--country",
            "DE",
            "--law",
            "DE",
            "--contact",
            "Katrin Weber",
        ],
        currency: "EUR",
    },
    Debtor {
        name: "Stadt Köln",
        law: "DE",
        lang: "de",
        args: &["--country", "DE", "--law", "DE", "--kind", "public"],
        currency: "EUR",
    },
    Debtor {
        name: "Max Schneider",
        law: "DE",
        lang: "de",
        args: &[
            "--country",
            "DE",
            "--law",
            "DE",
            "--kind",
            "consumer",
            "--salutation",
            "Herr Schneider",
        ],
        currency: "EUR",
    },
    Debtor {
        name: "Malerbetrieb Jonas Fischer",
        law: "DE",
        lang: "de",
        args: &[
            "--country",
            "DE",
            "--law",
            "DE",
            "--individual",
            "yes",
            "--salutation",
            "Herr Fischer",
        ],
        currency: "EUR",
    },
    Debtor {
        name: "Durand SARL",
        law: "FR",
        lang: "fr",
        args: &["--country", "FR", "--law", "FR"],
        currency: "EUR",
    },
    Debtor {
        name: "Mairie de Lyon",
        law: "FR",
        lang: "fr",
        args: &["--country", "FR", "--law", "FR", "--kind", "public"],
        currency: "EUR",
    },
    Debtor {
        name: "Claire Martin",
        law: "FR",
        lang: "fr",
        args: &[
            "--country",
            "FR",
            "--law",
            "FR",
            "--kind",
            "consumer",
            "--salutation",
            "Madame Martin",
        ],
        currency: "EUR",
    },
    Debtor {
        name: "Hugo Petit EI",
        law: "FR",
        lang: "fr",
        args: &[
            "--country",
            "FR",
            "--law",
            "FR",
            "--individual",
            "yes",
            "--salutation",
            "Monsieur Petit",
        ],
        currency: "EUR",
    },
    Debtor {
        name: "Acme Ltd",
        law: "GB",
        lang: "en",
        args: &["--country", "GB", "--law", "GB"],
        currency: "GBP",
    },
    Debtor {
        name: "Leeds City Council",
        law: "GB",
        lang: "en",
        args: &["--country", "GB", "--law", "GB", "--kind", "public"],
        currency: "GBP",
    },
    Debtor {
        name: "John Smith",
        law: "GB",
        lang: "en",
        args: &[
            "--country",
            "GB",
            "--law",
            "GB",
            "--kind",
            "consumer",
            "--salutation",
            "Mr Smith",
        ],
        currency: "GBP",
    },
    Debtor {
        name: "Bob Jones (trading as Jones Plumbing)",
        law: "GB",
        lang: "en",
        args: &[
            "--country",
            "GB",
            "--law",
            "GB",
            "--individual",
            "yes",
            "--salutation",
            "Mr Jones",
        ],
        currency: "GBP",
    },
];

fn ledger() -> Env {
    let env = Env::new();
    env.ok(
        "2026-01-01",
        &[
            "profile",
            "set",
            "--name",
            "Studio Bianchi di Laura Bianchi",
            "--country",
            "IT",
            "--iban",
            "IT60X0542811101000000123456",
            "--bic",
            "BPMOIT22XXX",
            "--city",
            "Milano",
            "--address",
            "Via Torino 5\\n20123 Milano MI",
            "--signatory",
            "Laura Bianchi",
            "--email",
            "laura@studiobianchi.example",
            "--sending",
            "pec",
            "--next-step",
            "payment_order",
        ],
    );
    // The seven-day notice gives ten days here: no letter may say "seven".
    env.ok(
        "2026-01-01",
        &[
            "policy",
            "set",
            "--stage",
            "seven_day_notice",
            "--deadline",
            "10",
        ],
    );
    for (i, d) in DEBTORS.iter().enumerate() {
        let mut args = vec!["client", "add", "--name", d.name];
        args.extend_from_slice(d.args);
        env.ok("2026-01-01", &args);
        let number = format!("2026/{:03}", i + 1);
        env.ok(
            "2026-01-01",
            &[
                "invoice",
                "add",
                "--client",
                d.name,
                "--number",
                &number,
                "--issued",
                "2026-01-15",
                "--due",
                "2026-02-14",
                "--amount",
                "2116.03",
                "--currency",
                d.currency,
                "--terms-agreed-on",
                "2025-11-05",
                "--description",
                "Brand identity, phase 1",
            ],
        );
    }
    env
}

struct Letter {
    text: String,
    json: Value,
    bytes: usize,
}

fn letter(env: &Env, number: &str, stage: &str) -> Letter {
    let out = env.path(&format!("{}-{stage}.pdf", number.replace('/', "-")));
    let json = env.json(
        "2026-03-20",
        &[
            "letter",
            number,
            "--stage",
            stage,
            "--out",
            out.to_str().expect("path"),
            "--json",
        ],
    );
    let bytes = std::fs::read(&out).expect("pdf");
    Letter {
        text: pdf_text(&bytes),
        json,
        bytes: bytes.len(),
    }
}

fn has(l: &Letter, what: &str, who: &str, stage: &str) {
    assert!(
        l.text.contains(what),
        "{who} {stage}: missing \"{what}\" in:\n{}",
        l.text
    );
}

fn lacks(l: &Letter, what: &str, who: &str, stage: &str) {
    assert!(
        !l.text.to_lowercase().contains(&what.to_lowercase()),
        "{who} {stage}: must not say \"{what}\":\n{}",
        l.text
    );
}

#[test]
fn every_kind_under_every_law_at_every_stage() {
    let env = ledger();
    let mut count = 0;
    for (i, d) in DEBTORS.iter().enumerate() {
        let number = format!("2026/{:03}", i + 1);
        for stage in STAGES {
            let l = letter(&env, &number, stage);
            count += 1;
            assert!(l.bytes < 60_000, "{} {stage}: {} bytes", d.name, l.bytes);
            has(&l, &number, d.name, stage);
            // Stage 3 is a second demand: never "final", never a count of days the policy
            // does not give, and it announces the letter before action, not court.
            if stage == "seven_day_notice" {
                for word in [
                    "final notice",
                    "final demand",
                    "ultimo sollecito",
                    "dernier avis",
                    "seven",
                    "sette giorni",
                    "sieben",
                    "sept jours",
                    "huit jours",
                    "giorni pieni",
                    "full days",
                    "vollen Tagen",
                    "jours pleins",
                ] {
                    lacks(&l, word, d.name, stage);
                }
                // It is the second demand, and it names the real next step: the next letter.
                let (own, next) = match d.lang {
                    "en" => ("second demand", "letter before action"),
                    "it" => ("secondo sollecito", "ultimo avviso prima di azione legale"),
                    "de" => ("2. mahnung", "letzte mahnung vor rechtlichen schritten"),
                    _ => (
                        "deuxième relance",
                        "dernière mise en demeure avant procédure",
                    ),
                };
                let lower = l.text.to_lowercase();
                assert!(
                    lower.contains(own) && lower.contains(next),
                    "{} {stage}: {}",
                    d.name,
                    l.text
                );
            }
            // The payment details work across borders; the address carries the country.
            has(&l, "BIC", d.name, stage);
            match d.law {
                "DE" => has(&l, "GERMANIA", d.name, stage),
                "FR" => has(&l, "FRANCIA", d.name, stage),
                "GB" => has(&l, "REGNO UNITO", d.name, stage),
                _ => lacks(&l, "ITALIA", d.name, stage),
            }
            // PEC is named from the formal letter on.
            if stage == "reminder" {
                lacks(&l, "Via PEC", d.name, stage);
            }
            // "Crossed in the post" from the formal letter on.
            if stage != "reminder" {
                let crossed = ["crossed", "incrociat", "überschnitten", "croisé"];
                assert!(
                    crossed.iter().any(|c| l.text.contains(c)),
                    "{} {stage}: no crossed-payment sentence:\n{}",
                    d.name,
                    l.text
                );
            }
            check_law(&l, d, stage);
        }
    }
    assert_eq!(count, 64);
}

fn check_law(l: &Letter, d: &Debtor, stage: &str) {
    let who = d.name;
    let individual = d.args.contains(&"consumer") || d.args.contains(&"--individual");
    let public = d.args.contains(&"public");
    match (d.law, stage) {
        ("IT", _) if stage != "reminder" => {
            has(l, "Oggetto:", who, stage);
        }
        ("FR", _) if stage != "reminder" => {
            has(l, "Objet :", who, stage);
        }
        _ => {}
    }
    match (d.law, stage) {
        ("IT", "formal_letter") => {
            has(l, "2943", who, stage);
            has(l, "1219", who, stage);
            if !individual {
                has(l, "Vi ", who, stage);
            }
        }
        ("IT", "legal_warning") => {
            has(
                l,
                "presentare ricorso per decreto ingiuntivo al giudice competente",
                who,
                stage,
            );
            lacks(l, "chiedere al tribunale", who, stage);
            lacks(l, " a affidare", who, stage);
        }
        // Default (Verzug) is named with its date, and the formula in points.
        ("DE", "formal_letter") if l.json["interest_minor"].as_i64().unwrap_or(0) > 0 => {
            has(l, "in Verzug", who, stage);
            has(l, "Prozentpunkten über dem Basiszinssatz", who, stage);
        }
        ("DE", "legal_warning") => {
            has(l, "einen gerichtlichen Mahnbescheid beantragen", who, stage);
            lacks(l, "Amtsgericht", who, stage);
        }
        ("FR", "legal_warning") if public => {
            has(l, "référé-provision", who, stage);
            lacks(l, "injonction de payer", who, stage);
            assert!(
                l.json["warnings"]
                    .to_string()
                    .contains("does not exist for this debtor"),
                "{who}: {}",
                l.json
            );
        }
        ("FR", "formal_letter") if public => {
            has(l, "L2192-13", who, stage);
            lacks(l, "L441-10", who, stage);
        }
        ("FR", "formal_letter") if d.args.contains(&"consumer") => {
            has(l, "taux de l'intérêt légal", who, stage);
        }
        ("GB", "legal_warning") if individual => {
            // The Pre-Action Protocol, for a sole trader as for a consumer.
            has(l, "Pre-Action Protocol for Debt Claims", who, stage);
            has(l, "Reply Form", who, stage);
            has(l, "copy", who, stage);
            lacks(l, "without further notice", who, stage);
            lacks(l, "payment order", who, stage);
            lacks(l, "small claims court", who, stage);
            assert_eq!(l.json["deadline"], "2026-04-19", "{who}: 30 days");
        }
        ("GB", "legal_warning") => {
            has(l, "County Court", who, stage);
            lacks(l, "payment order", who, stage);
            lacks(l, "Pre-Action Protocol for Debt Claims", who, stage);
            assert_eq!(l.json["deadline"], "2026-04-03", "{who}: 14 days");
        }
        _ => {}
    }
    // Salutations follow each language's convention.
    match (d.lang, individual) {
        ("en", false) => {
            has(l, "Dear Sir or Madam,", who, stage);
            has(l, "Yours faithfully", who, stage);
        }
        ("en", true) => {
            has(l, "Yours sincerely", who, stage);
        }
        ("de", true) => has(l, "Sehr geehrter Herr", who, stage),
        ("de", false) => has(l, "Sehr geehrte Damen und Herren,", who, stage),
        ("it", false) => {
            has(l, "Gentili Signori,", who, stage);
            lacks(l, "Spettabile", who, stage);
        }
        ("fr", false) => has(l, "Madame, Monsieur,", who, stage),
        _ => {}
    }
    if d.name == "Rossi S.r.l." {
        has(l, "Alla c.a. di Mario Rossi", who, stage);
    }
    if stage != "reminder" && l.json["interest_minor"].as_i64().unwrap_or(0) > 0 {
        // The daily interest, so a payment after the letter's date can be computed.
        let per_day = ["a day", "al giorno", "pro Tag", "par jour"];
        assert!(
            per_day.iter().any(|p| l.text.contains(p)),
            "{who} {stage}: no daily interest:\n{}",
            l.text
        );
    }
}

#[test]
fn the_profile_checks_bank_details_and_a_uk_creditor_prints_its_sort_code() {
    let env = Env::new();
    let err = env.fails(
        "2026-01-01",
        &[
            "profile",
            "set",
            "--name",
            "X",
            "--country",
            "IT",
            "--iban",
            "IT00 1234",
        ],
    );
    assert!(err.contains("iban:") && err.contains("15 to 34"), "{err}");
    let err = env.fails(
        "2026-01-01",
        &[
            "profile",
            "set",
            "--name",
            "X",
            "--country",
            "IT",
            "--iban",
            "IT61X0542811101000000123456",
        ],
    );
    assert!(err.contains("check digits do not match"), "{err}");
    let err = env.fails(
        "2026-01-01",
        &[
            "profile",
            "set",
            "--name",
            "X",
            "--country",
            "GB",
            "--sort-code",
            "12345",
        ],
    );
    assert!(err.contains("sort code:"), "{err}");
    env.ok(
        "2026-01-01",
        &[
            "profile",
            "set",
            "--name",
            "Hartley Consulting Ltd",
            "--country",
            "GB",
            "--currency",
            "GBP",
            "--sort-code",
            "60 16 13",
            "--account-number",
            "31926819",
            "--city",
            "Leeds",
            "--address",
            "4 Market Street\\nLeeds LS1 6DT",
        ],
    );
    let profile = env.json("2026-01-01", &["profile", "show", "--json"]);
    assert_eq!(profile["sort_code"], "60-16-13");
    env.ok(
        "2026-01-01",
        &["client", "add", "--name", "Acme Ltd", "--country", "GB"],
    );
    env.ok(
        "2026-01-01",
        &[
            "invoice",
            "add",
            "--client",
            "Acme Ltd",
            "--number",
            "H-1",
            "--issued",
            "2026-01-15",
            "--due",
            "2026-02-14",
            "--amount",
            "900.00",
            "--currency",
            "GBP",
        ],
    );
    let out = env.path("h.pdf");
    let json = env.json(
        "2026-03-20",
        &[
            "letter",
            "H-1",
            "--stage",
            "reminder",
            "--out",
            out.to_str().expect("p"),
            "--json",
        ],
    );
    let text = pdf_text(&std::fs::read(&out).expect("pdf"));
    assert!(
        text.contains("60-16-13") && text.contains("31926819"),
        "{text}"
    );
    assert!(!json["warnings"].to_string().contains("no IBAN"), "{json}");
    // A client's individual flag and salutation are kept and can be changed.
    env.ok(
        "2026-01-01",
        &[
            "client",
            "set",
            "Acme Ltd",
            "--individual",
            "yes",
            "--salutation",
            "Mr Acme",
        ],
    );
    let c = env.json("2026-01-01", &["client", "show", "Acme Ltd", "--json"]);
    assert_eq!(c["individual"], true, "{c}");
    assert_eq!(c["salutation"], "Mr Acme", "{c}");
    let err = env.fails(
        "2026-01-01",
        &["client", "set", "Acme Ltd", "--individual", "perhaps"],
    );
    assert!(err.contains("individual:"), "{err}");
}
