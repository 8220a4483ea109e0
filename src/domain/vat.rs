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
    words: &'static str,
}

const SHAPES: &[Shape] = &[
    Shape {
        prefix: "AT",
        forms: &["Udddddddd"],
        words: "ATU + 8 digits",
    },
    Shape {
        prefix: "BE",
        forms: &["dddddddddd"],
        words: "BE + 10 digits",
    },
    Shape {
        prefix: "BG",
        forms: &["ddddddddd", "dddddddddd"],
        words: "BG + 9 or 10 digits",
    },
    Shape {
        prefix: "CY",
        forms: &["dddddddda"],
        words: "CY + 8 digits and a letter",
    },
    Shape {
        prefix: "CZ",
        forms: &["dddddddd", "ddddddddd", "dddddddddd"],
        words: "CZ + 8 to 10 digits",
    },
    Shape {
        prefix: "DE",
        forms: &["ddddddddd"],
        words: "DE + 9 digits",
    },
    Shape {
        prefix: "DK",
        forms: &["dddddddd"],
        words: "DK + 8 digits",
    },
    Shape {
        prefix: "EE",
        forms: &["ddddddddd"],
        words: "EE + 9 digits",
    },
    Shape {
        prefix: "EL",
        forms: &["ddddddddd"],
        words: "EL + 9 digits",
    },
    Shape {
        prefix: "ES",
        forms: &["xdddddddx"],
        words: "ES + 9 characters (a letter or digit, 7 digits, a letter or digit)",
    },
    Shape {
        prefix: "FI",
        forms: &["dddddddd"],
        words: "FI + 8 digits",
    },
    Shape {
        prefix: "FR",
        forms: &["xxddddddddd"],
        words: "FR + 2 characters and 9 digits (the SIREN)",
    },
    Shape {
        prefix: "HR",
        forms: &["ddddddddddd"],
        words: "HR + 11 digits",
    },
    Shape {
        prefix: "HU",
        forms: &["dddddddd"],
        words: "HU + 8 digits",
    },
    Shape {
        prefix: "IE",
        forms: &["ddddddda", "dddddddaa", "dxddddda"],
        words: "IE + 7 digits and 1 or 2 letters",
    },
    Shape {
        prefix: "IT",
        forms: &["ddddddddddd"],
        words: "IT + 11 digits (or a 16-character codice fiscale)",
    },
    Shape {
        prefix: "LT",
        forms: &["ddddddddd", "dddddddddddd"],
        words: "LT + 9 or 12 digits",
    },
    Shape {
        prefix: "LU",
        forms: &["dddddddd"],
        words: "LU + 8 digits",
    },
    Shape {
        prefix: "LV",
        forms: &["ddddddddddd"],
        words: "LV + 11 digits",
    },
    Shape {
        prefix: "MT",
        forms: &["dddddddd"],
        words: "MT + 8 digits",
    },
    Shape {
        prefix: "NL",
        forms: &["dddddddddBdd"],
        words: "NL + 9 digits, B and 2 digits",
    },
    Shape {
        prefix: "PL",
        forms: &["dddddddddd"],
        words: "PL + 10 digits",
    },
    Shape {
        prefix: "PT",
        forms: &["ddddddddd"],
        words: "PT + 9 digits",
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
        words: "RO + 2 to 10 digits",
    },
    Shape {
        prefix: "SE",
        forms: &["dddddddddd01"],
        words: "SE + 10 digits and 01",
    },
    Shape {
        prefix: "SI",
        forms: &["dddddddd"],
        words: "SI + 8 digits",
    },
    Shape {
        prefix: "SK",
        forms: &["dddddddddd"],
        words: "SK + 10 digits",
    },
    Shape {
        prefix: "GB",
        forms: &["ddddddddd", "dddddddddddd", "GDddd", "HAddd"],
        words: "GB + 9 or 12 digits",
    },
    Shape {
        prefix: "XI",
        forms: &["ddddddddd", "dddddddddddd"],
        words: "XI + 9 or 12 digits",
    },
    Shape {
        prefix: "CHE",
        forms: &["ddddddddd"],
        words: "CHE-123.456.789",
    },
    Shape {
        prefix: "NO",
        forms: &["ddddddddd", "dddddddddMVA"],
        words: "NO + 9 digits (MVA)",
    },
];

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
        return Err("is empty".into());
    }
    if compact.chars().count() > 30 || text.chars().any(char::is_control) {
        return Err(format!("'{}' is not a VAT number (too long)", text.trim()));
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
        Err(format!(
            "'{}' is not the shape of a VAT number of {}: {}",
            text.trim(),
            shape.prefix,
            shape.words
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
