//! One PDF to print from many letters: each letter's pages in turn, each letter
//! starting on a new sheet. A letter with an odd page count is followed by a blank page
//! of the same size, so that duplex printing never puts the next letter on the back of
//! the last page of this one. The letters' own bytes are not changed: their objects are
//! renumbered into one document with one page tree.

use lopdf::{Dictionary, Document, Object, ObjectId};

/// Where a letter's pages are in the merged PDF (1-based, inclusive; the blank page,
/// when added, is not counted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    /// Its first page.
    pub first: usize,
    /// Its last page.
    pub last: usize,
    /// Whether a blank page follows it.
    pub blank_after: bool,
}

/// Merges `pdfs` (each a whole PDF) into one print-ready PDF; where each letter is.
pub fn merge_for_print(pdfs: &[&[u8]]) -> Result<(Vec<u8>, Vec<Placed>), String> {
    let mut merged = Document::with_version("1.7");
    let pages_id = merged.new_object_id();
    let mut kids: Vec<Object> = Vec::new();
    let mut placed = Vec::new();
    let mut next_id = pages_id.0 + 1;
    for (n, bytes) in pdfs.iter().enumerate() {
        let mut doc =
            Document::load_mem(bytes).map_err(|e| format!("letter {} of the batch: {e}", n + 1))?;
        doc.renumber_objects_with(next_id);
        next_id = doc.max_id + 1;
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        if pages.is_empty() {
            return Err(format!("letter {} of the batch has no page", n + 1));
        }
        // A page's size may be inherited from its page tree: copy it onto the page.
        let mut last_box: Option<Object> = None;
        for id in &pages {
            let media = inherited(&doc, *id, b"MediaBox");
            let resources = inherited(&doc, *id, b"Resources");
            if let Ok(Object::Dictionary(page)) = doc.get_object_mut(*id) {
                if let Some(m) = media.clone() {
                    page.set("MediaBox", m);
                }
                if let Some(r) = resources {
                    page.set("Resources", r);
                }
                page.set("Parent", Object::Reference(pages_id));
            }
            last_box = media.or(last_box);
        }
        let first = kids.len() + 1;
        kids.extend(pages.iter().map(|id| Object::Reference(*id)));
        let last = kids.len();
        for (id, object) in doc.objects {
            if !is_tree_node(&object) {
                merged.objects.insert(id, object);
            }
        }
        let blank_after = pages.len() % 2 == 1;
        if blank_after {
            let mut blank = Dictionary::new();
            blank.set("Type", Object::Name(b"Page".to_vec()));
            blank.set("Parent", Object::Reference(pages_id));
            blank.set(
                "MediaBox",
                last_box.unwrap_or_else(|| {
                    Object::Array(vec![0.into(), 0.into(), 595.into(), 842.into()])
                }),
            );
            blank.set("Resources", Object::Dictionary(Dictionary::new()));
            let id = (next_id, 0);
            next_id += 1;
            merged.objects.insert(id, Object::Dictionary(blank));
            kids.push(Object::Reference(id));
        }
        placed.push(Placed {
            first,
            last,
            blank_after,
        });
    }
    let mut pages = Dictionary::new();
    pages.set("Type", Object::Name(b"Pages".to_vec()));
    pages.set("Count", Object::Integer(kids.len() as i64));
    pages.set("Kids", Object::Array(kids));
    merged.objects.insert(pages_id, Object::Dictionary(pages));
    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("Pages", Object::Reference(pages_id));
    let catalog_id = (next_id, 0);
    merged
        .objects
        .insert(catalog_id, Object::Dictionary(catalog));
    merged.trailer.set("Root", Object::Reference(catalog_id));
    merged.max_id = next_id;
    merged.renumber_objects();
    merged.compress();
    let mut out = Vec::new();
    merged
        .save_to(&mut out)
        .map_err(|e| format!("the print file could not be written: {e}"))?;
    Ok((out, placed))
}

/// A page attribute, looked up the page tree when the page does not carry it.
fn inherited(doc: &Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut id = page;
    for _ in 0..32 {
        let dict = doc.get_dictionary(id).ok()?;
        if let Ok(v) = dict.get(key) {
            return Some(match v {
                Object::Reference(r) => doc.get_object(*r).ok()?.clone(),
                other => other.clone(),
            });
        }
        id = dict.get(b"Parent").ok()?.as_reference().ok()?;
    }
    None
}

/// The old documents' catalogs, page trees and outlines: the merged file has its own.
fn is_tree_node(object: &Object) -> bool {
    let Object::Dictionary(d) = object else {
        return false;
    };
    matches!(
        d.get(b"Type").and_then(Object::as_name),
        Ok(b"Catalog" | b"Pages" | b"Outlines" | b"Outline")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ladder::Stage;
    use crate::domain::party::Language;
    use crate::letters::compose::compose;
    use crate::letters::sample;
    use crate::letters::templates::Templates;

    fn letter(count: usize) -> Vec<u8> {
        let facts = sample::grouped(Language::En, Stage::Reminder, count);
        let model = compose(&facts.facts(), &Templates::embedded()).expect("compose");
        super::super::render(&model)
    }

    fn pages(pdf: &[u8]) -> usize {
        Document::load_mem(pdf).expect("reads").get_pages().len()
    }

    #[test]
    fn each_letter_starts_on_a_new_sheet() {
        let one = letter(1);
        let two = (1..60)
            .map(letter)
            .find(|p| pages(p) == 2)
            .expect("a two-page letter");
        assert_eq!(pages(&one), 1);
        let (bytes, placed) = merge_for_print(&[&one, &two, &one]).expect("merges");
        let doc = Document::load_mem(&bytes).expect("reads back");
        assert_eq!(doc.get_pages().len(), 2 + 2 + 2);
        assert_eq!(
            placed,
            vec![
                Placed {
                    first: 1,
                    last: 1,
                    blank_after: true
                },
                Placed {
                    first: 3,
                    last: 4,
                    blank_after: false
                },
                Placed {
                    first: 5,
                    last: 5,
                    blank_after: true
                },
            ]
        );
    }
}
