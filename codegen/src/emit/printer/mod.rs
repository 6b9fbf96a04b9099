//! Prints an emitter's tokens as a Rust file, without parsing them.
//!
//! The emitters build their files with `toks!` (`super::code`), so the tokens are Rust already; what
//! printing adds is layout. The tokens are made ready once ([`tokens`]: `std` paths shortened (`paths`),
//! doc attributes turned into `///` lines, groups linked), each gets its space ([`spacing`]) and each
//! group its width and kind ([`groups`]); then one pass writes them, greedily: a group that fits on the
//! rest of the line stays on it, a block (an item's body, statements, a `match`) and a group that does
//! not fit put one element per line, indented, and a call whose last argument is a block opens on the
//! line and closes after it (`Box::pin(async move {` ... `})`). Documentation is written as `///` lines.
//!
//! A `syn` parse and prettyplease did this before, at a third of the generator's time; the output is
//! checked to parse (`codegen/tests/printed.rs`) and the generated crates are built and linted by the
//! tests.

mod groups;
mod spacing;
mod tokens;

use groups::{Group, INF};

use super::code::{Code, Delim, Kind, Word};

/// Where rustfmt wraps.
const MAX_WIDTH: usize = 100;

/// The file for `tokens`, its documentation from `docs`, `std` paths shortened unless the file defines
/// the name (`defined`). Fails only on unbalanced groups, which only a generator bug writes.
pub(crate) fn print(code: Code, defined: &[&str]) -> Result<String, String> {
    let toks = tokens::prepare(code, defined)?;
    let spacing::Spacing {
        space,
        separator,
        dropped,
    } = spacing::spaces(&toks);
    let groups = groups::groups(&toks, &space, &separator);
    let mut p = Printer {
        t: &toks,
        space: &space,
        separator: &separator,
        dropped: &dropped,
        groups: &groups,
        out: String::with_capacity(toks.toks.len() * 2 + toks.arena_len()),
        line: 0,
        indent: 0,
        line_start: true,
        line_first: 0,
        attr_close: usize::MAX,
    };
    p.run()?;
    Ok(p.out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// On the current line.
    Flat,
    /// One element per line, indented; the closing delimiter on a line of its own.
    Vertical,
    /// Opens on the line and closes right after the block it ends with.
    Hug,
}

struct Open {
    layout: Layout,
    /// The last token of a method chain that did not fit, whose calls are on lines of their own, one
    /// level further in.
    chain_end: Option<usize>,
    /// The last token of the last chain measured here that fit: its later `.`s need no new measure.
    chain_fits_to: usize,
    /// A trailing comma written by the emitter may go when the group stays on one line (not in a
    /// one-element tuple, nor in a macro's arguments).
    drop_trailing_comma: bool,
    trailing_comma: bool,
    in_macro: bool,
}

struct Printer<'a> {
    t: &'a Code,
    space: &'a [bool],
    separator: &'a [bool],
    dropped: &'a [bool],
    groups: &'a [Group],
    out: String,
    /// Where the current line starts in `out`.
    line: usize,
    indent: usize,
    line_start: bool,
    /// The first token of the current line.
    line_first: usize,
    /// The closing bracket of an attribute that began its line, after which the line ends.
    attr_close: usize,
}

impl Printer<'_> {
    fn run(&mut self) -> Result<(), String> {
        let mut stack = vec![Open {
            layout: Layout::Vertical,
            chain_end: None,
            chain_fits_to: 0,
            drop_trailing_comma: false,
            trailing_comma: false,
            in_macro: false,
        }];
        let n = self.t.toks.len();
        for i in 0..n {
            let kind = self.t.toks[i].kind;
            if let Some(open) = stack.last_mut()
                && open.chain_end.is_some_and(|end| i > end)
            {
                open.chain_end = None;
                self.indent = self.indent.saturating_sub(1);
            }
            if self.dropped[i] {
                continue;
            }
            let parent = stack.last().map_or(Layout::Vertical, |o| o.layout);
            match kind {
                Kind::Open { delim, close } => {
                    let g = self.groups[i];
                    let in_macro = stack.last().is_some_and(|o| o.in_macro) || g.macro_args;
                    let layout = self.layout(i, delim, close as usize, parent, &g);
                    self.token(i);
                    if g.attr && self.attr_starts_line(i) {
                        self.attr_close = close as usize;
                    }
                    stack.push(Open {
                        layout,
                        chain_end: None,
                        chain_fits_to: 0,
                        drop_trailing_comma: layout != Layout::Vertical
                            && !in_macro
                            && (delim != Delim::Paren || g.commas >= 2),
                        trailing_comma: layout == Layout::Vertical
                            && g.list
                            && !in_macro
                            && !g.attr
                            && !g.ends_with_rest,
                        in_macro,
                    });
                    if layout == Layout::Vertical {
                        self.indent += 1;
                        self.newline();
                    }
                }
                Kind::Close(delim) => {
                    let Some(open) = stack.pop() else { break };
                    if open.layout == Layout::Vertical {
                        let last = i - 1;
                        if open.trailing_comma && !self.t.is_op(last, ",") && !self.line_start {
                            self.out.push(',');
                        }
                        self.newline();
                        self.indent = self.indent.saturating_sub(1);
                    }
                    self.token(i);
                    let parent = stack.last().map_or(Layout::Vertical, |o| o.layout);
                    if parent == Layout::Vertical
                        && (i == self.attr_close
                            || (delim == Delim::Brace && self.starts_statement(i + 1, open.layout)))
                    {
                        self.newline();
                    }
                }
                Kind::Doc { inner } => {
                    let text = self.t.text(i);
                    self.doc(text, inner);
                }
                Kind::DocLine { inner } => {
                    // Its text starts with the space after `///`, as a `///` comment's does.
                    let line = self.t.text(i);
                    self.doc_line(line, inner);
                }
                _ => {
                    if parent != Layout::Flat
                        && let Some(open) = stack.last_mut()
                    {
                        self.chain(i, open);
                    }
                    if self.separator[i]
                        && matches!(self.t.toks.get(i + 1).map(|t| t.kind), Some(Kind::Close(_)))
                        && stack.last().is_some_and(|o| o.drop_trailing_comma)
                        && self.t.is_op(i, ",")
                    {
                        continue;
                    }
                    self.token(i);
                    if parent == Layout::Vertical && self.separator[i] {
                        self.newline();
                    }
                }
            }
        }
        self.newline();
        Ok(())
    }

    fn layout(&self, i: usize, delim: Delim, close: usize, parent: Layout, g: &Group) -> Layout {
        if parent == Layout::Flat || close == i + 1 || (g.attr && g.width != INF) {
            return Layout::Flat;
        }
        let col = if self.line_start {
            self.indent * 4
        } else {
            self.out.len() - self.line + usize::from(self.space[i])
        };
        let fits = |w: u32| w != INF && col + (w as usize) < MAX_WIDTH;
        if !g.block && fits(g.width) {
            Layout::Flat
        } else if delim != Delim::Brace && fits(g.hug) {
            Layout::Hug
        } else {
            Layout::Vertical
        }
    }

    /// At a `.` of a method chain: a chain of two calls or more that does not fit on the line puts each
    /// call on a line of its own (`.built_in(..)`), one level further in, until the chain ends.
    fn chain(&mut self, i: usize, open: &mut Open) {
        if !self.t.is_op(i, ".") {
            return;
        }
        if open.chain_end.is_some() {
            if self.is_call(i) {
                self.newline();
            }
            return;
        }
        if i <= open.chain_fits_to {
            return;
        }
        let (end, width, calls) = self.chain_extent(i);
        let col = self.out.len() - self.line;
        if calls >= 2 && (width == INF || col + (width as usize) >= MAX_WIDTH) {
            open.chain_end = Some(end);
            self.indent += 1;
            if self.is_call(i) {
                self.newline();
            }
        } else {
            open.chain_fits_to = end;
        }
    }

    /// `.name(...)` or `.name::<T>(...)` at `i`.
    fn is_call(&self, i: usize) -> bool {
        let mut j = i + 2;
        if self.t.is_op(j, "::") {
            j = self.skip_turbofish(j + 1);
        }
        matches!(
            self.t.toks.get(j).map(|t| t.kind),
            Some(Kind::Open {
                delim: Delim::Paren,
                ..
            })
        )
    }

    /// After `::` at `j - 1`: the index after `<...>`.
    fn skip_turbofish(&self, mut j: usize) -> usize {
        if !self.t.is_op(j, "<") {
            return j;
        }
        let mut depth = 0i32;
        while let Some(tok) = self.t.toks.get(j) {
            match tok.kind {
                Kind::Op => {
                    let text = self.t.text(j);
                    if text.bytes().all(|b| b == b'<') {
                        depth += text.len() as i32;
                    } else if text.bytes().all(|b| b == b'>') {
                        depth -= text.len() as i32;
                    }
                }
                Kind::Open { close, .. } => j = close as usize,
                _ => {}
            }
            j += 1;
            if depth <= 0 {
                break;
            }
        }
        j
    }

    /// The chain starting at `.` token `i`: its last token, its width on one line and how many calls.
    fn chain_extent(&self, i: usize) -> (usize, u32, u32) {
        let (mut j, mut width, mut calls) = (i, 0u32, 0u32);
        let span = |from: usize, to: usize, w: &mut u32| {
            let mut k = from;
            while k < to {
                let add = match self.t.toks[k].kind {
                    Kind::Open { close, .. } => {
                        let g = self.groups[k].width;
                        let add = g.saturating_add(u32::from(self.space[k]));
                        k = close as usize;
                        add
                    }
                    _ => (self.t.len(k) as u32) + u32::from(self.space[k]),
                };
                *w = w.saturating_add(add);
                k += 1;
            }
        };
        loop {
            if !(self.t.is_op(j, ".")
                && matches!(self.t.toks.get(j + 1).map(|t| t.kind), Some(Kind::Word(_))))
            {
                break;
            }
            let mut k = j + 2;
            if self.t.is_op(k, "::") {
                k = self.skip_turbofish(k + 1);
            }
            if let Some(Kind::Open {
                delim: Delim::Paren,
                close,
            }) = self.t.toks.get(k).map(|t| t.kind)
            {
                calls += 1;
                k = close as usize + 1;
            }
            while self.t.is_op(k, "?") {
                k += 1;
            }
            span(j, k, &mut width);
            j = k;
        }
        (j.saturating_sub(1), width, calls)
    }

    /// Writes token `i` after its indentation or its space.
    fn token(&mut self, i: usize) {
        if self.line_start {
            self.indentation();
            self.line_start = false;
            self.line_first = i;
        } else if self.space[i] {
            self.out.push(' ');
        }
        self.out.push_str(self.t.text(i));
    }

    fn newline(&mut self) {
        if !self.line_start {
            self.out.push('\n');
            self.line = self.out.len();
            self.line_start = true;
        }
    }

    /// The `#` (or `#!`) before attribute brackets `i` was the first token of its line.
    fn attr_starts_line(&self, i: usize) -> bool {
        let hash = if self.t.is_op(i - 1, "!") {
            i - 2
        } else {
            i - 1
        };
        self.line_first == hash
    }

    /// Token `i`, after a closing brace, begins the next statement or item, on a line of its own.
    fn starts_statement(&self, i: usize, closed: Layout) -> bool {
        let Some(tok) = self.t.toks.get(i) else {
            return false;
        };
        match tok.kind {
            Kind::Word(Word::Lifetime) => false,
            Kind::Word(_) => match self.t.text(i) {
                "else" | "as" => false,
                // A match guard after a pattern (`Foo { .. } if x =>`), a statement after a block.
                "if" => closed == Layout::Vertical,
                _ => true,
            },
            Kind::Op => matches!(self.t.text(i), "#" | "::" | "<"),
            Kind::Lit => true,
            _ => false,
        }
    }

    /// A documentation text as `///` (or `//!`) lines, each after a space.
    fn doc(&mut self, text: &str, inner: bool) {
        self.newline();
        let style = if inner { "//!" } else { "///" };
        for l in text.lines() {
            self.indentation();
            self.out.push_str(style);
            // Trailing spaces are trimmed, as rustfmt and prettyplease do (and only spaces).
            let l = l.trim_end_matches(' ');
            if !l.is_empty() {
                self.out.push(' ');
                self.out.push_str(l);
            }
            self.out.push('\n');
        }
        self.line = self.out.len();
        self.line_start = true;
    }

    /// One doc line as written: `line` holds the space after `///`.
    fn doc_line(&mut self, line: &str, inner: bool) {
        self.newline();
        self.indentation();
        self.out.push_str(if inner { "//!" } else { "///" });
        self.out.push_str(line.trim_end_matches(' '));
        self.out.push('\n');
        self.line = self.out.len();
        self.line_start = true;
    }

    fn indentation(&mut self) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
    }
}

#[cfg(test)]
mod tests;
