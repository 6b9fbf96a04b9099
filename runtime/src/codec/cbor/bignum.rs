//! Decimal text <-> the big-endian magnitudes of CBOR bignums (tags 2 and 3), without a bignum crate:
//! the numbers are short and converted once per value, so schoolbook base conversion is enough.

/// The magnitude of decimal `digits` (ASCII `0-9` only) as big-endian bytes, no leading zeros.
pub(super) fn decimal_to_bytes(digits: &str) -> Vec<u8> {
    // Little-endian base-256 limbs, multiplied by 10 and added to per digit.
    let mut limbs: Vec<u8> = Vec::new();
    for d in digits.bytes() {
        let mut carry = u32::from(d - b'0');
        for limb in limbs.iter_mut() {
            let v = u32::from(*limb) * 10 + carry;
            *limb = (v & 0xff) as u8;
            carry = v >> 8;
        }
        while carry > 0 {
            limbs.push((carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    limbs.reverse();
    limbs
}

/// Big-endian bytes as decimal digits (`"0"` for none).
pub(super) fn bytes_to_decimal(bytes: &[u8]) -> String {
    // Little-endian base-10 digits, multiplied by 256 and added to per byte.
    let mut digits: Vec<u8> = Vec::new();
    for &b in bytes {
        let mut carry = u32::from(b);
        for d in digits.iter_mut() {
            let v = u32::from(*d) * 256 + carry;
            *d = (v % 10) as u8;
            carry = v / 10;
        }
        while carry > 0 {
            digits.push((carry % 10) as u8);
            carry /= 10;
        }
    }
    if digits.is_empty() {
        return "0".to_owned();
    }
    digits.iter().rev().map(|d| char::from(b'0' + d)).collect()
}

/// `n - 1` for decimal digits `n >= 1`: a negative bignum (tag 3) holds `-1 - value`.
pub(super) fn decrement(digits: &str) -> String {
    let mut d: Vec<u8> = digits.bytes().collect();
    for c in d.iter_mut().rev() {
        if *c == b'0' {
            *c = b'9';
        } else {
            *c -= 1;
            break;
        }
    }
    let s: String = d.iter().map(|&c| char::from(c)).collect();
    let trimmed = s.trim_start_matches('0');
    if trimmed.is_empty() {
        "0".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// `n + 1` for decimal digits.
pub(super) fn increment(digits: &str) -> String {
    let mut d: Vec<u8> = digits.bytes().collect();
    for c in d.iter_mut().rev() {
        if *c == b'9' {
            *c = b'0';
        } else {
            *c += 1;
            return d.iter().map(|&c| char::from(c)).collect();
        }
    }
    let mut s = String::from("1");
    s.extend(d.iter().map(|&c| char::from(c)));
    s
}

/// A decimal number's text (`-12.5e3`) as a sign, its significant digits and a base-10 exponent:
/// `-125`, `2`. `None` when the text is not a number.
pub(super) fn split_decimal(text: &str) -> Option<(bool, String, i64)> {
    let (neg, rest) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (mantissa, exp) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i64>().ok()?),
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() && frac.is_empty()
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let exp = exp.checked_sub(i64::try_from(frac.len()).ok()?)?;
    let digits = format!("{int}{frac}");
    let digits = digits.trim_start_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    Some((neg, digits.to_owned(), exp))
}
