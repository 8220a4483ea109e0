//! Any text as a user's template: checked and previewed, or refused with a message;
//! an accepted one renders to a PDF. Never a panic, never a hang.
#![no_main]
use libfuzzer_sys::fuzz_target;
use overdue::domain::ladder::Stage;
use overdue::domain::party::Language;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let lang = Language::ALL[usize::from(pick) % Language::ALL.len()];
    let stage = Stage::ALL[usize::from(pick / 4) % Stage::ALL.len()];
    match overdue::actions::template_preview(lang, stage, text) {
        Ok(model) => {
            let pdf = overdue::letters::pdf::render(&model);
            assert!(pdf.starts_with(b"%PDF-"));
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
