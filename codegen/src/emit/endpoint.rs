//! The service's endpoint rule set, embedded as JSON for the runtime's rules engine, and its
//! `smithy.rules#endpointTests` as unit tests (one `#[test]` per case, each a call of a shared checker).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::ir::Service;

pub fn emit(service: &Service) -> TokenStream {
    let rules = service.rules.as_deref().unwrap_or("{}");
    let tests: Vec<TokenStream> = service
        .endpoint_tests
        .iter()
        .map(|t| {
            let name = format_ident!("{}", t.name);
            let doc = format!(" {}", t.docs);
            let params = t.params.iter().map(|(k, v)| {
                let value = match v {
                    Value::Bool(b) => quote!(#b.into()),
                    Value::String(s) => quote!(#s.into()),
                    Value::Array(items) => {
                        let items = items.iter().filter_map(Value::as_str);
                        quote!(::std::vec![#(#items.to_owned()),*].into())
                    }
                    other => {
                        let s = other.to_string();
                        quote!(#s.into())
                    }
                };
                quote!((#k, #value))
            });
            let check = if let Some(msg) = t.expect.get("error").and_then(Value::as_str) {
                quote!(expect_error(&[#(#params),*], #msg);)
            } else {
                let endpoint = t.expect.get("endpoint").cloned().unwrap_or(Value::Null);
                let url = endpoint.get("url").and_then(Value::as_str).unwrap_or("");
                let headers = endpoint.get("headers").map(|h| h.to_string()).unwrap_or_else(|| "{}".into());
                let properties = endpoint.get("properties").map(|h| h.to_string()).unwrap_or_else(|| "{}".into());
                quote!(expect_endpoint(&[#(#params),*], #url, #headers, #properties);)
            };
            quote! {
                #[doc = #doc]
                #[test]
                fn #name() {
                    #check
                }
            }
        })
        .collect();
    let test_mod = (!tests.is_empty()).then(|| {
        quote! {
            #[cfg(test)]
            mod tests {
                use ::smithy_runtime::endpoint::{Endpoint, Params, ResolveError, Value};

                fn resolve(params: &[(&str, Value)]) -> ::std::result::Result<Endpoint, ResolveError> {
                    let params: Params = params.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
                    super::RULES.get().expect("the embedded rule set parses").resolve(&params)
                }

                /// The parameters resolve to this URL, these headers and these properties (JSON).
                fn expect_endpoint(params: &[(&str, Value)], url: &str, headers: &str, properties: &str) {
                    let endpoint = resolve(params).expect("the rule set must resolve these parameters");
                    assert_eq!(endpoint.url, url);
                    let headers: ::serde_json::Value = ::serde_json::from_str(headers).expect("test data is JSON");
                    assert_eq!(::serde_json::to_value(&endpoint.headers).expect("headers are JSON"), headers);
                    let properties: ::serde_json::Value =
                        ::serde_json::from_str(properties).expect("test data is JSON");
                    assert_eq!(::serde_json::Value::Object(endpoint.properties), properties);
                }

                /// The rule set rejects the parameters with exactly this message.
                fn expect_error(params: &[(&str, Value)], message: &str) {
                    let err = resolve(params).expect_err("the rule set must reject these parameters");
                    assert_eq!(err.message(), message);
                }

                #(#tests)*
            }
        }
    });
    quote! {
        /// The rule set from the model, parsed on first use.
        pub(crate) static RULES: ::smithy_runtime::endpoint::LazyRuleSet =
            ::smithy_runtime::endpoint::LazyRuleSet::new(#rules);

        #test_mod
    }
}
