//! The short text of the email a letter travels in: one minijinja template per language
//! and letter kind, shipped in `assets/email/` and replaced by a user's file at
//! `<data dir>/templates/<lang>/email_<kind>.jinja`. Checked like the letters' templates:
//! undefined variables are errors, and a template is rendered with sample facts when it
//! is loaded or saved, so a typo is reported, with its line, before any email goes.

use serde::Serialize;
use std::path::{Path, PathBuf};

use super::templates::TemplateError;
use crate::domain::ladder::Stage;
use crate::domain::party::Language;

/// Which letter the email carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmailKind {
    /// A ladder stage's letter.
    Stage(Stage),
    /// A statement of account.
    Statement,
    /// A letter about the interest alone.
    Interest,
}

impl EmailKind {
    /// Every kind, in the ladder's order.
    pub const ALL: [EmailKind; 6] = [
        EmailKind::Stage(Stage::Reminder),
        EmailKind::Stage(Stage::FormalLetter),
        EmailKind::Stage(Stage::SevenDayNotice),
        EmailKind::Stage(Stage::LegalWarning),
        EmailKind::Statement,
        EmailKind::Interest,
    ];

    /// The kind's name in file names.
    pub fn as_str(self) -> &'static str {
        match self {
            EmailKind::Stage(s) => s.as_str(),
            EmailKind::Statement => "statement",
            EmailKind::Interest => "interest",
        }
    }
}

/// What an email's text may say.
#[derive(Clone, Debug, Serialize)]
pub struct EmailFacts {
    /// "Dear Ms Rossi,".
    pub salutation: String,
    /// The letter's closing for this reader: "Yours faithfully," to an unnamed reader,
    /// "Yours sincerely," to a named one (the email's templates may use their own).
    pub closing: String,
    /// The client's name.
    pub client: String,
    /// The business's name, under the signatory's (empty when the business signs
    /// with its own name).
    pub sender: String,
    /// Who signs (the signatory, else the business).
    pub signatory: String,
    /// The letter's subject.
    pub subject: String,
    /// The invoices' numbers.
    pub invoices: Vec<String>,
    /// The numbers, joined for reading.
    pub reference: String,
    /// What the letter asks for, written out ("€ 2.550,00"); empty when it asks nothing.
    pub total: String,
    /// The deadline, written out; empty when it gives none.
    pub deadline: String,
    /// The attached PDF's file name.
    pub attachment: String,
    /// The names of the files sent with the letter (a copy of the invoice), if any.
    pub files: Vec<String>,
}

/// `it/email_reminder`.
fn template_name(lang: Language, kind: EmailKind) -> String {
    format!("{}/email_{}", lang.as_str(), kind.as_str())
}

/// The shipped text.
pub fn embedded_source(lang: Language, kind: EmailKind) -> &'static str {
    macro_rules! table {
        ($($l:ident => $dir:literal),+ $(,)?) => {
            match (lang, kind) {
                $(
                (Language::$l, EmailKind::Stage(Stage::Reminder)) => include_str!(concat!("../../assets/email/", $dir, "/reminder.jinja")),
                (Language::$l, EmailKind::Stage(Stage::FormalLetter)) => include_str!(concat!("../../assets/email/", $dir, "/formal_letter.jinja")),
                (Language::$l, EmailKind::Stage(Stage::SevenDayNotice)) => include_str!(concat!("../../assets/email/", $dir, "/seven_day_notice.jinja")),
                (Language::$l, EmailKind::Stage(Stage::LegalWarning)) => include_str!(concat!("../../assets/email/", $dir, "/legal_warning.jinja")),
                (Language::$l, EmailKind::Statement) => include_str!(concat!("../../assets/email/", $dir, "/statement.jinja")),
                (Language::$l, EmailKind::Interest) => include_str!(concat!("../../assets/email/", $dir, "/interest.jinja")),
                )+
            }
        };
    }
    table!(En => "en", It => "it", De => "de", Fr => "fr")
}

/// Where a user's copy lives, under the data dir.
pub fn user_path(data_dir: &Path, lang: Language, kind: EmailKind) -> PathBuf {
    data_dir
        .join("templates")
        .join(lang.as_str())
        .join(format!("email_{}.jinja", kind.as_str()))
}

/// The text in use: the user's file if there is one, else the shipped one; with where
/// it came from.
pub fn source(data_dir: Option<&Path>, lang: Language, kind: EmailKind) -> (String, String) {
    if let Some(dir) = data_dir {
        let path = user_path(dir, lang, kind);
        if let Ok(text) = std::fs::read_to_string(&path) {
            return (text, path.display().to_string());
        }
    }
    (embedded_source(lang, kind).to_string(), "embedded".into())
}

fn render_text(
    lang: Language,
    kind: EmailKind,
    text: &str,
    origin: &str,
    facts: &EmailFacts,
) -> Result<String, TemplateError> {
    let name = template_name(lang, kind);
    let err = |e: minijinja::Error| TemplateError {
        template: name.clone(),
        origin: origin.to_string(),
        line: e.line(),
        message: match e.detail() {
            Some(d) => format!("{}: {d}", e.kind()),
            None => e.kind().to_string(),
        },
    };
    // The letters' environment: strict about undefined variables, the same syntax.
    let mut env = super::templates::environment();
    env.add_template_owned(name.clone(), text.to_string())
        .map_err(err)?;
    let out = env
        .get_template(&name)
        .and_then(|t| t.render(minijinja::value::Serde(facts)))
        .map_err(err)?;
    // Paragraphs stay; runs of blank lines and trailing spaces go.
    let mut body = String::new();
    let mut blank = false;
    for line in out.lines().map(str::trim_end) {
        if line.is_empty() {
            blank = !body.is_empty();
            continue;
        }
        if blank {
            body.push('\n');
            blank = false;
        }
        body.push_str(line);
        body.push('\n');
    }
    if body.trim().is_empty() {
        return Err(TemplateError {
            template: name,
            origin: origin.to_string(),
            line: None,
            message: "the text renders empty".into(),
        });
    }
    Ok(body)
}

/// The email's text for `facts`, from the template in use.
pub fn render(
    data_dir: Option<&Path>,
    lang: Language,
    kind: EmailKind,
    facts: &EmailFacts,
) -> Result<String, TemplateError> {
    let (text, origin) = source(data_dir, lang, kind);
    render_text(lang, kind, &text, &origin, facts)
}

/// Sample facts: one invoice or three, with and without a deadline.
fn samples(lang: Language) -> Vec<EmailFacts> {
    let one = EmailFacts {
        salutation: match lang {
            Language::En => "Dear Ms Rossi,",
            Language::It => "Gentile Dott.ssa Rossi,",
            Language::De => "Sehr geehrte Frau Rossi,",
            Language::Fr => "Madame,",
        }
        .into(),
        closing: "Yours sincerely,".into(),
        client: "Rossi S.r.l.".into(),
        sender: "Studio Bianchi".into(),
        signatory: "Anna Bianchi".into(),
        subject: "2026/017".into(),
        invoices: vec!["2026/017".into()],
        reference: "2026/017".into(),
        total: "€ 2.550,00".into(),
        deadline: "12/12/2026".into(),
        attachment: "2026-017_reminder.pdf".into(),
        files: Vec::new(),
    };
    let mut three = one.clone();
    three.invoices = vec!["2026/017".into(), "2026/018".into(), "2026/019".into()];
    three.reference = three.invoices.join(", ");
    let mut unsigned = one.clone();
    unsigned.sender = String::new();
    let mut bare = one.clone();
    bare.total = String::new();
    bare.deadline = String::new();
    let mut with_files = one.clone();
    with_files.files = vec!["Fattura_2026-017.pdf".into(), "Contratto.pdf".into()];
    vec![one, three, unsigned, bare, with_files]
}

/// `text` rendered with the first sample's facts (one invoice).
pub fn render_sample(lang: Language, kind: EmailKind, text: &str) -> Result<String, TemplateError> {
    let facts = samples(lang).remove(0);
    render_text(lang, kind, text, "the editor", &facts)
}

/// The kind named `reminder`, `statement`, `interest`, ... (as in `email_<kind>`).
pub fn parse_kind(name: &str) -> Option<EmailKind> {
    EmailKind::ALL.into_iter().find(|k| k.as_str() == name)
}

/// Checks a template's text by rendering it with sample facts.
pub fn check(
    lang: Language,
    kind: EmailKind,
    text: &str,
    origin: &str,
) -> Result<(), TemplateError> {
    for facts in samples(lang) {
        render_text(lang, kind, text, origin, &facts)?;
    }
    Ok(())
}

/// Checks every template in use (shipped or the user's); the first error.
pub fn check_all(data_dir: Option<&Path>) -> Result<(), TemplateError> {
    for &lang in Language::ALL {
        for kind in EmailKind::ALL {
            let (text, origin) = source(data_dir, lang, kind);
            check(lang, kind, &text, &origin)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_text_renders_with_every_sample() {
        check_all(None).expect("the shipped email texts render");
    }

    #[test]
    fn a_typo_names_the_template_and_line() {
        let e = check(
            Language::It,
            EmailKind::Stage(Stage::Reminder),
            "{{ salutation }}\n\n{{ totale }}\n",
            "/tmp/x.jinja",
        )
        .expect_err("undefined variable");
        assert_eq!(e.template, "it/email_reminder");
        assert_eq!(e.line, Some(3));
    }

    #[test]
    fn the_rendered_text_keeps_one_blank_line_between_paragraphs() {
        let facts = &samples(Language::En)[0];
        let body =
            render(None, Language::En, EmailKind::Stage(Stage::Reminder), facts).expect("renders");
        assert!(!body.contains("\n\n\n"), "{body}");
        assert!(body.starts_with(&facts.salutation), "{body}");
        assert!(
            body.contains("2026/017") && body.contains("12/12/2026"),
            "{body}"
        );
    }
}
