//! Static descriptions of generated shapes: what a codec or a protocol needs to know about each member
//! (its wire names, where it travels in an HTTP message, how its timestamps are written), and nothing
//! about Rust. Generated code emits one `static` [`Schema`] per structure and union; the codecs in
//! [`crate::codec`] read it, so the public types themselves carry no wire format.

/// A structure or union: its name (for error messages) and its members in model order.
#[derive(Debug)]
pub struct Schema {
    pub name: &'static str,
    pub members: &'static [Member],
}

impl Schema {
    pub const fn new(name: &'static str, members: &'static [Member]) -> Schema {
        Schema { name, members }
    }

    /// The schema of a shape without members (`smithy.api#Unit`, an empty input).
    pub const EMPTY: Schema = Schema::new("Unit", &[]);
}

/// Where a member travels in an HTTP message. Every member of an RPC protocol (awsJson, rpcv2Cbor,
/// the query protocols) is in the body; the REST protocols bind members with the `http*` traits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
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
        greedy: bool,
    },
    /// `@httpPayload`: the member is the whole body.
    Payload,
    /// `@httpResponseCode`: the member is the HTTP status.
    ResponseCode,
    /// `@hostLabel`: the member fills a label of the operation's `@endpoint` host prefix.
    HostLabel,
}

/// How a timestamp is written, from `@timestampFormat`; absent means the location's and protocol's
/// default (epoch seconds in JSON bodies, date-time in XML and query strings, http-date in headers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimestampFormat {
    EpochSeconds,
    DateTime,
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
    pub xml_namespace: Option<(&'static str, Option<&'static str>)>,
    /// `@awsQueryName`.
    pub query_name: Option<&'static str>,
    /// `@ec2QueryName`.
    pub ec2_query_name: Option<&'static str>,
    pub location: Location,
    pub timestamp_format: Option<TimestampFormat>,
    /// `@idempotencyToken`.
    pub idempotency_token: bool,
}

impl Member {
    pub const fn new(name: &'static str) -> Member {
        Member {
            name,
            json_name: None,
            xml_name: None,
            xml_attribute: false,
            xml_flattened: false,
            xml_namespace: None,
            query_name: None,
            ec2_query_name: None,
            location: Location::Body,
            timestamp_format: None,
            idempotency_token: false,
        }
    }

    pub const fn json(mut self, name: &'static str) -> Member {
        self.json_name = Some(name);
        self
    }

    pub const fn xml(mut self, name: &'static str) -> Member {
        self.xml_name = Some(name);
        self
    }

    pub const fn xml_attribute(mut self) -> Member {
        self.xml_attribute = true;
        self
    }

    pub const fn xml_flattened(mut self) -> Member {
        self.xml_flattened = true;
        self
    }

    pub const fn xml_namespace(
        mut self,
        uri: &'static str,
        prefix: Option<&'static str>,
    ) -> Member {
        self.xml_namespace = Some((uri, prefix));
        self
    }

    pub const fn query(mut self, name: &'static str) -> Member {
        self.query_name = Some(name);
        self
    }

    pub const fn ec2_query(mut self, name: &'static str) -> Member {
        self.ec2_query_name = Some(name);
        self
    }

    pub const fn at(mut self, location: Location) -> Member {
        self.location = location;
        self
    }

    pub const fn timestamp(mut self, format: TimestampFormat) -> Member {
        self.timestamp_format = Some(format);
        self
    }

    pub const fn idempotency_token(mut self) -> Member {
        self.idempotency_token = true;
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
        assert!(!m.xml_attribute && !m.idempotency_token);
    }
}
