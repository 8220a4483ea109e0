//! Every window message exists in every language, with the same variables: `fl!` checks
//! the ids against English at compile time, and this checks Italian, German and French
//! against English.

use overdue::domain::party::Language;
use overdue::i18n::{ids_and_variables, shipped_ftl};

#[test]
fn every_message_id_exists_in_every_language_with_the_same_variables() {
    let en = ids_and_variables(&shipped_ftl(Language::En).expect("en"));
    assert!(
        en.len() > 10,
        "the English file holds {} messages",
        en.len()
    );
    let en_ids: Vec<&String> = en.iter().map(|(id, _)| id).collect();
    let mut dup = en_ids.clone();
    dup.dedup();
    assert_eq!(dup.len(), en_ids.len(), "an id is defined twice in English");
    for lang in [Language::It, Language::De, Language::Fr] {
        let other = ids_and_variables(&shipped_ftl(lang).expect("file"));
        let missing: Vec<_> = en
            .iter()
            .filter(|m| !other.iter().any(|o| o.0 == m.0))
            .map(|m| &m.0)
            .collect();
        let extra: Vec<_> = other
            .iter()
            .filter(|o| !en.iter().any(|m| m.0 == o.0))
            .map(|o| &o.0)
            .collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
        assert!(extra.is_empty(), "{lang}: not in English {extra:?}");
        for (m, o) in en.iter().zip(&other) {
            assert_eq!(
                m.1, o.1,
                "{lang}: '{}' has variables {:?}, English {:?}",
                m.0, o.1, m.1
            );
        }
    }
}

#[test]
fn no_isolation_marks_reach_the_window() {
    overdue::i18n::set_language(Language::It);
    let text = overdue::t!("first-run-try-demo-hint", count = 60);
    assert!(
        !text.contains('\u{2068}') && !text.contains('\u{2069}'),
        "{text:?}"
    );
    assert!(text.contains("60 fatture"), "{text}");
}
