//! The user's language: Fluent messages in en, it, de and fr, looked up with `t!`: the
//! window's every string, and the messages of the actions and the domain (errors above
//! all), so that an Italian window shows Italian errors.
//!
//! `t!("id")` (or `t!("id", name = value)`) is `i18n_embed_fl::fl!` on this thread's
//! loader, so every id and argument is checked against `i18n/en/overdue.ftl` at compile
//! time. The language is per thread (the loaders, one per language, are shared): the
//! window draws on one thread (and its workers take its language), tests in different
//! languages run side by side without seeing each other's choice, and the CLI, which
//! never sets one, speaks English. Fluent's
//! Unicode isolation marks are off, so labels read back as typed (kittest, AccessKit,
//! the clipboard).

use std::cell::Cell;
use std::sync::OnceLock;

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

use crate::domain::party::Language;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// One loader per language, made on first use and shared by every thread: a thread holds
/// only which language it speaks, so the window's many short-lived worker threads cost
/// nothing (a loader each would be a leak).
static LOADERS: [OnceLock<FluentLanguageLoader>; 4] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::En) };
}

fn new_loader(lang: Language) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let id: i18n_embed::unic_langid::LanguageIdentifier = lang
        .as_str()
        .parse()
        .expect("a language code is a language id");
    // The fallback (English) is always loaded too, so a missing message reads in English.
    if let Err(e) = loader.load_languages(&Localizations, &[id]) {
        eprintln!(
            "overdue: the window's {} strings could not be loaded: {e}",
            lang.as_str()
        );
    }
    // Per bundle: set after the load.
    loader.set_use_isolating(false);
    loader
}

/// The loader of `lang`.
fn loader_of(lang: Language) -> &'static FluentLanguageLoader {
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LOADERS[i].get_or_init(|| new_loader(lang))
}

/// This thread's loader (what `t!` reads).
pub fn loader() -> &'static FluentLanguageLoader {
    loader_of(language())
}

/// The window's language on this thread.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// Switches this thread's window language.
pub fn set_language(lang: Language) {
    // Amounts and dates on this thread follow the window's language.
    crate::present::set_thread_locale(lang);
    CURRENT.with(|c| c.set(lang));
}

/// The language the system asks for (`sys-locale`), if it is one the window speaks;
/// English otherwise (`C` and `POSIX` mean English).
pub fn system_language() -> Language {
    sys_locale::get_locale()
        .and_then(|l| from_locale(&l))
        .unwrap_or(Language::En)
}

/// The country of the system's locale (`de_DE.UTF-8` → `DE`), for the first run's form.
pub fn system_country() -> Option<String> {
    sys_locale::get_locale().and_then(|l| country_of(&l))
}

/// The region of a locale name: `it-IT` → `IT`, `en_GB.UTF-8` → `GB`, `fr` → none.
pub fn country_of(locale: &str) -> Option<String> {
    let region = locale.split(['.', '@']).next()?.split(['-', '_']).nth(1)?;
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| region.to_ascii_uppercase())
}

/// The window language of a locale name such as `it-IT`, `de_DE.UTF-8` or `fr`.
pub fn from_locale(locale: &str) -> Option<Language> {
    let primary = locale
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    primary.parse().ok()
}

/// Every message id of a Fluent file with its variables, sorted: what the
/// every-language test compares.
pub fn ids_and_variables(ftl: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut current: Option<(String, Vec<String>)> = None;
    for line in ftl.lines() {
        let starts_message =
            line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains('=');
        if starts_message {
            if let Some(m) = current.take() {
                out.push(m);
            }
            let (id, _) = line.split_once('=').unwrap_or((line, ""));
            current = Some((id.trim().to_string(), Vec::new()));
        }
        if let Some((_, vars)) = current.as_mut()
            && !line.trim_start().starts_with('#')
        {
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                rest = &rest[i + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() && !vars.contains(&name) {
                    vars.push(name);
                }
            }
        }
    }
    if let Some(m) = current.take() {
        out.push(m);
    }
    for (_, vars) in &mut out {
        vars.sort();
    }
    out.sort();
    out
}

/// The shipped Fluent file of a language.
pub fn shipped_ftl(lang: Language) -> Option<String> {
    let file = Localizations::get(&format!("{}/overdue.ftl", lang.as_str()))?;
    Some(String::from_utf8_lossy(&file.data).into_owned())
}

/// `fl!` on this thread's loader: `t!("id")`, `t!("id", name = value)`.
#[macro_export]
macro_rules! t {
    ($($arg:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $($arg)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_map_to_languages() {
        assert_eq!(from_locale("it-IT"), Some(Language::It));
        assert_eq!(from_locale("de_DE.UTF-8"), Some(Language::De));
        assert_eq!(from_locale("fr"), Some(Language::Fr));
        assert_eq!(from_locale("C"), None);
        assert_eq!(from_locale("pt-BR"), None);
        assert_eq!(country_of("de_DE.UTF-8").as_deref(), Some("DE"));
        assert_eq!(country_of("en-GB").as_deref(), Some("GB"));
        assert_eq!(country_of("fr"), None);
        assert_eq!(country_of("C.UTF-8"), None);
    }

    #[test]
    fn threads_share_one_loader_per_language() {
        // A worker thread per job must not make (and leak) a loader of its own.
        let here = loader() as *const FluentLanguageLoader as usize;
        let there = std::thread::spawn(|| loader() as *const FluentLanguageLoader as usize)
            .join()
            .expect("thread");
        assert_eq!(here, there);
        let italian = std::thread::spawn(|| {
            set_language(Language::It);
            loader() as *const FluentLanguageLoader as usize
        })
        .join()
        .expect("thread");
        assert_ne!(here, italian);
    }

    #[test]
    fn a_thread_speaks_its_own_language() {
        set_language(Language::It);
        assert_eq!(t!("lang-en"), "English");
        assert_eq!(language(), Language::It);
        let other = std::thread::spawn(language).join().expect("thread");
        assert_eq!(other, Language::En);
    }
}
