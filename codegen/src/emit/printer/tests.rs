use crate::emit::code::toks;

fn printed(code: Code) -> String {
    print(code, &[]).expect("prints")
}

use super::*;

#[test]
fn items_blocks_and_lists() {
    let t = toks! {
        #[derive(Clone, Debug)]
        pub struct S {
            pub a: ::std::option::Option<::std::string::String>,
            pub b: Vec<Vec<u8>>,
        }
        impl S {
            pub fn new(a: impl Into<String>) -> Self {
                let x = Self { a: Some(a.into()), b: vec![] };
                if let Some(v) = &x.a { f(v); } else { g(); }
                x
            }
        }
        pub enum E { A, B(u8) }
        impl X for Y {}
    };
    expect_test::expect![[r#"
        #[derive(Clone, Debug)]
        pub struct S {
            pub a: Option<String>,
            pub b: Vec<Vec<u8>>,
        }
        impl S {
            pub fn new(a: impl Into<String>) -> Self {
                let x = Self { a: Some(a.into()), b: vec![] };
                if let Some(v) = &x.a {
                    f(v);
                } else {
                    g();
                }
                x
            }
        }
        pub enum E {
            A,
            B(u8),
        }
        impl X for Y {}
    "#]]
    .assert_eq(&printed(t));
}

#[test]
fn spacing_of_operators_paths_and_closures() {
    let t = toks! {
        fn f<'a, T: AsRef<str> + 'a>(x: &'a [u8], n: usize) -> ::std::result::Result<Vec<u8>, E> {
            let y = <u8 as ::std::convert::From<u8>>::from(1);
            let z = x.iter().map(|b| *b as u32 + 1).filter(|v| v > &2 && !done).count();
            let r = &x[1..n];
            let q = -1 < n && n >= 2;
            m!(a, [(b, "c")]);
            let _ = Vec::<u8>::new();
            let w = move || async move { z? };
            ::std::result::Result::Ok(vec![0; 4])
        }
        #![allow(unused)]
        use ::smithy_runtime::codec::*;
    };
    expect_test::expect![[r#"
        fn f<'a, T: AsRef<str> + 'a>(x: &'a [u8], n: usize) -> Result<Vec<u8>, E> {
            let y = <u8 as From<u8>>::from(1);
            let z = x.iter().map(|b| *b as u32 + 1).filter(|v| v > &2 && !done).count();
            let r = &x[1..n];
            let q = -1 < n && n >= 2;
            m!(a, [(b, "c")]);
            let _ = Vec::<u8>::new();
            let w = move || async move {
                z?
            };
            Ok(vec![0; 4])
        }
        #![allow(unused)]
        use ::smithy_runtime::codec::*;
    "#]]
    .assert_eq(&printed(t));
}

#[test]
fn long_groups_break_and_blocks_hug() {
    let t = toks! {
        static S: Schema = Schema::new("AVeryLongStructureNameForTesting", &[Member::new("FirstMember"), Member::new("SecondMember")]);
        fn f() {
            Box::pin(async move { let a = b; a })
        }
        m!(AVeryLongMacroArgumentNumberOne, AVeryLongMacroArgumentNumberTwo, [(x, "AVeryLongName"), (y, "Other")]);
    };
    expect_test::expect![[r#"
        static S: Schema = Schema::new(
            "AVeryLongStructureNameForTesting",
            &[Member::new("FirstMember"), Member::new("SecondMember")],
        );
        fn f() {
            Box::pin(async move {
                let a = b;
                a
            })
        }
        m!(
            AVeryLongMacroArgumentNumberOne,
            AVeryLongMacroArgumentNumberTwo,
            [(x, "AVeryLongName"), (y, "Other")]
        );
    "#]]
    .assert_eq(&printed(t));
}

#[test]
fn match_arms_and_struct_literals() {
    let t = toks! {
        fn f(e: E) -> u8 {
            match e {
                E::A { x, .. } if x > 1 => 1,
                E::B(v) => { g(v); 2 }
                _ => 3
            }
        }
        fn g() -> S {
            S { first_member_name: 1, second_member_name: 2, third_member_name: 3, fourth: 4, ..Default::default() }
        }
    };
    expect_test::expect![[r#"
        fn f(e: E) -> u8 {
            match e {
                E::A { x, .. } if x > 1 => 1,
                E::B(v) => {
                    g(v);
                    2
                }
                _ => 3,
            }
        }
        fn g() -> S {
            S {
                first_member_name: 1,
                second_member_name: 2,
                third_member_name: 3,
                fourth: 4,
                ..Default::default()
            }
        }
    "#]]
    .assert_eq(&printed(t));
}

#[test]
fn documentation_is_written_as_doc_lines() {
    let tokens = {
        let m = super::super::inner_doc_attrs("Module text.\n\nMore.  ");
        let a = super::super::doc_attrs("First line.\n\nSecond");
        let c = super::super::doc_attrs("A field.");
        toks! {
            #m
            #a
            pub struct S {
                #c
                pub f: u8,
            }
            #a
            pub fn g() {}
        }
    };
    expect_test::expect![[r#"
        //! Module text.
        //!
        //! More.
        /// First line.
        ///
        /// Second
        pub struct S {
            /// A field.
            pub f: u8,
        }
        /// First line.
        ///
        /// Second
        pub fn g() {}
    "#]]
    .assert_eq(&printed(tokens));
}

#[test]
fn unbalanced_groups_are_an_error() {
    let mut code = toks!(pub struct S);
    code.open(crate::emit::code::Delim::Brace);
    let err = print(code, &[]).expect_err("unbalanced");
    assert!(err.contains("not closed"), "{err}");
}

#[test]
fn paths_stay_long_where_the_file_defines_the_name() {
    let t = toks!(
        pub struct Option;
        fn f(x: ::std::option::Option<u8>) -> ::std::option::Option<u8> {
            ::std::option::Option::None
        }
    );
    assert_eq!(
        print(t, &["Option"]).expect("prints"),
        "pub struct Option;\nfn f(x: ::std::option::Option<u8>) -> ::std::option::Option<u8> {\n    None\n}\n"
    );
}

#[test]
fn doc_attributes_written_as_strings_become_doc_lines() {
    let text = " First.\n\n Second.";
    let t = toks! {
        /// Written as a comment.
        #[doc = #text]
        pub struct S;
    };
    expect_test::expect![[r#"
        /// Written as a comment.
        /// First.
        ///
        /// Second.
        pub struct S;
    "#]]
    .assert_eq(&printed(t));
}
