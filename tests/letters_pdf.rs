//! Letters end to end: real PDFs written by the binary, read back with a PDF text
//! extractor, for every stage in every language; the stored PDF of a sent letter; runs;
//! templates; the claim's JSON contract.

mod common;
use common::Env;
use serde_json::Value;

const TODAY: &str = "2026-11-22";
const STAGES: [&str; 4] = [
    "reminder",
    "formal_letter",
    "seven_day_notice",
    "legal_warning",
];

/// The text of a PDF, with no-break spaces read as spaces.
fn pdf_text(bytes: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(bytes)
        .expect("the PDF's text can be extracted")
        .replace('\u{a0}', " ")
}

/// Letters are written to `OVERDUE_LETTERS_OUT` when it is set (CI checks them with qpdf
/// and pdftotext), else into the test's temp dir.
fn out_dir(env: &Env) -> std::path::PathBuf {
    match std::env::var_os("OVERDUE_LETTERS_OUT") {
        Some(dir) => {
            std::fs::create_dir_all(&dir).expect("letters out dir");
            dir.into()
        }
        None => env.path("letters"),
    }
}

/// What each language must show for invoice 2026/017 (EUR 2,550.00, due 1 October 2026,
/// Italian law, business debtor) on 22 November 2026.
/// Interest: 2 Oct–22 Nov = 52 days at 10.15 %: 2,550 × 0.1015 × 52/365 = 36.8740 → 36.87.
struct Expect {
    lang: &'static str,
    balance: &'static str,
    interest: &'static str,
    total: &'static str,
    deadline_7: &'static str,
    deadline_14: &'static str,
    titles: [&'static str; 4],
    page: &'static str,
}

const EXPECT: [Expect; 4] = [
    Expect {
        lang: "en",
        balance: "€2,550.00",
        interest: "€36.87",
        total: "€2,626.87",
        deadline_7: "29 November 2026",
        deadline_14: "6 December 2026",
        titles: [
            "Payment reminder",
            "Formal demand for payment",
            "Second demand for payment",
            "Letter before action",
        ],
        page: "Page 1 of ",
    },
    Expect {
        lang: "it",
        balance: "€ 2.550,00",
        interest: "€ 36,87",
        total: "€ 2.626,87",
        deadline_7: "29 novembre 2026",
        deadline_14: "6 dicembre 2026",
        titles: [
            "Sollecito di pagamento",
            "Messa in mora",
            "Secondo sollecito",
            "Ultimo avviso prima di azione legale",
        ],
        page: "Pagina 1 di ",
    },
    Expect {
        lang: "de",
        balance: "2.550,00 €",
        interest: "36,87 €",
        total: "2.626,87 €",
        deadline_7: "29. November 2026",
        deadline_14: "6. Dezember 2026",
        titles: [
            "Zahlungserinnerung",
            "Mahnung",
            "2. Mahnung",
            "Letzte Mahnung vor rechtlichen Schritten",
        ],
        page: "Seite 1 von ",
    },
    Expect {
        lang: "fr",
        balance: "2 550,00 €",
        interest: "36,87 €",
        total: "2 626,87 €",
        deadline_7: "29 novembre 2026",
        deadline_14: "6 décembre 2026",
        titles: [
            "Rappel de paiement",
            "Mise en demeure",
            "Deuxième relance",
            "Dernière mise en demeure avant procédure",
        ],
        page: "Page 1 sur ",
    },
];

fn setup() -> Env {
    let env = Env::new();
    env.setup();
    env.ok(
        "2026-09-01",
        &[
            "profile",
            "set",
            "--city",
            "Bologna",
            "--vat",
            "IT01234567890",
            "--address",
            "Via Roma 1\\n40121 Bologna BO",
        ],
    );
    env.invoice("2026/017");
    env
}

#[test]
fn every_stage_in_every_language_reads_back_with_its_figures() {
    let env = setup();
    let dir = out_dir(&env);
    for e in &EXPECT {
        for (i, stage) in STAGES.iter().enumerate() {
            let file = dir.join(format!("{}_{stage}.pdf", e.lang));
            let file_arg = file.to_str().expect("utf-8 path");
            let info = env.json(
                TODAY,
                &[
                    "letter", "2026/017", "--stage", stage, "--lang", e.lang, "--out", file_arg,
                    "--json",
                ],
            );
            assert_eq!(info["stage"], *stage);
            let bytes = std::fs::read(&file).expect("the letter was written");
            assert!(bytes.starts_with(b"%PDF-"), "{} {stage}: not a PDF", e.lang);
            let text = pdf_text(&bytes);
            let what = format!("{} {stage}:\n{text}", e.lang);
            assert!(
                text.contains("2026/017"),
                "invoice number missing in {what}"
            );
            assert!(
                text.contains(e.balance),
                "balance {} missing in {what}",
                e.balance
            );
            assert!(
                text.to_lowercase().contains(&e.titles[i].to_lowercase()),
                "title {} missing in {what}",
                e.titles[i]
            );
            let deadline = if *stage == "legal_warning" {
                e.deadline_14
            } else {
                e.deadline_7
            };
            assert!(
                text.contains(deadline),
                "deadline {deadline} missing in {what}"
            );
            if *stage == "reminder" {
                // The policy claims interest from the formal letter on.
                assert!(
                    !text.contains(e.interest),
                    "the reminder claims interest: {what}"
                );
                assert_eq!(info["interest_minor"], 0);
                // It goes with a copy of the invoice, listed as an enclosure.
                assert!(
                    info["warnings"]
                        .to_string()
                        .contains("attach a copy of invoice 2026/017")
                );
            } else {
                assert!(
                    text.contains(e.interest),
                    "interest {} missing in {what}",
                    e.interest
                );
                assert!(
                    text.contains(e.total),
                    "total {} missing in {what}",
                    e.total
                );
                assert_eq!(info["interest_minor"], 3687);
                assert_eq!(info["compensation_minor"], 4000);
            }
            assert!(
                text.contains("IT60X0542811101000000123456"),
                "IBAN missing in {what}"
            );
            assert!(text.contains(e.page), "{} missing in {what}", e.page);
            if e.lang == "it" {
                assert!(
                    !text.to_lowercase().contains("diffida"),
                    "an Italian letter is called a diffida: {what}"
                );
            }
        }
    }
    // Nothing was recorded by the previews.
    let history = env.json(TODAY, &["history", "2026/017", "--json"]);
    assert_eq!(history.as_array().map(Vec::len), Some(0));
}

#[test]
fn the_same_letter_renders_to_the_same_bytes() {
    let env = setup();
    let (a, b) = (env.path("a.pdf"), env.path("b.pdf"));
    for f in [&a, &b] {
        env.ok(
            TODAY,
            &[
                "letter",
                "2026/017",
                "--stage",
                "formal_letter",
                "--out",
                f.to_str().expect("path"),
            ],
        );
    }
    let (a, b) = (std::fs::read(a).expect("a"), std::fs::read(b).expect("b"));
    assert_eq!(a, b, "two renders of one letter differ");
    assert!(
        a.len() < 60_000,
        "a letter without logo is {} bytes",
        a.len()
    );
    // Metadata: the creation date is the letter's date; title and author are set.
    let raw = String::from_utf8_lossy(&a);
    assert!(
        raw.contains("/CreationDate(D:20261122") || raw.contains("/CreationDate (D:20261122"),
        "no creation date of the letter's day"
    );
    // Text strings are UTF-16BE: "Studio Verdi".
    let author: String = "Studio Verdi"
        .encode_utf16()
        .map(|u| format!("{u:04X}"))
        .collect();
    assert!(raw.contains(&format!("/Author<FEFF{author}>")), "no author");
    assert!(raw.contains("/Title<FEFF"), "no title");
    assert!(
        raw.contains("/MediaBox[0 0 595.") || raw.contains("/MediaBox [0 0 595."),
        "not A4"
    );
    env.ok(TODAY, &["profile", "set", "--paper", "letter"]);
    let letter = env.path("letter.pdf");
    env.ok(
        TODAY,
        &[
            "letter",
            "2026/017",
            "--stage",
            "formal_letter",
            "--out",
            letter.to_str().expect("path"),
        ],
    );
    let raw = String::from_utf8_lossy(&std::fs::read(&letter).expect("letter")).into_owned();
    assert!(
        raw.contains("/MediaBox[0 0 612 792]") || raw.contains("/MediaBox [0 0 612 792]"),
        "not US Letter"
    );
    let text = pdf_text(&a);
    // Accents, €, the en dash of the periods.
    assert!(text.to_lowercase().contains("messa in mora"), "{text}");
    assert!(text.contains('–'), "{text}");
}

#[test]
fn a_sent_letter_keeps_its_exact_pdf_and_exports_it_byte_for_byte() {
    let env = setup();
    let copy = env.path("sent.pdf");
    let sent = env.json(
        "2026-10-02",
        &[
            "send",
            "2026/017",
            "--json",
            "--out",
            copy.to_str().expect("path"),
        ],
    );
    let sha = sent["sha256"].as_str().expect("sha").to_string();
    let copy = std::fs::read(copy).expect("copy written");
    // Changing the profile afterwards must not change the stored letter.
    env.ok(
        "2026-10-03",
        &["profile", "set", "--name", "Studio Verdi Renamed"],
    );
    let out = env.path("export");
    env.ok(
        "2026-10-03",
        &[
            "letters",
            "export",
            "2026/017",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    let exported = std::fs::read(out.join("2026-017_reminder.pdf")).expect("exported");
    assert_eq!(exported, copy);
    let digest = {
        use sha2::Digest;
        sha2::Sha256::digest(&exported)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    assert_eq!(digest, sha);
    assert!(pdf_text(&exported).contains("Studio Verdi"));
    assert!(!pdf_text(&exported).contains("Renamed"));
    // The ledger refuses to change or delete it.
    let conn = rusqlite_free_check(&env);
    assert!(conn.contains("never changed"), "{conn}");
}

/// Tries to overwrite a stored PDF with the sqlite3-free route: the binary has no such
/// command, so use the library's ledger directly.
fn rusqlite_free_check(env: &Env) -> String {
    let mut ledger = overdue::ledger::Ledger::open(&env.db).expect("open");
    let r = ledger.write(|tx| -> Result<(), overdue::ledger::LedgerError> {
        tx.execute("UPDATE letters SET pdf = x'00'", [])?;
        Ok(())
    });
    r.expect_err("a stored PDF cannot be replaced").to_string()
}

#[test]
fn run_renders_the_whole_queue_and_records_one_transaction_each() {
    let env = setup();
    env.invoice("2026/018");
    env.invoice("2026/019");
    env.ok(
        "2026-09-01",
        &[
            "dispute",
            "open",
            "--invoice",
            "2026/019",
            "--text",
            "says the work is unfinished",
        ],
    );
    let out = env.path("run");
    let dry = env.json(
        TODAY,
        &[
            "run",
            "--out",
            out.to_str().expect("path"),
            "--dry-run",
            "--json",
        ],
    );
    // One client, one stage: 2026/017 and 2026/018 go in one letter.
    assert_eq!(dry["rendered"], 1);
    assert_eq!(dry["recorded"], 0);
    assert_eq!(env.due(TODAY).len(), 2, "a dry run records nothing");
    let real = env.json(
        TODAY,
        &["run", "--out", out.to_str().expect("path"), "--json"],
    );
    assert_eq!(real["recorded"], 1);
    assert_eq!(
        real["items"][0]["invoices"],
        serde_json::json!(["2026/017", "2026/018"])
    );
    assert!(env.due(TODAY).is_empty());
    let bytes = std::fs::read(out.join("2026-017+1_reminder.pdf")).expect("written");
    let text = pdf_text(&bytes);
    for n in ["2026/017", "2026/018"] {
        assert!(text.contains(n), "{n} is listed: {text}");
    }
    assert!(
        !text.contains("2026/019"),
        "a disputed invoice went in the letter"
    );
    // A second run the same day has nothing to do.
    let again = env.json(
        TODAY,
        &["run", "--out", out.to_str().expect("path"), "--json"],
    );
    assert_eq!(again["rendered"], 0);
}

#[test]
fn a_uk_consumer_gets_thirty_days_and_the_pre_action_protocol() {
    let env = Env::new();
    env.ok(
        "2026-01-01",
        &[
            "profile",
            "set",
            "--name",
            "Hartley Design Ltd",
            "--country",
            "GB",
            "--currency",
            "GBP",
            "--iban",
            "GB29NWBK60161331926819",
        ],
    );
    env.ok(
        "2026-01-01",
        &[
            "client",
            "add",
            "--name",
            "Sam Jones",
            "--kind",
            "consumer",
            "--country",
            "GB",
        ],
    );
    env.ok(
        "2026-01-01",
        &[
            "invoice",
            "add",
            "--client",
            "Sam Jones",
            "--number",
            "H-1",
            "--issued",
            "2026-01-01",
            "--due",
            "2026-01-31",
            "--amount",
            "900",
        ],
    );
    let file = env.path("lw.pdf");
    let info = env.json(
        "2026-03-20",
        &[
            "letter",
            "H-1",
            "--stage",
            "legal_warning",
            "--out",
            file.to_str().expect("path"),
            "--json",
        ],
    );
    assert_eq!(info["deadline"], "2026-04-19", "30 days for a consumer");
    assert_eq!(
        info["interest_minor"], 0,
        "no statutory interest from a consumer"
    );
    assert_eq!(info["compensation_minor"], 0);
    let warnings = info["warnings"].to_string();
    assert!(
        warnings.contains("Information Sheet") && warnings.contains("Reply Form"),
        "{warnings}"
    );
    let text = pdf_text(&std::fs::read(&file).expect("pdf"));
    assert!(
        text.contains("Pre-Action Protocol for Debt Claims"),
        "{text}"
    );
    assert!(text.contains("19 April 2026"), "{text}");
    assert!(text.contains("£900.00"), "{text}");
}

#[test]
fn a_long_claim_table_continues_on_the_next_page_with_its_header() {
    let env = setup();
    for day in 2..=28 {
        let date = format!("2026-10-{day:02}");
        env.ok(
            &date,
            &[
                "payment",
                "add",
                "--invoice",
                "2026/017",
                "--date",
                &date,
                "--amount",
                "10.00",
            ],
        );
    }
    let file = env.path("long.pdf");
    env.ok(
        TODAY,
        &[
            "letter",
            "2026/017",
            "--stage",
            "formal_letter",
            "--lang",
            "en",
            "--out",
            file.to_str().expect("path"),
        ],
    );
    let text = pdf_text(&std::fs::read(&file).expect("pdf"));
    assert!(text.contains("Page 2 of 2"), "{text}");
    assert!(text.contains("Interest period (continued)"), "{text}");
    assert!(text.contains("Total now due"), "{text}");
}

#[test]
fn claim_json_has_the_contracted_fields() {
    let env = setup();
    let c = env.json(TODAY, &["claim", "2026/017", "--json"]);
    for key in [
        "invoice",
        "currency",
        "principal_minor",
        "interest_minor",
        "compensation_minor",
        "total_minor",
        "basis",
        "periods",
        "warnings",
    ] {
        assert!(c.get(key).is_some(), "{key} missing in {c}");
    }
    assert_eq!(c["interest_minor"], 3687);
    assert_eq!(c["total_minor"], 262_687);
    let p = &c["periods"][0];
    assert_eq!(p["rate_percent"], "10.15");
    assert_eq!(
        (p["from"].clone(), p["to"].clone(), p["days"].clone()),
        (
            Value::from("2026-10-02"),
            Value::from("2026-11-22"),
            Value::from(52)
        )
    );
    assert!(c["basis"].as_str().is_some_and(|b| b.contains("231/2002")));
    assert!(
        c["warnings"]
            .to_string()
            .contains("rate table may be stale")
    );
    let rates = env.json(TODAY, &["rates", "--json"]);
    assert!(rates["entries"].as_array().is_some_and(|e| e.len() >= 16));
    assert!(rates["warnings"].to_string().contains("H2 2026"));
    // A user rate file beside the ledger fills the gap, and the warning goes away.
    std::fs::create_dir_all(env.path("rates")).expect("rates dir");
    env.write(
        "rates/ecb_mro.csv",
        b"from,rate_percent,source\n2026-07-01,2.40,ECB\n",
    );
    let c = env.json(TODAY, &["claim", "2026/017", "--json"]);
    // 52 days at 2.40 + 8 = 10.40 %: 2,550 × 0.104 × 52/365 = 37.7819 → 37.78.
    assert_eq!(c["periods"].as_array().map(Vec::len), Some(1));
    assert_eq!(c["periods"][0]["rate_percent"], "10.40");
    assert_eq!(c["interest_minor"], 3778);
    assert_eq!(c["warnings"].as_array().map(Vec::len), Some(0));
}

#[test]
fn a_template_with_an_undefined_variable_is_refused_with_its_line() {
    let env = setup();
    let bad = env.write(
        "bad.jinja",
        b"## subject\nReminder {{ invoice.number }}\n## salutation\nHi,\n## before_tables\nYou owe {{ invoice.balanse }}.\n## after_tables\nThanks\n## closing\nBye\n",
    );
    let err = env.fails(
        TODAY,
        &[
            "templates",
            "set",
            "en",
            "reminder",
            bad.to_str().expect("path"),
        ],
    );
    assert!(
        err.contains("template en/reminder") && err.contains("line 6"),
        "{err}"
    );
    assert!(
        !env.path("templates/en/reminder.jinja").exists(),
        "a bad template was saved"
    );
    let good = env.write(
        "good.jinja",
        b"## subject\nA friendly nudge: {{ invoice.number }}\n## salutation\nHi {{ client.name }},\n## before_tables\nYou owe {{ invoice.balance }}.\n## after_tables\nPlease pay by **{{ letter.deadline }}**.\n## closing\nThanks,\n",
    );
    env.ok(
        TODAY,
        &[
            "templates",
            "set",
            "en",
            "reminder",
            good.to_str().expect("path"),
        ],
    );
    let file = env.path("nudge.pdf");
    env.ok(
        TODAY,
        &[
            "letter",
            "2026/017",
            "--stage",
            "reminder",
            "--lang",
            "en",
            "--out",
            file.to_str().expect("path"),
        ],
    );
    assert!(pdf_text(&std::fs::read(&file).expect("pdf")).contains("A friendly nudge: 2026/017"));
    // A broken copy placed by hand is reported when letters are loaded, naming the file.
    std::fs::write(
        env.path("templates/en/reminder.jinja"),
        b"## subject\n{{ nope }}\n",
    )
    .expect("write");
    let err = env.fails(
        TODAY,
        &[
            "letter",
            "2026/017",
            "--lang",
            "en",
            "--out",
            file.to_str().expect("path"),
        ],
    );
    assert!(err.contains("templates/en/reminder.jinja"), "{err}");
}

#[test]
fn a_logo_is_printed_losslessly_and_a_bad_one_is_refused() {
    let env = setup();
    let logo = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/logo.png");
    env.ok(TODAY, &["profile", "set", "--logo", logo]);
    let file = env.path("logo.pdf");
    env.ok(
        TODAY,
        &["letter", "2026/017", "--out", file.to_str().expect("path")],
    );
    let bytes = std::fs::read(&file).expect("pdf");
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/Image"), "no image in the PDF");
    assert!(
        !raw.contains("/DCTDecode"),
        "the PNG logo was re-encoded as JPEG"
    );
    assert!(pdf_text(&bytes).contains("2026/017"));
    let not_image = env.write("logo.txt", b"just text");
    let err = env.fails(
        TODAY,
        &[
            "profile",
            "set",
            "--name",
            "Other Name",
            "--logo",
            not_image.to_str().expect("path"),
        ],
    );
    assert!(
        err.contains("logo:") && err.contains("not a PNG or JPEG"),
        "{err}"
    );
    let profile = env.json(TODAY, &["profile", "show", "--json"]);
    assert_eq!(
        profile["name"], "Studio Verdi",
        "a refused logo changed the profile"
    );
    env.ok(TODAY, &["profile", "set", "--no-logo"]);
    env.ok(
        TODAY,
        &["letter", "2026/017", "--out", file.to_str().expect("path")],
    );
    assert!(!String::from_utf8_lossy(&std::fs::read(&file).expect("pdf")).contains("/Image"));
}

/// A payment and a dispute recorded in another window while `run` renders the client's
/// one letter: the disputed invoice drops out of it, and the letter is recorded for the
/// rest, composed again from the new balance, never the stale PDF.
#[test]
fn run_respects_what_another_window_records_meanwhile() {
    let env = setup();
    env.invoice("2026/018");
    env.invoice("2026/019");
    let today: chrono::NaiveDate = "2026-10-02".parse().expect("date");
    let mut ledger = overdue::ledger::Ledger::open(&env.db).expect("open");
    let assets = overdue::actions::LetterAssets::for_ledger(&ledger).expect("assets");
    let db = env.db.clone();
    let meddled = std::sync::atomic::AtomicBool::new(false);
    let progress = |_done: usize, _total: usize| {
        if meddled.swap(true, std::sync::atomic::Ordering::SeqCst) {
            return;
        }
        let mut other = overdue::ledger::Ledger::open(&db).expect("second window");
        overdue::actions::dispute(&mut other, "2026/018", true, "wrong hours", today)
            .expect("dispute");
        overdue::actions::add_payment(
            &mut other,
            "2026/019",
            "2026-10-02",
            "550.00",
            None,
            None,
            today,
        )
        .expect("payment");
    };
    let out = env.path("race");
    let summary = overdue::actions::run(
        &mut ledger,
        today,
        &out,
        Default::default(),
        &assets,
        &progress,
        &|_| {},
    )
    .expect("run");
    // The one letter planned for the three invoices is recorded for the two still due,
    // composed again from the new facts; the disputed one is left out, and said so.
    assert_eq!(summary.recorded, 1, "{summary:?}");
    assert_eq!(summary.skipped, 0, "{summary:?}");
    let item = &summary.items[0];
    assert_eq!(item.invoices, ["2026/017", "2026/019"]);
    assert!(
        item.warnings
            .iter()
            .any(|w| w.starts_with("2026/018 left out of the letter: not sent: disputed")),
        "{item:?}"
    );
    assert!(
        !item
            .warnings
            .iter()
            .any(|w| w.contains("invoice 2026/018 to the reminder")),
        "the warnings are the recorded letter's: {item:?}"
    );
    assert!(
        !out.join("2026-017+2_reminder.pdf").exists(),
        "the stale letter's file"
    );
    let text = pdf_text(&std::fs::read(out.join("2026-017+1_reminder.pdf")).expect("written"));
    assert!(
        text.contains("€ 2.000,00"),
        "the letter does not show the new balance:\n{text}"
    );
    assert!(
        !text.contains("2026/018"),
        "a letter went to a disputed invoice"
    );
    let stored = env.json("2026-10-02", &["history", "2026/019", "--json"]);
    let letter = stored
        .as_array()
        .expect("history")
        .iter()
        .find(|e| e["kind"] == "letter")
        .cloned()
        .expect("letter");
    assert_eq!(letter["amount_minor"], 200_000);
}

#[test]
fn hostile_text_is_laid_out_without_panicking() {
    let env = setup();
    let long = format!(
        "Main-d'œuvre, Straße, Emoji 🙂, Hebrew שלום, Arabic مرحبا, control \u{7}, {}",
        "Donaudampfschifffahrt".repeat(500)
    );
    env.ok(
        "2026-09-01",
        &[
            "invoice",
            "add",
            "--client",
            "Rossi S.r.l.",
            "--number",
            "X-1",
            "--issued",
            "2026-09-01",
            "--due",
            "2026-10-01",
            "--amount",
            "10",
            "--description",
            &long,
        ],
    );
    env.ok(
        "2026-09-01",
        &[
            "client",
            "set",
            "Rossi S.r.l.",
            "--address",
            &"Strada ".repeat(2000),
        ],
    );
    let file = env.path("hostile.pdf");
    env.ok(
        TODAY,
        &[
            "letter",
            "X-1",
            "--stage",
            "legal_warning",
            "--lang",
            "en",
            "--out",
            file.to_str().expect("path"),
        ],
    );
    let text = pdf_text(&std::fs::read(&file).expect("pdf"));
    assert!(
        text.contains("Main-d'œuvre, Straße"),
        "œ and ß do not read back"
    );
    assert!(
        text.contains("Emoji ?"),
        "a missing glyph is not shown as '?':\n{}",
        &text[..400.min(text.len())]
    );
    assert!(text.contains("Donaudampfschifffahrt"));
    assert!(
        text.contains('…'),
        "the over-long address line was not cut with an ellipsis"
    );
}

#[test]
fn demo_letters_carry_the_pdf_of_their_day() {
    let env = Env::new();
    env.ok(TODAY, &["demo", "--invoices", "40"]);
    let invoices = env.json(TODAY, &["invoice", "list", "--status", "all", "--json"]);
    let mut checked = 0;
    for inv in invoices.as_array().expect("list") {
        let number = inv["number"].as_str().expect("number");
        let dir = env.path(&format!("export-{}", number.replace('/', "-")));
        let out = env.ok(
            TODAY,
            &[
                "letters",
                "export",
                number,
                "--out",
                dir.to_str().expect("path"),
            ],
        );
        assert!(!out.contains("without a PDF"), "{number}: {out}");
        for entry in std::fs::read_dir(&dir).expect("dir") {
            let bytes = std::fs::read(entry.expect("entry").path()).expect("pdf");
            assert!(pdf_text(&bytes).contains(number), "{number}");
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} demo letters");
}
