//! Files sent with a letter's email or draft, in the Send dialog: what the letter lists
//! as enclosed, the files picked (or dropped on the window), and the user's word when
//! the letter goes without them. A file is checked as it is added (it can be read, it is
//! not empty, it is not too heavy for a mail server), and read again when the letter is
//! sent, through the same action as the CLI's `--attach`.

use egui::{RichText, Ui};
use std::path::PathBuf;

use crate::domain::delivery::enclosures_covered;
use crate::t;

/// A file picked to go with the letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttachedFile {
    /// Where it is.
    pub path: PathBuf,
    /// The name the client sees (ASCII).
    pub name: String,
    /// Its size.
    pub bytes: usize,
}

/// What goes with a Send besides the letter, as the user chose it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SendExtras {
    /// The files, in order.
    pub files: Vec<PathBuf>,
    /// The letter may go without the enclosures it lists.
    pub without_enclosures: bool,
}

/// The Send dialog's files.
#[derive(Clone, Debug, Default)]
pub struct Attachments {
    /// Picked so far.
    pub files: Vec<AttachedFile>,
    /// The user ticked "Send it without them".
    pub without_enclosures: bool,
    /// Why the last file could not be added.
    pub error: Option<String>,
}

impl Attachments {
    /// Adds files, each checked; one that fails is named in `error` and left out.
    pub fn add(&mut self, paths: Vec<PathBuf>) {
        for path in paths {
            if self.files.iter().any(|f| f.path == path) {
                continue;
            }
            // Checked as the letter will check them: each, and all together.
            let mut all: Vec<PathBuf> = self.files.iter().map(|f| f.path.clone()).collect();
            all.push(path.clone());
            match crate::actions::read_enclosures(&all) {
                Ok(mut read) => {
                    let Some(f) = read.pop() else { continue };
                    self.files.push(AttachedFile {
                        path,
                        name: f.name,
                        bytes: f.bytes.len(),
                    });
                    self.error = None;
                }
                Err(e) => self.error = Some(e.to_string()),
            }
        }
    }

    /// Whether the letter may go ([`enclosures_covered`]).
    pub fn ready(&self, listed: &[String]) -> bool {
        enclosures_covered(listed, self.files.len(), self.without_enclosures)
    }

    /// What the Send command carries.
    pub fn extras(&self) -> SendExtras {
        SendExtras {
            files: self.files.iter().map(|f| f.path.clone()).collect(),
            without_enclosures: self.without_enclosures && self.files.is_empty(),
        }
    }
}

/// A size in words: "820 KB", "2.4 MB".
fn size(bytes: usize) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        crate::actions::mib(bytes)
    }
}

/// The files part of the Send dialog, for an email or a draft. `listed` is what the
/// letter lists under "Enclosures".
pub fn attach_ui(ui: &mut Ui, a: &mut Attachments, listed: &[String]) {
    let dropped: Vec<PathBuf> = ui.ctx().input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .collect()
    });
    if !dropped.is_empty() {
        a.add(dropped);
    }
    ui.add_space(4.0);
    if !listed.is_empty() {
        ui.label(
            RichText::new(t!("mail-enclosures-listed", enclosures = listed.join("; "))).strong(),
        );
    }
    let mut remove = None;
    for (i, f) in a.files.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(format!("{} ({})", f.name, size(f.bytes)))
                .on_hover_text(f.path.display().to_string());
            if ui
                .small_button(t!("mail-attach-remove"))
                .on_hover_text(f.path.display().to_string())
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        a.files.remove(i);
    }
    ui.horizontal(|ui| {
        if ui.button(t!("mail-attach-files")).clicked()
            && let Some(paths) = rfd::FileDialog::new().pick_files()
        {
            a.add(paths);
        }
        ui.label(RichText::new(t!("mail-attach-drop")).weak());
    });
    if !listed.is_empty() && a.files.is_empty() {
        ui.checkbox(&mut a.without_enclosures, t!("mail-without-enclosures"));
        if !a.without_enclosures {
            ui.colored_label(ui.visuals().warn_fg_color, t!("mail-enclosures-needed"));
        }
    }
    if let Some(e) = &a.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_listing_enclosures_waits_for_files_or_the_users_word() {
        let dir = tempfile::tempdir().expect("temp dir");
        let listed = vec!["Copy of invoice 2026/017".to_string()];
        let mut a = Attachments::default();
        assert!(a.ready(&[]));
        assert!(!a.ready(&listed));
        a.without_enclosures = true;
        assert!(a.ready(&listed));
        assert!(a.extras().without_enclosures);
        let file = dir.path().join("Fattura 2026-017.pdf");
        std::fs::write(&file, b"%PDF-1.4 copy").expect("write");
        a.add(vec![file.clone(), file.clone()]);
        assert_eq!(a.files.len(), 1, "the same file is added once");
        assert_eq!(a.files[0].name, "Fattura_2026-017.pdf");
        // With a file, the word is not needed and not carried.
        assert_eq!(
            a.extras(),
            SendExtras {
                files: vec![file],
                without_enclosures: false
            }
        );
        let empty = dir.path().join("empty.pdf");
        std::fs::write(&empty, b"").expect("write");
        a.add(vec![empty]);
        assert_eq!(a.files.len(), 1);
        assert!(a.error.as_deref().unwrap_or_default().contains("empty.pdf"));
    }
}
