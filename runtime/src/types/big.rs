use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Is `text` a JSON number token (RFC 8259 grammar)? Only such text may be written raw.
fn is_json_number(text: &str, integer_only: bool) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    if b.first() == Some(&b'-') {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let int_start = i;
    let n = digits(&mut i);
    if n == 0 || (n > 1 && b[int_start] == b'0') {
        return false;
    }
    if integer_only {
        return i == b.len();
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

fn serialize_number_text<S: Serializer>(
    text: &str,
    integer_only: bool,
    s: S,
) -> Result<S::Ok, S::Error> {
    if is_json_number(text, integer_only) {
        // A raw token keeps every digit; f64 would silently round big values.
        match serde_json::value::RawValue::from_string(text.to_owned()) {
            Ok(raw) => raw.serialize(s),
            Err(_) => s.serialize_str(text),
        }
    } else {
        s.serialize_str(text)
    }
}

struct NumberText {
    integer_only: bool,
}

impl serde::de::Visitor<'_> for NumberText {
    type Value = String;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.integer_only {
            "an integer (number or decimal string)"
        } else {
            "a decimal number (number or string)"
        })
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
        if self.integer_only {
            if v.fract() == 0.0 && v.is_finite() {
                return Ok(format!("{v:.0}"));
            }
            return Err(E::custom(format!("expected an integer, found {v}")));
        }
        Ok(v.to_string())
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
        let t = v.trim();
        if is_json_number(t, self.integer_only) {
            Ok(t.to_owned())
        } else {
            Err(E::custom(format!(
                "`{}` is not a valid number",
                truncate(t)
            )))
        }
    }
}

fn truncate(s: &str) -> &str {
    match s.char_indices().nth(64) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

macro_rules! big_number {
    ($name:ident, $integer_only:expr, $doc:literal) => {
        #[doc = $doc]
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub struct $name(String);

        impl $name {
            /// Checks that `text` is a number of this kind.
            pub fn parse(text: &str) -> Result<Self, String> {
                let t = text.trim();
                if is_json_number(t, $integer_only) {
                    Ok($name(t.to_owned()))
                } else {
                    Err(format!(
                        "`{}` is not a valid {}",
                        truncate(t),
                        stringify!($name)
                    ))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                Self::parse(s)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serialize_number_text(&self.0, $integer_only, s)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(NumberText {
                    integer_only: $integer_only,
                })
                .map($name)
            }
        }
    };
}

big_number!(
    BigInteger,
    true,
    "An arbitrary-size integer kept as its decimal text."
);
big_number!(
    BigDecimal,
    false,
    "An arbitrary-precision decimal kept as its text."
);

impl From<i64> for BigInteger {
    fn from(v: i64) -> Self {
        BigInteger(v.to_string())
    }
}

impl From<i64> for BigDecimal {
    fn from(v: i64) -> Self {
        BigDecimal(v.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_values_keep_every_digit() {
        let text = "123456789012345678901234567890";
        let v: BigInteger = serde_json::from_str(&format!("\"{text}\"")).unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), text);
        let d = BigDecimal::parse("-1.50e-7").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "-1.50e-7");
        let d: BigDecimal = serde_json::from_str("2.5").unwrap();
        assert_eq!(d.as_str(), "2.5");
        let i: BigInteger = serde_json::from_str("-42").unwrap();
        assert_eq!(i.as_str(), "-42");
    }

    #[test]
    fn rejects_non_numbers() {
        for bad in [
            "\"12a\"", "\"01\"", "\"\"", "\"1.\"", "true", "\"NaN\"", "{}",
        ] {
            assert!(serde_json::from_str::<BigDecimal>(bad).is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<BigInteger>("1.5").is_err());
        assert!(serde_json::from_str::<BigInteger>("\"1.5\"").is_err());
        assert!(BigInteger::parse("1e5").is_err());
    }
}
