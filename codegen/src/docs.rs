//! Model documentation (HTML, as AWS writes it, or CommonMark) to rustdoc Markdown.
//!
//! The HTML is converted by [`direct`] when [`html_subset`] is certain of the tree html5ever would build
//! (nearly every AWS text), and by htmd otherwise; both give the same Markdown. What is left here is what
//! rustdoc needs on top: code fences marked `text` so they are not compiled as doctests, square brackets
//! escaped so they are not taken for intra-doc links, and bare URLs wrapped in `<>` so
//! `rustdoc::bare_urls` stays quiet.

mod direct;
mod html_subset;

#[cfg(test)]
mod direct_tests;

use std::sync::OnceLock;

use htmd::HtmlToMarkdown;
use htmd::options::{BulletListMarker, Options};

fn converter() -> &'static HtmlToMarkdown {
    static C: OnceLock<HtmlToMarkdown> = OnceLock::new();
    C.get_or_init(|| {
        HtmlToMarkdown::builder()
            .options(Options {
                bullet_list_marker: BulletListMarker::Dash,
                ul_bullet_spacing: 1,
                ..Options::default()
            })
            .skip_tags(vec!["script", "style", "img"])
            .build()
    })
}

/// Converts a documentation string to rustdoc Markdown. Never fails: HTML that cannot be converted is kept
/// as escaped text.
pub fn to_markdown(doc: &str) -> String {
    let doc = doc.trim();
    if doc.is_empty() {
        return String::new();
    }
    let md = match prepared_html(doc) {
        Some(html) => direct::to_markdown(&html).unwrap_or_else(|| htmd_markdown(&html, doc)),
        None => doc.to_string(),
    };
    rustdoc_safe(&md)
}

/// For the differential test (codegen/tests/docs_direct.rs): the Markdown htmd makes of `doc`'s HTML,
/// and the direct converter's (`None` where it falls back to htmd). `None` for a text without HTML.
#[doc(hidden)]
pub fn html_conversions(doc: &str) -> Option<(String, Option<String>)> {
    let doc = doc.trim();
    let html = prepared_html(doc).filter(|_| !doc.is_empty())?;
    Some((htmd_markdown(&html, doc), direct::to_markdown(&html)))
}

/// The HTML both converters read, or `None` when `doc` is not HTML: whitespace collapsed outside `<pre>`
/// and the AWS-specific block tags replaced, in one pass.
fn prepared_html(doc: &str) -> Option<String> {
    if !doc.contains('<') {
        return None;
    }
    let mut out = String::with_capacity(doc.len() + 64);
    let mut rest = doc;
    loop {
        let (before, pre_and_after) = match rest.find("<pre") {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        collapse_whitespace_into(&mut out, before);
        if pre_and_after.is_empty() {
            return Some(out);
        }
        let end = pre_and_after
            .find("</pre>")
            .map(|i| i + "</pre>".len())
            .unwrap_or(pre_and_after.len());
        push_replacing_aws_tags(&mut out, &pre_and_after[..end]);
        rest = &pre_and_after[end..];
    }
}

/// AWS-specific block tags carry meaning that Markdown has no element for: they become quotes (and the
/// service's full name a bold paragraph). Each replacement starts with `<` and ends at its first `>`, so
/// replacing them all in one pass is the same as one `str::replace` after another.
const AWS_TAGS: [(&str, &str); 6] = [
    ("<note>", "<blockquote><p><b>Note:</b></p>"),
    ("</note>", "</blockquote>"),
    ("<important>", "<blockquote><p><b>Important:</b></p>"),
    ("</important>", "</blockquote>"),
    ("<fullname>", "<p><b>"),
    ("</fullname>", "</b></p>"),
];

/// Pushes `s` with the [`AWS_TAGS`] replaced; `s` starts with `<`. Returns the bytes of `s` consumed.
fn push_aws_tag(out: &mut String, s: &str) -> usize {
    // Every AWS tag's name starts with `n`, `i` or `f`: most tags are told apart by that letter.
    let b = s.as_bytes();
    let name = if b.get(1) == Some(&b'/') {
        b.get(2)
    } else {
        b.get(1)
    };
    if !matches!(name, Some(b'n' | b'i' | b'f')) {
        out.push('<');
        return 1;
    }
    for (tag, replacement) in AWS_TAGS {
        if s.starts_with(tag) {
            out.push_str(replacement);
            return tag.len();
        }
    }
    out.push('<');
    1
}

fn push_replacing_aws_tags(out: &mut String, s: &str) {
    let mut copied = 0;
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'<', &s.as_bytes()[i..]) {
        let at = i + at;
        out.push_str(&s[copied..at]);
        i = at + push_aws_tag(out, &s[at..]);
        copied = i;
    }
    out.push_str(&s[copied..]);
}

/// HTML renders any run of whitespace outside `<pre>` as one space. Doing that before conversion keeps a
/// `<code>` span or a list item that the model wraps over several lines on one Markdown line. The
/// [`AWS_TAGS`] are replaced on the way.
/// The bytes [`collapse_whitespace_into`] copies as they are: ASCII that is neither whitespace (nor the
/// vertical tab, which `char::is_whitespace` counts) nor `<`.
const RUN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = !c.is_ascii_whitespace() && c != 0x0B && c != b'<';
        b += 1;
    }
    t
};

fn collapse_whitespace_into(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut last_space = out.ends_with(' ');
    // `s[copied..i]` is plain text not yet pushed.
    let mut copied = 0;
    let mut i = 0;
    let plain = |b: u8| b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0B;
    while i < bytes.len() {
        // The run of bytes copied as they are: plain ASCII, and single spaces between two plain
        // characters (the slow path below would write the same space).
        while i < bytes.len() {
            let b = bytes[i];
            let single_space =
                b == b' ' && i > copied && bytes.get(i + 1).is_some_and(|&n| plain(n));
            if !(RUN[usize::from(b)] || single_space) {
                break;
            }
            i += 1;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if copied < i {
            out.push_str(&s[copied..i]);
            last_space = false;
        }
        if b == b'<' {
            i += push_aws_tag(out, &s[i..]);
            last_space = false;
        } else {
            // Whitespace is `char::is_whitespace`, so a multi-byte character is decoded to ask.
            let c = s[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            } else {
                out.push(c);
                last_space = false;
            }
            i += c.len_utf8();
        }
        copied = i;
    }
    if copied < bytes.len() {
        out.push_str(&s[copied..]);
    }
}

fn htmd_markdown(html: &str, doc: &str) -> String {
    converter()
        .convert(html)
        .unwrap_or_else(|_| doc.to_string())
}

/// Makes Markdown safe for rustdoc: fences become `text`, stray brackets are escaped, bare URLs wrapped.
fn rustdoc_safe(md: &str) -> String {
    let mut out = String::with_capacity(md.len() + 16);
    let mut in_fence = false;
    for line in md.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if in_fence {
                out.push_str(line);
            } else {
                let indent = &line[..line.len() - trimmed.len()];
                out.push_str(indent);
                out.push_str(&trimmed[..3]);
                out.push_str("text");
            }
            in_fence = !in_fence;
        } else if in_fence {
            out.push_str(line);
        } else if line.starts_with("    ")
            && !trimmed.starts_with(['-', '*'])
            && !trimmed.is_empty()
        {
            // An indented code block would be compiled as a doctest: un-indent it into a paragraph.
            out.push_str(&escape_inline(trimmed));
        } else {
            out.push_str(&escape_inline(line));
        }
        out.push('\n');
    }
    if in_fence {
        out.push_str("```\n");
    }
    // Collapse runs of blank lines that the converter leaves behind.
    let mut collapsed = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        collapsed.push_str(line.trim_end());
        collapsed.push('\n');
    }
    collapsed.trim().to_string()
}

/// Escapes brackets and wraps bare URLs outside inline code spans, keeping `[text](url)` links.
fn escape_inline(line: &str) -> String {
    // Most lines hold nothing the loop below changes: no code span, escape, bracket or bare URL.
    if !line
        .bytes()
        .any(|b| matches!(b, b'`' | b'\\' | b'[' | b']'))
        && !line.contains("http")
    {
        return line.to_owned();
    }
    // An ASCII line is its bytes; any other is walked by `char`.
    if line.is_ascii() {
        escape_units(line.as_bytes())
    } else {
        escape_units(&line.chars().collect::<Vec<char>>())
    }
}

/// A character of a line, as a `char` or as the byte of an ASCII line.
trait Unit: Copy {
    fn ch(self) -> char;
}

impl Unit for char {
    fn ch(self) -> char {
        self
    }
}

impl Unit for u8 {
    fn ch(self) -> char {
        char::from(self)
    }
}

fn escape_units<U: Unit>(chars: &[U]) -> String {
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].ch();
        if c == '`' {
            // Copy the code span verbatim (it is never a link and needs no escaping).
            let start = i;
            let ticks = chars[i..].iter().take_while(|c| c.ch() == '`').count();
            let mut j = i + ticks;
            let mut closed = None;
            while j < chars.len() {
                if chars[j].ch() == '`' {
                    let run = chars[j..].iter().take_while(|c| c.ch() == '`').count();
                    if run == ticks {
                        closed = Some(j + run);
                        break;
                    }
                    j += run;
                } else {
                    j += 1;
                }
            }
            match closed {
                Some(end) => {
                    out.extend(chars[start..end].iter().map(|c| c.ch()));
                    i = end;
                }
                None => {
                    out.push_str("\\`");
                    i += 1;
                }
            }
            continue;
        }
        if c == '\\' && i + 1 < chars.len() {
            out.push(c);
            out.push(chars[i + 1].ch());
            i += 2;
            continue;
        }
        if c == '[' {
            if let Some(end) = link_end(chars, i) {
                // A Markdown link: keep the text (escaped recursively) and the destination as is.
                let close = chars[i..end]
                    .iter()
                    .position(|c| c.ch() == ']')
                    .map(|p| p + i)
                    .unwrap_or(i);
                let text: String = chars[i + 1..close].iter().map(|c| c.ch()).collect();
                out.push('[');
                out.push_str(&escape_inline(&text));
                out.push(']');
                out.extend(chars[close + 1..end].iter().map(|c| c.ch()));
                i = end;
                continue;
            }
            out.push_str("\\[");
            i += 1;
            continue;
        }
        if c == ']' {
            out.push_str("\\]");
            i += 1;
            continue;
        }
        if (c == 'h')
            && starts_with_url(&chars[i..])
            && (i == 0 || !matches!(chars[i - 1].ch(), '<' | '(' | '"'))
        {
            let end = chars[i..]
                .iter()
                .position(|c| c.ch().is_whitespace() || matches!(c.ch(), '<' | '>' | ')' | '"'))
                .map(|p| p + i)
                .unwrap_or(chars.len());
            // A trailing full stop or comma ends the sentence, not the URL.
            let mut url_end = end;
            while url_end > i && matches!(chars[url_end - 1].ch(), '.' | ',' | ';' | ':') {
                url_end -= 1;
            }
            out.push('<');
            out.extend(chars[i..url_end].iter().map(|c| c.ch()));
            out.push('>');
            out.extend(chars[url_end..end].iter().map(|c| c.ch()));
            i = end;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn starts_with_url<U: Unit>(chars: &[U]) -> bool {
    let starts = |p: &str| chars.len() >= p.len() && p.chars().zip(chars).all(|(a, b)| a == b.ch());
    starts("http://") || starts("https://")
}

/// If a Markdown link `[text](dest)` starts at `start`, the index just after its `)`.
fn link_end<U: Unit>(chars: &[U], start: usize) -> Option<usize> {
    let mut depth = 0;
    let mut i = start;
    while i < chars.len() {
        match chars[i].ch() {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if i + 1 >= chars.len() || chars[i + 1].ch() != '(' {
        return None;
    }
    let close = chars[i + 1..].iter().position(|c| c.ch() == ')')? + i + 1;
    let dest: String = chars[i + 2..close].iter().map(|c| c.ch()).collect();
    if dest.is_empty() || dest.contains(char::is_whitespace) {
        return None;
    }
    Some(close + 1)
}

/// The characters rustc rejects in a comment (and that can make code read differently from what it is): the
/// bidirectional controls of CVE-2021-42574, and a carriage return not followed by a line feed.
pub fn is_hazard(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\r')
}

/// Does `text` hold a character [`without_hazards`] takes out?
pub fn has_hazards(text: &str) -> bool {
    // Scanned as bytes, since it runs over every printed file: a hazard is `\r` or a three-byte character
    // E2 80 AA..AE (U+202A..U+202E) or E2 81 A6..A9 (U+2066..U+2069), and 0xE2 only ever leads a character.
    let b = text.as_bytes();
    memchr::memchr2_iter(b'\r', 0xE2, b).any(|i| {
        b[i] == b'\r'
            || matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0x80), Some(0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
            )
    })
}

/// Printed Rust with the [`is_hazard`] characters dropped (a carriage return becomes a space). String
/// literals print them escaped (`\u{202e}`), so only comments (documentation from the model) lose them.
pub(crate) fn without_hazards(printed: String) -> String {
    if !has_hazards(&printed) {
        return printed;
    }
    printed
        .chars()
        .filter_map(|c| match c {
            '\r' => Some(' '),
            c if is_hazard(c) => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    /// The byte scan finds exactly the characters `is_hazard` names, and nothing that only shares their
    /// lead byte.
    #[test]
    fn has_hazards_agrees_with_is_hazard() {
        for c in ('\u{0}'..='\u{3000}').chain(['\u{FEFF}', '\u{1F600}']) {
            let text = format!("a{c}b");
            assert_eq!(has_hazards(&text), is_hazard(c), "{:?}", c);
        }
        assert!(!has_hazards("plain text"));
    }

    #[test]
    fn paragraphs_code_and_important() {
        let md = to_markdown(
            "<p>Deletes an Amazon FSx backup.</p>\n  <p>The <code>DeleteBackup</code> call returns.</p>\
             <important><p>The data is gone.</p></important>",
        );
        expect![[r#"
            Deletes an Amazon FSx backup.

            The `DeleteBackup` call returns.

            > **Important:**
            >
            > The data is gone."#]]
        .assert_eq(&md);
    }

    #[test]
    fn links_lists_and_brackets() {
        let md = to_markdown(
            "<p>See <a href=\"https://docs.aws.amazon.com/fsx/\">the guide</a> [a] and [Foo].</p>\
             <ul><li><p>one</p></li><li>two &lt;b&gt; &amp;</li></ul><p>Visit https://example.com/x. Now.</p>",
        );
        expect![[r#"
            See [the guide](https://docs.aws.amazon.com/fsx/) \[a\] and \[Foo\].

            - one

            - two \<b> &

            Visit <https://example.com/x>. Now."#]]
        .assert_eq(&md);
    }

    #[test]
    fn code_blocks_are_not_doctests() {
        let md = to_markdown("<p>Example:</p><pre><code>let x = 1;\nfn main() {}</code></pre>");
        assert!(md.contains("```text\n"), "{md}");
        let md = to_markdown("Plain text with [brackets] and a fence:\n```\nx\n```");
        assert!(md.contains("\\[brackets\\]"), "{md}");
        assert!(md.contains("```text"), "{md}");
    }

    #[test]
    fn code_and_list_items_wrapped_in_the_model_stay_on_one_line() {
        let md = to_markdown(
            "<ul><li><p>using the <code>WindowsConfiguration >\n            PreferredSubnetID</code> or\n   more</p></li></ul>\
             <pre><code>keep\n  this</code></pre>",
        );
        assert!(
            md.contains("- using the `WindowsConfiguration > PreferredSubnetID` or more"),
            "{md}"
        );
        assert!(md.contains("keep\n  this"), "{md}");
    }

    #[test]
    fn note_and_empty() {
        assert_eq!(to_markdown("   "), "");
        let md = to_markdown("<note><p>Careful.</p></note>");
        assert!(md.starts_with("> **Note:**"), "{md}");
    }

    #[test]
    fn code_spans_are_kept_verbatim() {
        assert_eq!(to_markdown("Use `a[0]` here"), "Use `a[0]` here");
        assert_eq!(
            to_markdown("Unclosed `tick [x]"),
            "Unclosed \\`tick \\[x\\]"
        );
    }
}

#[cfg(test)]
mod prepared_html_tests {
    use super::prepared_html;

    /// The preparation as it was first written: collapse, then one `str::replace` per AWS tag.
    fn reference(html: &str) -> String {
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        loop {
            let (before, pre_and_after) = match rest.find("<pre") {
                Some(i) => rest.split_at(i),
                None => (rest, ""),
            };
            let mut last_space = out.ends_with(' ');
            for c in before.chars() {
                if c.is_whitespace() {
                    if !last_space {
                        out.push(' ');
                    }
                    last_space = true;
                } else {
                    out.push(c);
                    last_space = false;
                }
            }
            if pre_and_after.is_empty() {
                break;
            }
            let end = pre_and_after
                .find("</pre>")
                .map(|i| i + "</pre>".len())
                .unwrap_or(pre_and_after.len());
            out.push_str(&pre_and_after[..end]);
            rest = &pre_and_after[end..];
        }
        out.replace("<note>", "<blockquote><p><b>Note:</b></p>")
            .replace("</note>", "</blockquote>")
            .replace("<important>", "<blockquote><p><b>Important:</b></p>")
            .replace("</important>", "</blockquote>")
            .replace("<fullname>", "<p><b>")
            .replace("</fullname>", "</b></p>")
    }

    #[test]
    fn one_pass_equals_collapse_then_replace() {
        let cases = [
            "<p>a \n\t b</p>  <note>x</note>",
            "<pre>  keep\n <note> </pre> after  <pre>unclosed  \n",
            "<p>nbsp\u{a0}\u{a0}and\u{2003}em\u{b}vt\u{c}ff\r\ncrlf</p>",
            "x<important><fullname>F</fullname></important><<note>></note>",
            "<p>é  ü\u{3000}\u{3000}</p> <preface>  </preface>",
            "a <b> <c>",
        ];
        for case in cases {
            assert_eq!(
                prepared_html(case).as_deref(),
                Some(reference(case).as_str())
            );
        }
        const PIECES: &[&str] = &[
            "<note>",
            "</note>",
            "<important>",
            "</important>",
            "<fullname>",
            "</fullname>",
            "<pre>",
            "</pre>",
            "<pre",
            "<p>",
            " ",
            "  ",
            "\n",
            "\t",
            "\u{a0}",
            "\u{2028}",
            "x",
            "é",
            "<",
            ">",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            let mut doc = String::from("<");
            for _ in 0..12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                doc.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            assert_eq!(
                prepared_html(&doc).as_deref(),
                Some(reference(&doc).as_str()),
                "for {doc:?}"
            );
        }
    }
}
