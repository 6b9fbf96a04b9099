//! One operation: its error enum (every modeled error, plus unmodeled, validation and dispatch failures, so
//! one `match` handles any failure) and its client method.

use super::code::{Code, Ident, Lit, toks};

use super::literal;
use super::{deprecated_attr, doc_attrs, ident, rust_type, type_ident};
use crate::ir::{
    Auth, Crate, EndpointParam, EndpointSource, ExampleExpect, Field, Operation, Pagination,
    Protocol, RustType, Service, TypeKind, UriPart,
};
use crate::resolve::traits::StaticValue;

pub fn emit(krate: &Crate, service: &Service, op: &Operation) -> Code {
    let error_enum = error_enum(service, op);
    let method = method(krate, service, op);
    let examples = examples(krate, service, op);
    let paginator = op.pagination.as_ref().map(|p| paginator(krate, op, p));
    let waiters = op.waiters.iter().map(|w| waiter(krate, op, w));
    toks! {
        #error_enum
        #method
        #paginator
        #(#waiters)*
        #examples
    }
}

/// A `@waitable` waiter: its acceptors as a static table, and `wait_until_<name>` (async and blocking)
/// running the runtime's waiter loop over the operation's method.
fn waiter(krate: &Crate, op: &Operation, w: &crate::ir::waiter::Waiter) -> Code {
    use crate::ir::waiter::{AcceptorState, Comparator, Matcher};
    let client = type_ident(&krate.client);
    let op_method = ident(&op.method);
    let method = ident(&w.method);
    let err = type_ident(&op.error_enum);
    let table = Ident::new(w.method.trim_start_matches("r#").to_uppercase());
    let name = &w.name;
    let (min, max) = (w.min_delay, w.max_delay);
    let acceptors = w.acceptors.iter().map(|a| {
        let state = match a.state {
            AcceptorState::Success => toks!(Success),
            AcceptorState::Failure => toks!(Failure),
            AcceptorState::Retry => toks!(Retry),
        };
        let path = |kind: Code, m: &crate::ir::waiter::PathMatcher| {
            let (path, expected) = (&m.path, &m.expected);
            let comparator = match m.comparator {
                Comparator::StringEquals => toks!(StringEquals),
                Comparator::BooleanEquals => toks!(BooleanEquals),
                Comparator::AllStringEquals => toks!(AllStringEquals),
                Comparator::AnyStringEquals => toks!(AnyStringEquals),
            };
            toks!(::smithy_runtime::waiter::Matcher::#kind(::smithy_runtime::waiter::PathMatcher {
                path: #path,
                expected: #expected,
                comparator: ::smithy_runtime::waiter::Comparator::#comparator,
            }))
        };
        let matcher = match &a.matcher {
            Matcher::Output(m) => path(toks!(Output), m),
            Matcher::InputOutput(m) => path(toks!(InputOutput), m),
            Matcher::Success(b) => toks!(::smithy_runtime::waiter::Matcher::Success(#b)),
            Matcher::ErrorType(t) => toks!(::smithy_runtime::waiter::Matcher::ErrorType(#t)),
        };
        toks!(::smithy_runtime::waiter::Acceptor {
            state: ::smithy_runtime::waiter::AcceptorState::#state,
            matcher: #matcher,
        })
    });
    let output = match &op.output {
        Some(o) => {
            let o = type_ident(o);
            toks!(crate::types::#o)
        }
        None => toks!(()),
    };
    let (param, arg, input, call) = match &op.input {
        Some(i) => {
            let i = type_ident(i);
            (
                toks!(input: crate::types::#i,),
                toks!(input,),
                toks!(input),
                toks!(|input| self.#op_method(input)),
            )
        }
        None => (
            Code::new(),
            Code::new(),
            toks!(()),
            toks!(|()| self.#op_method()),
        ),
    };
    let docs = doc_attrs(&w.docs);
    let sep = (!w.docs.is_empty()).then(|| toks!(#[doc = ""]));
    let how = format!(
        " The `{name}` waiter: calls `{}` until the model's acceptors say the wait is over, waiting \
         {min} to {max} s between calls (exponential backoff with jitter), for at most `max_wait` in all. \
         `Ok` holds the last call's result (an error, when that error is what was waited for).",
        op.wire
    );
    let blocking_doc = format!(
        " Blocks until the waiter is done; see [`crate::{}::{}`].",
        krate.client, w.method
    );
    let dep = w.deprecated.then(|| toks!(#[deprecated]));
    let ret = toks!(::std::result::Result<
        ::smithy_runtime::waiter::Waited<#output, #err>,
        ::smithy_runtime::waiter::WaitError<#output, #err>,
    >);
    toks! {
        static #table: ::smithy_runtime::waiter::Waiter = ::smithy_runtime::waiter::Waiter {
            name: #name,
            min_delay: #min,
            max_delay: #max,
            acceptors: &[#(#acceptors),*],
        };

        impl crate::#client {
            #docs
            #sep
            #[doc = #how]
            #dep
            pub async fn #method(&self, #param max_wait: ::std::time::Duration) -> #ret {
                ::smithy_runtime::waiter::wait(
                    &#table,
                    self.handle.config().sleep().clone(),
                    #input,
                    max_wait,
                    #call,
                    |e: &#err| e.code(),
                )
                .await
            }
        }

        #[cfg(feature = "blocking")]
        impl crate::blocking::#client {
            #docs
            #sep
            #[doc = #blocking_doc]
            #dep
            #[allow(clippy::result_large_err)]
            pub fn #method(&self, #param max_wait: ::std::time::Duration) -> #ret {
                ::smithy_runtime::block_on(self.inner.#method(#arg max_wait))
            }
        }
    }
}

/// Pages (and items) of a `@paginated` operation: each page's output token goes into the next request;
/// iteration stops when no token comes back, or when the service returns a token it was already sent.
fn paginator(krate: &Crate, op: &Operation, p: &Pagination) -> Code {
    let (Some(input), Some(output)) = (&op.input, &op.output) else {
        return Code::new();
    };
    let client = type_ident(&krate.client);
    let input = type_ident(input);
    let output = type_ident(output);
    let op_method = ident(&op.method);
    let method = ident(&p.method);
    let err = type_ident(&op.error_enum);
    let pages = type_ident(&p.pages_type);
    let token_in = ident(&p.input_token);
    let token_out = ident(&p.output_token.field);
    let next_token = if p.output_token.optional {
        toks!(page.#token_out.clone())
    } else {
        toks!(::std::option::Option::Some(page.#token_out.clone()))
    };
    let wire = &op.wire;
    let method_doc = format!(
        " Every page of `{wire}`, starting from `input`: call [`{}::next`] until it returns `None`.",
        p.pages_type
    );
    let pages_doc = format!(" The pages of `{wire}`, fetched one request at a time.");
    let page_size = p.page_size.as_ref().map(|f| {
        let ty = rust_type(&f.ty);
        let f = ident(&f.field);
        toks! {
            /// Asks the service for at most `size` results per page.
            pub fn page_size(mut self, size: #ty) -> Self {
                self.input.#f = ::std::option::Option::Some(size);
                self
            }
        }
    });
    let items = match (&p.items, &p.items_type) {
        (Some(items), Some(items_type)) => {
            let items_ty = type_ident(items_type);
            let field = ident(&items.field);
            let item = rust_type(&items.ty);
            let take = if items.optional {
                toks!(page.#field.unwrap_or_default())
            } else {
                toks!(page.#field)
            };
            let items_doc = format!(" The items of every page of `{wire}`, in order.");
            toks! {
                impl #pages {
                    /// The items of the pages instead of the pages.
                    pub fn items(self) -> #items_ty {
                        #items_ty { pages: self, buffer: ::std::collections::VecDeque::new() }
                    }
                }

                #[doc = #items_doc]
                #[derive(Debug)]
                pub struct #items_ty {
                    pages: #pages,
                    buffer: ::std::collections::VecDeque<#item>,
                }

                impl #items_ty {
                    /// The next item, fetching the next page when needed; `None` after the last one.
                    pub async fn next(&mut self) -> ::std::option::Option<::std::result::Result<#item, #err>> {
                        loop {
                            if let ::std::option::Option::Some(item) = self.buffer.pop_front() {
                                return ::std::option::Option::Some(::std::result::Result::Ok(item));
                            }
                            match self.pages.next().await? {
                                ::std::result::Result::Ok(page) => self.buffer.extend(#take),
                                ::std::result::Result::Err(e) => return ::std::option::Option::Some(::std::result::Result::Err(e)),
                            }
                        }
                    }
                }

                ::smithy_runtime::try_collect!(#items_ty, #item, #err);
            }
        }
        _ => Code::new(),
    };
    toks! {
        impl crate::#client {
            #[doc = #method_doc]
            pub fn #method(&self, input: crate::types::#input) -> #pages {
                #pages { client: self.clone(), input, done: false, seen: ::std::collections::BTreeSet::new() }
            }
        }

        #[doc = #pages_doc]
        #[derive(Debug)]
        pub struct #pages {
            client: crate::#client,
            input: crate::types::#input,
            done: bool,
            /// Every token sent so far: a service that answers with one of them again (A, B, A, ...) would
            /// otherwise make the pages go round for ever.
            seen: ::std::collections::BTreeSet<::std::string::String>,
        }

        impl #pages {
            #page_size

            /// The next page; `None` after the last one (or after an error).
            pub async fn next(&mut self) -> ::std::option::Option<::std::result::Result<crate::types::#output, #err>> {
                if self.done {
                    return ::std::option::Option::None;
                }
                if let ::std::option::Option::Some(sent) = &self.input.#token_in {
                    self.seen.insert(sent.clone());
                }
                match self.client.#op_method(self.input.clone()).await {
                    ::std::result::Result::Ok(page) => {
                        match #next_token {
                            ::std::option::Option::Some(token) if !token.is_empty() && !self.seen.contains(&token) => {
                                self.input.#token_in = ::std::option::Option::Some(token);
                            }
                            _ => self.done = true,
                        }
                        ::std::option::Option::Some(::std::result::Result::Ok(page))
                    }
                    ::std::result::Result::Err(e) => {
                        self.done = true;
                        ::std::option::Option::Some(::std::result::Result::Err(e))
                    }
                }
            }
        }

        ::smithy_runtime::try_collect!(#pages, crate::types::#output, #err);

        #items
    }
}

/// The operation's `smithy.api#examples` as tests: the example input, built through the builders, is sent
/// through a mock transport that answers with the example output (or error) framed by the service's
/// protocol, and the client must return exactly that, built the same way. An example that does not fit its
/// shapes is a test that fails saying why.
fn examples(krate: &Crate, service: &Service, op: &Operation) -> Code {
    // The runtime frames example answers for these protocols (`Protocol::mock_response`); the others'
    // examples are not turned into tests yet.
    let framed = matches!(
        service.protocol,
        Protocol::AwsJson1_0
            | Protocol::AwsJson1_1
            | Protocol::RestJson1
            | Protocol::AwsQuery
            | Protocol::Ec2Query
    );
    // The example input is compared with a JSON request body member by member; a query form is not
    // JSON, so for the query protocols the test checks the answer only.
    let json_body = !matches!(service.protocol, Protocol::AwsQuery | Protocol::Ec2Query);
    if op.examples.is_empty() || !framed {
        return Code::new();
    }
    let client = type_ident(&krate.client);
    let method = ident(&op.method);
    let err = type_ident(&op.error_enum);
    let root = toks!(crate);
    let rest = !service.protocol.is_rpc();
    let input_fields: &[Field] = op
        .input
        .as_ref()
        .and_then(|i| krate.types.iter().find(|t| &t.name == i))
        .and_then(|t| match &t.kind {
            TypeKind::Struct(s) => Some(s.fields.as_slice()),
            _ => None,
        })
        .unwrap_or(&[]);
    let tests = op.examples.iter().map(|ex| {
        let name = ident(&ex.name);
        let doc = format!(" {}: {}", ex.title, ex.docs);
        let typed = match &ex.typed {
            Ok(t) => t,
            Err(why) => {
                let msg = format!("the example does not fit the model: {why}");
                return toks! {
                    #[doc = #doc]
                    #[test]
                    fn #name() {
                        panic!(#msg);
                    }
                };
            }
        };
        let call = match &typed.input {
            Some(input) => {
                let input = literal::structure(input, &root);
                toks! {
                    let input = #input;
                    let result = client.#method(input).await;
                }
            }
            None => toks!(let result = client.#method().await;),
        };
        let input_json = ex.input.to_string();
        // The example's members that travel in the request body, by their JSON keys there (the others go
        // to the URI or headers, which the example does not spell out; a blob may be written as text).
        let body_keys: Vec<(String, String)> = match ex.input.as_object().filter(|_| json_body) {
            Some(members) => members
                .keys()
                .filter_map(|k| {
                    let f = input_fields.iter().find(|f| &f.member == k);
                    match f {
                        Some(f) if rest && !f.wire.location_in_request_body() => None,
                        Some(f) if matches!(f.ty, RustType::Blob | RustType::ByteStream) => None,
                        Some(f) if rest => Some((k.clone(), f.wire.json_name.clone().unwrap_or_else(|| k.clone()))),
                        _ => Some((k.clone(), k.clone())),
                    }
                })
                .collect(),
            None => Vec::new(),
        };
        let check_sent = if body_keys.is_empty() {
            toks! {
                transport.last_request().expect("the client sent a request");
            }
        } else {
            let checks = body_keys.iter().map(|(member, key)| {
                let why = format!("member {member} as the example says");
                toks!(assert_eq!(body.get(#key), example.get(#member), #why);)
            });
            toks! {
                let sent = transport.last_request().expect("the client sent a request");
                let body = sent.body_json().expect("the request body is JSON");
                let example: ::serde_json::Value = ::serde_json::from_str(#input_json).expect("example input is JSON");
                #(#checks)*
            }
        };
        let (respond, check) = match (&typed.expect, &ex.error) {
            (ExampleExpect::Error { variant, value }, Some(error)) => {
                let v = ident(variant);
                let code = &error.code;
                let expected = literal::structure(value, &root);
                (
                    toks! {
                        let expected = #expected;
                        transport.push(
                            crate::client::SERVICE.protocol.mock_response(400, &expected)
                                .expect("the example error can be framed")
                                .header("X-Amzn-Errortype", #code),
                        );
                    },
                    toks! {
                        match result {
                            ::std::result::Result::Err(super::#err::#v(e)) => assert_eq!(e, expected),
                            other => panic!("expected the example's error, got {other:?}"),
                        }
                    },
                )
            }
            (ExampleExpect::Output(Some(o)), _) => {
                let expected = literal::structure(o, &root);
                (
                    toks! {
                        let expected = #expected;
                        transport.push(
                            crate::client::SERVICE.protocol.mock_response(200, &expected)
                                .expect("the example output can be framed"),
                        );
                    },
                    toks!(assert_eq!(result.expect("the example call succeeds"), expected);),
                )
            }
            _ => (
                toks! {
                    transport.push(
                        crate::client::SERVICE.protocol.mock_response(200, &())
                            .expect("an empty output can be framed"),
                    );
                },
                toks!(result.expect("the example call succeeds");),
            ),
        };
        toks! {
            #[doc = #doc]
            #[tokio::test]
            async fn #name() {
                let transport = ::smithy_runtime::mock::MockTransport::new();
                #respond
                let client = crate::#client::new(::smithy_runtime::mock::config(transport.clone()).build());
                #call
                #check
                #check_sent
            }
        }
    });
    toks! {
        #[cfg(test)]
        mod examples {
            #(#tests)*
        }
    }
}

fn error_enum(service: &Service, op: &Operation) -> Code {
    let name = type_ident(&op.error_enum);
    let wire = &op.wire;
    let doc = format!(" Every way a call of `{wire}` can fail.");
    let variants = op.errors.iter().map(|e| {
        let v = ident(&e.variant);
        let t = type_ident(&e.type_name);
        let docs = doc_attrs(&e.docs);
        toks!(#docs #v(crate::types::#t),)
    });
    let pairs = op.errors.iter().map(|e| {
        let v = ident(&e.variant);
        let code = &e.code;
        match &e.query_code {
            Some(q) if q != code => toks!((#v, #code | #q)),
            _ => toks!((#v, #code)),
        }
    });
    let sdk = &service.sdk_id;
    let unmodeled_doc = format!(
        " An error that {sdk} returned and this model does not describe (code, message, request id and HTTP status are kept)."
    );
    toks! {
        #[doc = #doc]
        #[derive(Debug)]
        #[non_exhaustive]
        // A modeled error is as large as the model makes it; boxing it would make every match noisier.
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#variants)*
            #[doc = #unmodeled_doc]
            Unmodeled(::smithy_runtime::ServiceError),
            /// The input was rejected before anything was sent (a required member is missing, or a constraint
            /// failed while constraint checks are on).
            Validation(::smithy_runtime::ValidationError),
            /// The request could not be sent or its response could not be read: transport, timeout,
            /// credentials, endpoint resolution, or a malformed response.
            Dispatch(::smithy_runtime::DispatchError),
        }

        ::smithy_runtime::operation_error!(#name, [#(#pairs),*]);
    }
}

/// The operation's `HttpBinding`: `HttpBinding::RPC` for the RPC protocols, the split `@http` URI for the
/// REST ones; `@httpChecksumRequired` for both.
fn http_binding(service: &Service, op: &Operation) -> Code {
    let b = &op.binding;
    let parts = |parts: &[UriPart]| {
        let parts = parts.iter().map(|p| match p {
            UriPart::Literal(l) => toks!(::smithy_runtime::UriPart::Literal(#l)),
            UriPart::Label(i) => {
                let i = Lit::unsuffixed(*i);
                toks!(::smithy_runtime::UriPart::Label(#i))
            }
        });
        toks!(&[#(#parts),*])
    };
    let mut out = if service.protocol.is_rpc() {
        toks!(::smithy_runtime::HttpBinding::RPC)
    } else {
        let method = &b.method;
        let path = parts(&b.path);
        let code = Lit::unsuffixed(b.code);
        let mut out = toks!(::smithy_runtime::HttpBinding::new(#method, #path, #code));
        if !b.query.is_empty() {
            let q = &b.query;
            out = toks!(#out.query(#q));
        }
        out
    };
    if b.checksum_required {
        out = toks!(#out.checksum_required());
    }
    if let Some(c) = &b.checksum {
        let opt = |h: &Option<String>| match h {
            Some(h) => toks!(::core::option::Option::Some(#h)),
            None => toks!(::core::option::Option::None),
        };
        let algorithm = opt(&c.algorithm_header);
        let validation = opt(&c.validation_header);
        let required = c.required;
        let algorithms = &c.response_algorithms;
        out = toks!(#out.http_checksum(::smithy_runtime::HttpChecksum {
            algorithm_header: #algorithm,
            required: #required,
            validation_header: #validation,
            response_algorithms: &[#(#algorithms),*],
        }));
    }
    out
}

/// What a caller needs before the first call: the input type and which of its members `build()` insists on,
/// the output type and the error enum, each a link.
fn signature_doc(krate: &Crate, op: &Operation) -> String {
    let mut doc = String::new();
    if let Some(input) = &op.input {
        let required: Vec<String> = krate
            .types
            .iter()
            .find(|t| &t.name == input)
            .and_then(|t| match &t.kind {
                TypeKind::Struct(s) => Some(s),
                _ => None,
            })
            .map(|s| {
                s.fields
                    .iter()
                    .filter(|f| f.presence.must_be_set())
                    .map(|f| format!("`{}`", f.name))
                    .collect()
            })
            .unwrap_or_default();
        doc.push_str(&format!("Input: [`{input}`](crate::types::{input}), "));
        if required.is_empty() {
            doc.push_str("no member required.");
        } else {
            doc.push_str(&format!("required: {}.", required.join(", ")));
        }
    }
    if let Some(output) = &op.output {
        doc.push_str(&format!(" Output: [`{output}`](crate::types::{output})."));
    }
    doc.push_str(&format!(
        " Errors: [`{e}`](crate::operation::{e}).",
        e = op.error_enum
    ));
    doc
}

fn method(krate: &Crate, service: &Service, op: &Operation) -> Code {
    let client = type_ident(&krate.client);
    let method = ident(&op.method);
    let err = type_ident(&op.error_enum);
    let wire = &op.wire;
    let docs = doc_attrs(&op.docs);
    let dep = deprecated_attr(&op.deprecated);
    let retryable: Vec<&str> = op
        .errors
        .iter()
        .filter(|e| e.retryable)
        .map(|e| e.code.as_str())
        .collect();
    let compression = &op.request_compression;
    let auth = match op.auth {
        Auth::SigV4 => toks!(SigV4),
        Auth::Optional => toks!(Optional),
        Auth::None => toks!(None),
    };
    let output = match &op.output {
        Some(o) => {
            let o = type_ident(o);
            toks!(crate::types::#o)
        }
        None => toks!(()),
    };
    let (param, prepare, input) = match &op.input {
        Some(i) => {
            let i = type_ident(i);
            let token = op.idempotency_token.as_ref().map(|t| {
                let t = ident(t);
                toks! {
                    if input.#t.is_none() {
                        input.#t = ::std::option::Option::Some(self.handle.idempotency_token());
                    }
                }
            });
            let binding = if token.is_some() {
                toks!(mut input)
            } else {
                toks!(input)
            };
            (
                toks!(, #binding: crate::types::#i),
                toks! {
                    #token
                    input.validate(self.handle.config().validate_constraints()).map_err(#err::Validation)?;
                },
                toks!(&input),
            )
        }
        None => (Code::new(), Code::new(), toks!(&())),
    };
    let errors_doc = if op.errors.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = op
            .errors
            .iter()
            .map(|e| format!("[`{}`](crate::types::{})", e.code, e.type_name))
            .collect();
        format!(" Modeled errors: {}.", list.join(", "))
    };
    let errors_doc = doc_attrs(
        &[
            signature_doc(krate, op),
            errors_doc.trim_start().to_string(),
        ]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n"),
    );
    // An `@endpoint` host prefix is expanded from the input before the call; a label left empty fails it.
    let call = match &op.binding.host_prefix {
        Some(template) => {
            let labels = op.binding.host_labels.iter().map(|l| {
                let name = &l.label;
                let f = ident(&l.field);
                if l.optional {
                    toks!((#name, input.#f.as_deref()))
                } else {
                    toks!((#name, ::std::option::Option::Some(input.#f.as_str())))
                }
            });
            toks! {
                let host_prefix = ::smithy_runtime::expand_host_prefix(#template, &[#(#labels),*])
                    .map_err(#err::Validation)?;
                ::std::result::Result::Ok(
                    self.handle
                        .invoke_with_host_prefix::<#output>(&OPERATION, #input, ::std::option::Option::Some(host_prefix))
                        .await?,
                )
            }
        }
        None => {
            toks!(::std::result::Result::Ok(self.handle.invoke::<#output>(&OPERATION, #input).await?))
        }
    };
    let sep = (!op.docs.is_empty()).then(|| toks!(#[doc = ""]));
    let http = http_binding(service, op);
    let blocking_doc = format!(
        " Blocks until the call is done; see [`crate::{}::{}`].",
        krate.client, op.method
    );
    let (blocking_param, blocking_arg) = match &op.input {
        Some(i) => {
            let i = type_ident(i);
            (toks!(, input: crate::types::#i), toks!(input))
        }
        None => (Code::new(), Code::new()),
    };
    let endpoint_params = op.endpoint_params.iter().map(endpoint_param);
    let presign = op.presign.as_ref().map(|name| {
        let presign = ident(name);
        let doc = format!(
            " A presigned `{}` request: framed as [`{}`](crate::{}::{}) would send it and signed in its \
             query string (SigV4, `UNSIGNED-PAYLOAD`), not sent. Whoever has the URL can make this \
             request with any HTTP client (with the returned headers, and the body for an upload) until \
             `presigning` says it expires.",
            op.wire, op.method, krate.client, op.method
        );
        let blocking_args = [
            (!blocking_arg.is_empty()).then(|| blocking_arg.clone()),
            Some(toks!(presigning)),
        ]
        .into_iter()
        .flatten();
        let blocking_doc = format!(
            " Blocks until the request is presigned; see [`crate::{}::{}`].",
            krate.client, name
        );
        toks! {
            impl crate::#client {
                #[doc = #doc]
                pub async fn #presign(&self #param, presigning: ::smithy_runtime::PresigningConfig)
                    -> ::std::result::Result<::smithy_runtime::PresignedRequest, #err> {
                    #prepare
                    ::std::result::Result::Ok(self.handle.presign(&OPERATION, #input, presigning).await?)
                }
            }

            #[cfg(feature = "blocking")]
            impl crate::blocking::#client {
                #[doc = #blocking_doc]
                #[allow(clippy::result_large_err)]
                pub fn #presign(&self #blocking_param, presigning: ::smithy_runtime::PresigningConfig)
                    -> ::std::result::Result<::smithy_runtime::PresignedRequest, #err> {
                    ::smithy_runtime::block_on(self.inner.#presign(#(#blocking_args),*))
                }
            }
        }
    });
    toks! {
        static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
            name: #wire,
            retryable_errors: &[#(#retryable),*],
            http: #http,
            request_compression: &[#(#compression),*],
            endpoint_params: &[#(#endpoint_params),*],
            auth: ::smithy_runtime::Auth::#auth,
        };

        impl crate::#client {
            #docs
            #sep
            #errors_doc
            #dep
            pub async fn #method(&self #param) -> ::std::result::Result<#output, #err> {
                #prepare
                #call
            }
        }

        #[cfg(feature = "blocking")]
        impl crate::blocking::#client {
            #docs
            #sep
            #[doc = #blocking_doc]
            #dep
            // The same error type as the async method's, whose size clippy does not weigh there.
            #[allow(clippy::result_large_err)]
            pub fn #method(&self #blocking_param) -> ::std::result::Result<#output, #err> {
                ::smithy_runtime::block_on(self.inner.#method(#blocking_arg))
            }
        }

        #presign
    }
}

/// One `::smithy_runtime::endpoint::ContextParam` of an operation.
fn endpoint_param(p: &EndpointParam) -> Code {
    let name = &p.name;
    let source = match &p.source {
        EndpointSource::Static(v) => {
            let v = match v {
                StaticValue::Bool(b) => toks!(Bool(#b)),
                StaticValue::String(s) => toks!(String(#s)),
                StaticValue::StringArray(items) => toks!(StringArray(&[#(#items),*])),
            };
            toks!(Static(::smithy_runtime::endpoint::StaticValue::#v))
        }
        EndpointSource::Member { name, required } => {
            toks!(Member { name: #name, required: #required })
        }
        EndpointSource::Path(text) => toks!(Path(#text)),
    };
    toks! {
        ::smithy_runtime::endpoint::ContextParam {
            name: #name,
            source: ::smithy_runtime::endpoint::Source::#source,
        }
    }
}
