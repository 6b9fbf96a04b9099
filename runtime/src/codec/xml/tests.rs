//! The XML codec against hand-written shapes shaped like generated code.

use super::*;
use crate::codec::test_shapes::Choice;
use crate::codec::{Deserializer, Error, ReadValue, Serializer, WriteValue};
use crate::schema::{Member, Schema, TimestampFormat};
use crate::types::{Blob, DateTime};
use std::collections::HashMap;

static DOC: Schema = Schema::new(
    "Doc",
    &[
        Member::new("Id").xml("id").xml_attribute(),
        Member::new("Name"),
        Member::new("Count"),
        Member::new("Ratio"),
        Member::new("When"),
        Member::new("Epoch").timestamp(TimestampFormat::EpochSeconds),
        Member::new("Data"),
        Member::new("Tags").xml_item("item"),
        Member::new("Flat").xml_flattened().xml("flat"),
        Member::new("Attrs").xml_key("K").xml_item("V"),
        Member::new("FlatMap").xml_flattened(),
        Member::new("Nested"),
        Member::new("Child").xml_namespace("https://child.example.com", Some("c")),
        Member::new("Choice"),
    ],
)
.xml("Document")
.xml_namespace("https://example.com/", None);

#[derive(Debug, Default, PartialEq)]
struct Doc {
    id: Option<String>,
    name: Option<String>,
    count: Option<i32>,
    ratio: Option<f64>,
    when: Option<DateTime>,
    epoch: Option<DateTime>,
    data: Option<Blob>,
    tags: Option<Vec<String>>,
    flat: Option<Vec<String>>,
    attrs: Option<HashMap<String, i64>>,
    flat_map: Option<HashMap<String, String>>,
    nested: Option<Vec<Vec<String>>>,
    child: Option<Box<Doc>>,
    choice: Option<Choice>,
}

impl WriteValue for Doc {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_struct(
            &DOC,
            &[
                &self.id,
                &self.name,
                &self.count,
                &self.ratio,
                &self.when,
                &self.epoch,
                &self.data,
                &self.tags,
                &self.flat,
                &self.attrs,
                &self.flat_map,
                &self.nested,
                &self.child,
                &self.choice,
            ],
        )
    }
}

impl ReadValue for Doc {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        let mut t = Doc::default();
        d.read_struct(
            &DOC,
            &mut [
                &mut t.id,
                &mut t.name,
                &mut t.count,
                &mut t.ratio,
                &mut t.when,
                &mut t.epoch,
                &mut t.data,
                &mut t.tags,
                &mut t.flat,
                &mut t.attrs,
                &mut t.flat_map,
                &mut t.nested,
                &mut t.child,
                &mut t.choice,
            ],
        )?;
        Ok(t)
    }
    fn zero() -> Self {
        Doc::default()
    }
}

fn full() -> Doc {
    Doc {
        id: Some("a\"<&>'\n".into()),
        name: Some("x < y & \"z\" > \r\n é😀".into()),
        count: Some(-7),
        ratio: Some(f64::NEG_INFINITY),
        when: Some(DateTime::from_secs_and_nanos(1_398_796_238, 123_000_000)),
        epoch: Some(DateTime::from_secs(1_398_796_238)),
        data: Some(Blob::new(b"hi".to_vec())),
        tags: Some(vec!["a".into(), "b".into()]),
        flat: Some(vec!["x".into(), "y".into()]),
        attrs: Some(HashMap::from([("b".to_owned(), 2), ("a".to_owned(), 1)])),
        flat_map: Some(HashMap::from([("k".to_owned(), "v".to_owned())])),
        nested: Some(vec![vec!["p".into()], vec![]]),
        child: Some(Box::new(Doc {
            count: Some(1),
            choice: Some(Choice::Nothing),
            ..Doc::default()
        })),
        choice: Some(Choice::Text("t".into())),
    }
}

#[test]
fn round_trip_every_kind() {
    let t = full();
    let text = String::from_utf8(to_vec(&t).unwrap()).unwrap();
    assert_eq!(
        text,
        concat!(
            r#"<Document xmlns="https://example.com/" id="a&quot;&lt;&amp;&gt;&apos;&#xA;">"#,
            "<Name>x &lt; y &amp; \"z\" &gt; &#xD;\n é😀</Name><Count>-7</Count><Ratio>-Infinity</Ratio>",
            "<When>2014-04-29T18:30:38.123Z</When><Epoch>1398796238</Epoch><Data>aGk=</Data>",
            "<Tags><item>a</item><item>b</item></Tags><flat>x</flat><flat>y</flat>",
            "<Attrs><entry><K>a</K><V>1</V></entry><entry><K>b</K><V>2</V></entry></Attrs>",
            "<FlatMap><key>k</key><value>v</value></FlatMap>",
            "<Nested><member><member>p</member></member><member></member></Nested>",
            r#"<Child xmlns:c="https://child.example.com"><Count>1</Count><Choice><Nothing></Nothing></Choice></Child>"#,
            "<Choice><Text>t</Text></Choice></Document>"
        )
    );
    let back: Doc = from_slice(text.as_bytes()).unwrap();
    assert_eq!(back, t);
}

#[test]
fn flattened_members_gather_from_anywhere_and_unknown_elements_are_skipped() {
    let body = r#"<?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment -->
        <Document>
            <flat>1</flat>
            <Unknown><deep><deeper a="b">x</deeper></deep></Unknown>
            <Count> 5 </Count>
            <flat>2</flat>
            <FlatMap><key>a</key><value>A</value></FlatMap>
            <FlatMap><key>b</key><value>B</value></FlatMap>
            <Tags/>
            <Attrs>
            </Attrs>
        </Document>"#;
    let d: Doc = from_slice(body.as_bytes()).unwrap();
    assert_eq!(d.flat, Some(vec!["1".into(), "2".into()]));
    assert_eq!(d.count, Some(5));
    assert_eq!(d.tags, Some(vec![]));
    assert_eq!(d.attrs, Some(HashMap::new()));
    assert_eq!(
        d.flat_map,
        Some(HashMap::from([
            ("a".to_owned(), "A".to_owned()),
            ("b".to_owned(), "B".to_owned())
        ]))
    );
    assert_eq!(d.name, None);
}

#[test]
fn entities_cdata_and_prefixes_are_read() {
    let body = "<d:Document xmlns:d=\"urn:d\"><d:Name>&lt;&amp;&gt;&quot;&apos;&#65;&#x42;<![CDATA[<raw>]]>\r\n</d:Name><Data>\n aGk=\n</Data></d:Document>";
    let d: Doc = from_slice(body.as_bytes()).unwrap();
    // Line ends are normalized as XML 1.0 says; an escaped carriage return survives.
    assert_eq!(d.name.as_deref(), Some("<&>\"'AB<raw>\n"));
    assert_eq!(d.data, Some(Blob::new(b"hi".to_vec())));
    let d: Doc = from_slice(b"<Document><Name>a&#xD;b</Name></Document>").unwrap();
    assert_eq!(d.name.as_deref(), Some("a\rb"));
}

#[test]
fn hostile_and_malformed_bodies_are_errors_not_panics() {
    let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
    let e = from_slice::<Doc>(deep.as_bytes()).unwrap_err();
    assert!(e.message().contains("nested deeper"), "{e}");
    let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><Document><Name>&lol2;</Name></Document>"#;
    let e = from_slice::<Doc>(bomb.as_bytes()).unwrap_err();
    assert!(e.message().contains("DOCTYPE"), "{e}");
    for (body, says) in [
        ("", "no root element"),
        ("<Document>", "ends inside"),
        ("<Document></Other>", "malformed XML"),
        ("<Document>&nope;</Document>", "unknown entity"),
        ("<Document/><Document/>", "second root"),
        ("<Document/>junk", "outside the root"),
        (
            "<Document><Count>x</Count></Document>",
            "expected an integer",
        ),
        ("<Document><Count><a/></Count></Document>", "child elements"),
        (
            "<Document><Ratio>inf</Ratio></Document>",
            "expected a number",
        ),
        ("<Document><When>yesterday</When></Document>", ""),
        ("<Document><Choice></Choice></Document>", "found none"),
        (
            "<Document><Choice><Text>a</Text><Nothing/></Choice></Document>",
            "one member set",
        ),
        (
            "<Document><Attrs><entry><value>1</value></entry></Attrs></Document>",
            "without its <K>",
        ),
    ] {
        let e = from_slice::<Doc>(body.as_bytes()).unwrap_err();
        assert!(e.to_string().contains(says), "{body}: {e}");
    }
    assert!(from_slice::<Doc>(&[0xff, 0xfe]).is_err());
    let e = from_slice::<Doc>(b"<Document><Child><Count>x</Count></Child></Document>").unwrap_err();
    assert_eq!(e.path().as_deref(), Some("Child.Count"));
}

#[test]
fn too_many_elements_stop_the_parse() {
    let body = format!("<a>{}</a>", "<b/>".repeat(MAX_ELEMENTS));
    let e = from_slice::<Doc>(body.as_bytes()).unwrap_err();
    assert!(e.message().contains("more than"), "{e}");
}

#[test]
fn unknown_union_member_is_kept_by_name() {
    let d: Doc = from_slice(b"<Document><Choice><Other>1</Other></Choice></Document>").unwrap();
    assert_eq!(d.choice, Some(Choice::Unknown("Other".into())));
}

#[test]
fn writer_envelopes_and_top_level_filter() {
    let mut w = Writer::new();
    w.start("OpResponse", Some(("https://example.com/", None)))
        .start("OpResult", None);
    w.content(&Doc {
        id: Some("i".into()),
        count: Some(2),
        ..Doc::default()
    })
    .unwrap();
    w.end("OpResult")
        .start("ResponseMetadata", None)
        .text_element("RequestId", "r&1")
        .end("ResponseMetadata")
        .end("OpResponse");
    // Inside an element already open the attribute member is an element too.
    assert_eq!(
        String::from_utf8(w.finish()).unwrap(),
        concat!(
            r#"<OpResponse xmlns="https://example.com/"><OpResult><id>i</id><Count>2</Count></OpResult>"#,
            "<ResponseMetadata><RequestId>r&amp;1</RequestId></ResponseMetadata></OpResponse>"
        )
    );
    let t = full();
    let body = struct_to_vec(&DOC, &[&t.id, &t.name], |l| {
        l == crate::schema::Location::Body
    })
    .unwrap();
    assert!(
        String::from_utf8(body)
            .unwrap()
            .starts_with("<Document xmlns=")
    );
}

#[test]
fn tree_lookups_by_local_name() {
    let root = parse(br#"<a:Root xmlns:a="urn:a" a:x="1"><a:Child>t</a:Child></a:Root>"#).unwrap();
    assert!(root.is_named("Root"));
    assert_eq!(root.child_text("Child"), Some("t"));
    assert_eq!(root.attribute("x"), Some("1"));
    assert_eq!(local_name("a:b"), "b");
}

#[test]
fn corrupted_documents_give_a_value_or_an_error() {
    // Every truncation, and 5,000 deterministic byte corruptions, of a document with every construct:
    // the reader returns something or says why, and never panics.
    let doc = to_vec(&full()).unwrap();
    let mut with_extras = br#"<?xml version="1.0"?><!-- c -->"#.to_vec();
    with_extras.extend_from_slice(&doc[..doc.len() - "</Document>".len()]);
    with_extras.extend_from_slice(b"<Name><![CDATA[x]]>&#x41;&amp;</Name><X a='1'/></Document>");
    for cut in 0..with_extras.len() {
        let _ = from_slice::<Doc>(&with_extras[..cut]);
    }
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    const BYTES: &[u8] = b"<>/&;=\"' ax:#![]\x00\xff";
    for _ in 0..5_000 {
        let mut body = with_extras.clone();
        for _ in 0..1 + next() % 4 {
            let at = (next() as usize) % body.len();
            body[at] = BYTES[(next() as usize) % BYTES.len()];
        }
        let _ = from_slice::<Doc>(&body);
    }
}

static DEEP: Schema = Schema::new(
    "Deep",
    &[Member::new("Maps").xml_key("K").xml_item("V").xml_inner(
        &Member::new("")
            .xml_key("IK")
            .xml_item("IV")
            .xml_inner(&Member::new("").xml_item("L")),
    )],
);

/// A map of maps of lists, each level with its own `@xmlName`s (restXml's NestedXmlMapWithXmlName).
#[derive(Debug, Default, PartialEq)]
struct Deep {
    maps: Option<HashMap<String, HashMap<String, Vec<String>>>>,
}

impl WriteValue for Deep {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_struct(&DEEP, &[&self.maps])
    }
}

impl ReadValue for Deep {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        let mut t = Deep::default();
        d.read_struct(&DEEP, &mut [&mut t.maps])?;
        Ok(t)
    }

    fn zero() -> Self {
        Deep::default()
    }
}

#[test]
fn nested_collections_keep_every_levels_names() {
    let inner = HashMap::from([("b".to_owned(), vec!["x".to_owned(), "y".to_owned()])]);
    let deep = Deep {
        maps: Some(HashMap::from([("a".to_owned(), inner)])),
    };
    let xml = String::from_utf8(to_vec(&deep).unwrap()).unwrap();
    assert_eq!(
        xml,
        "<Deep><Maps><entry><K>a</K><V><entry><IK>b</IK><IV><L>x</L><L>y</L></IV></entry></V></entry></Maps></Deep>"
    );
    assert_eq!(from_slice::<Deep>(xml.as_bytes()).unwrap(), deep);
    // Under the default names the inner entries are not found: the names really are read.
    let defaults = "<Deep><Maps><entry><K>a</K><V><entry><key>b</key><value><member>x</member></value></entry></V></entry></Maps></Deep>";
    assert!(from_slice::<Deep>(defaults.as_bytes()).is_err());
}

#[test]
fn a_payload_root_takes_the_service_namespace_unless_it_has_its_own() {
    let deep = Deep::default();
    let service = Some(("http://s3.amazonaws.com/doc/2006-03-01/", None));
    static PLAIN: Member = Member::new("Config").xml("Config");
    static OWN: Member = Member::new("Config")
        .xml("Config")
        .xml_namespace("urn:own", Some("o"));
    let text =
        |m: &Member, ns| String::from_utf8(payload_to_vec_in(m, &deep, ns).unwrap()).unwrap();
    assert_eq!(
        text(&PLAIN, service),
        "<Config xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"></Config>"
    );
    assert_eq!(text(&OWN, service), "<Config xmlns:o=\"urn:own\"></Config>");
    assert_eq!(text(&PLAIN, None), "<Config></Config>");
    // Only the root: nothing below it repeats the namespace.
    let nested = Deep {
        maps: Some(HashMap::from([("a".to_owned(), HashMap::new())])),
    };
    let body = String::from_utf8(payload_to_vec_in(&PLAIN, &nested, service).unwrap()).unwrap();
    assert_eq!(body.matches("xmlns").count(), 1, "{body}");
}
