//! `overdue templates`: the letters' texts (`LANG STAGE`) and the emails' texts
//! (`LANG email_KIND`, e.g. `it email_reminder`): where each comes from, read one, check
//! or install your own copy, go back to the shipped one.

use anyhow::Context;

use super::args::TemplatesCmd;
use crate::actions::{self, LetterAssets};
use crate::domain::ladder::Stage;
use crate::domain::party::Language;
use crate::ledger::Ledger;
use crate::letters::email::{self, EmailKind};
use crate::letters::templates;

/// A letter's template or an email's.
enum Which {
    Letter(Stage),
    Email(EmailKind),
}

impl Which {
    fn name(&self, lang: Language) -> String {
        match self {
            Which::Letter(stage) => templates::template_name(lang, *stage),
            Which::Email(kind) => format!("{}/email_{}", lang.as_str(), kind.as_str()),
        }
    }
}

fn lang_which(lang: &str, stage: &str) -> anyhow::Result<(Language, Which)> {
    let lang = lang.parse().map_err(|e| anyhow::anyhow!("lang: {e}"))?;
    if let Some(kind) = stage.strip_prefix("email_") {
        let kind = email::parse_kind(kind).ok_or_else(|| {
            anyhow::anyhow!(
                "stage: '{stage}' is no email text (email_reminder, email_formal_letter, \
                 email_seven_day_notice, email_legal_warning, email_statement, email_interest)"
            )
        })?;
        return Ok((lang, Which::Email(kind)));
    }
    let stage = stage.parse().map_err(|e| anyhow::anyhow!("stage: {e}"))?;
    Ok((lang, Which::Letter(stage)))
}

/// `overdue templates`.
pub(super) fn templates(ledger: &mut Ledger, cmd: TemplatesCmd) -> anyhow::Result<()> {
    match cmd {
        TemplatesCmd::List => {
            let assets = LetterAssets::for_ledger(ledger)?;
            for lang in Language::ALL {
                for stage in Stage::ALL {
                    say!(
                        "{:<28} {}",
                        templates::template_name(*lang, *stage),
                        assets.templates.origin(*lang, *stage)
                    );
                }
                for kind in EmailKind::ALL {
                    let (_, origin) = email::source(assets.data_dir.as_deref(), *lang, kind);
                    say!("{:<28} {origin}", Which::Email(kind).name(*lang));
                }
            }
            Ok(())
        }
        TemplatesCmd::Show { lang, stage } => {
            let text = match lang_which(&lang, &stage)? {
                (lang, Which::Letter(stage)) => actions::template_source(ledger, lang, stage)?,
                (lang, Which::Email(kind)) => actions::email_template_source(ledger, lang, kind)?,
            }
            .text;
            say!("{}", text.trim_end());
            Ok(())
        }
        TemplatesCmd::Check { lang, stage, file } => {
            let (lang, which) = lang_which(&lang, &stage)?;
            let text =
                std::fs::read_to_string(&file).with_context(|| format!("{}", file.display()))?;
            let origin = file.display().to_string();
            match &which {
                Which::Letter(stage) => templates::check(lang, *stage, &text, &origin)?,
                Which::Email(kind) => email::check(lang, *kind, &text, &origin)?,
            }
            say!(
                "{} is a valid {} template.",
                file.display(),
                which.name(lang)
            );
            Ok(())
        }
        TemplatesCmd::Set { lang, stage, file } => {
            let (lang, which) = lang_which(&lang, &stage)?;
            let text =
                std::fs::read_to_string(&file).with_context(|| format!("{}", file.display()))?;
            let origin = file.display().to_string();
            let target = match &which {
                Which::Letter(stage) => {
                    actions::save_template(ledger, lang, *stage, &text, &origin)?
                }
                Which::Email(kind) => {
                    actions::save_email_template(ledger, lang, *kind, &text, &origin)?
                }
            };
            say!("Saved; {} now uses {}.", which.name(lang), target.display());
            Ok(())
        }
        TemplatesCmd::Reset { lang, stage } => {
            let (lang, which) = lang_which(&lang, &stage)?;
            let removed = match &which {
                Which::Letter(stage) => actions::reset_template(ledger, lang, *stage)?,
                Which::Email(kind) => actions::reset_email_template(ledger, lang, *kind)?,
            };
            if removed {
                say!(
                    "Removed your copy of {}; the embedded template is used again.",
                    which.name(lang)
                );
            } else {
                say!("No copy of {} to remove.", which.name(lang));
            }
            Ok(())
        }
    }
}
