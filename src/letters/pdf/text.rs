//! Text on the page: the fonts (parsed once per process), glyph widths, and wrapping.
//!
//! Every string is measured with the real advance widths of Liberation Sans, so a line
//! never runs past its margin. A word wider than the line is cut between characters, a
//! one-line field too long for its box ends with an ellipsis, control characters are
//! dropped, and a character the font has no glyph for prints as a visible '?'.

use printpdf::{FontId, ParsedFont};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Liberation Sans Regular (SIL OFL 1.1): the letters' face, and the window's.
pub const REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Regular.ttf");
/// Liberation Sans Bold.
pub const BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Bold.ttf");

use crate::letters::templates::Run;

/// Regular, bold, italic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    Regular,
    Bold,
    Italic,
}

pub(super) struct Face {
    pub(super) font: ParsedFont,
    pub(super) id: FontId,
    /// Advance of each char, in em, cached as met.
    pub(super) widths: HashMap<char, Option<f32>>,
}

impl Face {
    pub(super) fn load(bytes: &[u8], id: &str) -> Face {
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
    pub(super) fn advance(&self, c: char) -> Option<f32> {
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

pub(super) struct Fonts {
    pub(super) regular: Face,
    pub(super) bold: Face,
    pub(super) italic: Face,
}

pub(super) fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        regular: Face::load(REGULAR_TTF, "F1"),
        bold: Face::load(BOLD_TTF, "F2"),
        italic: Face::load(
            include_bytes!("../../../assets/fonts/LiberationSans-Italic.ttf"),
            "F3",
        ),
    })
}

pub(super) fn face(style: Style) -> &'static Face {
    let f = fonts();
    match style {
        Style::Regular => &f.regular,
        Style::Bold => &f.bold,
        Style::Italic => &f.italic,
    }
}

/// Makes text printable in a face: control characters go, a glyph the font lacks becomes
/// a visible '?'.
pub(super) fn printable(text: &str, style: Style) -> String {
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

/// The advance of one character at `size` points ('?' for one the font lacks).
fn char_width(c: char, style: Style, size: f32) -> f32 {
    let f = face(style);
    f.advance(c).or_else(|| f.advance('?')).unwrap_or(0.5) * size
}

pub(super) fn width(text: &str, style: Style, size: f32) -> f32 {
    let f = face(style);
    text.chars()
        .map(|c| f.advance(c).or_else(|| f.advance('?')).unwrap_or(0.5))
        .sum::<f32>()
        * size
}

/// A word with its style, ready to place.
#[derive(Clone, Debug)]
pub(super) struct Word {
    pub(super) text: String,
    pub(super) style: Style,
    pub(super) width: f32,
}

/// Splits runs into words and wraps them to `max` points. Words longer than a line are
/// cut between characters.
pub(super) fn wrap(runs: &[Run], size: f32, max: f32) -> Vec<Vec<(Style, String, f32)>> {
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
    // Words with no space between them (a bold date and the full stop after it) are one
    // cluster: a line never breaks inside it, so punctuation stays with its word.
    let mut clusters: Vec<(Vec<Word>, bool)> = Vec::new();
    for (word, space_before) in words {
        match clusters.last_mut() {
            Some((cluster, _)) if !space_before => cluster.push(word),
            _ => clusters.push((vec![word], space_before)),
        }
    }
    let mut lines: Vec<Vec<(Style, String, f32)>> = Vec::new();
    let mut line: Vec<(Style, String, f32)> = Vec::new();
    let mut x = 0.0f32;
    for (cluster, space_before) in clusters {
        let gap = if space_before && !line.is_empty() {
            space
        } else {
            0.0
        };
        let total: f32 = cluster.iter().map(|w| w.width).sum();
        if cluster.len() > 1 && total <= max {
            if x + gap + total > max && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                x = 0.0;
            } else {
                x += gap;
            }
            for w in cluster {
                line.push((w.style, w.text, x));
                x += w.width;
            }
            continue;
        }
        for (k, word) in cluster.into_iter().enumerate() {
            let space_before = k == 0 && space_before;
            place(
                word,
                space_before,
                space,
                size,
                max,
                &mut lines,
                &mut line,
                &mut x,
            );
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Places one word on the current line, or on a new one, or cut into pieces when it is
/// wider than a whole line.
#[allow(clippy::too_many_arguments)]
fn place(
    word: Word,
    space_before: bool,
    space: f32,
    size: f32,
    max: f32,
    lines: &mut Vec<Vec<(Style, String, f32)>>,
    line: &mut Vec<(Style, String, f32)>,
    x: &mut f32,
) {
    {
        let gap = if space_before && !line.is_empty() {
            space
        } else {
            0.0
        };
        if *x + gap + word.width <= max || line.is_empty() && word.width <= max {
            line.push((word.style, word.text, *x + gap));
            *x += gap + word.width;
            return;
        }
        if word.width <= max {
            lines.push(std::mem::take(line));
            line.push((word.style, word.text, 0.0));
            *x = word.width;
            return;
        }
        // A word wider than the line: cut it into pieces that fit.
        if !line.is_empty() {
            lines.push(std::mem::take(line));
        }
        // Widths are added up char by char, so a 100,000-character word stays linear.
        let mut piece = String::new();
        let mut piece_w = 0.0f32;
        for c in word.text.chars() {
            let w = char_width(c, word.style, size);
            if piece_w + w > max && !piece.is_empty() {
                lines.push(vec![(word.style, std::mem::take(&mut piece), 0.0)]);
                piece_w = 0.0;
            }
            piece.push(c);
            piece_w += w;
        }
        *x = piece_w;
        line.push((word.style, piece, 0.0));
    }
}

/// Cuts a single-line text to `max` points with an ellipsis.
pub(super) fn fit(text: &str, style: Style, size: f32, max: f32) -> String {
    let text = printable(text, style);
    if width(&text, style, size) <= max {
        return text;
    }
    let room = max - char_width('…', style, size);
    let mut out = String::new();
    let mut used = 0.0f32;
    for c in text.chars() {
        let w = char_width(c, style, size);
        if used + w > room {
            break;
        }
        out.push(c);
        used += w;
    }
    format!("{out}…")
}

/// Parses the fonts now rather than at the first letter (for batch runs and benches).
pub fn warm_up() {
    let _ = fonts();
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
    fn punctuation_after_a_bold_run_stays_on_its_line() {
        // The review's French letter: "… au plus tard le **21 mars 2026**." wrapped the
        // full stop onto a line of its own.
        let text = "Je vous demande de régler 8 490,22 € soit au plus tard le";
        for max in (200..420).step_by(3) {
            let lines = wrap(
                &[
                    Run {
                        text: text.into(),
                        bold: false,
                    },
                    Run {
                        text: " 21 mars 2026".into(),
                        bold: true,
                    },
                    Run {
                        text: ". Merci.".into(),
                        bold: false,
                    },
                ],
                10.0,
                max as f32,
            );
            for line in &lines {
                let first = line.first().map(|w| w.1.as_str()).unwrap_or("");
                assert!(
                    !first.starts_with('.'),
                    "a line starts with '.' at {max}: {lines:?}"
                );
                let end = line.last().map_or(0.0, |(s, t, x)| x + width(t, *s, 10.0));
                assert!(end <= max as f32 + 0.01, "{line:?}");
            }
            let date_line = lines
                .iter()
                .find(|l| l.iter().any(|w| w.1 == "2026"))
                .expect("the date is printed");
            assert!(
                date_line.iter().any(|w| w.1 == "." || w.1.starts_with('.')),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn huge_inputs_wrap_and_fit_in_linear_time() {
        let name = "Ä".repeat(100_000);
        let lines = wrap(&runs(&name), 10.0, 400.0);
        assert!(lines.len() > 100);
        let total: usize = lines.iter().map(|l| l[0].1.chars().count()).sum();
        assert_eq!(total, 100_000);
        let cut = fit(&name, Style::Bold, 10.0, 200.0);
        assert!(cut.ends_with('…') && width(&cut, Style::Bold, 10.0) <= 200.01);
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
