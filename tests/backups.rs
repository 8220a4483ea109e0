//! Backups: one a day on the first write, named by the system clock, the last 14 kept in a
//! folder of the ledger's own, all mode 0600; `backup` and `restore` through the real
//! binary, every refusal leaving the ledger as it was, and a backup of another business's
//! ledger restored only when asked for by name.

mod common;
use common::Env;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777
}

fn backups(env: &Env) -> Vec<String> {
    list(&env.path("backups/ledger"))
}

fn list(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("backups dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A payment on B-1 today.
fn pay(env: &Env, amount: &str) {
    let args = [
        "payment",
        "add",
        "--invoice",
        "B-1",
        "--date",
        "2026-11-22",
        "--amount",
        amount,
    ];
    env.ok("2026-11-22", &args);
}

/// A ledger with invoice B-1, backed up with `backup --out good.db`.
fn backed_up() -> (Env, PathBuf) {
    let env = Env::new();
    env.setup();
    env.invoice("B-1");
    let good = env.path("good.db");
    env.ok(
        "2026-11-22",
        &["backup", "--out", good.to_str().expect("path")],
    );
    (env, good)
}

fn balance(env: &Env, today: &str, number: &str) -> i64 {
    env.json(today, &["invoice", "show", number, "--json"])["balance_minor"]
        .as_i64()
        .expect("balance")
}

#[test]
fn one_backup_a_day_the_last_14_kept_per_ledger_all_private() {
    let env = Env::new();
    env.setup();
    env.invoice("B-1");
    // Two ledgers in one folder: each keeps its own 14, in its own folder.
    let it = env.path("it.db");
    common::run_with_db(
        &it,
        "2026-09-01",
        &[
            "profile",
            "set",
            "--name",
            "Bianchi Design",
            "--country",
            "IT",
        ],
    );
    // Only the backups made below: the writes above made today's.
    std::fs::remove_dir_all(env.path("backups")).expect("clear");
    let start = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).expect("date");
    for db in [&env.db, &it] {
        let ledger = overdue::ledger::Ledger::open(db).expect("open");
        for i in 0..20 {
            let day = start + chrono::Days::new(i);
            ledger.daily_backup(day).expect("backup");
            // A second write the same day makes no second backup.
            assert_eq!(ledger.daily_backup(day).expect("again"), None);
        }
    }
    for (dir, name) in [
        (env.path("backups/ledger"), "ledger"),
        (env.path("backups/it"), "it"),
    ] {
        let names = list(&dir);
        let daily: Vec<&String> = names.iter().filter(|n| n.starts_with("ledger-")).collect();
        assert_eq!(daily.len(), 14, "{name}: {names:?}");
        assert_eq!(daily[0], "ledger-2026-10-07.db", "{name}");
        assert_eq!(daily[13], "ledger-2026-10-20.db", "{name}");
        assert!(
            !names.iter().any(|n| n.ends_with(".part")),
            "no half backups: {names:?}"
        );
        for n in &names {
            assert_eq!(mode(&dir.join(n)), 0o600, "{n}");
        }
        assert_eq!(mode(&dir), 0o700);
    }
    assert_eq!(mode(&env.db), 0o600);
    // A backup is a whole, self-contained ledger of its own: it opens and has the invoice.
    let copy = env.path("backups/ledger/ledger-2026-10-20.db");
    let out = common::run_with_db(&copy, "2026-10-20", &["invoice", "show", "B-1", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = common::run_with_db(
        &env.path("backups/it/ledger-2026-10-20.db"),
        "2026-10-20",
        &["invoice", "show", "B-1", "--json"],
    );
    assert!(
        !out.status.success(),
        "the other ledger's backup has no B-1"
    );
}

#[test]
fn a_replay_writes_no_backup_and_a_write_is_named_by_the_system_clock() {
    let env = Env::new();
    env.setup();
    let _ = std::fs::remove_dir_all(env.path("backups"));
    // Reading twenty days to come writes nothing, however far ahead.
    let start = chrono::Local::now().date_naive();
    for i in 1..=20 {
        let day = (start + chrono::Days::new(i)).to_string();
        env.ok(&day, &["due"]);
        env.ok(&day, &["invoice", "list"]);
    }
    assert!(!env.path("backups").exists(), "a replay wrote a backup");
    // Writing a day to come is refused without the override, and writes nothing.
    let future_day = start + chrono::Days::new(8);
    let future = future_day.to_string();
    let out = common::command(&env.db, &future, &["client", "add", "--name", "Later Ltd"])
        .env_remove("OVERDUE_ALLOW_FUTURE")
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        // Named the way the profile's language writes a day (Italian: 07/12/2026).
        err.contains(&format!(
            "{} is in the future; Overdue records what happened",
            future_day.format("%d/%m/%Y")
        )),
        "{err}"
    );
    assert!(!env.path("backups").exists());
    // A write (here a replayed past day) makes today's backup, named by the system clock.
    env.ok("2026-01-05", &["client", "add", "--name", "Past Ltd"]);
    assert_eq!(backups(&env), vec![format!("ledger-{start}.db")]);
}

#[test]
fn half_backups_left_by_a_killed_process_are_swept_once_stale() {
    let env = Env::new();
    env.setup();
    env.invoice("B-1");
    let ledger = overdue::ledger::Ledger::open(&env.db).expect("open");
    ledger
        .daily_backup(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("d"))
        .expect("backup");
    let dir = env.path("backups/ledger");
    // As a backup killed mid-copy leaves them: one two hours old; one just now by a
    // process that has ended; and one being written now by a live process (this one).
    let stale = dir.join(".ledger-2026-11-20.db.4242.part");
    let mut ended = std::process::Command::new("true").spawn().expect("spawn");
    ended.wait().expect("wait");
    let orphan = dir.join(format!(".ledger-2026-11-21.db.{}.part", ended.id()));
    let mut live = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .expect("spawn");
    let fresh = dir.join(format!(".ledger-2026-11-21.db.{}.part", live.id()));
    for p in [&stale, &orphan, &fresh] {
        std::fs::write(p, b"half a copy").expect("write part");
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .and_then(|f| f.set_modified(two_hours_ago))
        .expect("set mtime");
    ledger
        .daily_backup(chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("d"))
        .expect("backup");
    let names = backups(&env);
    assert!(!stale.exists(), "the stale part is swept: {names:?}");
    assert!(
        !orphan.exists(),
        "a part whose writer has ended is swept: {names:?}"
    );
    assert!(
        fresh.exists(),
        "a young part of a live process may be in use: {names:?}"
    );
    let _ = live.kill();
    let _ = live.wait();
    assert!(
        names.contains(&"ledger-2026-11-21.db".to_string()),
        "{names:?}"
    );
}

#[test]
fn backup_then_restore_brings_the_ledger_back_and_keeps_what_it_replaced() {
    let env = Env::new();
    env.setup();
    env.invoice("B-1");
    let before = balance(&env, "2026-11-22", "B-1");
    let saved = env.path("saved.db");
    let out = env.ok(
        "2026-11-22",
        &["backup", "--out", saved.to_str().expect("path")],
    );
    assert!(out.contains("Backed up to"), "{out}");
    assert_eq!(mode(&saved), 0o600);
    // A second backup to the same file is refused, and the first is kept.
    let err = env.fails(
        "2026-11-22",
        &["backup", "--out", saved.to_str().expect("path")],
    );
    assert!(err.contains("exists already"), "{err}");

    pay(&env, "100.00");
    assert_eq!(balance(&env, "2026-11-22", "B-1"), before - 10_000);

    let out = env.ok("2026-11-22", &["restore", saved.to_str().expect("path")]);
    assert!(out.contains("The ledger as it was before is in"), "{out}");
    assert_eq!(
        balance(&env, "2026-11-22", "B-1"),
        before,
        "the payment is undone"
    );
    // The ledger that was replaced, with its payment, is in backups/.
    let safety = backups(&env)
        .into_iter()
        .find(|n| n.starts_with("before-restore-"))
        .expect("a safety backup");
    let safety = env.path("backups/ledger").join(safety);
    let shown = common::run_with_db(&safety, "2026-11-22", &["invoice", "show", "B-1", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
    assert_eq!(v["balance_minor"].as_i64(), Some(before - 10_000));
    // And the restored ledger takes writes as before.
    pay(&env, "1.00");
    assert_eq!(balance(&env, "2026-11-22", "B-1"), before - 100);
}

#[test]
fn restore_refuses_bad_files_and_changes_nothing() {
    let (env, good) = backed_up();
    pay(&env, "5.00");
    let expected = balance(&env, "2026-11-22", "B-1");
    let before_files = backups(&env);

    let garbage = env.write("garbage.db", b"this is not a database at all, just text\n");
    let err = env.fails("2026-11-22", &["restore", garbage.to_str().expect("path")]);
    assert!(
        err.contains("garbage.db") && err.contains("not an SQLite database"),
        "{err}"
    );

    let other = env.path("other.db");
    {
        let c = rusqlite::Connection::open(&other).expect("open");
        c.execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('hi'); PRAGMA user_version = 1;")
            .expect("other db");
    }
    let err = env.fails("2026-11-22", &["restore", other.to_str().expect("path")]);
    assert!(err.contains("is not an Overdue ledger"), "{err}");

    let future = env.path("future.db");
    std::fs::copy(&good, &future).expect("copy");
    {
        let c = rusqlite::Connection::open(&future).expect("open");
        c.execute_batch("PRAGMA user_version = 99;")
            .expect("version");
    }
    let err = env.fails("2026-11-22", &["restore", future.to_str().expect("path")]);
    assert!(
        err.contains("schema version 99") && err.contains("upgrade Overdue"),
        "{err}"
    );

    // A damaged copy: the right header, but pages overwritten in the middle.
    let damaged = env.path("damaged.db");
    let mut bytes = std::fs::read(&good).expect("read");
    assert!(bytes.len() > 5 * 4096, "the backup has several pages");
    for b in &mut bytes[2 * 4096..4 * 4096] {
        *b = 0xA5;
    }
    std::fs::write(&damaged, &bytes).expect("write");
    let err = env.fails("2026-11-22", &["restore", damaged.to_str().expect("path")]);
    assert!(err.contains("damaged.db"), "{err}");

    let err = env.fails(
        "2026-11-22",
        &["restore", env.path("missing.db").to_str().expect("path")],
    );
    assert!(err.contains("no such file"), "{err}");

    assert_eq!(
        balance(&env, "2026-11-22", "B-1"),
        expected,
        "the ledger is untouched"
    );
    assert_eq!(
        backups(&env),
        before_files,
        "no safety backup for a refused restore"
    );
}

#[test]
fn a_ledger_that_no_longer_opens_can_be_restored_over_and_is_kept_aside() {
    let (env, good) = backed_up();
    // Simulate a ledger destroyed on disk.
    for ext in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", env.db.display()));
    }
    std::fs::write(&env.db, b"overwritten by some other program").expect("clobber");
    let err = env.fails("2026-11-22", &["due"]);
    // Named by its path, with what to do.
    assert!(err.contains("not a database"), "{err}");
    assert!(err.contains(&env.db.display().to_string()), "{err}");
    assert!(err.contains("overdue restore FILE"), "{err}");
    let out = env.run("2026-11-22", &["restore", good.to_str().expect("path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("moved to"));
    let aside = PathBuf::from(format!("{}.broken-1", env.db.display()));
    assert_eq!(
        std::fs::read(&aside).expect("kept aside"),
        b"overwritten by some other program"
    );
    env.ok("2026-11-22", &["invoice", "show", "B-1"]);
}

#[test]
fn a_backup_of_another_business_is_restored_only_when_asked_for() {
    let (env, _good) = backed_up();
    // Another business's ledger beside this one, and its backup.
    let other = env.path("hartley.db");
    common::run_with_db(
        &other,
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
    let theirs = env.path("hartley-backup.db");
    common::run_with_db(
        &other,
        "2026-11-22",
        &["backup", "--out", theirs.to_str().expect("p")],
    );
    let before = balance(&env, "2026-11-22", "B-1");
    let err = env.fails("2026-11-22", &["restore", theirs.to_str().expect("p")]);
    assert!(
        err.contains("this backup is of 'Hartley Consulting Ltd', not 'Studio Verdi'")
            && err.contains("--other-ledger"),
        "{err}"
    );
    assert_eq!(balance(&env, "2026-11-22", "B-1"), before, "untouched");
    env.ok(
        "2026-11-22",
        &["restore", theirs.to_str().expect("p"), "--other-ledger"],
    );
    let profile = env.json("2026-11-22", &["profile", "show", "--json"]);
    assert_eq!(profile["name"], "Hartley Consulting Ltd");
}
