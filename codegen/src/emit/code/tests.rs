use quote::quote;

use super::{Code, Delim, Ident, Kind, Lit, Word, toks};

fn texts(code: &Code) -> Vec<&str> {
    (0..code.toks.len()).map(|i| code.text(i)).collect()
}

#[test]
fn tokens_are_flat_and_operators_whole() {
    let code = toks!(
        pub fn f<'a>(x: &'a [u8]) -> ::std::vec::Vec<u8> {
            x.to_vec()
        }
    );
    assert_eq!(
        code.to_string(),
        "pub fn f < 'a > ( x : & 'a [ u8 ] ) -> :: std :: vec :: Vec < u8 > { x . to_vec ( ) }"
    );
    let kinds: Vec<Kind> = code.toks.iter().map(|t| t.kind).collect();
    assert_eq!(kinds[0], Kind::Word(Word::Keyword));
    assert_eq!(kinds[1], Kind::Word(Word::Block));
    assert_eq!(kinds[4], Kind::Word(Word::Lifetime));
    assert!(matches!(
        kinds[6],
        Kind::Open {
            delim: Delim::Paren,
            ..
        }
    ));
    assert_eq!(kinds[15], Kind::Op);
    assert_eq!(code.text(15), "->");
}

#[test]
fn underscore_and_literals() {
    let code = toks! { match x { 1 => "a", _ => r"b" } };
    assert_eq!(
        texts(&code),
        [
            "match", "x", "{", "1", "=>", "\"a\"", ",", "_", "=>", "r\"b\"", "}"
        ]
    );
    assert_eq!(code.toks[7].kind, Kind::Word(Word::Plain));
    assert_eq!(code.toks[3].kind, Kind::Lit);
}

#[test]
fn interpolation_writes_what_quote_writes() {
    let name = Ident::new("r#type");
    let text = "tab\there \"quoted\" it's \u{301} \0 \x007";
    let (n, i, u, b) = (5u64, -3i32, 7usize, true);
    let none: Option<Ident> = None;
    let lit = Lit::unsuffixed(42);
    let code = toks!(#name #text #n #i #u #b #none #lit);
    let q = quote!(#text #n #i #u #b);
    // A negative number is a `-` and the number, as `proc_macro2` splits it.
    let quoted: Vec<String> = q.into_iter().map(|t| t.to_string()).collect();
    assert_eq!(texts(&code)[0], "r#type");
    assert_eq!(
        &texts(&code)[1..7],
        quoted.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(texts(&code)[7], "42");
    assert_eq!(code.toks.len(), 8);
}

#[test]
fn repetitions_step_in_lockstep_with_separators() {
    let names = vec![Ident::new("a"), Ident::new("b"), Ident::new("c")];
    let values = [1u8, 2];
    let code = toks!(#(#names = #values),*);
    assert_eq!(code.to_string(), "a = 1u8 , b = 2u8");
    let squares = (1..=3u32).map(|v| v * v);
    let code = toks!(#( f(#squares); )*);
    assert_eq!(code.to_string(), "f ( 1u32 ) ; f ( 4u32 ) ; f ( 9u32 ) ;");
    // The slice stays the caller's.
    assert_eq!(names.len(), 3);
}

#[test]
fn a_name_repeated_in_the_body_is_the_same_item() {
    let fields = [Ident::new("x"), Ident::new("y")];
    let code = toks!(#( if self.#fields != other.#fields { return false; } )*);
    assert_eq!(
        code.to_string(),
        "if self . x != other . x { return false ; } if self . y != other . y { return false ; }"
    );
}

#[test]
fn nested_code_keeps_its_texts() {
    let inner = toks!(u8);
    let docs = super::super::doc_attrs("Docs.\n\nMore.");
    let code = toks!(#docs pub struct S(#inner, #inner););
    assert_eq!(code.toks[0].kind, Kind::Doc { inner: false });
    assert_eq!(code.text(0), "Docs.\n\nMore.");
    assert_eq!(
        code.to_string(),
        "Docs.\n\nMore. pub struct S ( u8 , u8 ) ;"
    );
}

#[test]
fn doc_comments_inside_toks_are_attributes() {
    let code = toks! {
        /// A comment.
        struct S;
    };
    assert_eq!(code.to_string(), "# [ doc = r\" A comment.\" ] struct S ;");
}

#[test]
fn groups_are_linked_and_unbalanced_ones_rejected() {
    let mut code = toks!(f(a, [b]) { c });
    code.link_groups().expect("balanced");
    assert!(matches!(code.toks[1].kind, Kind::Open { close: 7, .. }));
    assert!(matches!(code.toks[4].kind, Kind::Open { close: 6, .. }));
    code.close(Delim::Paren);
    assert!(code.link_groups().is_err());
}

#[test]
fn operators_and_words_are_told_apart_by_pack_and_length() {
    let code = toks!(a :: b ..= c struct structure pub publish r#type);
    assert!(code.is_op(1, "::") && !code.is_op(1, ":") && !code.is_word(1, "::"));
    assert!(code.is_op(3, "..=") && !code.is_op(3, ".."));
    assert!(code.is_word(5, "struct") && !code.is_word(6, "struct"));
    assert!(code.is_word(6, "structure") && !code.is_word(5, "structure"));
    assert!(code.is_word(7, "pub") && !code.is_word(8, "pub") && code.is_word(8, "publish"));
    assert!(code.is_word(9, "r#type"));
    assert_eq!(code.len(6), "structure".len());
    assert_eq!(code.pack(1), super::pack("::"));
    assert_eq!(code.pack(100), 0);
}
