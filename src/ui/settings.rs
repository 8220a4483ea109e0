//! Settings: the business profile with its logo, the ladder policy, the template editor
//! with live validation and preview, the rate tables with their staleness, and where
//! the data lives.

use egui::{RichText, Ui};

use crate::actions::template_preview;
use crate::domain::ladder::Stage;
use crate::domain::party::Language;

use super::app::{SettingsState, TemplateEditor};
use super::command::Command;
use super::forms::ProfileForm;
use super::widgets;

/// The paper sizes.
pub const PAPERS: [(&str, &str); 2] = [("a4", "A4"), ("letter", "US Letter")];

/// How demands are sent (the line above the address from the formal letter on).
pub const SENDING: [(&str, &str); 3] = [
    ("post", "Post or email"),
    ("registered", "Registered post (raccomandata A/R, LRAR)"),
    ("pec", "PEC (Italian certified email)"),
];

/// The one step after the legal warning.
pub const NEXT_STEPS: [(&str, &str); 4] = [
    ("small_claims", "Small claims court"),
    ("payment_order", "Payment order"),
    ("collection_agency", "Collection agency"),
    ("lawyer", "A lawyer"),
];

/// The form of the business profile (first run and settings).
pub fn profile_form_ui(ui: &mut Ui, f: &mut ProfileForm) {
    let e = f.errors.clone();
    egui::Grid::new("profile form")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            widgets::text_row(ui, "Business name", &mut f.name, &e, "name");
            widgets::multiline_row(ui, "Address", &mut f.address, &e, "address");
            widgets::text_row(ui, "Town letters are dated from", &mut f.city, &e, "city");
            widgets::text_row(ui, "Country (ISO code)", &mut f.country, &e, "country");
            widgets::text_row(ui, "VAT id", &mut f.vat, &e, "vat");
            widgets::text_row(ui, "IBAN", &mut f.iban, &e, "iban");
            widgets::text_row(ui, "BIC (for payers abroad)", &mut f.bic, &e, "bic");
            widgets::text_row(ui, "UK sort code", &mut f.sort_code, &e, "sort code");
            widgets::text_row(
                ui,
                "UK account number",
                &mut f.account_number,
                &e,
                "account number",
            );
            widgets::text_row(ui, "Email", &mut f.email, &e, "email");
            widgets::text_row(ui, "Phone", &mut f.phone, &e, "phone");
            widgets::text_row(ui, "Signatory", &mut f.signatory, &e, "signatory");
            widgets::choice_row(
                ui,
                "Letter language",
                &mut f.language,
                &super::clients::LANGUAGES,
                &e,
                "language",
            );
            widgets::text_row(ui, "Currency", &mut f.currency, &e, "currency");
            widgets::choice_row(ui, "Paper", &mut f.paper, &PAPERS, &e, "paper");
            widgets::choice_row(
                ui,
                "Demands are sent by",
                &mut f.sending,
                &SENDING,
                &e,
                "sending",
            );
            widgets::choice_row(
                ui,
                "Step after the legal warning",
                &mut f.next_step,
                &NEXT_STEPS,
                &e,
                "next step",
            );
        });
    if let Some(t) = e.get("form") {
        ui.label(RichText::new(t).color(widgets::ERROR));
    }
    follow_country(f);
}

/// A new country brings its letter language and currency, unless the user chose others
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
            egui::CollapsingHeader::new("Business profile")
                .default_open(true)
                .show(ui, |ui| {
                    profile_form_ui(ui, &mut s.profile);
                    ui.horizontal(|ui| {
                        if ui.button("Save profile").clicked() {
                            cmds.push(Command::SaveProfile(s.profile.clone()));
                        }
                        ui.separator();
                        ui.label(if s.has_logo {
                            "A logo is set."
                        } else {
                            "No logo."
                        });
                        if ui.button("Choose logo…").clicked() {
                            cmds.push(Command::PickLogo);
                        }
                        if s.has_logo && ui.button("Remove logo").clicked() {
                            cmds.push(Command::RemoveLogo);
                        }
                    });
                });
            egui::CollapsingHeader::new("Ladder policy")
                .default_open(true)
                .show(ui, |ui| policy_ui(ui, s, cmds));
            egui::CollapsingHeader::new("Letter templates")
                .default_open(false)
                .show(ui, |ui| editor_ui(ui, &mut s.editor, cmds));
            egui::CollapsingHeader::new("Interest rate tables")
                .default_open(false)
                .show(ui, |ui| {
                    super::rates::rates_ui(ui, s.rates.as_ref(), &mut s.rate_form, cmds)
                });
            egui::CollapsingHeader::new("Backups")
                .default_open(false)
                .show(ui, |ui| {
                    super::backups::backups_ui(ui, &mut s.backups, cmds)
                });
            egui::CollapsingHeader::new("Data location")
                .default_open(true)
                .show(ui, |ui| {
                    ui.label(format!("Ledger: {}", ledger.display()));
                    if let Some(dir) = ledger.parent() {
                        ui.label(format!(
                            "Your templates: {}",
                            dir.join("templates").display()
                        ));
                        ui.label(format!("Your rate tables: {}", dir.join("rates").display()));
                        ui.label(format!("Batch letters: {}", dir.join("letters").display()));
                    }
                    ui.label(RichText::new("Everything stays on this machine.").weak());
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
            ui.strong("Stage");
            ui.strong("Earliest (days after due)");
            ui.strong("Deadline it gives (days)");
            ui.label("");
            ui.end_row();
            for (i, stage) in Stage::ALL.iter().enumerate() {
                let l = ui.label(stage.title());
                ui.add(egui::TextEdit::singleline(&mut f.earliest[i]).desired_width(60.0))
                    .labelled_by(l.id)
                    .on_hover_text("earliest day");
                ui.add(egui::TextEdit::singleline(&mut f.deadline[i]).desired_width(60.0))
                    .labelled_by(l.id);
                let err = e
                    .get(&format!("earliest {stage}"))
                    .or_else(|| e.get(&format!("deadline {stage}")));
                ui.label(RichText::new(err.cloned().unwrap_or_default()).color(widgets::ERROR));
                ui.end_row();
            }
        });
    egui::Grid::new("policy more")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            widgets::text_row(
                ui,
                "Legal warning deadline for consumers (days)",
                &mut f.consumer_deadline,
                &e,
                "consumer deadline",
            );
            widgets::text_row(
                ui,
                "Minimum balance worth chasing",
                &mut f.min_balance,
                &e,
                "min balance",
            );
            let stages: Vec<(&str, &str)> =
                Stage::ALL.iter().map(|s| (s.as_str(), s.title())).collect();
            widgets::choice_row(
                ui,
                "Claim interest from",
                &mut f.claim_from,
                &stages,
                &e,
                "claim from",
            );
        });
    if let Some(t) = e.get("policy") {
        ui.label(RichText::new(t).color(widgets::ERROR));
    }
    ui.label(
        RichText::new("The step after the legal warning is set in the profile above.")
            .small()
            .weak(),
    );
    if ui.button("Save policy").clicked() {
        cmds.push(Command::SavePolicy(s.policy.clone()));
    }
}

fn editor_ui(ui: &mut Ui, ed: &mut TemplateEditor, cmds: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let mut lang = ed.lang;
        let mut stage = ed.stage;
        // The caption before its box, as in the forms; the box is labelled by it.
        let l = ui.label("Template language");
        egui::ComboBox::from_id_salt("template language")
            .selected_text(lang.to_string())
            .show_ui(ui, |ui| {
                for l in Language::ALL {
                    ui.selectable_value(&mut lang, *l, l.to_string());
                }
            })
            .response
            .labelled_by(l.id);
        let l = ui.label("Template stage");
        egui::ComboBox::from_id_salt("template stage")
            .selected_text(stage.title())
            .show_ui(ui, |ui| {
                for s in Stage::ALL {
                    ui.selectable_value(&mut stage, *s, s.title());
                }
            })
            .response
            .labelled_by(l.id);
        if lang != ed.lang || stage != ed.stage {
            cmds.push(Command::EditTemplate { lang, stage });
        }
        ui.label(
            RichText::new(if ed.user_copy {
                "your copy"
            } else {
                "shipped template"
            })
            .weak(),
        );
    });
    // Live validation: the text is checked, and the sample letter composed, when it changes.
    if ed.checked.as_ref().is_none_or(|(t, _)| *t != ed.text) {
        let result = template_preview(ed.lang, ed.stage, &ed.text).map_err(|e| e.to_string());
        ed.checked = Some((ed.text.clone(), result));
    }
    let ok = matches!(&ed.checked, Some((_, Ok(_))));
    ui.columns(2, |cols| {
        let l = cols[0].label("Template text");
        egui::ScrollArea::vertical()
            .id_salt("template text")
            .max_height(460.0)
            .show(&mut cols[0], |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut ed.text)
                        .code_editor()
                        .desired_rows(22)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            });
        match &ed.checked {
            Some((_, Err(e))) => {
                cols[0].label(RichText::new(e).color(widgets::ERROR));
            }
            _ => {
                cols[0].label(RichText::new("The template checks out.").weak());
            }
        }
        if let Some(e) = &ed.save_error {
            cols[0].label(RichText::new(format!("Not saved: {e}")).color(widgets::ERROR));
        }
        cols[0].horizontal(|ui| {
            if ui
                .add_enabled(ok, egui::Button::new("Save template"))
                .clicked()
            {
                cmds.push(Command::SaveTemplate {
                    lang: ed.lang,
                    stage: ed.stage,
                    text: ed.text.clone(),
                });
            }
            if ui.button("Back to the shipped template").clicked() {
                cmds.push(Command::ResetTemplate {
                    lang: ed.lang,
                    stage: ed.stage,
                });
            }
        });
        egui::ScrollArea::vertical()
            .id_salt("template preview")
            .max_height(520.0)
            .show(&mut cols[1], |ui| {
                if let Some((_, Ok(model))) = &ed.checked {
                    super::preview::letter_ui(ui, model);
                } else {
                    ui.label("The preview appears when the template checks out.");
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
        // A language chosen by hand stays when the country changes again.
        f.language = "fr".into();
        f.country = "DE".into();
        follow_country(&mut f);
        assert_eq!((f.language.as_str(), f.currency.as_str()), ("fr", "EUR"));
    }
}
