//! The letter about the interest alone: the principal is paid after a claim letter, the
//! user keeps claiming what that letter also asked, and one last letter asks for it.
//! Through the CLI on a real ledger; the PDF read back.

mod common;

use common::{Env, pdf_text};

fn paid_after_a_claim_letter() -> Env {
    let env = Env::new();
    env.setup();
    env.paid_after_a_claim_letter("2026/017");
    env
}

#[test]
fn keep_claiming_then_one_letter_about_the_interest_alone() {
    let env = paid_after_a_claim_letter();
    let today = "2026-10-28";
    let show = env.json(today, &["invoice", "show", "2026/017", "--json"]);
    assert_eq!(show["status"], "paid");
    let open = show["claim_not_received"].clone();
    let interest = open["interest_minor"].as_i64().expect("interest");
    assert!(interest > 0, "{show}");
    assert_eq!(open["compensation_minor"], 4000);

    // Not before the user decides to keep claiming.
    let err = env.fails(today, &["interest", "letter", "2026/017"]);
    assert!(err.contains("decide first"), "{err}");
    env.ok(
        today,
        &[
            "interest",
            "keep",
            "2026/017",
            "--reason",
            "contract says so",
        ],
    );

    // A preview records nothing.
    let preview = env.path("preview.pdf");
    env.ok(
        today,
        &[
            "interest",
            "letter",
            "2026/017",
            "--dry-run",
            "--out",
            preview.to_str().expect("p"),
        ],
    );
    let text = pdf_text(&std::fs::read(&preview).expect("pdf"));
    assert!(
        text.contains("Interessi di mora e risarcimento forfettario ancora dovuti"),
        "{text}"
    );
    assert!(text.contains("2026/017"), "{text}");
    let owed = overdue::present::money(
        interest + 4000,
        overdue::domain::money::Currency::EUR,
        overdue::domain::party::Language::It,
    )
    .replace(['\u{a0}', '\u{202f}'], " ");
    assert!(text.contains(&owed), "asks for {owed}: {text}");
    assert!(
        text.contains("20 ottobre 2026"),
        "names the claim letter: {text}"
    );

    // Sent: recorded once, with its PDF, in the invoice's and the client's history.
    let out = env.path("interest.pdf");
    let sent = env.json(
        today,
        &[
            "interest",
            "letter",
            "2026/017",
            "--out",
            out.to_str().expect("p"),
            "--json",
        ],
    );
    assert_eq!(sent["total_minor"], interest + 4000);
    assert_eq!(sent["deadline"], "2026-11-04");
    let bytes = std::fs::read(&out).expect("copy");
    assert_eq!(
        sent["sha256"].as_str().expect("sha"),
        overdue::actions::sha256_hex(&bytes)
    );
    let client = env.json(today, &["client", "show", "Rossi S.r.l.", "--json"]);
    let letters = client["letters"].as_array().expect("letters");
    let last = letters.last().expect("the interest letter");
    assert_eq!(last["kind"], "interest");
    assert_eq!(last["invoices"], serde_json::json!(["2026/017"]));
    assert_eq!(last["total_minor"], interest + 4000);
    let history = env.ok(today, &["history", "2026/017"]);
    assert!(
        history.contains("letter about the interest and compensation alone sent"),
        "{history}"
    );
    // Once.
    let err = env.fails("2026-10-29", &["interest", "letter", "2026/017"]);
    assert!(err.contains("already sent on 2026-10-28"), "{err}");

    // Paying it settles the claim: nothing is claimed and not received any more.
    env.ok(
        "2026-11-02",
        &[
            "payment",
            "add",
            "--invoice",
            "2026/017",
            "--date",
            "2026-11-02",
            "--amount",
            &overdue::domain::money::format_minor(
                interest + 4000,
                overdue::domain::money::Currency::EUR,
            ),
        ],
    );
    let show = env.json("2026-11-02", &["invoice", "show", "2026/017", "--json"]);
    assert_eq!(
        show["claim_not_received"],
        serde_json::Value::Null,
        "{show}"
    );
    assert_eq!(show["interest_received_minor"], interest);
    assert_eq!(show["compensation_received_minor"], 4000);
}

#[test]
fn a_waived_claim_or_an_unpaid_principal_gets_no_interest_letter() {
    let env = paid_after_a_claim_letter();
    env.ok("2026-10-28", &["interest", "waive", "2026/017"]);
    let err = env.fails("2026-10-28", &["interest", "letter", "2026/017"]);
    assert!(err.contains("decide first"), "{err}");
    let other = Env::new();
    other.setup();
    other.invoice("2026/020");
    let err = other.fails("2026-10-28", &["interest", "letter", "2026/020"]);
    assert!(
        err.contains("no interest or compensation claimed by a letter"),
        "{err}"
    );
}
