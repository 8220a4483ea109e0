//! Layout: pages as lists of drawing operations, the flowing body with its paragraphs
//! and tables, the letterhead with the envelope window, and the footer.

use printpdf::{
    Color, Greyscale, Line, LinePoint, Op, PdfFontHandle, Point, Pt, TextItem, XObjectId,
    XObjectTransform,
};

use super::MM;
use super::text::{Style, face, fit, printable, width, wrap};
use crate::domain::party::Paper;
use crate::letters::compose::{LetterModel, Table};
use crate::letters::templates::{Block, Run};

/// One page's drawing operations, with y measured from the top.
pub(super) struct Page {
    pub(super) ops: Vec<Op>,
    pub(super) height: f32,
}

impl Page {
    pub(super) fn text(&mut self, x: f32, y_top: f32, style: Style, size: f32, text: &str) {
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

    pub(super) fn right(&mut self, x_right: f32, y_top: f32, style: Style, size: f32, text: &str) {
        let text = printable(text, style);
        let w = width(&text, style, size);
        self.text(x_right - w, y_top, style, size, &text);
    }

    pub(super) fn rule(&mut self, x1: f32, x2: f32, y_top: f32, thickness: f32, grey: f32) {
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

    pub(super) fn grey(&mut self, level: f32) {
        self.ops.push(Op::SetFillColor {
            col: Color::Greyscale(Greyscale::new(level, None)),
        });
    }
}

/// The flowing part of the letter: a cursor over pages.
pub(super) struct Flow {
    pub(super) pages: Vec<Page>,
    pub(super) y: f32,
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) left: f32,
    pub(super) right: f32,
    pub(super) bottom: f32,
    pub(super) top_next: f32,
}

pub(super) const BODY: f32 = 10.0;
pub(super) const LEAD: f32 = 13.6;
pub(super) const SMALL: f32 = 8.5;

/// The line height of a table row.
const TABLE_LEAD: f32 = 12.0;

impl Flow {
    pub(super) fn page(&mut self) -> &mut Page {
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Page {
            ops: Vec::new(),
            height: self.height,
        });
        self.y = self.top_next;
    }

    /// Starts a new page unless `h` more points fit.
    pub(super) fn need(&mut self, h: f32) -> bool {
        if self.y + h > self.bottom {
            self.new_page();
            return true;
        }
        false
    }

    pub(super) fn lines(
        &mut self,
        lines: &[Vec<(Style, String, f32)>],
        x: f32,
        size: f32,
        lead: f32,
    ) {
        for line in lines {
            self.need(lead);
            let y = self.y + size;
            for (style, text, dx) in line {
                self.page().text(x + dx, y, *style, size, text);
            }
            self.y += lead;
        }
    }

    pub(super) fn block(&mut self, block: &Block) {
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

    /// About how tall `t` is drawn, when its cells take one line each.
    pub(super) fn table_height(t: &Table) -> f32 {
        let totals = t.rows.iter().filter(|r| r.total).count() as f32;
        let head = if t.head.is_empty() {
            0.0
        } else {
            TABLE_LEAD + 1.5
        };
        head + t.rows.len() as f32 * TABLE_LEAD + totals * 3.0 + 8.0
    }

    /// Keeps the next `h` points on one page when they are short (a third of a page at
    /// most): a short table, or a caption with its table, moves whole to the next page
    /// rather than leaving a row or two, or its caption, behind. A long one breaks between
    /// rows instead of leaving most of a page empty.
    pub(super) fn keep_together(&mut self, h: f32) {
        if h <= (self.bottom - self.top_next) / 3.0 {
            self.need(h);
        }
    }

    pub(super) fn table(&mut self, t: &Table, continued: &str) {
        let size = 9.0;
        let lead = TABLE_LEAD;
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
            // A table of sums alone has no headings.
            if t.head.is_empty() {
                return;
            }
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
        // A table that fits on a page is kept whole; a longer one starts with at least
        // its headings and two rows, and continues under its repeated headings.
        self.keep_together(Self::table_height(t));
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

/// Draws the first page's fixed parts; returns where the flowing text starts.
pub(super) fn letterhead(
    flow: &mut Flow,
    m: &LetterModel,
    logo: Option<&(XObjectId, f32, f32)>,
) -> f32 {
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
        let h = h_px * scale;
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
    // How it is sent ("Raccomandata A/R", "Via PEC"), in the window's note zone.
    let mut room = 7;
    if let Some(note) = &m.sending {
        let text = fit(note, Style::Bold, 8.5, 80.0 * MM);
        page.text(window_left, y + 8.5, Style::Bold, 8.5, &text);
        y += 12.5;
        room = 6;
    }
    for (i, line) in m.recipient.iter().take(room).enumerate() {
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

pub(super) fn footer(page: &mut Page, m: &LetterModel, left: f32, right: f32, n: usize, of: usize) {
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
