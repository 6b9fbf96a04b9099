//! What `#x` writes in `toks!`, for each kind of `x`, and how `#(...)*` steps through `x`.
//!
//! Values write what `quote!` writes for them, so that a file reads the same whichever built it: a string
//! is a string literal escaped as `proc_macro2` escapes one, an integer a suffixed literal (`5u64`), a
//! `bool` a word, `None` nothing.

use std::fmt::Write;

use super::{Code, Kind};

pub(crate) trait ToCode {
    fn to_code(&self, out: &mut Code);
}

impl ToCode for Code {
    fn to_code(&self, out: &mut Code) {
        out.append(self);
    }
}

impl<T: ToCode + ?Sized> ToCode for &T {
    fn to_code(&self, out: &mut Code) {
        (**self).to_code(out);
    }
}

impl<T: ToCode + ?Sized> ToCode for Box<T> {
    fn to_code(&self, out: &mut Code) {
        (**self).to_code(out);
    }
}

impl<T: ToCode> ToCode for Option<T> {
    fn to_code(&self, out: &mut Code) {
        if let Some(t) = self {
            t.to_code(out);
        }
    }
}

impl ToCode for str {
    fn to_code(&self, out: &mut Code) {
        out.push_with(Kind::Lit, |s| string_literal(self, s));
    }
}

impl ToCode for String {
    fn to_code(&self, out: &mut Code) {
        self.as_str().to_code(out);
    }
}

impl ToCode for bool {
    fn to_code(&self, out: &mut Code) {
        out.word(if *self { "true" } else { "false" });
    }
}

macro_rules! suffixed {
    ($($t:ty)*) => {$(
        impl ToCode for $t {
            fn to_code(&self, out: &mut Code) {
                // A negative number is a `-` and the number, as in `Code::number`.
                let n = *self as i128;
                if n < 0 {
                    out.op("-");
                }
                out.push_with(Kind::Lit, |s| {
                    let _ = write!(s, "{}{}", n.unsigned_abs(), stringify!($t));
                });
            }
        }
    )*};
}
suffixed!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize);

impl ToCode for f64 {
    fn to_code(&self, out: &mut Code) {
        proc_macro2::Literal::f64_suffixed(*self).to_code(out);
    }
}

impl ToCode for f32 {
    fn to_code(&self, out: &mut Code) {
        proc_macro2::Literal::f32_suffixed(*self).to_code(out);
    }
}

impl ToCode for std::sync::Arc<str> {
    fn to_code(&self, out: &mut Code) {
        (**self).to_code(out);
    }
}

/// A literal `proc_macro2` spelled (a float, a byte string).
impl ToCode for proc_macro2::Literal {
    fn to_code(&self, out: &mut Code) {
        out.number(&self.to_string());
    }
}

/// `"..."` for `text`, escaped as `proc_macro2::Literal::string` escapes it: `escape_debug`, except that
/// `'` stays as it is and a NUL before an octal digit is `\x00`.
pub(crate) fn string_literal(text: &str, out: &mut String) {
    out.reserve(text.len() + 2);
    out.push('"');
    // Most texts (names, paths, messages) need no escape at all.
    if text
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\' || b == b' ')
    {
        out.push_str(text);
        out.push('"');
        return;
    }
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\0' if chars
                .as_str()
                .starts_with(|n: char| ('0'..='7').contains(&n)) =>
            {
                out.push_str("\\x00")
            }
            '\0' => out.push_str("\\0"),
            '\'' => out.push('\''),
            c => out.extend(c.escape_debug()),
        }
    }
    out.push('"');
}

/// An identifier (or a raw one, `r#type`), as a word of its own. It borrows the name the IR decided when
/// it can: emitters make one for every field and type they mention.
#[derive(Debug, Clone)]
pub(crate) struct Ident<'a>(std::borrow::Cow<'a, str>);

impl<'a> Ident<'a> {
    /// `name` as written (the IR decided it, keyword escapes included).
    pub(crate) fn new(name: impl Into<std::borrow::Cow<'a, str>>) -> Ident<'a> {
        Ident(name.into())
    }
}

impl std::fmt::Display for Ident<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl ToCode for Ident<'_> {
    fn to_code(&self, out: &mut Code) {
        out.word(&self.0);
    }
}

/// A literal spelled out: a number without its type's suffix, a byte string, a float.
#[derive(Debug, Clone)]
pub(crate) struct Lit(String);

impl Lit {
    /// An integer with no suffix (`5`), whose type the context decides.
    pub(crate) fn unsuffixed(n: impl std::fmt::Display) -> Lit {
        Lit(n.to_string())
    }
}

impl ToCode for Lit {
    fn to_code(&self, out: &mut Code) {
        out.number(&self.0);
    }
}

/// `#(...)*` over an iterator: the iterator itself.
pub(crate) trait RepIter: Iterator + Sized {
    fn rep(self) -> Self {
        self
    }
}

impl<I: Iterator> RepIter for I {}

/// `#(...)*` over a slice (a `Vec`, an array): its items by reference, the slice left to the caller.
pub(crate) trait RepSlice {
    type Item;
    fn rep(&self) -> std::slice::Iter<'_, Self::Item>;
}

impl<T> RepSlice for [T] {
    type Item = T;
    fn rep(&self) -> std::slice::Iter<'_, T> {
        self.iter()
    }
}

impl<T> RepSlice for Vec<T> {
    type Item = T;
    fn rep(&self) -> std::slice::Iter<'_, T> {
        self.iter()
    }
}

impl<T, const N: usize> RepSlice for [T; N] {
    type Item = T;
    fn rep(&self) -> std::slice::Iter<'_, T> {
        self.iter()
    }
}

/// One step of a repeated name: the iterator's next item.
pub(crate) trait RepNextIter: Iterator {
    fn rep_next(&mut self) -> Option<Self::Item> {
        self.next()
    }
}

impl<I: Iterator> RepNextIter for I {}

/// One step of a name that the body interpolates again, already bound to this step's item: that item.
pub(crate) trait RepNextItem: ToCode + Sized {
    fn rep_next(self) -> Option<Self> {
        Some(self)
    }
}

impl<T: ToCode> RepNextItem for T {}
