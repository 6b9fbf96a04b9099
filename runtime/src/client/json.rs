//! JSON bodies for the awsJson protocols: what generated operation code calls.

use super::error::{DispatchError, DispatchErrorKind, ServiceError};
use super::handle::Response;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Serializes an operation input. Absent members are skipped by the generated serde attributes.
pub fn to_body<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, DispatchError> {
    serde_json::to_vec(value).map_err(|e| {
        DispatchError::new(
            DispatchErrorKind::Serialization,
            "cannot serialize the request body",
        )
        .with_source(e)
    })
}

fn is_blank(body: &[u8]) -> bool {
    body.iter().all(u8::is_ascii_whitespace)
}

fn parse<T: DeserializeOwned>(
    body: &[u8],
    what: &str,
    status: u16,
    request_id: Option<&str>,
) -> Result<T, DispatchError> {
    // An empty body means "no members" (the spec lets servers send nothing for empty output).
    let body = if is_blank(body) {
        b"{}".as_slice()
    } else {
        body
    };
    // awsJson bodies are objects. serde's derived structs would also take a JSON array, filling fields by
    // position, which would turn a wrong answer into a plausible-looking output.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(DispatchError::new(
            DispatchErrorKind::ResponseParse,
            format!("cannot parse the {what}: expected a JSON object"),
        )
        .with_response(status, request_id));
    }
    // Path tracking costs an allocation per key read; it is only worth paying once a body has
    // turned out to be wrong. The second pass reads the same bytes, so it fails the same way.
    // Neither pass checks for trailing bytes after the object.
    if let Ok(value) = T::deserialize(&mut serde_json::Deserializer::from_slice(body)) {
        return Ok(value);
    }
    let de = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let mut err = DispatchError::new(
            DispatchErrorKind::ResponseParse,
            format!("cannot parse the {what}"),
        )
        .with_response(status, request_id)
        .with_source(inner);
        // `?` is serde_path_to_error's "before any key": no useful path.
        if path != "." && path != "?" {
            err.0.path = Some(path);
        }
        err
    })
}

/// Parses a 2xx response body into the operation output. An empty body is `{}`; unknown keys
/// are skipped (the generated types do not deny them); the content type is not checked, since
/// some servers label JSON as `text/html`.
pub fn parse_output<T: DeserializeOwned>(response: &Response) -> Result<T, DispatchError> {
    parse(
        &response.body,
        "response body",
        response.status,
        response.request_id.as_deref(),
    )
}

/// Parses an error response body into a modeled error structure. A body that is not a JSON
/// object (an HTML page, garbage, nothing) is read as `{}`: the error code already came from a
/// header, so the typed error is still the right one, just without members.
pub fn parse_error_body<T: DeserializeOwned>(error: &ServiceError) -> Result<T, DispatchError> {
    let body = error.body();
    let looks_like_object = body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
        && serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok();
    let body = if looks_like_object {
        body
    } else {
        b"{}".as_slice()
    };
    parse(
        body,
        "error response body",
        error.status(),
        error.request_id(),
    )
}

/// A modeled error structure of a generated crate. Servers put the message in `message`, `Message` or
/// `errorMessage`; the error parser has already found it, and this fills the structure's own message member
/// when the body's spelling did not match it.
pub trait ModeledError: DeserializeOwned {
    /// Sets the message member to `message` if the body left it empty.
    fn fill_message(&mut self, message: Option<&str>) {
        let _ = message;
    }
}

/// The typed error for a known error code: the body parsed as `T` (message filled in) and wrapped by `modeled`,
/// or, when the body does not fit `T`, the whole service error handed to `unmodeled` so nothing is lost.
pub fn modeled_error<T: ModeledError, E>(
    error: ServiceError,
    modeled: impl FnOnce(T) -> E,
    unmodeled: impl FnOnce(ServiceError) -> E,
) -> E {
    match parse_error_body::<T>(&error) {
        Ok(mut parsed) => {
            parsed.fill_message(error.message());
            modeled(parsed)
        }
        Err(_) => unmodeled(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug, Default, PartialEq)]
    struct Out {
        #[serde(rename = "BackupId")]
        backup_id: Option<String>,
        #[serde(rename = "Lifecycle")]
        lifecycle: Option<String>,
        #[serde(rename = "Items", default)]
        items: Vec<Item>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    struct Item {
        #[serde(rename = "Size")]
        size: i64,
    }

    fn resp(body: &str) -> Response {
        Response {
            status: 200,
            headers: http::HeaderMap::new(),
            body: body.as_bytes().to_vec(),
            request_id: Some("rid-1".into()),
        }
    }

    #[test]
    fn output_parsing() {
        let o: Out = parse_output(&resp(
            r#"{"BackupId":"b-1","Lifecycle":"DELETED","Extra":{"x":[1]}}"#,
        ))
        .unwrap();
        assert_eq!(o.backup_id.as_deref(), Some("b-1"));
        assert_eq!(parse_output::<Out>(&resp("")).unwrap(), Out::default());
        assert_eq!(parse_output::<Out>(&resp(" \n")).unwrap(), Out::default());
    }

    #[test]
    fn parse_errors_carry_path_status_and_request_id() {
        let e = parse_output::<Out>(&resp(r#"{"Items":[{"Size":1},{"Size":"big"}]}"#)).unwrap_err();
        assert_eq!(e.kind(), DispatchErrorKind::ResponseParse);
        assert_eq!(e.path(), Some("Items[1].Size"));
        assert_eq!(e.status(), Some(200));
        assert_eq!(e.request_id(), Some("rid-1"));
        let shown = e.to_string();
        assert!(
            shown.contains("Items[1].Size")
                && shown.contains("rid-1")
                && shown.contains("HTTP 200"),
            "{shown}"
        );
        for bad in ["<html>", "{", "\u{0}", "[]", "{\"BackupId\":1}"] {
            assert!(parse_output::<Out>(&resp(bad)).is_err(), "{bad}");
        }
        let invalid_utf8 = Response {
            body: b"{\"BackupId\":\"\xff\xfe\"}".to_vec(),
            ..resp("")
        };
        assert!(parse_output::<Out>(&invalid_utf8).is_err());
    }

    /// The untracked first pass must accept and refuse exactly what the tracked pass does.
    #[test]
    fn fast_and_tracked_parses_agree() {
        for body in [
            r#"{"BackupId":"b-1"}"#,
            r#"{"BackupId":"b-1"} trailing"#,
            r#"{"Items":[{"Size":1}],"Unknown":null}"#,
            r#"{"Items":[{"Size":1.5}]}"#,
            r#"{"BackupId":null,"Lifecycle":"X"}"#,
            r#"{"BackupId":"a","BackupId":"b"}"#,
            r#"{"Items":{}}"#,
        ] {
            let tracked: Result<Out, _> = serde_path_to_error::deserialize(
                &mut serde_json::Deserializer::from_slice(body.as_bytes()),
            );
            let got = parse_output::<Out>(&resp(body));
            match (tracked, got) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{body}"),
                (Err(a), Err(b)) => {
                    let path = a.path().to_string();
                    let path = (path != "." && path != "?").then_some(path.as_str());
                    assert_eq!(b.path(), path, "{body}");
                }
                (a, b) => panic!("{body}: tracked {a:?}, parse_output {b:?}"),
            }
        }
    }

    #[test]
    fn error_body_is_lenient_about_non_json() {
        #[derive(Deserialize, Debug, PartialEq)]
        struct NotFound {
            #[serde(rename = "Message")]
            message: Option<String>,
        }
        let e =
            ServiceError::new("FSx", 400, "BackupNotFound").with_body(&b"<html>nope</html>"[..]);
        assert_eq!(
            parse_error_body::<NotFound>(&e).unwrap(),
            NotFound { message: None }
        );
        let e = ServiceError::new("FSx", 400, "BackupNotFound")
            .with_body(&br#"{"Message":"gone"}"#[..]);
        assert_eq!(
            parse_error_body::<NotFound>(&e).unwrap().message.as_deref(),
            Some("gone")
        );
        let e = ServiceError::new("FSx", 400, "BackupNotFound").with_body(&br#"{"Message":7}"#[..]);
        assert_eq!(
            parse_error_body::<NotFound>(&e).unwrap_err().path(),
            Some("Message")
        );
    }

    #[test]
    fn to_body_serializes() {
        let body = to_body(&serde_json::json!({"a": 1})).unwrap();
        assert_eq!(body, br#"{"a":1}"#);
    }
}
