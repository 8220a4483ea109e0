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

use printpdf::{
    Color, FontId, Greyscale, ImageCompression, ImageOptimizationOptions, Line, LinePoint, Op,
    ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, RawImage,
    TextItem, XObject, XObjectId, XObjectTransform,
};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::OnceLock;

use super::compose::{LetterModel, Table};
use super::templates::{Block, Run};
use crate::domain::party::Paper;

const MM: f32 = 72.0 / 25.4;

/// Regular, bold, italic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Regular,
    Bold,
    Italic,
}

struct Face {
    font: ParsedFont,
    id: FontId,
    /// Advance of each char, in em, cached as met.
    widths: HashMap<char, Option<f32>>,
}

impl Face {
    fn load(bytes: &[u8], id: &str) -> Face {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .unwrap_or_else(|| unreachable!("the embedded font {id} parses (tested)"));
        let upem = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        // The whole of Latin-1, Latin Extended-A and the punctuation block, measured once.
        let widths = (0x20u32..0x250)
            .chain(0x2000..0x2070)
            .chain([0x20ac])
            .filter_map(char::from_u32)
            .map(|c| {
                let w = font
                    .lookup_glyph_index(c as u32)
                    .map(|g| f32::from(font.get_horizontal_advance(g)) / upem);
                (c, w)
            })
            .collect();
        Face {
            font,
            id: FontId(id.to_string()),
            widths,
        }
    }

    /// Advance of `c` in em; `None` when the font has no glyph for it.
    fn advance(&self, c: char) -> Option<f32> {
        if let Some(w) = self.widths.get(&c) {
            return *w;
        }
        let upem = f32::from(self.font.pdf_font_metrics.units_per_em.max(1));
        self.font
            .lookup_glyph_index(c as u32)
            .filter(|g| *g != 0)
            .map(|g| f32::from(self.font.get_horizontal_advance(g)) / upem)
    }
}

struct Fonts {
    regular: Face,
    bold: Face,
    italic: Face,
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        regular: Face::load(
            include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf"),
            "F1",
        ),
        bold: Face::load(
            include_bytes!("../../assets/fonts/LiberationSans-Bold.ttf"),
            "F2",
        ),
        italic: Face::load(
            include_bytes!("../../assets/fonts/LiberationSans-Italic.ttf"),
            "F3",
        ),
    })
}

fn face(style: Style) -> &'static Face {
    let f = fonts();
    match style {
        Style::Regular => &f.regular,
        Style::Bold => &f.bold,
        Style::Italic => &f.italic,
    }
}

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

/// Parses the fonts now rather than at the first letter (for batch runs and benches).
pub fn warm_up() {
    let _ = fonts();
}

/// Makes text printable in a face: control characters go, a glyph the font lacks becomes
/// a visible '?'.
fn printable(text: &str, style: Style) -> String {
    let f = face(style);
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            c if f.advance(c).is_some() => Some(c),
            _ => Some('?'),
        })
        .collect()
}

fn width(text: &str, style: Style, size: f32) -> f32 {
    let f = face(style);
    text.chars()
        .map(|c| f.advance(c).or_else(|| f.advance('?')).unwrap_or(0.5))
        .sum::<f32>()
        * size
}

/// A word with its style, ready to place.
#[derive(Clone, Debug)]
struct Word {
    text: String,
    style: Style,
    width: f32,
}

/// Splits runs into words and wraps them to `max` points. Words longer than a line are
/// cut between characters.
fn wrap(runs: &[Run], size: f32, max: f32) -> Vec<Vec<(Style, String, f32)>> {
    let space = width(" ", Style::Regular, size);
    let mut words: Vec<(Word, bool)> = Vec::new(); // (word, space before)
    let mut space_pending = false;
    for run in runs {
        let style = if run.bold {
            Style::Bold
        } else {
            Style::Regular
        };
        let text = printable(&run.text, style);
        for (i, piece) in text.split(' ').enumerate() {
            if i > 0 {
                space_pending = true;
            }
            if piece.is_empty() {
                continue;
            }
            words.push((
                Word {
                    text: piece.to_string(),
                    style,
                    width: width(piece, style, size),
                },
                space_pending && !words.is_empty(),
            ));
            space_pending = false;
        }
    }
    let mut lines: Vec<Vec<(Style, String, f32)>> = Vec::new();
    let mut line: Vec<(Style, String, f32)> = Vec::new();
    let mut x = 0.0f32;
    for (word, space_before) in words {
        let gap = if space_before && !line.is_empty() {
            space
        } else {
            0.0
        };
        if x + gap + word.width <= max || line.is_empty() && word.width <= max {
            line.push((word.style, word.text, x + gap));
            x += gap + word.width;
            continue;
        }
        if word.width <= max {
            lines.push(std::mem::take(&mut line));
            line.push((word.style, word.text, 0.0));
            x = word.width;
            continue;
        }
        // A word wider than the line: cut it into pieces that fit.
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut piece = String::new();
        for c in word.text.chars() {
            piece.push(c);
            if width(&piece, word.style, size) > max && piece.chars().count() > 1 {
                piece.pop();
                lines.push(vec![(word.style, std::mem::take(&mut piece), 0.0)]);
                piece.push(c);
            }
        }
        x = width(&piece, word.style, size);
        line.push((word.style, piece, 0.0));
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cuts a single-line text to `max` points with an ellipsis.
fn fit(text: &str, style: Style, size: f32, max: f32) -> String {
    let text = printable(text, style);
    if width(&text, style, size) <= max {
        return text;
    }
    let mut out = String::new();
    for c in text.chars() {
        if width(&format!("{out}{c}…"), style, size) > max {
            break;
        }
        out.push(c);
    }
    format!("{out}…")
}

/// One page's drawing operations, with y measured from the top.
struct Page {
    ops: Vec<Op>,
    height: f32,
}

impl Page {
    fn text(&mut self, x: f32, y_top: f32, style: Style, size: f32, text: &str) {
        if text.is_empty() {
            return;
        }
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetFont {
            font: PdfFontHandle::External(face(style).id.clone()),
            size: Pt(size),
        });
        self.ops.push(Op::SetTextCursor {
            pos: Point {
                x: Pt(x),
                y: Pt(self.height - y_top),
            },
        });
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_string())],
        });
        self.ops.push(Op::EndTextSection);
    }

    fn right(&mut self, x_right: f32, y_top: f32, style: Style, size: f32, text: &str) {
        let text = printable(text, style);
        let w = width(&text, style, size);
        self.text(x_right - w, y_top, style, size, &text);
    }

    fn rule(&mut self, x1: f32, x2: f32, y_top: f32, thickness: f32, grey: f32) {
        self.ops.push(Op::SetOutlineColor {
            col: Color::Greyscale(Greyscale::new(grey, None)),
        });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        let y = self.height - y_top;
        self.ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: Point {
                            x: Pt(x1),
                            y: Pt(y),
                        },
                        bezier: false,
                    },
                    LinePoint {
                        p: Point {
                            x: Pt(x2),
                            y: Pt(y),
                        },
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    fn grey(&mut self, level: f32) {
        self.ops.push(Op::SetFillColor {
            col: Color::Greyscale(Greyscale::new(level, None)),
        });
    }
}

/// The flowing part of the letter: a cursor over pages.
struct Flow {
    pages: Vec<Page>,
    y: f32,
    width: f32,
    height: f32,
    left: f32,
    right: f32,
    bottom: f32,
    top_next: f32,
}

const BODY: f32 = 10.0;
const LEAD: f32 = 13.6;
const SMALL: f32 = 8.5;

impl Flow {
    fn page(&mut self) -> &mut Page {
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Page {
            ops: Vec::new(),
            height: self.height,
        });
        self.y = self.top_next;
    }

    /// Starts a new page unless `h` more points fit.
    fn need(&mut self, h: f32) -> bool {
        if self.y + h > self.bottom {
            self.new_page();
            return true;
        }
        false
    }

    fn lines(&mut self, lines: &[Vec<(Style, String, f32)>], x: f32, size: f32, lead: f32) {
        for line in lines {
            self.need(lead);
            let y = self.y + size;
            for (style, text, dx) in line {
                self.page().text(x + dx, y, *style, size, text);
            }
            self.y += lead;
        }
    }

    fn block(&mut self, block: &Block) {
        let indent = if block.bullet { 4.0 * MM } else { 0.0 };
        let lines = wrap(&block.runs, BODY, self.right - self.left - indent);
        // Keep two lines of a paragraph together.
        self.need(LEAD * lines.len().min(2) as f32);
        if block.bullet {
            let y = self.y + BODY;
            let left = self.left;
            self.page()
                .text(left + 1.0 * MM, y, Style::Regular, BODY, "•");
        }
        let left = self.left + indent;
        self.lines(&lines, left, BODY, LEAD);
        self.y += if block.bullet { 1.5 } else { 5.0 };
    }

    fn table(&mut self, t: &Table, continued: &str) {
        let size = 9.0;
        let lead = 12.0;
        let total: f32 = t.widths.iter().map(|w| f32::from(*w)).sum::<f32>().max(1.0);
        let span = self.right - self.left;
        let xs: Vec<f32> = t
            .widths
            .iter()
            .scan(self.left, |x, w| {
                let start = *x;
                *x += f32::from(*w) / total * span;
                Some(start)
            })
            .collect();
        let col_w = |i: usize| f32::from(t.widths[i]) / total * span;
        let pad = 1.2 * MM;
        let head = |flow: &mut Flow, cont: bool| {
            let y = flow.y + size;
            for (i, h) in t.head.iter().enumerate() {
                let text = if cont && i == 0 {
                    format!("{h} {continued}")
                } else {
                    h.clone()
                };
                let text = fit(&text, Style::Bold, size, col_w(i) - pad);
                if t.right[i] {
                    flow.page()
                        .right(xs[i] + col_w(i), y, Style::Bold, size, &text);
                } else {
                    flow.page().text(xs[i], y, Style::Bold, size, &text);
                }
            }
            flow.y += lead;
            let (l, r, y) = (flow.left, flow.right, flow.y - 2.0);
            flow.page().rule(l, r, y, 0.6, 0.3);
            flow.y += 1.5;
        };
        self.need(lead * 3.0);
        head(self, false);
        for row in &t.rows {
            let style = if row.total {
                Style::Bold
            } else {
                Style::Regular
            };
            // A label spans the empty cells after it.
            let last_filled = row.cells.len().saturating_sub(1);
            let mut cells: Vec<(usize, f32, Vec<String>)> = Vec::new();
            let mut i = 0;
            while i < row.cells.len() {
                let mut w = col_w(i);
                let mut j = i + 1;
                while j < last_filled && row.cells[j].is_empty() {
                    w += col_w(j);
                    j += 1;
                }
                let runs = [Run {
                    text: row.cells[i].clone(),
                    bold: row.total,
                }];
                let lines: Vec<String> = wrap(&runs, size, w - pad)
                    .into_iter()
                    .map(|l| {
                        l.into_iter()
                            .map(|(_, t, _)| t)
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                cells.push((i, w, lines));
                i = j;
            }
            let height = cells.iter().map(|c| c.2.len().max(1)).max().unwrap_or(1) as f32 * lead;
            if self.need(height + if row.total { 3.0 } else { 0.0 }) {
                head(self, true);
            }
            if row.total {
                let (l, r, y) = (self.left, self.right, self.y);
                self.page().rule(l, r, y, 0.4, 0.5);
                self.y += 2.0;
            }
            for (i, w, lines) in &cells {
                for (k, line) in lines.iter().enumerate() {
                    let y = self.y + size + k as f32 * lead;
                    if t.right[*i] {
                        self.page().right(xs[*i] + w, y, style, size, line);
                    } else {
                        self.page().text(xs[*i], y, style, size, line);
                    }
                }
            }
            self.y += height;
        }
        self.y += 8.0;
    }
}

/// Page size in points.
fn page_size(paper: Paper) -> (f32, f32) {
    match paper {
        Paper::A4 => (210.0 * MM, 297.0 * MM),
        Paper::Letter => (612.0, 792.0),
    }
}

/// Draws the first page's fixed parts; returns where the flowing text starts.
fn letterhead(flow: &mut Flow, m: &LetterModel, logo: Option<&(XObjectId, f32, f32)>) -> f32 {
    let right = flow.right;
    let left = flow.left;
    let page = flow.page();
    // Sender block, top right.
    let mut y = 15.0 * MM;
    for (i, line) in m.sender.iter().enumerate() {
        let (style, size) = if i == 0 {
            (Style::Bold, 10.5)
        } else {
            (Style::Regular, SMALL)
        };
        let text = fit(line, style, size, 95.0 * MM);
        page.right(right, y + size, style, size, &text);
        y += if i == 0 { 14.0 } else { 11.0 };
    }
    // Logo, top left, inside 45 × 22 mm.
    if let Some((id, w_px, h_px)) = logo {
        let (max_w, max_h) = (45.0 * MM, 22.0 * MM);
        let scale = (max_w / w_px).min(max_h / h_px);
        let (w, h) = (w_px * scale, h_px * scale);
        let _ = w;
        page.ops.push(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(left)),
                translate_y: Some(Pt(page.height - 12.0 * MM - h)),
                scale_x: Some(scale),
                scale_y: Some(scale),
                dpi: Some(72.0),
                ..Default::default()
            },
        });
    }
    // The envelope window: a return-address line, then the recipient.
    let window_left = 25.0 * MM;
    let return_line = {
        let mut parts = vec![m.sender.first().cloned().unwrap_or_default()];
        parts.extend(m.sender.iter().skip(1).take(2).cloned());
        parts.join(" · ")
    };
    page.grey(0.35);
    let text = fit(&return_line, Style::Regular, 6.5, 80.0 * MM);
    page.text(window_left, 49.0 * MM, Style::Regular, 6.5, &text);
    page.rule(
        window_left,
        window_left + width(&text, Style::Regular, 6.5),
        49.0 * MM + 1.2,
        0.3,
        0.5,
    );
    page.grey(0.0);
    let mut y = 55.0 * MM;
    for (i, line) in m.recipient.iter().take(7).enumerate() {
        let style = if i == 0 { Style::Bold } else { Style::Regular };
        let text = fit(line, style, BODY, 80.0 * MM);
        page.text(window_left, y + BODY, style, BODY, &text);
        y += 12.5;
    }
    // Fold marks (A4, DIN 5008) and the hole mark.
    if m.paper == Paper::A4 {
        page.rule(4.0 * MM, 9.0 * MM, 105.0 * MM, 0.3, 0.5);
        page.rule(4.0 * MM, 11.0 * MM, 148.5 * MM, 0.3, 0.5);
        page.rule(4.0 * MM, 9.0 * MM, 210.0 * MM, 0.3, 0.5);
    }
    // Place and date, right-aligned below the window.
    let date_y = (y + 6.0 * MM).max(98.0 * MM);
    page.right(right, date_y + BODY, Style::Regular, BODY, &m.place_date);
    date_y + 12.0 * MM
}

fn footer(page: &mut Page, m: &LetterModel, left: f32, right: f32, n: usize, of: usize) {
    let size = 7.0;
    let y0 = page.height - 17.0 * MM;
    page.rule(left, right, y0, 0.4, 0.6);
    page.grey(0.3);
    let runs = [Run {
        text: m.footer.clone(),
        bold: false,
    }];
    let lines = wrap(&runs, size, right - left);
    let mut y = y0 + 3.0 + size;
    for line in lines.iter().take(2) {
        for (style, text, dx) in line {
            page.text(left + dx, y, *style, size, text);
        }
        y += 9.0;
    }
    let label = format!("{} {n} {} {of}", m.page_words.0, m.page_words.1);
    page.right(right, page.height - 6.0 * MM, Style::Regular, size, &label);
    page.grey(0.0);
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
    flow.table(&m.invoice_table, &m.continued);
    if let Some(t) = &m.claim_table {
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
        flow.need(LEAD * (m.enclosures.len() as f32 + 1.0));
        let max = flow.right - left;
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
        pages.push(PdfPage::new(
            printpdf::Mm(flow.width / MM),
            printpdf::Mm(h / MM),
            page.ops,
        ));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<Run> {
        vec![Run {
            text: text.into(),
            bold: false,
        }]
    }

    #[test]
    fn wrapping_respects_the_width_and_cuts_long_words() {
        let lines = wrap(
            &runs("lorem ipsum dolor sit amet consectetur adipiscing elit"),
            10.0,
            80.0,
        );
        assert!(lines.len() > 2);
        for line in &lines {
            let end = line.last().map_or(0.0, |(s, t, x)| x + width(t, *s, 10.0));
            assert!(end <= 80.01, "{line:?}");
        }
        let long = "x".repeat(500);
        let lines = wrap(&runs(&long), 10.0, 100.0);
        assert!(lines.len() > 3);
        assert_eq!(lines.iter().map(|l| l[0].1.len()).sum::<usize>(), 500);
    }

    #[test]
    fn missing_glyphs_and_controls_become_visible_or_go() {
        assert_eq!(printable("a\u{0}b\u{7}c", Style::Regular), "abc");
        assert_eq!(printable("€ ß œ – é", Style::Regular), "€ ß œ – é");
        assert_eq!(printable("漢", Style::Regular), "?");
        let cut = fit(&"W".repeat(200), Style::Regular, 10.0, 50.0);
        assert!(cut.ends_with('…') && width(&cut, Style::Regular, 10.0) <= 50.01);
    }
}
