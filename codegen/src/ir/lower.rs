//! From the resolved model to the IR: names, wire names, types, features and pagination decided here.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::*;
use crate::Settings;
use crate::diag::{Diagnostic, Diagnostics};
use crate::docs;
use crate::names::{self, Namer};
use crate::resolve::traits::{self, Paginated};
use crate::resolve::{Member, Model, ShapeKind};

/// Cargo feature names the generated crate defines itself; an operation feature never takes one of them.
pub const RESERVED_FEATURES: &[&str] = &["default", "full", "client", "default-https"];

fn doc_of(t: &Traits) -> String {
    t.documentation().map(docs::to_markdown).unwrap_or_default()
}

fn deprecation(t: &Traits) -> Option<Deprecation> {
    t.deprecated().map(|d| Deprecation { note: d.message, since: d.since })
}

/// Lowers the resolved model (or the part reachable from `settings.operations`) into the IR.
pub fn lower(model: &Model, settings: &Settings) -> Result<Crate, Diagnostics> {
    let mut diags = Diagnostics::new(settings.source.clone());
    let service = model.service();
    let shapes: Vec<ShapeId> = match service {
        Some((sid, _)) => model.closure(sid, settings.operations.as_deref())?,
        None => model.shapes.keys().cloned().collect(),
    };
    let protocol = service.and_then(|(sid, _)| model.shape(sid)).map(|s| Protocol::of(&s.traits));
    let protocol = protocol.unwrap_or(Protocol::None);
    let rename = service.map(|(_, s)| s.rename.clone()).unwrap_or_default();

    // Names: the client first, then every generated type in shape-id order, then derived names.
    let mut type_namer = Namer::new();
    let client = type_namer.take("Client".to_string());
    let mut type_names: BTreeMap<ShapeId, String> = BTreeMap::new();
    for id in &shapes {
        let Some(shape) = model.shape(id) else { continue };
        if matches!(
            shape.kind,
            ShapeKind::Structure(_) | ShapeKind::Union(_) | ShapeKind::Enum(_) | ShapeKind::IntEnum(_)
        ) && !id.is_unit()
        {
            let local = rename.get(id).cloned().unwrap_or_else(|| id.name.clone());
            type_names.insert(id.clone(), type_namer.take(names::type_name(&local)));
        }
    }
    let mut module_namer = Namer::with_reserved(&["mod"]);
    let inputs: BTreeSet<ShapeId> = shapes
        .iter()
        .filter_map(|id| match model.shape(id).map(|s| &s.kind) {
            Some(ShapeKind::Operation(op)) => Some(op.input.clone()),
            _ => None,
        })
        .collect();

    let ctx = Ctx { model, type_names: &type_names, protocol };
    let mut types = Vec::new();
    for (id, name) in &type_names {
        let Some(shape) = model.shape(id) else { continue };
        let kind = match &shape.kind {
            ShapeKind::Structure(members) => {
                let builder = type_namer.take(format!("{name}Builder"));
                TypeKind::Struct(Struct {
                    fields: ctx.fields(id, members, &mut diags),
                    error: shape.traits.error(),
                    is_input: inputs.contains(id),
                    builder,
                })
            }
            ShapeKind::Union(members) => TypeKind::Union(ctx.union_variants(id, members, &mut diags)),
            ShapeKind::Enum(values) => {
                let mut namer = Namer::with_reserved(names::RESERVED_VARIANTS);
                TypeKind::Enum(
                    values
                        .iter()
                        .map(|v| EnumVariant {
                            name: namer.take(names::variant_name(&v.name)),
                            value: v.value.clone(),
                            docs: doc_of(&v.traits),
                            deprecated: deprecation(&v.traits),
                        })
                        .collect(),
                )
            }
            ShapeKind::IntEnum(values) => {
                let mut namer = Namer::with_reserved(names::RESERVED_VARIANTS);
                TypeKind::IntEnum(
                    values
                        .iter()
                        .map(|v| IntEnumVariant {
                            name: namer.take(names::variant_name(&v.name)),
                            value: v.value,
                            docs: doc_of(&v.traits),
                            deprecated: deprecation(&v.traits),
                        })
                        .collect(),
                )
            }
            _ => continue,
        };
        types.push(TypeDef {
            id: id.clone(),
            name: name.clone(),
            module: module_namer.take(names::snake_name(name)),
            docs: doc_of(&shape.traits),
            deprecated: deprecation(&shape.traits),
            sensitive: shape.traits.is_sensitive(),
            kind,
            features: Vec::new(),
            gate: String::new(),
        });
    }
    types.sort_by(|a, b| a.name.cmp(&b.name));

    let mut operations = Vec::new();
    let mut shape_groups: Vec<(String, Vec<String>)> = Vec::new();
    let mut svc_ir = None;
    if let Some((sid, svc)) = service {
        let shape_traits = model.shape(sid).map(|s| s.traits.clone()).unwrap_or_default();
                let mut method_namer = Namer::with_reserved(&["new", "from_env", "config", "handle", "with_config"]);
        let mut op_modules = Namer::with_reserved(&["mod"]);
        let mut feature_namer = Namer::with_reserved(RESERVED_FEATURES);
        let selected: BTreeSet<&ShapeId> = shapes.iter().collect();
        for op_id in &svc.operations {
            if !selected.contains(op_id) {
                continue;
            }
            let Some(shape) = model.shape(op_id) else { continue };
            let ShapeKind::Operation(op) = &shape.kind else { continue };
            let wire = rename.get(op_id).cloned().unwrap_or_else(|| op_id.name.clone());
            let method = method_namer.take(names::snake_name(&wire));
            let error_enum = type_namer.take(format!("{}Error", names::type_name(&wire)));
            let mut variant_namer = Namer::with_reserved(&["Unmodeled", "Validation", "Dispatch"]);
            let errors = op
                .errors
                .iter()
                .filter_map(|e| {
                    let type_name = type_names.get(e)?.clone();
                    let traits = &model.shape(e)?.traits;
                    Some(ErrorRef {
                        variant: variant_namer.take(type_name.clone()),
                        type_name,
                        code: e.name.clone(),
                        retryable: traits.retryable().is_some(),
                        docs: doc_of(traits),
                    })
                })
                .collect();
            let input = (!op.input.is_unit()).then(|| type_names.get(&op.input).cloned()).flatten();
            let output = (!op.output.is_unit()).then(|| type_names.get(&op.output).cloned()).flatten();
            let idempotency_token = match model.shape(&op.input).map(|s| &s.kind) {
                Some(ShapeKind::Structure(members)) => members
                    .iter()
                    .position(|m| m.traits.is_idempotency_token())
                    .and_then(|i| ctx.field_names(members).get(i).cloned()),
                _ => None,
            };
            let examples = ctx.examples(op_id, &shape.traits, &op.errors, &mut diags);
            let pagination = Paginated::merged(&shape.traits, &shape_traits)
                .map(|p| (p.input_token, p.output_token, p.items, p.page_size));
            let pagination = match pagination {
                Some((Some(input_token), Some(output_token), items, page_size)) => paginate(
                    &types,
                    &op.input,
                    &op.output,
                    [&input_token, &output_token],
                    items.as_deref(),
                    page_size.as_deref(),
                )
                .map(|fields| {
                    let base = names::type_name(&wire);
                    Pagination {
                        method: method_namer.take(format!("{}_pages", method.trim_start_matches("r#"))),
                        pages_type: type_namer.take(format!("{base}Pages")),
                        items_type: fields.items.as_ref().map(|_| type_namer.take(format!("{base}Items"))),
                        input_token: fields.input_token,
                        output_token: fields.output_token,
                        items: fields.items,
                        page_size: fields.page_size,
                    }
                }),
                _ => None,
            };
            let unsupported = if !protocol.client_supported() {
                Some(format!("the {} protocol has no client yet", protocol.name()))
            } else {
                ctx.streaming_member(&op.input)
                    .or_else(|| ctx.streaming_member(&op.output))
                    .map(|m| format!("member `{m}` is a stream, which the client does not support yet"))
            };
            let feature = feature_namer.take(names::snake_name(&wire).trim_start_matches("r#").replace('_', "-"));
            operations.push(Operation {
                feature,
                id: op_id.clone(),
                method,
                wire,
                module: op_modules.take(names::snake_name(&op_id.name)),
                docs: doc_of(&shape.traits),
                deprecated: deprecation(&shape.traits),
                input,
                output,
                error_enum,
                errors,
                idempotency_token,
                examples,
                pagination,
                unsupported,
            });
        }
        operations.sort_by(|a, b| a.method.cmp(&b.method));

        // Which operations reach which types decides each type's Cargo features.
        let mut reached_by: BTreeMap<ShapeId, BTreeSet<String>> = BTreeMap::new();
        for op in &operations {
            let only = [op.id.name.clone()];
            for id in model.closure(sid, Some(&only))? {
                if type_names.contains_key(&id) {
                    reached_by.entry(id).or_default().insert(op.feature.clone());
                }
            }
        }
        for t in &mut types {
            t.features = reached_by.remove(&t.id).map(|f| f.into_iter().collect()).unwrap_or_default();
        }
        let sets: BTreeSet<Vec<String>> =
            types.iter().map(|t| t.features.clone()).filter(|f| f.len() > 1).collect();
        shape_groups = sets.into_iter().enumerate().map(|(i, ops)| (format!("_shapes-{}", i + 1), ops)).collect();

        let aws_service = shape_traits.aws_service();
        let endpoint_tests = shape_traits.endpoint_tests().map(endpoint_tests).unwrap_or_default();
        svc_ir = Some(Service {
            id: sid.clone(),
            name: sid.name.clone(),
            sdk_id: aws_service.as_ref().map(|a| a.sdk_id.clone()).unwrap_or_else(|| sid.name.clone()),
            title: shape_traits.title().unwrap_or(&sid.name).to_string(),
            version: svc.version.clone(),
            signing_name: shape_traits.sigv4().map(|v| v.name),
            endpoint_prefix: aws_service
                .and_then(|a| a.endpoint_prefix)
                .unwrap_or_else(|| names::snake_name(&sid.name)),
            protocol,
            docs: doc_of(&shape_traits),
            rules: shape_traits.endpoint_rule_set().map(|v| v.to_string()),
            endpoint_tests,
        });
    }

    for t in &mut types {
        t.gate = match t.features.as_slice() {
            [] => "full".to_string(),
            [one] => one.clone(),
            many => shape_groups
                .iter()
                .find(|(_, ops)| ops.as_slice() == many)
                .map(|(name, _)| name.clone())
                .unwrap_or_else(|| "full".to_string()),
        };
    }
    diags.finish(Crate {
        package: settings.package.clone(),
        service: svc_ir,
        types,
        operations,
        client,
        shape_groups,
    })
}

fn endpoint_tests(cases: &[Value]) -> Vec<EndpointTest> {
    let mut namer = Namer::new();
    cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let docs = case.get("documentation").and_then(Value::as_str).unwrap_or("").to_string();
            let mut base = names::snake_name(&docs);
            base.truncate(80);
            let name = namer.take(format!("case_{i}_{}", base.trim_start_matches("r#").trim_matches('_')));
            let params = case
                .get("params")
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default();
            EndpointTest { name, docs, params, expect: case.get("expect").cloned().unwrap_or(Value::Null) }
        })
        .collect()
}

struct Ctx<'a> {
    model: &'a Model,
    type_names: &'a BTreeMap<ShapeId, String>,
    protocol: Protocol,
}

impl Ctx<'_> {
    fn field_names(&self, members: &[Member]) -> Vec<String> {
        let mut namer = Namer::new();
        members.iter().map(|m| namer.take(names::snake_name(&m.name))).collect()
    }

    fn wire_name(&self, m: &Member) -> String {
        if self.protocol.uses_json_name()
            && let Some(n) = m.traits.json_name()
        {
            return n.to_string();
        }
        m.name.clone()
    }

    /// Member traits win over target traits, as the spec says for traits applied to both.
    fn merged<T>(&self, m: &Member, get: impl Fn(&Traits) -> Option<T>) -> Option<T> {
        get(&m.traits).or_else(|| self.model.shape(&m.target).and_then(|s| get(&s.traits)))
    }

    fn timestamp_format(&self, m: &Member) -> TimestampFormat {
        match self.merged(m, Traits::timestamp_format) {
            Some(traits::TimestampFormat::DateTime) => TimestampFormat::DateTime,
            Some(traits::TimestampFormat::HttpDate) => TimestampFormat::HttpDate,
            _ => TimestampFormat::EpochSeconds,
        }
    }

    fn rust_type(&self, m: &Member, depth: usize) -> RustType {
        let Some(target) = self.model.shape(&m.target) else { return RustType::Document };
        if let Some(name) = self.type_names.get(&m.target) {
            return RustType::Named(name.clone());
        }
        // The resolver rejects cycles of lists and maps with no structure in between; stop anyway.
        if depth > 64 {
            return RustType::Document;
        }
        let sparse = target.traits.is_sparse();
        match &target.kind {
            ShapeKind::Blob => RustType::Blob,
            ShapeKind::Boolean => RustType::Bool,
            ShapeKind::String => RustType::String,
            ShapeKind::Byte => RustType::I8,
            ShapeKind::Short => RustType::I16,
            ShapeKind::Integer => RustType::I32,
            ShapeKind::Long => RustType::I64,
            ShapeKind::Float => RustType::F32,
            ShapeKind::Double => RustType::F64,
            ShapeKind::BigInteger => RustType::BigInteger,
            ShapeKind::BigDecimal => RustType::BigDecimal,
            ShapeKind::Timestamp => RustType::DateTime(self.timestamp_format(m)),
            ShapeKind::Document => RustType::Document,
            ShapeKind::List { member, .. } => {
                RustType::List { item: Box::new(self.rust_type(member, depth + 1)), sparse }
            }
            ShapeKind::Map { key, value } => RustType::Map {
                key: Box::new(self.rust_type(key, depth + 1)),
                value: Box::new(self.rust_type(value, depth + 1)),
                sparse,
            },
            // Unit in a union, or a shape kind that is not data: the emitters never see these as fields.
            _ => RustType::Document,
        }
    }

    fn constraints(&self, m: &Member) -> Constraints {
        let num = |n: Option<serde_json::Number>| n.and_then(|n| n.as_f64());
        Constraints {
            length: self.merged(m, Traits::length).map(|l| (l.min, l.max)),
            range: self.merged(m, Traits::range).map(|r| (num(r.min), num(r.max))),
            pattern: self.merged(m, |t| t.pattern().map(str::to_owned)),
        }
    }

    fn sensitive(&self, m: &Member) -> bool {
        self.merged(m, |t| t.is_sensitive().then_some(())).is_some()
    }

    fn fields(&self, owner: &ShapeId, members: &[Member], diags: &mut Diagnostics) -> Vec<Field> {
        let names = self.field_names(members);
        members
            .iter()
            .zip(names)
            .map(|(m, name)| {
                let ty = self.rust_type(m, 0);
                if ty == RustType::Document && !matches!(self.model.shape(&m.target).map(|s| &s.kind), Some(ShapeKind::Document)) {
                    diags.push(Diagnostic {
                        shape: Some(owner.to_string()),
                        member: Some(m.name.clone()),
                        location: String::new(),
                        message: format!("member targets {}, which is not a data shape", m.target),
                    });
                }
                Field {
                    name,
                    member: m.name.clone(),
                    wire: self.wire_name(m),
                    ty,
                    optional: m.optional,
                    boxed: self.model.boxed_members.contains(&(owner.clone(), m.name.clone())),
                    required: m.traits.is_required(),
                    default: m.traits.default_value().cloned(),
                    docs: doc_of(&m.traits),
                    deprecated: deprecation(&m.traits),
                    sensitive: self.sensitive(m),
                    idempotency_token: m.traits.is_idempotency_token(),
                    constraints: self.constraints(m),
                }
            })
            .collect()
    }

    fn union_variants(&self, owner: &ShapeId, members: &[Member], diags: &mut Diagnostics) -> Vec<UnionVariant> {
        let mut namer = Namer::with_reserved(names::RESERVED_VARIANTS);
        members
            .iter()
            .map(|m| {
                let ty = if m.target.is_unit() {
                    None
                } else {
                    let ty = self.rust_type(m, 0);
                    if ty == RustType::Document
                        && !matches!(self.model.shape(&m.target).map(|s| &s.kind), Some(ShapeKind::Document))
                    {
                        diags.push(Diagnostic {
                            shape: Some(owner.to_string()),
                            member: Some(m.name.clone()),
                            location: String::new(),
                            message: format!("union member targets {}, which is not a data shape", m.target),
                        });
                    }
                    Some(ty)
                };
                UnionVariant {
                    name: namer.take(names::variant_name(&m.name)),
                    wire: self.wire_name(m),
                    ty,
                    boxed: self.model.boxed_members.contains(&(owner.clone(), m.name.clone())),
                    docs: doc_of(&m.traits),
                    deprecated: deprecation(&m.traits),
                }
            })
            .collect()
    }

    fn streaming_member(&self, id: &ShapeId) -> Option<String> {
        let ShapeKind::Structure(members) = &self.model.shape(id)?.kind else { return None };
        members
            .iter()
            .find(|m| self.model.shape(&m.target).is_some_and(|t| t.traits.is_streaming()))
            .map(|m| m.name.clone())
    }

    fn examples(&self, op: &ShapeId, traits: &Traits, errors: &[ShapeId], diags: &mut Diagnostics) -> Vec<Example> {
        let mut out = Vec::new();
        for (i, ex) in traits.examples().into_iter().enumerate() {
            let error = match ex.error {
                None => None,
                Some(e) => match errors.iter().find(|s| s.to_string() == e.shape_id) {
                    Some(sid) => self
                        .type_names
                        .get(sid)
                        .map(|name| (name.clone(), sid.name.clone(), e.content.unwrap_or(Value::Null))),
                    None => {
                        diags.push(Diagnostic {
                            shape: Some(op.to_string()),
                            member: None,
                            location: format!("traits[\"smithy.api#examples\"][{i}].error.shapeId"),
                            message: format!("example error `{}` is not one of the operation's errors", e.shape_id),
                        });
                        None
                    }
                },
            };
            out.push(Example {
                title: ex.title,
                docs: ex.documentation.unwrap_or_default(),
                input: ex.input.unwrap_or_else(|| Value::Object(Default::default())),
                output: ex.output,
                error,
            });
        }
        out
    }
}

struct PageFields {
    input_token: String,
    output_token: (String, bool),
    items: Option<(String, bool, RustType)>,
    page_size: Option<(String, RustType)>,
}

/// Finds the paginated members among the input and output fields. Nested paths (`a.b`) and members that are
/// not where the trait says give no paginator: the operation is still callable page by page.
fn paginate(
    types: &[TypeDef],
    input: &ShapeId,
    output: &ShapeId,
    [input_token, output_token]: [&String; 2],
    items: Option<&str>,
    page_size: Option<&str>,
) -> Option<PageFields> {
    let fields = |id: &ShapeId| {
        types.iter().find(|t| &t.id == id).and_then(|t| match &t.kind {
            TypeKind::Struct(s) => Some(&s.fields),
            _ => None,
        })
    };
    let (input_fields, output_fields) = (fields(input)?, fields(output)?);
    let find = |fs: &'_ [Field], member: &str| fs.iter().find(|f| f.member == member).cloned();
    let token_in = find(input_fields, input_token).filter(|f| f.optional && f.ty == RustType::String)?;
    let token_out = find(output_fields, output_token).filter(|f| f.ty == RustType::String)?;
    let items = match items {
        None => None,
        Some(path) => {
            let f = find(output_fields, path)?;
            match &f.ty {
                RustType::List { item, sparse: false } => Some((f.name.clone(), f.optional, (**item).clone())),
                _ => None,
            }
        }
    };
    let page_size = match page_size {
        None => None,
        Some(m) => find(input_fields, m).filter(|f| f.optional).map(|f| (f.name.clone(), f.ty.clone())),
    };
    Some(PageFields {
        input_token: token_in.name,
        output_token: (token_out.name, token_out.optional),
        items,
        page_size,
    })
}
