//! Edge cases of the direct converter, each checked against htmd on the same prepared HTML.

use super::{direct, htmd_markdown, prepared_html};

/// The direct converter takes `doc` and gives htmd's Markdown.
#[track_caller]
fn same(doc: &str) -> String {
    let html = prepared_html(doc.trim()).expect("the text has HTML");
    let htmd = htmd_markdown(&html, doc);
    let fast = direct::to_markdown(&html);
    assert_eq!(fast.as_deref(), Some(htmd.as_str()), "for {doc:?}");
    htmd
}

/// The direct converter refuses `doc` (htmd converts it).
#[track_caller]
fn falls_back(doc: &str) {
    let html = prepared_html(doc.trim()).expect("the text has HTML");
    assert_eq!(direct::to_markdown(&html), None, "for {doc:?}");
}

#[test]
fn paragraphs_and_whitespace_collapsing() {
    same("<p>One</p><p>Two</p>");
    same("<p>  spaced   out\n\t words  </p>   <p>\n next </p>");
    same("Text before <p>a paragraph</p> and after");
    same("<p></p><p>x</p></p><p>y");
    same("<p class=\"title\">Classed</p>");
    same("<P>Upper <CODE>case</CODE></P>");
    same("<p>a<p>b</p>");
}

#[test]
fn markdown_specials_in_text_are_escaped_like_htmd() {
    same("<p>a * b _c_ [d] `e` \\ f</p>");
    same("<p>1. not a list</p><p>- not a bullet</p><p># not a heading</p><p>> not a quote</p>");
    same("<p>+ plus</p><p>=== rule</p><p>~~~ fence</p><p>12) x</p><p>3.5 y</p>");
    same("<p>a < b and c <= d, 1 <2</p>");
    same("<p>x</p> 2. <b>y</b>");
}

#[test]
fn code_with_special_characters() {
    same("<p>Use <code>a*b_c[0]</code> or <code>`tick`</code> or <code>x `` y</code></p>");
    same("<p><code>  padded  </code><code></code> <code>a</code><code>b</code></p>");
    same("<p><code><i>emphasis</i> in code</code></p>");
    same("<pre><code>fn main() {\n    let x = [1];\n}\n</code></pre>");
    same("<pre>\n``` inside\n  pre</pre><pre><code>```\nfence in code\n```</code></pre>");
    same("<p>before</p><pre>  <b>bold</b>\n  `x`</pre>");
}

#[test]
fn links() {
    same("<p>See <a href=\"https://example.com/a_(b)\">the <b>guide</b> </a>.</p>");
    same("<p><a href='single quoted'>spaces in link</a> <a href=bare>bare</a></p>");
    same("<p><a>no href</a> <a href=\"\">empty</a> <a href=\"x\"> </a></p>");
    same("<a href=\"https://x.y/\"><code>Code</code></a><a href=\"z\">adjacent</a>");
}

#[test]
fn emphasis_merging_and_nesting() {
    same("<p><b>bold</b><strong> strong</strong> <i>it</i><em>em</em><i></i><b> </b></p>");
    same("<p><b>a</b><b>b</b><b>c</b> <i>x<b>y</b></i></p>");
    same("<p><code>a</code><code>b</code><code>c`</code></p>");
}

#[test]
fn nested_lists() {
    same("<ul><li>one</li><li><p>two</p><ul><li>nested</li><li><p>deep</p></li></ul></li></ul>");
    same("<ol><li>a</li><li>b</li> <li><ol><li>inner</li></ol></li></ol>");
    same(&format!("<ol>{}</ol>", "<li>item</li>".repeat(12)));
    same("<ul> <li> <p> spaced </p> </li> </ul><ul></ul><ol></ol>");
    same("<li>loose item</li><ul><li>a<li>b</li></ul>");
    same("<ul><li><p>a</p><li><p>b</ul><p>after</p>");
    same("<dl><dt>term</dt><dd>definition</dd><dt>t2<dd>d2</dl>");
    same("<ol><li>x<br>y<br/>z</li></ol>");
}

#[test]
fn notes_and_important_blocks() {
    let md = same("<p>Intro <note><p>Careful.</p><ul><li>x</li></ul></note> tail</p>");
    assert!(md.contains("> **Note:**"), "{md}");
    same("<important><p>Gone.</p></important><fullname>Amazon FSx</fullname>");
    same("<note><note><p>nested</p></note></note>");
}

#[test]
fn refuses_what_it_cannot_be_sure_of() {
    falls_back("<p>a &amp; b</p>");
    falls_back("<p>a &lt;b&gt;</p>");
    falls_back("<p>XML <Key>x</Key></p>");
    falls_back("<p/><p>self-closed p</p>");
    falls_back("<p>a <!-- comment --> b</p>");
    falls_back("<p><![CDATA[x]]></p>");
    falls_back("</p>leading end tag");
    falls_back("<p><b>misnested</p></b>");
    falls_back("<p><b>x<ul><li>y</li></ul></b></p>");
    falls_back("<a href=\"x\"><a href=\"y\">nested</a></a>");
    falls_back("<b><b>same</b></b>");
    falls_back("<a href=\"x\" title=\"t\">title</a>");
    falls_back("<a href=\"x\" href=\"y\">twice</a>");
    falls_back("<a href>valueless</a>");
    falls_back("<ul><li><b>a<li>b</b></ul>");
    falls_back("<p>x</br>y</p>");
    falls_back("<p>unclosed <");
    falls_back("<p>\u{feff}bom</p>");
}

/// Random mixes of the subset's tags, stray end tags, text with Markdown specials and whitespace: where
/// the direct converter does not refuse, it must agree with htmd.
#[test]
fn random_markup_agrees_with_htmd_where_accepted() {
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<code>",
        "</code>",
        "<a href=\"https://x.y/(z)\">",
        "<a>",
        "</a>",
        "<ul>",
        "</ul>",
        "<ol>",
        "</ol>",
        "<li>",
        "</li>",
        "<b>",
        "</b>",
        "<strong>",
        "</strong>",
        "<i>",
        "</i>",
        "<em>",
        "</em>",
        "<br>",
        "<br/>",
        "<pre>",
        "</pre>",
        "<dl>",
        "</dl>",
        "<dt>",
        "</dt>",
        "<dd>",
        "</dd>",
        "<note>",
        "</note>",
        "<important>",
        "</important>",
        "text",
        " ",
        "  ",
        "\n",
        "\n\n  ",
        "a*b",
        "_x_",
        "[y]",
        "`t`",
        "``",
        "1. ",
        "- ",
        "# h",
        "> q",
        "<",
        "a < b",
        "~~~",
        "```",
        "\\",
        "é ü",
        "\t",
        "+ ",
        "=",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        // xorshift64: a fixed sequence, so a failure reproduces.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut accepted, mut cases) = (0, 0);
    for _ in 0..50_000 {
        let len = 1 + next() % 14;
        let doc: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let Some(html) = prepared_html(doc.trim()) else {
            continue;
        };
        cases += 1;
        if let Some(fast) = direct::to_markdown(&html) {
            accepted += 1;
            assert_eq!(fast, htmd_markdown(&html, &doc), "for {doc:?}");
        }
    }
    // Most of the mixes are malformed; still, enough must be taken for the comparison to mean something.
    assert!(accepted * 10 > cases, "{accepted} of {cases} accepted");
}
