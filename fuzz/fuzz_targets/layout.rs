//! Arbitrary Unicode in every text of a letter (fields split on U+001F): the layout
//! wraps or cuts, replaces what the font lacks, and always produces a PDF.
#![no_main]
use libfuzzer_sys::fuzz_target;
use overdue::domain::ladder::Stage;
use overdue::domain::party::{ClientKind, Language};
use overdue::letters::compose::compose;
use overdue::letters::sample;
use overdue::letters::templates::Templates;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\u{1f}').map(str::to_string);
    let mut next = || parts.next().unwrap_or_default();
    let facts = sample::facts(Language::En, Stage::FormalLetter, ClientKind::Business);
    let Ok(mut m) = compose(&facts.facts(), &Templates::embedded()) else {
        return;
    };
    m.recipient = vec![next(), next(), next()];
    m.sender.push(next());
    m.subject = next();
    m.salutation = next();
    if let Some(b) = m.before.first_mut() {
        if let Some(r) = b.runs.first_mut() {
            r.text = next();
        }
    }
    for row in &mut m.invoice_table.rows {
        for c in &mut row.cells {
            *c = next();
        }
    }
    m.payment.push((next(), next()));
    m.closing = next();
    m.signatory = next();
    m.footer = next();
    let name = next();
    if !name.is_empty() {
        // A very long name, as a client record may hold.
        m.recipient[0] = name.repeat(10_000 / name.len().max(1) + 1);
    }
    let pdf = overdue::letters::pdf::render(&m);
    assert!(pdf.starts_with(b"%PDF-"));
});
