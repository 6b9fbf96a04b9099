//! Static descriptions of generated shapes: what a codec or a protocol needs to know about each member
//! (its wire names, where it travels in an HTTP message, how its timestamps are written), and nothing
//! about Rust. Generated code emits one `static` [`Schema`] per structure and union; the codecs in
//! [`crate::codec`] read it, so the public types themselves carry no wire format.

/// A structure or union: its name (for error messages) and its members in model order.
#[derive(Debug)]
pub struct Schema {
    /// The shape's name, for error messages.
    pub name: &'static str,
    /// The members, in model order.
    pub members: &'static [Member],
    /// `@xmlName` of the shape: the element name of a document whose root it is (restXml payloads).
    pub xml_name: Option<&'static str>,
    /// `@xmlNamespace` of the shape: (uri, prefix), declared on its root element.
    pub xml_namespace: Option<XmlNamespace>,
}

/// An `@xmlNamespace`: its uri and optional prefix (`xmlns:prefix="uri"`).
pub type XmlNamespace = (&'static str, Option<&'static str>);

impl Schema {
    /// A schema of these members.
    pub const fn new(name: &'static str, members: &'static [Member]) -> Schema {
        Schema {
            name,
            members,
            xml_name: None,
            xml_namespace: None,
        }
    }

    /// `@xmlName` of the shape.
    pub const fn xml(mut self, name: &'static str) -> Schema {
        self.xml_name = Some(name);
        self
    }

    /// `@xmlNamespace` of the shape.
    pub const fn xml_namespace(
        mut self,
        uri: &'static str,
        prefix: Option<&'static str>,
    ) -> Schema {
        self.xml_namespace = Some((uri, prefix));
        self
    }

    /// The element name of a document rooted at this shape: `@xmlName`, else the shape name.
    pub fn xml_root_name(&self) -> &'static str {
        self.xml_name.unwrap_or(self.name)
    }

    /// Whether a member is a `@streaming` payload: the body of a request or response of this shape is
    /// a stream.
    pub fn has_stream_payload(&self) -> bool {
        self.members
            .iter()
            .any(|m| m.location == Location::Payload(PayloadKind::Stream))
    }

    /// The schema of a shape without members (`smithy.api#Unit`, an empty input).
    pub const EMPTY: Schema = Schema::new("Unit", &[]);
}

/// Where a member travels in an HTTP message. Every member of an RPC protocol (awsJson, rpcv2Cbor,
/// the query protocols) is in the body; the REST protocols bind members with the `http*` traits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// The body (every member of an RPC protocol; unbound members of a REST one).
    Body,
    /// `@httpHeader`: the header's name.
    Header(&'static str),
    /// `@httpPrefixHeaders`: every header starting with the prefix (a map member).
    PrefixHeaders(&'static str),
    /// `@httpQuery`: the query parameter's name.
    Query(&'static str),
    /// `@httpQueryParams`: the remaining query parameters (a map member).
    QueryParams,
    /// `@httpLabel`; `greedy` for a `{name+}` label, which may hold `/`.
    Label {
        /// A `{name+}` label, which may hold `/`.
        greedy: bool,
    },
    /// `@httpPayload`: the member is the whole body; what it targets decides how it is framed.
    Payload(PayloadKind),
    /// `@httpResponseCode`: the member is the HTTP status.
    ResponseCode,
}

impl Location {
    /// Whether a member at this location is written into the body document of a request: query and
    /// label bindings only mean something on an operation's input, `@httpResponseCode` only on its output.
    pub fn in_request_body(self) -> bool {
        matches!(self, Location::Body | Location::ResponseCode)
    }

    /// The same for a response (an output or an error): query and label bindings are ignored there.
    pub fn in_response_body(self) -> bool {
        matches!(
            self,
            Location::Body | Location::Query(_) | Location::QueryParams | Location::Label { .. }
        )
    }
}

/// What an `@httpPayload` member targets: a blob or a string (an enum is one) is the body as it is, the
/// others are a document of the protocol's format. Kept in the schema because an unset payload is framed
/// by its kind too (an unset structure is still `{}`, an unset blob is no body at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayloadKind {
    /// A blob: the body's bytes.
    Blob,
    /// A `@streaming` blob: the body is sent from a [`crate::types::ByteStream`] and handed over as it
    /// arrives, never buffered whole.
    Stream,
    /// A string: the body's text.
    String,
    /// A structure: a document of the protocol's format.
    Structure,
    /// A union: a document of the protocol's format.
    Union,
    /// A document.
    Document,
}

/// How a timestamp is written, from `@timestampFormat`; absent means the location's and protocol's
/// default (epoch seconds in JSON bodies, date-time in XML and query strings, http-date in headers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimestampFormat {
    /// Seconds since the epoch, as a number.
    EpochSeconds,
    /// RFC 3339 date-time (`2024-01-01T00:00:00Z`).
    DateTime,
    /// IMF-fixdate (`Mon, 01 Jan 2024 00:00:00 GMT`).
    HttpDate,
}

/// One member of a [`Schema`]. Built with `const` methods so that generated code names only what
/// differs from the defaults: `Member::new("Tags").json("tags").header("x-amz-tags")`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Member {
    /// The member name in the model.
    pub name: &'static str,
    /// `@jsonName` (honoured by restJson1 only).
    pub json_name: Option<&'static str>,
    /// `@xmlName`.
    pub xml_name: Option<&'static str>,
    /// `@xmlAttribute`: written as an attribute of the enclosing element.
    pub xml_attribute: bool,
    /// `@xmlFlattened`: list or map entries are repeated in place, without a wrapping element.
    pub xml_flattened: bool,
    /// `@xmlNamespace` of the member: (uri, prefix).
    pub xml_namespace: Option<XmlNamespace>,
    /// For a list member: the `@xmlName` of the list's member (its items' element name, `member` by
    /// default; the query protocols' `.member.N` segment). For a map member: of the map's value (`value`).
    /// Only the outermost collection's names are kept: a list nested in a list uses the defaults.
    pub xml_item: Option<&'static str>,
    /// `@xmlNamespace` of the list's member or the map's value.
    pub xml_item_namespace: Option<XmlNamespace>,
    /// For a map member: the `@xmlName` of the map's key (`key` by default).
    pub xml_key: Option<&'static str>,
    /// `@xmlNamespace` of the map's key.
    pub xml_key_namespace: Option<XmlNamespace>,
    /// For a list whose items, or a map whose values, are lists or maps themselves: the item, key and
    /// value names of that inner collection (as a `Member` whose `xml_item`, `xml_key` and their
    /// namespaces say them), and through its own `xml_inner` those of the next level down.
    pub xml_inner: Option<&'static Member>,
    /// `@awsQueryName`.
    pub query_name: Option<&'static str>,
    /// `@ec2QueryName`.
    pub ec2_query_name: Option<&'static str>,
    /// Where the member travels.
    pub location: Location,
    /// `@timestampFormat`, when set.
    pub timestamp_format: Option<TimestampFormat>,
    /// `@idempotencyToken`.
    pub idempotency_token: bool,
    /// `@hostLabel`: the member also fills a label of the operation's `@endpoint` host prefix (it is
    /// still written wherever its location says).
    pub host_label: bool,
    /// `@mediaType` of the member's target: a string with one is base64 in a header, and a payload
    /// with one is sent with it as its `Content-Type`.
    pub media_type: Option<&'static str>,
}

impl Member {
    /// A body member with this model name and no other trait.
    pub const fn new(name: &'static str) -> Member {
        Member {
            name,
            json_name: None,
            xml_name: None,
            xml_attribute: false,
            xml_flattened: false,
            xml_namespace: None,
            xml_item: None,
            xml_item_namespace: None,
            xml_key: None,
            xml_key_namespace: None,
            xml_inner: None,
            query_name: None,
            ec2_query_name: None,
            location: Location::Body,
            timestamp_format: None,
            idempotency_token: false,
            host_label: false,
            media_type: None,
        }
    }

    /// `@jsonName`.
    pub const fn json(mut self, name: &'static str) -> Member {
        self.json_name = Some(name);
        self
    }

    /// `@xmlName`.
    pub const fn xml(mut self, name: &'static str) -> Member {
        self.xml_name = Some(name);
        self
    }

    /// `@xmlAttribute`.
    pub const fn xml_attribute(mut self) -> Member {
        self.xml_attribute = true;
        self
    }

    /// `@xmlFlattened`.
    pub const fn xml_flattened(mut self) -> Member {
        self.xml_flattened = true;
        self
    }

    /// `@xmlNamespace`.
    pub const fn xml_namespace(
        mut self,
        uri: &'static str,
        prefix: Option<&'static str>,
    ) -> Member {
        self.xml_namespace = Some((uri, prefix));
        self
    }

    /// The element name of a list's items (`@xmlName` on the list's member).
    pub const fn xml_item(mut self, name: &'static str) -> Member {
        self.xml_item = Some(name);
        self
    }

    /// `@xmlNamespace` of a list's items.
    pub const fn xml_item_namespace(
        mut self,
        uri: &'static str,
        prefix: Option<&'static str>,
    ) -> Member {
        self.xml_item_namespace = Some((uri, prefix));
        self
    }

    /// The element name of a map's keys (`@xmlName` on the map's key).
    pub const fn xml_key(mut self, name: &'static str) -> Member {
        self.xml_key = Some(name);
        self
    }

    /// `@xmlNamespace` of a map's keys.
    pub const fn xml_key_namespace(
        mut self,
        uri: &'static str,
        prefix: Option<&'static str>,
    ) -> Member {
        self.xml_key_namespace = Some((uri, prefix));
        self
    }

    /// The names of the collection held by each item of this list (or value of this map); see
    /// [`Member::xml_inner`](Member#structfield.xml_inner).
    pub const fn xml_inner(mut self, inner: &'static Member) -> Member {
        self.xml_inner = Some(inner);
        self
    }

    /// The element name in an XML document: `@xmlName`, else the member name.
    pub fn xml_element(&self) -> &'static str {
        self.xml_name.unwrap_or(self.name)
    }

    /// `@awsQueryName`.
    pub const fn query(mut self, name: &'static str) -> Member {
        self.query_name = Some(name);
        self
    }

    /// `@ec2QueryName`.
    pub const fn ec2_query(mut self, name: &'static str) -> Member {
        self.ec2_query_name = Some(name);
        self
    }

    /// Its HTTP location.
    pub const fn at(mut self, location: Location) -> Member {
        self.location = location;
        self
    }

    /// `@timestampFormat`.
    pub const fn timestamp(mut self, format: TimestampFormat) -> Member {
        self.timestamp_format = Some(format);
        self
    }

    /// `@idempotencyToken`.
    pub const fn idempotency_token(mut self) -> Member {
        self.idempotency_token = true;
        self
    }

    /// `@hostLabel`.
    pub const fn host_label(mut self) -> Member {
        self.host_label = true;
        self
    }

    /// `@mediaType`.
    pub const fn media_type(mut self, media_type: &'static str) -> Member {
        self.media_type = Some(media_type);
        self
    }

    /// The key in a JSON body: `@jsonName` when the protocol honours it, else the member name.
    pub fn json_key(&self, use_json_name: bool) -> &'static str {
        match self.json_name {
            Some(n) if use_json_name => n,
            _ => self.name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn const_builder_sets_only_what_is_named() {
        let m = Member::new("Tags")
            .json("tags")
            .at(Location::Header("x-amz-tags"));
        assert_eq!(m.name, "Tags");
        assert_eq!(m.json_key(true), "tags");
        assert_eq!(m.json_key(false), "Tags");
        assert_eq!(m.location, Location::Header("x-amz-tags"));
        assert_eq!(m.timestamp_format, None);
        assert!(!m.xml_attribute && !m.idempotency_token && !m.host_label);
        assert_eq!(m.media_type, None);
    }

    #[test]
    fn bindings_that_only_apply_one_way_fall_back_to_the_body() {
        // `@httpQuery` on an output member and `@httpResponseCode` on an input member are ignored.
        assert!(Location::Query("q").in_response_body());
        assert!(!Location::Query("q").in_request_body());
        assert!(Location::ResponseCode.in_request_body());
        assert!(!Location::ResponseCode.in_response_body());
        assert!(!Location::Header("h").in_request_body());
        assert!(!Location::Header("h").in_response_body());
        assert!(!Location::Payload(PayloadKind::Blob).in_response_body());
    }
}
