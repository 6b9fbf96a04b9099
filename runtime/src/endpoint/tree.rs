//! The typed form of a rule set: what `parse` builds and `eval` walks.

use super::Value;
use super::aws::Arn;
use super::partition::Partition;
use super::stdlib::ParsedUrl;

/// A parsed, validated endpoint rule set. Cheap to share (`&RuleSet`), immutable.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub(crate) version: String,
    pub(crate) params: Vec<Parameter>,
    pub(crate) rules: Vec<Rule>,
    /// Parameters occupy slots `0..params.len()`, assigned variables the slots above, by scope depth.
    pub(crate) slot_count: usize,
}

impl RuleSet {
    /// The declared parameters, sorted by name.
    pub fn parameters(&self) -> &[Parameter] {
        &self.params
    }

    /// The rules engine version the document declares (e.g. `1.0`).
    pub fn version(&self) -> &str {
        &self.version
    }
}

/// The type of a rule set parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterType {
    /// A string parameter.
    String,
    /// A boolean parameter.
    Boolean,
    /// A list-of-strings parameter.
    StringArray,
}

impl ParameterType {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            ParameterType::String => "string",
            ParameterType::Boolean => "boolean",
            ParameterType::StringArray => "string array",
        }
    }

    pub(crate) fn accepts(self, value: &Value) -> bool {
        matches!(
            (self, value),
            (ParameterType::String, Value::String(_))
                | (ParameterType::Boolean, Value::Bool(_))
                | (ParameterType::StringArray, Value::StringArray(_))
        )
    }
}

/// A declared rule set parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// The parameter's name.
    pub name: String,
    /// Its type.
    pub ty: ParameterType,
    /// The built-in this parameter is bound to, e.g. `AWS::Region`.
    pub built_in: Option<String>,
    /// Whether it must have a value.
    pub required: bool,
    /// The value when none is given.
    pub default: Option<Value>,
    /// The rule set's documentation of it.
    pub documentation: Option<String>,
    /// The deprecation message, when the parameter is deprecated.
    pub deprecated: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub conditions: Vec<Condition>,
    pub kind: RuleKind,
}

#[derive(Debug, Clone)]
pub(crate) enum RuleKind {
    Endpoint(Box<EndpointTemplate>),
    Error(Expr),
    Tree(Vec<Rule>),
}

#[derive(Debug, Clone)]
pub(crate) struct Condition {
    pub expr: Expr,
    pub assign: Option<usize>,
}

#[derive(Debug, Clone)]
pub(crate) struct EndpointTemplate {
    pub url: Expr,
    pub headers: Vec<(String, Vec<Expr>)>,
    pub properties: Vec<(String, Prop)>,
    /// JSON path of the endpoint object, for run-time error messages.
    pub path: String,
}

/// An endpoint property: literal JSON whose strings may be templates.
#[derive(Debug, Clone)]
pub(crate) enum Prop {
    Template(Template),
    Literal(serde_json::Value),
    Array(Vec<Prop>),
    Object(Vec<(String, Prop)>),
}

#[derive(Debug, Clone)]
pub(crate) enum Expr {
    Lit(Val),
    Template(Template),
    Array(Vec<Expr>),
    Ref { slot: usize },
    Call(Box<Call>),
}

#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub func: Func,
    pub args: Vec<Expr>,
    /// JSON path of the function object, for run-time error messages.
    pub path: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Func {
    IsSet,
    Not,
    BooleanEquals,
    StringEquals,
    /// The path argument is always a literal, so it is parsed once here.
    GetAttr(Vec<PathPart>),
    Substring,
    IsValidHostLabel,
    ParseUrl,
    UriEncode,
    Coalesce,
    Ite,
    Split,
    AwsPartition,
    AwsParseArn,
    AwsIsVirtualHostableS3Bucket,
}

impl Func {
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Func::IsSet => "isSet",
            Func::Not => "not",
            Func::BooleanEquals => "booleanEquals",
            Func::StringEquals => "stringEquals",
            Func::GetAttr(_) => "getAttr",
            Func::Substring => "substring",
            Func::IsValidHostLabel => "isValidHostLabel",
            Func::ParseUrl => "parseURL",
            Func::UriEncode => "uriEncode",
            Func::Coalesce => "coalesce",
            Func::Ite => "ite",
            Func::Split => "split",
            Func::AwsPartition => "aws.partition",
            Func::AwsParseArn => "aws.parseArn",
            Func::AwsIsVirtualHostableS3Bucket => "aws.isVirtualHostableS3Bucket",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum PathPart {
    Key(String),
    /// Negative indexes count from the end (rules engine 1.1).
    Index(i64),
}

/// A template string split into literal text and references, e.g. `https://{Region}.{P#dnsSuffix}`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Template {
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Part {
    Lit(String),
    Ref {
        slot: usize,
        name: String,
        path: Vec<PathPart>,
    },
}

/// A run-time value: parameters, literals and function results.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    Str(String),
    Bool(bool),
    Int(i64),
    Array(Vec<Val>),
    Partition(&'static Partition),
    Url(Box<ParsedUrl>),
    Arn(Box<Arn>),
}

impl Val {
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Val::Str(_) => "string",
            Val::Bool(_) => "boolean",
            Val::Int(_) => "integer",
            Val::Array(_) => "array",
            Val::Partition(_) => "partition",
            Val::Url(_) => "URL",
            Val::Arn(_) => "ARN",
        }
    }
}
