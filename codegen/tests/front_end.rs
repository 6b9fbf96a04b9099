//! The front end on small inline models: mixins, apply, nullability, Smithy 1.0, recursion, closure, ids.

use codegen::resolve::{Member, Model, ShapeId, ShapeKind};
use serde_json::{Value, json};

fn load(doc: Value) -> Model {
    codegen::load(doc.to_string().as_bytes(), "test.json").unwrap_or_else(|e| panic!("{e}"))
}

fn load_err(doc: Value) -> String {
    match codegen::load(doc.to_string().as_bytes(), "test.json") {
        Ok(_) => panic!("expected the model to be rejected"),
        Err(e) => e.to_string(),
    }
}

fn id(s: &str) -> ShapeId {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

fn members<'a>(m: &'a Model, shape: &str) -> &'a [Member] {
    match m.shape(&id(shape)).map(|s| &s.kind) {
        Some(ShapeKind::Structure(ms) | ShapeKind::Union(ms)) => ms,
        other => panic!("{shape} is not a structure or union: {other:?}"),
    }
}

fn member<'a>(m: &'a Model, shape: &str, name: &str) -> &'a Member {
    members(m, shape)
        .iter()
        .find(|x| x.name == name)
        .unwrap_or_else(|| panic!("{shape}${name} missing"))
}

fn names(ms: &[Member]) -> Vec<&str> {
    ms.iter().map(|m| m.name.as_str()).collect()
}

#[test]
fn mixins_flatten_members_and_traits_in_spec_order() {
    let m = load(json!({
        "smithy": "2.0",
        "shapes": {
            "ex#A": {"type": "structure", "members": {"a": {"target": "smithy.api#String"}},
                     "traits": {"smithy.api#mixin": {}, "ex#foo": 1, "ex#one": {}, "smithy.api#documentation": "A"}},
            "ex#B": {"type": "structure", "members": {"b": {"target": "smithy.api#Integer",
                        "traits": {"smithy.api#documentation": "generic"}}},
                     "traits": {"smithy.api#mixin": {"localTraits": ["ex#private"]}, "ex#foo": 2, "ex#two": {},
                                "ex#private": {}, "smithy.api#documentation": "B"}},
            "ex#C": {"type": "structure", "mixins": [{"target": "ex#A"}, {"target": "ex#B"}],
                     "members": {"c": {"target": "smithy.api#String"}},
                     "traits": {"smithy.api#mixin": {}, "ex#three": {}, "smithy.api#documentation": "C"}},
            "ex#D": {"type": "structure", "mixins": [{"target": "ex#C"}],
                     "members": {"d": {"target": "smithy.api#String"},
                                 "b": {"target": "smithy.api#Integer", "traits": {"smithy.api#required": {}}}},
                     "traits": {"smithy.api#documentation": "D"}},
            "ex#D$a": {"type": "apply", "traits": {"smithy.api#documentation": "applied to a mixed-in member"}}
        }
    }));
    // Mixins are flattened away.
    for mixin in ["ex#A", "ex#B", "ex#C"] {
        assert!(m.shape(&id(mixin)).is_none(), "{mixin}");
    }
    let d = m.shape(&id("ex#D")).expect("D");
    assert_eq!(names(members(&m, "ex#D")), ["a", "b", "c", "d"]);
    let t = &d.traits;
    assert_eq!(t.documentation(), Some("D"));
    assert_eq!(t.get("ex#foo"), Some(&json!(2)), "the later mixin wins");
    for inherited in ["ex#one", "ex#two", "ex#three"] {
        assert!(t.has(inherited), "{inherited}");
    }
    assert!(!t.has("ex#private"), "localTraits are not inherited");
    assert!(!t.has("smithy.api#mixin"));
    let b = member(&m, "ex#D", "b");
    assert_eq!(
        b.traits.documentation(),
        Some("generic"),
        "redefined member keeps the mixin's traits"
    );
    assert!(b.traits.is_required() && !b.optional);
    assert_eq!(
        member(&m, "ex#D", "a").traits.documentation(),
        Some("applied to a mixed-in member")
    );
}

#[test]
fn mixin_errors() {
    let e = load_err(json!({"smithy": "2.0", "shapes": {
        "ex#A": {"type": "structure", "mixins": [{"target": "ex#B"}], "traits": {"smithy.api#mixin": {}}},
        "ex#B": {"type": "structure", "mixins": [{"target": "ex#A"}], "traits": {"smithy.api#mixin": {}}}
    }}));
    assert!(e.contains("mixin cycle: ex#A -> ex#B -> ex#A"), "{e}");
    let e = load_err(json!({"smithy": "2.0", "shapes": {
        "ex#A": {"type": "structure"},
        "ex#S": {"type": "string", "traits": {"smithy.api#mixin": {}}},
        "ex#B": {"type": "structure", "mixins": [{"target": "ex#A"}, {"target": "ex#S"}]},
        "ex#C": {"type": "structure", "members": {"x": {"target": "ex#S"}}}
    }}));
    assert!(
        e.contains("`ex#A` is used as a mixin but lacks the `smithy.api#mixin` trait"),
        "{e}"
    );
    assert!(
        e.contains("mixin `ex#S` is a string, but this shape is a structure"),
        "{e}"
    );
    assert!(e.contains("target `ex#S` is a mixin"), "{e}");
}

#[test]
fn apply_merges_concatenates_lists_and_rejects_conflicts() {
    // In one JSON document a shape id is a single key, so `apply` entries target members (or shapes of
    // other documents); the trait conflict rules are the same.
    let m = load(json!({"smithy": "2.0", "shapes": {
        "ex#S": {"type": "structure", "members": {"x": {"target": "smithy.api#String",
                 "traits": {"smithy.api#tags": ["a"], "smithy.api#documentation": "same"}}}},
        "ex#S$x": {"type": "apply", "traits": {"smithy.api#required": {}, "smithy.api#tags": ["b"],
                   "smithy.api#documentation": "same"}}
    }}));
    let x = member(&m, "ex#S", "x");
    assert!(x.traits.is_required() && !x.optional);
    assert_eq!(x.traits.get("smithy.api#tags"), Some(&json!(["a", "b"])));
    let e = load_err(json!({"smithy": "2.0", "shapes": {
        "ex#S": {"type": "structure", "members": {"x": {"target": "smithy.api#String",
                 "traits": {"smithy.api#documentation": "one"}}}},
        "ex#S$x": {"type": "apply", "traits": {"smithy.api#documentation": "two"}},
        "ex#S$y": {"type": "apply", "traits": {"smithy.api#documentation": "two"}},
        "ex#T": {"type": "apply", "traits": {"smithy.api#documentation": "two"}}
    }}));
    assert!(
        e.contains(
            "conflicting values for trait `smithy.api#documentation`: \"one\" is already applied"
        ),
        "{e}"
    );
    assert!(
        e.contains("`apply` targets member `y` of `ex#S`, which has no such member"),
        "{e}"
    );
    assert!(
        e.contains("`apply` targets `ex#T`, which is not defined in the model"),
        "{e}"
    );
}

#[test]
fn nullability_follows_the_client_rules() {
    let m = load(json!({"smithy": "2.0", "shapes": {
        "ex#In": {"type": "structure", "traits": {"smithy.api#input": {}}, "members": {
            "req": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}},
            "def": {"target": "smithy.api#Integer", "traits": {"smithy.api#default": 0}}}},
        "ex#Out": {"type": "structure", "members": {
            "req": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}},
            "def": {"target": "smithy.api#Integer", "traits": {"smithy.api#default": 0}},
            "nullDefault": {"target": "smithy.api#Integer", "traits": {"smithy.api#default": null}},
            "clientOpt": {"target": "smithy.api#String",
                          "traits": {"smithy.api#required": {}, "smithy.api#clientOptional": {}}},
            "plain": {"target": "smithy.api#String"},
            "prim": {"target": "smithy.api#PrimitiveLong"}}},
        "ex#Err": {"type": "structure", "traits": {"smithy.api#error": "client"}, "members": {
            "Message": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}}}},
        "ex#U": {"type": "union", "members": {"a": {"target": "smithy.api#String"}}},
        "ex#L": {"type": "list", "member": {"target": "smithy.api#String"}, "traits": {"smithy.api#sparse": {}}}
    }}));
    let opt = |s: &str, n: &str| member(&m, s, n).optional;
    assert!(
        opt("ex#In", "req") && opt("ex#In", "def"),
        "@input makes every member optional"
    );
    assert!(!opt("ex#Out", "req") && !opt("ex#Out", "def"));
    assert!(opt("ex#Out", "nullDefault") && opt("ex#Out", "clientOpt") && opt("ex#Out", "plain"));
    assert!(!opt("ex#Out", "prim"));
    assert_eq!(
        member(&m, "ex#Out", "prim").traits.default_value(),
        Some(&json!(0))
    );
    assert!(!opt("ex#Err", "Message"));
    assert!(!opt("ex#U", "a"));
    let Some(ShapeKind::List {
        member,
        unique: false,
    }) = m.shape(&id("ex#L")).map(|s| &s.kind)
    else {
        panic!("list")
    };
    assert!(!member.optional);
    // Targeted prelude shapes are in the resolved model.
    for p in [
        "smithy.api#String",
        "smithy.api#Integer",
        "smithy.api#PrimitiveLong",
    ] {
        assert!(m.shape(&id(p)).is_some(), "{p}");
    }
    assert!(m.shape(&id("smithy.api#Blob")).is_none());
}

#[test]
fn smithy_1_0_is_normalised() {
    let m = load(json!({"smithy": "1.0", "shapes": {
        "ex#Flag": {"type": "boolean"},
        "ex#Boxed": {"type": "integer", "traits": {"smithy.api#box": {}}},
        "ex#Set": {"type": "set", "member": {"target": "smithy.api#String"}},
        "ex#Size": {"type": "string", "traits": {"smithy.api#enum": [
            {"value": "t2.micro", "documentation": "small"}, {"value": "big", "name": "LARGE", "deprecated": true}]}},
        "ex#S": {"type": "structure", "members": {
            "flag": {"target": "ex#Flag"},
            "boxedFlag": {"target": "ex#Flag", "traits": {"smithy.api#box": {}}},
            "boxed": {"target": "ex#Boxed"},
            "preludeBoxed": {"target": "smithy.api#Integer"},
            "prim": {"target": "smithy.api#PrimitiveInteger"},
            "set": {"target": "ex#Set"},
            "size": {"target": "ex#Size"}}}
    }}));
    assert_eq!(m.smithy_version, "1.0");
    let opt = |n: &str| member(&m, "ex#S", n).optional;
    assert!(!opt("flag") && !opt("prim"));
    assert!(opt("boxedFlag") && opt("boxed") && opt("preludeBoxed") && opt("set") && opt("size"));
    assert_eq!(
        member(&m, "ex#S", "flag").traits.default_value(),
        Some(&json!(false))
    );
    assert!(matches!(
        m.shape(&id("ex#Set")).map(|s| &s.kind),
        Some(ShapeKind::List { unique: true, .. })
    ));
    let Some(ShapeKind::Enum(values)) = m.shape(&id("ex#Size")).map(|s| &s.kind) else {
        panic!("enum")
    };
    assert_eq!(values.len(), 2);
    assert_eq!(
        (values[0].name.as_str(), values[0].value.as_str()),
        ("T2_MICRO", "t2.micro")
    );
    assert_eq!(values[0].traits.documentation(), Some("small"));
    assert_eq!(
        (values[1].name.as_str(), values[1].value.as_str()),
        ("LARGE", "big")
    );
    assert!(values[1].traits.deprecated().is_some());
}

#[test]
fn versions() {
    for v in ["1", "1.0", "2", "2.0"] {
        load(json!({"smithy": v, "shapes": {}}));
    }
    let e = load_err(json!({"smithy": "3.0"}));
    assert!(e.contains("unsupported Smithy version `3.0`"), "{e}");
    let e = load_err(json!({"shapes": {}}));
    assert!(e.contains("missing field `smithy`"), "{e}");
}

#[test]
fn enums_and_int_enums() {
    let m = load(json!({"smithy": "2.0", "shapes": {
        "ex#E": {"type": "enum", "members": {
            "A": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "a"}},
            "B": {"target": "smithy.api#Unit"}}},
        "ex#I": {"type": "intEnum", "members": {
            "ONE": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": 1}}}}
    }}));
    let Some(ShapeKind::Enum(e)) = m.shape(&id("ex#E")).map(|s| &s.kind) else {
        panic!()
    };
    let pairs: Vec<_> = e
        .iter()
        .map(|v| (v.name.as_str(), v.value.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [("A", "a"), ("B", "B")],
        "a member without enumValue uses its name"
    );
    let Some(ShapeKind::IntEnum(i)) = m.shape(&id("ex#I")).map(|s| &s.kind) else {
        panic!()
    };
    assert_eq!(i[0].value, 1);
}

fn recursive_model() -> Value {
    json!({"smithy": "2.0", "shapes": {
        // A -> B -> A directly: one edge must be boxed.
        "ex#A": {"type": "structure", "members": {"b": {"target": "ex#B"}}},
        "ex#B": {"type": "structure", "members": {"a": {"target": "ex#A"}, "s": {"target": "smithy.api#String"}}},
        // Self-reference through a union.
        "ex#Expr": {"type": "union", "members": {"not": {"target": "ex#Expr"}, "lit": {"target": "smithy.api#String"}}},
        // A cycle through a list needs no box (FSx: AdministrativeAction -> FileSystem -> list).
        "ex#Node": {"type": "structure", "members": {"children": {"target": "ex#Nodes"}}},
        "ex#Nodes": {"type": "list", "member": {"target": "ex#Node"}},
        // And through a map.
        "ex#Tree": {"type": "structure", "members": {"kids": {"target": "ex#TreeMap"}}},
        "ex#TreeMap": {"type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": "ex#Tree"}}
    }})
}

#[test]
fn recursion_boxes_exactly_the_back_edges() {
    let m = load(recursive_model());
    let boxed: Vec<(String, String)> = m
        .boxed_members
        .iter()
        .map(|(s, n)| (s.to_string(), n.clone()))
        .collect();
    assert_eq!(
        boxed,
        [
            ("ex#B".to_string(), "a".to_string()),
            ("ex#Expr".to_string(), "not".to_string())
        ]
    );
    assert!(m.is_boxed(&id("ex#B"), "a") && !m.is_boxed(&id("ex#A"), "b"));
    // Deterministic: the same choice every time.
    assert_eq!(load(recursive_model()).boxed_members, m.boxed_members);
}

fn service_model() -> Value {
    json!({"smithy": "2.0", "shapes": {
        "ex#Svc": {"type": "service", "version": "2024-01-01",
                   "operations": [{"target": "ex#Ping"}], "resources": [{"target": "ex#Thing"}],
                   "errors": [{"target": "ex#Throttled"}],
                   "rename": {"ex#Widget": "Gadget"}},
        "ex#Ping": {"type": "operation", "errors": [{"target": "ex#Bad"}]},
        "ex#Thing": {"type": "resource", "identifiers": {"id": {"target": "smithy.api#String"}},
                     "read": {"target": "ex#GetThing"}, "resources": [{"target": "ex#Part"}]},
        "ex#Part": {"type": "resource", "operations": [{"target": "ex#TouchPart"}]},
        "ex#GetThing": {"type": "operation", "input": {"target": "ex#GetThingInput"},
                        "output": {"target": "ex#GetThingOutput"}},
        "ex#TouchPart": {"type": "operation"},
        "ex#GetThingInput": {"type": "structure", "members": {"id": {"target": "smithy.api#String"}}},
        "ex#GetThingOutput": {"type": "structure", "members": {"w": {"target": "ex#Widget"}}},
        "ex#Widget": {"type": "structure", "members": {"n": {"target": "smithy.api#Long"}}},
        "ex#Unused": {"type": "structure"},
        "ex#Bad": {"type": "structure", "traits": {"smithy.api#error": "client"}},
        "ex#Throttled": {"type": "structure", "traits": {"smithy.api#error": "server", "smithy.api#retryable": {"throttling": true}}}
    }})
}

#[test]
fn services_bind_operations_errors_and_renames() {
    let m = load(service_model());
    let (sid, svc) = m.service().expect("service");
    assert_eq!(sid, &id("ex#Svc"));
    assert_eq!(
        svc.operations,
        [id("ex#GetThing"), id("ex#Ping"), id("ex#TouchPart")]
    );
    assert_eq!(
        svc.rename.get(&id("ex#Widget")).map(String::as_str),
        Some("Gadget")
    );
    let Some(ShapeKind::Operation(ping)) = m.shape(&id("ex#Ping")).map(|s| &s.kind) else {
        panic!()
    };
    assert_eq!(ping.errors, [id("ex#Bad"), id("ex#Throttled")]);
    assert!(ping.input.is_unit() && ping.output.is_unit());
    let Some(ShapeKind::Operation(touch)) = m.shape(&id("ex#TouchPart")).map(|s| &s.kind) else {
        panic!()
    };
    assert_eq!(touch.errors, [id("ex#Throttled")]);
    let throttled = m.shape(&id("ex#Throttled")).expect("error shape");
    assert_eq!(
        throttled.traits.retryable().map(|r| r.throttling),
        Some(true)
    );
}

#[test]
fn closure_of_a_service_and_of_some_operations() {
    let m = load(service_model());
    let all = m
        .closure(&id("ex#Svc"), None)
        .unwrap_or_else(|e| panic!("{e}"));
    let all: Vec<String> = all.iter().map(ShapeId::to_string).collect();
    assert_eq!(
        all,
        [
            "ex#Bad",
            "ex#GetThing",
            "ex#GetThingInput",
            "ex#GetThingOutput",
            "ex#Part",
            "ex#Ping",
            "ex#Svc",
            "ex#Thing",
            "ex#Throttled",
            "ex#TouchPart",
            "ex#Widget",
            "smithy.api#Long",
            "smithy.api#String",
            "smithy.api#Unit"
        ]
    );
    let some = m
        .closure(&id("ex#Svc"), Some(&["GetThing".to_string()]))
        .unwrap_or_else(|e| panic!("{e}"));
    let some: Vec<String> = some.iter().map(ShapeId::to_string).collect();
    assert_eq!(
        some,
        [
            "ex#GetThing",
            "ex#GetThingInput",
            "ex#GetThingOutput",
            "ex#Svc",
            "ex#Throttled",
            "ex#Widget",
            "smithy.api#Long",
            "smithy.api#String"
        ]
    );
    let e = m
        .closure(&id("ex#Svc"), Some(&["Nope".to_string()]))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains(
            "`Nope` is not an operation of `ex#Svc`; valid operations: GetThing, Ping, TouchPart"
        ),
        "{e}"
    );
    assert!(m.closure(&id("ex#Widget"), None).is_err());
}

#[test]
fn shape_ids_are_checked() {
    let e = load_err(json!({"smithy": "2.0", "shapes": {
        "Relative": {"type": "string"},
        "ex#1Bad": {"type": "string"},
        "ex#S": {"type": "structure", "members": {
            "ok": {"target": "String"},
            "bad-name": {"target": "smithy.api#String"},
            "m": {"target": "ex#T$x"}},
            "traits": {"documentation": "relative trait id"}}
    }}));
    for want in [
        "`Relative` is not an absolute shape id",
        "`ex#1Bad` is not a valid shape id: `1Bad` is not an identifier",
        "target: `String` is not an absolute shape id",
        "member name `bad-name` is not a valid identifier",
        "target `ex#T$x` must be a shape id, not a member id",
        "trait id: `documentation` is not an absolute shape id",
    ] {
        assert!(e.contains(want), "missing {want:?} in\n{e}");
    }
}

#[test]
fn every_error_is_reported_sorted() {
    let e = load_err(json!({"smithy": "2.0", "shapes": {
        "ex#B": {"type": "structure", "members": {"x": {"target": "ex#Missing1"}}},
        "ex#A": {"type": "structure", "members": {"x": {"target": "ex#Missing2"}}}
    }}));
    let a = e.find("ex#Missing2").expect("A's error");
    let b = e.find("ex#Missing1").expect("B's error");
    assert!(a < b, "sorted by shape: {e}");
    assert!(e.starts_with("test.json: 2 errors in the model"), "{e}");
}

#[test]
fn syntax_errors_have_line_and_column() {
    let e = codegen::load(b"{\n  \"smithy\": \"2.0\",\n  \"shapes\": {\n", "t.json")
        .unwrap_err()
        .to_string();
    assert!(e.contains("line 4, column 0"), "{e}");
    let e = codegen::load(
        b"{\"smithy\": \"2.0\", \"shapes\": {\"ex#A\": {\"type\": 5}}}",
        "t.json",
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("shapes[\"ex#A\"].type"), "{e}");
}

#[test]
fn typed_trait_accessors_never_panic() {
    use codegen::resolve::Traits;
    let mut t = Traits::default();
    for (k, v) in [
        ("smithy.api#documentation", json!(5)),
        ("smithy.api#length", json!("x")),
        ("smithy.api#paginated", json!([1])),
        ("smithy.api#httpError", json!(70000)),
        ("smithy.waiters#waitable", json!({"W": {"acceptors": "no"}})),
        ("smithy.api#error", json!("other")),
        ("aws.api#service", json!({})),
    ] {
        t.insert(k.into(), v);
    }
    assert_eq!(t.documentation(), None);
    assert_eq!(t.length(), None);
    assert_eq!(t.paginated(), None);
    assert_eq!(t.http_error(), None);
    assert!(t.waiters().is_empty());
    assert_eq!(t.error(), None);
    assert_eq!(t.aws_service(), None);
    let op: Traits = [(
        "smithy.api#paginated".to_string(),
        json!({"items": "Things"}),
    )]
    .into_iter()
    .collect();
    let svc: Traits = [(
        "smithy.api#paginated".to_string(),
        json!({"inputToken": "NextToken", "outputToken": "NextToken", "pageSize": "MaxResults"}),
    )]
    .into_iter()
    .collect();
    let p = codegen::resolve::traits::Paginated::merged(&op, &svc).expect("paginated");
    assert_eq!(p.items.as_deref(), Some("Things"));
    assert_eq!(p.input_token.as_deref(), Some("NextToken"));
    assert_eq!(p.page_size.as_deref(), Some("MaxResults"));
}

/// `load_sources` (what the xtask calls) reports a shape that does not read together with the errors the
/// resolver finds in the other shapes, like `load`, and leaves out what follows from the broken shape.
#[test]
fn errors_of_both_phases_come_at_once() {
    let doc = r#"{"smithy": "2.0", "shapes": {
        "ex#A": {"type": "strin"},
        "ex#B": {"type": "structure", "members": {
            "a": {"target": "ex#A"},
            "c": {"target": "ex#Missing"}
        }}
    }}"#;
    let source = codegen::model::Source::new("m.json".to_string(), doc.as_bytes().to_vec());
    let err = codegen::load_sources(&[source]).map(|_| ()).unwrap_err();
    let text = err.to_string();
    assert_eq!(err.items.len(), 2, "{text}");
    assert!(text.contains("unknown shape type `strin`"), "{text}");
    assert!(
        text.contains("target `ex#Missing` does not resolve"),
        "{text}"
    );
    assert!(!text.contains("ex#B$a"), "{text}");
}
