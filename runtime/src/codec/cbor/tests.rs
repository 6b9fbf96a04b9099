//! The codec against hand-written shapes shaped like generated code, and against hand-assembled
//! bytes (RFC 8949 encodings) for what a server may send.

use super::*;
use crate::codec::test_shapes::{Choice, Thing};
use crate::codec::{Deserializer, ReadValue, Serializer};
use crate::schema::{Member, Schema};
use crate::types::{BigDecimal, BigInteger, Blob, DateTime, Document};
use std::collections::HashMap;

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("test hex"))
        .collect()
}

fn text(s: &str) -> Vec<u8> {
    let mut out = to_vec(&s.to_owned()).expect("a string encodes");
    out.shrink_to_fit();
    out
}

/// A map `{k: v, ...}` of already-encoded values (definite length).
fn map(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = vec![0xa0 | entries.len() as u8];
    for (k, v) in entries {
        out.extend(text(k));
        out.extend_from_slice(v);
    }
    out
}

fn read(bytes: &[u8]) -> Result<Thing, Error> {
    from_slice(bytes)
}

#[test]
fn round_trip_every_kind() {
    let t = Thing {
        name: Some("é😀 name".into()),
        count: -7,
        ratio: Some(0.1),
        when: Some(DateTime::from_secs_and_nanos(1_515_531_081, 123_000_000)),
        iso: Some(vec![DateTime::from_secs(0), DateTime::from_secs(-5)]),
        data: Some(Blob::new(b"hi\0\xff".to_vec())),
        tags: Some(vec!["x".into(), "y".into()]),
        attrs: Some(HashMap::from([
            ("b".to_owned(), 2),
            ("a".to_owned(), i64::MIN),
        ])),
        child: Some(Box::new(Thing {
            count: 1,
            choice: Some(Choice::Nothing),
            ..Thing::default()
        })),
        sparse: Some(vec![Some("s".into()), None]),
        big: Some(BigInteger::parse("-123456789012345678901234567890").expect("valid")),
        doc: Some(Document::from(vec![
            Document::from("d"),
            Document::from(-3i64),
        ])),
        choice: Some(Choice::Text("t".into())),
    };
    let bytes = to_vec(&t).expect("encodes");
    assert_eq!(read(&bytes).expect("decodes"), t);
}

#[test]
fn scalars_use_the_shortest_heads() {
    let w = |t: &Thing| to_vec(t).expect("encodes");
    // {"Count": 0}: a required member is always written.
    assert_eq!(w(&Thing::default()), map(&[("Count", hex("00"))]));
    let cases: [(i32, &str); 8] = [
        (23, "17"),
        (24, "1818"),
        (255, "18ff"),
        (256, "190100"),
        (65_536, "1a00010000"),
        (-1, "20"),
        (-25, "3818"),
        (i32::MIN, "3a7fffffff"),
    ];
    for (v, enc) in cases {
        let t = Thing {
            count: v,
            ..Thing::default()
        };
        assert_eq!(w(&t), map(&[("Count", hex(enc))]), "{v}");
    }
    assert_eq!(
        to_vec(&i64::MAX).expect("encodes"),
        hex("1b7fffffffffffffff")
    );
    assert_eq!(
        to_vec(&i64::MIN).expect("encodes"),
        hex("3b7fffffffffffffff")
    );
}

#[test]
fn floats_single_when_exact_else_double_never_half() {
    assert_eq!(to_vec(&1.5f64).expect("encodes"), hex("fa3fc00000"));
    assert_eq!(to_vec(&0.1f32).expect("encodes"), hex("fa3dcccccd"));
    assert_eq!(to_vec(&0.1f64).expect("encodes"), hex("fb3fb999999999999a"));
    assert_eq!(to_vec(&f64::INFINITY).expect("encodes"), hex("fa7f800000"));
    assert_eq!(
        to_vec(&f64::NEG_INFINITY).expect("encodes"),
        hex("faff800000")
    );
    assert_eq!(to_vec(&f64::NAN).expect("encodes"), hex("fa7fc00000"));
    // Floats read back from every width, and integers where a float belongs.
    for (enc, v) in [
        ("f93c00", 1.0),
        ("f9c400", -4.0),
        ("f97bff", 65504.0),
        ("f90001", 5.960_464_477_539_063e-8),
        ("f90050", 4.768_371_582_031_25e-6),
        ("fa47c35000", 100_000.0),
        ("fb3ff199999999999a", 1.1),
        ("1864", 100.0),
        ("38ff", -256.0),
    ] {
        assert_eq!(from_slice::<f64>(&hex(enc)).expect(enc), v, "{enc}");
    }
    assert_eq!(
        from_slice::<f64>(&hex("f97c00")).expect("inf"),
        f64::INFINITY
    );
    assert_eq!(
        from_slice::<f64>(&hex("f9fc00")).expect("-inf"),
        f64::NEG_INFINITY
    );
    for nan in ["f97c01", "f97e00", "fa7fc00000", "fb7ff8000000000000"] {
        assert!(from_slice::<f64>(&hex(nan)).expect(nan).is_nan(), "{nan}");
    }
    assert_eq!(from_slice::<f32>(&hex("fa3dcccccd")).expect("f32"), 0.1f32);
}

#[test]
fn integers_read_from_any_width_and_are_range_checked() {
    for enc in ["01", "1801", "190001", "1a00000001", "1b0000000000000001"] {
        assert_eq!(from_slice::<i8>(&hex(enc)).expect(enc), 1, "{enc}");
    }
    assert_eq!(
        from_slice::<i64>(&hex("3b7fffffffffffffff")).expect("min"),
        i64::MIN
    );
    let e = from_slice::<i64>(&hex("1bffffffffffffffff")).expect_err("u64::MAX");
    assert!(e.message().contains("out of range"), "{e}");
    let e = from_slice::<i8>(&hex("190100")).expect_err("256 in an i8");
    assert!(e.message().contains("out of range for i8"), "{e}");
    let e = from_slice::<i64>(&hex("3bffffffffffffffff")).expect_err("-2^64");
    assert!(e.message().contains("out of range"), "{e}");
    // A whole float where an integer belongs is accepted, a fraction is not.
    assert_eq!(from_slice::<i32>(&hex("f94500")).expect("5.0"), 5);
    assert!(from_slice::<i32>(&hex("f93e00")).is_err());
}

#[test]
fn timestamps_are_tag_1_epoch_seconds() {
    let at = |secs, nanos| DateTime::from_secs_and_nanos(secs, nanos);
    assert_eq!(to_vec(&at(1_000, 0)).expect("encodes"), hex("c11903e8"));
    assert_eq!(to_vec(&at(-1, 0)).expect("encodes"), hex("c120"));
    // A fraction is a double, at millisecond resolution.
    let bytes = to_vec(&at(1, 500_999_999)).expect("encodes");
    assert_eq!(
        bytes,
        [hex("c1fb"), 1.5f64.to_bits().to_be_bytes().to_vec()].concat()
    );
    // Integers, floats of any width, and untagged numbers read back.
    assert_eq!(
        from_slice::<DateTime>(&hex("c11903e8")).expect("int"),
        at(1_000, 0)
    );
    assert_eq!(
        from_slice::<DateTime>(&hex("c1f93e00")).expect("half"),
        at(1, 500_000_000)
    );
    assert_eq!(
        from_slice::<DateTime>(&hex("1903e8")).expect("untagged"),
        at(1_000, 0)
    );
    // The fractional-seconds case of the compliance suite: 2000-01-02T20:34:56.123Z.
    let d = from_slice::<DateTime>(&hex("c1fb41cc37db380fbe77")).expect("double");
    assert_eq!(d.fmt_rfc3339(), "2000-01-02T20:34:56.123Z");
    assert!(
        from_slice::<DateTime>(&hex("c1f97c00")).is_err(),
        "infinity is no instant"
    );
    assert!(
        from_slice::<DateTime>(&hex("c16161")).is_err(),
        "a string is no instant"
    );
}

#[test]
fn big_numbers_are_bignums_and_decimal_fractions() {
    let big = |s: &str| to_vec(&BigInteger::parse(s).expect("valid")).expect("encodes");
    assert_eq!(big("0"), hex("c240"));
    assert_eq!(big("18446744073709551616"), hex("c249010000000000000000"));
    // Tag 3 holds -1 - n.
    assert_eq!(big("-18446744073709551617"), hex("c349010000000000000000"));
    assert_eq!(big("-1"), hex("c340"));
    let dec = |s: &str| to_vec(&BigDecimal::parse(s).expect("valid")).expect("encodes");
    // 273.15 = 27315 × 10^-2 (RFC 8949 §3.4.4's example).
    assert_eq!(dec("273.15"), hex("c48221196ab3"));
    assert_eq!(dec("-1.5e3"), hex("c482022e"));
    assert_eq!(dec("7"), hex("c4820007"));
    let read_int = |b: &str| from_slice::<BigInteger>(&hex(b)).map(|v| v.as_str().to_owned());
    assert_eq!(
        read_int("c249010000000000000000").as_deref(),
        Ok("18446744073709551616")
    );
    assert_eq!(
        read_int("c349010000000000000000").as_deref(),
        Ok("-18446744073709551617")
    );
    assert_eq!(read_int("c340").as_deref(), Ok("-1"));
    assert_eq!(read_int("1b0000000000000005").as_deref(), Ok("5"));
    assert_eq!(read_int("3863").as_deref(), Ok("-100"));
    let read_dec = |b: &str| from_slice::<BigDecimal>(&hex(b)).map(|v| v.as_str().to_owned());
    assert_eq!(read_dec("c48221196ab3").as_deref(), Ok("27315e-2"));
    assert_eq!(
        read_dec("c48221c249010000000000000000").as_deref(),
        Ok("18446744073709551616e-2")
    );
    assert_eq!(read_dec("c4820007").as_deref(), Ok("7"));
    assert_eq!(read_dec("fa3fc00000").as_deref(), Ok("1.5"));
    // Round trips through the text forms.
    for s in ["-98765432109876543210.000123", "1e-40", "0.5"] {
        let v = BigDecimal::parse(s).expect("valid");
        let back: BigDecimal = from_slice(&to_vec(&v).expect("encodes")).expect("decodes");
        assert_eq!(
            back.as_str().parse::<f64>().ok(),
            s.parse::<f64>().ok(),
            "{s}"
        );
    }
    // A hostile bignum is refused before the quadratic conversion.
    let mut huge = hex("c25a00100000");
    huge.resize(huge.len() + 0x10_0000, 0xff);
    let e = from_slice::<BigInteger>(&huge).expect_err("1 MiB bignum");
    assert!(e.message().contains("longer than"), "{e}");
    assert!(
        from_slice::<BigDecimal>(&hex("c4830102")).is_err(),
        "three items"
    );
}

#[test]
fn blobs_are_byte_strings_and_strings_text() {
    assert_eq!(
        to_vec(&Blob::new(b"ab".to_vec())).expect("encodes"),
        hex("426162")
    );
    assert_eq!(to_vec(&"ab".to_owned()).expect("encodes"), hex("626162"));
    let e = from_slice::<Blob>(&hex("626162")).expect_err("text for a blob");
    assert_eq!(
        e.message(),
        "expected a byte string, found a text string at byte 0"
    );
    let e = from_slice::<String>(&hex("426162")).expect_err("bytes for a string");
    assert_eq!(
        e.message(),
        "expected a text string, found a byte string at byte 0"
    );
    assert!(
        from_slice::<String>(&hex("62c328")).is_err(),
        "invalid UTF-8"
    );
}

#[test]
fn indefinite_lengths_are_read_everywhere() {
    // {_ "Name": (_ "ab", "c"), "Count": 2, "Tags": [_ (_ "x"), "y"], "Data": (_ h'01', h'0203'),
    //  "Attrs": {_ "k": 1}, "Sparse": [_ null, undefined, "s"]}
    let bytes = [
        hex("bf"),
        text("Name"),
        hex("7f 626162 6163 ff"),
        text("Count"),
        hex("02"),
        text("Tags"),
        hex("9f 7f6178ff 6179 ff"),
        text("Data"),
        hex("5f 4101 420203 ff"),
        text("Attrs"),
        hex("bf 616b 01 ff"),
        text("Sparse"),
        hex("9f f6 f7 6173 ff"),
        hex("ff"),
    ]
    .concat();
    let t = read(&bytes).expect("decodes");
    assert_eq!(t.name.as_deref(), Some("abc"));
    assert_eq!(t.count, 2);
    assert_eq!(t.tags, Some(vec!["x".to_owned(), "y".to_owned()]));
    assert_eq!(t.data, Some(Blob::new(vec![1, 2, 3])));
    assert_eq!(t.attrs, Some(HashMap::from([("k".to_owned(), 1)])));
    // Sparse lists keep null and undefined (read as null, as the spec says).
    assert_eq!(t.sparse, Some(vec![None, None, Some("s".to_owned())]));
    // A chunk of another type inside an indefinite string is malformed.
    assert!(from_slice::<String>(&hex("7f 4161 ff")).is_err());
    assert!(
        from_slice::<String>(&hex("7f 7f6161ff ff")).is_err(),
        "nested indefinite"
    );
}

#[test]
fn nulls_unknown_members_and_tags_are_skipped() {
    let bytes = [
        hex("a5"),
        text("Name"),
        hex("f6"),
        text("Unknown"),
        hex("bf 61 61 9f 01 c1 02 a1 0102 f97c00 ff ff"),
        text("Count"),
        hex("d9d9f7 03"),
        text("Ratio"),
        hex("f7"),
        hex("01"),
        hex("02"),
    ]
    .concat();
    // The last entry has an integer key: structures only have text keys.
    let e = read(&bytes).expect_err("integer key");
    assert_eq!(
        e.message(),
        "expected a text string, found an integer at byte 47"
    );
    let ok = &bytes[..bytes.len() - 2];
    let mut ok = ok.to_vec();
    ok[0] = 0xa4;
    let t = read(&ok).expect("decodes");
    assert_eq!(t.name, None);
    assert_eq!(t.ratio, None);
    assert_eq!(
        t.count, 3,
        "the self-described CBOR tag 55799 is passed over"
    );
}

#[test]
fn unions_take_one_member_and_ignore_type() {
    let bytes = [
        hex("a3"),
        text("__type"),
        text("ns#Choice"),
        text("Nothing"),
        hex("f6"),
        text("Text"),
        text("hi"),
    ]
    .concat();
    assert_eq!(from_slice::<Choice>(&bytes), Ok(Choice::Text("hi".into())));
    let unknown = [hex("a1"), text("Later"), hex("a1 6161 01")].concat();
    assert_eq!(
        from_slice::<Choice>(&unknown),
        Ok(Choice::Unknown("Later".into()))
    );
    let two = [
        hex("a2"),
        text("Text"),
        text("a"),
        text("Nothing"),
        hex("a0"),
    ]
    .concat();
    let e = from_slice::<Choice>(&two).expect_err("two members");
    assert!(e.message().contains("found `Text` and `Nothing`"), "{e}");
    assert!(from_slice::<Choice>(&hex("a0")).is_err(), "none set");
    assert_eq!(
        to_vec(&Choice::Nothing).expect("encodes"),
        [hex("a1"), text("Nothing"), hex("a0")].concat()
    );
}

#[test]
fn documents_read_every_kind() {
    let bytes = [
        hex("bf"),
        text("n"),
        hex("f6 6162 f5 6169 3863 6166 f93e00 6161 9f 01 ff ff"),
    ]
    .concat();
    let d: Document = from_slice(&bytes).expect("decodes");
    assert_eq!(d.get("n"), Some(&Document::Null));
    assert_eq!(d.get("b"), Some(&Document::Bool(true)));
    assert_eq!(
        d.get("i")
            .and_then(|v| v.as_number())
            .and_then(|n| n.as_i64()),
        Some(-100)
    );
    assert_eq!(
        d.get("f").and_then(|v| v.as_number()).map(|n| n.as_f64()),
        Some(1.5)
    );
    assert_eq!(
        d.get("a").and_then(|v| v.as_array()).map(<[_]>::len),
        Some(1)
    );
    assert!(
        from_slice::<Document>(&hex("4101")).is_err(),
        "documents hold no byte strings"
    );
    let back: Document = from_slice(&to_vec(&d).expect("encodes")).expect("decodes");
    assert_eq!(back, d);
}

#[test]
fn errors_carry_the_member_path() {
    let bytes = [
        hex("a1"),
        text("Child"),
        hex("a1"),
        text("Tags"),
        hex("82"),
        text("ok"),
        hex("01"),
    ]
    .concat();
    let e = read(&bytes).expect_err("integer in a string list");
    assert_eq!(e.path().as_deref(), Some("Child.Tags[1]"));
    assert!(
        e.message()
            .starts_with("expected a text string, found an integer"),
        "{e}"
    );
}

#[test]
fn malformed_input_is_an_error_not_a_panic() {
    let cases: &[(&str, &str)] = &[
        ("", "truncated"),
        ("19 01", "truncated"),
        ("1b 0000", "truncated"),
        ("a1 6161", "truncated"),
        ("bf 6161 01", "truncated"),
        ("62 61", "runs past the end"),
        ("5f 41", "runs past the end"),
        ("7f", "truncated"),
        ("1c", "malformed"),
        ("ff", "unexpected break"),
        ("a0 00", "trailing bytes"),
        ("a1 6161 ff", "unexpected break"),
        ("1f", "malformed"),
        ("df", "malformed"),
    ];
    for (bytes, says) in cases {
        let e = from_slice::<crate::codec::Skip>(&hex(bytes)).expect_err(bytes);
        assert!(e.message().contains(says), "{bytes}: {e}");
    }
    // Wrong major types for the shape.
    for (bytes, says) in [
        ("80", "expected a map, found an array"),
        ("19 0101", "expected a map, found an integer"),
    ] {
        let e = read(&hex(bytes)).expect_err(bytes);
        assert!(e.message().contains(says), "{bytes}: {e}");
    }
    // Every prefix of a valid message fails cleanly.
    let full = to_vec(&Thing {
        name: Some("n".into()),
        tags: Some(vec!["a".into()]),
        big: Some(BigInteger::from(5)),
        ..Thing::default()
    })
    .expect("encodes");
    for n in 0..full.len() {
        assert!(read(&full[..n]).is_err(), "prefix of {n} bytes");
    }
}

#[test]
fn huge_lengths_do_not_allocate() {
    // Counts and lengths of 2^64 - 1 in a nine-byte input: refused by comparing against what is left.
    for (bytes, says) in [
        ("a1 6154 5bffffffffffffffff", "runs past the end"),
        ("a1 6154 7bffffffffffffffff", "runs past the end"),
        ("a1 6154 9bffffffffffffffff", "runs past the end"),
        ("bbffffffffffffffff", "runs past the end"),
        ("a1 6154 9a7fffffff 00", "runs past the end"),
    ] {
        let e = read(&hex(bytes)).expect_err(bytes);
        assert!(e.message().contains(says), "{bytes}: {e}");
    }
}

#[test]
fn nesting_is_limited() {
    let mut deep = vec![0x81; 100_000];
    deep.push(0x00);
    let e = from_slice::<crate::codec::Skip>(&deep).expect_err("too deep");
    assert!(e.message().contains("nested deeper"), "{e}");
    let mut tags = vec![0xc6; 100_000];
    tags.push(0x00);
    assert!(
        from_slice::<crate::codec::Skip>(&tags).is_err(),
        "tag chains are nesting too"
    );
    let mut doc = vec![0x9f; 100_000];
    doc.push(0xff);
    assert!(from_slice::<Document>(&doc).is_err());
}

/// A struct with the widths generated code has for `byte`, `short` and `float`.
static NARROW: Schema = Schema::new("Narrow", &[Member::new("B"), Member::new("F")]);

#[derive(Debug, Default, PartialEq)]
struct Narrow {
    b: Option<i8>,
    f: Option<f32>,
}

impl crate::codec::WriteValue for Narrow {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_struct(&NARROW, &[&self.b, &self.f])
    }
}

impl ReadValue for Narrow {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        let mut n = Narrow::default();
        d.read_struct(&NARROW, &mut [&mut n.b, &mut n.f])?;
        Ok(n)
    }
    fn zero() -> Self {
        Narrow::default()
    }
}

#[test]
fn narrow_members_read_upcast_data() {
    // A server may send a byte as any integer width and a float as a double (the suite's
    // "upcasting" cases); both read into the modeled types when the value fits.
    let bytes = [
        hex("a2"),
        text("B"),
        hex("1b0000000000000005"),
        text("F"),
        hex("fb3ff8000000000000"),
    ]
    .concat();
    assert_eq!(
        from_slice::<Narrow>(&bytes),
        Ok(Narrow {
            b: Some(5),
            f: Some(1.5)
        })
    );
    let e = from_slice::<Narrow>(&[hex("a1"), text("B"), hex("190100")].concat()).expect_err("256");
    assert_eq!(e.path().as_deref(), Some("B"));
}

#[test]
fn mutated_messages_never_panic() {
    // A deterministic stand-in for fuzzing: every decoder entry point over thousands of corruptions
    // (a byte replaced, removed or inserted) of a message that uses every kind of item. Each must
    // return, with a value or an error.
    let full = to_vec(&Thing {
        name: Some("mutate me".into()),
        count: 300,
        ratio: Some(0.1),
        when: Some(DateTime::from_secs_and_nanos(1_700_000_000, 5_000_000)),
        data: Some(Blob::new(vec![1, 2, 3])),
        tags: Some(vec!["a".into(), "bb".into()]),
        attrs: Some(HashMap::from([("k".to_owned(), -70_000)])),
        sparse: Some(vec![None, Some("s".into())]),
        big: Some(BigInteger::parse("-123456789012345678901234567890").expect("valid")),
        doc: Some(Document::from(vec![
            Document::from(1.5),
            Document::from("d"),
        ])),
        choice: Some(Choice::Text("t".into())),
        ..Thing::default()
    })
    .expect("encodes");
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut decoded = 0;
    for _ in 0..5_000 {
        let mut bytes = full.clone();
        for _ in 0..=(next() % 3) {
            let at = (next() as usize) % bytes.len().max(1);
            let b = next() as u8;
            match next() % 3 {
                0 if !bytes.is_empty() => bytes[at] = b,
                1 if !bytes.is_empty() => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at.min(bytes.len()), b),
            }
        }
        decoded += usize::from(read(&bytes).is_ok());
        let _ = from_slice::<Document>(&bytes);
        let _ = diagnostic(&bytes);
        let _ = is_well_formed(&bytes);
    }
    // Some corruptions (inside a string's bytes) still decode: the loop did reach the decoders' ends.
    assert!(decoded > 0);
}
