//! Bank details as payers type them: an IBAN checked by its mod-97 check digits, a BIC
//! by its shape, and a UK sort code and account number by their length. Each is
//! normalised (no spaces, capitals) for storage and printed grouped the usual way.

/// Checks and normalises an IBAN: `it60 x054 ...` → `IT60X0542811101000000123456`.
pub fn iban(text: &str) -> Result<String, String> {
    let s: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_uppercase();
    if s.len() < 15 || s.len() > 34 {
        return Err(crate::t!(
            "err-bank-iban-length",
            value = text.trim(),
            count = s.len()
        ));
    }
    let bytes = s.as_bytes();
    if !bytes[..2].iter().all(u8::is_ascii_uppercase) || !bytes[2..4].iter().all(u8::is_ascii_digit)
    {
        return Err(crate::t!("err-bank-iban-start", value = text.trim()));
    }
    if !bytes.iter().all(u8::is_ascii_alphanumeric) {
        return Err(crate::t!("err-bank-iban-characters", value = text.trim()));
    }
    // Mod 97 over the rearranged digits (ISO 13616), a digit or letter at a time.
    let rearranged = s[4..].bytes().chain(s[..4].bytes());
    let mut rem: u32 = 0;
    for b in rearranged {
        let v = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    if rem != 1 {
        return Err(crate::t!("err-bank-iban-check-digits", value = text.trim()));
    }
    Ok(s)
}

/// An IBAN in groups of four, as printed.
pub fn iban_grouped(iban: &str) -> String {
    iban.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks and normalises a BIC: 8 or 11 characters, bank (4 letters), country (2 letters),
/// location (2), branch (3, optional).
pub fn bic(text: &str) -> Result<String, String> {
    let s: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let b = s.as_bytes();
    let ok = (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b[6..].iter().all(u8::is_ascii_alphanumeric);
    if !ok {
        return Err(crate::t!("err-bank-bic", value = text.trim()));
    }
    Ok(s)
}

/// Checks and normalises a UK sort code: six digits, printed `12-34-56`.
pub fn sort_code(text: &str) -> Result<String, String> {
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(crate::t!("err-bank-sort-code", value = text.trim()));
    }
    Ok(format!(
        "{}-{}-{}",
        &digits[..2],
        &digits[2..4],
        &digits[4..]
    ))
}

/// Checks a UK account number: eight digits.
pub fn account_number(text: &str) -> Result<String, String> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(crate::t!("err-bank-account-number", value = text.trim()));
    }
    Ok(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibans_are_checked_by_mod_97() {
        assert_eq!(
            iban("it60 x054 2811 1010 0000 0123 456"),
            Ok("IT60X0542811101000000123456".into())
        );
        assert_eq!(
            iban("GB29 NWBK 6016 1331 9268 19"),
            Ok("GB29NWBK60161331926819".into())
        );
        assert_eq!(
            iban("DE89370400440532013000"),
            Ok("DE89370400440532013000".into())
        );
        let e = iban("IT61X0542811101000000123456").expect_err("bad check digits");
        assert!(e.contains("check digits do not match"), "{e}");
        let e = iban("IT00 1234").expect_err("too short");
        assert!(e.contains("15 to 34"), "{e}");
        assert_eq!(
            iban_grouped("GB29NWBK60161331926819"),
            "GB29 NWBK 6016 1331 9268 19"
        );
    }

    #[test]
    fn bic_sort_code_and_account_number_are_checked_by_shape() {
        assert_eq!(bic("bpmoit22xxx"), Ok("BPMOIT22XXX".into()));
        assert_eq!(bic("NWBKGB2L"), Ok("NWBKGB2L".into()));
        assert!(bic("NWBK2L").is_err());
        assert_eq!(sort_code("601613"), Ok("60-16-13".into()));
        assert_eq!(sort_code("60 16 13"), Ok("60-16-13".into()));
        assert!(sort_code("60-16-1").is_err());
        assert_eq!(account_number("31926819"), Ok("31926819".into()));
        assert!(account_number("3192681").is_err());
    }
}
