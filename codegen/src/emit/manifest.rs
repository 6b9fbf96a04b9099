//! The crate's frame: `Cargo.toml`, `lib.rs` and the module files that re-export each type.

use super::code::{Code, toks};

use super::{ident, inner_doc_attrs, type_ident};
use crate::ir::{Crate, Protocol, TypeKind};
use crate::settings::Settings;

/// `Cargo.toml` is TOML, not Rust: it is small and fixed, so it is written line by line.
pub fn cargo_toml(krate: &Crate, settings: &Settings) -> String {
    let description = match &krate.service {
        Some(s) => format!(
            "Rust client and types for {} ({}), generated from its Smithy model.",
            s.title, s.sdk_id
        ),
        None => "Rust types generated from a Smithy model.".to_string(),
    };
    let has_client = krate
        .service
        .as_ref()
        .is_some_and(|s| s.protocol.client_supported());
    let mut out = String::new();
    out.push_str(&generated_line(settings, "#"));
    out.push_str("[package]\n");
    out.push_str(&format!("name = {}\n", toml_str(&krate.package)));
    out.push_str(
        "version = \"0.1.0\"\nedition = \"2024\"\nrust-version = \"1.94\"\npublish = false\nlicense = \"Apache-2.0\"\n",
    );
    out.push_str(&format!("description = {}\n", toml_str(&description)));
    out.push_str("\n[dependencies]\n");
    out.push_str("serde = { version = \"1\", features = [\"derive\"], optional = true }\n");
    out.push_str(&format!(
        "smithy-runtime = {{ {}, default-features = false }}\n",
        settings.runtime_dependency
    ));
    out.push_str("\n[features]\n");
    out.push_str("# Every operation's types (and, with `client`, its method). Each operation also has a feature of its own\n");
    out.push_str("# that compiles only it and the shapes it reaches.\n");
    let ops: Vec<String> = krate
        .operations
        .iter()
        .map(|o| toml_str(&o.feature))
        .collect();
    out.push_str(&format!("full = [{}]\n", ops.join(", ")));
    for o in &krate.operations {
        let groups: Vec<String> = krate
            .shape_groups
            .iter()
            .filter(|(_, ops)| ops.contains(&o.feature))
            .map(|(g, _)| toml_str(g))
            .collect();
        out.push_str(&format!("{} = [{}]\n", o.feature, groups.join(", ")));
    }
    if !krate.shape_groups.is_empty() {
        out.push_str("# Internal: shapes shared by several operations, turned on by those operations' features.\n");
        for (g, _) in &krate.shape_groups {
            out.push_str(&format!("{g} = []\n"));
        }
    }
    out.push_str(
        "# serde `Serialize`/`Deserialize` on every public type, with the model's member names.\n",
    );
    out.push_str("serde = [\"dep:serde\", \"smithy-runtime/serde\"]\n");
    if has_client {
        out.push_str("default = [\"full\", \"default-https\"]\n");
        out.push_str("# The client without an HTTP stack: bring your own `HttpTransport`.\n");
        let protocol = krate.service.as_ref().map(|s| s.protocol);
        let cbor = protocol == Some(Protocol::RpcV2Cbor);
        let xml = matches!(
            protocol,
            Some(Protocol::AwsQuery | Protocol::Ec2Query | Protocol::RestXml)
        );
        let compression = krate
            .operations
            .iter()
            .any(|o| o.unsupported.is_none() && !o.request_compression.is_empty());
        let mut client = vec!["\"smithy-runtime/client\""];
        // The CBOR codec is compiled only into crates that speak it.
        if cbor {
            client.push("\"smithy-runtime/cbor\"");
        }
        // So is the XML codec (with the query form the query protocols send).
        if xml {
            client.push("\"smithy-runtime/xml\"");
        }
        if compression {
            out.push_str(
                "# gzip for the request bodies of the `@requestCompression` operations.\n",
            );
            client.push("\"smithy-runtime/compression\"");
        }
        out.push_str(&format!("client = [{}]\n", client.join(", ")));
        out.push_str("# The client with the built-in HTTPS transport (ureq + rustls).\n");
        out.push_str("default-https = [\"client\", \"smithy-runtime/default-https\"]\n");
        out.push_str("# `blocking::Client`: the same methods without `async`, for code without an async runtime.\n");
        out.push_str("blocking = [\"client\"]\n");
        out.push_str("\n[dev-dependencies]\n");
        out.push_str("serde_json = \"1\"\n");
        out.push_str("tokio = { version = \"1\", features = [\"macros\", \"rt\"] }\n");
        if !krate.protocol_tests.is_empty() || super::endpoint_tests::wanted(krate) {
            out.push_str("# The checks of tests/protocol_tests.rs and tests/endpoint_tests.rs (the model's compliance and endpoint tests).\n");
            out.push_str(&format!(
                "smithy-runtime = {{ {}, default-features = false, features = [\"protocol-test\"] }}\n",
                settings.runtime_dependency
            ));
        }
    } else {
        out.push_str("default = [\"full\"]\n");
        out.push_str("# No client is generated for this protocol yet; the feature exists so that builds can name it.\n");
        out.push_str("client = []\n");
    }
    if settings.standalone {
        out.push_str("\n[workspace]\n");
    }
    out
}

/// Generated files are laid out by the generator's printer and compared byte for byte with what it prints:
/// `cargo fmt` in a workspace that holds the crate must leave them alone.
pub fn rustfmt_toml(settings: &Settings) -> String {
    format!(
        "{}# The code is printed by the generator; rustfmt would only make it differ from the model's output.\n\
         disable_all_formatting = true\n",
        generated_line(settings, "#")
    )
}

/// The first line of every generated file, as a comment starting with `comment`.
pub fn generated_line(settings: &Settings, comment: &str) -> String {
    format!(
        "{comment} Generated by smithy-rs-native from {}. Do not edit: regenerate it from the model.\n",
        settings.source
    )
}

fn toml_str(s: &str) -> String {
    // A TOML basic string is a JSON string for everything a package name or description contains.
    serde_json::Value::String(s.to_string()).to_string()
}

/// The crate root's guide to the runtime types it re-exports, so they are links rather than names to search for.
const CONFIG_AND_ERRORS: &str = "
## Configuration and errors

- [`Config`] is what a [`Client`] is made with: [`Config::load`] reads the environment and the profile as \
the AWS SDKs do, [`Config::builder`] gives a [`ConfigBuilder`] whose settings (`region`, `endpoint_url`, \
`credentials`, `retry` with a [`RetryConfig`], `timeouts` with a [`TimeoutConfig`], `transport`, ...) win over \
both.
- Every operation returns its own error enum (in [`operation`]): a variant per modeled error, `Unmodeled` with \
a [`ServiceError`] (`code()`, `message()`, `request_id()`, `status()`), `Validation` with a \
[`ValidationError`] (the input was refused before sending) and `Dispatch` with a [`DispatchError`] (no \
response: connection, timeout, credentials).
- [`Error`] is any operation's error, for `?` across several calls: every operation error converts into \
it, keeping the code, message, request id and status, and gives the operation's error back with \
[`Error::downcast_ref`].
- [`mock`] holds the in-memory transport for tests, [`runtime`] the whole runtime this crate is built on.
";

pub fn lib_rs(krate: &Crate) -> Code {
    let mut doc = String::new();
    match &krate.service {
        Some(s) => {
            doc.push_str(&format!("# {}\n\n", s.title));
            if !s.docs.is_empty() {
                doc.push_str(&s.docs);
                doc.push_str("\n\n");
            }
            doc.push_str(&format!(
                "Generated from the Smithy model of `{}` (API version {}, protocol {}).\n",
                s.id,
                s.version,
                s.protocol.name()
            ));
            if let Some(note) = &s.protocol_note {
                doc.push('\n');
                doc.push_str(note);
                doc.push('\n');
            }
            if s.protocol.client_supported() {
                doc.push_str(
                    "\n## Cargo features\n\n\
                     - `full` (default): every operation and the shapes it uses.\n\
                     - one feature per operation, in kebab-case (`delete-backup`): only that operation and the \
                     shapes it reaches. Build with `default-features = false` and name the operations you call.\n\
                     - `client`: the `Client` without an HTTP stack; bring an `HttpTransport`.\n\
                     - `default-https` (default): `client` plus the built-in ureq + rustls transport.\n\
                     - `blocking`: `blocking::Client`, the same methods without `async`, \
                     callable from a plain `fn main`.\n\n\
                     Without `client` the crate is types only: no HTTP, signing or async runtime.\n",
                );
                if let Some(quick_start) = super::quick_start::markdown(krate, s) {
                    doc.push('\n');
                    doc.push_str(&quick_start);
                }
                doc.push_str(CONFIG_AND_ERRORS);
            }
            if !s.protocol.client_supported() {
                doc.push_str(&format!(
                    "\n**This crate has types only:** a client for the {} protocol is not supported yet, and \
                     none is generated rather than one that would send wrong requests.\n",
                    s.protocol.name()
                ));
            }
        }
        None => doc.push_str("Types generated from a Smithy model.\n"),
    }
    let has_client = krate
        .service
        .as_ref()
        .is_some_and(|s| s.protocol.client_supported());
    if has_client && krate.operations.iter().any(|o| !o.waiters.is_empty()) {
        doc.push_str(
            "\nThe `wait_until_*` methods return a [`Waited`] (the last result and the number of calls) or a \
             [`WaitError`] (a failure state, an unexpected error, or `max_wait` passed).\n",
        );
    }
    let presigns = has_client && krate.operations.iter().any(|o| o.presign.is_some());
    if presigns {
        doc.push_str(
            "\nThe `presign_*` methods take a [`PresigningConfig`] (how long the URL is valid) and return a \
             [`PresignedRequest`] (method, URL and the headers to send with it), sending nothing.\n",
        );
    }
    let wire_types = krate.runtime_types();
    if !wire_types.is_empty() {
        let links: Vec<String> = wire_types.iter().map(|n| format!("[`{n}`]")).collect();
        doc.push_str(&format!(
            "\n{}: the runtime's types that this crate's shapes hold, re-exported here so that every input can \
             be built with this crate alone.\n",
            links.join(", ")
        ));
    }
    let docs = inner_doc_attrs(&doc);
    let client = krate
        .service
        .as_ref()
        .filter(|s| s.protocol.client_supported())
        .map(|s| {
            let c = type_ident(&krate.client);
            let waiters = krate
                .operations
                .iter()
                .any(|o| !o.waiters.is_empty())
                .then(|| {
                    toks!(
                        #[cfg(feature = "client")]
                        pub use ::smithy_runtime::waiter::{WaitError, Waited};
                    )
                });
            let presigning = presigns.then(|| {
                toks!(
                    #[cfg(feature = "client")]
                    pub use ::smithy_runtime::{PresignedRequest, PresigningConfig};
                )
            });
            let endpoint = s.rules.is_some().then(|| {
                toks!(
                    #[cfg(feature = "client")]
                    mod endpoint;
                )
            });
            toks! {
                #[cfg(feature = "blocking")]
                pub mod blocking;
                #[cfg(feature = "client")]
                mod client;
                #[cfg(feature = "client")]
                pub use client::#c;
                /// The error type of each operation.
                #[cfg(feature = "client")]
                pub mod operation;
                #endpoint
                // No doc comments on re-exports: rustdoc would glue them onto the items' own docs. The crate
                // root's "Configuration and errors" section introduces them instead.
                #[cfg(feature = "client")]
                pub use ::smithy_runtime::{
                    Config, ConfigBuilder, Credentials, DispatchError, Error, RetryConfig,
                    ServiceError, TimeoutConfig, ValidationError,
                };
                #[cfg(feature = "client")]
                #[doc(no_inline)]
                pub use ::smithy_runtime::mock;
                #waiters
                #presigning
            }
        });
    let wire_types = (!wire_types.is_empty()).then(|| {
        let names = wire_types.iter().map(|n| ident(n));
        toks!(pub use ::smithy_runtime::types::{#(#names),*};)
    });
    toks! {
        #docs
        #![allow(deprecated)]

        pub mod types;
        #client
        #wire_types
        #[doc(no_inline)]
        pub use ::smithy_runtime as runtime;
    }
}

pub fn types_mod(krate: &Crate) -> Code {
    let items = krate.types.iter().map(|t| {
        let m = ident(&t.module);
        let name = type_ident(&t.name);
        let builder = match &t.kind {
            TypeKind::Struct(s) => {
                let b = type_ident(&s.builder);
                toks!(, #b)
            }
            _ => Code::new(),
        };
        let gate = t.gate.feature();
        let cfg = toks!(#[cfg(feature = #gate)]);
        toks! {
            #cfg
            mod #m;
            #cfg
            pub use #m::{#name #builder};
        }
    });
    toks! {
        //! Every structure, union and enum of the model, with the builders of the structures.
        #(#items)*
    }
}

pub fn operation_mod(krate: &Crate) -> Code {
    let items = krate
        .operations
        .iter()
        .filter(|o| o.unsupported.is_none())
        .map(|o| {
            let m = ident(&o.module);
            let e = type_ident(&o.error_enum);
            let f = &o.feature;
            let pages = o.pagination.iter().flat_map(|p| {
                std::iter::once(type_ident(&p.pages_type))
                    .chain(p.items_type.as_deref().map(type_ident))
            });
            toks! {
                #[cfg(feature = #f)]
                mod #m;
                #[cfg(feature = #f)]
                pub use #m::{#e #(, #pages)*};
            }
        });
    toks! {
        #(#items)*
    }
}
