//! Walks a `RuleSet` for one set of parameter values.

use std::borrow::Cow;

use serde_json::Value as Json;

use super::aws::{is_virtual_hostable_s3_bucket, parse_arn};
use super::error::ResolveError;
use super::partition::partition_for_region;
use super::stdlib::{is_valid_host_label, parse_url, split, substring, uri_encode};
use super::tree::{
    Call, EndpointTemplate, Expr, Func, Part, PathPart, Prop, Rule, RuleKind, RuleSet, Template,
    Val,
};
use super::{Endpoint, Params, Value};

type Slots = [Option<Val>];
type Result<T> = std::result::Result<T, ResolveError>;

impl RuleSet {
    /// Resolves the endpoint for `params` (missing ones take their defaults).
    ///
    /// Names in `params` that the rule set does not declare are ignored, so one parameter map can
    /// serve several rule set versions.
    pub fn resolve(&self, params: &Params) -> Result<Endpoint> {
        let mut slots: Vec<Option<Val>> = Vec::with_capacity(self.slot_count);
        for p in &self.params {
            match params.get(&p.name).or(p.default.as_ref()) {
                Some(v) if !p.ty.accepts(v) => {
                    return Err(ResolveError::InvalidParameter {
                        name: p.name.clone(),
                        expected: p.ty.describe(),
                    });
                }
                Some(v) => slots.push(Some(to_val(v))),
                None if p.required => {
                    return Err(ResolveError::MissingParameter {
                        name: p.name.clone(),
                    });
                }
                None => slots.push(None),
            }
        }
        slots.resize(self.slot_count.max(slots.len()), None);
        eval_rules(&self.rules, &mut slots)?.ok_or(ResolveError::NoRuleMatched)
    }
}

fn to_val(v: &Value) -> Val {
    match v {
        Value::String(s) => Val::Str(s.clone()),
        Value::Bool(b) => Val::Bool(*b),
        Value::StringArray(items) => Val::Array(items.iter().cloned().map(Val::Str).collect()),
    }
}

/// `Ok(None)`: no rule at this level matched. A selected tree that runs out of rules is final.
fn eval_rules(rules: &[Rule], slots: &mut [Option<Val>]) -> Result<Option<Endpoint>> {
    for rule in rules {
        if !conditions_hold(rule, slots)? {
            continue;
        }
        return match &rule.kind {
            RuleKind::Endpoint(e) => build_endpoint(e, slots).map(Some),
            RuleKind::Error(message) => {
                let message = expect_string(eval(message, slots)?, "error message", "error rule")?;
                Err(ResolveError::Rule { message })
            }
            RuleKind::Tree(children) => match eval_rules(children, slots)? {
                Some(endpoint) => Ok(Some(endpoint)),
                None => Err(ResolveError::NoRuleMatched),
            },
        };
    }
    Ok(None)
}

fn conditions_hold(rule: &Rule, slots: &mut [Option<Val>]) -> Result<bool> {
    for c in &rule.conditions {
        let value = eval(&c.expr, slots)?;
        let holds = match value.as_deref() {
            None | Some(Val::Bool(false)) => false,
            Some(_) => true,
        };
        if !holds {
            return Ok(false);
        }
        if let Some(slot) = c.assign {
            let owned = value.map(Cow::into_owned);
            if let Some(s) = slots.get_mut(slot) {
                *s = owned;
            }
        }
    }
    Ok(true)
}

fn expect_string(v: Option<Cow<'_, Val>>, what: &str, path: &str) -> Result<String> {
    match v {
        Some(Cow::Owned(Val::Str(s))) => Ok(s),
        Some(Cow::Borrowed(Val::Str(s))) => Ok(s.clone()),
        Some(other) => Err(eval_error(
            path,
            format!("{what} must be a string, got a {}", other.kind()),
        )),
        None => Err(eval_error(path, format!("{what} is not set"))),
    }
}

fn eval_error(path: &str, message: String) -> ResolveError {
    ResolveError::Evaluation {
        path: path.to_owned(),
        message,
    }
}

fn build_endpoint(e: &EndpointTemplate, slots: &Slots) -> Result<Endpoint> {
    let url = expect_string(eval(&e.url, slots)?, "endpoint url", &e.path)?;
    let mut endpoint = Endpoint {
        url,
        ..Endpoint::default()
    };
    for (name, values) in &e.headers {
        let mut rendered = Vec::with_capacity(values.len());
        for v in values {
            rendered.push(expect_string(eval(v, slots)?, "header value", &e.path)?);
        }
        endpoint.headers.insert(name.clone(), rendered);
    }
    for (name, prop) in &e.properties {
        endpoint
            .properties
            .insert(name.clone(), render_prop(prop, slots, &e.path)?);
    }
    Ok(endpoint)
}

fn render_prop(p: &Prop, slots: &Slots, path: &str) -> Result<Json> {
    Ok(match p {
        Prop::Template(t) => Json::String(render(t, slots, path)?),
        Prop::Literal(v) => v.clone(),
        Prop::Array(items) => Json::Array(
            items
                .iter()
                .map(|i| render_prop(i, slots, path))
                .collect::<Result<_>>()?,
        ),
        Prop::Object(fields) => Json::Object(
            fields
                .iter()
                .map(|(k, v)| Ok((k.clone(), render_prop(v, slots, path)?)))
                .collect::<Result<_>>()?,
        ),
    })
}

fn render(t: &Template, slots: &Slots, path: &str) -> Result<String> {
    let mut out = String::new();
    for part in &t.parts {
        match part {
            Part::Lit(s) => out.push_str(s),
            Part::Ref {
                slot,
                name,
                path: attr,
            } => {
                let value = slots.get(*slot).and_then(Option::as_ref).ok_or_else(|| {
                    eval_error(path, format!("template uses `{name}`, which is not set"))
                })?;
                let s = match get_attr(value, attr) {
                    Some(Attr::Str(s)) => s,
                    Some(Attr::Val(Val::Str(s))) => s.as_str(),
                    _ => {
                        return Err(eval_error(
                            path,
                            format!(
                                "template uses `{name}`{}, which is not a string",
                                describe_path(attr)
                            ),
                        ));
                    }
                };
                out.push_str(s);
            }
        }
    }
    Ok(out)
}

fn describe_path(path: &[PathPart]) -> String {
    let mut out = String::new();
    for p in path {
        match p {
            PathPart::Key(k) => {
                out.push(if out.is_empty() { '#' } else { '.' });
                out.push_str(k);
            }
            PathPart::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// A view into a value reached by a getAttr path, borrowed where possible.
enum Attr<'v> {
    Val(&'v Val),
    Str(&'v str),
    Bool(bool),
    Strs(&'v [String]),
}

impl<'v> Attr<'v> {
    fn into_cow(self) -> Cow<'v, Val> {
        match self {
            Attr::Val(v) => Cow::Borrowed(v),
            Attr::Str(s) => Cow::Owned(Val::Str(s.to_owned())),
            Attr::Bool(b) => Cow::Owned(Val::Bool(b)),
            Attr::Strs(items) => {
                Cow::Owned(Val::Array(items.iter().cloned().map(Val::Str).collect()))
            }
        }
    }
}

fn index(len: usize, i: i64) -> Option<usize> {
    let i = if i < 0 {
        i64::try_from(len).ok()? + i
    } else {
        i
    };
    usize::try_from(i).ok().filter(|i| *i < len)
}

fn get_attr<'v>(value: &'v Val, path: &[PathPart]) -> Option<Attr<'v>> {
    let mut cur = Attr::Val(value);
    for part in path {
        cur = match (cur, part) {
            (Attr::Val(Val::Partition(p)), PathPart::Key(k)) => match k.as_str() {
                "name" => Attr::Str(p.name),
                "dnsSuffix" => Attr::Str(p.dns_suffix),
                "dualStackDnsSuffix" => Attr::Str(p.dual_stack_dns_suffix),
                "supportsFIPS" => Attr::Bool(p.supports_fips),
                "supportsDualStack" => Attr::Bool(p.supports_dual_stack),
                "implicitGlobalRegion" => Attr::Str(p.implicit_global_region),
                _ => return None,
            },
            (Attr::Val(Val::Url(u)), PathPart::Key(k)) => match k.as_str() {
                "scheme" => Attr::Str(&u.scheme),
                "authority" => Attr::Str(&u.authority),
                "path" => Attr::Str(&u.path),
                "normalizedPath" => Attr::Str(&u.normalized_path),
                "isIp" => Attr::Bool(u.is_ip),
                _ => return None,
            },
            (Attr::Val(Val::Arn(a)), PathPart::Key(k)) => match k.as_str() {
                "partition" => Attr::Str(&a.partition),
                "service" => Attr::Str(&a.service),
                "region" => Attr::Str(&a.region),
                "accountId" => Attr::Str(&a.account_id),
                "resourceId" => Attr::Strs(&a.resource_id),
                _ => return None,
            },
            (Attr::Val(Val::Array(items)), PathPart::Index(i)) => {
                Attr::Val(&items[index(items.len(), *i)?])
            }
            (Attr::Strs(items), PathPart::Index(i)) => Attr::Str(&items[index(items.len(), *i)?]),
            _ => return None,
        };
    }
    Some(cur)
}

fn eval<'a>(e: &'a Expr, slots: &'a Slots) -> Result<Option<Cow<'a, Val>>> {
    match e {
        Expr::Lit(v) => Ok(Some(Cow::Borrowed(v))),
        Expr::Ref { slot, .. } => Ok(slots.get(*slot).and_then(Option::as_ref).map(Cow::Borrowed)),
        Expr::Template(t) => Ok(Some(Cow::Owned(Val::Str(render(t, slots, "template")?)))),
        Expr::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                match eval(item, slots)? {
                    Some(v) => out.push(v.into_owned()),
                    None => return Ok(None),
                }
            }
            Ok(Some(Cow::Owned(Val::Array(out))))
        }
        Expr::Call(call) => eval_call(call, slots),
    }
}

fn owned<'a>(v: Val) -> Result<Option<Cow<'a, Val>>> {
    Ok(Some(Cow::Owned(v)))
}

/// Evaluates argument `i`; `None` means unset, which makes most functions yield unset too.
fn arg<'a>(call: &'a Call, i: usize, slots: &'a Slots) -> Result<Option<Cow<'a, Val>>> {
    match call.args.get(i) {
        Some(e) => eval(e, slots),
        None => Ok(None),
    }
}

fn type_error(call: &Call, i: usize, want: &str, got: &Val) -> ResolveError {
    eval_error(
        &call.path,
        format!(
            "argument {i} of `{}` must be a {want}, got a {}",
            call.func.name(),
            got.kind()
        ),
    )
}

fn str_arg<'v>(call: &Call, i: usize, v: &'v Val) -> Result<&'v str> {
    match v {
        Val::Str(s) => Ok(s),
        other => Err(type_error(call, i, "string", other)),
    }
}

fn bool_arg(call: &Call, i: usize, v: &Val) -> Result<bool> {
    match v {
        Val::Bool(b) => Ok(*b),
        other => Err(type_error(call, i, "boolean", other)),
    }
}

fn int_arg(call: &Call, i: usize, v: &Val) -> Result<i64> {
    match v {
        Val::Int(n) => Ok(*n),
        other => Err(type_error(call, i, "integer", other)),
    }
}

/// Evaluates all arguments, or `None` as soon as one is unset.
fn all_args<'a>(call: &'a Call, slots: &'a Slots) -> Result<Option<Vec<Cow<'a, Val>>>> {
    let mut out = Vec::with_capacity(call.args.len());
    for i in 0..call.args.len() {
        match arg(call, i, slots)? {
            Some(v) => out.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

fn eval_call<'a>(call: &'a Call, slots: &'a Slots) -> Result<Option<Cow<'a, Val>>> {
    match &call.func {
        Func::IsSet => owned(Val::Bool(arg(call, 0, slots)?.is_some())),
        Func::Coalesce => {
            let last = call.args.len().saturating_sub(1);
            for i in 0..last {
                if let Some(v) = arg(call, i, slots)? {
                    return Ok(Some(v));
                }
            }
            arg(call, last, slots)
        }
        Func::Ite => match arg(call, 0, slots)? {
            None => Ok(None),
            Some(c) => {
                let branch = if bool_arg(call, 0, &c)? { 1 } else { 2 };
                arg(call, branch, slots)
            }
        },
        Func::GetAttr(path) => match arg(call, 0, slots)? {
            None => Ok(None),
            Some(Cow::Borrowed(v)) => Ok(get_attr(v, path).map(Attr::into_cow)),
            Some(Cow::Owned(v)) => {
                Ok(get_attr(&v, path).map(|a| Cow::Owned(a.into_cow().into_owned())))
            }
        },
        _ => {
            let Some(args) = all_args(call, slots)? else {
                return Ok(None);
            };
            eval_strict(call, &args)
        }
    }
}

/// Functions whose every argument must be set.
fn eval_strict<'a>(call: &Call, args: &[Cow<'_, Val>]) -> Result<Option<Cow<'a, Val>>> {
    let a = |i: usize| -> &Val { &args[i] };
    match &call.func {
        Func::Not => owned(Val::Bool(!bool_arg(call, 0, a(0))?)),
        Func::BooleanEquals => owned(Val::Bool(
            bool_arg(call, 0, a(0))? == bool_arg(call, 1, a(1))?,
        )),
        Func::StringEquals => owned(Val::Bool(
            str_arg(call, 0, a(0))? == str_arg(call, 1, a(1))?,
        )),
        Func::Substring => {
            let s = str_arg(call, 0, a(0))?;
            let (start, end) = (int_arg(call, 1, a(1))?, int_arg(call, 2, a(2))?);
            Ok(substring(s, start, end, bool_arg(call, 3, a(3))?)
                .map(|s| Cow::Owned(Val::Str(s.to_owned()))))
        }
        Func::IsValidHostLabel => {
            let allow = match args.get(1) {
                Some(v) => bool_arg(call, 1, v)?,
                None => false,
            };
            owned(Val::Bool(is_valid_host_label(
                str_arg(call, 0, a(0))?,
                allow,
            )))
        }
        Func::ParseUrl => {
            Ok(parse_url(str_arg(call, 0, a(0))?).map(|u| Cow::Owned(Val::Url(Box::new(u)))))
        }
        Func::UriEncode => owned(Val::Str(uri_encode(str_arg(call, 0, a(0))?))),
        Func::Split => {
            let parts = split(
                str_arg(call, 0, a(0))?,
                str_arg(call, 1, a(1))?,
                int_arg(call, 2, a(2))?,
            );
            Ok(parts.map(|p| Cow::Owned(Val::Array(p.into_iter().map(Val::Str).collect()))))
        }
        Func::AwsPartition => owned(Val::Partition(partition_for_region(str_arg(
            call,
            0,
            a(0),
        )?))),
        Func::AwsParseArn => {
            Ok(parse_arn(str_arg(call, 0, a(0))?).map(|arn| Cow::Owned(Val::Arn(Box::new(arn)))))
        }
        Func::AwsIsVirtualHostableS3Bucket => owned(Val::Bool(is_virtual_hostable_s3_bucket(
            str_arg(call, 0, a(0))?,
            bool_arg(call, 1, a(1))?,
        ))),
        // Handled lazily in `eval_call`; listed so a new variant is a compile error here.
        Func::IsSet | Func::Coalesce | Func::Ite | Func::GetAttr(_) => Err(eval_error(
            &call.path,
            format!("internal: `{}` evaluated strictly", call.func.name()),
        )),
    }
}
