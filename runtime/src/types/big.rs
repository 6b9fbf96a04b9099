/// Is `text` a JSON number token (RFC 8259 grammar)? Only such text may be written raw.
pub(crate) fn is_json_number(text: &str, integer_only: bool) -> bool {
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

            /// The decimal text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The decimal text, owned.
            pub fn into_inner(self) -> String {
                self.0
            }
        }

        /// Zero.
        impl Default for $name {
            fn default() -> Self {
                $name("0".to_owned())
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
        assert_eq!(BigInteger::parse(text).unwrap().as_str(), text);
        assert_eq!(
            BigDecimal::parse(" -1.50e-7 ").unwrap().as_str(),
            "-1.50e-7"
        );
        assert_eq!(BigInteger::parse("-42").unwrap().as_str(), "-42");
    }

    #[test]
    fn rejects_non_numbers() {
        for bad in ["12a", "01", "", "1.", "true", "NaN", "{}"] {
            assert!(BigDecimal::parse(bad).is_err(), "{bad}");
        }
        assert!(BigInteger::parse("1.5").is_err());
        assert!(BigInteger::parse("1e5").is_err());
    }
}
