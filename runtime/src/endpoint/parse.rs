//! JSON document -> typed `RuleSet`. Every problem is a `RuleSetError` naming the JSON path.

use serde_json::Value as Json;

use super::Value;
use super::error::RuleSetError;
use super::template::{is_template, parse_path, parse_template};
use super::tree::{
    Call, Condition, EndpointTemplate, Expr, Func, Parameter, ParameterType, Prop, Rule, RuleKind,
    RuleSet, Val,
};

type Result<T> = std::result::Result<T, RuleSetError>;

impl RuleSet {
    /// Parses and validates an `endpointRuleSet` document.
    ///
    /// Fails on malformed JSON, a node of the wrong shape, an unknown function, a wrong argument
    /// count, or a reference to a name that is not in scope where it is used.
    pub fn from_json(json: &str) -> Result<RuleSet> {
        let doc: Json = serde_json::from_str(json)
            .map_err(|e| RuleSetError::new("$", format!("not valid JSON: {e}")))?;
        RuleSet::from_value(&doc)
    }

    /// Like [`RuleSet::from_json`], for a document already parsed (e.g. a trait value of a model).
    pub fn from_value(doc: &Json) -> Result<RuleSet> {
        // Parsing and evaluation recurse along the document; bound the depth up front so a
        // hand-built `Value` (not limited by serde_json's parser) cannot overflow the stack.
        if nesting_depth(doc) > MAX_DEPTH {
            return Err(RuleSetError::new(
                "$",
                format!("nested deeper than {MAX_DEPTH} levels"),
            ));
        }
        let root = object(doc, "$")?;
        let version = match root.get("version") {
            Some(Json::String(v)) => v.clone(),
            Some(_) => return Err(RuleSetError::new("$.version", "must be a string")),
            None => return Err(RuleSetError::new("$.version", "is required")),
        };
        let params_doc = root
            .get("parameters")
            .ok_or_else(|| RuleSetError::new("$.parameters", "is required"))?;
        let mut params = Vec::new();
        for (name, param) in object(params_doc, "$.parameters")? {
            params.push(parse_parameter(
                name,
                param,
                &format!("$.parameters.{name}"),
            )?);
        }
        // Name order whatever serde_json's map type is (`preserve_order` may be unified in).
        params.sort_by(|a, b| a.name.cmp(&b.name));
        let mut parser = Parser {
            scope: params.iter().map(|p| p.name.clone()).collect(),
            max_slots: params.len(),
        };
        let rules_doc = root
            .get("rules")
            .ok_or_else(|| RuleSetError::new("$.rules", "is required"))?;
        let rules = parser.rules(rules_doc, "$.rules")?;
        Ok(RuleSet {
            version,
            params,
            rules,
            slot_count: parser.max_slots,
        })
    }
}

/// Far beyond real rule sets (S3's is under 40 levels deep), far below any stack limit.
const MAX_DEPTH: usize = 256;

fn nesting_depth(doc: &Json) -> usize {
    let mut max = 0;
    let mut stack = vec![(doc, 1usize)];
    while let Some((v, depth)) = stack.pop() {
        max = max.max(depth);
        if depth > MAX_DEPTH {
            break;
        }
        match v {
            Json::Array(items) => stack.extend(items.iter().map(|i| (i, depth + 1))),
            Json::Object(map) => stack.extend(map.values().map(|i| (i, depth + 1))),
            _ => {}
        }
    }
    max
}

fn object<'a>(v: &'a Json, path: &str) -> Result<&'a serde_json::Map<String, Json>> {
    v.as_object()
        .ok_or_else(|| RuleSetError::new(path, "must be an object"))
}

fn array<'a>(v: &'a Json, path: &str) -> Result<&'a Vec<Json>> {
    v.as_array()
        .ok_or_else(|| RuleSetError::new(path, "must be an array"))
}

fn string<'a>(v: &'a Json, path: &str) -> Result<&'a str> {
    v.as_str()
        .ok_or_else(|| RuleSetError::new(path, "must be a string"))
}

fn parse_parameter(name: &str, doc: &Json, path: &str) -> Result<Parameter> {
    let obj = object(doc, path)?;
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(RuleSetError::new(
            path,
            "parameter names must be alphanumeric",
        ));
    }
    let ty_path = format!("{path}.type");
    let ty_doc = obj
        .get("type")
        .ok_or_else(|| RuleSetError::new(&ty_path, "is required"))?;
    // Real models spell the types `String` and `Boolean`; the spec spells them in lower case.
    let ty = match string(ty_doc, &ty_path)?.to_ascii_lowercase().as_str() {
        "string" => ParameterType::String,
        "boolean" => ParameterType::Boolean,
        "stringarray" => ParameterType::StringArray,
        other => {
            return Err(RuleSetError::new(
                &ty_path,
                format!("unknown parameter type `{other}`"),
            ));
        }
    };
    let opt_string = |key: &str| -> Result<Option<String>> {
        match obj.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(v) => Ok(Some(string(v, &format!("{path}.{key}"))?.to_owned())),
        }
    };
    let required = match obj.get("required") {
        None | Some(Json::Null) => false,
        Some(Json::Bool(b)) => *b,
        Some(_) => {
            return Err(RuleSetError::new(
                &format!("{path}.required"),
                "must be a boolean",
            ));
        }
    };
    let default = match obj.get("default") {
        None | Some(Json::Null) => None,
        Some(v) => {
            let dpath = format!("{path}.default");
            let value = match v {
                Json::String(s) => Value::String(s.clone()),
                Json::Bool(b) => Value::Bool(*b),
                Json::Array(items) => Value::StringArray(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, s)| string(s, &format!("{dpath}[{i}]")).map(str::to_owned))
                        .collect::<Result<_>>()?,
                ),
                _ => {
                    return Err(RuleSetError::new(
                        &dpath,
                        "must be a string, boolean or array",
                    ));
                }
            };
            if !ty.accepts(&value) {
                return Err(RuleSetError::new(
                    &dpath,
                    format!("must be a {}", ty.describe()),
                ));
            }
            Some(value)
        }
    };
    let deprecated = match obj.get("deprecated") {
        None | Some(Json::Null) => None,
        Some(d) => Some(
            d.get("message")
                .and_then(Json::as_str)
                .unwrap_or("deprecated")
                .to_owned(),
        ),
    };
    Ok(Parameter {
        name: name.to_owned(),
        ty,
        built_in: opt_string("builtIn")?,
        required,
        default,
        documentation: opt_string("documentation")?,
        deprecated,
    })
}

struct Parser {
    /// Names visible at the current point; a name's index is its slot.
    scope: Vec<String>,
    max_slots: usize,
}

impl Parser {
    fn lookup(&self, name: &str) -> std::result::Result<usize, String> {
        self.scope
            .iter()
            .rposition(|n| n == name)
            .ok_or_else(|| format!("`{name}` is neither a parameter nor a variable in scope"))
    }

    fn rules(&mut self, doc: &Json, path: &str) -> Result<Vec<Rule>> {
        let items = array(doc, path)?;
        let mut rules = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let depth = self.scope.len();
            let rule = self.rule(item, &format!("{path}[{i}]"));
            // Variables assigned by a rule's conditions end with the rule.
            self.scope.truncate(depth);
            rules.push(rule?);
        }
        Ok(rules)
    }

    fn rule(&mut self, doc: &Json, path: &str) -> Result<Rule> {
        let obj = object(doc, path)?;
        let conditions = match obj.get("conditions") {
            None => Vec::new(),
            Some(c) => {
                let cpath = format!("{path}.conditions");
                let items = array(c, &cpath)?;
                let mut conditions = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    conditions.push(self.condition(item, &format!("{cpath}[{i}]"))?);
                }
                conditions
            }
        };
        let tpath = format!("{path}.type");
        let ty = string(
            obj.get("type")
                .ok_or_else(|| RuleSetError::new(&tpath, "is required"))?,
            &tpath,
        )?;
        let field = |key: &str| {
            obj.get(key).ok_or_else(|| {
                RuleSetError::new(
                    &format!("{path}.{key}"),
                    format!("is required for a `{ty}` rule"),
                )
            })
        };
        let kind = match ty {
            "endpoint" => RuleKind::Endpoint(Box::new(
                self.endpoint(field("endpoint")?, &format!("{path}.endpoint"))?,
            )),
            "error" => RuleKind::Error(self.expr(field("error")?, &format!("{path}.error"))?),
            "tree" => RuleKind::Tree(self.rules(field("rules")?, &format!("{path}.rules"))?),
            other => {
                return Err(RuleSetError::new(
                    &tpath,
                    format!("unknown rule type `{other}`"),
                ));
            }
        };
        Ok(Rule { conditions, kind })
    }

    fn condition(&mut self, doc: &Json, path: &str) -> Result<Condition> {
        let obj = object(doc, path)?;
        if !obj.contains_key("fn") {
            return Err(RuleSetError::new(
                path,
                "a condition must be a function call (`fn`)",
            ));
        }
        let expr = self.expr(doc, path)?;
        let assign = match obj.get("assign") {
            None | Some(Json::Null) => None,
            Some(name) => {
                let apath = format!("{path}.assign");
                let name = string(name, &apath)?;
                if self.scope.iter().any(|n| n == name) {
                    return Err(RuleSetError::new(
                        &apath,
                        format!("`{name}` is already defined in this scope"),
                    ));
                }
                self.scope.push(name.to_owned());
                self.max_slots = self.max_slots.max(self.scope.len());
                Some(self.scope.len() - 1)
            }
        };
        Ok(Condition { expr, assign })
    }

    fn endpoint(&mut self, doc: &Json, path: &str) -> Result<EndpointTemplate> {
        let obj = object(doc, path)?;
        let upath = format!("{path}.url");
        let url = self.expr(
            obj.get("url")
                .ok_or_else(|| RuleSetError::new(&upath, "is required"))?,
            &upath,
        )?;
        let mut headers = Vec::new();
        if let Some(h) = obj.get("headers") {
            let hpath = format!("{path}.headers");
            for (name, values) in object(h, &hpath)? {
                let vpath = format!("{hpath}.{name}");
                let values = array(values, &vpath)?
                    .iter()
                    .enumerate()
                    .map(|(i, v)| self.expr(v, &format!("{vpath}[{i}]")))
                    .collect::<Result<Vec<_>>>()?;
                headers.push((name.clone(), values));
            }
        }
        let mut properties = Vec::new();
        if let Some(p) = obj.get("properties") {
            let ppath = format!("{path}.properties");
            for (name, value) in object(p, &ppath)? {
                properties.push((name.clone(), self.prop(value, &format!("{ppath}.{name}"))?));
            }
        }
        Ok(EndpointTemplate {
            url,
            headers,
            properties,
            path: path.to_owned(),
        })
    }

    fn prop(&self, doc: &Json, path: &str) -> Result<Prop> {
        Ok(match doc {
            Json::String(s) if is_template(s) => Prop::Template(self.template(s, path)?),
            Json::Array(items) => Prop::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| self.prop(v, &format!("{path}[{i}]")))
                    .collect::<Result<_>>()?,
            ),
            Json::Object(map) => Prop::Object(
                map.iter()
                    .map(|(k, v)| Ok((k.clone(), self.prop(v, &format!("{path}.{k}"))?)))
                    .collect::<Result<_>>()?,
            ),
            other => Prop::Literal(other.clone()),
        })
    }

    fn template(&self, s: &str, path: &str) -> Result<super::tree::Template> {
        parse_template(s, |name| self.lookup(name)).map_err(|m| RuleSetError::new(path, m))
    }

    fn expr(&self, doc: &Json, path: &str) -> Result<Expr> {
        match doc {
            Json::String(s) if is_template(s) => Ok(Expr::Template(self.template(s, path)?)),
            Json::String(s) => Ok(Expr::Lit(Val::Str(s.clone()))),
            Json::Bool(b) => Ok(Expr::Lit(Val::Bool(*b))),
            Json::Number(n) => n
                .as_i64()
                .map(|i| Expr::Lit(Val::Int(i)))
                .ok_or_else(|| RuleSetError::new(path, "numbers must be integers")),
            Json::Array(items) => Ok(Expr::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| self.expr(v, &format!("{path}[{i}]")))
                    .collect::<Result<_>>()?,
            )),
            Json::Object(obj) => {
                if let Some(r) = obj.get("ref") {
                    let rpath = format!("{path}.ref");
                    let name = string(r, &rpath)?;
                    let slot = self
                        .lookup(name)
                        .map_err(|m| RuleSetError::new(&rpath, m))?;
                    Ok(Expr::Ref { slot })
                } else if let Some(f) = obj.get("fn") {
                    self.call(string(f, &format!("{path}.fn"))?, obj.get("argv"), path)
                } else {
                    Err(RuleSetError::new(
                        path,
                        "an object here must be a reference (`ref`) or a function call (`fn`)",
                    ))
                }
            }
            Json::Null => Err(RuleSetError::new(path, "null is not an expression")),
        }
    }

    fn call(&self, name: &str, argv: Option<&Json>, path: &str) -> Result<Expr> {
        let apath = format!("{path}.argv");
        let argv = array(
            argv.ok_or_else(|| RuleSetError::new(&apath, "is required"))?,
            &apath,
        )?;
        let (mut func, min, max) = match name {
            "isSet" => (Func::IsSet, 1, 1),
            "not" => (Func::Not, 1, 1),
            "booleanEquals" => (Func::BooleanEquals, 2, 2),
            "stringEquals" => (Func::StringEquals, 2, 2),
            "getAttr" => (Func::GetAttr(Vec::new()), 2, 2),
            "substring" => (Func::Substring, 4, 4),
            // The spec's own example passes one argument; allowSubDomains then defaults to false.
            "isValidHostLabel" => (Func::IsValidHostLabel, 1, 2),
            "parseURL" => (Func::ParseUrl, 1, 1),
            "uriEncode" => (Func::UriEncode, 1, 1),
            "coalesce" => (Func::Coalesce, 2, usize::MAX),
            "ite" => (Func::Ite, 3, 3),
            "split" => (Func::Split, 3, 3),
            "aws.partition" => (Func::AwsPartition, 1, 1),
            "aws.parseArn" => (Func::AwsParseArn, 1, 1),
            "aws.isVirtualHostableS3Bucket" => (Func::AwsIsVirtualHostableS3Bucket, 2, 2),
            other => {
                return Err(RuleSetError::new(
                    &format!("{path}.fn"),
                    format!("unsupported function `{other}`"),
                ));
            }
        };
        if argv.len() < min || argv.len() > max {
            let expected = if min == max {
                format!("{min}")
            } else if max == usize::MAX {
                format!("at least {min}")
            } else {
                format!("{min} to {max}")
            };
            return Err(RuleSetError::new(
                &apath,
                format!("`{name}` takes {expected} arguments, got {}", argv.len()),
            ));
        }
        let mut args = Vec::with_capacity(argv.len());
        for (i, a) in argv.iter().enumerate() {
            let arg_path = format!("{apath}[{i}]");
            if let (Func::GetAttr(parts), 1) = (&mut func, i) {
                let p = string(a, &arg_path)?;
                *parts = parse_path(p).map_err(|m| RuleSetError::new(&arg_path, m))?;
                continue;
            }
            args.push(self.expr(a, &arg_path)?);
        }
        Ok(Expr::Call(Box::new(Call {
            func,
            args,
            path: path.to_owned(),
        })))
    }
}
