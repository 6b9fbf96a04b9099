//! `@endpoint` host prefixes, for every protocol: the prefix with its `@hostLabel` members filled in,
//! which the orchestrator puts in front of the endpoint's host.

use crate::client::error::{DispatchError, DispatchErrorKind};
use crate::client::meta::{OperationMeta, UriPart};
use crate::client::validate::ValidationError;
use crate::codec::text::{self, TextPlace};
use crate::codec::{Error, Serializer, WriteValue};
use crate::schema::Schema;
use crate::types::{Blob, DateTime, Document};

/// The expanded host prefix of `op` for an input with these members (`None` when the operation has no
/// prefix). A label that is empty or not a valid DNS label is a validation error: the spec says a
/// client must fail rather than send to a host the caller did not mean.
pub(crate) fn expand_host_prefix(
    op: &OperationMeta,
    schema: &'static Schema,
    members: &[&dyn WriteValue],
) -> Result<Option<String>, DispatchError> {
    if op.http.host_prefix.is_empty() {
        return Ok(None);
    }
    let mut out = String::new();
    for part in op.http.host_prefix {
        match *part {
            UriPart::Literal(text) => out.push_str(text),
            UriPart::Label(i) => {
                let (Some(m), Some(v)) = (schema.members.get(i), members.get(i)) else {
                    return Err(DispatchError::new(
                        DispatchErrorKind::Serialization,
                        format!(
                            "{}: the host prefix names member {i}, which {} does not have",
                            op.name, schema.name
                        ),
                    ));
                };
                let value = if v.is_absent() {
                    String::new()
                } else {
                    text::to_texts(*v, m, TextPlace::Label)
                        .ok()
                        .and_then(|t| t.items.into_iter().next())
                        .map(|i| i.text)
                        .unwrap_or_default()
                };
                if let Err(why) = check_host_label(&value) {
                    return Err(ValidationError {
                        path: m.name.to_owned(),
                        message: format!("fills the host prefix of {} and {why}", op.name),
                    }
                    .into());
                }
                out.push_str(&value);
            }
        }
    }
    Ok(Some(out))
}

/// One DNS label: 1 to 63 letters, digits and hyphens, not starting or ending with a hyphen.
fn check_host_label(v: &str) -> Result<(), &'static str> {
    if v.is_empty() {
        return Err("must not be empty");
    }
    if v.len() > 63 {
        return Err("is longer than the 63 characters of a host label");
    }
    if !v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err("may only hold letters, digits and hyphens");
    }
    if v.starts_with('-') || v.ends_with('-') {
        return Err("must not start or end with a hyphen");
    }
    Ok(())
}

/// The host prefix of an RPC protocol's input, whose members are not otherwise walked one by one.
pub(crate) fn host_prefix_of(
    op: &OperationMeta,
    input: &dyn WriteValue,
) -> Result<Option<String>, DispatchError> {
    if op.http.host_prefix.is_empty() {
        return Ok(None);
    }
    let mut c = Collector { op, out: None };
    if let Err(e) = input.write(&mut c) {
        return Err(DispatchError::new(
            DispatchErrorKind::Serialization,
            format!("{}: cannot read the host labels of the input: {e}", op.name),
        ));
    }
    c.out.unwrap_or_else(|| {
        Err(DispatchError::new(
            DispatchErrorKind::Serialization,
            format!("{}: the input is not a structure", op.name),
        ))
    })
}

struct Collector<'a> {
    op: &'a OperationMeta,
    out: Option<Result<Option<String>, DispatchError>>,
}

fn no() -> Error {
    Error::new("an operation input must be a structure")
}

impl Serializer for Collector<'_> {
    fn write_struct(
        &mut self,
        s: &'static Schema,
        members: &[&dyn WriteValue],
    ) -> Result<(), Error> {
        self.out = Some(expand_host_prefix(self.op, s, members));
        Ok(())
    }
    fn write_union(
        &mut self,
        _: &'static Schema,
        _: usize,
        _: &dyn WriteValue,
    ) -> Result<(), Error> {
        Err(no())
    }
    fn begin_list(&mut self, _: usize) -> Result<(), Error> {
        Err(no())
    }
    fn end_list(&mut self) -> Result<(), Error> {
        Err(no())
    }
    fn begin_map(&mut self, _: usize) -> Result<(), Error> {
        Err(no())
    }
    fn write_key(&mut self, _: &str) -> Result<(), Error> {
        Err(no())
    }
    fn end_map(&mut self) -> Result<(), Error> {
        Err(no())
    }
    fn write_null(&mut self) -> Result<(), Error> {
        Err(no())
    }
    fn write_bool(&mut self, _: bool) -> Result<(), Error> {
        Err(no())
    }
    fn write_i64(&mut self, _: i64) -> Result<(), Error> {
        Err(no())
    }
    fn write_f64(&mut self, _: f64) -> Result<(), Error> {
        Err(no())
    }
    fn write_string(&mut self, _: &str) -> Result<(), Error> {
        Err(no())
    }
    fn write_blob(&mut self, _: &Blob) -> Result<(), Error> {
        Err(no())
    }
    fn write_timestamp(&mut self, _: &DateTime) -> Result<(), Error> {
        Err(no())
    }
    fn write_document(&mut self, _: &Document) -> Result<(), Error> {
        Err(no())
    }
    fn write_big_number(&mut self, _: &str) -> Result<(), Error> {
        Err(no())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::meta::HttpBinding;
    use crate::schema::Member;

    static SCHEMA: Schema = Schema::new(
        "In",
        &[Member::new("Other"), Member::new("Label").host_label()],
    );

    fn op(prefix: &'static [UriPart]) -> OperationMeta {
        OperationMeta {
            name: "Op",
            retryable_errors: &[],
            http: HttpBinding::RPC.host_prefix(prefix),
        }
    }

    #[test]
    fn labels_fill_the_prefix() {
        let o = op(&[
            UriPart::Literal("foo."),
            UriPart::Label(1),
            UriPart::Literal("."),
        ]);
        let label = "bar".to_owned();
        let got = expand_host_prefix(&o, &SCHEMA, &[&None::<String>, &label]).unwrap();
        assert_eq!(got.as_deref(), Some("foo.bar."));
        assert_eq!(expand_host_prefix(&op(&[]), &SCHEMA, &[]).unwrap(), None);
    }

    #[test]
    fn empty_or_invalid_labels_are_validation_errors() {
        let o = op(&[UriPart::Label(1), UriPart::Literal(".")]);
        for bad in ["", "a.b", "-a", "a b", &"x".repeat(64)] {
            let v = bad.to_owned();
            let e = expand_host_prefix(&o, &SCHEMA, &[&None::<String>, &v]).unwrap_err();
            assert_eq!(e.kind(), DispatchErrorKind::Validation, "{bad:?}");
            assert_eq!(e.path(), Some("Label"));
        }
        let e = expand_host_prefix(&o, &SCHEMA, &[&None::<String>, &None::<String>]).unwrap_err();
        assert!(e.message().contains("must not be empty"), "{e}");
    }
}
