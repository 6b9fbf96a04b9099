//! Behaviour of the rules engine on small hand-written rule sets: scoping, rule kinds, errors,
//! built-in binding, and robustness against malformed documents.
#![cfg(feature = "endpoints")]

use serde_json::{Value as Json, json};
use smithy_runtime::endpoint::{
    BuiltIns, LazyRuleSet, Params, ResolveError, RuleSet, RuleSetError, Value,
};

fn rules(doc: Json) -> RuleSet {
    RuleSet::from_value(&doc).unwrap_or_else(|e| panic!("{e}"))
}

fn params(pairs: &[(&str, Value)]) -> Params {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

fn region_rules() -> RuleSet {
    rules(json!({
        "version": "1.0",
        "parameters": {
            "Region": {"type": "String", "builtIn": "AWS::Region", "documentation": "r"},
            "UseFIPS": {"type": "Boolean", "builtIn": "AWS::UseFIPS", "required": true, "default": false, "documentation": "f"},
            "Endpoint": {"type": "String", "builtIn": "SDK::Endpoint", "documentation": "e"}
        },
        "rules": [
            {"type": "tree", "conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}], "rules": [
                {"type": "error", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
                 "error": "Invalid Configuration: FIPS and custom endpoint are not supported"},
                {"type": "endpoint", "conditions": [], "endpoint": {"url": {"ref": "Endpoint"}}}
            ]},
            {"type": "tree", "conditions": [
                {"fn": "isSet", "argv": [{"ref": "Region"}]},
                {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}
            ], "rules": [
                {"type": "endpoint",
                 "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
                 "endpoint": {
                    "url": "https://svc-fips.{Region}.{P#dnsSuffix}",
                    "headers": {"x-partition": ["{P#name}", "static"]},
                    "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{Region}", "disableDoubleEncoding": true}]}
                 }},
                {"type": "endpoint", "conditions": [], "endpoint": {"url": "https://svc.{Region}.{P#dnsSuffix}"}}
            ]},
            {"type": "error", "conditions": [], "error": "Invalid Configuration: Missing Region"}
        ]
    }))
}

#[test]
fn endpoint_headers_and_properties_are_templated() {
    let r = region_rules();
    let ep = r
        .resolve(&params(&[
            ("Region", "cn-north-1".into()),
            ("UseFIPS", true.into()),
        ]))
        .unwrap();
    assert_eq!(ep.url, "https://svc-fips.cn-north-1.amazonaws.com.cn");
    assert_eq!(ep.headers["x-partition"], ["aws-cn", "static"]);
    assert_eq!(
        Json::Object(ep.properties),
        json!({"authSchemes": [{"name": "sigv4", "signingRegion": "cn-north-1", "disableDoubleEncoding": true}]})
    );
    let ep = r
        .resolve(&params(&[("Region", "us-west-2".into())]))
        .unwrap();
    assert_eq!(ep.url, "https://svc.us-west-2.amazonaws.com");
    assert!(ep.headers.is_empty() && ep.properties.is_empty());
}

#[test]
fn error_rules_carry_their_message() {
    let r = region_rules();
    let err = r
        .resolve(&params(&[
            ("Endpoint", "https://x".into()),
            ("UseFIPS", true.into()),
        ]))
        .unwrap_err();
    assert_eq!(
        err,
        ResolveError::Rule {
            message: "Invalid Configuration: FIPS and custom endpoint are not supported".into()
        }
    );
    assert!(err.to_string().contains("FIPS and custom endpoint"));
    assert_eq!(
        r.resolve(&Params::new()).unwrap_err().message(),
        "Invalid Configuration: Missing Region"
    );
}

#[test]
fn bind_fills_built_ins_and_extra_wins() {
    let r = region_rules();
    let b = BuiltIns {
        region: Some("us-east-1".into()),
        use_fips: true,
        ..BuiltIns::default()
    };
    let p = r.bind(&b, Params::new());
    assert_eq!(p.get("Region"), Some(&Value::from("us-east-1")));
    assert_eq!(p.get("UseFIPS"), Some(&Value::Bool(true)));
    assert_eq!(p.get("Endpoint"), None);
    assert_eq!(
        r.resolve(&p).unwrap().url,
        "https://svc-fips.us-east-1.amazonaws.com"
    );
    let p = r.bind(&b, params(&[("Region", "eu-west-1".into())]));
    assert_eq!(p.get("Region"), Some(&Value::from("eu-west-1")));
    let b = BuiltIns {
        endpoint: Some("http://localhost:4566".into()),
        ..BuiltIns::default()
    };
    assert_eq!(
        r.resolve(&r.bind(&b, Params::new())).unwrap().url,
        "http://localhost:4566"
    );
}

#[test]
fn required_and_typed_parameters() {
    let r = rules(json!({
        "version": "1.0",
        "parameters": {"Name": {"type": "string", "required": true, "documentation": "n"}},
        "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://{Name}.example.com"}}]
    }));
    assert_eq!(
        r.resolve(&Params::new()).unwrap_err(),
        ResolveError::MissingParameter {
            name: "Name".into()
        }
    );
    assert!(matches!(
        r.resolve(&params(&[("Name", true.into())])).unwrap_err(),
        ResolveError::InvalidParameter { .. }
    ));
    assert_eq!(
        r.resolve(&params(&[("Name", "a".into())])).unwrap().url,
        "https://a.example.com"
    );
    assert_eq!(r.parameters()[0].name, "Name");
    assert!(r.parameters()[0].required);
}

#[test]
fn tree_exhaustion_is_final_and_no_match_is_an_error() {
    let r = rules(json!({
        "version": "1.0",
        "parameters": {"A": {"type": "Boolean", "documentation": "a"}},
        "rules": [
            {"type": "tree", "conditions": [{"fn": "isSet", "argv": [{"ref": "A"}]}], "rules": [
                {"type": "endpoint", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "A"}, true]}],
                 "endpoint": {"url": "https://a"}}
            ]},
            {"type": "endpoint", "conditions": [{"fn": "not", "argv": [{"fn": "isSet", "argv": [{"ref": "A"}]}]}],
             "endpoint": {"url": "https://unset"}}
        ]
    }));
    assert_eq!(
        r.resolve(&params(&[("A", true.into())])).unwrap().url,
        "https://a"
    );
    // The tree was selected, so the later rule is not tried.
    assert_eq!(
        r.resolve(&params(&[("A", false.into())])).unwrap_err(),
        ResolveError::NoRuleMatched
    );
    assert_eq!(r.resolve(&Params::new()).unwrap().url, "https://unset");
}

#[test]
fn assign_scopes_and_version_1_1_functions() {
    let r = rules(json!({
        "version": "1.1",
        "parameters": {
            "Bucket": {"type": "String", "documentation": "b"},
            "Fips": {"type": "Boolean", "documentation": "f"},
            "Arns": {"type": "stringArray", "documentation": "a"}
        },
        "rules": [
            {"type": "endpoint", "conditions": [
                {"fn": "isSet", "argv": [{"ref": "Bucket"}]},
                {"fn": "split", "argv": [{"ref": "Bucket"}, "--", 0], "assign": "parts"},
                {"fn": "getAttr", "argv": [{"ref": "parts"}, "[-1]"], "assign": "last"},
                {"fn": "ite", "argv": [{"fn": "coalesce", "argv": [{"ref": "Fips"}, false]}, "-fips", ""], "assign": "sfx"}
            ], "endpoint": {"url": "https://s3{sfx}.{last}.example.com/{parts#[0]}"}},
            {"type": "endpoint", "conditions": [
                {"fn": "getAttr", "argv": [{"ref": "Arns"}, "[0]"], "assign": "first"},
                {"fn": "aws.parseArn", "argv": [{"ref": "first"}], "assign": "arn"}
            ], "endpoint": {"url": "https://{arn#service}.{arn#region}.example.com/{arn#resourceId[1]}"}},
            {"type": "error", "conditions": [], "error": "nothing"}
        ]
    }));
    let ep = r
        .resolve(&params(&[("Bucket", "--x-s3--use1-az4".into())]))
        .unwrap();
    assert_eq!(ep.url, "https://s3.use1-az4.example.com/");
    let ep = r
        .resolve(&params(&[("Bucket", "a--b".into()), ("Fips", true.into())]))
        .unwrap();
    assert_eq!(ep.url, "https://s3-fips.b.example.com/a");
    let arns = Value::StringArray(vec!["arn:aws:dynamodb:us-east-1:333:table/t1".into()]);
    let ep = r.resolve(&params(&[("Arns", arns)])).unwrap();
    assert_eq!(ep.url, "https://dynamodb.us-east-1.example.com/t1");
    let err = r
        .resolve(&params(&[("Arns", Value::StringArray(vec![]))]))
        .unwrap_err();
    assert_eq!(err.message(), "nothing");
}

fn rule_set_error(doc: Json) -> RuleSetError {
    RuleSet::from_value(&doc).expect_err("rule set should be rejected")
}

#[test]
fn malformed_rule_sets_name_the_json_path() {
    let base = |rule: Json| json!({"version": "1.0", "parameters": {"R": {"type": "String", "documentation": "r"}}, "rules": [rule]});
    let e = rule_set_error(base(
        json!({"type": "endpoint", "conditions": [{"fn": "frobnicate", "argv": []}], "endpoint": {"url": "x"}}),
    ));
    assert_eq!(e.path, "$.rules[0].conditions[0].fn");
    assert!(e.message.contains("unsupported function `frobnicate`"));
    let e = rule_set_error(base(
        json!({"type": "endpoint", "conditions": [], "endpoint": {"url": "https://{Nope}"}}),
    ));
    assert_eq!(e.path, "$.rules[0].endpoint.url");
    let e = rule_set_error(base(
        json!({"type": "endpoint", "conditions": [{"fn": "isSet", "argv": []}], "endpoint": {"url": "x"}}),
    ));
    assert_eq!(e.path, "$.rules[0].conditions[0].argv");
    let e = rule_set_error(base(json!({"type": "wat", "conditions": []})));
    assert_eq!(e.path, "$.rules[0].type");
    let e = rule_set_error(base(json!({"type": "tree", "conditions": []})));
    assert_eq!(e.path, "$.rules[0].rules");
    // A variable is visible only inside the rule that assigns it.
    let e = rule_set_error(
        json!({"version": "1.0", "parameters": {"R": {"type": "String", "documentation": "r"}}, "rules": [
            {"type": "endpoint", "conditions": [{"fn": "aws.partition", "argv": [{"ref": "R"}], "assign": "P"}], "endpoint": {"url": "x"}},
            {"type": "endpoint", "conditions": [], "endpoint": {"url": "{P#name}"}}
        ]}),
    );
    assert_eq!(e.path, "$.rules[1].endpoint.url");
    let e = rule_set_error(
        json!({"version": "1.0", "parameters": {"R": {"type": "Strin", "documentation": "r"}}, "rules": []}),
    );
    assert_eq!(e.path, "$.parameters.R.type");
    let e = RuleSet::from_json("{not json").unwrap_err();
    assert_eq!(e.path, "$");
}

#[test]
fn lazy_rule_set_parses_once_and_keeps_errors() {
    static GOOD: LazyRuleSet = LazyRuleSet::new(
        r#"{"version":"1.0","parameters":{},"rules":[{"type":"endpoint","conditions":[],"endpoint":{"url":"https://x"}}]}"#,
    );
    static BAD: LazyRuleSet = LazyRuleSet::new("[]");
    let a = GOOD.get().unwrap();
    let b = GOOD.get().unwrap();
    assert!(std::ptr::eq(a, b));
    assert_eq!(a.resolve(&Params::new()).unwrap().url, "https://x");
    assert_eq!(BAD.get().unwrap_err().path, "$");
}

/// Deterministic mutations of a real rule set (wrong types, removed keys, swapped values) must
/// each end in `Ok` or `Err`, never a panic, both when parsing and when resolving.
#[test]
fn mutated_rule_sets_never_panic() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/models/aws/fsx.json"
    );
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("shared model {path} missing ({e}); this test needs ../shared"));
    let model: Json = serde_json::from_str(&text).unwrap();
    let rule_set = model["shapes"]
        .as_object()
        .and_then(|s| {
            s.values()
                .find_map(|v| v["traits"].get("smithy.rules#endpointRuleSet"))
        })
        .expect("fsx has an endpoint rule set")
        .clone();
    let mut nodes = Vec::new();
    collect_pointers(&rule_set, String::new(), &mut nodes);
    let replacements = [
        json!(null),
        json!(true),
        json!(7),
        json!("{Region"),
        json!([]),
        json!({}),
        json!({"ref": "Nope"}),
    ];
    let inputs = [
        Params::new(),
        params(&[
            ("Region", "us-east-1".into()),
            ("UseFIPS", true.into()),
            ("UseDualStack", true.into()),
        ]),
        params(&[("Region", "".into()), ("Endpoint", "not a url".into())]),
    ];
    let (mut parsed, mut rejected) = (0, 0);
    for (i, pointer) in nodes.iter().enumerate() {
        let mut doc = rule_set.clone();
        if let Some(slot) = doc.pointer_mut(pointer) {
            *slot = replacements[i % replacements.len()].clone();
        }
        match RuleSet::from_value(&doc) {
            Ok(r) => {
                parsed += 1;
                for p in &inputs {
                    let _ = r.resolve(p);
                }
            }
            Err(e) => {
                rejected += 1;
                assert!(e.path.starts_with('$'), "{e}");
            }
        }
    }
    assert!(
        parsed > 0 && rejected > 0,
        "parsed {parsed}, rejected {rejected}"
    );
}

fn collect_pointers(v: &Json, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Json::Object(m) => m
            .iter()
            .for_each(|(k, v)| collect_pointers(v, format!("{at}/{k}"), out)),
        Json::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| collect_pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// Evaluates one condition expression against `params`: the URL is `yes` when it holds.
fn holds(expr: Json, ps: &[(&str, Value)]) -> Result<bool, ResolveError> {
    let r = rules(json!({
        "version": "1.1",
        "parameters": {
            "S": {"type": "String", "documentation": "s"},
            "B": {"type": "Boolean", "documentation": "b"},
            "L": {"type": "stringArray", "documentation": "l"}
        },
        "rules": [
            {"type": "endpoint", "conditions": [expr], "endpoint": {"url": "yes"}},
            {"type": "endpoint", "conditions": [], "endpoint": {"url": "no"}}
        ]
    }));
    r.resolve(&params(ps)).map(|e| e.url == "yes")
}

#[test]
fn function_semantics() {
    let s = |v: &str| ("S", Value::from(v));
    // isSet looks at presence only, not truthiness.
    assert!(
        holds(
            json!({"fn": "isSet", "argv": [{"ref": "B"}]}),
            &[("B", false.into())]
        )
        .unwrap()
    );
    assert!(!holds(json!({"fn": "isSet", "argv": [{"ref": "B"}]}), &[]).unwrap());
    // An unset argument makes a strict function unset, so the condition fails without an error.
    assert!(
        !holds(
            json!({"fn": "stringEquals", "argv": [{"ref": "S"}, "x"]}),
            &[]
        )
        .unwrap()
    );
    assert!(
        holds(
            json!({"fn": "stringEquals", "argv": [{"ref": "S"}, "x"]}),
            &[s("x")]
        )
        .unwrap()
    );
    assert!(
        holds(
            json!({"fn": "not", "argv": [{"fn": "booleanEquals", "argv": [{"ref": "B"}, true]}]}),
            &[("B", false.into())]
        )
        .unwrap()
    );
    // coalesce returns the first set value even when it is `false`.
    let c = json!({"fn": "booleanEquals", "argv": [{"fn": "coalesce", "argv": [{"ref": "B"}, true]}, false]});
    assert!(holds(c.clone(), &[("B", false.into())]).unwrap());
    assert!(!holds(c, &[]).unwrap());
    // Negative getAttr indexes count from the end; out of range is unset.
    let last_is = |want: &str| json!({"fn": "stringEquals", "argv": [{"fn": "getAttr", "argv": [{"ref": "L"}, "[-1]"]}, want]});
    let l = ("L", Value::StringArray(vec!["a".into(), "b".into()]));
    assert!(holds(last_is("b"), std::slice::from_ref(&l)).unwrap());
    assert!(
        !holds(
            json!({"fn": "isSet", "argv": [{"fn": "getAttr", "argv": [{"ref": "L"}, "[2]"]}]}),
            &[l]
        )
        .unwrap()
    );
    // substring/uriEncode/isValidHostLabel/parseURL through the evaluator.
    let sub = json!({"fn": "stringEquals", "argv": [{"fn": "substring", "argv": [{"ref": "S"}, 0, 4, true]}, "-az1"]});
    assert!(holds(sub.clone(), &[s("bucket--use1-az1")]).unwrap());
    assert!(!holds(sub, &[s("az1")]).unwrap());
    assert!(holds(json!({"fn": "stringEquals", "argv": [{"fn": "uriEncode", "argv": [{"ref": "S"}]}, "a%2Fb"]}), &[s("a/b")]).unwrap());
    assert!(
        holds(
            json!({"fn": "isValidHostLabel", "argv": [{"ref": "S"}, true]}),
            &[s("a.b-c")]
        )
        .unwrap()
    );
    let is_ip =
        json!({"fn": "getAttr", "argv": [{"fn": "parseURL", "argv": [{"ref": "S"}]}, "isIp"]});
    assert!(holds(is_ip.clone(), &[s("http://10.0.0.1:8080")]).unwrap());
    assert!(!holds(is_ip, &[s("http://example.com?q")]).unwrap());
    assert!(
        holds(
            json!({"fn": "aws.isVirtualHostableS3Bucket", "argv": [{"ref": "S"}, false]}),
            &[s("my-bucket")]
        )
        .unwrap()
    );
    // A type error is reported with the JSON path of the call, not a panic.
    let err = holds(
        json!({"fn": "stringEquals", "argv": [{"ref": "B"}, "x"]}),
        &[("B", true.into())],
    )
    .unwrap_err();
    match err {
        ResolveError::Evaluation { path, message } => {
            assert_eq!(path, "$.rules[0].conditions[0]");
            assert!(message.contains("must be a string"), "{message}");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn absurdly_deep_documents_are_rejected_not_overflowed() {
    let mut expr = json!({"ref": "R"});
    for _ in 0..100_000 {
        // Built by hand: `json!` would serialize `expr` recursively.
        let mut call = serde_json::Map::new();
        call.insert("fn".into(), Json::String("not".into()));
        call.insert("argv".into(), Json::Array(vec![expr]));
        expr = Json::Object(call);
    }
    let mut doc = json!({"version": "1.0", "parameters": {"R": {"type": "Boolean", "documentation": "r"}},
        "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "x"}}]});
    doc["rules"][0]["conditions"] = Json::Array(vec![expr]);

    let e = RuleSet::from_value(&doc).unwrap_err();
    assert!(e.message.contains("nested deeper"), "{e}");
    // serde_json's recursive drop of the deep value would overflow; leak it instead.
    std::mem::forget(doc);
}
