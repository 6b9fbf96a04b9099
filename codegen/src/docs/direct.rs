//! The Markdown htmd 0.5.6 writes (with the options of [`super::converter`]), computed from the
//! [`html_subset`] tree instead of html5ever's.
//!
//! Each function here reproduces one of htmd's rules for the subset's elements, in the same order and
//! with the same string operations, because byte-identical output is the point: a rule that looks
//! redundant (trimming newlines that cannot be there, a separator that is trimmed later) is kept when
//! htmd has it. The differential test (codegen/tests/docs_direct.rs) holds the two paths together over
//! every documentation text of the shared models.

use std::borrow::Cow;

use super::html_subset::{self, DOCUMENT, Kind, Tag, Tree};

/// htmd's Markdown of `html`, or `None` when [`html_subset::parse`] is not certain of html5ever's tree.
pub(super) fn to_markdown(html: &str) -> Option<String> {
    let mut tree = html_subset::parse(html).ok()?;
    let mut out = String::with_capacity(html.len());
    walk_node(&mut tree, DOCUMENT, &mut out, false, true, false);
    trim_newlines(&mut out);
    Some(out)
}

/// htmd's `walk_node`. `parent_is_pre` stands for its `parent_tag == Some("pre")`.
fn walk_node(
    tree: &mut Tree<'_>,
    node: usize,
    output: &mut String,
    parent_is_pre: bool,
    trim_leading_spaces: bool,
    is_pre: bool,
) {
    match &tree.nodes[node].kind {
        Kind::Document => {
            walk_children(tree, node, output, true, false);
            let kept = trim_end_document_whitespace(output).len();
            output.truncate(kept);
        }
        Kind::Text(text) => push_text(text, output, parent_is_pre, trim_leading_spaces, is_pre),
        &Kind::Element { tag, .. } => {
            if let Some(content) = handle(tree, node, tag)
                && (!content.is_empty() || tag != Tag::Head)
            {
                append_normalized_content(output, content, is_pre);
            }
        }
    }
}

fn push_text(
    text: &str,
    output: &mut String,
    parent_is_pre: bool,
    trim_leading_spaces: bool,
    is_pre: bool,
) {
    if is_pre {
        // Only a fence-looking start is escaped, and only directly inside `pre`.
        if parent_is_pre && text.starts_with(['`', '~']) {
            output.push('\\');
        }
        output.push_str(text);
        return;
    }
    let last_ends_with_space = output.ends_with(' ');
    if is_plain_text(text) {
        let text = if trim_leading_spaces || (text.starts_with(' ') && last_ends_with_space) {
            text.trim_start_matches(' ')
        } else {
            text
        };
        output.push_str(text);
        return;
    }
    let escaped = escape_if_needed(text);
    let text = compress_whitespace(&escaped);
    let to_add = if trim_leading_spaces || (text.starts_with(' ') && last_ends_with_space) {
        text.trim_start_matches(' ')
    } else {
        &text
    };
    output.push_str(to_add);
}

/// htmd's `dom_walker::walk_children`, including its merging of adjacent like inline elements.
fn walk_children(
    tree: &mut Tree<'_>,
    node: usize,
    output: &mut String,
    is_parent_block: bool,
    is_pre: bool,
) {
    combine_adjacent(tree, node);
    let mut trim_leading_spaces = !is_pre && is_parent_block;
    let node_is_pre = tree.tag(node) == Some(Tag::Pre);
    for index in 0..tree.nodes[node].children.len() {
        let child = tree.nodes[node].children[index];
        let is_block = tree.tag(child).is_some_and(Tag::is_block);
        if is_block {
            let kept = output.trim_end_matches(' ').len();
            output.truncate(kept);
        }
        let before = output.len();
        walk_node(
            tree,
            child,
            output,
            node_is_pre,
            trim_leading_spaces,
            is_pre,
        );
        if output.len() > before {
            trim_leading_spaces = is_block;
        }
    }
}

/// htmd joins two adjacent inline elements of the same kind (`i`/`em` and `b`/`strong` count as one) when
/// each holds only text, except links: `<code>a</code><code>b</code>` is one code span.
fn combine_adjacent(tree: &mut Tree<'_>, node: usize) {
    let mut index = 1;
    while index < tree.nodes[node].children.len() {
        let first = tree.nodes[node].children[index - 1];
        let second = tree.nodes[node].children[index];
        if let Some(text) = combinable_text(tree, first, second) {
            let text = text.clone();
            tree.nodes[node].children.remove(index);
            index -= 1;
            let first_text = tree.nodes[first].children[0];
            if let Kind::Text(existing) = &mut tree.nodes[first_text].kind {
                existing.to_mut().push_str(&text);
            }
        }
        index += 1;
    }
}

/// The text of `second` when htmd's `can_combine` merges it into `first`. The subset gives inline
/// elements other than `a` no attributes, so their attributes are always equal.
fn combinable_text<'t, 'a>(
    tree: &'t Tree<'a>,
    first: usize,
    second: usize,
) -> Option<&'t Cow<'a, str>> {
    let (t1, t2) = (tree.tag(first)?, tree.tag(second)?);
    if t1.is_block() || t1 == Tag::A {
        return None;
    }
    let same = t1 == t2
        || matches!(
            (t1, t2),
            (Tag::I, Tag::Em) | (Tag::Em, Tag::I) | (Tag::B, Tag::Strong) | (Tag::Strong, Tag::B)
        );
    if !same {
        return None;
    }
    let only_text = |n: usize| match tree.nodes[n].children.as_slice() {
        [child] => match &tree.nodes[*child].kind {
            Kind::Text(text) => Some(text),
            _ => None,
        },
        _ => None,
    };
    only_text(first)?;
    only_text(second)
}

/// htmd's `Handlers::walk_children`: the content of `node`'s children on their own.
fn children_content(tree: &mut Tree<'_>, node: usize) -> String {
    let tag = tree.tag(node);
    let is_block = tag.is_some_and(Tag::is_block);
    let is_pre = matches!(tag, Some(Tag::Pre | Tag::Code)) || is_inside_pre(tree, node);
    // Most elements hold a sentence or two: room for that saves the first few doublings.
    let mut output = String::with_capacity(128);
    walk_children(tree, node, &mut output, is_block, is_pre);
    output
}

fn is_inside_pre(tree: &Tree<'_>, node: usize) -> bool {
    let mut current = tree.nodes[node].parent;
    while let Some(parent) = current {
        if matches!(tree.tag(parent), Some(Tag::Pre | Tag::Code)) {
            return true;
        }
        current = tree.nodes[parent].parent;
    }
    false
}

fn parent_tag(tree: &Tree<'_>, node: usize) -> Option<Tag> {
    tree.nodes[node].parent.and_then(|p| tree.tag(p))
}

/// The element handlers htmd registers for the subset's tags, in pure translation mode.
fn handle(tree: &mut Tree<'_>, node: usize, tag: Tag) -> Option<String> {
    match tag {
        Tag::Html | Tag::Head | Tag::Body | Tag::P | Tag::Dl | Tag::Dt | Tag::Dd | Tag::Pre => {
            Some(block(&children_content(tree, node)))
        }
        Tag::Blockquote => {
            let content = children_content(tree, node);
            let content = content.trim_start_matches('\n');
            let mut quoted = String::with_capacity(content.len() + 16);
            for (i, line) in trim_end_document_whitespace(content).lines().enumerate() {
                if i > 0 {
                    quoted.push('\n');
                }
                quoted.push_str("> ");
                quoted.push_str(line);
            }
            Some(block(&quoted))
        }
        Tag::Br => Some("  \n".to_string()),
        Tag::Code if parent_tag(tree, node) == Some(Tag::Pre) => {
            let content = children_content(tree, node);
            let content = content.strip_suffix('\n').unwrap_or(&content);
            let fence = "`".repeat(3.max(longest_run(content, '`') + 1));
            Some(concat(&[&fence, "\n", content, "\n", &fence]))
        }
        Tag::Code => {
            let content = children_content(tree, node);
            let content = trim_document_whitespace(&content);
            let delimiter = inline_code_delimiter(content);
            if content.starts_with('`') || content.ends_with('`') {
                Some(concat(&[&delimiter, " ", content, " ", &delimiter]))
            } else {
                Some(concat(&[&delimiter, content, &delimiter]))
            }
        }
        Tag::B | Tag::Strong => emphasis(&children_content(tree, node), "**"),
        Tag::I | Tag::Em => emphasis(&children_content(tree, node), "*"),
        Tag::A => {
            let href = match tree.nodes[node].kind {
                Kind::Element { href, .. } => href,
                _ => None,
            };
            let content = children_content(tree, node);
            match href {
                None => Some(content),
                Some(href) => Some(inline_link(&content, href)),
            }
        }
        Tag::Ul | Tag::Ol => {
            let in_item = parent_tag(tree, node) == Some(Tag::Li);
            let content = if tag == Tag::Ol {
                ordered_items(tree, node)
            } else {
                children_content(tree, node)
            };
            let trimmed = content.trim_matches('\n');
            if trimmed.is_empty() {
                None
            } else if in_item {
                Some(concat(&["\n", trimmed, "\n"]))
            } else {
                Some(block(trimmed))
            }
        }
        Tag::Li => {
            let content = children_content(tree, node);
            let content = trim_start_document_whitespace(&content);
            if parent_tag(tree, node) == Some(Tag::Ol) {
                // The ordered list adds the number.
                Some(concat(&["\n", content, "\n"]))
            } else {
                Some(concat(&["\n- ", &indent_except_first_line(content, 2)]))
            }
        }
    }
}

fn block(content: &str) -> String {
    concat(&["\n\n", content.trim_matches('\n'), "\n\n"])
}

fn emphasis(content: &str, marker: &str) -> Option<String> {
    if content.is_empty() {
        return None;
    }
    // Unicode whitespace here (CommonMark's rule for emphasis), document whitespace elsewhere.
    let inner = content.trim_start();
    let leading = &content[..content.len() - inner.len()];
    let inner_trimmed = inner.trim_end();
    let trailing = &inner[inner_trimmed.len()..];
    if inner_trimmed.is_empty() {
        return None;
    }
    Some(concat(&[leading, marker, inner_trimmed, marker, trailing]))
}

fn inline_link(content: &str, href: &str) -> String {
    let link: Cow<'_, str> = if href.contains(['(', ')']) {
        Cow::Owned(href.replace('(', "\\(").replace(')', "\\)"))
    } else {
        Cow::Borrowed(href)
    };
    let content = trim_start_document_whitespace(content);
    let text = trim_end_document_whitespace(content);
    let trailing = &content[text.len()..];
    let (open, close) = if link.contains(' ') {
        ("<", ">")
    } else {
        ("", "")
    };
    concat(&["[", text, "](", open, &link, close, ")", trailing])
}

/// htmd's `get_ol_content`: each child converted on its own (so not merged with its neighbours), the
/// items numbered and padded to the widest number.
fn ordered_items(tree: &mut Tree<'_>, node: usize) -> String {
    let mut parts = Vec::with_capacity(tree.nodes[node].children.len());
    for index in 0..tree.nodes[node].children.len() {
        let child = tree.nodes[node].children[index];
        let mut content = String::new();
        walk_node(tree, child, &mut content, false, true, false);
        parts.push((content, tree.tag(child) == Some(Tag::Li)));
    }
    let items = parts.iter().filter(|(_, is_item)| *is_item).count();
    let width = digits(items);
    let mut number = 0;
    let contents: Vec<String> = parts
        .into_iter()
        .map(|(content, is_item)| {
            if !is_item {
                return content;
            }
            number += 1;
            let number = number.to_string();
            // Two spaces after the widest number's dot.
            let spacing = " ".repeat((2 + width).saturating_sub(number.len()));
            let content = content.trim_start_matches('\n');
            let content = indent_except_first_line(content, number.len() + 1 + spacing.len());
            concat(&["\n", &number, ".", &spacing, &content])
        })
        .collect();
    join_blocks(&contents)
}

/// htmd's digit count, float arithmetic included, so that the padding agrees for every list length.
fn digits(num: usize) -> usize {
    if num == 0 {
        return 1;
    }
    ((num + 1) as f32).log10().ceil() as usize
}

/// htmd's `join_blocks`: blocks separated by the larger of the newline runs at the seam, at most two.
fn join_blocks(contents: &[String]) -> String {
    let mut result = String::with_capacity(contents.iter().map(String::len).sum());
    for content in contents {
        if content.is_empty() {
            continue;
        }
        let left = result.trim_end_matches('\n').len();
        let right = content.trim_start_matches('\n');
        let newlines = (result.len() - left)
            .max(content.len() - right.len())
            .min(2);
        result.truncate(left);
        for _ in 0..newlines {
            result.push('\n');
        }
        result.push_str(right);
    }
    result
}

/// htmd's `indent_text_except_first_line` with line ends trimmed.
fn indent_except_first_line(text: &str, indent: usize) -> String {
    if indent == 0 {
        return text.to_string();
    }
    let mut result = String::with_capacity(text.len() + 16);
    for (i, line) in text.lines().enumerate() {
        let line = trim_end_document_whitespace(line);
        if i > 0 {
            result.push('\n');
        }
        if i > 0 && !line.is_empty() {
            for _ in 0..indent {
                result.push(' ');
            }
        }
        result.push_str(line);
    }
    result
}

fn inline_code_delimiter(content: &str) -> String {
    let mut runs = Vec::new();
    let mut run = 0;
    for b in content.bytes() {
        if b == b'`' {
            run += 1;
        } else if run > 0 {
            runs.push(run);
            run = 0;
        }
    }
    if run > 0 {
        runs.push(run);
    }
    let len = if content.starts_with('`') || content.ends_with('`') {
        runs.iter().copied().max().unwrap_or(0) + 1
    } else {
        // The shortest run length the content does not hold.
        (1..).find(|n| !runs.contains(n)).unwrap_or(1)
    };
    "`".repeat(len)
}

fn longest_run(text: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for ch in text.chars() {
        if ch == c {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// htmd's `append_normalized_content`: at most two newlines at the seam, one space between inline runs.
fn append_normalized_content(output: &mut String, mut content: String, is_pre: bool) {
    if output.is_empty() {
        *output = content;
        return;
    }
    if is_pre {
        output.push_str(&content);
        return;
    }
    let last_newlines = output.len() - output.trim_end_matches('\n').len();
    let content_newlines = content.len() - content.trim_start_matches('\n').len();
    let total = last_newlines + content_newlines;
    if total > 2 {
        content.drain(..(total - 2).min(content_newlines));
    }
    if last_newlines == 0
        && content_newlines == 0
        && output.ends_with(' ')
        && content.starts_with(' ')
    {
        content.remove(0);
    }
    output.push_str(&content);
}

/// Text htmd copies as it is: nothing Markdown or HTML could read, no runs of whitespace.
fn is_plain_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(&first) = bytes.first() else {
        return true;
    };
    if matches!(first, b'=' | b'~' | b'>' | b'-' | b'+' | b'#' | b'0'..=b'9') {
        return false;
    }
    let mut previous_was_space = false;
    for &b in bytes {
        match b {
            b'\\' | b'*' | b'_' | b'`' | b'[' | b']' | b'<' => return false,
            b' ' => {
                if previous_was_space {
                    return false;
                }
                previous_was_space = true;
            }
            b'\t' | b'\n' | b'\r' | 0x0C | 0x0B => return false,
            _ => previous_was_space = false,
        }
    }
    true
}

/// htmd's `escape_if_needed`: Markdown specials backslashed, a leading block marker escaped, then
/// HTML-looking `<` escaped.
fn escape_if_needed(text: &str) -> Cow<'_, str> {
    let Some(first) = text.chars().next() else {
        return Cow::Borrowed(text);
    };
    let needs = matches!(first, '=' | '~' | '>' | '-' | '+' | '#' | '0'..='9')
        || text
            .bytes()
            .any(|b| matches!(b, b'\\' | b'*' | b'_' | b'`' | b'[' | b']'));
    if !needs {
        return escape_html(Cow::Borrowed(text));
    }
    let leading_backslash = match first {
        '=' | '~' | '>' => true,
        '-' | '+' => text.chars().nth(1) == Some(' '),
        '#' => is_atx_heading(text),
        _ => false,
    };
    let mut escaped = String::with_capacity(text.len() + 9);
    if leading_backslash {
        escaped.push('\\');
    }
    for ch in text.chars() {
        if matches!(ch, '\\' | '*' | '_' | '`' | '[' | ']') {
            escaped.push('\\');
        }
        escaped.push(ch);
    }
    if first.is_ascii_digit()
        && let Some(dot) = ordered_item_dot(&escaped)
    {
        escaped.replace_range(dot..dot + 1, "\\.");
    }
    escape_html(Cow::Owned(escaped))
}

fn is_atx_heading(text: &str) -> bool {
    let mut previous_was_hash = false;
    for ch in text.chars() {
        match ch {
            '#' => previous_was_hash = true,
            ' ' => return previous_was_hash,
            _ => return false,
        }
    }
    false
}

/// The byte offset of the dot in a leading `12. `, as htmd finds it.
fn ordered_item_dot(text: &str) -> Option<usize> {
    let mut previous_was_numeric = false;
    let mut previous_was_dot = false;
    let mut dot = 0;
    for (offset, ch) in text.char_indices() {
        if ch.is_numeric() {
            if previous_was_dot {
                return None;
            }
            previous_was_numeric = true;
        } else if ch == '.' {
            if !previous_was_numeric {
                return None;
            }
            dot = offset;
            previous_was_dot = true;
        } else if ch == ' ' {
            return previous_was_dot.then_some(dot);
        } else {
            return None;
        }
    }
    None
}

/// htmd's `escape_html`: a `<` that Markdown would take for the start of raw HTML gets a backslash.
fn escape_html(text: Cow<'_, str>) -> Cow<'_, str> {
    if !text.contains('<') {
        return text;
    }
    let src = text.as_ref();
    let mut escaped: Option<String> = None;
    // Up to here `src` is in `escaped`; the `<` itself goes with the next stretch.
    let mut copied = 0;
    for (i, _) in src.match_indices('<') {
        if looks_like_html(&src[i + 1..]) {
            let out = escaped.get_or_insert_with(|| String::with_capacity(src.len() + 4));
            out.push_str(&src[copied..i]);
            out.push('\\');
            copied = i;
        }
    }
    match escaped {
        None => text,
        Some(mut out) => {
            out.push_str(&src[copied..]);
            Cow::Owned(out)
        }
    }
}

/// What follows a `<` that htmd escapes.
fn looks_like_html(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some('!') => {
            let rest = chars.as_str();
            !(rest.starts_with("[CDATA[") || rest.starts_with("\\[CDATA\\["))
        }
        Some('?') => true,
        Some('/') => chars.next().is_some_and(|c| c.is_ascii_alphabetic()),
        Some(c) => c.is_ascii_alphabetic(),
        None => false,
    }
}

/// htmd's `compress_whitespace`: each run of ASCII whitespace becomes one space.
fn compress_whitespace(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let plain = !bytes.iter().enumerate().any(|(i, &b)| {
        b.is_ascii_whitespace()
            && (b != b' ' || bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace))
    });
    if plain {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_whitespace = false;
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            if !in_whitespace {
                out.push(' ');
            }
            in_whitespace = true;
        } else {
            out.push(c);
            in_whitespace = false;
        }
    }
    Cow::Owned(out)
}

fn is_document_whitespace(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' ')
}

fn trim_document_whitespace(s: &str) -> &str {
    s.trim_matches(is_document_whitespace)
}

fn trim_start_document_whitespace(s: &str) -> &str {
    s.trim_start_matches(is_document_whitespace)
}

fn trim_end_document_whitespace(s: &str) -> &str {
    s.trim_end_matches(is_document_whitespace)
}

fn trim_newlines(s: &mut String) {
    let end = s.trim_end_matches('\n').len();
    s.truncate(end);
    let start = s.len() - s.trim_start_matches('\n').len();
    s.drain(..start);
}

fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}
