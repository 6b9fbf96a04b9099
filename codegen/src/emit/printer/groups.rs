//! What the layout needs to know of each group before printing it, found in one pass: its width on one
//! line, whether it must be a block, and whether its elements may take a trailing comma.

use crate::emit::code::{Code as Toks, Delim, Kind, Word, pack};

/// A width that fits no line: a block, or documentation, inside.
pub(super) const INF: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Group {
    /// Its width on one line, from the opening delimiter to the closing one.
    pub width: u32,
    /// For a group that may open on this line and close right after a block it ends with
    /// (`Box::pin(async move {` ... `})`): the width up to and including that block's `{`.
    pub hug: u32,
    /// A brace group that is a block: an item's or a function's body, a `match`, statements.
    pub block: bool,
    /// Elements separated by commas (not statements), so a broken group may end with one more.
    pub list: bool,
    /// How many commas separate its elements.
    pub commas: u32,
    /// The last element is `..rest`, after which no comma may follow.
    pub ends_with_rest: bool,
    /// A macro's arguments: their grammar is the macro's, so nothing is added inside.
    pub macro_args: bool,
    /// An attribute's brackets (`#[...]`), kept on one line.
    pub attr: bool,
}

struct Frame {
    open: usize,
    width: u32,
    /// A keyword that makes the next `{` of this element a block (`fn`, `impl`, `if`, `match`, ...).
    keyword: bool,
    /// That keyword was `struct`, `enum` or `union`: the block it opens is a list of fields or variants.
    definition: bool,
    at_element_start: bool,
    block: bool,
    commas: u32,
    semicolons: bool,
    rest: bool,
    /// The width before this group's opening delimiter in its parent, the delimiter's space included.
    prefix: u32,
    /// The close of the last child group and the child's `prefix` and `hug`.
    last_child: Option<(usize, u32, u32)>,
}

impl Frame {
    fn new(open: usize, prefix: u32, block: bool) -> Frame {
        Frame {
            open,
            width: 0,
            keyword: false,
            definition: false,
            at_element_start: true,
            block,
            commas: 0,
            semicolons: false,
            rest: false,
            prefix,
            last_child: None,
        }
    }
}

fn add(a: u32, b: u32) -> u32 {
    a.saturating_add(b)
}

const COMMA: u32 = pack(",");
const SEMI: u32 = pack(";");
const ARROW: u32 = pack("=>");
const HASH: u32 = pack("#");

/// `groups[i]` describes the group that token `i` opens (other entries are unused).
pub(super) fn groups(t: &Toks, space: &[bool], separator: &[bool]) -> Vec<Group> {
    let n = t.toks.len();
    let mut out = vec![Group::default(); n];
    let mut stack = vec![Frame::new(usize::MAX, 0, true)];
    for i in 0..n {
        let kind = t.toks[i].kind;
        let own = t.len(i) as u32 + u32::from(space[i]);
        if let Kind::Close(delim) = kind {
            let Some(f) = stack.pop() else { break };
            let g = finish(t, &f, delim, i, own);
            out[f.open] = g;
            let Some(parent) = stack.last_mut() else {
                break;
            };
            parent.last_child = Some((i, f.prefix, g.hug));
            parent.width = add(parent.width, add(g.width, u32::from(space[f.open])));
            if delim == Delim::Brace {
                parent.keyword = false;
            }
            continue;
        }
        let Some(top) = stack.last_mut() else { break };
        match kind {
            Kind::Close(_) => {}
            Kind::Open { delim, .. } => {
                let prefix = add(top.width, u32::from(space[i]));
                let block = delim == Delim::Brace && top.keyword;
                let definition = block && top.definition;
                top.at_element_start = false;
                let mut f = Frame::new(i, prefix, block);
                f.definition = definition;
                f.width = own - u32::from(space[i]);
                stack.push(f);
            }
            Kind::Doc { .. } | Kind::DocLine { .. } => {
                top.width = INF;
                top.block = true;
            }
            Kind::Op => {
                let op = t.pack(i);
                if top.at_element_start {
                    top.rest = op == pack("..") || op == pack("..=");
                }
                top.at_element_start = false;
                match op {
                    COMMA if separator[i] => {
                        top.commas += 1;
                        top.keyword = false;
                        top.at_element_start = true;
                    }
                    SEMI => {
                        top.semicolons = true;
                        top.keyword = false;
                        top.at_element_start = true;
                    }
                    ARROW => {
                        top.block = true;
                        top.keyword = false;
                    }
                    HASH => top.block = true,
                    _ => {}
                }
                top.width = add(top.width, own);
            }
            Kind::Word(w) => {
                if top.at_element_start {
                    top.rest = false;
                }
                top.at_element_start = false;
                if w == Word::Block {
                    top.keyword = true;
                    top.definition = matches!(t.text(i), "struct" | "enum" | "union");
                }
                top.width = add(top.width, own);
            }
            Kind::Lit => {
                if top.at_element_start {
                    top.rest = false;
                }
                top.at_element_start = false;
                top.width = add(top.width, own);
            }
        }
    }
    out
}

fn finish(t: &Toks, f: &Frame, delim: Delim, close: usize, own: u32) -> Group {
    let brace = delim == Delim::Brace;
    let block = brace && (f.block || f.semicolons);
    let mut width = add(f.width, own);
    if block {
        width = INF;
    }
    let hug = if brace {
        1
    } else {
        match f.last_child {
            Some((c, prefix, hug)) if c + 1 == close && prefix != INF && hug != INF => {
                add(prefix, hug)
            }
            _ => INF,
        }
    };
    let before = f.open.checked_sub(1);
    let macro_args = before.is_some_and(|b| {
        t.is_op(b, "!")
            && b.checked_sub(1)
                .is_some_and(|w| matches!(t.toks[w].kind, Kind::Word(Word::Plain)))
    });
    let attr = delim == Delim::Bracket
        && before.is_some_and(|b| {
            t.is_op(b, "#")
                || (t.is_op(b, "!") && b.checked_sub(1).is_some_and(|h| t.is_op(h, "#")))
        });
    Group {
        width,
        hug,
        block,
        list: (f.commas > 0 || f.definition) && !f.semicolons,
        commas: f.commas,
        ends_with_rest: f.rest,
        macro_args,
        attr,
    }
}
