//! Lays a `LetterModel` out on A4 or US Letter and writes the PDF (printpdf 0.12).
//!
//! The recipient block sits where a left-window DL envelope shows it (DIN 5008 form B:
//! 20–105 mm from the left, 45–90 mm from the top), the sender block and logo at the top,
//! fold marks on the left edge. Text wraps on measured glyph widths, amounts are
//! right-aligned, a table that runs past the page continues on the next with its header
//! repeated, and every page has a footer with the business details and "page n of m".
//!
//! Fonts (Liberation Sans, SIL OFL) are parsed once per process and embedded subset. The
//! output is deterministic: fixed resource ids, the letter's date as creation date, and
//! a document id derived from the content, so the same input gives the same bytes.

mod layout;
pub mod merge;
mod text;

use printpdf::{
    ImageCompression, ImageOptimizationOptions, PdfDocument, PdfFont, PdfPage, PdfSaveOptions,
    RawImage, XObject, XObjectId,
};
use sha2::{Digest, Sha256};

use super::compose::LetterModel;
use super::templates::{Block, Run};
use crate::domain::party::Paper;
use layout::{BODY, Flow, LEAD, Page, footer, letterhead};
use text::{Style, fit, fonts, printable, width, wrap};

pub use text::{BOLD_TTF, REGULAR_TTF, warm_up};

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;

/// Checks that bytes are a PNG or JPEG image the letters can print; returns its size in
/// pixels.
pub fn check_logo(bytes: &[u8]) -> Result<(usize, usize), String> {
    let png = bytes.starts_with(b"\x89PNG\r\n\x1a\n");
    let jpeg = bytes.starts_with(&[0xff, 0xd8, 0xff]);
    if !png && !jpeg {
        return Err("is not a PNG or JPEG image".into());
    }
    let image = RawImage::decode_from_bytes(bytes, &mut Vec::new())
        .map_err(|e| format!("cannot be read as an image: {e}"))?;
    if image.width == 0 || image.height == 0 || image.width > 5000 || image.height > 5000 {
        return Err(format!(
            "is {} × {} pixels; use at most 5000 × 5000",
            image.width, image.height
        ));
    }
    Ok((image.width, image.height))
}

/// Page size in points.
fn page_size(paper: Paper) -> (f32, f32) {
    match paper {
        Paper::A4 => (210.0 * MM, 297.0 * MM),
        Paper::Letter => (612.0, 792.0),
    }
}

fn pdf_date(d: chrono::NaiveDate) -> printpdf::DateTime {
    use chrono::Datelike;
    printpdf::DateTime {
        date: printpdf::Date {
            year: d.year(),
            month: d.month() as u8,
            day: d.day() as u8,
        },
        time: printpdf::Time {
            hour: 12,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    }
}

/// Compresses every stream that has no filter yet, at zlib level 1.
fn compress(doc: &mut lopdf::Document) {
    use std::io::Write as _;
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(1));
        if encoder.write_all(&stream.content).is_err() {
            continue;
        }
        let Ok(compressed) = encoder.finish() else {
            continue;
        };
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// Replaces printpdf's random document id with one derived from the content, so that the
/// same letter gives the same bytes.
fn fix_document_id(bytes: &mut [u8]) {
    let tail_start = bytes.len().saturating_sub(2048);
    let Some(pos) = bytes[tail_start..]
        .windows(5)
        .rposition(|w| w == b"/ID[(")
        .map(|p| p + tail_start + 5)
    else {
        return;
    };
    // Two literal strings of 32 characters: (xxxx)(yyyy).
    if bytes.len() < pos + 66 || bytes[pos + 32] != b')' || bytes[pos + 33] != b'(' {
        return;
    }
    let mut hasher = Sha256::new();
    hasher.update(&bytes[..pos]);
    hasher.update(&bytes[pos + 66..]);
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|b| format!("{b:02X}")).collect();
    bytes[pos..pos + 32].copy_from_slice(&hex.as_bytes()[..32]);
    bytes[pos + 34..pos + 66].copy_from_slice(&hex.as_bytes()[32..64]);
}

/// The characters of a letter that its font has no glyph for (each prints as '?'), in
/// order of first appearance. Control characters are not counted: they are dropped.
pub fn missing_glyphs(m: &LetterModel) -> Vec<char> {
    let face = text::face(text::Style::Regular);
    let mut seen = Vec::new();
    let mut visit = |s: &str| {
        for c in s.chars() {
            if !c.is_control() && face.advance(c).is_none() && !seen.contains(&c) {
                seen.push(c);
            }
        }
    };
    for s in m.sender.iter().chain(&m.recipient).chain(&m.enclosures) {
        visit(s);
    }
    for s in [
        &m.title,
        &m.place_date,
        &m.subject,
        &m.salutation,
        &m.closing,
        &m.signatory,
        &m.footer,
    ] {
        visit(s);
    }
    for b in m.before.iter().chain(&m.after) {
        for r in &b.runs {
            visit(&r.text);
        }
    }
    let tables = std::iter::once(&m.invoice_table)
        .chain(m.claim_table.as_ref())
        .chain(m.more_tables.iter().map(|(_, t)| t));
    for (caption, _) in &m.more_tables {
        visit(caption);
    }
    for t in tables {
        for s in t.head.iter().chain(t.rows.iter().flat_map(|r| &r.cells)) {
            visit(s);
        }
    }
    for (k, v) in &m.payment {
        visit(k);
        visit(v);
    }
    seen
}

/// Renders the letter to PDF bytes.
pub fn render(m: &LetterModel) -> Vec<u8> {
    let (w, h) = page_size(m.paper);
    let mut flow = Flow {
        pages: vec![Page {
            ops: Vec::new(),
            height: h,
        }],
        y: 0.0,
        width: w,
        height: h,
        left: 25.0 * MM,
        right: w - 20.0 * MM,
        bottom: h - 24.0 * MM,
        top_next: 20.0 * MM,
    };
    let mut doc = PdfDocument::new(&format!("{} – {}", m.title, m.invoice_number));
    for f in [&fonts().regular, &fonts().bold, &fonts().italic] {
        doc.resources
            .fonts
            .map
            .insert(f.id.clone(), PdfFont::new(f.font.clone()));
    }
    let logo = m.logo.as_deref().and_then(|bytes| {
        let image = RawImage::decode_from_bytes(bytes, &mut Vec::new()).ok()?;
        let id = XObjectId("Logo".into());
        let (w_px, h_px) = (image.width as f32, image.height as f32);
        doc.resources
            .xobjects
            .map
            .insert(id.clone(), XObject::Image(image));
        Some((id, w_px.max(1.0), h_px.max(1.0)))
    });
    flow.y = letterhead(&mut flow, m, logo.as_ref());
    // Subject and salutation.
    let subject = wrap(
        &[Run {
            text: m.subject.clone(),
            bold: true,
        }],
        11.0,
        flow.right - flow.left,
    );
    let left = flow.left;
    flow.lines(&subject, left, 11.0, 14.5);
    flow.y += 8.0;
    flow.block(&Block {
        runs: vec![Run {
            text: m.salutation.clone(),
            bold: false,
        }],
        bullet: false,
    });
    for b in &m.before {
        flow.block(b);
    }
    flow.y += 2.0;
    // A statement with nothing open has no invoice rows: no empty table is printed.
    if !m.invoice_table.rows.is_empty() {
        flow.table(&m.invoice_table, &m.continued);
    }
    if let Some(t) = &m.claim_table {
        flow.table(t, &m.continued);
    }
    for (caption, t) in &m.more_tables {
        flow.y += 4.0;
        // A caption never ends a page without its table.
        flow.keep_together(LEAD * 2.0 + Flow::table_height(t));
        if !caption.is_empty() {
            flow.block(&Block {
                runs: vec![Run {
                    text: caption.clone(),
                    bold: true,
                }],
                bullet: false,
            });
        }
        flow.table(t, &m.continued);
    }
    for b in &m.after {
        flow.block(b);
    }
    // Payment details.
    flow.need(LEAD * (m.payment.len() as f32 + 1.0));
    let label_w = m
        .payment
        .iter()
        .map(|(k, _)| width(k, Style::Regular, 9.0))
        .fold(0.0f32, f32::max)
        + 4.0 * MM;
    for (k, v) in &m.payment {
        let y = flow.y + 9.0;
        let value = fit(v, Style::Bold, 9.0, flow.right - flow.left - label_w);
        flow.page().grey(0.3);
        flow.page()
            .text(left, y, Style::Regular, 9.0, &printable(k, Style::Regular));
        flow.page().grey(0.0);
        flow.page()
            .text(left + label_w, y, Style::Bold, 9.0, &value);
        flow.y += 12.0;
    }
    flow.y += 10.0;
    // Closing and signature.
    flow.need(LEAD * 2.0 + 16.0 * MM);
    let closing = wrap(
        &[Run {
            text: m.closing.clone(),
            bold: false,
        }],
        BODY,
        flow.right - flow.left,
    );
    flow.lines(&closing, left, BODY, LEAD);
    flow.y += 14.0 * MM;
    let sign = [fit(
        &m.signatory,
        Style::Regular,
        BODY,
        flow.right - flow.left,
    )];
    for s in sign {
        let y = flow.y + BODY;
        flow.page().text(left, y, Style::Regular, BODY, &s);
        flow.y += LEAD;
    }
    if !m.enclosures.is_empty() {
        flow.y += 8.0;
        flow.need(LEAD * (m.enclosures.len() as f32 + 2.0));
        let max = flow.right - left;
        let y = flow.y + 9.0;
        let heading = fit(&m.enclosures_word, Style::Bold, 9.0, max);
        flow.page().text(left, y, Style::Bold, 9.0, &heading);
        flow.y += 11.5;
        for e in &m.enclosures {
            let y = flow.y + 9.0;
            let text = fit(&format!("– {e}"), Style::Italic, 9.0, max);
            flow.page().text(left, y, Style::Italic, 9.0, &text);
            flow.y += 11.5;
        }
    }
    let count = flow.pages.len();
    let (fl, fr) = (flow.left, flow.right);
    let mut pages = Vec::with_capacity(count);
    for (i, mut page) in flow.pages.into_iter().enumerate() {
        footer(&mut page, m, fl, fr, i + 1, count);
        let mut pdf_page = PdfPage::new(
            printpdf::Mm(flow.width / MM),
            printpdf::Mm(h / MM),
            page.ops,
        );
        // Exact points (612 × 792 for Letter), not a round trip through millimetres.
        for b in [
            &mut pdf_page.media_box,
            &mut pdf_page.trim_box,
            &mut pdf_page.crop_box,
        ] {
            b.width = printpdf::Pt(flow.width);
            b.height = printpdf::Pt(h);
        }
        pages.push(pdf_page);
    }
    let info = &mut doc.metadata.info;
    info.author = m.author.clone();
    info.subject = m.subject.clone();
    info.creator = "Overdue".into();
    info.producer = "Overdue (printpdf)".into();
    info.creation_date = pdf_date(m.date);
    info.modification_date = pdf_date(m.date);
    info.metadata_date = pdf_date(m.date);
    let options = PdfSaveOptions {
        // printpdf would compress every stream at zlib's best level, which was half the
        // time of a letter; `compress` below does it at zlib level 1 (zlib-rs), which costs
        // about 7 KB a letter and saves about 1 ms.
        optimize: false,
        subset_fonts: true,
        image_optimization: Some(ImageOptimizationOptions {
            format: Some(ImageCompression::Flate),
            auto_optimize: Some(false),
            max_image_size: None,
            ..Default::default()
        }),
        ..Default::default()
    };
    let doc = doc.with_pages(pages);
    let mut lo = printpdf::serialize::to_lopdf_doc(doc, &options, &mut Vec::new());
    compress(&mut lo);
    let mut bytes = Vec::with_capacity(48 * 1024);
    if lo.save_to(&mut bytes).is_err() {
        // Writing to memory cannot fail; an empty result is refused by the callers' checks.
        bytes.clear();
    }
    fix_document_id(&mut bytes);
    bytes
}
