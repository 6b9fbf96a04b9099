//! Emitters write every `std` item by its full path (`::std::option::Option`), so that no model shape can
//! shadow it. Most files define no type with such a name, and there the short prelude name is the same item:
//! the printer shortens the paths when it prepares the tokens (`printer::tokens`), except for names the
//! file itself defines. `Some`, `None`, `Ok` and `Err` live in the value namespace, where a braced struct
//! or an enum never shadows them, so they are always shortened.

use super::code::Code;

/// Full paths and the prelude name each one can be written as. Longer paths first: `Option::Some` must be
/// matched before `Option`.
const PRELUDE: &[(&[&str], &str)] = &[
    (&["std", "option", "Option", "Some"], "Some"),
    (&["std", "option", "Option", "None"], "None"),
    (&["std", "result", "Result", "Ok"], "Ok"),
    (&["std", "result", "Result", "Err"], "Err"),
    (&["std", "option", "Option"], "Option"),
    (&["std", "result", "Result"], "Result"),
    (&["std", "string", "String"], "String"),
    (&["std", "vec", "Vec"], "Vec"),
    (&["std", "boxed", "Box"], "Box"),
    (&["std", "convert", "Into"], "Into"),
    (&["std", "convert", "From"], "From"),
    (&["std", "convert", "AsRef"], "AsRef"),
    (&["std", "borrow", "ToOwned"], "ToOwned"),
];

/// If the tokens from `i` are `:: seg :: seg ...` for a known path, its length in tokens and the short
/// name.
pub(super) fn match_path(code: &Code, i: usize) -> Option<(usize, &'static str)> {
    // Every known path starts with `::std`: most `::` start none.
    if !code.is_word(i + 1, "std") {
        return None;
    }
    // The module after `std` picks the few paths that can match.
    let module = (i + 3 < code.toks.len()).then(|| code.text(i + 3));
    'paths: for (segments, short) in PRELUDE
        .iter()
        .filter(|(segments, _)| Some(segments[1]) == module)
    {
        let mut j = i;
        for seg in *segments {
            if !(code.is_op(j, "::") && code.is_word(j + 1, seg)) {
                continue 'paths;
            }
            j += 2;
        }
        return Some((j - i, short));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::emit::code::{Code, toks};

    fn print(code: Code, defined: &[&str]) -> String {
        super::super::printer::print(code, defined).expect("prints")
    }

    #[test]
    fn shortens_unless_the_file_defines_the_name() {
        let t = toks!(
            pub struct S {
                pub x: ::std::option::Option<::std::string::String>,
            }
            const Y: u8 = ::std::option::Option::Some(1);
        );
        assert_eq!(
            print(t.clone(), &[]),
            "pub struct S {\n    pub x: Option<String>,\n}\nconst Y: u8 = Some(1);\n"
        );
        assert_eq!(
            print(t, &["Option"]),
            "pub struct S {\n    pub x: ::std::option::Option<String>,\n}\nconst Y: u8 = Some(1);\n"
        );
    }

    #[test]
    fn shortens_after_keywords_but_not_inside_relative_paths() {
        let t = toks!(
            fn f(v: impl ::std::convert::Into<u8>) {
                if let ::std::option::Option::Some(v) = a::std::option::Option::None {}
            }
        );
        assert_eq!(
            print(t, &[]),
            "fn f(v: impl Into<u8>) {\n    if let Some(v) = a::std::option::Option::None {}\n}\n"
        );
    }

    #[test]
    fn paths_inside_groups_macros_and_qualified_types() {
        let t = toks!(
            fn f() -> ::std::collections::HashMap<K, ::std::vec::Vec<u8>> {
                m!(::std::result::Result::Ok(1), ::std::string::String);
                let _ = <u8 as ::std::convert::From<u8>>::from(1);
                {
                    [::std::vec::Vec::<u8>::new()]
                }
                ::std::fmt::Debug::fmt
            }
        );
        expect_test::expect![[r#"
            fn f() -> ::std::collections::HashMap<K, Vec<u8>> {
                m!(Ok(1), String);
                let _ = <u8 as From<u8>>::from(1);
                { [Vec::<u8>::new()] }
                ::std::fmt::Debug::fmt
            }
        "#]]
        .assert_eq(&print(t, &[]));
    }
}
