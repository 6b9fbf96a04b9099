//! Values as the text of an HTTP header, a query parameter or a URI label: the scalar form the REST
//! protocols give a member that is bound outside the body. The same [`WriteValue`] and [`ReadValue`](super::ReadValue)
//! impls that write a member into a JSON or XML document write it here, so no generated type knows
//! about headers.
//!
//! The rules are the Smithy HTTP binding rules: booleans are `true`/`false`, numbers their decimal text
//! (`NaN`, `Infinity` and `-Infinity` for the non-finite floats), blobs base64, timestamps in the member's
//! `@timestampFormat` or the place's default (http-date in headers, date-time in the query string and in
//! labels), and a `@mediaType` string in a header is base64. A list is several values: repeated query
//! parameters, or one header line of comma-separated values where a string holding a comma or a double
//! quote is quoted ([`join_header_list`], [`split_header_list`]).

use super::{Deserializer, Error, ReadSlot, Serializer, UnionVisitor, WriteValue};
use crate::schema::{Member, Schema, TimestampFormat};
use crate::types::{Blob, DateTime, Document};

/// Where a value is written as text; decides the default timestamp format and the base64 of
/// `@mediaType` strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextPlace {
    Header,
    Query,
    Label,
}

impl TextPlace {
    fn default_timestamp(self) -> TimestampFormat {
        match self {
            TextPlace::Header => TimestampFormat::HttpDate,
            TextPlace::Query | TextPlace::Label => TimestampFormat::DateTime,
        }
    }

    fn name(self) -> &'static str {
        match self {
            TextPlace::Header => "an HTTP header",
            TextPlace::Query => "the query string",
            TextPlace::Label => "a URI label",
        }
    }
}

/// One scalar written as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextItem {
    /// The map key it was written under (for `@httpPrefixHeaders` and `@httpQueryParams` maps).
    pub key: Option<String>,
    pub text: String,
    /// It was a string, which a header list quotes when it holds a comma or a double quote (a
    /// timestamp's comma is not quoted: the http-date format has one).
    pub is_string: bool,
}

/// What a value wrote: its scalars in order, and whether it was a list (an empty list is still a
/// list: it is sent as an empty header).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub items: Vec<TextItem>,
    pub is_list: bool,
}

/// Writes `value` (the value of `member`) as text for `place`.
pub fn to_texts(
    value: &dyn WriteValue,
    member: &'static Member,
    place: TextPlace,
) -> Result<Texts, Error> {
    let mut w = TextWriter {
        member,
        place,
        out: Texts::default(),
        key: None,
        in_list: false,
        in_map: false,
    };
    value.write(&mut w)?;
    Ok(w.out)
}

/// A header line from a list of values: `a, "b,c", "say \"hi\""`.
pub fn join_header_list(items: &[TextItem]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if item.is_string && item.text.contains([',', '"']) {
            out.push('"');
            for c in item.text.chars() {
                if c == '"' || c == '\\' {
                    out.push('\\');
                }
                out.push(c);
            }
            out.push('"');
        } else {
            out.push_str(&item.text);
        }
    }
    out
}

/// A piece of a header line between commas; `quoted` when it was written in double quotes (its
/// escapes removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderToken {
    pub text: String,
    pub quoted: bool,
}

/// The comma-separated values of a header line, trimmed, with double-quoted values unquoted. A line
/// that is empty or only whitespace has no values. An unterminated quote is an error.
pub fn split_header_list(line: &str) -> Result<Vec<HeaderToken>, Error> {
    let mut out = Vec::new();
    if line.trim().is_empty() {
        return Ok(out);
    }
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            chars.next();
        }
        if chars.peek() == Some(&'"') {
            chars.next();
            let mut text = String::new();
            loop {
                match chars.next() {
                    None => return Err(Error::new(format!("unterminated quote in `{line}`"))),
                    Some('\\') => match chars.next() {
                        Some(c) => text.push(c),
                        None => return Err(Error::new(format!("unterminated quote in `{line}`"))),
                    },
                    Some('"') => break,
                    Some(c) => text.push(c),
                }
            }
            out.push(HeaderToken { text, quoted: true });
            while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
                chars.next();
            }
            match chars.next() {
                None => break,
                Some(',') => continue,
                Some(c) => {
                    return Err(Error::new(format!(
                        "unexpected `{c}` after a quoted value in `{line}`"
                    )));
                }
            }
        } else {
            let mut text = String::new();
            let mut end = true;
            for c in chars.by_ref() {
                if c == ',' {
                    end = false;
                    break;
                }
                text.push(c);
            }
            out.push(HeaderToken {
                text: text.trim().to_owned(),
                quoted: false,
            });
            if end {
                break;
            }
        }
    }
    Ok(out)
}

struct TextWriter {
    member: &'static Member,
    place: TextPlace,
    out: Texts,
    key: Option<String>,
    in_list: bool,
    in_map: bool,
}

impl TextWriter {
    fn push(&mut self, text: String, is_string: bool) -> Result<(), Error> {
        if self.in_map && self.key.is_none() {
            return Err(Error::new("a map value was written without its key"));
        }
        self.out.items.push(TextItem {
            key: self.key.clone(),
            text,
            is_string,
        });
        Ok(())
    }

    fn unsupported(&self, what: &str) -> Error {
        Error::new(format!("{what} cannot be sent in {}", self.place.name()))
    }
}

impl Serializer for TextWriter {
    fn write_struct(
        &mut self,
        schema: &'static Schema,
        _: &[&dyn WriteValue],
    ) -> Result<(), Error> {
        Err(self.unsupported(&format!("the structure {}", schema.name)))
    }

    fn write_union(
        &mut self,
        schema: &'static Schema,
        _: usize,
        _: &dyn WriteValue,
    ) -> Result<(), Error> {
        Err(self.unsupported(&format!("the union {}", schema.name)))
    }

    fn begin_list(&mut self, _len: usize) -> Result<(), Error> {
        if self.in_list {
            return Err(self.unsupported("a list of lists"));
        }
        self.in_list = true;
        self.out.is_list = true;
        Ok(())
    }

    fn end_list(&mut self) -> Result<(), Error> {
        self.in_list = false;
        Ok(())
    }

    fn begin_map(&mut self, _len: usize) -> Result<(), Error> {
        if self.in_list || self.in_map {
            return Err(self.unsupported("a nested map"));
        }
        self.in_map = true;
        Ok(())
    }

    fn write_key(&mut self, key: &str) -> Result<(), Error> {
        self.key = Some(key.to_owned());
        Ok(())
    }

    fn end_map(&mut self) -> Result<(), Error> {
        self.in_map = false;
        self.key = None;
        Ok(())
    }

    fn write_null(&mut self) -> Result<(), Error> {
        // A null in a sparse list has no text form; it is left out.
        Ok(())
    }

    fn write_bool(&mut self, v: bool) -> Result<(), Error> {
        self.push(if v { "true" } else { "false" }.to_owned(), false)
    }

    fn write_i64(&mut self, v: i64) -> Result<(), Error> {
        self.push(v.to_string(), false)
    }

    fn write_f64(&mut self, v: f64) -> Result<(), Error> {
        self.push(float_text(v, || format!("{v:?}")), false)
    }

    fn write_f32(&mut self, v: f32) -> Result<(), Error> {
        self.push(float_text(f64::from(v), || format!("{v:?}")), false)
    }

    fn write_string(&mut self, v: &str) -> Result<(), Error> {
        if self.place == TextPlace::Header && self.member.media_type.is_some() && !self.in_list {
            return self.push(Blob::from(v.as_bytes()).to_base64(), false);
        }
        self.push(v.to_owned(), true)
    }

    fn write_blob(&mut self, v: &Blob) -> Result<(), Error> {
        self.push(v.to_base64(), false)
    }

    fn write_timestamp(&mut self, v: &DateTime) -> Result<(), Error> {
        let text = match self
            .member
            .timestamp_format
            .unwrap_or(self.place.default_timestamp())
        {
            TimestampFormat::EpochSeconds => v.fmt_epoch_seconds(),
            TimestampFormat::DateTime => v.fmt_rfc3339(),
            TimestampFormat::HttpDate => v.fmt_http_date(),
        };
        self.push(text, false)
    }

    fn write_document(&mut self, _: &Document) -> Result<(), Error> {
        Err(self.unsupported("a document"))
    }

    fn write_big_number(&mut self, text: &str) -> Result<(), Error> {
        self.push(text.to_owned(), false)
    }
}

/// The Smithy spellings of the non-finite floats, else the shortest text that reads back the same.
pub(crate) fn float_text(v: f64, finite: impl FnOnce() -> String) -> String {
    if v.is_nan() {
        "NaN".to_owned()
    } else if v.is_infinite() {
        if v > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
    } else {
        finite()
    }
}

/// Reads a value from the text of `place`: one header line (a list is split on its commas), one query
/// value, or, for a map member, `(key, text)` pairs (the prefix headers).
pub fn read_text(
    source: TextSource<'_>,
    member: &'static Member,
    place: TextPlace,
    slot: &mut dyn ReadSlot,
) -> Result<(), Error> {
    let mut r = TextReader {
        source,
        member,
        place,
        tokens: None,
    };
    slot.read_slot(&mut r)
}

/// What a [`read_text`] reads from.
#[derive(Clone, Copy, Debug)]
pub enum TextSource<'a> {
    One(&'a str),
    Pairs(&'a [(String, String)]),
}

struct TextReader<'a> {
    source: TextSource<'a>,
    member: &'static Member,
    place: TextPlace,
    /// Inside a list: the values left, first value last.
    tokens: Option<Vec<HeaderToken>>,
}

impl TextReader<'_> {
    fn unsupported(&self, what: &str) -> Error {
        Error::new(format!("{what} cannot be read from {}", self.place.name()))
    }

    /// The next scalar's text: the next list value, or the whole text.
    fn next(&mut self) -> Result<HeaderToken, Error> {
        if let Some(tokens) = &mut self.tokens {
            return tokens
                .pop()
                .ok_or_else(|| Error::new("the list has no more values"));
        }
        match self.source {
            TextSource::One(text) => Ok(HeaderToken {
                text: text.trim().to_owned(),
                quoted: false,
            }),
            TextSource::Pairs(_) => Err(Error::new("expected a map")),
        }
    }

    fn parse<T: std::str::FromStr>(&mut self, what: &str) -> Result<T, Error> {
        let t = self.next()?;
        t.text
            .parse()
            .map_err(|_| Error::new(format!("expected {what}, found `{}`", t.text)))
    }
}

impl Deserializer for TextReader<'_> {
    fn read_struct(
        &mut self,
        schema: &'static Schema,
        _: &mut [&mut dyn ReadSlot],
    ) -> Result<(), Error> {
        Err(self.unsupported(&format!("the structure {}", schema.name)))
    }

    fn read_union(
        &mut self,
        schema: &'static Schema,
        _: &mut UnionVisitor<'_>,
    ) -> Result<(), Error> {
        Err(self.unsupported(&format!("the union {}", schema.name)))
    }

    fn read_list(
        &mut self,
        f: &mut dyn FnMut(&mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let TextSource::One(line) = self.source else {
            return Err(Error::new("expected a list, found a map"));
        };
        if self.tokens.is_some() {
            return Err(self.unsupported("a list of lists"));
        }
        let mut tokens = split_header_list(line)?;
        tokens.reverse();
        self.tokens = Some(tokens);
        let mut i = 0;
        while self.tokens.as_ref().is_some_and(|t| !t.is_empty()) {
            f(self).map_err(|e| e.at_index(i))?;
            i += 1;
        }
        self.tokens = None;
        Ok(())
    }

    fn read_map(
        &mut self,
        f: &mut dyn FnMut(String, &mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let TextSource::Pairs(pairs) = self.source else {
            return Err(Error::new("expected a map"));
        };
        for (k, v) in pairs {
            let mut r = TextReader {
                source: TextSource::One(v),
                member: self.member,
                place: self.place,
                tokens: None,
            };
            f(k.clone(), &mut r).map_err(|e| e.at_key(k))?;
        }
        Ok(())
    }

    fn read_null(&mut self) -> Result<bool, Error> {
        Ok(false)
    }

    fn read_bool(&mut self) -> Result<bool, Error> {
        let t = self.next()?;
        match t.text.as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            other => Err(Error::new(format!(
                "expected true or false, found `{other}`"
            ))),
        }
    }

    fn read_i64(&mut self) -> Result<i64, Error> {
        self.parse("an integer")
    }

    fn read_f64(&mut self) -> Result<f64, Error> {
        let t = self.next()?;
        match t.text.as_str() {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            other => other
                .parse()
                .map_err(|_| Error::new(format!("expected a number, found `{other}`"))),
        }
    }

    fn read_string(&mut self) -> Result<String, Error> {
        let in_list = self.tokens.is_some();
        let t = self.next()?;
        if self.place == TextPlace::Header && self.member.media_type.is_some() && !in_list {
            let bytes = Blob::from_base64(&t.text).map_err(Error::new)?;
            return String::from_utf8(bytes.into_inner())
                .map_err(|_| Error::new("the base64 of a @mediaType header is not UTF-8"));
        }
        Ok(t.text)
    }

    fn read_blob(&mut self) -> Result<Blob, Error> {
        let t = self.next()?;
        Blob::from_base64(&t.text).map_err(Error::new)
    }

    fn read_timestamp(&mut self) -> Result<DateTime, Error> {
        let format = self
            .member
            .timestamp_format
            .unwrap_or(self.place.default_timestamp());
        let mut t = self.next()?;
        // An unquoted http-date in a list was cut at its own comma (`Mon, 16 Dec 2019 ...`): the
        // weekday and the rest are one value.
        if format == TimestampFormat::HttpDate
            && !t.quoted
            && !t.text.contains(|c: char| c.is_ascii_digit())
            && let Some(tokens) = &mut self.tokens
            && let Some(rest) = tokens.pop()
        {
            t.text = format!("{}, {}", t.text, rest.text);
        }
        let parsed = match format {
            TimestampFormat::EpochSeconds => DateTime::parse_epoch_seconds(&t.text),
            TimestampFormat::DateTime => DateTime::parse_rfc3339(&t.text),
            TimestampFormat::HttpDate => DateTime::parse_http_date(&t.text),
        };
        parsed.map_err(|e| Error::new(e.to_string()))
    }

    fn read_document(&mut self) -> Result<Document, Error> {
        Err(self.unsupported("a document"))
    }

    fn read_big_number(&mut self) -> Result<String, Error> {
        Ok(self.next()?.text)
    }

    fn skip(&mut self) -> Result<(), Error> {
        if self.tokens.is_some() {
            self.next()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::ReadValue;
    use crate::schema::Location;
    use std::collections::HashMap;

    static PLAIN: Member = Member::new("m");
    static JSON_STRING: Member = Member::new("m").media_type("application/json");
    static EPOCH: Member = Member::new("m").timestamp(TimestampFormat::EpochSeconds);
    static QUERY: Member = Member::new("m").at(Location::Query("q"));

    fn texts(v: &dyn WriteValue, m: &'static Member, place: TextPlace) -> Vec<String> {
        to_texts(v, m, place)
            .unwrap()
            .items
            .into_iter()
            .map(|i| i.text)
            .collect()
    }

    fn read<T: ReadValue>(text: &str, m: &'static Member, place: TextPlace) -> Result<T, Error> {
        let mut out: Option<T> = None;
        read_text(TextSource::One(text), m, place, &mut out)?;
        out.ok_or_else(|| Error::new("nothing read"))
    }

    #[test]
    fn scalars_have_their_binding_text() {
        let h = TextPlace::Header;
        assert_eq!(texts(&true, &PLAIN, h), ["true"]);
        assert_eq!(texts(&-7i32, &PLAIN, h), ["-7"]);
        assert_eq!(
            texts(&1.1f32, &PLAIN, h),
            ["1.1"],
            "f32 as its own shortest text"
        );
        assert_eq!(texts(&1.1f64, &PLAIN, h), ["1.1"]);
        assert_eq!(texts(&2.0f64, &PLAIN, h), ["2.0"]);
        assert_eq!(texts(&f64::NAN, &PLAIN, h), ["NaN"]);
        assert_eq!(texts(&f32::INFINITY, &PLAIN, h), ["Infinity"]);
        assert_eq!(texts(&f64::NEG_INFINITY, &PLAIN, h), ["-Infinity"]);
        assert_eq!(texts(&Blob::from(&b"hi"[..]), &PLAIN, h), ["aGk="]);
    }

    #[test]
    fn timestamps_default_per_place_and_follow_the_member_format() {
        let t = DateTime::from_secs(1_576_540_098);
        assert_eq!(
            texts(&t, &PLAIN, TextPlace::Header),
            ["Mon, 16 Dec 2019 23:48:18 GMT"]
        );
        assert_eq!(
            texts(&t, &PLAIN, TextPlace::Query),
            ["2019-12-16T23:48:18Z"]
        );
        assert_eq!(
            texts(&t, &PLAIN, TextPlace::Label),
            ["2019-12-16T23:48:18Z"]
        );
        assert_eq!(texts(&t, &EPOCH, TextPlace::Header), ["1576540098"]);
        assert_eq!(
            read::<DateTime>("1576540098", &EPOCH, TextPlace::Header).unwrap(),
            t
        );
        assert_eq!(
            read::<DateTime>("Mon, 16 Dec 2019 23:48:18 GMT", &PLAIN, TextPlace::Header).unwrap(),
            t
        );
    }

    #[test]
    fn media_type_strings_are_base64_in_headers_only() {
        let v = "true".to_owned();
        assert_eq!(texts(&v, &JSON_STRING, TextPlace::Header), ["dHJ1ZQ=="]);
        assert_eq!(texts(&v, &JSON_STRING, TextPlace::Query), ["true"]);
        assert_eq!(
            read::<String>("dHJ1ZQ==", &JSON_STRING, TextPlace::Header).unwrap(),
            "true"
        );
        assert!(read::<String>("not base64!", &JSON_STRING, TextPlace::Header).is_err());
    }

    #[test]
    fn header_lists_quote_strings_with_commas_or_quotes_and_split_back() {
        let v = vec!["b,c".to_owned(), "\"def\"".to_owned(), "a".to_owned()];
        let t = to_texts(&v, &PLAIN, TextPlace::Header).unwrap();
        assert!(t.is_list);
        let line = join_header_list(&t.items);
        assert_eq!(line, r#""b,c", "\"def\"", a"#);
        assert_eq!(
            read::<Vec<String>>(&line, &PLAIN, TextPlace::Header).unwrap(),
            v
        );
        assert_eq!(
            read::<Vec<i32>>("1, 2,3", &PLAIN, TextPlace::Header).unwrap(),
            [1, 2, 3]
        );
        assert_eq!(
            read::<Vec<bool>>("true, false", &PLAIN, TextPlace::Header).unwrap(),
            [true, false]
        );
        assert!(read::<Vec<String>>(r#""open, b"#, &PLAIN, TextPlace::Header).is_err());
    }

    #[test]
    fn an_empty_list_is_an_empty_header_and_an_empty_header_an_empty_list() {
        let t = to_texts(&Vec::<String>::new(), &PLAIN, TextPlace::Header).unwrap();
        assert!(t.is_list && t.items.is_empty());
        assert_eq!(join_header_list(&t.items), "");
        assert!(
            read::<Vec<String>>("", &PLAIN, TextPlace::Header)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn http_dates_in_a_list_keep_their_own_comma() {
        let t = DateTime::from_secs(1_576_540_098);
        let items = to_texts(&vec![t, t], &PLAIN, TextPlace::Header)
            .unwrap()
            .items;
        let line = join_header_list(&items);
        assert_eq!(
            line,
            "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT"
        );
        assert_eq!(
            read::<Vec<DateTime>>(&line, &PLAIN, TextPlace::Header).unwrap(),
            [t, t]
        );
    }

    #[test]
    fn numbers_and_booleans_are_checked() {
        assert_eq!(
            read::<i32>(" 123 ", &PLAIN, TextPlace::Header).unwrap(),
            123
        );
        assert!(read::<i8>("300", &PLAIN, TextPlace::Header).is_err());
        assert!(read::<i32>("12abc", &PLAIN, TextPlace::Header).is_err());
        assert!(read::<bool>("yes", &PLAIN, TextPlace::Header).is_err());
        assert!(
            read::<f64>("NaN", &PLAIN, TextPlace::Header)
                .unwrap()
                .is_nan()
        );
        assert_eq!(
            read::<f32>("-Infinity", &PLAIN, TextPlace::Header).unwrap(),
            f32::NEG_INFINITY
        );
        assert_eq!(
            read::<f32>("1.1", &PLAIN, TextPlace::Header).unwrap(),
            1.1f32
        );
    }

    #[test]
    fn maps_write_keyed_values_and_read_from_pairs() {
        let mut m = HashMap::new();
        m.insert("b".to_owned(), vec!["2".to_owned(), "3".to_owned()]);
        m.insert("a".to_owned(), vec!["1".to_owned()]);
        let items = to_texts(&m, &QUERY, TextPlace::Query).unwrap().items;
        let pairs: Vec<(Option<&str>, &str)> = items
            .iter()
            .map(|i| (i.key.as_deref(), i.text.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [(Some("a"), "1"), (Some("b"), "2"), (Some("b"), "3")]
        );

        let pairs = vec![
            ("abc".to_owned(), "Abc value".to_owned()),
            ("def".to_owned(), "".to_owned()),
        ];
        let mut out: Option<HashMap<String, String>> = None;
        read_text(
            TextSource::Pairs(&pairs),
            &PLAIN,
            TextPlace::Header,
            &mut out,
        )
        .unwrap();
        let out = out.unwrap();
        assert_eq!(out["abc"], "Abc value");
        assert_eq!(out["def"], "");
    }

    #[test]
    fn structures_and_documents_have_no_text_form() {
        let e = to_texts(&Document::Null, &PLAIN, TextPlace::Label).unwrap_err();
        assert_eq!(e.to_string(), "a document cannot be sent in a URI label");
        assert!(to_texts(&vec![vec![1i32]], &PLAIN, TextPlace::Query).is_err());
        assert!(read::<Document>("x", &PLAIN, TextPlace::Header).is_err());
    }
}
