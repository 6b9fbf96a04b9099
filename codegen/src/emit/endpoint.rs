//! The service's endpoint rule set, embedded as JSON for the runtime's rules engine, and its
//! `smithy.rules#endpointTests` as unit tests.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::ir::Service;

pub fn emit(service: &Service) -> TokenStream {
    let rules = service.rules.as_deref().unwrap_or("{}");
    let tests = service.endpoint_tests.iter().map(|t| {
        let name = format_ident!("{}", t.name);
        let doc = &t.docs;
        let params = t.params.iter().map(|(k, v)| {
            let value = match v {
                Value::Bool(b) => quote!(::smithy_runtime::endpoint::Value::Bool(#b)),
                Value::String(s) => quote!(::smithy_runtime::endpoint::Value::String(#s.to_owned())),
                Value::Array(items) => {
                    let items = items.iter().filter_map(Value::as_str);
                    quote!(::smithy_runtime::endpoint::Value::StringArray(::std::vec![#(#items.to_owned()),*]))
                }
                other => {
                    let s = other.to_string();
                    quote!(::smithy_runtime::endpoint::Value::String(#s.to_owned()))
                }
            };
            quote!(params.insert(#k.to_owned(), #value);)
        });
        let check = if let Some(msg) = t.expect.get("error").and_then(Value::as_str) {
            quote! {
                let err = resolved.expect_err("the rule set must reject these parameters");
                assert_eq!(err.message(), #msg);
            }
        } else {
            let endpoint = t.expect.get("endpoint").cloned().unwrap_or(Value::Null);
            let url = endpoint.get("url").and_then(Value::as_str).unwrap_or("");
            let headers = endpoint.get("headers").map(|h| h.to_string()).unwrap_or_else(|| "{}".into());
            let properties = endpoint.get("properties").map(|h| h.to_string()).unwrap_or_else(|| "{}".into());
            quote! {
                let endpoint = resolved.expect("the rule set must resolve these parameters");
                assert_eq!(endpoint.url, #url);
                let headers: ::serde_json::Value = ::serde_json::from_str(#headers).expect("test data is JSON");
                assert_eq!(::serde_json::to_value(&endpoint.headers).expect("headers are JSON"), headers);
                let properties: ::serde_json::Value = ::serde_json::from_str(#properties).expect("test data is JSON");
                assert_eq!(::serde_json::Value::Object(endpoint.properties.clone()), properties);
            }
        };
        let binding = if t.params.is_empty() { quote!(params) } else { quote!(mut params) };
        quote! {
            #[doc = #doc]
            #[test]
            fn #name() {
                let #binding = ::smithy_runtime::endpoint::Params::new();
                #(#params)*
                let resolved = super::RULES.get().expect("the embedded rule set parses").resolve(&params);
                #check
            }
        }
    });
    quote! {
        /// The rule set from the model, parsed on first use.
        pub(crate) static RULES: ::smithy_runtime::endpoint::LazyRuleSet =
            ::smithy_runtime::endpoint::LazyRuleSet::new(#rules);

        #[cfg(test)]
        mod tests {
            #(#tests)*
        }
    }
}
