//! The service's endpoint rule set, embedded as JSON for the runtime's rules engine, and its
//! `smithy.rules#endpointTests` as unit tests (one `#[test]` per case, each a call of the runtime's checker).

use super::code::{Code, Ident, toks};
use serde_json::Value;

use crate::ir::Service;

pub fn emit(service: &Service) -> Code {
    let rules = service.rules.as_deref().unwrap_or("{}");
    let tests: Vec<Code> = service
        .endpoint_tests
        .iter()
        .map(|t| {
            let name = Ident::new(t.name.as_str());
            let doc = format!(" {}", t.docs);
            let params = t.params.iter().map(|(k, v)| {
                let value = match v {
                    Value::Bool(b) => toks!(#b.into()),
                    Value::String(s) => toks!(#s.into()),
                    Value::Array(items) => {
                        let items = items.iter().filter_map(Value::as_str);
                        toks!(::std::vec![#(#items.to_owned()),*].into())
                    }
                    other => {
                        let s = other.to_string();
                        toks!(#s.into())
                    }
                };
                toks!((#k, #value))
            });
            let check = if let Some(msg) = t.expect.get("error").and_then(Value::as_str) {
                toks!(expect_error(&super::RULES, &[#(#params),*], #msg);)
            } else {
                let endpoint = t.expect.get("endpoint").cloned().unwrap_or(Value::Null);
                let url = endpoint.get("url").and_then(Value::as_str).unwrap_or("");
                let headers = endpoint
                    .get("headers")
                    .map(|h| h.to_string())
                    .unwrap_or_else(|| "{}".into());
                let properties = endpoint
                    .get("properties")
                    .map(|h| h.to_string())
                    .unwrap_or_else(|| "{}".into());
                toks!(expect_endpoint(&super::RULES, &[#(#params),*], #url, #headers, #properties);)
            };
            toks! {
                #[doc = #doc]
                #[test]
                fn #name() {
                    #check
                }
            }
        })
        .collect();
    let test_mod = (!tests.is_empty()).then(|| {
        toks! {
            #[cfg(test)]
            mod tests {
                use ::smithy_runtime::endpoint::testing::{expect_endpoint, expect_error};

                #(#tests)*
            }
        }
    });
    toks! {
        /// The rule set from the model, parsed on first use.
        pub(crate) static RULES: ::smithy_runtime::endpoint::LazyRuleSet =
            ::smithy_runtime::endpoint::LazyRuleSet::new(#rules);

        #test_mod
    }
}
