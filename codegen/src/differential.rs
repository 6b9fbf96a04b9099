//! The runner of the differential test against botocore (`ci/differential.py`): a small binary crate that
//! calls every operation of a generated crate through the mock transport. Its names come from the IR, the same
//! as the generated crate's, so the Python driver never guesses a Rust name.
//!
//! Protocol of the binary, one JSON object a line on stdin and stdout:
//! `{"operation": <wire name>, "input": {<member-name JSON>}, "response": {"status", "headers", "body"}}` in,
//! `{"request": {...} | null, "output": {...}}` or `{"request": ..., "error": {"code", "variant", "message"}}`,
//! `{"input_error": "..."}` or `{"skipped": "..."}` out.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::{print, proc_macro_ident as ident, proc_macro_ident as type_ident};
use crate::ir::{self, Crate, Operation};
use crate::{Diagnostic, Diagnostics, File, Settings};

/// The idempotency token the runner's client fills in; the driver expects it wherever botocore would put a
/// fresh UUID.
pub const FIXED_TOKEN: &str = "00000000-0000-4000-8000-000000000000";

/// The runner crate for the crate that `settings` generates from `model`, which sits at `crate_path` (a path
/// as Cargo.toml writes it, absolute or relative to the runner's folder).
pub fn runner(
    model: &crate::resolve::Model,
    settings: &Settings,
    crate_path: &str,
) -> Result<Vec<File>, Diagnostics> {
    let krate = ir::lower(model, settings)?;
    let main = print(main_rs(&krate)).map_err(|e| {
        let mut d = Diagnostics::new(settings.source.clone());
        d.push(Diagnostic {
            span: None,
            shape: None,
            member: None,
            location: String::new(),
            message: format!("the differential runner does not parse as Rust: {e}"),
        });
        d
    })?;
    Ok(vec![
        File {
            path: "Cargo.toml".to_string(),
            contents: manifest(&krate, settings, crate_path),
        },
        File {
            path: "src/main.rs".to_string(),
            contents: main,
        },
    ])
}

fn manifest(krate: &Crate, settings: &Settings, crate_path: &str) -> String {
    let quoted = serde_json::Value::String(crate_path.to_string());
    // Default features for the generated crate, so that a crate already built by ci/whole-services.sh (with its
    // defaults) is reused from the shared target folder instead of being compiled again with other features.
    format!(
        "# Written by `cargo xtask differential-runner` for ci/differential.py. Do not edit.\n\
         [package]\nname = \"{package}-differential-runner\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\n{package} = {{ path = {quoted} }}\n\
         smithy-runtime = {{ {runtime}, features = [\"client\"] }}\n\
         serde_json = \"1\"\ntokio = {{ version = \"1\", features = [\"rt\"] }}\n\n[workspace]\n",
        package = krate.package,
        runtime = settings.runtime_dependency,
    )
}

fn main_rs(krate: &Crate) -> TokenStream {
    let lib = ident(&krate.package.replace('-', "_"));
    let client = type_ident(&krate.client);
    let arms = krate.operations.iter().map(|op| arm(&lib, op));
    let token = FIXED_TOKEN;
    quote! {
        //! Differential runner: one JSON case a line on stdin, one result a line on stdout.
        use ::smithy_runtime::codec::json::{Settings, from_slice, to_vec};
        use ::smithy_runtime::mock::{self, MockResponse, MockTransport, RecordedRequest};
        use ::serde_json::{Value, json};

        /// The output written back with the model's member names, as botocore's parser names them.
        fn output<T: ::smithy_runtime::codec::WriteValue>(out: &T) -> Value {
            match to_vec(out, Settings::AWS_JSON) {
                Ok(bytes) => ::serde_json::from_slice(&bytes).unwrap_or_else(|e| json!({"unreadable": e.to_string()})),
                Err(e) => json!({"unwritable": e.to_string()}),
            }
        }

        fn error(code: Option<&str>, variant: &str, message: String) -> Value {
            json!({"error": {"code": code, "variant": variant, "message": message}})
        }

        /// The parts of a request that botocore's serializer also decides: method, path, the query as decoded
        /// `[key, value]` pairs, every header but those of signing, transport and the user agent, the host, and
        /// the body as JSON (or `{"base64": ..}` when it is not JSON).
        fn request(r: &RecordedRequest) -> Value {
            let mut headers = ::serde_json::Map::new();
            for (name, value) in &r.headers {
                let name = name.as_str();
                let transport = ["authorization", "x-amz-date", "x-amz-security-token", "content-length", "host"];
                if transport.contains(&name) || name.ends_with("user-agent") {
                    continue;
                }
                let value = value.to_str().unwrap_or("<non-ASCII>").to_string();
                let joined = match headers.get(name).and_then(Value::as_str) {
                    Some(before) => format!("{before}, {value}"),
                    None => value,
                };
                headers.insert(name.to_string(), Value::String(joined));
            }
            let (path, query) = r.path().split_once('?').unwrap_or((r.path(), ""));
            let query: Vec<Value> = query
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    json!([decode(k), decode(v)])
                })
                .collect();
            let body = if r.body.is_empty() {
                Value::Null
            } else {
                r.body_json().unwrap_or_else(|_| json!({"base64": ::smithy_runtime::types::Blob::from(r.body.as_slice()).to_base64()}))
            };
            json!({"method": r.method, "path": path, "query": query, "headers": headers, "host": r.header("host"), "body": body})
        }

        /// `%XX` undone (the runner compares values, not their encoding).
        fn decode(s: &str) -> String {
            let b = s.as_bytes();
            let mut out = Vec::with_capacity(b.len());
            let mut i = 0;
            while i < b.len() {
                let hex = b.get(i + 1..i + 3).and_then(|h| ::std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) if b[i] == b'%' => {
                        out.push(v);
                        i += 3;
                    }
                    _ => {
                        out.push(b[i]);
                        i += 1;
                    }
                }
            }
            String::from_utf8_lossy(&out).into_owned()
        }

        fn response(case: &Value) -> MockResponse {
            let r = &case["response"];
            let mut m = MockResponse::new(r["status"].as_u64().unwrap_or(200) as u16);
            if let Some(headers) = r["headers"].as_object() {
                for (k, v) in headers {
                    m = m.header(k.as_str(), v.as_str().unwrap_or_default());
                }
            }
            // A body that is not text comes as `{"base64": ..}`.
            match r["body"].get("base64").and_then(Value::as_str) {
                Some(b64) => m.body(::smithy_runtime::types::Blob::from_base64(b64).map(|b| b.into_inner()).unwrap_or_default()),
                None => m.body(r["body"].as_str().unwrap_or_default().as_bytes().to_vec()),
            }
        }

        /// Each operation by its wire name; one without a client method answers `{"skipped": why}`.
        async fn call(client: &#lib::Client, operation: &str, input: &[u8]) -> Result<Value, String> {
            match operation {
                #(#arms)*
                other => Err(format!("no operation {other} in this crate")),
            }
        }

        fn main() {
            let rt = ::tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime");
            let stdin = ::std::io::stdin();
            for line in ::std::io::BufRead::lines(stdin.lock()) {
                let line = line.expect("stdin is readable");
                if line.trim().is_empty() {
                    continue;
                }
                let result = match ::serde_json::from_str::<Value>(&line) {
                    Err(e) => json!({"input_error": format!("the case is not JSON: {e}")}),
                    Ok(case) => {
                        // One transport per case, answering every attempt the same way.
                        let canned = response(&case);
                        let transport = MockTransport::with_handler(move |_| Ok(canned.clone()));
                        let config = mock::config(transport.clone())
                            .retry(::smithy_runtime::RetryConfig::disabled())
                            .idempotency_token_provider(::smithy_runtime::FixedToken::new(#token))
                            .build();
                        let client = #lib::#client::new(config);
                        let input = ::serde_json::to_vec(&case["input"]).unwrap_or_default();
                        let operation = case["operation"].as_str().unwrap_or_default();
                        match rt.block_on(call(&client, operation, &input)) {
                            Err(e) => json!({"input_error": e}),
                            Ok(mut v) => {
                                if let Some(obj) = v.as_object_mut() && !obj.contains_key("skipped") {
                                    obj.insert("request".to_string(), transport.last_request().as_ref().map(request).unwrap_or(Value::Null));
                                }
                                v
                            }
                        }
                    }
                };
                println!("{result}");
            }
        }
    }
}

/// One `match` arm: read the input, call the real client method, report the output or the error.
fn arm(lib: &proc_macro2::Ident, op: &Operation) -> TokenStream {
    let wire = &op.wire;
    if let Some(why) = &op.unsupported {
        return quote!(#wire => Ok(json!({"skipped": #why})),);
    }
    let method = ident(&op.method);
    let err = type_ident(&op.error_enum);
    let (read, call) = match &op.input {
        Some(i) => {
            let i = type_ident(i);
            (
                quote! {
                    let input: #lib::types::#i = from_slice(input, Settings::AWS_JSON).map_err(|e| format!("the input does not fit {}: {e}", stringify!(#i)))?;
                },
                quote!(client.#method(input).await),
            )
        }
        None => (quote!(let _ = input;), quote!(client.#method().await)),
    };
    let ok = match &op.output {
        Some(_) => quote!(output(&out)),
        None => quote!({
            let () = out;
            json!({})
        }),
    };
    quote! {
        #wire => {
            #read
            Ok(match #call {
                Ok(out) => {
                    let output = #ok;
                    json!({"output": output})
                }
                Err(e) => {
                    let variant = match &e {
                        #lib::operation::#err::Unmodeled(_) => "unmodeled",
                        #lib::operation::#err::Validation(_) => "validation",
                        #lib::operation::#err::Dispatch(_) => "dispatch",
                        _ => "modeled",
                    };
                    error(e.code(), variant, e.to_string())
                }
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_each_operation_by_its_wire_name_with_the_irs_names() {
        let doc = serde_json::json!({"smithy": "2.0", "shapes": {
            "example.d#Svc": {"type": "service", "version": "1", "operations": [{"target": "example.d#GetThing"}],
                "traits": {"aws.protocols#awsJson1_0": {}, "aws.auth#sigv4": {"name": "d"}, "aws.api#service": {"sdkId": "D"}}},
            "example.d#GetThing": {"type": "operation", "input": {"target": "example.d#GetThingInput"},
                "errors": [{"target": "example.d#Missing"}]},
            "example.d#GetThingInput": {"type": "structure", "members": {"Id": {"target": "smithy.api#String"}}},
            "example.d#Missing": {"type": "structure", "members": {}, "traits": {"smithy.api#error": "client"}}
        }});
        let model =
            crate::load(doc.to_string().as_bytes(), "d.json").unwrap_or_else(|d| panic!("{d}"));
        let settings = Settings {
            package: "my-svc".into(),
            source: "d.json".into(),
            operations: None,
            service: None,
            runtime_dependency: "path = \"/rt\"".into(),
            standalone: true,
        };
        let files = runner(&model, &settings, "/crates/my-svc").unwrap_or_else(|d| panic!("{d}"));
        let manifest = &files[0].contents;
        assert!(
            manifest.contains("my-svc = { path = \"/crates/my-svc\" }"),
            "{manifest}"
        );
        assert!(
            manifest.contains("smithy-runtime = { path = \"/rt\", features = [\"client\"] }"),
            "{manifest}"
        );
        let main = &files[1].contents;
        assert!(main.contains("\"GetThing\" =>"), "{main}");
        assert!(main.contains("my_svc::types::GetThingInput"), "{main}");
        assert!(main.contains("client.get_thing(input).await"), "{main}");
        assert!(
            main.contains("my_svc::operation::GetThingError::Unmodeled"),
            "{main}"
        );
    }
}
