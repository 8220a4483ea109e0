//! Settings: the business profile with its logo, the ladder policy, the template editor
//! with live validation and preview, the rate tables with their staleness, and where
//! the data lives.

use egui::{RichText, Ui};

use crate::actions::template_preview;
use crate::domain::ladder::Stage;
use crate::domain::party::Language;
use crate::t;

use super::app::{SettingsState, TemplateEditor};
use super::command::Command;
use super::forms::ProfileForm;
use super::widgets;

/// The paper sizes.
pub fn papers() -> [(&'static str, String); 2] {
    [
        ("a4", t!("settings-paper-a4")),
        ("letter", t!("settings-paper-letter")),
    ]
}

/// How demands are sent (the line above the address from the formal letter on).
pub fn sending_choices() -> [(&'static str, String); 3] {
    [
        ("post", t!("settings-sending-post")),
        ("registered", t!("settings-sending-registered")),
        ("pec", t!("settings-sending-pec")),
    ]
}

/// The one step after the legal warning.
pub fn next_steps() -> [(&'static str, String); 4] {
    [
        ("small_claims", t!("settings-next-small-claims")),
        ("payment_order", t!("settings-next-payment-order")),
        ("collection_agency", t!("settings-next-collection-agency")),
        ("lawyer", t!("settings-next-lawyer")),
    ]
}

/// The form of the business profile (first run and settings).
pub fn profile_form_ui(ui: &mut Ui, f: &mut ProfileForm) {
    let e = f.errors.clone();
    egui::Grid::new("profile form")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            widgets::text_row(ui, &t!("settings-business-name"), &mut f.name, &e, "name");
            widgets::multiline_row(ui, &t!("settings-address"), &mut f.address, &e, "address");
            widgets::text_row(ui, &t!("settings-town"), &mut f.city, &e, "city");
            widgets::text_row(ui, &t!("settings-country"), &mut f.country, &e, "country");
            widgets::text_row(ui, &t!("settings-vat"), &mut f.vat, &e, "vat");
            widgets::text_row(ui, &t!("settings-iban"), &mut f.iban, &e, "iban");
            widgets::text_row(ui, &t!("settings-bic"), &mut f.bic, &e, "bic");
            widgets::text_row(
                ui,
                &t!("settings-sort-code"),
                &mut f.sort_code,
                &e,
                "sort code",
            );
            widgets::text_row(
                ui,
                &t!("settings-account-number"),
                &mut f.account_number,
                &e,
                "account number",
            );
            widgets::text_row(ui, &t!("settings-email"), &mut f.email, &e, "email");
            widgets::text_row(ui, &t!("settings-phone"), &mut f.phone, &e, "phone");
            widgets::text_row(
                ui,
                &t!("settings-signatory"),
                &mut f.signatory,
                &e,
                "signatory",
            );
            widgets::choice_row(
                ui,
                &t!("settings-letter-language"),
                &mut f.language,
                &super::clients::languages(),
                &e,
                "language",
            );
            widgets::text_row(
                ui,
                &t!("settings-currency"),
                &mut f.currency,
                &e,
                "currency",
            );
            widgets::choice_row(
                ui,
                &t!("settings-paper"),
                &mut f.paper,
                &papers(),
                &e,
                "paper",
            );
            widgets::choice_row(
                ui,
                &t!("settings-sending"),
                &mut f.sending,
                &sending_choices(),
                &e,
                "sending",
            );
            widgets::choice_row(
                ui,
                &t!("settings-next-step"),
                &mut f.next_step,
                &next_steps(),
                &e,
                "next step",
            );
        });
    if let Some(t) = e.get("form") {
        widgets::error_label(ui, t);
    }
    follow_country(f);
}

/// A new country brings its letter language, currency and next step, unless the user chose others
/// (a field still on the previous country's default follows; one changed by hand stays).
/// Typing "GB" over "IT" passes through invalid codes; the last valid one is remembered.
pub fn follow_country(f: &mut ProfileForm) {
    use crate::domain::party::Country;
    let Ok(new) = f.country.trim().parse::<Country>() else {
        return;
    };
    let old = f.follows.trim().parse::<Country>().ok();
    f.follows = new.to_string();
    let Some(old) = old.filter(|o| *o != new) else {
        return;
    };
    if f.language.trim() == old.default_language().to_string() {
        f.language = new.default_language().to_string();
    }
    if f.currency
        .trim()
        .eq_ignore_ascii_case(old.default_currency().code())
    {
        f.currency = new.default_currency().to_string();
    }
    if f.next_step.trim() == old.default_next_step().as_str() {
        f.next_step = new.default_next_step().to_string();
    }
}

/// The window's language, first in Settings: it changes every label at once.
fn window_language_ui(ui: &mut Ui, cmds: &mut Vec<Command>) {
    let now = super::i18n::language();
    let name = |l: Language| match l {
        Language::En => t!("lang-en"),
        Language::It => t!("lang-it"),
        Language::De => t!("lang-de"),
        Language::Fr => t!("lang-fr"),
    };
    ui.horizontal(|ui| {
        let label = t!("settings-window-language");
        ui.label(&label);
        let mut chosen = now;
        egui::ComboBox::from_id_salt("window language")
            .selected_text(name(now))
            .show_ui(ui, |ui| {
                for l in Language::ALL {
                    ui.selectable_value(&mut chosen, *l, name(*l));
                }
            })
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
        if chosen != now {
            cmds.push(Command::SetLanguage(chosen));
        }
    });
}

/// Draws the settings view.
pub fn settings_ui(
    ui: &mut Ui,
    s: &mut SettingsState,
    ledger: &std::path::Path,
    cmds: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical()
        .id_salt("settings scroll")
        .show(ui, |ui| {
            window_language_ui(ui, cmds);
            ui.add_space(4.0);
            egui::CollapsingHeader::new(t!("settings-profile-heading"))
                .id_salt("business profile")
                .default_open(true)
                .show(ui, |ui| {
                    profile_form_ui(ui, &mut s.profile);
                    ui.horizontal(|ui| {
                        if ui.button(t!("settings-save-profile")).clicked() {
                            cmds.push(Command::SaveProfile(s.profile.clone()));
                        }
                        ui.separator();
                        ui.label(if s.has_logo {
                            t!("settings-logo-set")
                        } else {
                            t!("settings-no-logo")
                        });
                        if ui.button(t!("settings-choose-logo")).clicked() {
                            cmds.push(Command::PickLogo);
                        }
                        if s.has_logo && ui.button(t!("settings-remove-logo")).clicked() {
                            cmds.push(Command::RemoveLogo);
                        }
                    });
                });
            egui::CollapsingHeader::new(t!("settings-policy-heading"))
                .id_salt("ladder policy")
                .default_open(true)
                .show(ui, |ui| policy_ui(ui, s, cmds));
            egui::CollapsingHeader::new(t!("settings-email-heading"))
                .id_salt("email settings")
                .default_open(false)
                .show(ui, |ui| {
                    super::mail::email_settings_ui(ui, &mut s.mail, cmds)
                });
            egui::CollapsingHeader::new(t!("settings-templates-heading"))
                .id_salt("letter templates")
                .default_open(false)
                .show(ui, |ui| editor_ui(ui, &mut s.editor, cmds));
            egui::CollapsingHeader::new(t!("settings-rates-heading"))
                .id_salt("interest rate tables")
                .default_open(false)
                .show(ui, |ui| {
                    super::rates::rates_ui(ui, s.rates.as_ref(), &mut s.rate_form, cmds)
                });
            egui::CollapsingHeader::new(t!("settings-backups-heading"))
                .id_salt("backups")
                .default_open(false)
                .show(ui, |ui| {
                    super::backups::backups_ui(ui, &mut s.backups, cmds)
                });
            egui::CollapsingHeader::new(t!("settings-data-heading"))
                .id_salt("data location")
                .default_open(true)
                .show(ui, |ui| {
                    ui.label(t!(
                        "settings-ledger-path",
                        path = ledger.display().to_string()
                    ));
                    if let Some(dir) = ledger.parent() {
                        ui.label(t!(
                            "settings-templates-path",
                            path = dir.join("templates").display().to_string()
                        ));
                        ui.label(t!(
                            "settings-rates-path",
                            path = dir.join("rates").display().to_string()
                        ));
                        ui.label(t!(
                            "settings-letters-path",
                            path = dir.join("letters").display().to_string()
                        ));
                    }
                    ui.label(RichText::new(t!("settings-data-stays")).weak());
                });
        });
}

fn policy_ui(ui: &mut Ui, s: &mut SettingsState, cmds: &mut Vec<Command>) {
    let f = &mut s.policy;
    let e = f.errors.clone();
    egui::Grid::new("policy grid")
        .num_columns(4)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            ui.strong(t!("settings-col-stage"));
            ui.strong(t!("settings-col-earliest"));
            ui.strong(t!("settings-col-deadline"));
            ui.label("");
            ui.end_row();
            for (i, stage) in Stage::ALL.iter().enumerate() {
                let l = ui.label(stage.name());
                ui.add(egui::TextEdit::singleline(&mut f.earliest[i]).desired_width(60.0))
                    .labelled_by(l.id)
                    .on_hover_text(t!("settings-earliest-hint"));
                ui.add(egui::TextEdit::singleline(&mut f.deadline[i]).desired_width(60.0))
                    .labelled_by(l.id);
                let err = e
                    .get(&format!("earliest {stage}"))
                    .or_else(|| e.get(&format!("deadline {stage}")));
                widgets::error_label(ui, err.cloned().unwrap_or_default());
                ui.end_row();
            }
        });
    egui::Grid::new("policy more")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            widgets::text_row(
                ui,
                &t!("settings-consumer-deadline"),
                &mut f.consumer_deadline,
                &e,
                "consumer deadline",
            );
            widgets::text_row(
                ui,
                &t!("settings-min-balance"),
                &mut f.min_balance,
                &e,
                "min balance",
            );
            let stages: Vec<(&str, String)> =
                Stage::ALL.iter().map(|s| (s.as_str(), s.name())).collect();
            widgets::choice_row(
                ui,
                &t!("settings-claim-from"),
                &mut f.claim_from,
                &stages,
                &e,
                "claim from",
            );
        });
    if let Some(t) = e.get("policy") {
        widgets::error_label(ui, t);
    }
    ui.label(RichText::new(t!("settings-next-step-note")).small().weak());
    if ui.button(t!("settings-save-policy")).clicked() {
        cmds.push(Command::SavePolicy(s.policy.clone()));
    }
}

/// A template editor's language: the caption before its box, as in the forms; the box
/// is labelled by it.
pub fn template_language_ui(ui: &mut Ui, id_salt: &str, lang: &mut Language) {
    let l = ui.label(t!("settings-template-language"));
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(lang.to_string())
        .show_ui(ui, |ui| {
            for l in Language::ALL {
                ui.selectable_value(lang, *l, l.to_string());
            }
        })
        .response
        .labelled_by(l.id);
}

/// "Your copy" or "Shipped template", beside a template editor's choice.
pub fn copy_origin_ui(ui: &mut Ui, user_copy: bool) {
    ui.label(
        RichText::new(if user_copy {
            t!("settings-your-copy")
        } else {
            t!("settings-shipped-template")
        })
        .weak(),
    );
}

fn editor_ui(ui: &mut Ui, ed: &mut TemplateEditor, cmds: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let mut lang = ed.lang;
        let mut stage = ed.stage;
        template_language_ui(ui, "template language", &mut lang);
        let l = ui.label(t!("settings-template-stage"));
        egui::ComboBox::from_id_salt("template stage")
            .selected_text(stage.name())
            .show_ui(ui, |ui| {
                for s in Stage::ALL {
                    ui.selectable_value(&mut stage, *s, s.name());
                }
            })
            .response
            .labelled_by(l.id);
        if lang != ed.lang || stage != ed.stage {
            cmds.push(Command::EditTemplate { lang, stage });
        }
        copy_origin_ui(ui, ed.user_copy);
    });
    // Live validation: the text is checked, and the sample letter composed, when it changes.
    if ed.checked.as_ref().is_none_or(|(t, _)| *t != ed.text) {
        let result = template_preview(ed.lang, ed.stage, &ed.text).map_err(|e| e.to_string());
        ed.checked = Some((ed.text.clone(), result));
    }
    let ok = matches!(&ed.checked, Some((_, Ok(_))));
    // The editor and its preview use the height the window has (300 to 1,000 points).
    let room = (ui.ctx().content_rect().height() - 260.0).clamp(300.0, 1000.0);
    ui.columns(2, |cols| {
        let l = cols[0].label(t!("settings-template-text"));
        egui::ScrollArea::vertical()
            .id_salt("template text")
            .max_height(room - 60.0)
            .show(&mut cols[0], |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut ed.text)
                        .code_editor()
                        .desired_rows(((room - 60.0) / 16.0) as usize)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            });
        match &ed.checked {
            Some((_, Err(e))) => {
                widgets::error_label(&mut cols[0], e);
            }
            _ => {
                cols[0].label(RichText::new(t!("settings-template-ok")).weak());
            }
        }
        if let Some(e) = &ed.save_error {
            cols[0].label(
                RichText::new(t!("settings-not-saved", error = e.as_str())).color(widgets::ERROR),
            );
        }
        cols[0].horizontal(|ui| {
            if ui
                .add_enabled(ok, egui::Button::new(t!("settings-save-template")))
                .clicked()
            {
                cmds.push(Command::SaveTemplate {
                    lang: ed.lang,
                    stage: ed.stage,
                    text: ed.text.clone(),
                });
            }
            if ui.button(t!("settings-reset-template")).clicked() {
                cmds.push(Command::ResetTemplate {
                    lang: ed.lang,
                    stage: ed.stage,
                });
            }
        });
        egui::ScrollArea::vertical()
            .id_salt("template preview")
            .max_height(room)
            .show(&mut cols[1], |ui| {
                if let Some((_, Ok(model))) = &ed.checked {
                    super::preview::letter_ui(ui, model);
                } else {
                    ui.label(t!("settings-preview-waits"));
                }
            });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_brings_its_language_and_currency_unless_chosen_by_hand() {
        let mut f = ProfileForm::new();
        assert_eq!((f.language.as_str(), f.currency.as_str()), ("it", "EUR"));
        // Typed over, letter by letter: "" and "G" are no country yet.
        for typed in ["", "G", "GB"] {
            f.country = typed.into();
            follow_country(&mut f);
        }
        assert_eq!((f.language.as_str(), f.currency.as_str()), ("en", "GBP"));
        // Italy's payment order becomes the UK's small-claims track.
        assert_eq!(f.next_step, "small_claims");
        // A language chosen by hand stays when the country changes again.
        f.language = "fr".into();
        f.country = "DE".into();
        follow_country(&mut f);
        assert_eq!((f.language.as_str(), f.currency.as_str()), ("fr", "EUR"));
        assert_eq!(f.next_step, "payment_order");
    }

    #[test]
    fn a_first_run_form_follows_the_system_country() {
        let de = ProfileForm::for_country("DE");
        assert_eq!(
            (
                de.language.as_str(),
                de.currency.as_str(),
                de.next_step.as_str()
            ),
            ("de", "EUR", "payment_order")
        );
        let us = ProfileForm::for_country("US");
        assert_eq!((us.currency.as_str(), us.paper.as_str()), ("USD", "letter"));
        assert_eq!(ProfileForm::for_country("??").country, "IT");
    }
}
