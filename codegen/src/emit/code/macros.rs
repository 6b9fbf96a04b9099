//! `toks!`: Rust tokens written as Rust, with `quote!`'s interpolations: `#x` writes `x` (any
//! [`ToCode`](super::ToCode)), `#(...)*` repeats its body once per item of the iterators and slices it
//! interpolates, in step, and `#(...),*` puts a separator token (`,` here) between the repetitions.
//!
//! A macro that took one token per step would nest as deep as the body is long and hit the recursion
//! limit on a long body, so `toks_into!` hands `toks_one!` every token at once together with the three
//! before and the three after it (the body seven times over, shifted by one token each, padded with `@`;
//! each real token is wrapped in parentheses so that padding never looks like one). Only a group nests,
//! by its contents. A token is handled where it stands: `#` with what follows it is an interpolation or
//! a repetition, and the tokens after such a `#` that belong to it are skipped.

/// The tokens of the body, as a [`Code`](super::Code).
macro_rules! toks {
    () => {
        $crate::emit::code::Code::new()
    };
    ($($tt:tt)+) => {{
        // Sized for the body's own tokens (a group's text counts its contents), so that the common
        // small body never grows; interpolated code grows it as it must.
        let mut code = $crate::emit::code::Code::with_capacity(
            0 $(+ { let _ = stringify!($tt); 1 })+,
            0 $(+ stringify!($tt).len())+,
        );
        $crate::emit::code::toks_into!(code; $($tt)+);
        code
    }};
}

/// Pushes the tokens of the body onto the `Code` named first.
macro_rules! toks_into {
    ($s:ident;) => {};
    ($s:ident; $($tt:tt)+) => {
        $crate::emit::code::toks_window!($s;
            [@ @ @ @ @ @ $(($tt))+]
            [@ @ @ @ @ $(($tt))+ @]
            [@ @ @ @ $(($tt))+ @ @]
            [@ @ @ $(($tt))+ @ @ @]
            [@ @ $(($tt))+ @ @ @ @]
            [@ $(($tt))+ @ @ @ @ @]
            [$(($tt))+ @ @ @ @ @ @]
        )
    };
}

/// The seven shifted copies, walked in step: at each step the fourth is the token handled, the first three
/// the tokens before it, the last three the tokens after it.
macro_rules! toks_window {
    ($s:ident;
        [$($b3:tt)*] [$($b2:tt)*] [$($b1:tt)*] [$($x:tt)*] [$($a1:tt)*] [$($a2:tt)*] [$($a3:tt)*]
    ) => {
        $( $crate::emit::code::toks_one!($s; $b3 $b2 $b1 $x $a1 $a2 $a3); )*
    };
}

macro_rules! toks_one {
    // Padding.
    ($s:ident; $b3:tt $b2:tt $b1:tt @ $a1:tt $a2:tt $a3:tt) => {};

    // `#(...)*`, `#(...) sep *`, `#x`.
    ($s:ident; $b3:tt $b2:tt $b1:tt (#) (( $($body:tt)* )) (*) $a3:tt) => {
        $crate::emit::code::toks_rep!(@scan $s [] [] [$($body)*] [$($body)*])
    };
    ($s:ident; $b3:tt $b2:tt $b1:tt (#) (( $($body:tt)* )) ($sep:tt) (*)) => {
        $crate::emit::code::toks_rep!(@scan $s [$sep] [] [$($body)*] [$($body)*])
    };
    ($s:ident; $b3:tt $b2:tt $b1:tt (#) ($var:ident) $a2:tt $a3:tt) => {
        $crate::emit::code::ToCode::to_code(&$var, &mut $s)
    };

    // The tokens after a `#` that its interpolation or repetition took.
    ($s:ident; $b3:tt $b2:tt (#) ($var:ident) $a1:tt $a2:tt $a3:tt) => {};
    ($s:ident; $b3:tt $b2:tt (#) (( $($body:tt)* )) (*) $a2:tt $a3:tt) => {};
    ($s:ident; $b3:tt $b2:tt (#) (( $($body:tt)* )) $sep:tt (*) $a3:tt) => {};
    ($s:ident; $b3:tt (#) (( $($body:tt)* )) (*) $a1:tt $a2:tt $a3:tt) => {};
    ($s:ident; $b3:tt (#) (( $($body:tt)* )) $sep:tt (*) $a2:tt $a3:tt) => {};
    ($s:ident; (#) (( $($body:tt)* )) $sep:tt (*) $a1:tt $a2:tt $a3:tt) => {};

    // Groups, then single tokens.
    ($s:ident; $b3:tt $b2:tt $b1:tt (( $($inner:tt)* )) $a1:tt $a2:tt $a3:tt) => {
        $s.open($crate::emit::code::Delim::Paren);
        $crate::emit::code::toks_into!($s; $($inner)*);
        $s.close($crate::emit::code::Delim::Paren);
    };
    ($s:ident; $b3:tt $b2:tt $b1:tt ([ $($inner:tt)* ]) $a1:tt $a2:tt $a3:tt) => {
        $s.open($crate::emit::code::Delim::Bracket);
        $crate::emit::code::toks_into!($s; $($inner)*);
        $s.close($crate::emit::code::Delim::Bracket);
    };
    ($s:ident; $b3:tt $b2:tt $b1:tt ({ $($inner:tt)* }) $a1:tt $a2:tt $a3:tt) => {
        $s.open($crate::emit::code::Delim::Brace);
        $crate::emit::code::toks_into!($s; $($inner)*);
        $s.close($crate::emit::code::Delim::Brace);
    };
    // `_` is not an identifier to `macro_rules`, but it is a word.
    ($s:ident; $b3:tt $b2:tt $b1:tt (_) $a1:tt $a2:tt $a3:tt) => {
        $s.word("_")
    };
    ($s:ident; $b3:tt $b2:tt $b1:tt ($x:ident) $a1:tt $a2:tt $a3:tt) => {
        $s.word(stringify!($x))
    };
    ($s:ident; $b3:tt $b2:tt $b1:tt ($x:lifetime) $a1:tt $a2:tt $a3:tt) => {
        $s.lifetime(stringify!($x))
    };
    // Before `literal`, which would take a `-` for a negative number's and fail on what follows.
    ($s:ident; $b3:tt $b2:tt $b1:tt (-) $a1:tt $a2:tt $a3:tt) => {
        $s.op("-")
    };
    ($s:ident; $b3:tt $b2:tt $b1:tt ($x:literal) $a1:tt $a2:tt $a3:tt) => {
        $s.lit(stringify!($x))
    };
    ($s:ident; $b3:tt $b2:tt $b1:tt ($x:tt) $a1:tt $a2:tt $a3:tt) => {
        $s.op(stringify!($x))
    };
}

/// A repetition: first the names interpolated in its body are collected (groups opened in place), then
/// the body is pushed once per step of all of them together, ending with the shortest. A name the body
/// interpolates twice is collected twice: its second step takes the item the first one bound.
macro_rules! toks_rep {
    (@scan $s:ident $sep:tt [$($vars:ident)*] [# $var:ident $($rest:tt)*] $body:tt) => {
        $crate::emit::code::toks_rep!(@scan $s $sep [$($vars)* $var] [$($rest)*] $body)
    };
    (@scan $s:ident $sep:tt $vars:tt [( $($g:tt)* ) $($rest:tt)*] $body:tt) => {
        $crate::emit::code::toks_rep!(@scan $s $sep $vars [$($g)* $($rest)*] $body)
    };
    (@scan $s:ident $sep:tt $vars:tt [[ $($g:tt)* ] $($rest:tt)*] $body:tt) => {
        $crate::emit::code::toks_rep!(@scan $s $sep $vars [$($g)* $($rest)*] $body)
    };
    (@scan $s:ident $sep:tt $vars:tt [{ $($g:tt)* } $($rest:tt)*] $body:tt) => {
        $crate::emit::code::toks_rep!(@scan $s $sep $vars [$($g)* $($rest)*] $body)
    };
    (@scan $s:ident $sep:tt $vars:tt [$other:tt $($rest:tt)*] $body:tt) => {
        $crate::emit::code::toks_rep!(@scan $s $sep $vars [$($rest)*] $body)
    };
    (@scan $s:ident $sep:tt [] [] $body:tt) => {
        compile_error!("a `#(...)` repetition interpolates no `#name` to repeat over")
    };
    (@scan $s:ident [$($sep:tt)?] [$($vars:ident)+] [] [$($body:tt)*]) => {{
        #[allow(unused_imports)]
        use $crate::emit::code::{RepIter as _, RepNextItem as _, RepNextIter as _, RepSlice as _};
        $( #[allow(unused_mut)] let mut $vars = $vars.rep(); )+
        let mut first = true;
        loop {
            $( let ::std::option::Option::Some($vars) = $vars.rep_next() else { break }; )+
            if !first {
                $( $crate::emit::code::toks_into!($s; $sep); )?
            }
            first = false;
            $crate::emit::code::toks_into!($s; $($body)*);
        }
        let _ = first;
    }};
}

pub(crate) use {toks, toks_into, toks_one, toks_rep, toks_window};
