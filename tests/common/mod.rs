//! Drives the real `overdue` binary on a ledger in a temp dir.
#![allow(dead_code)]
pub mod smtp;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temp dir with a ledger path; every command runs with `--db` pointing at it.
pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("ledger.db");
        Env { dir, db }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: &[u8]) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, contents).expect("write fixture");
        p
    }

    /// Runs `overdue --db DB --today TODAY ARGS...`.
    pub fn run(&self, today: &str, args: &[&str]) -> Output {
        run_with_db(&self.db, today, args)
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, today: &str, args: &[&str]) -> String {
        let out = self.run(today, args);
        assert!(
            out.status.success(),
            "overdue {args:?} failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs and expects exit code 1; returns stderr (checked to be a clean message).
    pub fn fails(&self, today: &str, args: &[&str]) -> String {
        let out = self.run(today, args);
        let err = String::from_utf8(out.stderr).expect("utf-8 stderr");
        assert_eq!(
            out.status.code(),
            Some(1),
            "overdue {args:?} should fail with 1; stderr: {err}"
        );
        assert!(err.starts_with("overdue: "), "message: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("backtrace"),
            "not a clean error: {err}"
        );
        err
    }

    /// Runs with `--json` semantics already in `args` and parses stdout.
    pub fn json(&self, today: &str, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(today, args)).expect("JSON output")
    }

    /// A profile, one business client and one consumer, like a fresh user would set up.
    pub fn setup(&self) {
        self.ok(
            "2026-09-01",
            &[
                "profile",
                "set",
                "--name",
                "Studio Verdi",
                "--country",
                "IT",
                "--iban",
                "IT60X0542811101000000123456",
                "--signatory",
                "Anna Verdi",
                "--address",
                "Via Roma 1\\n40121 Bologna BO",
                "--city",
                "Bologna",
            ],
        );
        self.ok(
            "2026-09-01",
            &[
                "client",
                "add",
                "--name",
                "Rossi S.r.l.",
                "--email",
                "amministrazione@rossi.example",
            ],
        );
        self.ok(
            "2026-09-01",
            &[
                "client",
                "add",
                "--name",
                "Jane Doe",
                "--kind",
                "consumer",
                "--country",
                "GB",
            ],
        );
    }

    /// Adds an invoice to Rossi, issued and due on the days given, in `currency`.
    pub fn invoice_with(
        &self,
        number: &str,
        issued: &str,
        due: &str,
        amount: &str,
        currency: &str,
    ) {
        self.ok(
            "2026-09-01",
            &[
                "invoice",
                "add",
                "--client",
                "Rossi S.r.l.",
                "--number",
                number,
                "--issued",
                issued,
                "--due",
                due,
                "--amount",
                amount,
                "--currency",
                currency,
            ],
        );
    }

    /// `number` (EUR 2,550.00, Rossi's) got its reminder and its formal letter, which
    /// claimed interest and compensation; then the principal alone was paid on 25 October.
    pub fn paid_after_a_claim_letter(&self, number: &str) {
        self.invoice(number);
        self.ok("2026-10-05", &["send", number]);
        self.ok("2026-10-20", &["send", number]);
        self.ok(
            "2026-10-25",
            &[
                "payment",
                "add",
                "--invoice",
                number,
                "--date",
                "2026-10-25",
                "--amount",
                "2550.00",
            ],
        );
    }

    /// Adds an invoice of EUR 2,550.00 due 2026-10-01 to Rossi.
    pub fn invoice(&self, number: &str) {
        self.invoice_with(number, "2026-09-01", "2026-10-01", "2550.00", "EUR");
    }

    /// The due queue as JSON.
    pub fn due(&self, today: &str) -> Vec<serde_json::Value> {
        self.json(today, &["due", "--json"])
            .as_array()
            .expect("array")
            .clone()
    }
}

/// Whether the test SMTP server can run here (Debian's python3-aiosmtpd). CI
/// (`OVERDUE_REQUIRE_SERVICES=1`) installs it and fails without it; elsewhere the tests
/// that need it say why they skip.
pub fn smtp_server_available() -> bool {
    let ok = Command::new("/usr/bin/python3")
        .args(["-c", "import aiosmtpd"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("OVERDUE_REQUIRE_SERVICES").as_deref() != Ok("1"),
            "the test SMTP server needs Debian's python3-aiosmtpd (apt-get install python3-aiosmtpd)"
        );
        eprintln!("skipped: no python3-aiosmtpd for the test SMTP server");
    }
    ok
}

/// `overdue --db DB --today TODAY ARGS...`, with `OVERDUE_DB` unset.
pub fn command(db: &Path, today: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_overdue"));
    cmd.arg("--db")
        .arg(db)
        .arg("--today")
        .arg(today)
        .args(args)
        .env_remove("OVERDUE_DB")
        // The tests replay fixed days, some after the day they run on.
        .env("OVERDUE_ALLOW_FUTURE", "1");
    cmd
}

/// Starts the command without waiting (stderr captured).
pub fn spawn_with_db(db: &Path, today: &str, args: &[&str]) -> std::process::Child {
    command(db, today, args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn overdue")
}

/// Runs the command to the end.
pub fn run_with_db(db: &Path, today: &str, args: &[&str]) -> Output {
    command(db, today, args).output().expect("run overdue")
}

/// The text field `field` of each object in a JSON array (a command's `--json` list).
pub fn texts<'a>(list: &'a serde_json::Value, field: &str) -> Vec<&'a str> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .map(|e| {
            e[field]
                .as_str()
                .unwrap_or_else(|| panic!("{field} is not text in {e}"))
        })
        .collect()
}

/// The text of a PDF, no-break spaces as spaces and every run of white space as one.
pub fn pdf_text(bytes: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(bytes)
        .expect("the PDF's text can be extracted")
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
