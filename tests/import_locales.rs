//! CSV files as Excel saves them in Italy, Germany and France (`tests/fixtures/excel/`):
//! each language's own headers, in Windows-1252, ISO-8859-15 or UTF-8 with a BOM, import
//! with their names, amounts and dates read right, and the summary says how the file was
//! converted. An unknown header is refused with the accepted ones listed.

mod common;
use common::Env;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/excel/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn ledger() -> Env {
    let env = Env::new();
    env.setup();
    env
}

fn field(env: &Env, number: &str, key: &str) -> serde_json::Value {
    env.json("2026-11-22", &["invoice", "show", number, "--json"])[key].clone()
}

#[test]
fn italian_german_and_french_excel_exports_import_in_either_encoding() {
    // (file, first invoice, its client, its amount, its issue date, the encoding reported)
    let cases = [
        (
            "it_windows1252.csv",
            "IT-1",
            "Società Cooperativa Perché",
            123_456,
            "2026-09-01",
            Some("Windows-1252"),
        ),
        (
            "it_utf8_bom.csv",
            "IT-1",
            "Società Cooperativa Perché",
            123_456,
            "2026-09-01",
            None,
        ),
        (
            "de_windows1252.csv",
            "DE-1",
            "Müller & Söhne GmbH",
            255_000,
            "2026-09-01",
            Some("Windows-1252"),
        ),
        (
            "de_utf8_bom.csv",
            "DE-2",
            "Weiß Straßenbau AG",
            9_990,
            "2026-09-03",
            None,
        ),
        (
            "fr_windows1252.csv",
            "FR-1",
            "Société Générale d'Études",
            123_456,
            "2026-09-01",
            Some("Windows-1252"),
        ),
        (
            "fr_utf8_bom.csv",
            "FR-2",
            "Crème Brûlée SARL",
            4_500,
            "2026-09-02",
            None,
        ),
        (
            "fr_iso8859_15.csv",
            "FR-9",
            "Hôtel Élysée",
            100_000,
            "2026-09-01",
            Some("ISO-8859-15"),
        ),
    ];
    for (file, number, client, amount, issued, encoding) in cases {
        let env = ledger();
        let out = env.ok("2026-11-22", &["import", &fixture(file)]);
        match encoding {
            Some(enc) => assert!(
                out.contains(&format!("The file was in {enc}")),
                "{file}: {out}"
            ),
            None => assert!(!out.contains("The file was in"), "{file}: {out}"),
        }
        let report = env.json(
            "2026-11-22",
            &[
                "import",
                &fixture(file),
                "--dry-run",
                "--json",
                "--skip-existing",
            ],
        );
        assert_eq!(report["encoding"].as_str(), encoding, "{file}: {report}");
        assert_eq!(field(&env, number, "client"), client, "{file}");
        assert_eq!(field(&env, number, "amount_minor"), amount, "{file}");
        assert_eq!(field(&env, number, "issued"), issued, "{file}");
    }
    // The descriptions keep their accents and dashes.
    let env = ledger();
    env.ok("2026-11-22", &["import", &fixture("it_windows1252.csv")]);
    let show = env.json("2026-11-22", &["invoice", "show", "IT-1", "--json"]);
    assert_eq!(show["description"], "Progettazione – fase 1");
}

#[test]
fn an_unknown_header_is_refused_with_the_accepted_ones_listed() {
    let env = ledger();
    let file = env.write(
        "odd.csv",
        "Fattura;Cliente;Emessa il;Scadenza;Importo\nX-1;Rossi S.r.l.;01/09/2026;01/10/2026;10,00\n".as_bytes(),
    );
    let err = env.fails("2026-11-22", &["import", file.to_str().expect("p")]);
    assert!(err.contains("has no column for: issued"), "{err}");
    assert!(err.contains("Accepted headers"), "{err}");
    assert!(err.contains("issued: issued, date, invoice date"), "{err}");
    assert!(err.contains("datum") && err.contains("fecha"), "{err}");
}

#[test]
fn a_uk_profile_bills_in_pounds_and_a_sign_must_agree_with_the_currency() {
    let env = Env::new();
    env.ok(
        "2026-09-01",
        &[
            "profile",
            "set",
            "--name",
            "Hartley Consulting Ltd",
            "--country",
            "GB",
        ],
    );
    let p = env.json("2026-09-01", &["profile", "show", "--json"]);
    assert_eq!(p["currency"], "GBP");
    env.ok("2026-09-01", &["client", "add", "--name", "Acme Ltd"]);
    env.ok(
        "2026-09-01",
        &[
            "invoice",
            "add",
            "--client",
            "Acme Ltd",
            "--number",
            "H-1",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "£12,500.00",
        ],
    );
    let i = env.json("2026-09-01", &["invoice", "show", "H-1", "--json"]);
    assert_eq!(
        (i["currency"].clone(), i["amount_minor"].clone()),
        ("GBP".into(), 1_250_000.into())
    );
    let err = env.fails(
        "2026-09-01",
        &[
            "invoice",
            "add",
            "--client",
            "Acme Ltd",
            "--number",
            "H-2",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "€500.00",
        ],
    );
    assert!(
        err.contains("amount: '€500.00' is in EUR, but the amount is in GBP"),
        "{err}"
    );
}

#[test]
fn client_look_ups_ignore_case_and_accents_and_suggest_the_nearest_name() {
    let env = ledger();
    let add = |client: &str, number: &str| {
        env.run(
            "2026-09-01",
            &[
                "invoice",
                "add",
                "--client",
                client,
                "--number",
                number,
                "--issued",
                "2026-09-01",
                "--due",
                "2026-10-01",
                "--amount",
                "10.00",
            ],
        )
    };
    assert!(
        add("rossi srl", "L-1").status.success(),
        "case and punctuation do not matter"
    );
    assert_eq!(
        env.json("2026-09-01", &["invoice", "show", "L-1", "--json"])["client"],
        "Rossi S.r.l."
    );
    let err = env.fails(
        "2026-09-01",
        &[
            "invoice",
            "add",
            "--client",
            "Rosi S.r.l.",
            "--number",
            "L-2",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "10.00",
        ],
    );
    assert!(
        err.contains("no client named 'Rosi S.r.l.'; did you mean 'Rossi S.r.l.'?"),
        "{err}"
    );
    let err = env.fails(
        "2026-09-01",
        &[
            "client",
            "add",
            "--name",
            "Bad Mail Ltd",
            "--email",
            "not-an-email",
        ],
    );
    assert!(
        err.contains("email: 'not-an-email' is not an email address"),
        "{err}"
    );
    let err = env.fails("2026-09-01", &["profile", "set", "--email", "me@"]);
    assert!(err.contains("email:"), "{err}");

    // VAT numbers: the country's shape, named when wrong; stored compact when right.
    let err = env.fails("2026-09-01", &["profile", "set", "--vat", "IT00 1234"]);
    assert!(
        err.contains("vat: 'IT00 1234'") && err.contains("IT + 11 digits"),
        "{err}"
    );
    let err = env.fails(
        "2026-09-01",
        &[
            "client",
            "add",
            "--name",
            "Müller GmbH",
            "--country",
            "DE",
            "--vat",
            "12345678",
        ],
    );
    assert!(err.contains("DE + 9 digits"), "{err}");
    env.ok(
        "2026-09-01",
        &[
            "client",
            "add",
            "--name",
            "Müller GmbH",
            "--country",
            "DE",
            "--vat",
            "123 456 789",
        ],
    );
    let clients = env.json("2026-09-01", &["client", "list", "--json"]);
    let vat = clients
        .as_array()
        .expect("a list")
        .iter()
        .find(|c| c["name"] == "Müller GmbH")
        .map(|c| c["vat_id"].clone());
    assert_eq!(vat, Some(serde_json::json!("DE123456789")));
}

#[test]
fn slash_dates_on_every_flag_follow_the_profile_or_date_format() {
    let env = Env::new();
    // Before a profile exists, a date that could be either is refused, with the way out.
    let err = env.fails("01/09/2026", &["due"]);
    assert!(
        err.contains("--today") && err.contains("--date-format"),
        "{err}"
    );
    env.setup();
    // An Italian profile: day first on --today and on every date flag.
    let added = env.ok(
        "01/09/2026",
        &[
            "invoice",
            "add",
            "--client",
            "Rossi S.r.l.",
            "--number",
            "S-1",
            "--issued",
            "01/09/2026",
            "--due",
            "02/10/2026",
            "--amount",
            "1200.00",
        ],
    );
    // Echoed in the profile's language: Italian dates and money.
    assert!(
        added.contains("issued 1° settembre 2026, due 2 ottobre 2026, € 1.200,00"),
        "{added}"
    );
    let paused = env.ok(
        "03/11/2026",
        &["pause", "--invoice", "S-1", "--until", "05/11/2026"],
    );
    assert!(paused.contains("resumes on 5 novembre 2026"), "{paused}");
    // --date-format overrides the profile, for every date of the command.
    let paid = env.ok(
        "11/06/2026",
        &[
            "--date-format",
            "mm/dd/yyyy",
            "payment",
            "add",
            "--invoice",
            "S-1",
            "--amount",
            "200.00",
            "--date",
            "11/04/2026",
        ],
    );
    assert!(paid.contains("dated 4 novembre 2026"), "{paid}");
    // --locale prints amounts and dates in another language; --json is unchanged.
    let shown = env.ok("2026-11-06", &["--locale", "de", "invoice", "show", "S-1"]);
    assert!(
        shown.contains("Issued 01.09.2026, due 02.10.2026; amount 1.200,00 €, balance 1.000,00 €"),
        "{shown}"
    );
    let shown = env.ok("2026-11-06", &["--locale", "en", "invoice", "list"]);
    assert!(
        shown.contains("€1,200.00") && shown.contains("01/09/2026"),
        "{shown}"
    );
    let history = env.json("2026-11-06", &["history", "S-1", "--json"]);
    let dates = common::texts(&history, "date");
    assert!(
        dates.contains(&"2026-11-03"),
        "pause logged on 3 Nov: {dates:?}"
    );
    assert!(dates.contains(&"2026-11-04"), "payment on 4 Nov: {dates:?}");
    // A day that does not exist in the order given is refused, naming the flag.
    let err = env.fails(
        "2026-11-06",
        &[
            "--date-format",
            "mm/dd/yyyy",
            "pause",
            "--invoice",
            "S-1",
            "--until",
            "25/11/2026",
        ],
    );
    assert!(err.contains("until"), "{err}");
}

#[test]
fn near_duplicate_client_names_are_shown_and_matched_only_when_asked() {
    let env = Env::new();
    env.setup(); // The ledger knows "Rossi S.r.l." and "Jane Doe".
    let file = env.path("near.csv");
    std::fs::write(
        &file,
        "numero;cliente;data;scadenza;importo\n\
         N-1;ROSSI S.R.L.;2026-09-01;2026-10-01;100,00\n\
         N-2;Bianchi Design;2026-09-01;2026-10-01;200,00\n\
         N-3;bianchi design;2026-09-02;2026-10-02;300,00\n",
    )
    .expect("write");
    let path = file.to_str().expect("utf-8 path");
    // Refused whole, both near-duplicates listed in one pass, nothing written.
    let err = env.fails("2026-10-05", &["import", path]);
    assert!(err.contains("2 bad rows"), "{err}");
    assert!(
        err.contains("row 2") && err.contains("'Rossi S.r.l.'"),
        "{err}"
    );
    assert!(
        err.contains("row 4") && err.contains("'Bianchi Design'"),
        "{err}"
    );
    assert!(err.contains("--match-clients"), "{err}");
    assert!(env.due("2026-10-05").is_empty(), "nothing imported");
    // The dry run names the clients it would create and the names it would match.
    let dry = env.ok(
        "2026-10-05",
        &["import", path, "--match-clients", "--dry-run"],
    );
    assert!(
        dry.contains("Would create these clients: Bianchi Design."),
        "{dry}"
    );
    assert!(
        dry.contains("'ROSSI S.R.L.' was booked to the client 'Rossi S.r.l.'"),
        "{dry}"
    );
    let out = env.ok("2026-10-05", &["import", path, "--match-clients"]);
    assert!(
        out.contains("Imported 3 invoices (1 new client, 0 payments)"),
        "{out}"
    );
    let clients = env.json("2026-10-05", &["client", "list", "--json"]);
    let names = common::texts(&clients, "name");
    assert_eq!(
        names,
        ["Bianchi Design", "Jane Doe", "Rossi S.r.l."],
        "no near-duplicate client created"
    );
}

#[test]
fn numbers_already_in_the_ledger_are_listed_with_the_malformed_rows_in_one_pass() {
    let env = ledger();
    let file = env.path("first.csv");
    std::fs::write(
        &file,
        "number,client,issued,due,amount\nD-1,Jane Doe,2026-09-01,2026-10-01,100.00\n",
    )
    .expect("write");
    env.ok("2026-10-05", &["import", file.to_str().expect("path")]);
    let again = env.path("again.csv");
    std::fs::write(
        &again,
        "number,client,issued,due,amount\n\
         D-1,Jane Doe,2026-09-01,2026-10-01,100.00\n\
         D-2,Jane Doe,2026-09-01,not a day,200.00\n\
         D-3,Jane Doe,2026-09-01,2026-10-01,300.00\n",
    )
    .expect("write");
    let err = env.fails("2026-10-05", &["import", again.to_str().expect("path")]);
    assert!(err.contains("2 bad rows"), "{err}");
    assert!(
        err.contains("row 2, column number, value 'D-1': is already in the ledger"),
        "{err}"
    );
    assert!(err.contains("row 3") && err.contains("not a day"), "{err}");
    // --skip-existing skips the known number; the malformed row is still refused.
    let err = env.fails(
        "2026-10-05",
        &["import", again.to_str().expect("path"), "--skip-existing"],
    );
    assert!(err.contains("1 bad row") && !err.contains("D-1"), "{err}");
}
