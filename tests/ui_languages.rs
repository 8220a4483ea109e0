//! Every view of the window in English, Italian, German and French: the labels are the
//! language's own (no message id falls through), every control has an accessible name
//! in that language, and Today and Settings are snapshotted in Italian and German at the
//! smallest supported window (German runs about 30 % longer).

mod ui_common;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use overdue::domain::party::Language;
use overdue::t;
use overdue::ui::App;
use ui_common::{demo_ledger, harness_in, settle};

/// Every control reachable now has a name, and no text is a missing message.
fn check_accessibility(h: &Harness<'static, App>, lang: Language, view: &str) {
    let interactive = [
        Role::Button,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::ComboBox,
        Role::CheckBox,
        Role::Link,
        Role::RadioButton,
        Role::SpinButton,
        Role::Slider,
        Role::DateInput,
    ];
    let mut controls = 0;
    for node in h.root().children_recursive() {
        let n = node.accesskit_node();
        let label = n.label().unwrap_or_default();
        assert!(
            !label.contains("No localization for id") && !label.contains('\u{2068}'),
            "{lang} {view}: {label:?}"
        );
        if interactive.contains(&n.role()) {
            controls += 1;
            let named = !label.trim().is_empty() || n.value().is_some_and(|v| !v.trim().is_empty());
            assert!(named, "{lang} {view}: a {:?} with no name", n.role());
        }
    }
    assert!(controls > 3, "{lang} {view}: only {controls} controls");
}

fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).click();
    settle(h);
}

#[test]
fn every_view_speaks_each_language_with_named_controls() {
    let (_dir, path) = demo_ledger();
    for lang in Language::ALL.iter().copied() {
        // Tall: egui names only what it draws, and the check should see whole views.
        let mut h = harness_in(&path, [1280.0, 3000.0], egui::Theme::Light, lang);
        settle(&mut h);
        // The navigation is in the language (read on this thread, as the window does).
        let (today, invoices, clients, settings) = (
            t!("app-today"),
            t!("app-invoices"),
            t!("app-clients"),
            t!("app-settings"),
        );
        check_accessibility(&h, lang, "today");
        // One row per letter, then the invoices ready to hand over.
        let o = h.state().overview().expect("overview");
        let handovers = o
            .due
            .iter()
            .filter(|r| r.stage == Some(overdue::domain::ladder::Step::Handover))
            .count();
        let due = o.letters.len() + handovers;
        assert!(
            h.query_by_label_contains(&t!("today-due-heading", count = due))
                .is_some(),
            "{lang}: the Today heading"
        );
        click(&mut h, &invoices);
        check_accessibility(&h, lang, "invoices");
        let number = h.state().overview().expect("overview").due[0]
            .invoice
            .clone();
        h.get_by_label(&t!("invoices-search"))
            .set_text_value_accesskit(&number);
        h.run();
        click(&mut h, &number);
        check_accessibility(&h, lang, "invoice");
        click(&mut h, &clients);
        check_accessibility(&h, lang, "clients");
        click(&mut h, &settings);
        // The folded sections opened too: templates, rate tables, backups.
        for heading in [
            t!("settings-templates-heading"),
            t!("settings-rates-heading"),
            t!("settings-backups-heading"),
        ] {
            h.get_by_label(&heading).click();
            settle(&mut h);
        }
        check_accessibility(&h, lang, "settings");
        assert!(
            h.query_by_label(&t!("backups-export-json")).is_some(),
            "{lang}: the last section is open and seen"
        );
        click(&mut h, &today);
        h.get_all_by_label(&t!("today-preview"))
            .next()
            .expect("a preview button")
            .click();
        settle(&mut h);
        check_accessibility(&h, lang, "preview");
    }
}

#[test]
fn amounts_and_dates_in_the_window_follow_its_language() {
    let (_dir, path) = demo_ledger();
    let cases = [
        (Language::It, "22/11/2026", "€ "),
        (Language::De, "22.11.2026", " €"),
        (Language::Fr, "22/11/2026", " €"),
        (Language::En, "22/11/2026", "€"),
    ];
    for (lang, day, euro) in cases {
        let mut h = harness_in(&path, [1280.0, 860.0], egui::Theme::Light, lang);
        settle(&mut h);
        assert!(
            h.query_by_label_contains(day).is_some(),
            "{lang}: the day as {day}"
        );
        let o = h.state().overview().expect("overview");
        let row = o
            .due
            .iter()
            .find(|r| r.currency.code() == "EUR")
            .expect("a EUR row");
        let shown =
            overdue::present::money(row.balance_minor, row.currency, lang).replace('\u{a0}', " ");
        assert!(shown.contains(euro), "{shown}");
        assert!(
            h.query_all_by_label(&shown).next().is_some(),
            "{lang}: the balance as {shown}"
        );
    }
}

#[test]
fn the_language_chosen_in_settings_is_kept_for_the_next_start() {
    let (_dir, path) = demo_ledger();
    let mut h = harness_in(&path, [1280.0, 860.0], egui::Theme::Light, Language::En);
    settle(&mut h);
    click(&mut h, "Settings");
    h.get_by_role_and_label(Role::ComboBox, "Window language")
        .click();
    h.run();
    click(&mut h, "Deutsch");
    assert!(
        h.query_by_label("Einstellungen").is_some(),
        "the window speaks German at once"
    );
    assert_eq!(overdue::ui::i18n::language(), Language::De);
    drop(h);
    // A new window on the same ledger starts in German.
    overdue::ui::i18n::set_language(Language::En);
    let app = App::new(&path, ui_common::today()).expect("app");
    drop(app);
    assert_eq!(overdue::ui::i18n::language(), Language::De);
    let mut ledger = overdue::ledger::Ledger::open(&path).expect("open");
    assert_eq!(
        overdue::actions::ui_language(&mut ledger).expect("read"),
        Some(Language::De)
    );
}

#[test]
fn a_clients_statement_opens_in_the_preview_in_the_clients_language_and_never_climbs_the_ladder() {
    let (_dir, path) = demo_ledger();
    let mut h = harness_in(&path, [1280.0, 860.0], egui::Theme::Light, Language::En);
    settle(&mut h);
    click(&mut h, "Clients");
    click(&mut h, "Julien Richard");
    click(&mut h, "Statement");
    assert!(
        h.query_by_label_contains("Relevé de compte – Julien Richard")
            .is_some(),
        "the statement, in the client's French"
    );
    assert!(
        h.query_by_label_contains("Ancienneté du solde ouvert")
            .is_some()
    );
    assert!(h.query_by_label("Save PDF as…").is_some());
    assert!(
        h.query_by_label("Send").is_none(),
        "a statement is saved, never sent from the ladder"
    );
    check_accessibility(&h, Language::En, "statement");
    // Nothing was recorded: the queue is as it was.
    let due = h.state().overview().expect("overview").due.len();
    click(&mut h, "Cancel");
    assert_eq!(h.state().overview().expect("overview").due.len(), due);
}

#[test]
fn an_italian_window_shows_the_cores_errors_in_italian() {
    let (_dir, path) = demo_ledger();
    let mut h = harness_in(&path, [1280.0, 860.0], egui::Theme::Light, Language::It);
    settle(&mut h);
    let number = h.state().overview().expect("overview").due[0]
        .invoice
        .clone();
    click(&mut h, &t!("app-invoices"));
    h.get_by_label(&t!("invoices-search"))
        .set_text_value_accesskit(&number);
    h.run();
    click(&mut h, &number);
    h.get_by_label(&t!("detail-amount-paid"))
        .set_text_value_accesskit("dodici euro");
    h.run();
    click(&mut h, &t!("detail-record-payment"));
    // The amount is refused by the domain, in the window's language, beside the field.
    let expected = t!("err-money-not-a-number", value = "dodici euro");
    assert!(expected.contains("non è un importo"), "{expected}");
    assert!(
        h.query_by_label_contains(&expected).is_some(),
        "the error in Italian: {expected}"
    );
    // The CLI's thread still speaks English.
    let english = std::thread::spawn(|| t!("err-money-not-a-number", value = "x"))
        .join()
        .expect("thread");
    assert_eq!(english, "'x' is not an amount");
}
