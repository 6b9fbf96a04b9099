//! The one place where Smithy names become Rust names.
//!
//! Every identifier the emitters print comes from here: case conversion (heck's rules, checked against
//! heck), the keyword table, and one collision rule ([`Namer`]). Types from `std` are always written by
//! full path in generated code, so shapes named `Option`, `String` or `Result` keep their names.

use std::collections::BTreeSet;

/// Defines the keyword table and the `match` that tests a word against it from one list: a `match` on
/// strings compiles to a switch on the length and a few compares, which the printer needs for every word.
macro_rules! keywords {
    ($($k:literal),* $(,)?) => {
        /// Every Rust keyword: strict, reserved and 2018+ edition keywords, plus the weak ones that are only
        /// keywords in some positions but would confuse a reader as a field name. `self`, `Self`, `super`,
        /// `crate` cannot be raw identifiers and get a trailing underscore instead.
        #[cfg_attr(not(test), allow(dead_code))]
        const KEYWORDS: &[&str] = &[$($k),*];

        fn in_keyword_table(s: &str) -> bool {
            matches!(s, $($k)|*)
        }
    };
}

keywords!(
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
);

/// Keywords that cannot be written as raw identifiers (`r#self` is an error).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Names that generated code itself defines inside every type (builder methods, enum helpers). A field or
/// variant with one of these names is renamed by the collision rule instead of shadowing it.
pub const RESERVED_VARIANTS: &[&str] = &["Unknown"];

/// Member names a structure's builder needs for itself: its `build()`, and the `default()` and `clone()`
/// that generated code calls on it (`Builder::default()`). A member with one of these names gets a
/// numbered field and setter instead (`build2`).
pub const RESERVED_FIELDS: &[&str] = &["build", "default", "clone"];

/// Names the client defines besides the operation methods: its constructors and accessors, and the trait
/// methods generated code calls on it (a paginator holds `self.clone()`; users call `client.clone()`).
pub const RESERVED_CLIENT_METHODS: &[&str] = &[
    "new",
    "from_env",
    "config",
    "handle",
    "with_config",
    "clone",
    "clone_from",
    "fmt",
];

/// Cargo feature names the generated crate defines itself; an operation feature never takes one of them.
pub const RESERVED_FEATURES: &[&str] = &["default", "full", "client", "default-https", "serde"];

/// A Cargo feature name (`kebab-case`): cargo wants a letter, digit or `_` first, then those, `-` or `+`.
pub fn feature_name(s: &str) -> String {
    let snake = snake_case(&words(s));
    let kebab = snake.trim_matches('_').replace('_', "-");
    if kebab.is_empty() {
        "operation".to_string()
    } else {
        kebab
    }
}

/// Is `s` a Rust keyword (in any position)?
pub fn is_keyword(s: &str) -> bool {
    in_keyword_table(s)
}

/// Makes `s` usable as an identifier: keywords become raw identifiers, except those that cannot be raw,
/// which get a trailing `_`. A leading digit gets a leading `_`. Empty input becomes `_`.
pub fn escape(s: &str) -> String {
    if s.is_empty() {
        return "_".to_string();
    }
    if NOT_RAW.contains(&s) {
        return format!("{s}_");
    }
    if is_keyword(s) {
        return format!("r#{s}");
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("_{s}");
    }
    s.to_string()
}

/// The words of `s`, which [`words`] made ASCII letters, digits and `_`, split where heck splits them: at
/// each `_`, after a lower-case letter that an upper-case one follows (`fooBar`), and before the last
/// of a run of upper-case letters that a lower-case one follows (`HTTPServer`); digits go with the word
/// they are in. heck walks `char`s through `fmt` for each name, which cost lowering a tenth of its time;
/// the test below holds this to heck's result on every short mix of the kinds of characters.
fn each_word<'s>(s: &'s str, mut word: impl FnMut(&'s str)) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lower,
        Upper,
    }
    for part in s.split('_') {
        let b = part.as_bytes();
        let (mut start, mut mode) = (0, Mode::Boundary);
        for i in 0..b.len() {
            let c = b[i];
            let Some(&next) = b.get(i + 1) else {
                word(&part[start..]);
                break;
            };
            let next_mode = if c.is_ascii_lowercase() {
                Mode::Lower
            } else if c.is_ascii_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_ascii_uppercase() {
                word(&part[start..=i]);
                (start, mode) = (i + 1, Mode::Boundary);
            } else if mode == Mode::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                word(&part[start..i]);
                (start, mode) = (i, Mode::Boundary);
            } else {
                mode = next_mode;
            }
        }
    }
}

/// `snake_case` of an ASCII name (see [`each_word`]).
fn snake_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    each_word(s, |w| {
        if !out.is_empty() {
            out.push('_');
        }
        out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    });
    out
}

/// `UpperCamelCase` of an ASCII name (see [`each_word`]).
fn upper_camel_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    each_word(s, |w| {
        let mut b = w.bytes();
        if let Some(first) = b.next() {
            out.push(char::from(first.to_ascii_uppercase()));
        }
        out.extend(b.map(|b| char::from(b.to_ascii_lowercase())));
    });
    out
}

/// Strips anything that is not ASCII alphanumeric or `_` so that words split at clean boundaries
/// (enum values like `2XL`, `lower-case-value` or `ml.t3.medium` become words).
fn words(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// A type name (`UpperCamelCase`), escaped.
pub fn type_name(s: &str) -> String {
    escape(&upper_camel_case(&words(s)))
}

/// A type name built from another (`FooBuilder`, `FooError`): the escaping of the base (`r#`, a trailing
/// `_`) goes, since the joined name is no keyword (`Self_` gives `SelfBuilder`, not `Self_Builder`).
pub fn with_suffix(base: &str, suffix: &str) -> String {
    let base = base
        .strip_prefix("r#")
        .unwrap_or(base)
        .trim_end_matches('_');
    escape(&format!("{base}{suffix}"))
}

/// A field, function or module name (`snake_case`), escaped.
pub fn snake_name(s: &str) -> String {
    escape(&snake_case(&words(s)))
}

/// An enum variant name (`UpperCamelCase`), escaped. Values with no letters or digits at all (`""`, `"*"`)
/// become `Value`, then the collision rule numbers them.
pub fn variant_name(s: &str) -> String {
    let n = upper_camel_case(&words(s));
    if n.is_empty() {
        "Value".to_string()
    } else {
        escape(&n)
    }
}

/// The single collision rule: names are handed out in a fixed order (the model's order), and a name that is
/// already taken gets the smallest numeric suffix `2`, `3`, ... that is free. Raw identifiers keep their
/// `r#` only when the suffixed form is no longer a keyword.
#[derive(Debug, Default, Clone)]
pub struct Namer {
    taken: BTreeSet<String>,
}

impl Namer {
    pub fn new() -> Self {
        Namer::default()
    }

    /// A namer in which `reserved` are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Namer {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// Takes `candidate`, or the first free suffixed form of it.
    pub fn take(&mut self, candidate: String) -> String {
        if self.taken.insert(candidate.clone()) {
            return candidate;
        }
        let base = candidate
            .strip_prefix("r#")
            .unwrap_or(&candidate)
            .trim_end_matches('_')
            .to_string();
        let sep = if base.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        let mut n = 2u32;
        loop {
            let next = escape(&format!("{base}{sep}{n}"));
            if self.taken.insert(next.clone()) {
                return next;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_conversion_is_hecks() {
        use heck::{ToSnakeCase, ToUpperCamelCase};
        // Every string of up to six of these: lower and upper case, digits and separators in every order.
        let alphabet = ['a', 'b', 'X', 'Y', '1', '_'];
        let mut strings = vec![String::new()];
        let mut frontier = vec![String::new()];
        for _ in 0..6 {
            frontier = frontier
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            strings.extend(frontier.iter().cloned());
        }
        strings.extend(
            [
                "HTTPServer",
                "getV2Items",
                "S3Bucket",
                "ml_t3_Medium",
                "DBInstanceARNs",
                "__x__Y",
            ]
            .map(String::from),
        );
        for s in &strings {
            assert_eq!(snake_case(s), s.to_snake_case(), "snake_case of {s:?}");
            assert_eq!(
                upper_camel_case(s),
                s.to_upper_camel_case(),
                "UpperCamelCase of {s:?}"
            );
        }
        assert_eq!(strings.len(), 55_993);
    }

    #[test]
    fn the_keyword_table_is_sorted_and_every_keyword_is_found() {
        assert!(
            KEYWORDS.windows(2).all(|w| w[0] < w[1]),
            "KEYWORDS must stay sorted"
        );
        for k in KEYWORDS {
            assert!(is_keyword(k), "{k}");
        }
        assert!(!is_keyword("r#type") && !is_keyword("Option") && !is_keyword("a"));
    }

    #[test]
    fn case_conversion() {
        assert_eq!(type_name("DeleteBackupRequest"), "DeleteBackupRequest");
        assert_eq!(type_name("aws.fsx"), "AwsFsx");
        assert_eq!(snake_name("BackupId"), "backup_id");
        assert_eq!(snake_name("ClientRequestToken"), "client_request_token");
        assert_eq!(snake_name("IPAddress"), "ip_address");
        assert_eq!(snake_name("S3BucketName"), "s3_bucket_name");
        assert_eq!(variant_name("AVAILABLE"), "Available");
        assert_eq!(variant_name("lower-case-value"), "LowerCaseValue");
        assert_eq!(variant_name("ml.t3.medium"), "MlT3Medium");
    }

    #[test]
    fn keywords_become_raw_or_suffixed() {
        assert_eq!(snake_name("type"), "r#type");
        assert_eq!(snake_name("match"), "r#match");
        assert_eq!(snake_name("async"), "r#async");
        assert_eq!(snake_name("try"), "r#try");
        assert_eq!(snake_name("self"), "self_");
        assert_eq!(snake_name("Self"), "self_");
        assert_eq!(snake_name("crate"), "crate_");
        assert_eq!(snake_name("super"), "super_");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(type_name("self"), "Self_");
    }

    #[test]
    fn every_keyword_is_escaped_to_a_valid_identifier() {
        for k in KEYWORDS {
            let e = escape(k);
            let ident = e.strip_prefix("r#").unwrap_or(&e);
            assert!(
                syn::parse_str::<syn::Ident>(&e).is_ok() || e.starts_with("r#"),
                "{k} -> {e}"
            );
            assert_ne!(ident, "", "{k}");
            // proc_macro2 accepts the escaped form as an identifier.
            let _ = proc_macro2::Ident::new_raw(ident, proc_macro2::Span::call_site());
        }
    }

    #[test]
    fn leading_digits_and_symbols() {
        assert_eq!(variant_name("2XL"), "_2xl");
        assert_eq!(variant_name("*"), "Value");
        assert_eq!(variant_name(""), "Value");
        assert_eq!(snake_name("3d"), "_3d");
    }

    #[test]
    fn collisions_are_numbered_in_order() {
        let mut n = Namer::new();
        assert_eq!(n.take(snake_name("FooBar")), "foo_bar");
        assert_eq!(n.take(snake_name("foo_bar")), "foo_bar2");
        assert_eq!(n.take(snake_name("FOO_BAR")), "foo_bar3");
        let mut n = Namer::new();
        assert_eq!(n.take(snake_name("ID")), "id");
        assert_eq!(n.take(snake_name("Id")), "id2");
        let mut n = Namer::new();
        assert_eq!(n.take(snake_name("v1")), "v1");
        assert_eq!(n.take(snake_name("V1")), "v1_2");
    }

    #[test]
    fn reserved_names_are_avoided() {
        let mut n = Namer::with_reserved(RESERVED_VARIANTS);
        assert_eq!(n.take(variant_name("UNKNOWN")), "Unknown2");
    }

    #[test]
    fn suffixed_type_names_drop_the_escape() {
        assert_eq!(with_suffix(&type_name("Self"), "Builder"), "SelfBuilder");
        assert_eq!(with_suffix("Foo", "Error"), "FooError");
    }

    #[test]
    fn feature_names_are_ones_cargo_accepts() {
        assert_eq!(feature_name("_3D"), "3d");
        assert_eq!(feature_name("DeleteBackup"), "delete-backup");
        assert_eq!(feature_name("__"), "operation");
        assert_eq!(feature_name("get_Thing_"), "get-thing");
    }

    #[test]
    fn builder_and_client_names_are_reserved() {
        let mut fields = Namer::with_reserved(RESERVED_FIELDS);
        assert_eq!(fields.take(snake_name("build")), "build2");
        assert_eq!(fields.take(snake_name("Default")), "default2");
        let mut methods = Namer::with_reserved(RESERVED_CLIENT_METHODS);
        assert_eq!(methods.take(snake_name("Clone")), "clone2");
    }

    #[test]
    fn suffixed_keyword_is_no_longer_raw() {
        let mut n = Namer::new();
        assert_eq!(n.take(snake_name("type")), "r#type");
        assert_eq!(n.take(snake_name("Type")), "type2");
    }
}
