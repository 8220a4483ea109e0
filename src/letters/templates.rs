//! The letters' texts: minijinja templates, one per language and stage.
//!
//! The shipped texts are embedded in the binary; a file at
//! `<data dir>/templates/<lang>/<stage>.jinja` replaces one. A template is split into
//! sections by lines `## subject`, `## salutation`, `## before_tables`, `## after_tables`
//! and `## closing`. Inside a section, a blank line starts a new paragraph, a line
//! starting with `- ` is a bullet, and `**text**` is bold. Undefined variables are
//! errors, and every template is checked by rendering it with sample data when it is
//! loaded or saved, so a typo is reported with the template and the line before any
//! letter is printed.

use minijinja::{Environment, UndefinedBehavior, Value};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::domain::ladder::Stage;
use crate::domain::party::Language;

use super::i18n::it_preposition;

/// The sections every template has, in order.
pub const SECTIONS: [&str; 5] = [
    "subject",
    "salutation",
    "before_tables",
    "after_tables",
    "closing",
];

/// A template that cannot be used, with the template and the line named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// `it/formal_letter`.
    pub template: String,
    /// Where it came from: `embedded` or the user file.
    pub origin: String,
    /// 1-based line in the template, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "template {} ({})", self.template, self.origin)?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for TemplateError {}

/// A stretch of text, bold or not.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Printed bold.
    pub bold: bool,
}

/// A paragraph or a bullet.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Block {
    /// The runs of text.
    pub runs: Vec<Run>,
    /// A bullet item rather than a paragraph.
    pub bullet: bool,
}

impl Block {
    /// The plain text.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// A rendered template, section by section.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RenderedText {
    /// Subject line.
    pub subject: String,
    /// "Dear …,".
    pub salutation: String,
    /// Paragraphs before the tables.
    pub before: Vec<Block>,
    /// Paragraphs after the tables.
    pub after: Vec<Block>,
    /// "Yours faithfully,".
    pub closing: String,
}

/// `it/formal_letter`.
pub fn template_name(lang: Language, stage: Stage) -> String {
    format!("{}/{}", lang.as_str(), stage.as_str())
}

/// The shipped text of a template.
pub fn embedded_source(lang: Language, stage: Stage) -> &'static str {
    macro_rules! table {
        ($($l:ident / $s:ident => $path:literal),+ $(,)?) => {
            match (lang, stage) {
                $((Language::$l, Stage::$s) => include_str!(concat!("../../assets/templates/", $path)),)+
            }
        };
    }
    table!(
        En / Reminder => "en/reminder.jinja",
        En / FormalLetter => "en/formal_letter.jinja",
        En / SevenDayNotice => "en/seven_day_notice.jinja",
        En / LegalWarning => "en/legal_warning.jinja",
        It / Reminder => "it/reminder.jinja",
        It / FormalLetter => "it/formal_letter.jinja",
        It / SevenDayNotice => "it/seven_day_notice.jinja",
        It / LegalWarning => "it/legal_warning.jinja",
        De / Reminder => "de/reminder.jinja",
        De / FormalLetter => "de/formal_letter.jinja",
        De / SevenDayNotice => "de/seven_day_notice.jinja",
        De / LegalWarning => "de/legal_warning.jinja",
        Fr / Reminder => "fr/reminder.jinja",
        Fr / FormalLetter => "fr/formal_letter.jinja",
        Fr / SevenDayNotice => "fr/seven_day_notice.jinja",
        Fr / LegalWarning => "fr/legal_warning.jinja",
    )
}

/// Where a user's copy of a template lives, under the data dir.
pub fn user_path(data_dir: &Path, lang: Language, stage: Stage) -> PathBuf {
    data_dir
        .join("templates")
        .join(lang.as_str())
        .join(format!("{}.jinja", stage.as_str()))
}

pub(crate) fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    for word in ["il", "del", "dal"] {
        env.add_filter(word, move |date: String| it_preposition(word, &date));
    }
    // Italian "a" before an infinitive, with the euphonic d: "ad affidare", "a presentare".
    env.add_filter("a", |phrase: String| it_a(&phrase));
    env
}

/// `a presentare`, `ad affidare`.
pub fn it_a(phrase: &str) -> String {
    if phrase.starts_with(['a', 'A']) {
        format!("ad {phrase}")
    } else {
        format!("a {phrase}")
    }
}

/// The loaded templates: embedded, with the user's copies in place of some.
pub struct Templates {
    env: Environment<'static>,
    origins: BTreeMap<String, String>,
}

impl fmt::Debug for Templates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Templates")
            .field("origins", &self.origins)
            .finish()
    }
}

impl Templates {
    /// The shipped templates only.
    pub fn embedded() -> Templates {
        let mut t = Templates {
            env: environment(),
            origins: BTreeMap::new(),
        };
        for lang in Language::ALL {
            for stage in Stage::ALL {
                // The shipped templates are checked by tests; a broken one fails at render.
                let _ = t.insert(
                    *lang,
                    *stage,
                    embedded_source(*lang, *stage).to_string(),
                    "embedded",
                );
            }
        }
        t
    }

    /// The shipped templates, with each user copy found under `data_dir` checked and
    /// put in place. A user copy that does not check out is an error naming it.
    pub fn load(data_dir: Option<&Path>) -> Result<Templates, TemplateError> {
        let mut t = Templates::embedded();
        let Some(dir) = data_dir else {
            return Ok(t);
        };
        for lang in Language::ALL {
            for stage in Stage::ALL {
                let path = user_path(dir, *lang, *stage);
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let origin = path.display().to_string();
                check(*lang, *stage, &text, &origin)?;
                t.insert(*lang, *stage, text, &origin)?;
            }
        }
        Ok(t)
    }

    /// Puts `text` in place of one template (after [`check`]): the settings' live preview.
    pub fn replace(
        &mut self,
        lang: Language,
        stage: Stage,
        text: &str,
        origin: &str,
    ) -> Result<(), TemplateError> {
        check(lang, stage, text, origin)?;
        self.insert(lang, stage, text.to_string(), origin)
    }

    fn insert(
        &mut self,
        lang: Language,
        stage: Stage,
        text: String,
        origin: &str,
    ) -> Result<(), TemplateError> {
        let name = template_name(lang, stage);
        self.env
            .add_template_owned(name.clone(), text)
            .map_err(|e| from_jinja(&name, origin, &e))?;
        self.origins.insert(name, origin.to_string());
        Ok(())
    }

    /// Where the template in use came from.
    pub fn origin(&self, lang: Language, stage: Stage) -> &str {
        self.origins
            .get(&template_name(lang, stage))
            .map_or("embedded", String::as_str)
    }

    /// Renders one template with a context.
    pub fn render(
        &self,
        lang: Language,
        stage: Stage,
        ctx: &Value,
    ) -> Result<RenderedText, TemplateError> {
        let name = template_name(lang, stage);
        let origin = self.origin(lang, stage).to_string();
        let tmpl = self
            .env
            .get_template(&name)
            .map_err(|e| from_jinja(&name, &origin, &e))?;
        let text = tmpl
            .render(ctx)
            .map_err(|e| from_jinja(&name, &origin, &e))?;
        split_sections(&text).map_err(|message| TemplateError {
            template: name,
            origin,
            line: None,
            message,
        })
    }
}

fn from_jinja(name: &str, origin: &str, e: &minijinja::Error) -> TemplateError {
    let message = match e.detail() {
        Some(detail) => format!("{}: {detail}", e.kind()),
        None => e.kind().to_string(),
    };
    TemplateError {
        template: name.to_string(),
        origin: origin.to_string(),
        line: e.line(),
        message,
    }
}

/// Checks a template's text: its sections, its syntax, and a render with sample data
/// for the stage (which catches undefined variables).
pub fn check(lang: Language, stage: Stage, text: &str, origin: &str) -> Result<(), TemplateError> {
    let name = template_name(lang, stage);
    let err = |line: Option<usize>, message: String| TemplateError {
        template: name.clone(),
        origin: origin.to_string(),
        line,
        message,
    };
    let mut seen = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(section) = line.strip_prefix("## ") {
            let section = section.trim();
            if !SECTIONS.contains(&section) {
                return Err(err(
                    Some(i + 1),
                    format!(
                        "unknown section '{section}' (expected one of {})",
                        SECTIONS.join(", ")
                    ),
                ));
            }
            if seen.contains(&section) {
                return Err(err(
                    Some(i + 1),
                    format!("section '{section}' appears twice"),
                ));
            }
            seen.push(section);
        }
    }
    if let Some(missing) = SECTIONS.iter().find(|s| !seen.contains(s)) {
        return Err(err(None, format!("the section '## {missing}' is missing")));
    }
    let mut env = environment();
    env.add_template_owned(name.clone(), text.to_string())
        .map_err(|e| from_jinja(&name, origin, &e))?;
    let tmpl = env
        .get_template(&name)
        .map_err(|e| from_jinja(&name, origin, &e))?;
    for ctx in super::compose::sample_contexts(lang, stage) {
        let out = tmpl
            .render(&ctx)
            .map_err(|e| from_jinja(&name, origin, &e))?;
        let rendered = split_sections(&out).map_err(|m| err(None, m))?;
        if rendered.subject.trim().is_empty() {
            return Err(err(None, "the subject renders empty".into()));
        }
        // A block tag at the very end of a line eats that line's newline, which can glue
        // the next section's header to the text before it.
        if let Some(section) = SECTIONS.iter().find(|s| {
            out.contains(&format!("## {s}")) && !out.lines().any(|l| l.trim() == format!("## {s}"))
        }) {
            return Err(err(
                None,
                format!(
                    "'## {section}' is glued to the line before it: a {{% ... %}} tag at the end of a line removes the line break after it; end the line with text or put the tag on its own line"
                ),
            ));
        }
    }
    Ok(())
}

/// Splits rendered text into its sections and paragraphs.
fn split_sections(text: &str) -> Result<RenderedText, String> {
    let mut sections: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut current: Option<&str> = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            let name = name.trim();
            let known = SECTIONS
                .iter()
                .find(|s| **s == name)
                .ok_or_else(|| format!("unknown section '{name}'"))?;
            current = Some(known);
            sections.entry(known).or_default();
        } else if let Some(section) = current {
            sections.entry(section).or_default().push(line);
        } else if !line.trim().is_empty() {
            return Err("text before the first section (start with '## subject')".into());
        }
    }
    let one_line = |name: &str| {
        sections
            .get(name)
            .map(|lines| {
                lines
                    .iter()
                    .map(|l| l.trim())
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    };
    let blocks = |name: &str| {
        sections
            .get(name)
            .map(|l| paragraphs(l))
            .unwrap_or_default()
    };
    Ok(RenderedText {
        subject: one_line("subject"),
        salutation: one_line("salutation"),
        before: blocks("before_tables"),
        after: blocks("after_tables"),
        closing: one_line("closing"),
    })
}

/// Blank lines separate paragraphs; `- ` starts a bullet; other lines join with a space.
fn paragraphs(lines: &[&str]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut bullet = false;
    let flush = |text: &mut String, bullet: bool, out: &mut Vec<Block>| {
        let t = text.trim();
        if !t.is_empty() {
            out.push(Block {
                runs: runs(t),
                bullet,
            });
        }
        text.clear();
    };
    for line in lines {
        let l = line.trim();
        if l.is_empty() {
            flush(&mut text, bullet, &mut out);
            bullet = false;
        } else if let Some(item) = l.strip_prefix("- ") {
            flush(&mut text, bullet, &mut out);
            text.push_str(item);
            bullet = true;
        } else {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(l);
        }
    }
    flush(&mut text, bullet, &mut out);
    out
}

/// `a **b** c` → runs; an unpaired `**` stays as text.
fn runs(text: &str) -> Vec<Run> {
    let parts: Vec<&str> = text.split("**").collect();
    if parts.len().is_multiple_of(2) {
        return vec![Run {
            text: text.to_string(),
            bold: false,
        }];
    }
    parts
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.is_empty())
        .map(|(i, p)| Run {
            text: (*p).to_string(),
            bold: i % 2 == 1,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_template_checks_out() {
        for lang in Language::ALL {
            for stage in Stage::ALL {
                let r = check(*lang, *stage, embedded_source(*lang, *stage), "embedded");
                assert!(
                    r.is_ok(),
                    "{}",
                    r.err().map(|e| e.to_string()).unwrap_or_default()
                );
            }
        }
    }

    #[test]
    fn an_undefined_variable_names_the_template_and_line() {
        let text = "## subject\nHello\n## salutation\nDear {{ client.name }},\n## before_tables\nx\n\n{{ client.nickname }}\n## after_tables\ny\n## closing\nz\n";
        let e = check(Language::En, Stage::Reminder, text, "my.jinja").expect_err("undefined");
        assert_eq!(e.line, Some(8), "{e}");
        assert!(
            e.to_string()
                .starts_with("template en/reminder (my.jinja), line 8:"),
            "{e}"
        );
        assert!(e.to_string().contains("undefined"), "{e}");
    }

    #[test]
    fn a_header_glued_by_a_block_tag_is_reported() {
        let text = "## subject\nS\n## salutation\n{% if true %}Hi,{% endif %}\n## before_tables\nx\n## after_tables\ny\n## closing\nz\n";
        let e = check(Language::En, Stage::Reminder, text, "f").expect_err("glued");
        assert!(e.message.contains("glued"), "{e}");
    }

    #[test]
    fn sections_are_checked() {
        let e = check(
            Language::De,
            Stage::Reminder,
            "## subject\nx\n## body\n",
            "f",
        )
        .expect_err("unknown section");
        assert_eq!(e.line, Some(3));
        let e = check(Language::De, Stage::Reminder, "## subject\nx\n", "f").expect_err("missing");
        assert!(e.message.contains("'## salutation' is missing"), "{e}");
        let e = check(Language::De, Stage::Reminder, "## subject\n{% if %}\n", "f");
        assert!(e.is_err());
    }

    #[test]
    fn paragraphs_bullets_and_bold() {
        let r = split_sections(
            "## subject\nS\n## salutation\nDear X,\n## before_tables\none\ntwo\n\n- a\n- b **c**\n## after_tables\npay by **1 May**.\n## closing\nBye\n",
        )
        .expect("splits");
        assert_eq!(r.before.len(), 3);
        assert_eq!(r.before[0].text(), "one two");
        assert!(r.before[1].bullet && r.before[2].bullet);
        assert_eq!(
            r.after[0].runs[1],
            Run {
                text: "1 May".into(),
                bold: true
            }
        );
    }
}
