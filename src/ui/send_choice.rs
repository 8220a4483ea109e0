//! The Send dialog's question: how the letter goes (email, the user's mail app, or
//! paper), with the email's text as it will go and the files that go with it. The same
//! question for a stage letter, a statement of account and the letter about interest.

use egui::{RichText, Ui};

use super::mail::Via;
use crate::actions::{self, EmailPreview};
use crate::domain::ladder::Stage;
use crate::t;

/// Which letter a Send dialog is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LetterOf {
    /// The stage letter covering an invoice.
    Stage {
        /// Invoice number.
        invoice: String,
        /// The stage proposed.
        stage: Stage,
    },
    /// A client's statement of account (id or name).
    Statement(String),
    /// The letter about the interest alone on an invoice.
    Interest(String),
}

/// The Send dialog's choice, with what it shows.
#[derive(Clone, Debug)]
pub struct SendChoice {
    /// The letter.
    pub of: LetterOf,
    /// The choice.
    pub via: Via,
    /// The email's text, when the client has an address and email is set up.
    pub preview: Option<EmailPreview>,
    /// What the letter lists under "Enclosures".
    pub enclosures: Vec<String>,
    /// Why email is not offered, when it is not.
    pub no_email: Option<String>,
    /// Files to send with the email or draft.
    pub files: super::attach::Attachments,
    /// The files the email's text was composed with (it names them).
    pub shown: Vec<std::path::PathBuf>,
}

/// How a confirmed Send goes: the choice, and the files with an email or draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SendHow {
    /// Email, draft or paper.
    pub via: Via,
    /// Files to send with it, or the user's word to send without.
    pub extras: super::attach::SendExtras,
}

impl SendChoice {
    /// The choice of how a letter goes, from its preview: email when the client has an
    /// address and email is set up, else paper, with why. `configured`: email settings
    /// exist.
    pub fn from_preview(
        of: LetterOf,
        preview: Result<actions::SendPreview, String>,
        configured: bool,
    ) -> SendChoice {
        let (via, preview, enclosures, no_email) = match preview {
            Ok(actions::SendPreview {
                email: Some(p),
                enclosures,
            }) => (Via::Email, Some(p), enclosures, None),
            Ok(p) if configured => (
                Via::Print,
                None,
                p.enclosures,
                Some(t!("mail-client-no-address")),
            ),
            Ok(p) => (
                Via::Print,
                None,
                p.enclosures,
                Some(t!("mail-not-configured")),
            ),
            Err(e) => (Via::Print, None, Vec::new(), Some(e)),
        };
        SendChoice {
            of,
            via,
            preview,
            enclosures,
            no_email,
            files: Default::default(),
            shown: Vec::new(),
        }
    }

    /// "Open in mail app" is offered: for a stage letter (not a statement, nor the
    /// letter about interest).
    pub fn drafts(&self) -> bool {
        matches!(self.of, LetterOf::Stage { .. })
    }

    /// What the confirmed Send carries.
    pub fn how(&self) -> SendHow {
        SendHow {
            via: self.via,
            extras: match self.via {
                Via::Print => Default::default(),
                Via::Email | Via::Draft => self.files.extras(),
            },
        }
    }

    /// What the letter lists as enclosed.
    pub fn listed(&self) -> &[String] {
        &self.enclosures
    }

    /// Whether Send may be pressed: by email or draft, a letter that lists enclosures
    /// needs its files, or the user's word that it goes without them.
    pub fn ready(&self) -> bool {
        self.via == Via::Print || self.files.ready(self.listed())
    }
}

/// The Send dialog's choice of how the letter goes, and the email's text.
pub fn send_choice_ui(ui: &mut Ui, c: &mut SendChoice) {
    ui.label(RichText::new(t!("mail-how")).strong());
    ui.add_enabled_ui(c.preview.is_some(), |ui| {
        ui.radio_value(&mut c.via, Via::Email, t!("mail-via-email"));
    });
    if let Some(why) = &c.no_email {
        ui.label(RichText::new(why).weak());
    }
    if c.drafts() {
        ui.radio_value(&mut c.via, Via::Draft, t!("mail-via-draft"));
    }
    ui.radio_value(&mut c.via, Via::Print, t!("mail-via-print"));
    if c.via == Via::Print {
        return;
    }
    if let Some(p) = &c.preview {
        ui.add_space(4.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(t!("mail-to", to = p.to.as_str()));
            ui.label(RichText::new(t!("mail-subject", subject = p.subject.as_str())).strong());
            // Less of the text on a small window, so that the files stay in sight.
            let height = (ui.ctx().content_rect().height() - 460.0).clamp(60.0, 160.0);
            egui::ScrollArea::vertical()
                .id_salt("email text")
                .max_height(height)
                .show(ui, |ui| ui.label(&p.body));
        });
    }
    // With or without the text (a draft needs no email settings), the files.
    super::attach::attach_ui(ui, &mut c.files, &c.enclosures);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn preview(enclosures: &[&str], email: bool) -> actions::SendPreview {
        actions::SendPreview {
            email: email.then(|| EmailPreview {
                to: "a@b.example".into(),
                subject: "Sollecito".into(),
                body: "Gentili Signori,".into(),
            }),
            enclosures: enclosures.iter().map(|e| e.to_string()).collect(),
        }
    }

    fn reminder() -> LetterOf {
        LetterOf::Stage {
            invoice: "A-1".into(),
            stage: Stage::Reminder,
        }
    }

    #[test]
    fn email_is_the_default_when_it_can_go_and_paper_says_why_not() {
        let c = SendChoice::from_preview(reminder(), Ok(preview(&[], true)), true);
        assert_eq!(c.via, Via::Email);
        assert!(c.drafts());
        let c = SendChoice::from_preview(reminder(), Ok(preview(&["Copia"], false)), false);
        assert_eq!(c.via, Via::Print);
        assert_eq!(c.listed(), ["Copia".to_string()], "known without email too");
        assert!(c.no_email.is_some());
        let c =
            SendChoice::from_preview(LetterOf::Statement("Rossi".into()), Err("x".into()), true);
        assert!(!c.drafts(), "a statement has no draft");
        assert_eq!(c.no_email.as_deref(), Some("x"));
    }

    #[test]
    fn a_letter_listing_enclosures_waits_by_email_or_draft_and_paper_drops_the_files() {
        let mut c = SendChoice::from_preview(reminder(), Ok(preview(&["Copia"], true)), true);
        assert!(!c.ready(), "email: the files, or the user's word");
        c.via = Via::Draft;
        assert!(!c.ready(), "a draft too");
        c.via = Via::Print;
        assert!(c.ready(), "on paper the user encloses them");
        c.files.without_enclosures = true;
        c.via = Via::Email;
        assert!(c.ready());
        assert!(c.how().extras.without_enclosures);
        c.via = Via::Print;
        assert_eq!(c.how().extras, Default::default(), "paper carries nothing");
    }
}
