//! `overdue run --print FILE.pdf`: the day's letters in one PDF to print, each starting
//! on a new sheet (a blank page after a letter with an odd page count, for duplex), each
//! recorded as delivered by print. Checked with qpdf and pdftotext, as a user's printer
//! would read it.

use crate::common::Env;
use serde_json::Value;

fn pages_of(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf)
        .expect("a PDF")
        .get_pages()
        .len()
}

#[test]
fn every_letter_starts_on_a_new_sheet_and_is_recorded_as_printed() {
    let env = Env::new();
    env.setup();
    // Clients with 1 to 40 invoices: letters of one page and of several.
    let sizes = [1usize, 40, 3, 25, 1];
    for (c, n) in sizes.iter().enumerate() {
        let name = format!("Client {c}");
        env.ok("2026-09-01", &["client", "add", "--name", &name]);
        for i in 0..*n {
            env.ok(
                "2026-09-01",
                &[
                    "invoice",
                    "add",
                    "--client",
                    &name,
                    "--number",
                    &format!("P{c}-{i:02}"),
                    "--issued",
                    "2026-09-01",
                    "--due",
                    "2026-10-01",
                    "--amount",
                    "120.00",
                ],
            );
        }
    }
    let file = env.path("to-print.pdf");
    let out: Value = env.json(
        "2026-10-20",
        &["run", "--print", file.to_str().expect("path"), "--json"],
    );
    let printed = &out["printed"];
    assert_eq!(printed["letters"], sizes.len());
    let bytes = std::fs::read(&file).expect("the print file");
    let total = pages_of(&bytes);
    assert_eq!(printed["pages"], total);
    assert_eq!(total % 2, 0, "whole sheets");
    let check = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(&file)
        .output()
        .expect("qpdf (apt-get install qpdf)");
    assert!(
        check.status.success(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&check.stdout)
    );

    // Each print delivery says where its letter is; the letter starts on an odd page and
    // has the pages of the stored PDF.
    let deliveries = env.json("2026-10-20", &["outbox", "--all", "--json"]);
    let list = deliveries.as_array().expect("list");
    assert_eq!(list.len(), sizes.len());
    let mut blanks = 0;
    for d in list {
        assert_eq!(d["channel"], "print");
        assert_eq!(d["state"], "sent");
        let reply = d["reply"].as_str().expect("reply");
        let range = reply.rsplit(' ').next().expect("range");
        let (first, last) = match range.split_once('–') {
            Some((a, b)) => (
                a.parse::<usize>().expect("a"),
                b.parse::<usize>().expect("b"),
            ),
            None => {
                let p = range.parse::<usize>().expect("page");
                (p, p)
            }
        };
        assert_eq!(
            first % 2,
            1,
            "a letter starts on the front of a sheet: {reply}"
        );
        let first_invoice = d["invoices"][0].as_str().expect("invoice");
        let dir = env.path(&format!("export-{first_invoice}"));
        env.ok(
            "2026-10-20",
            &[
                "letters",
                "export",
                first_invoice,
                "--out",
                dir.to_str().expect("dir"),
            ],
        );
        let stored = std::fs::read_dir(&dir)
            .expect("exported")
            .map(|e| std::fs::read(e.expect("entry").path()).expect("pdf"))
            .next()
            .expect("one letter");
        let n = pages_of(&stored);
        assert_eq!(last - first + 1, n, "{reply}");
        blanks += n % 2;
        // The page printed first is that letter's: its client is on it.
        let text = std::process::Command::new("pdftotext")
            .args(["-f", &first.to_string(), "-l", &first.to_string()])
            .arg(&file)
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&text.stdout);
        let client = d["client"].as_str().expect("client");
        assert!(text.contains(client), "page {first} is {client}'s letter");
    }
    assert_eq!(printed["blanks"], blanks);
    assert!(blanks > 0, "the test covers odd page counts");
    assert!(
        list.iter()
            .any(|d| d["reply"].as_str().is_some_and(|r| r.contains('–'))),
        "and letters of several pages"
    );
    // Nothing is due any more: every letter was recorded.
    let due = env.json("2026-10-20", &["letters", "due", "--json"]);
    assert_eq!(due, serde_json::json!([]));
}

#[test]
fn a_letter_saved_to_print_later_is_marked_printed() {
    use overdue::actions;
    use overdue::domain::delivery::Channel;
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    let mut ledger = overdue::ledger::Ledger::open(&env.db).expect("open");
    let assets = actions::LetterAssets::for_ledger(&ledger).expect("assets");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 10, 5).expect("day");
    let (sent, delivery) = actions::send_with(
        &mut ledger,
        "A-1",
        (None, false, false),
        (Some(Channel::Print), &actions::EmailExtras::default()),
        today,
        &assets,
    )
    .expect("recorded");
    let waiting = actions::outbox(&mut ledger, false).expect("outbox");
    assert_eq!(waiting.len(), 1, "to print, not printed yet");
    assert_eq!(Some(waiting[0].id), delivery);
    actions::mark_letter_printed(
        &mut ledger,
        sent.letter_id,
        "saved to print as /tmp/A-1.pdf",
    )
    .expect("marked");
    let all = actions::outbox(&mut ledger, true).expect("outbox");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].state.as_str(), "sent");
    assert_eq!(
        all[0].reply.as_deref(),
        Some("saved to print as /tmp/A-1.pdf")
    );
    assert!(
        actions::outbox(&mut ledger, false)
            .expect("outbox")
            .is_empty()
    );
}
