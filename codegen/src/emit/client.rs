//! The client type: one per service, holding the runtime handle; its methods live with their operations.

use super::code::{Code, toks};

use super::{doc_attrs, type_ident};
use crate::ir::{Crate, Customization, Protocol, Service};

pub fn emit(krate: &Crate, service: &Service) -> Code {
    let client = type_ident(&krate.client);
    let sdk_id = &service.sdk_id;
    let target_prefix = &service.name;
    let protocol = match service.protocol {
        Protocol::AwsJson1_0 => toks!(::smithy_runtime::protocol::AWS_JSON_1_0),
        Protocol::RpcV2Cbor => toks!(::smithy_runtime::protocol::RPC_V2_CBOR),
        Protocol::RestJson1 => toks!(::smithy_runtime::protocol::REST_JSON_1),
        Protocol::AwsQuery => toks!(::smithy_runtime::protocol::AWS_QUERY),
        Protocol::Ec2Query => toks!(::smithy_runtime::protocol::EC2_QUERY),
        Protocol::RestXml => toks!(PROTOCOL),
        _ => toks!(::smithy_runtime::protocol::AWS_JSON_1_1),
    };
    let customizations = service.customizations.iter().map(|c| match c {
        Customization::Header(name, value) => {
            toks!(::smithy_runtime::Customization::Header(#name, #value))
        }
        Customization::DefaultLabel(member, value) => {
            toks!(::smithy_runtime::Customization::DefaultLabel(#member, #value))
        }
        Customization::GlacierChecksums => {
            toks!(::smithy_runtime::Customization::GlacierChecksums)
        }
        Customization::ErrorsIn200 => toks!(::smithy_runtime::Customization::ErrorsIn200),
        Customization::NotFoundWithoutBody => {
            toks!(::smithy_runtime::Customization::NotFoundWithoutBody)
        }
    });
    let signing_name = service
        .signing_name
        .as_deref()
        .unwrap_or(&service.endpoint_prefix);
    let endpoint_prefix = &service.endpoint_prefix;
    let version = &service.version;
    let query_compatible = service.aws_query_compatible;
    let rules = if service.rules.is_some() {
        toks!(::std::option::Option::Some(&crate::endpoint::RULES))
    } else {
        toks!(::std::option::Option::None)
    };
    let unsupported: Vec<String> = krate
        .operations
        .iter()
        .filter_map(|o| {
            o.unsupported
                .as_ref()
                .map(|why| format!("- `{}`: {why}.", o.wire))
        })
        .collect();
    let unsupported_doc = if unsupported.is_empty() {
        Code::new()
    } else {
        doc_attrs(&format!(
            "\nThese operations have no method yet, because the client would send wrong requests:\n\n{}",
            unsupported.join("\n")
        ))
    };
    let context_doc = if service.client_context_params.is_empty() {
        Code::new()
    } else {
        let list: Vec<String> = service
            .client_context_params
            .iter()
            .map(|p| {
                let example = if p.kind == "boolean" {
                    "true"
                } else {
                    "\"...\""
                };
                let docs = p.docs.split_whitespace().collect::<Vec<_>>().join(" ");
                format!(
                    "- `.client_context_param(\"{}\", {example})`: {docs}",
                    p.name
                )
            })
            .collect();
        doc_attrs(&format!(
            "\nThe endpoint parameters of this service that the configuration may set \
             ([`ConfigBuilder::client_context_param`](::smithy_runtime::ConfigBuilder::client_context_param)); \
             what an operation binds from its input wins over them:\n\n{}",
            list.join("\n")
        ))
    };
    let doc = format!(
        " A client for {sdk_id}: one `async` method per operation.\n\n \
         It is cheap to clone (the configuration is shared). Calls go through the configured transport: \
         the default HTTPS one, or any [`HttpTransport`](::smithy_runtime::HttpTransport) such as \
         [`MockTransport`](::smithy_runtime::mock::MockTransport) in tests."
    );
    // restXml carries the service's namespace and error wrapping, so each crate has its own.
    let protocol_static = (service.protocol == Protocol::RestXml).then(|| {
        let mut p = toks!(::smithy_runtime::protocol::RestXml::new());
        if let Some((uri, prefix)) = &service.xml_namespace {
            let prefix = match prefix {
                Some(p) => toks!(::std::option::Option::Some(#p)),
                None => toks!(::std::option::Option::None),
            };
            p = toks!(#p.namespace(#uri, #prefix));
        }
        if service.no_error_wrapping {
            p = toks!(#p.no_error_wrapping());
        }
        toks!(static PROTOCOL: ::smithy_runtime::protocol::RestXml = #p;)
    });
    toks! {
        #protocol_static

        pub(crate) static SERVICE: ::smithy_runtime::ServiceMeta = ::smithy_runtime::ServiceMeta {
            sdk_id: #sdk_id,
            target_prefix: #target_prefix,
            protocol: &#protocol,
            signing_name: #signing_name,
            endpoint_prefix: #endpoint_prefix,
            api_version: #version,
            aws_query_compatible: #query_compatible,
            customizations: &[#(#customizations),*],
            endpoint_rules: #rules,
        };

        #[doc = #doc]
        #context_doc
        #unsupported_doc
        #[derive(Clone, Debug)]
        pub struct #client {
            pub(crate) handle: ::smithy_runtime::Handle,
        }

        impl #client {
            /// A client with this configuration.
            pub fn new(config: ::smithy_runtime::Config) -> Self {
                Self { handle: ::smithy_runtime::Handle::new(&SERVICE, config) }
            }

            /// A client configured the way the AWS SDKs find it: environment variables, then the
            /// shared config and credentials files (`aws configure`, `AWS_PROFILE`), with the default
            /// credential chain. See [`Config::from_env`](::smithy_runtime::Config::from_env).
            pub fn from_env() -> Self {
                Self::new(::smithy_runtime::Config::from_env())
            }

            /// The configuration the client was made with.
            pub fn config(&self) -> &::smithy_runtime::Config {
                self.handle.config()
            }
        }
    }
}

/// `blocking::Client`: the async client run to completion on the caller's thread, method by method (each
/// operation's file adds its own, next to the async one).
pub fn emit_blocking(krate: &Crate, service: &Service) -> Code {
    let client = type_ident(&krate.client);
    let doc = format!(
        " A client for {} whose methods block the calling thread until the call is done: the same \
         methods as [`crate::{}`], with the same inputs, outputs and errors, and no async runtime needed.",
        service.sdk_id, krate.client
    );
    toks! {
        //! The blocking client (feature `blocking`).

        #[doc = #doc]
        #[derive(Clone, Debug)]
        pub struct #client {
            pub(crate) inner: crate::#client,
        }

        impl #client {
            /// A client with this configuration.
            pub fn new(config: ::smithy_runtime::Config) -> Self {
                Self { inner: crate::#client::new(config) }
            }

            /// A client configured from the environment and the profile, as the async client's
            /// `from_env`.
            pub fn from_env() -> Self {
                Self { inner: crate::#client::from_env() }
            }

            /// The configuration the client was made with.
            pub fn config(&self) -> &::smithy_runtime::Config {
                self.inner.config()
            }

            /// The async client behind this one (they share the configuration).
            pub fn as_async(&self) -> &crate::#client {
                &self.inner
            }
        }

        impl ::std::convert::From<crate::#client> for #client {
            fn from(inner: crate::#client) -> Self {
                Self { inner }
            }
        }
    }
}
