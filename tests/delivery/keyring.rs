//! The SMTP password lives in the OS keyring, never in a file: tested against a real
//! Secret Service (GNOME Keyring on a private D-Bus session bus that the test starts),
//! and a real SMTP server that only accepts the right password.

use crate::common::smtp::{self, Mode, SmtpServer};
use crate::common::{Env, command};
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A private session bus with GNOME Keyring's Secret Service on it, unlocked.
struct SecretService {
    address: String,
    home: tempfile::TempDir,
    children: Vec<Child>,
}

impl SecretService {
    /// None (and a note) when the programs are missing, unless CI requires them.
    fn start() -> Option<SecretService> {
        let have = |p: &str| Path::new(p).exists();
        if !have("/usr/bin/dbus-daemon") || !have("/usr/bin/gnome-keyring-daemon") {
            assert!(
                std::env::var("OVERDUE_REQUIRE_SERVICES").as_deref() != Ok("1"),
                "the keyring test needs dbus-daemon and gnome-keyring (apt-get install dbus-daemon gnome-keyring)"
            );
            eprintln!("skipped: no dbus-daemon or gnome-keyring here");
            return None;
        }
        let home = tempfile::tempdir().expect("home");
        let socket = home.path().join("bus");
        let address = format!("unix:path={}", socket.display());
        let dbus = Command::new("/usr/bin/dbus-daemon")
            .args(["--session", "--nofork", &format!("--address={address}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start dbus-daemon");
        let mut service = SecretService {
            address,
            home,
            children: vec![dbus],
        };
        wait_until("the session bus", || socket.exists());
        let mut keyring = Command::new("/usr/bin/gnome-keyring-daemon")
            .args(["--unlock", "--components=secrets", "--foreground"])
            .env("DBUS_SESSION_BUS_ADDRESS", &service.address)
            .env("HOME", service.home.path())
            .env("XDG_DATA_HOME", service.home.path().join("data"))
            .env("XDG_RUNTIME_DIR", service.home.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start gnome-keyring-daemon");
        keyring
            .stdin
            .take()
            .expect("stdin")
            .write_all(b"keyring-unlock-pw")
            .expect("unlock");
        service.children.push(keyring);
        let address = service.address.clone();
        wait_until("the Secret Service", || {
            Command::new("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.freedesktop.secrets",
                ])
                .env("DBUS_SESSION_BUS_ADDRESS", &address)
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("boolean true"))
        });
        Some(service)
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        for c in self.children.iter_mut().rev() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    let give_up = Instant::now() + Duration::from_secs(20);
    while !ready() {
        assert!(Instant::now() < give_up, "{what} did not come up in 20 s");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// overdue with the session bus (or none), no password in the environment, and `stdin`.
fn run(env: &Env, bus: Option<&str>, args: &[&str], stdin: &[u8]) -> Output {
    let mut c = command(&env.db, "2026-10-05", args);
    c.env("OVERDUE_SMTP_CA", SmtpServer::ca_pem())
        .env_remove("OVERDUE_SMTP_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match bus {
        Some(b) => c.env("DBUS_SESSION_BUS_ADDRESS", b),
        None => c.env_remove("DBUS_SESSION_BUS_ADDRESS"),
    };
    let mut child = c.spawn().expect("spawn overdue");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("overdue")
}

/// Every file under `dir`, recursively.
fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn the_password_lives_in_the_keyring_and_in_no_file() {
    let Some(service) = SecretService::start() else {
        return;
    };
    let server = SmtpServer::start(Mode::StartTls);
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    let bus = Some(service.address.as_str());
    let port = server.port.to_string();
    let set = run(
        &env,
        bus,
        &[
            "mail",
            "set",
            "--host",
            "localhost",
            "--port",
            &port,
            "--security",
            "starttls",
            "--user",
            smtp::USER,
            "--from",
            "studio@verdi.example",
        ],
        b"",
    );
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );

    // Before: no password anywhere; the CLI says how to set one.
    let show = run(&env, bus, &["mail", "show"], b"");
    let text = String::from_utf8_lossy(&show.stdout);
    assert!(
        text.contains("missing") && text.contains("overdue mail password"),
        "{text}"
    );

    // Stored through the Secret Service, read from standard input.
    let stored = run(
        &env,
        bus,
        &["mail", "password"],
        format!("{}\n", smtp::PASSWORD).as_bytes(),
    );
    assert!(
        stored.status.success(),
        "{}",
        String::from_utf8_lossy(&stored.stderr)
    );
    let show = run(&env, bus, &["mail", "show"], b"");
    assert!(String::from_utf8_lossy(&show.stdout).contains("stored in the OS keyring"));

    // A letter goes out with the password from the keyring alone.
    let sent = run(
        &env,
        bus,
        &["send", "A-1", "--email", "--without-enclosures"],
        b"",
    );
    assert!(
        sent.status.success(),
        "{}",
        String::from_utf8_lossy(&sent.stderr)
    );
    let got = server.wait_for(1);
    assert_eq!(got[0].auth_user.as_deref(), Some(smtp::USER));

    // The password is in no file under the data dir (ledger, WAL, backups, locks), and
    // was never printed.
    let secret = smtp::PASSWORD.as_bytes();
    for f in files(env.dir.path()) {
        let bytes = std::fs::read(&f).expect("read");
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret),
            "the password is written in {}",
            f.display()
        );
    }
    for out in [&set, &show, &stored, &sent] {
        for stream in [&out.stdout, &out.stderr] {
            assert!(
                !stream.windows(secret.len()).any(|w| w == secret),
                "printed"
            );
        }
    }

    // Without a Secret Service, storing it says why, and nothing falls back to a file.
    let none = run(&env, None, &["mail", "password"], b"another\n");
    assert_eq!(none.status.code(), Some(1));
    let err = String::from_utf8_lossy(&none.stderr);
    assert!(err.contains("no keyring is available"), "{err}");
    // And sending without one refuses before recording, saying what to do.
    env.invoice("A-2");
    let refused = run(&env, None, &["send", "A-2", "--email", "--only"], b"");
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("OVERDUE_SMTP_PASSWORD"), "{err}");
    drop(service);
}
