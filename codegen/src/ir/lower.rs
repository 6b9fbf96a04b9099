//! From the resolved model to the IR: names, wire names, types, features and pagination decided here.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::*;
use crate::customize;
use crate::diag::{Diagnostic, Diagnostics};
use crate::names::{self, Namer};
use crate::resolve::traits::{self, Paginated};
use crate::resolve::{Member, Model, ShapeKind, Traits};
use crate::settings::Settings;

use super::doc_table::DocTable;
use super::literal::{Form, Types};

fn deprecation(t: &Traits) -> Option<Deprecation> {
    t.deprecated().map(|d| Deprecation {
        note: d.message,
        since: d.since,
    })
}

/// The operation's `@auth`, else the service's, decides; `@optionalAuth` makes signing optional. Without
/// either the operation is signed, as every AWS service's operations are.
fn auth_of(op: &Traits, service: &Traits) -> Auth {
    match op.auth().or_else(|| service.auth()) {
        Some(schemes) if schemes.iter().all(|s| s == traits::NO_AUTH) => Auth::None,
        _ if op.is_optional_auth() => Auth::Optional,
        _ => Auth::SigV4,
    }
}

/// Lowers the resolved model (or the part reachable from `settings.operations`) into the IR.
pub fn lower(model: &Model, settings: &Settings) -> Result<Crate, Diagnostics> {
    let mut diags = Diagnostics::new(settings.source.clone());
    let service = match model.select_service(settings.service.as_deref()) {
        Ok(s) => s,
        Err(message) => {
            diags.push(Diagnostic {
                span: None,
                shape: None,
                member: None,
                location: String::new(),
                message,
            });
            return Err(diags);
        }
    };
    let shapes: Vec<ShapeId> = match service {
        Some((sid, _)) => model.closure(sid, settings.operations.as_deref())?,
        None => model.shapes.keys().cloned().collect(),
    };
    let doc_table = DocTable::new(model, &shapes);
    // What each operation reaches decides its types' Cargo features. It needs no documentation, so it is
    // found first, while the table's threads convert the texts the types will ask for.
    let selected: BTreeSet<&ShapeId> = shapes.iter().collect();
    let mut reach: BTreeMap<&ShapeId, Vec<ShapeId>> = BTreeMap::new();
    if let Some((sid, svc)) = service {
        for op_id in svc.operations.iter().filter(|o| selected.contains(o)) {
            let only = [op_id.name.to_string()];
            reach.insert(op_id, model.closure(sid, Some(&only))?);
        }
    }
    let (protocol, protocol_note) = service
        .and_then(|(sid, _)| model.shape(sid))
        .map(|s| Protocol::choose(&s.traits))
        .unwrap_or((Protocol::None, None));
    let rename = service.map(|(_, s)| s.rename.clone()).unwrap_or_default();

    // Names: the client first, then every generated type in shape-id order, then derived names.
    let mut type_namer = Namer::new();
    let client = type_namer.take("Client".to_string());
    let mut type_names: BTreeMap<ShapeId, String> = BTreeMap::new();
    for id in &shapes {
        let Some(shape) = model.shape(id) else {
            continue;
        };
        if matches!(
            shape.kind,
            ShapeKind::Structure(_)
                | ShapeKind::Union(_)
                | ShapeKind::Enum(_)
                | ShapeKind::IntEnum(_)
        ) && !id.is_unit()
        {
            let local = rename
                .get(id)
                .cloned()
                .unwrap_or_else(|| id.name.to_string());
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

    let mut greedy_labels: BTreeMap<ShapeId, BTreeSet<String>> = BTreeMap::new();
    for id in &shapes {
        let Some(shape) = model.shape(id) else {
            continue;
        };
        if let (ShapeKind::Operation(op), Some(http)) = (&shape.kind, shape.traits.http()) {
            greedy_labels
                .entry(op.input.clone())
                .or_default()
                .extend(greedy_labels_of(&http.uri));
        }
    }
    let sdk_id = service.and_then(|(sid, _)| {
        let traits = &model.shape(sid)?.traits;
        Some(traits.aws_service()?.sdk_id)
    });
    let ctx = Ctx {
        model,
        docs: &doc_table,
        type_names: &type_names,
        greedy_labels,
        sdk_id,
        protocol,
    };
    let mut types = Vec::new();
    for (id, name) in &type_names {
        let Some(shape) = model.shape(id) else {
            continue;
        };
        let kind = match &shape.kind {
            ShapeKind::Structure(members) => {
                let builder = type_namer.take(names::with_suffix(name, "Builder"));
                let error = shape.traits.error();
                TypeKind::Struct(Struct {
                    fields: ctx.fields(id, members, &mut diags),
                    meta_field: error.is_some().then(|| ctx.meta_field_name(members)),
                    error,
                    is_input: inputs.contains(id),
                    builder,
                })
            }
            ShapeKind::Union(members) => {
                TypeKind::Union(ctx.union_variants(id, members, &mut diags))
            }
            ShapeKind::Enum(values) => {
                let mut namer = Namer::with_reserved(names::RESERVED_VARIANTS);
                TypeKind::Enum(
                    values
                        .iter()
                        .map(|v| EnumVariant {
                            name: namer.take(names::variant_name(&v.name)),
                            value: v.value.clone(),
                            docs: ctx.docs.of(&v.traits),
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
                            docs: ctx.docs.of(&v.traits),
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
            docs: ctx.docs.of(&shape.traits),
            deprecated: deprecation(&shape.traits),
            sensitive: shape.traits.is_sensitive(),
            kind,
            xml_name: shape.traits.xml_name().map(str::to_owned),
            xml_namespace: shape.traits.xml_namespace().map(|n| (n.uri, n.prefix)),
            features: Vec::new(),
            gate: Gate::Full,
        });
    }
    types.sort_by(|a, b| a.name.cmp(&b.name));

    let mut operations = Vec::new();
    let mut shape_groups: Vec<(String, Vec<String>)> = Vec::new();
    let mut svc_ir = None;
    if let Some((sid, svc)) = service {
        let shape_traits = model
            .shape(sid)
            .map(|s| s.traits.clone())
            .unwrap_or_default();
        let query_compatible = shape_traits.is_aws_query_compatible();
        let mut method_namer = Namer::with_reserved(names::RESERVED_CLIENT_METHODS);
        let mut op_modules = Namer::with_reserved(&["mod"]);
        let mut feature_namer = Namer::with_reserved(names::RESERVED_FEATURES);
        let wire_types = Types::new(&types, Form::Wire);
        for op_id in &svc.operations {
            if !selected.contains(op_id) {
                continue;
            }
            let Some(shape) = model.shape(op_id) else {
                continue;
            };
            let ShapeKind::Operation(op) = &shape.kind else {
                continue;
            };
            let wire = rename
                .get(op_id)
                .cloned()
                .unwrap_or_else(|| op_id.name.to_string());
            let method = method_namer.take(names::snake_name(&wire));
            let error_enum = type_namer.take(names::with_suffix(&names::type_name(&wire), "Error"));
            let mut variant_namer = Namer::with_reserved(&["Unmodeled", "Validation", "Dispatch"]);
            let errors: Vec<ErrorRef> = op
                .errors
                .iter()
                .filter_map(|e| {
                    let type_name = type_names.get(e)?.clone();
                    let traits = &model.shape(e)?.traits;
                    // awsQuery names errors by their `@awsQueryError` codes on the wire; an
                    // `@awsQueryCompatible` service in the `x-amzn-query-error` header.
                    let query_code = (query_compatible || protocol == Protocol::AwsQuery)
                        .then(|| traits.aws_query_error().map(|q| q.code))
                        .flatten();
                    Some(ErrorRef {
                        variant: variant_namer.take(type_name.clone()),
                        type_name,
                        code: e.name.to_string(),
                        query_code,
                        retryable: traits.retryable().is_some(),
                        docs: ctx.docs.of(traits),
                    })
                })
                .collect();
            let input = (!op.input.is_unit())
                .then(|| type_names.get(&op.input).cloned())
                .flatten();
            let output = (!op.output.is_unit())
                .then(|| type_names.get(&op.output).cloned())
                .flatten();
            let idempotency_token = match model.shape(&op.input).map(|s| &s.kind) {
                Some(ShapeKind::Structure(members)) => members
                    .iter()
                    .position(|m| m.traits.is_idempotency_token())
                    .and_then(|i| ctx.field_names(members).get(i).cloned()),
                _ => None,
            };
            let mut examples = ctx.examples(op_id, &shape.traits, &op.errors, &mut diags);
            for ex in &mut examples {
                if !protocol.is_rpc()
                    && let (Some(o), Some(fields)) =
                        (&mut ex.output, struct_fields(&types, output.as_deref()))
                {
                    what_the_wire_carries(o, fields);
                }
                ex.typed = type_example(
                    &wire_types,
                    input.as_deref(),
                    output.as_deref(),
                    &errors,
                    ex,
                );
            }
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
                        method: method_namer
                            .take(format!("{}_pages", method.trim_start_matches("r#"))),
                        pages_type: type_namer.take(format!("{base}Pages")),
                        items_type: fields
                            .items
                            .as_ref()
                            .map(|_| type_namer.take(format!("{base}Items"))),
                        input_token: fields.input_token,
                        output_token: fields.output_token,
                        items: fields.items,
                        page_size: fields.page_size,
                    }
                }),
                _ => None,
            };
            let unsupported = if !protocol.client_supported() {
                Some(format!(
                    "the {} protocol has no client yet",
                    protocol.name()
                ))
            } else {
                ctx.unsupported_stream(&op.input, protocol)
                    .or_else(|| ctx.unsupported_stream(&op.output, protocol))
            };
            let mut binding = ctx.binding(op_id, &shape.traits, &op.input, protocol, &mut diags);
            if let Some(e) = shape.traits.endpoint() {
                binding.host_labels = host_labels(&types, &op.input);
                binding.host_prefix = Some(e.host_prefix);
            }
            let waiters = waiter::lower(
                op_id,
                shape.traits.get(waiter::WAITABLE),
                &mut method_namer,
                &mut diags,
            );
            let feature = feature_namer.take(names::feature_name(&wire));
            let auth = auth_of(&shape.traits, &shape_traits);
            let presign = (unsupported.is_none()
                && presignable(protocol, auth, &binding, &types, &op.input))
            .then(|| method_namer.take(format!("presign_{}", method.trim_start_matches("r#"))));
            operations.push(Operation {
                presign,
                feature,
                id: op_id.clone(),
                method,
                wire,
                binding,
                module: op_modules.take(names::snake_name(&op_id.name)),
                docs: ctx.docs.of(&shape.traits),
                deprecated: deprecation(&shape.traits),
                input,
                output,
                error_enum,
                errors,
                idempotency_token,
                examples,
                pagination,
                waiters,
                unsupported,
                request_compression: shape
                    .traits
                    .request_compression()
                    .map(|r| r.encodings)
                    .unwrap_or_default(),
                endpoint_params: endpoint_params(model, &shape.traits, &op.input),
                auth,
            });
        }
        operations.sort_by(|a, b| a.method.cmp(&b.method));

        // Which operations reach which types decides each type's Cargo features.
        let mut reached_by: BTreeMap<ShapeId, BTreeSet<String>> = BTreeMap::new();
        for op in &operations {
            for id in reach.remove(&op.id).unwrap_or_default() {
                if type_names.contains_key(&id) {
                    reached_by.entry(id).or_default().insert(op.feature.clone());
                }
            }
        }
        for t in &mut types {
            t.features = reached_by
                .remove(&t.id)
                .map(|f| f.into_iter().collect())
                .unwrap_or_default();
        }
        let sets: BTreeSet<Vec<String>> = types
            .iter()
            .map(|t| t.features.clone())
            .filter(|f| f.len() > 1)
            .collect();
        shape_groups = sets
            .into_iter()
            .enumerate()
            .map(|(i, ops)| (format!("_shapes-{}", i + 1), ops))
            .collect();

        let aws_service = shape_traits.aws_service();
        let endpoint_tests = shape_traits
            .endpoint_tests()
            .map(super::endpoint_tests::cases)
            .unwrap_or_default();
        svc_ir = Some(Service {
            id: sid.clone(),
            name: sid.name.to_string(),
            sdk_id: aws_service
                .as_ref()
                .map(|a| a.sdk_id.clone())
                .unwrap_or_else(|| sid.name.to_string()),
            title: shape_traits.title().unwrap_or(&sid.name).to_string(),
            version: svc.version.clone(),
            signing_name: shape_traits.sigv4().map(|v| v.name),
            endpoint_prefix: aws_service
                .and_then(|a| a.endpoint_prefix)
                .unwrap_or_else(|| names::snake_name(&sid.name)),
            protocol,
            protocol_note: protocol_note.clone(),
            aws_query_compatible: query_compatible,
            docs: ctx.docs.of(&shape_traits),
            rules: shape_traits.endpoint_rule_set().map(|v| v.to_string()),
            endpoint_tests,
            customizations: ctx
                .sdk_id
                .as_deref()
                .map(|sdk| customize::runtime(sdk, &svc.version))
                .unwrap_or_default(),
            client_context_params: shape_traits
                .client_context_params()
                .into_iter()
                .map(|(name, p)| ClientContextParam {
                    name,
                    kind: p.kind,
                    docs: p.documentation.unwrap_or_default(),
                })
                .collect(),
            xml_namespace: shape_traits.xml_namespace().map(|n| (n.uri, n.prefix)),
            no_error_wrapping: shape_traits
                .get("aws.protocols#restXml")
                .and_then(|v| v.get("noErrorWrapping"))
                .and_then(Value::as_bool)
                .unwrap_or(false),
        });
    }

    for t in &mut types {
        t.gate = match t.features.as_slice() {
            [] => Gate::Full,
            [one] => Gate::Operation(one.clone()),
            many => shape_groups
                .iter()
                .find(|(_, ops)| ops.as_slice() == many)
                .map_or(Gate::Full, |(name, _)| Gate::Group(name.clone())),
        };
    }
    if let Some(svc) = &mut svc_ir
        && protocol.client_supported()
    {
        super::endpoint_tests::type_operation_inputs(&mut svc.endpoint_tests, &operations, &types);
    }
    let protocol_tests = match protocol.trait_id() {
        Some(id) if protocol.client_supported() => {
            protocol_tests::lower(model, id, &operations, &types, &mut diags)
        }
        _ => ProtocolTests::default(),
    };
    diags.finish(Crate {
        protocol_tests,
        package: settings.package.clone(),
        service: svc_ir,
        types,
        operations,
        client,
        shape_groups,
    })
}

/// The rule set parameters an operation binds: static ones, then its input's `@contextParam`
/// members, then its `@operationContextParams`; a name bound twice keeps the first binding, in
/// the spec's order of precedence.
fn endpoint_params(model: &Model, traits: &Traits, input: &ShapeId) -> Vec<EndpointParam> {
    let mut out: Vec<EndpointParam> = Vec::new();
    let mut push = |name: String, source: EndpointSource| {
        if !out.iter().any(|p| p.name == name) {
            out.push(EndpointParam { name, source });
        }
    };
    for (name, p) in traits.static_context_params() {
        push(name, EndpointSource::Static(p.value));
    }
    if let Some(ShapeKind::Structure(members)) = model.shape(input).map(|s| &s.kind) {
        for m in members {
            if let Some(c) = m.traits.context_param() {
                push(
                    c.name,
                    EndpointSource::Member {
                        name: m.name.clone(),
                        required: m.traits.is_required(),
                    },
                );
            }
        }
    }
    for (name, steps) in traits.operation_context_params() {
        push(name, EndpointSource::Path(steps));
    }
    out
}

struct Ctx<'a> {
    model: &'a Model,
    /// Every documentation text of the lowered shapes, already Markdown.
    docs: &'a DocTable<'a>,
    type_names: &'a BTreeMap<ShapeId, String>,
    /// The `{Name+}` labels of the URI of each operation input.
    greedy_labels: BTreeMap<ShapeId, BTreeSet<String>>,
    /// The service's `sdkId`, which [`crate::customize`] keys on.
    sdk_id: Option<String>,
    protocol: Protocol,
}

impl Ctx<'_> {
    /// The name of an error structure's metadata field: `meta`, unless a member already took it.
    fn meta_field_name(&self, members: &[Member]) -> String {
        let mut namer = Namer::with_reserved(names::RESERVED_FIELDS);
        for m in members {
            namer.take(names::snake_name(&m.name));
        }
        namer.take("meta".to_string())
    }

    fn field_names(&self, members: &[Member]) -> Vec<String> {
        let mut namer = Namer::with_reserved(names::RESERVED_FIELDS);
        members
            .iter()
            .map(|m| namer.take(names::snake_name(&m.name)))
            .collect()
    }

    /// The member's wire description. `greedy_labels` are the labels written `{Name+}` in the URI of
    /// an operation that takes the structure as input.
    fn wire_member(&self, m: &Member, greedy_labels: &BTreeSet<String>) -> WireMember {
        let t = &m.traits;
        let location = if let Some(h) = t.http_header() {
            HttpLocation::Header(h.to_owned())
        } else if let Some(p) = t.http_prefix_headers() {
            HttpLocation::PrefixHeaders(p.to_owned())
        } else if let Some(q) = t.http_query() {
            HttpLocation::Query(q.to_owned())
        } else if t.is_http_query_params() {
            HttpLocation::QueryParams
        } else if t.is_http_label() {
            HttpLocation::Label {
                greedy: greedy_labels.contains(&m.name),
            }
        } else if t.is_http_payload() {
            HttpLocation::Payload(self.payload_kind(m))
        } else if t.is_http_response_code() {
            HttpLocation::ResponseCode
        } else {
            HttpLocation::Body
        };
        let names = self.xml_collection(&m.target, 0);
        let (xml_item, xml_item_namespace, xml_key, xml_key_namespace, xml_inner) = match names {
            Some(c) => (c.item, c.item_namespace, c.key, c.key_namespace, c.inner),
            None => (None, None, None, None, None),
        };
        WireMember {
            name: m.name.clone(),
            json_name: t.json_name().map(str::to_owned),
            xml_name: t.xml_name().map(str::to_owned),
            xml_attribute: t.is_xml_attribute(),
            xml_flattened: t.is_xml_flattened(),
            xml_namespace: t.xml_namespace().map(|n| (n.uri, n.prefix)),
            ec2_query_name: t.ec2_query_name().map(str::to_owned),
            query_name: t.aws_query_name().map(str::to_owned),
            xml_item,
            xml_item_namespace,
            xml_key,
            xml_key_namespace,
            xml_inner,
            location,
            timestamp_format: self.timestamp_format(m, 0),
            idempotency_token: t.is_idempotency_token(),
            host_label: t.is_host_label(),
            media_type: self.merged(m, |t| t.media_type().map(str::to_owned)),
        }
    }

    /// The XML names of the list or map `target` (its member's or value's and key's `@xmlName` and
    /// `@xmlNamespace`, and those of a collection nested in it), or None when it is no collection or
    /// every name is the default. `depth` stops a recursive shape.
    fn xml_collection(&self, target: &ShapeId, depth: usize) -> Option<XmlCollection> {
        let xml_of = |m: &Member| {
            (
                m.traits.xml_name().map(str::to_owned),
                m.traits.xml_namespace().map(|n| (n.uri, n.prefix)),
            )
        };
        if depth > 32 {
            return None;
        }
        let ((item, item_namespace), (key, key_namespace), inner_target) =
            match self.model.shape(target).map(|s| &s.kind) {
                Some(ShapeKind::List { member, .. }) => {
                    (xml_of(member), (None, None), &member.target)
                }
                Some(ShapeKind::Map { key, value }) => (xml_of(value), xml_of(key), &value.target),
                _ => return None,
            };
        let inner = self.xml_collection(inner_target, depth + 1).map(Box::new);
        let c = XmlCollection {
            item,
            item_namespace,
            key,
            key_namespace,
            inner,
        };
        let default = c.item.is_none()
            && c.item_namespace.is_none()
            && c.key.is_none()
            && c.key_namespace.is_none()
            && c.inner.is_none();
        (!default).then_some(c)
    }

    /// How a payload member is framed, from its target's kind.
    fn payload_kind(&self, m: &Member) -> PayloadKind {
        match self.model.shape(&m.target).map(|s| (&s.kind, s)) {
            Some((ShapeKind::Blob, s)) if s.traits.is_streaming() => PayloadKind::Stream,
            Some((ShapeKind::Blob, _)) => PayloadKind::Blob,
            Some((ShapeKind::String | ShapeKind::Enum(_), _)) => PayloadKind::String,
            Some((ShapeKind::Union(_), _)) => PayloadKind::Union,
            Some((ShapeKind::Document, _)) => PayloadKind::Document,
            _ => PayloadKind::Structure,
        }
    }

    /// The operation's HTTP binding: `@http` split into path labels and literal query for the REST
    /// protocols, `POST /` for the RPC ones (the `@endpoint` host prefix is added by the caller). A label
    /// that names no member of the input bound to it is a model error.
    fn binding(
        &self,
        op: &ShapeId,
        traits: &Traits,
        input: &ShapeId,
        protocol: Protocol,
        diags: &mut Diagnostics,
    ) -> HttpBinding {
        let members: &[Member] = match self.model.shape(input).map(|s| &s.kind) {
            Some(ShapeKind::Structure(members)) => members,
            _ => &[],
        };
        let mut fail = |location: &str, message: String| {
            diags.push(Diagnostic {
                span: None,
                shape: Some(op.to_string()),
                member: None,
                location: location.to_owned(),
                message,
            })
        };
        match traits.http() {
            Some(h) if !protocol.is_rpc() => {
                let (path, query) = h.uri.split_once('?').unwrap_or((&h.uri, ""));
                let path = split_pattern(path, |name| {
                    members
                        .iter()
                        .position(|m| m.name == name && m.traits.is_http_label())
                })
                .unwrap_or_else(|e| {
                    fail("traits[\"smithy.api#http\"].uri", e);
                    Vec::new()
                });
                let path = match self
                    .sdk_id
                    .as_deref()
                    .and_then(customize::label_in_endpoint)
                {
                    Some(label) => strip_leading_label(path, |i| {
                        members.get(i).is_some_and(|m| m.name == label)
                    }),
                    None => path,
                };
                HttpBinding {
                    method: h.method,
                    path,
                    query: query.to_owned(),
                    uri: h.uri,
                    code: h.code,
                    checksum_required: traits.is_http_checksum_required(),
                    checksum: checksum_binding(traits, members, &mut fail),
                    host_prefix: None,
                    host_labels: Vec::new(),
                }
            }
            _ => HttpBinding {
                method: "POST".into(),
                uri: "/".into(),
                path: vec![UriPart::Literal("/".into())],
                query: String::new(),
                code: 200,
                checksum_required: traits.is_http_checksum_required(),
                checksum: checksum_binding(traits, members, &mut fail),
                host_prefix: None,
                host_labels: Vec::new(),
            },
        }
    }

    /// Member traits win over target traits, as the spec says for traits applied to both.
    fn merged<T>(&self, m: &Member, get: impl Fn(&Traits) -> Option<T>) -> Option<T> {
        get(&m.traits).or_else(|| self.model.shape(&m.target).and_then(|s| get(&s.traits)))
    }

    /// `@timestampFormat` of a timestamp member, or of the timestamps its list or map holds.
    fn timestamp_format(&self, m: &Member, depth: usize) -> Option<TimestampFormat> {
        let target = self.model.shape(&m.target)?;
        let format = match &target.kind {
            ShapeKind::Timestamp => self.merged(m, Traits::timestamp_format)?,
            ShapeKind::List { member, .. } if depth < 64 => {
                return self.timestamp_format(member, depth + 1);
            }
            ShapeKind::Map { value, .. } if depth < 64 => {
                return self.timestamp_format(value, depth + 1);
            }
            _ => return None,
        };
        Some(match format {
            traits::TimestampFormat::DateTime => TimestampFormat::DateTime,
            traits::TimestampFormat::HttpDate => TimestampFormat::HttpDate,
            traits::TimestampFormat::EpochSeconds => TimestampFormat::EpochSeconds,
        })
    }

    fn rust_type(&self, m: &Member, depth: usize) -> RustType {
        let Some(target) = self.model.shape(&m.target) else {
            return RustType::Document;
        };
        if let Some(name) = self.type_names.get(&m.target) {
            return RustType::Named(name.clone());
        }
        // The resolver rejects cycles of lists and maps with no structure in between; stop anyway.
        if depth > 64 {
            return RustType::Document;
        }
        let sparse = target.traits.is_sparse();
        match &target.kind {
            ShapeKind::Blob if target.traits.is_streaming() => RustType::ByteStream,
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
            ShapeKind::Timestamp => RustType::DateTime,
            ShapeKind::Document => RustType::Document,
            ShapeKind::List { member, .. } => RustType::List {
                item: Box::new(self.rust_type(member, depth + 1)),
                sparse,
            },
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
            range: self
                .merged(m, Traits::range)
                .map(|r| (num(r.min), num(r.max))),
            pattern: self.merged(m, |t| t.pattern().map(str::to_owned)),
        }
    }

    /// `@sensitive` on the member or its target, or on anything its list or map holds: the secret is in the
    /// value whatever container carries it.
    fn sensitive(&self, m: &Member) -> bool {
        self.sensitive_at(m, 0)
    }

    fn sensitive_at(&self, m: &Member, depth: usize) -> bool {
        if self.merged(m, |t| t.is_sensitive().then_some(())).is_some() {
            return true;
        }
        match self.model.shape(&m.target).map(|s| &s.kind) {
            Some(ShapeKind::List { member, .. }) if depth < 64 => {
                self.sensitive_at(member, depth + 1)
            }
            Some(ShapeKind::Map { key, value }) if depth < 64 => {
                self.sensitive_at(key, depth + 1) || self.sensitive_at(value, depth + 1)
            }
            _ => false,
        }
    }

    fn fields(&self, owner: &ShapeId, members: &[Member], diags: &mut Diagnostics) -> Vec<Field> {
        let names = self.field_names(members);
        // The append-one setters of list members share the builder with the setters named after the fields.
        let mut reserved: Vec<&str> = names.iter().map(String::as_str).collect();
        reserved.extend(["build", "build_read"]);
        let mut push_namer = Namer::with_reserved(&reserved);
        let greedy = self.greedy_labels.get(owner).cloned().unwrap_or_default();
        members
            .iter()
            .zip(names.clone())
            .map(|(m, name)| {
                let ty = self.rust_type(m, 0);
                let push_setter = matches!(ty, RustType::List { .. }).then(|| {
                    push_namer.take(crate::names::escape(&format!(
                        "push_{}",
                        name.trim_start_matches("r#")
                    )))
                });
                if ty == RustType::Document
                    && !matches!(
                        self.model.shape(&m.target).map(|s| &s.kind),
                        Some(ShapeKind::Document)
                    )
                {
                    diags.push(Diagnostic {
                        span: None,
                        shape: Some(owner.to_string()),
                        member: Some(m.name.clone()),
                        location: String::new(),
                        message: format!("member targets {}, which is not a data shape", m.target),
                    });
                }
                let required = m.traits.is_required();
                let label_default = self
                    .sdk_id
                    .as_deref()
                    .filter(|_| m.traits.is_http_label())
                    .and_then(|sdk| customize::label_default(sdk, &m.name));
                let presence = match (label_default, m.optional, m.traits.default_value()) {
                    (Some(v), _, _) => Presence::Default(v),
                    // The client fills an unset token, so the caller never has to (EC2 marks some
                    // tokens `@required` too).
                    _ if m.traits.is_idempotency_token() && ty == RustType::String => {
                        Presence::Optional
                    }
                    (None, true, _) if required => Presence::OptionalRequired,
                    (None, true, _) => Presence::Optional,
                    // EC2's Smithy 1.0 model gives its unboxed numbers and booleans a zero default
                    // that the service does not mean (`MaxResults=0` is refused): ec2Query members
                    // that are not required stay unset until the caller sets them, as in other SDKs.
                    (None, false, Some(_)) if self.protocol == Protocol::Ec2Query && !required => {
                        Presence::Optional
                    }
                    (None, false, Some(v)) => Presence::Default(v.clone()),
                    (None, false, None) if ty.is_collection() => Presence::Empty,
                    (None, false, None) => Presence::Required,
                };
                Field {
                    name,
                    member: m.name.clone(),
                    wire: self.wire_member(m, &greedy),
                    ty,
                    presence,
                    boxed: self
                        .model
                        .boxed_members
                        .contains(&(owner.clone(), m.name.clone())),
                    required,
                    push_setter,
                    docs: self.docs.of(&m.traits),
                    deprecated: deprecation(&m.traits),
                    sensitive: self.sensitive(m),
                    idempotency_token: m.traits.is_idempotency_token(),
                    constraints: self.constraints(m),
                }
            })
            .collect()
    }

    fn union_variants(
        &self,
        owner: &ShapeId,
        members: &[Member],
        diags: &mut Diagnostics,
    ) -> Vec<UnionVariant> {
        let mut namer = Namer::with_reserved(names::RESERVED_VARIANTS);
        members
            .iter()
            .map(|m| {
                let ty = if m.target.is_unit() {
                    None
                } else {
                    let ty = self.rust_type(m, 0);
                    if ty == RustType::Document
                        && !matches!(
                            self.model.shape(&m.target).map(|s| &s.kind),
                            Some(ShapeKind::Document)
                        )
                    {
                        diags.push(Diagnostic {
                            span: None,
                            shape: Some(owner.to_string()),
                            member: Some(m.name.clone()),
                            location: String::new(),
                            message: format!(
                                "union member targets {}, which is not a data shape",
                                m.target
                            ),
                        });
                    }
                    Some(ty)
                };
                UnionVariant {
                    sensitive: self.sensitive(m),
                    name: namer.take(names::variant_name(&m.name)),
                    wire: self.wire_member(m, &BTreeSet::new()),
                    ty,
                    boxed: self
                        .model
                        .boxed_members
                        .contains(&(owner.clone(), m.name.clone())),
                    docs: self.docs.of(&m.traits),
                    deprecated: deprecation(&m.traits),
                }
            })
            .collect()
    }

    /// Why a `@streaming` member keeps the operation from having a method: an event stream (a streaming
    /// union) always, a streaming blob outside a REST protocol's payload.
    fn unsupported_stream(&self, id: &ShapeId, protocol: Protocol) -> Option<String> {
        let ShapeKind::Structure(members) = &self.model.shape(id)?.kind else {
            return None;
        };
        members.iter().find_map(|m| {
            let target = self.model.shape(&m.target)?;
            if !target.traits.is_streaming() {
                return None;
            }
            match &target.kind {
                ShapeKind::Blob if !protocol.is_rpc() && m.traits.is_http_payload() => None,
                ShapeKind::Blob => Some(format!(
                    "member `{}` is a stream, which the client does not support outside a REST payload yet",
                    m.name
                )),
                _ => Some(format!(
                    "member `{}` is an event stream, which the client does not support yet",
                    m.name
                )),
            }
        })
    }

    fn examples(
        &self,
        op: &ShapeId,
        traits: &Traits,
        errors: &[ShapeId],
        diags: &mut Diagnostics,
    ) -> Vec<Example> {
        let mut out = Vec::new();
        let mut namer = Namer::new();
        for (i, ex) in traits.examples().into_iter().enumerate() {
            let error = match ex.error {
                None => None,
                Some(e) => match errors.iter().find(|s| s.to_string() == e.shape_id) {
                    Some(sid) => self.type_names.get(sid).map(|name| ExampleError {
                        type_name: name.clone(),
                        code: sid.name.to_string(),
                        content: e.content.unwrap_or(Value::Null),
                    }),
                    None => {
                        diags.push(Diagnostic {
                            span: None,
                            shape: Some(op.to_string()),
                            member: None,
                            location: format!("traits[\"smithy.api#examples\"][{i}].error.shapeId"),
                            message: format!(
                                "example error `{}` is not one of the operation's errors",
                                e.shape_id
                            ),
                        });
                        None
                    }
                },
            };
            let base = names::snake_name(&ex.title);
            out.push(Example {
                name: namer.take(format!(
                    "example_{i}_{}",
                    base.trim_start_matches("r#").trim_matches('_')
                )),
                title: ex.title,
                docs: ex.documentation.unwrap_or_default(),
                input: ex
                    .input
                    .unwrap_or_else(|| Value::Object(Default::default())),
                output: ex.output,
                error,
                typed: Err("not typed yet".to_owned()),
            });
        }
        out
    }
}

/// An example's values as literals of the crate's types. The expected output or error is what the client
/// reads, so a required member the example leaves out is its zero value.
fn struct_fields<'t>(types: &'t [TypeDef], name: Option<&str>) -> Option<&'t [Field]> {
    let t = types.iter().find(|t| Some(t.name.as_str()) == name)?;
    match &t.kind {
        TypeKind::Struct(s) => Some(&s.fields),
        _ => None,
    }
}

/// An example output as a REST response can carry it: an empty payload is no body, which reads back as an
/// unset member, and a header value loses the whitespace around it (HTTP trims it).
fn what_the_wire_carries(output: &mut Value, fields: &[Field]) {
    let Value::Object(members) = output else {
        return;
    };
    members.retain(|k, v| {
        let at = fields
            .iter()
            .find(|f| &f.member == k)
            .map(|f| &f.wire.location);
        !(matches!(at, Some(HttpLocation::Payload(_))) && v.as_str() == Some(""))
    });
    for (k, v) in members.iter_mut() {
        let at = fields
            .iter()
            .find(|f| &f.member == k)
            .map(|f| &f.wire.location);
        if let (Some(HttpLocation::Header(_)), Value::String(text)) = (at, &mut *v) {
            *text = text.trim().to_owned();
        }
    }
}

fn type_example(
    types: &Types<'_>,
    input: Option<&str>,
    output: Option<&str>,
    errors: &[ErrorRef],
    ex: &Example,
) -> Result<TypedExample, String> {
    let input = input
        .map(|i| types.structure(i, Some(&ex.input), "input"))
        .transpose()?;
    let expect = match &ex.error {
        Some(e) => {
            let variant = errors
                .iter()
                .find(|r| r.type_name == e.type_name)
                .map(|r| r.variant.clone())
                .ok_or_else(|| format!("`{}` is not one of the operation's errors", e.code))?;
            let value = types.read_structure(&e.type_name, Some(&e.content), "error.content")?;
            ExampleExpect::Error { variant, value }
        }
        None => ExampleExpect::Output(
            output
                .map(|o| types.read_structure(o, ex.output.as_ref(), "output"))
                .transpose()?,
        ),
    };
    Ok(TypedExample { input, expect })
}

struct PageFields {
    input_token: String,
    output_token: PageField,
    items: Option<PageField>,
    page_size: Option<PageField>,
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
        types
            .iter()
            .find(|t| &t.id == id)
            .and_then(|t| match &t.kind {
                TypeKind::Struct(s) => Some(&s.fields),
                _ => None,
            })
    };
    let (input_fields, output_fields) = (fields(input)?, fields(output)?);
    let find = |fs: &'_ [Field], member: &str| fs.iter().find(|f| f.member == member).cloned();
    let token_in = find(input_fields, input_token)
        .filter(|f| f.presence.is_optional() && f.ty == RustType::String)?;
    let token_out = find(output_fields, output_token).filter(|f| f.ty == RustType::String)?;
    let items = match items {
        None => None,
        Some(path) => {
            let f = find(output_fields, path)?;
            match &f.ty {
                RustType::List {
                    item,
                    sparse: false,
                } => Some(PageField {
                    field: f.name.clone(),
                    optional: f.presence.is_optional(),
                    ty: (**item).clone(),
                }),
                _ => None,
            }
        }
    };
    let page_size = match page_size {
        None => None,
        Some(m) => find(input_fields, m)
            .filter(|f| f.presence.is_optional())
            .map(|f| PageField {
                field: f.name.clone(),
                optional: true,
                ty: f.ty.clone(),
            }),
    };
    Some(PageFields {
        input_token: token_in.name,
        output_token: PageField {
            optional: token_out.presence.is_optional(),
            field: token_out.name,
            ty: token_out.ty,
        },
        items,
        page_size,
    })
}

/// The `@hostLabel` fields of an operation input.
/// Whether an operation's requests can be presigned: a SigV4-signed REST request without a host
/// prefix whose input members all go in the URI or the headers (the signature covers those), but for a
/// `@streaming` payload, which whoever uses the URL sends. A member bound to the body document (or a
/// structure payload) would need a body the URL cannot carry.
fn presignable(
    protocol: Protocol,
    auth: Auth,
    binding: &HttpBinding,
    types: &[TypeDef],
    input: &ShapeId,
) -> bool {
    if protocol.is_rpc() || auth != Auth::SigV4 || binding.host_prefix.is_some() {
        return false;
    }
    input_fields(types, input).all(|f| {
        matches!(
            f.wire.location,
            HttpLocation::Header(_)
                | HttpLocation::PrefixHeaders(_)
                | HttpLocation::Query(_)
                | HttpLocation::QueryParams
                | HttpLocation::Label { .. }
                | HttpLocation::Payload(PayloadKind::Stream)
        )
    })
}

/// The fields of the operation input `input` among the lowered `types`.
fn input_fields<'t>(types: &'t [TypeDef], input: &ShapeId) -> impl Iterator<Item = &'t Field> {
    types
        .iter()
        .filter(move |t| &t.id == input)
        .flat_map(|t| match &t.kind {
            TypeKind::Struct(s) => s.fields.as_slice(),
            _ => &[],
        })
}

fn host_labels(types: &[TypeDef], input: &ShapeId) -> Vec<HostLabel> {
    input_fields(types, input)
        .filter(|f| f.wire.host_label)
        .map(|f| HostLabel {
            label: f.member.clone(),
            field: f.name.clone(),
            optional: f.presence.is_optional(),
        })
        .collect()
}

/// The labels written `{Name+}` in a URI pattern.
fn greedy_labels_of(uri: &str) -> impl Iterator<Item = String> + '_ {
    uri.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .filter_map(|(label, _)| label.strip_suffix('+').map(str::to_owned))
}

/// `path` without its first segment when that segment is a label `is_label` picks: `/{Bucket}` is `/`,
/// `/{Bucket}/{Key+}` is `/{Key+}`. Any other path is kept.
fn strip_leading_label(path: Vec<UriPart>, is_label: impl Fn(usize) -> bool) -> Vec<UriPart> {
    let rest = match path.as_slice() {
        [UriPart::Literal(slash), UriPart::Label(i), rest @ ..] if slash == "/" && is_label(*i) => {
            rest
        }
        _ => return path,
    };
    match rest {
        // Nothing after the bucket: the endpoint's URL is the whole path (`/mybucket` path-style, `/`
        // virtual-hosted), as S3's compliance cases and botocore send it; `/` here would add a slash.
        [] => Vec::new(),
        [UriPart::Literal(l), tail @ ..] if l.starts_with('/') => {
            let mut out = vec![UriPart::Literal(l.clone())];
            out.extend(tail.iter().cloned());
            out
        }
        // A label glued to more text (`/{Bucket}x`) is not a segment of its own.
        _ => path,
    }
}

/// Splits a URI path pattern into literals and labels (`{Name}`, `{Name+}`); `label` finds
/// the member a label names.
fn split_pattern(
    pattern: &str,
    label: impl Fn(&str) -> Option<usize>,
) -> Result<Vec<UriPart>, String> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(UriPart::Literal(rest[..open].to_owned()));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| format!("`{pattern}` has a `{{` without its `}}`"))?;
        let name = after[..close].trim_end_matches('+');
        let index = label(name).ok_or_else(|| {
            format!("the label `{{{name}}}` of `{pattern}` names no input member bound to it")
        })?;
        out.push(UriPart::Label(index));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(UriPart::Literal(rest.to_owned()));
    }
    Ok(out)
}

/// `@httpChecksum` with its members looked up: each must be an input member bound to a header, since the
/// runtime reads their values from the serialized request.
fn checksum_binding(
    traits: &Traits,
    members: &[Member],
    fail: &mut impl FnMut(&str, String),
) -> Option<crate::ir::ChecksumBinding> {
    let c = traits.http_checksum()?;
    let mut header = |name: &Option<String>, what: &str| -> Option<String> {
        let name = name.as_deref()?;
        let found = members
            .iter()
            .find(|m| m.name == name)
            .and_then(|m| m.traits.http_header());
        if found.is_none() {
            fail(
                "traits[\"aws.protocols#httpChecksum\"]",
                format!("{what} `{name}` is not an input member bound to a header"),
            );
        }
        found.map(str::to_owned)
    };
    Some(crate::ir::ChecksumBinding {
        algorithm_header: header(&c.request_algorithm_member, "requestAlgorithmMember"),
        required: c.request_checksum_required,
        validation_header: header(
            &c.request_validation_mode_member,
            "requestValidationModeMember",
        ),
        response_algorithms: c.response_algorithms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leading_label_the_endpoint_carries_leaves_the_path() {
        let lit = |s: &str| UriPart::Literal(s.into());
        let bucket = |i: usize| i == 0;
        assert_eq!(
            strip_leading_label(vec![lit("/"), UriPart::Label(0)], bucket),
            []
        );
        assert_eq!(
            strip_leading_label(
                vec![lit("/"), UriPart::Label(0), lit("/"), UriPart::Label(1)],
                bucket
            ),
            [lit("/"), UriPart::Label(1)]
        );
        // Another label first, or the label glued to text: unchanged.
        let other = vec![lit("/"), UriPart::Label(1), lit("/"), UriPart::Label(0)];
        assert_eq!(strip_leading_label(other.clone(), bucket), other);
        let glued = vec![lit("/"), UriPart::Label(0), lit("x")];
        assert_eq!(strip_leading_label(glued.clone(), bucket), glued);
    }

    #[test]
    fn patterns_split_into_literals_and_labels() {
        let find = |n: &str| ["Bucket", "Key"].iter().position(|m| *m == n);
        assert_eq!(
            split_pattern("/{Bucket}/x/{Key+}", find).unwrap(),
            [
                UriPart::Literal("/".into()),
                UriPart::Label(0),
                UriPart::Literal("/x/".into()),
                UriPart::Label(1),
            ]
        );
        assert_eq!(
            split_pattern("{Bucket}.data.", find).unwrap(),
            [UriPart::Label(0), UriPart::Literal(".data.".into())]
        );
        assert_eq!(
            split_pattern("/plain", find).unwrap(),
            [UriPart::Literal("/plain".into())]
        );
        assert!(
            split_pattern("/{Missing}", find)
                .unwrap_err()
                .contains("`{Missing}`")
        );
        assert!(split_pattern("/{Bucket", find).is_err());
    }
}
