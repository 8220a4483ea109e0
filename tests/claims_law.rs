//! The claims issue end to end through the CLI: debts back to 2013 at the rates of their
//! own periods, the start of interest per law and debtor, no figure without a rate behind
//! it, a rate added by the user and used by the next claim, and letters that state the
//! formula, the first day of default and the daily interest in their language.

mod common;

use common::{Env, pdf_text};
use serde_json::Value;

fn client(env: &Env, name: &str, extra: &[&str]) {
    let mut args = vec!["client", "add", "--name", name];
    args.extend_from_slice(extra);
    env.ok("2020-01-01", &args);
}

fn invoice(env: &Env, number: &str, client: &str, due: &str, amount: &str, currency: &str) {
    env.ok(
        "2020-01-01",
        &[
            "invoice",
            "add",
            "--client",
            client,
            "--number",
            number,
            "--issued",
            due,
            "--due",
            due,
            "--amount",
            amount,
            "--currency",
            currency,
        ],
    );
}

fn letter_text(env: &Env, today: &str, number: &str, stage: &str) -> (String, Value) {
    let out = env.path(&format!("{stage}.pdf"));
    let json = env.json(
        today,
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
    (pdf_text(&std::fs::read(&out).expect("pdf")), json)
}

#[test]
fn an_italian_debt_of_2022_is_claimed_at_the_rates_of_2022_and_2023() {
    let env = Env::new();
    env.setup();
    invoice(
        &env,
        "2022/090",
        "Rossi S.r.l.",
        "2022-10-15",
        "12500.00",
        "EUR",
    );
    let c = env.json("2023-03-31", &["claim", "2022/090", "--json"]);
    // 77 days at 8.00 % (210.96) and 90 days at 10.50 % (323.63): the EUR 534.59.
    assert_eq!(c["interest_minor"], 53_459);
    assert_eq!(c["compensation_minor"], 4000);
    assert_eq!(c["total_minor"], 1_250_000 + 53_459 + 4000);
    let rates: Vec<&str> = c["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .filter_map(|p| p["rate_percent"].as_str())
        .collect();
    assert_eq!(rates, ["8.00", "10.50"]);
    assert_eq!(c["default_from"], "2022-10-16");
    assert_eq!(c["default_reason"], "the day after the due date");
    assert_eq!(
        c["rate_formula"],
        "8 points over the ECB main refinancing rate (2.50 %)"
    );
    assert_eq!(c["daily_minor"], 360);
    assert_eq!(c["warnings"], serde_json::json!([]));
}

#[test]
fn a_uk_debt_of_2020_keeps_the_rate_of_its_first_half_year() {
    let env = Env::new();
    env.setup();
    client(&env, "Hartley Ltd", &["--country", "GB", "--law", "GB"]);
    invoice(&env, "UK-1", "Hartley Ltd", "2020-04-30", "12000.00", "GBP");
    let c = env.json("2021-04-30", &["claim", "UK-1", "--json"]);
    // 0.75 + 8 = 8.75 % for a year: GBP 1,050.00, not the 13.25 % of 2024.
    assert_eq!(c["interest_minor"], 105_000);
    assert_eq!(c["compensation_minor"], 10_000);
    assert_eq!(c["periods"].as_array().map(Vec::len), Some(1));
    assert!(
        c["rate_formula"]
            .as_str()
            .is_some_and(|f| f.contains("of H1 2020 (0.75 %), fixed")),
        "{c}"
    );
}

#[test]
fn a_day_no_table_covers_is_refused_with_the_table_and_the_fix() {
    let env = Env::new();
    env.setup();
    invoice(
        &env,
        "OLD-1",
        "Rossi S.r.l.",
        "2012-09-30",
        "1000.00",
        "EUR",
    );
    let err = env.fails("2013-02-01", &["claim", "OLD-1", "--json"]);
    assert!(
        err.contains("the ecb_mro table starts on 2013-01-01"),
        "{err}"
    );
    assert!(
        err.contains("overdue rates set ecb_mro 2012-07-01 RATE --source TEXT"),
        "{err}"
    );
    // The formal letter would state a figure it cannot back: refused.
    let out = env.path("f.pdf");
    let err = env.fails(
        "2013-02-01",
        &[
            "letter",
            "OLD-1",
            "--stage",
            "formal_letter",
            "--out",
            out.to_str().expect("p"),
        ],
    );
    assert!(err.contains("cannot state the interest it claims"), "{err}");
    assert!(!out.exists());
    // The reminder claims nothing and needs no rate.
    let (text, json) = letter_text(&env, "2013-02-01", "OLD-1", "reminder");
    assert!(text.contains("OLD-1"), "{text}");
    assert!(!json["warnings"].to_string().contains("rate"), "{json}");
    // Once the user adds the missing rate, the claim is made.
    env.ok(
        "2013-02-01",
        &[
            "rates",
            "set",
            "ecb_mro",
            "2012-07-01",
            "0.75",
            "--source",
            "ECB, MRO on 1 July 2012",
        ],
    );
    let c = env.json("2013-02-01", &["claim", "OLD-1", "--json"]);
    // 1 Oct–31 Dec 2012: 92 days at 8.75 % = 22.05; 1 Jan–1 Feb 2013: 32 days at 8.75 % = 7.67.
    assert_eq!(c["interest_minor"], 2205 + 767);
}

#[test]
fn rates_set_checks_each_field_and_the_next_claim_uses_the_rate() {
    let env = Env::new();
    env.setup();
    env.invoice("2026/017");
    let before = env.json("2026-11-22", &["claim", "2026/017", "--json"]);
    assert!(
        before["warnings"]
            .to_string()
            .contains("rate table may be stale")
    );
    let table = env.fails(
        "2026-11-22",
        &["rates", "set", "ecb", "2026-07-01", "2.40", "--source", "x"],
    );
    assert!(
        table.contains("table:") && table.contains("ecb_mro"),
        "{table}"
    );
    let from = env.fails(
        "2026-11-22",
        &[
            "rates",
            "set",
            "ecb_mro",
            "2026-08-01",
            "2.40",
            "--source",
            "x",
        ],
    );
    assert!(
        from.contains("from: 2026-08-01 does not start a period"),
        "{from}"
    );
    let yearly = env.fails(
        "2026-11-22",
        &[
            "rates",
            "set",
            "it_legal",
            "2027-07-01",
            "1.5",
            "--source",
            "x",
        ],
    );
    assert!(yearly.contains("(use 1 January)"), "{yearly}");
    let rate = env.fails(
        "2026-11-22",
        &[
            "rates",
            "set",
            "ecb_mro",
            "2026-07-01",
            "31",
            "--source",
            "x",
        ],
    );
    assert!(
        rate.contains("rate: 31.00 % is outside -5 to 30 %"),
        "{rate}"
    );
    let rate = env.fails(
        "2026-11-22",
        &[
            "rates",
            "set",
            "ecb_mro",
            "2026-07-01",
            "2,405",
            "--source",
            "x",
        ],
    );
    // A decimal comma is read (2,40 is 2.40); three decimals are not.
    assert!(rate.contains("rate: '2,405' is not a rate"), "{rate}");
    let source = env.fails(
        "2026-11-22",
        &[
            "rates",
            "set",
            "ecb_mro",
            "2026-07-01",
            "2.40",
            "--source",
            " ",
        ],
    );
    assert!(source.contains("source:"), "{source}");
    assert!(
        !env.path("rates/ecb_mro.csv").exists(),
        "a refused rate was written"
    );

    let out = env.ok(
        "2026-11-22",
        &[
            "rates",
            "set",
            "ecb_mro",
            "2026-07-01",
            "2,40",
            "--source",
            "ECB decision of 11 June 2026",
        ],
    );
    assert!(
        out.contains("ecb_mro from 2026-07-01 (H2 2026): 2.40 %"),
        "{out}"
    );
    // A negative rate is a rate too (the Basiszinssatz was -0.88 %).
    env.ok(
        "2026-11-22",
        &[
            "rates",
            "set",
            "de_basiszins",
            "2026-07-01",
            "-0.5",
            "--source",
            "test",
        ],
    );
    let rates = env.json("2026-11-22", &["rates", "--json"]);
    let rows = rates["entries"].as_array().expect("entries");
    let row = |table: &str, from: &str| {
        rows.iter()
            .find(|r| r["table"] == table && r["from"] == from)
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(row("ecb_mro", "2026-07-01")["origin"], "user");
    assert_eq!(row("ecb_mro", "2026-07-01")["rate_percent"], "2.40");
    assert_eq!(row("de_basiszins", "2026-07-01")["rate_percent"], "-0.50");
    assert_eq!(row("ecb_mro", "2026-01-01")["origin"], "shipped");
    assert_eq!(row("it_legal", "2013-01-01")["period"], "2013");
    assert_eq!(row("fr_legal", "2013-07-01")["rate_percent"], "0.04");
    assert!(
        rows.iter()
            .all(|r| r["source"].as_str().is_some_and(|s| !s.is_empty()))
    );
    // Only the French legal rate is still stale in H2 2026.
    assert_eq!(
        rates["warnings"].as_array().map(Vec::len),
        Some(1),
        "{rates}"
    );
    let after = env.json("2026-11-22", &["claim", "2026/017", "--json"]);
    // 52 days at 2.40 + 8 = 10.40 %: 2,550 × 0.104 × 52/365 = 37.78.
    assert_eq!(after["interest_minor"], 3778);
    assert_eq!(after["warnings"], serde_json::json!([]));
    // Setting the same period again replaces the row; the file stays readable.
    env.ok(
        "2026-11-22",
        &[
            "rates",
            "set",
            "ecb_mro",
            "2026-07-01",
            "2.15",
            "--source",
            "corrected",
        ],
    );
    let text = std::fs::read_to_string(env.path("rates/ecb_mro.csv")).expect("file");
    assert_eq!(text.matches("2026-07-01").count(), 1, "{text}");
    assert!(text.contains("2026-07-01,2.15,corrected"), "{text}");
}

#[test]
fn a_sent_letter_keeps_what_it_said_when_a_rate_is_added() {
    let env = Env::new();
    env.setup();
    env.invoice("2026/017");
    env.ok("2026-10-05", &["send", "2026/017", "--stage", "reminder"]);
    let sent = env.json("2026-10-20", &["send", "2026/017", "--json"]);
    let dir = env.path("before");
    env.ok(
        "2026-11-22",
        &[
            "letters",
            "export",
            "2026/017",
            "--out",
            dir.to_str().expect("p"),
        ],
    );
    let before = std::fs::read(dir.join("2026-017_formal_letter.pdf")).expect("pdf");
    // Exported through a temp file and a rename, readable by the user only.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !n.ends_with(".part") && !n.ends_with(".tmp-overdue")),
        "{names:?}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("2026-017_formal_letter.pdf"))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    env.ok(
        "2026-11-22",
        &[
            "rates",
            "set",
            "ecb_mro",
            "2026-07-01",
            "3.00",
            "--source",
            "test",
        ],
    );
    let after_dir = env.path("after");
    env.ok(
        "2026-11-22",
        &[
            "letters",
            "export",
            "2026/017",
            "--out",
            after_dir.to_str().expect("p"),
        ],
    );
    let after = std::fs::read(after_dir.join("2026-017_formal_letter.pdf")).expect("pdf");
    assert_eq!(before, after, "a stored letter changed");
    assert_eq!(sent["stage"], "formal_letter", "{sent}");
    let claim = env.json("2026-11-22", &["claim", "2026/017", "--json"]);
    assert_eq!(claim["periods"][0]["rate_percent"], "11.00");
}

#[test]
fn letters_state_the_formula_the_start_and_the_daily_interest_in_their_language() {
    let env = Env::new();
    env.setup();
    env.invoice("2026/017");
    // H1 2026 only, so no stale row: due 1 Oct is H2; use a debt of the first half.
    invoice(
        &env,
        "2026/005",
        "Rossi S.r.l.",
        "2026-03-31",
        "2550.00",
        "EUR",
    );
    let (it, _) = letter_text(&env, "2026-06-30", "2026/005", "formal_letter");
    // 91 days at 10.15 %: 64.53; 2,550 × 0.1015 / 365 = 0.709 → € 0,71 a day.
    assert!(it.contains("A decorrere dal 1° aprile 2026 sono dovuti, ai sensi del D.Lgs. 231/2002, artt. 4 e 5, gli interessi moratori al tasso BCE di riferimento (2,15 %) maggiorato di 8 punti percentuali"), "{it}");
    assert!(it.contains("nella misura di € 0,71 al giorno"), "{it}");
    let out = env.path("en.pdf");
    env.ok(
        "2026-06-30",
        &[
            "letter",
            "2026/005",
            "--stage",
            "formal_letter",
            "--lang",
            "en",
            "--out",
            out.to_str().expect("p"),
        ],
    );
    let en = pdf_text(&std::fs::read(&out).expect("pdf"));
    assert!(en.contains("I am claiming interest from 1 April 2026 at 8 points over the ECB main refinancing rate (2.15%)"), "{en}");
    assert!(en.contains("It continues to accrue at €0.71 a day"), "{en}");
}

#[test]
fn a_german_consumer_is_told_the_true_first_day_of_default() {
    let env = Env::new();
    env.setup();
    client(
        &env,
        "Max Schneider",
        &["--kind", "consumer", "--country", "DE", "--law", "DE"],
    );
    invoice(
        &env,
        "DE-7",
        "Max Schneider",
        "2026-01-14",
        "1200.00",
        "EUR",
    );
    // No agreed terms, no letter yet: not in default, whatever the date.
    let c = env.json("2026-02-20", &["claim", "DE-7", "--json"]);
    assert_eq!(c["default_from"], Value::Null);
    assert_eq!(
        (c["interest_minor"].clone(), c["daily_minor"].clone()),
        (Value::from(0), Value::from(0))
    );
    assert!(
        c["default_reason"]
            .as_str()
            .is_some_and(|r| r.starts_with("not in default yet"))
    );
    // The reminder of 20 February gives until 27 February: default from 28 February.
    env.ok(
        "2026-02-20",
        &["send", "DE-7", "--stage", "reminder", "--force"],
    );
    let c = env.json("2026-03-31", &["claim", "DE-7", "--json"]);
    assert_eq!(c["default_from"], "2026-02-28");
    assert!(
        c["default_reason"]
            .as_str()
            .is_some_and(|r| r.contains("reminder of 2026-02-20")),
        "{c}"
    );
    // 32 days at 1.27 + 5 = 6.27 %: 1,200 × 0.0627 × 32/365 = 6.60; no EUR 40.
    assert_eq!(
        (c["interest_minor"].clone(), c["compensation_minor"].clone()),
        (Value::from(660), Value::from(0))
    );
    let (de, _) = letter_text(&env, "2026-03-31", "DE-7", "formal_letter");
    assert!(
        de.contains("Sie befinden sich seit dem 28. Februar 2026 in Verzug"),
        "{de}"
    );
    assert!(
        de.contains("5 Prozentpunkten über dem Basiszinssatz (derzeit 1,27 %, also 6,27 % p. a.)"),
        "{de}"
    );
    assert!(!de.contains("15. Februar"), "{de}");
    assert!(de.contains("0,21 € pro Tag"), "{de}");
}

#[test]
fn a_french_consumer_owes_legal_interest_from_the_mise_en_demeure() {
    let env = Env::new();
    env.setup();
    client(
        &env,
        "Claire Martin",
        &["--kind", "consumer", "--country", "FR", "--law", "FR"],
    );
    invoice(
        &env,
        "FR-3",
        "Claire Martin",
        "2026-02-27",
        "2000.00",
        "EUR",
    );
    let c = env.json("2026-04-15", &["claim", "FR-3", "--json"]);
    assert_eq!(
        (c["interest_minor"].clone(), c["default_from"].clone()),
        (Value::from(0), Value::Null)
    );
    // The mise en demeure itself says from which day legal interest runs, and at what.
    let (fr, _) = letter_text(&env, "2026-04-15", "FR-3", "formal_letter");
    assert!(fr.contains("la présente mise en demeure fait courir, à compter du 16 avril 2026, des intérêts au taux de l'intérêt légal (2,62 % pour le 1er semestre 2026)"), "{fr}");
    // 2,000 × 0.0262 / 365 = 0.1436 → 0,14 € a day.
    assert!(fr.contains("soit 0,14 € par jour"), "{fr}");
    env.ok(
        "2026-04-15",
        &["send", "FR-3", "--stage", "formal_letter", "--force"],
    );
    let c = env.json("2026-06-14", &["claim", "FR-3", "--json"]);
    // 16 Apr–14 Jun: 60 days at 2.62 %: 2,000 × 0.0262 × 60/365 = 8.61; no EUR 40.
    assert_eq!(c["default_from"], "2026-04-16");
    assert_eq!(
        (c["interest_minor"].clone(), c["compensation_minor"].clone()),
        (Value::from(861), Value::from(0))
    );
}

#[test]
fn an_italian_consumer_and_a_french_public_body_are_claimed_by_their_own_rules() {
    let env = Env::new();
    env.setup();
    client(
        &env,
        "Mario Bianchi",
        &["--kind", "consumer", "--country", "IT"],
    );
    invoice(
        &env,
        "IT-C",
        "Mario Bianchi",
        "2025-06-30",
        "3000.00",
        "EUR",
    );
    let c = env.json("2026-03-31", &["claim", "IT-C", "--json"]);
    // 184 days of 2025 at 2.00 % (30.25) and 90 days of 2026 at 1.60 % (11.84); no EUR 40.
    assert_eq!(
        (c["interest_minor"].clone(), c["compensation_minor"].clone()),
        (Value::from(3025 + 1184), Value::from(0))
    );
    assert_eq!(c["rate_kind"], "legal");
    client(
        &env,
        "Mairie de Lyon",
        &["--kind", "public", "--country", "FR", "--law", "FR"],
    );
    invoice(
        &env,
        "FR-P",
        "Mairie de Lyon",
        "2025-06-30",
        "10000.00",
        "EUR",
    );
    let c = env.json("2026-03-31", &["claim", "FR-P", "--json"]);
    // ECB of H2 2025 (2.15) + 8 = 10.15 %, fixed: 274 days: 10,000 × 0.1015 × 274/365 = 761.95.
    assert_eq!(c["periods"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        (c["interest_minor"].clone(), c["compensation_minor"].clone()),
        (Value::from(76_195), Value::from(4000))
    );
    assert!(
        c["basis"].as_str().is_some_and(|b| b.contains("L2192-13")),
        "{c}"
    );
}
