//! Delivery in the window, driven with egui_kittest against a real SMTP server: Settings
//! › Email saves the server and takes the password (kept for the session when there is
//! no keyring); Send asks how the letter goes and shows the email's text first; an email
//! that cannot go stays on Today with Retry until it does.

mod common;
mod ui_common;

use common::Env;
use common::smtp::{self, Mode, SmtpServer};
use egui_kittest::kittest::Queryable;
use ui_common::settle;

/// A ledger with Rossi's invoice A-1 (reminder due on the harness's day), and email set
/// to a server on this machine at `port` (no TLS: allowed for localhost only).
fn ledger(port: u16) -> Env {
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    env.ok(
        "2026-09-01",
        &[
            "mail",
            "set",
            "--host",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--security",
            "none",
            "--user",
            smtp::USER,
            "--from",
            "studio@verdi.example",
        ],
    );
    env
}

/// A test SMTP server, a ledger emailing through it, and the window on that ledger with
/// the password given; `None` (the test skips) where the server cannot run.
fn window_with_server() -> Option<(
    SmtpServer,
    Env,
    egui_kittest::Harness<'static, overdue::ui::App>,
)> {
    if !common::smtp_server_available() {
        return None;
    }
    let server = SmtpServer::start(Mode::Plain);
    let env = ledger(server.port);
    let mut h = ui_common::harness(&env.db, [1280.0, 1400.0], egui::Theme::Light);
    settle(&mut h);
    give_password(&mut h);
    Some((server, env, h))
}

/// Types the password in Settings › Email and stores it (for the session, with no
/// keyring here).
fn give_password(h: &mut egui_kittest::Harness<'static, overdue::ui::App>) {
    h.get_by_label("Settings").click();
    settle(h);
    h.get_by_label("Email sending").click();
    settle(h);
    type_into(h, "Password", smtp::PASSWORD);
    h.get_by_label("Store in keyring").click();
    settle(h);
    h.get_by_label("Today").click();
    settle(h);
}

/// Focuses the field labelled `label` and types `text` into it.
fn type_into(h: &mut egui_kittest::Harness<'static, overdue::ui::App>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// A file dropped on the window, as the platform hands it to egui.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn toasts(h: &egui_kittest::Harness<'static, overdue::ui::App>) -> String {
    h.state().toasts().join("\n")
}

#[test]
fn send_emails_the_letter_after_showing_its_text() {
    let Some((server, env, mut h)) = window_with_server() else {
        return;
    };
    h.get_by_label("Send").click();
    settle(&mut h);
    // The choice, email first, with the email's text as it will go.
    assert!(h.query_by_label("Email it now").is_some());
    assert!(
        h.query_by_label_contains("To: amministrazione@rossi.example")
            .is_some(),
        "the email's recipient is shown"
    );
    assert!(h.query_by_label_contains("Subject: ").is_some());
    assert!(
        h.query_by_label_contains("Gentili Signori").is_some(),
        "the text"
    );
    assert!(server.messages().is_empty(), "nothing sent before the yes");
    // The reminder lists a copy of the invoice as enclosed: Send waits for it, or for
    // the user's word that the letter goes without it.
    assert!(
        h.query_by_label_contains("The letter lists as enclosed: Copia della fattura n. A-1")
            .is_some()
    );
    assert!(h.query_by_label("Attach files…").is_some());
    h.get_by_label("Send the reminder").click();
    settle(&mut h);
    assert!(
        h.query_by_label("Email it now").is_some(),
        "Send is disabled: the dialog stays"
    );
    assert!(
        server.messages().is_empty(),
        "nothing sent without the copy"
    );
    // The copy, dropped on the window, is listed, and goes with the letter.
    let copy = env.write("Fattura A-1.pdf", b"%PDF-1.4\n% the invoice A-1\n");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(copy.clone())));
    settle(&mut h);
    assert!(
        h.query_by_label_contains("Fattura_A-1.pdf (1 KB)")
            .is_some(),
        "the file is listed"
    );
    h.get_by_label("Send the reminder").click();
    settle(&mut h);
    let got = server.wait_for(1);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].rcpt_tos, vec!["amministrazione@rossi.example"]);
    let raw = String::from_utf8_lossy(&got[0].data);
    assert!(
        raw.contains("filename=\"Fattura_A-1.pdf\""),
        "the copy travels with the letter"
    );
    assert!(
        toasts(&h).contains("Emailed to Rossi S.r.l. <amministrazione@rossi.example>"),
        "{}",
        toasts(&h)
    );
    assert!(h.state().overview().expect("o").deliveries.is_empty());
    // The client's page says how the letter went.
    h.get_by_label("Clients").click();
    settle(&mut h);
    h.get_by_label("Rossi S.r.l.").click();
    settle(&mut h);
    assert!(
        h.query_by_label("emailed to amministrazione@rossi.example · with Fattura_A-1.pdf")
            .is_some(),
        "how it went, with the file it carried"
    );
}

#[test]
fn an_email_that_cannot_go_stays_on_today_until_retried() {
    if !common::smtp_server_available() {
        return;
    }
    // The server is down at first.
    let mut gone = SmtpServer::start(Mode::Plain);
    let dead = gone.port;
    gone.stop();
    let env = ledger(dead);
    let mut h = ui_common::harness(&env.db, [1280.0, 1400.0], egui::Theme::Light);
    settle(&mut h);
    give_password(&mut h);
    h.get_by_label("Send").click();
    settle(&mut h);
    h.get_by_label("Send it without them").click();
    h.run();
    h.get_by_label("Send the reminder").click();
    settle(&mut h);
    assert!(
        toasts(&h).contains("The email to Rossi S.r.l. was not sent"),
        "{}",
        toasts(&h)
    );
    // The letter is recorded; its email waits on Today.
    let o = h.state().overview().expect("o").clone();
    assert!(o.letters.is_empty(), "the letter is recorded");
    assert_eq!(o.deliveries.len(), 1);
    assert!(h.query_by_label("Emails not sent (1)").is_some());
    // The server comes back (on another port): fix the port in Settings, then Retry.
    let server = SmtpServer::start(Mode::Plain);
    h.get_by_label("Settings").click();
    settle(&mut h);
    h.get_by_label("Port").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    type_into(&mut h, "Port", &server.port.to_string());
    h.get_by_label("Save email settings").click();
    settle(&mut h);
    assert!(
        toasts(&h).contains("Email settings saved."),
        "{}",
        toasts(&h)
    );
    h.get_by_label("Today").click();
    settle(&mut h);
    h.get_by_label("Retry").click();
    settle(&mut h);
    assert_eq!(server.wait_for(1).len(), 1);
    assert!(h.state().overview().expect("o").deliveries.is_empty());
    assert!(h.query_by_label_contains("Emails not sent").is_none());
}

#[test]
fn settings_refuse_an_unencrypted_remote_server_beside_the_field() {
    let env = Env::new();
    env.setup();
    let mut h = ui_common::harness(&env.db, [1280.0, 1400.0], egui::Theme::Light);
    settle(&mut h);
    h.get_by_label("Settings").click();
    settle(&mut h);
    h.get_by_label("Email sending").click();
    settle(&mut h);
    type_into(&mut h, "SMTP server", "smtp.example.org");
    type_into(&mut h, "From address", "anna@verdi.example");
    h.get_by_label("Security").click();
    h.run();
    h.get_by_label("None (this computer only)").click();
    h.run();
    h.get_by_label("Save email settings").click();
    settle(&mut h);
    assert!(
        h.query_by_label_contains("unencrypted").is_some(),
        "the error is shown beside the settings"
    );
    assert!(
        overdue::actions::mail_settings(&mut overdue::ledger::Ledger::open(&env.db).expect("open"))
            .expect("read")
            .is_none()
    );
}

#[test]
fn without_a_password_nothing_is_recorded() {
    // No keyring in this process's environment, and no password typed.
    let env = ledger(2525);
    let mut h = ui_common::harness(&env.db, [1280.0, 1400.0], egui::Theme::Light);
    settle(&mut h);
    h.get_by_label("Send").click();
    settle(&mut h);
    h.get_by_label("Send it without them").click();
    h.run();
    h.get_by_label("Send the reminder").click();
    settle(&mut h);
    assert!(
        toasts(&h).contains("SMTP password is missing"),
        "{}",
        toasts(&h)
    );
    let o = h.state().overview().expect("o");
    assert_eq!(
        o.letters.len(),
        1,
        "the letter is still due: nothing recorded"
    );
    assert!(o.deliveries.is_empty());
}

#[test]
fn the_email_texts_are_edited_with_a_live_preview() {
    let env = Env::new();
    env.setup();
    let mut h = ui_common::harness(&env.db, [1280.0, 2000.0], egui::Theme::Light);
    settle(&mut h);
    h.get_by_label("Settings").click();
    settle(&mut h);
    // The profile and policy sections fold away to make room.
    h.get_by_label("Business profile").click();
    h.get_by_label("Ladder policy").click();
    settle(&mut h);
    h.get_by_label("Email sending").click();
    settle(&mut h);
    h.get_by_label("Email texts").click();
    settle(&mut h);
    assert!(
        h.query_by_label_contains("As a client reads it").is_some(),
        "the preview of the shipped text"
    );
    assert!(h.query_by_label_contains("Dear Ms Rossi,").is_some());
    // A typo is shown at once, and the text cannot be saved.
    h.get_by_label("Text").focus();
    h.run();
    h.get_by_label("Text").type_text("{{ oops }}");
    settle(&mut h);
    assert!(
        h.query_by_label_contains("undefined").is_some(),
        "the error replaces the preview"
    );
    assert!(h.query_by_label_contains("As a client reads it").is_none());
}

#[test]
fn an_interrupted_email_waits_for_the_user_to_say_what_they_found() {
    if !common::smtp_server_available() {
        return;
    }
    let server = SmtpServer::start(Mode::Plain);
    let env = ledger(server.port);
    let mut cmd = common::command(
        &env.db,
        "2026-11-22",
        &["send", "A-1", "--email", "--without-enclosures"],
    );
    let out = cmd
        .env("OVERDUE_SMTP_PASSWORD", smtp::PASSWORD)
        .output()
        .expect("send");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    server.wait_for(1);
    // As a crash would leave it.
    let conn = rusqlite::Connection::open(&env.db).expect("open");
    conn.execute("UPDATE deliveries SET state = 'sending'", [])
        .expect("simulate a crash");
    drop(conn);
    let mut h = ui_common::harness(&env.db, [1280.0, 1400.0], egui::Theme::Light);
    settle(&mut h);
    give_password(&mut h);
    assert!(h.query_by_label("Emails not sent (1)").is_some());
    assert!(h.query_by_label("Retry").is_none(), "never resent blindly");
    h.get_by_label("Send again").click();
    settle(&mut h);
    assert_eq!(server.wait_for(2).len(), 2);
    assert!(h.state().overview().expect("o").deliveries.is_empty());
}

#[test]
fn send_all_by_email_holds_back_the_letters_that_list_enclosures_until_told() {
    let Some((server, _env, mut h)) = window_with_server() else {
        return;
    };
    h.get_by_label("Send all (1)").click();
    settle(&mut h);
    h.get_by_label_contains("Email each letter to its client")
        .click();
    h.run();
    assert!(
        h.query_by_label_contains("Otherwise they are held back")
            .is_some()
    );
    h.get_by_label("Send 1 letter").click();
    settle(&mut h);
    // The reminder lists a copy of the invoice: held back, unrecorded, and said so.
    assert!(
        toasts(&h).contains("1 held back: it lists enclosures"),
        "{}",
        toasts(&h)
    );
    assert_eq!(
        h.state().overview().expect("o").letters.len(),
        1,
        "still due"
    );
    assert!(server.messages().is_empty());
    // Told to send them without, it emails it.
    h.get_by_label("Send all (1)").click();
    settle(&mut h);
    h.get_by_label("Also email the letters that list enclosures, without them")
        .click();
    h.run();
    h.get_by_label("Send 1 letter").click();
    settle(&mut h);
    assert_eq!(server.wait_for(1).len(), 1);
    assert!(h.state().overview().expect("o").letters.is_empty());
}

#[test]
fn a_statement_of_account_goes_by_email_from_the_window() {
    let Some((server, env, mut h)) = window_with_server() else {
        return;
    };
    h.get_by_label("Clients").click();
    settle(&mut h);
    h.get_by_label("Rossi S.r.l.").click();
    settle(&mut h);
    h.get_by_label("Statement").click();
    settle(&mut h);
    h.get_by_label("Record as sent").click();
    settle(&mut h);
    // The same choice as a stage letter's, without the mail app: email first, with its
    // text as it will go.
    assert!(h.query_by_label("Email it now").is_some());
    assert!(
        h.query_by_label_contains("Open in mail app").is_none(),
        "a statement's draft is not offered"
    );
    assert!(h.query_by_label_contains("estratto conto").is_some());
    assert!(server.messages().is_empty());
    // The text was composed in a transaction rolled back: nothing is recorded yet.
    let recorded = || {
        let mut l = overdue::ledger::Ledger::open(&env.db).expect("open");
        let all = overdue::actions::outbox(&mut l, true).expect("outbox");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("day");
        let rossi = overdue::actions::client_detail(&mut l, "Rossi S.r.l.", day)
            .expect("client")
            .letters
            .len();
        (all.len(), rossi)
    };
    assert_eq!(recorded(), (0, 0));
    h.get_all_by_label("Record as sent")
        .last()
        .expect("the dialog's button")
        .click();
    settle(&mut h);
    let got = server.wait_for(1);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].rcpt_tos, vec!["amministrazione@rossi.example"]);
    assert!(
        toasts(&h).contains("Emailed to Rossi S.r.l."),
        "{}",
        toasts(&h)
    );
    assert_eq!(recorded(), (1, 1), "the statement and its email, once");
}

#[test]
fn a_draft_without_email_settings_asks_for_the_enclosures_too() {
    // No email settings: drafts need none (From is the profile's address).
    let env = Env::new();
    env.setup();
    env.invoice("A-1");
    env.ok(
        "2026-09-01",
        &["profile", "set", "--email", "anna@verdi.example"],
    );
    let mut h = ui_common::harness(&env.db, [1280.0, 1400.0], egui::Theme::Light);
    settle(&mut h);
    h.get_by_label("Send").click();
    settle(&mut h);
    h.get_by_label("Open in mail app (a draft, ready to send)")
        .click();
    h.run();
    assert!(
        h.query_by_label_contains("The letter lists as enclosed: Copia della fattura n. A-1")
            .is_some(),
        "the enclosures are asked for without email settings too"
    );
    h.get_by_label("Send the reminder").click();
    settle(&mut h);
    let drafts = || {
        let mut l = overdue::ledger::Ledger::open(&env.db).expect("open");
        overdue::actions::outbox(&mut l, true).expect("outbox")
    };
    assert!(drafts().is_empty(), "Send waits for the files or the word");
    h.get_by_label("Send it without them").click();
    h.run();
    h.get_by_label("Send the reminder").click();
    settle(&mut h);
    let all = drafts();
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].channel, overdue::domain::delivery::Channel::Draft);
}

#[test]
fn the_send_dialog_keeps_its_question_and_buttons_in_the_smallest_window() {
    // Email set up (no server needed to open the dialog), at 800×500.
    let env = ledger(2525);
    let mut h = ui_common::harness(&env.db, [800.0, 500.0], egui::Theme::Light);
    settle(&mut h);
    h.get_by_label("Send").click();
    settle(&mut h);
    for label in [
        "Send the reminder?",
        "Email it now",
        "Attach files…",
        "Send it without them",
        "Send the reminder",
        "Cancel",
    ] {
        let r = h.get_by_label(label).rect();
        assert!(
            r.min.y >= 0.0 && r.max.y <= 500.0,
            "{label} is in the window: {r:?}"
        );
    }
}
