//! VAT numbers, checked for shape before they are printed on a letter. A VAT number on a
//! demand identifies the debtor (and the sender) in court; a typo there is the kind of
//! error a debtor's lawyer points at. The shapes are the ones the EU's VIES service and
//! the national registries publish; the check digits of each country are not verified
//! (only the shape), so a well-formed number may still not exist.
//!
//! A number typed without its country prefix takes the country it is given (the
//! client's, or the sender's), and spaces, dots and dashes are dropped. An Italian
//! individual may be identified by the *codice fiscale* instead (16 characters).

/// One country's shapes: `d` a digit, `a` a letter, `x` a letter or a digit.
struct Shape {
    prefix: &'static str,
    forms: &'static [&'static str],
}

const SHAPES: &[Shape] = &[
    Shape {
        prefix: "AT",
        forms: &["Udddddddd"],
    },
    Shape {
        prefix: "BE",
        forms: &["dddddddddd"],
    },
    Shape {
        prefix: "BG",
        forms: &["ddddddddd", "dddddddddd"],
    },
    Shape {
        prefix: "CY",
        forms: &["dddddddda"],
    },
    Shape {
        prefix: "CZ",
        forms: &["dddddddd", "ddddddddd", "dddddddddd"],
    },
    Shape {
        prefix: "DE",
        forms: &["ddddddddd"],
    },
    Shape {
        prefix: "DK",
        forms: &["dddddddd"],
    },
    Shape {
        prefix: "EE",
        forms: &["ddddddddd"],
    },
    Shape {
        prefix: "EL",
        forms: &["ddddddddd"],
    },
    Shape {
        prefix: "ES",
        forms: &["xdddddddx"],
    },
    Shape {
        prefix: "FI",
        forms: &["dddddddd"],
    },
    Shape {
        prefix: "FR",
        forms: &["xxddddddddd"],
    },
    Shape {
        prefix: "HR",
        forms: &["ddddddddddd"],
    },
    Shape {
        prefix: "HU",
        forms: &["dddddddd"],
    },
    Shape {
        prefix: "IE",
        forms: &["ddddddda", "dddddddaa", "dxddddda"],
    },
    Shape {
        prefix: "IT",
        forms: &["ddddddddddd"],
    },
    Shape {
        prefix: "LT",
        forms: &["ddddddddd", "dddddddddddd"],
    },
    Shape {
        prefix: "LU",
        forms: &["dddddddd"],
    },
    Shape {
        prefix: "LV",
        forms: &["ddddddddddd"],
    },
    Shape {
        prefix: "MT",
        forms: &["dddddddd"],
    },
    Shape {
        prefix: "NL",
        forms: &["dddddddddBdd"],
    },
    Shape {
        prefix: "PL",
        forms: &["dddddddddd"],
    },
    Shape {
        prefix: "PT",
        forms: &["ddddddddd"],
    },
    Shape {
        prefix: "RO",
        forms: &[
            "dd",
            "ddd",
            "dddd",
            "ddddd",
            "dddddd",
            "ddddddd",
            "dddddddd",
            "ddddddddd",
            "dddddddddd",
        ],
    },
    Shape {
        prefix: "SE",
        forms: &["dddddddddd01"],
    },
    Shape {
        prefix: "SI",
        forms: &["dddddddd"],
    },
    Shape {
        prefix: "SK",
        forms: &["dddddddddd"],
    },
    Shape {
        prefix: "GB",
        forms: &["ddddddddd", "dddddddddddd", "GDddd", "HAddd"],
    },
    Shape {
        prefix: "XI",
        forms: &["ddddddddd", "dddddddddddd"],
    },
    Shape {
        prefix: "CHE",
        forms: &["ddddddddd"],
    },
    Shape {
        prefix: "NO",
        forms: &["ddddddddd", "dddddddddMVA"],
    },
];

/// What a country's numbers look like, in words: "IT + 11 digits (or a 16-character
/// codice fiscale)".
fn shape_words(prefix: &str) -> String {
    match prefix {
        "AT" => crate::t!("msg-vat-shape-at"),
        "BE" => crate::t!("msg-vat-shape-be"),
        "BG" => crate::t!("msg-vat-shape-bg"),
        "CY" => crate::t!("msg-vat-shape-cy"),
        "CZ" => crate::t!("msg-vat-shape-cz"),
        "DE" => crate::t!("msg-vat-shape-de"),
        "DK" => crate::t!("msg-vat-shape-dk"),
        "EE" => crate::t!("msg-vat-shape-ee"),
        "EL" => crate::t!("msg-vat-shape-el"),
        "ES" => crate::t!("msg-vat-shape-es"),
        "FI" => crate::t!("msg-vat-shape-fi"),
        "FR" => crate::t!("msg-vat-shape-fr"),
        "HR" => crate::t!("msg-vat-shape-hr"),
        "HU" => crate::t!("msg-vat-shape-hu"),
        "IE" => crate::t!("msg-vat-shape-ie"),
        "IT" => crate::t!("msg-vat-shape-it"),
        "LT" => crate::t!("msg-vat-shape-lt"),
        "LU" => crate::t!("msg-vat-shape-lu"),
        "LV" => crate::t!("msg-vat-shape-lv"),
        "MT" => crate::t!("msg-vat-shape-mt"),
        "NL" => crate::t!("msg-vat-shape-nl"),
        "PL" => crate::t!("msg-vat-shape-pl"),
        "PT" => crate::t!("msg-vat-shape-pt"),
        "RO" => crate::t!("msg-vat-shape-ro"),
        "SE" => crate::t!("msg-vat-shape-se"),
        "SI" => crate::t!("msg-vat-shape-si"),
        "SK" => crate::t!("msg-vat-shape-sk"),
        "GB" => crate::t!("msg-vat-shape-gb"),
        "XI" => crate::t!("msg-vat-shape-xi"),
        "CHE" => crate::t!("msg-vat-shape-che"),
        "NO" => crate::t!("msg-vat-shape-no"),
        other => other.to_string(),
    }
}

fn fits(body: &str, form: &str) -> bool {
    body.chars().count() == form.chars().count()
        && body.chars().zip(form.chars()).all(|(c, f)| match f {
            'd' => c.is_ascii_digit(),
            'a' => c.is_ascii_uppercase(),
            'x' => c.is_ascii_digit() || c.is_ascii_uppercase(),
            lit => c == lit,
        })
}

/// The Italian codice fiscale of a person: 6 letters, 2 digits, a letter, 2 digits, a
/// letter, 3 digits, a letter (digits may be replaced by letters for homonyms).
fn codice_fiscale(s: &str) -> bool {
    s.len() == 16
        && s.chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && s[..6].chars().all(|c| c.is_ascii_uppercase())
        && s[15..].chars().all(|c| c.is_ascii_uppercase())
}

/// Checks a VAT number's shape; returns it in its compact form (prefix and body, no
/// spaces), or a message saying what the country's numbers look like. `country` is the
/// ISO code of the party's country, used when the number has no prefix; countries with
/// no known shape are accepted as typed (one line, at most 30 characters).
pub fn check(text: &str, country: &str) -> Result<String, String> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-' | '/'))
        .flat_map(char::to_uppercase)
        .collect();
    if compact.is_empty() {
        return Err(crate::t!("err-vat-empty"));
    }
    if compact.chars().count() > 30 || text.chars().any(char::is_control) {
        return Err(crate::t!("err-vat-too-long", value = text.trim()));
    }
    let country = match country.trim().to_uppercase().as_str() {
        "GR" => "EL".to_string(),
        "CH" => "CHE".to_string(),
        c => c.to_string(),
    };
    // An Italian individual's codice fiscale first: it may start with any letters.
    if country == "IT" && codice_fiscale(&compact) {
        return Ok(compact);
    }
    // Greece's VAT prefix is EL, though people type GR.
    let compact = match compact.strip_prefix("GR") {
        Some(rest) => format!("EL{rest}"),
        None => compact,
    };
    // The prefix typed wins over the party's country: a number names its own state.
    let shape = SHAPES
        .iter()
        .find(|s| compact.starts_with(s.prefix))
        .or_else(|| SHAPES.iter().find(|s| s.prefix == country));
    let Some(shape) = shape else {
        return Ok(compact);
    };
    let body = compact.strip_prefix(shape.prefix).unwrap_or(&compact);
    // Swiss numbers carry the VAT suffix in the local language.
    let body = if shape.prefix == "CHE" {
        ["MWST", "TVA", "IVA"]
            .iter()
            .find_map(|s| body.strip_suffix(s))
            .unwrap_or(body)
    } else {
        body
    };
    if shape.forms.iter().any(|f| fits(body, f)) {
        Ok(if shape.prefix == "CHE" {
            format!("CHE-{}.{}.{}", &body[..3], &body[3..6], &body[6..])
        } else {
            format!("{}{body}", shape.prefix)
        })
    } else {
        Err(crate::t!(
            "err-vat-wrong-shape",
            value = text.trim(),
            prefix = shape.prefix,
            shape = shape_words(shape.prefix)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn numbers_of_each_market_in_the_ways_people_type_them() {
        assert_eq!(check("IT 012 345 67890", "IT"), Ok("IT01234567890".into()));
        assert_eq!(check("01234567890", "IT"), Ok("IT01234567890".into()));
        assert_eq!(
            check("RSSMRA80A01F205X", "IT"),
            Ok("RSSMRA80A01F205X".into())
        );
        assert_eq!(check("de 123456789", "IT"), Ok("DE123456789".into()));
        assert_eq!(check("FR 40 303265045", "FR"), Ok("FR40303265045".into()));
        assert_eq!(check("GB 123 4567 89", "GB"), Ok("GB123456789".into()));
        assert_eq!(check("NL123456789B01", "NL"), Ok("NL123456789B01".into()));
        assert_eq!(check("ATU12345678", "AT"), Ok("ATU12345678".into()));
        assert_eq!(check("B12345678", "ES"), Ok("ESB12345678".into()));
        assert_eq!(check("123456789", "GR"), Ok("EL123456789".into()));
        assert_eq!(check("GR 123456789", "GR"), Ok("EL123456789".into()));
        // A codice fiscale whose letters happen to start like a prefix.
        assert_eq!(
            check("DELMRA80A01F205X", "IT"),
            Ok("DELMRA80A01F205X".into())
        );
        assert_eq!(
            check("CHE-123.456.789 MWST", "CH"),
            Ok("CHE-123.456.789".into())
        );
        // No known shape: accepted as typed, compacted.
        assert_eq!(check("12-3456789", "US"), Ok("123456789".into()));
    }

    #[test]
    fn wrong_shapes_say_what_the_country_expects() {
        let e = check("IT00 1234", "IT").expect_err("too short");
        assert!(e.contains("IT + 11 digits"), "{e}");
        assert!(e.contains("IT00 1234"), "{e}");
        let e = check("DE12345678", "DE").expect_err("8 digits");
        assert!(e.contains("DE + 9 digits"), "{e}");
        assert!(check("NL123456789X01", "NL").is_err());
        assert!(check("ATU1234567", "AT").is_err());
        assert!(check("", "IT").is_err());
        assert!(check(&"1".repeat(40), "US").is_err());
    }
}
