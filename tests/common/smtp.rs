//! A real SMTP server for the delivery tests.
//!
//! Sending letters by email goes through `lettre` and rustls, and the only honest
//! test of that is a conversation with a real server: greeting, STARTTLS or implicit
//! TLS, certificate checks, AUTH, refusals. [`SmtpServer`] starts one per test —
//! `tests/support/smtp_server.py`, built on aiosmtpd (Debian's `python3-aiosmtpd`,
//! run by `/usr/bin/python3`) — on a free port of 127.0.0.1, with the TEST-ONLY
//! certificate in `tests/fixtures/tls` (trust it with [`SmtpServer::ca_pem`]).
//! Every accepted message lands in a temp dir as the raw DATA bytes plus its
//! envelope; [`SmtpServer::messages`] and [`SmtpServer::wait_for`] read them back.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The login the server accepts (AUTH PLAIN or LOGIN).
pub const USER: &str = "overdue";
/// The only password the server accepts; any other gets
/// `535 5.7.8 Authentication credentials invalid`.
pub const PASSWORD: &str = "s3cret-pw";

/// The interpreter that sees Debian's `python3-aiosmtpd` (a pyenv or venv python does not).
const PYTHON: &str = "/usr/bin/python3";
/// How long the server may take to say READY, and `wait_for` to see its messages.
const PATIENCE: Duration = Duration::from_secs(20);

/// How the server speaks. Every mode requires AUTH before MAIL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A plain listener that requires STARTTLS before AUTH and MAIL (port 587 style).
    StartTls,
    /// TLS from the first byte (port 465 style).
    Tls,
    /// No TLS at all; AUTH still required (`security none` on localhost).
    Plain,
}

impl Mode {
    fn arg(self) -> &'static str {
        match self {
            Mode::StartTls => "starttls",
            Mode::Tls => "tls",
            Mode::Plain => "plain",
        }
    }
}

/// One message the server accepted.
#[derive(Clone, Debug)]
pub struct Received {
    /// The envelope sender (MAIL FROM).
    pub mail_from: String,
    /// The accepted envelope recipients (RCPT TO), refused ones left out.
    pub rcpt_tos: Vec<String>,
    /// Who logged in, if anyone.
    pub auth_user: Option<String>,
    /// Whether the message travelled over TLS (STARTTLS or implicit).
    pub tls: bool,
    /// The DATA bytes exactly as received (dot-unstuffed, CRLF line ends).
    pub data: Vec<u8>,
}

/// A running server; stopped when dropped.
pub struct SmtpServer {
    /// The port on 127.0.0.1 (connect as "localhost" or "127.0.0.1": both are in the certificate).
    pub port: u16,
    /// Where accepted messages are written (`0001.json` then `0001.eml`, ...).
    pub dir: PathBuf,
    child: Option<Child>,
    /// Held open: the server exits when it closes, even if this process is killed.
    stdin: Option<ChildStdin>,
    log: PathBuf,
    _temp: tempfile::TempDir,
}

impl SmtpServer {
    /// Starts a server in `mode` that accepts [`USER`] / [`PASSWORD`].
    pub fn start(mode: Mode) -> SmtpServer {
        SmtpServer::spawn(mode, None)
    }

    /// Starts a server that answers `550 5.1.1 mailbox unavailable` to any
    /// RCPT TO containing `substring`.
    pub fn start_rejecting(mode: Mode, substring: &str) -> SmtpServer {
        SmtpServer::spawn(mode, Some(substring))
    }

    /// The test CA that signed the server's certificate (absolute path).
    pub fn ca_pem() -> PathBuf {
        fixtures().join("ca.pem")
    }

    /// Every message accepted so far, in the order they arrived.
    pub fn messages(&self) -> Vec<Received> {
        let mut emls: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .expect("read the SMTP server's message dir")
            .map(|entry| {
                entry
                    .expect("entry of the SMTP server's message dir")
                    .path()
            })
            .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
            .collect();
        emls.sort();
        emls.iter().map(|eml| read_message(eml)).collect()
    }

    /// Waits up to 20 s until at least `n` messages have arrived, and returns them all.
    pub fn wait_for(&self, n: usize) -> Vec<Received> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            if Instant::now() >= deadline {
                panic!(
                    "waited {PATIENCE:?} for {n} message(s) on the test SMTP server, {} arrived\n\
                     server log:\n{}",
                    messages.len(),
                    self.server_log()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// What the server wrote to stderr (errors, TLS handshake failures).
    pub fn server_log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Stops the server and waits for it; calling it again does nothing.
    pub fn stop(&mut self) {
        // Closing stdin asks the server to stop cleanly; kill it if it takes too long.
        drop(self.stdin.take());
        if let Some(mut child) = self.child.take() {
            let deadline = Instant::now() + Duration::from_secs(2);
            while child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(10));
            }
            // Either may fail only because the server already exited.
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn spawn(mode: Mode, reject: Option<&str>) -> SmtpServer {
        assert!(
            Path::new(PYTHON).exists(),
            "the SMTP tests need {PYTHON} with aiosmtpd: \
             apt-get install -y --no-install-recommends python3-aiosmtpd"
        );
        let temp = tempfile::tempdir().expect("temp dir for the SMTP server");
        let dir = temp.path().join("mail");
        std::fs::create_dir(&dir).expect("create the SMTP server's message dir");
        let log = temp.path().join("server.log");
        let stderr = std::fs::File::create(&log).expect("create the SMTP server's log");

        let fixtures = fixtures();
        let mut command = Command::new(PYTHON);
        command
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/smtp_server.py"))
            .arg("--dir")
            .arg(&dir)
            .arg("--cert")
            .arg(fixtures.join("leaf.pem"))
            .arg("--key")
            .arg(fixtures.join("leaf.key"))
            .args(["--mode", mode.arg(), "--user", USER, "--password", PASSWORD])
            .args(["--port", "0", "--exit-on-stdin-eof"]);
        if let Some(substring) = reject {
            command.args(["--reject-rcpt", substring]);
        }
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| panic!("could not run {PYTHON} for the test SMTP server: {e}"));
        let stdin = child.stdin.take().expect("the SMTP server's stdin");
        let stdout = child.stdout.take().expect("the SMTP server's stdout");

        // Read "READY <port>" on a thread, so a stuck server cannot hang the test.
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let read = BufReader::new(stdout).read_line(&mut line).map(|_| line);
            // The receiver is gone only if start() already gave up.
            let _ = sender.send(read);
        });
        let mut server = SmtpServer {
            port: 0,
            dir,
            child: Some(child),
            stdin: Some(stdin),
            log,
            _temp: temp,
        };
        let line = match receiver.recv_timeout(PATIENCE) {
            Ok(Ok(line)) if line.is_empty() => server.fail("it exited before saying READY"),
            Ok(Ok(line)) => line,
            Ok(Err(e)) => server.fail(&format!("reading its stdout failed: {e}")),
            Err(_) => server.fail(&format!("it did not say READY within {PATIENCE:?}")),
        };
        match line.trim().strip_prefix("READY ").map(str::parse::<u16>) {
            Some(Ok(port)) => server.port = port,
            _ => server.fail(&format!("it said {line:?} instead of READY <port>")),
        }
        server
    }

    /// Stops the server and panics with why it failed to start, and its log.
    fn fail(&mut self, why: &str) -> ! {
        self.stop();
        let log = self.server_log();
        let hint = if log.contains("aiosmtpd") {
            "\n(install it with: apt-get install -y --no-install-recommends python3-aiosmtpd)"
        } else {
            ""
        };
        panic!("the test SMTP server did not start: {why}{hint}\nserver log:\n{log}");
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls")
}

/// Reads `NNNN.eml` and its `NNNN.json` (written before it, so it is there).
fn read_message(eml: &Path) -> Received {
    let data = std::fs::read(eml).expect("read a received .eml");
    let meta = std::fs::read(eml.with_extension("json")).expect("read a received .json");
    let meta: serde_json::Value = serde_json::from_slice(&meta).expect("parse a received .json");
    let text = |field: &str| -> Option<String> { meta[field].as_str().map(str::to_owned) };
    Received {
        mail_from: text("mail_from").expect("mail_from in a received .json"),
        rcpt_tos: meta["rcpt_tos"]
            .as_array()
            .expect("rcpt_tos in a received .json")
            .iter()
            .map(|to| to.as_str().expect("a recipient string").to_owned())
            .collect(),
        auth_user: text("auth_user"),
        tls: meta["tls"].as_bool().expect("tls in a received .json"),
        data,
    }
}
