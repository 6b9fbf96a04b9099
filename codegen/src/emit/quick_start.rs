//! The crate root's quick start: the dependency lines, a `main` that calls one operation and a test through
//! the mock transport. Both code blocks are doctests, so a generated crate that builds proves its own quick
//! start compiles.

use crate::ir::{Crate, Operation, Protocol, RustType, Service, TypeKind};

/// The markdown of the quick start, or `None` when the crate has no operation whose call can be written
/// without inventing values of the model's own types.
pub fn markdown(krate: &Crate, service: &Service) -> Option<String> {
    let call = pick(krate)?;
    let lib = krate.package.replace('-', "_");
    let method = &call.op.method;
    let (import, arg) = match &call.input {
        Some((name, setters, fallible)) => {
            let mut build = format!("{name}::builder()");
            for s in setters {
                build.push_str(&format!(".{s}(\"...\")"));
            }
            build.push_str(".build()");
            (
                format!("use {lib}::types::{name};\n"),
                Some((build, *fallible)),
            )
        }
        None => (String::new(), None),
    };
    // `main` passes a failed `build()` on with `?`, the test unwraps it.
    let input_line = |fail: &str| match &arg {
        Some((build, fallible)) => {
            format!(
                "let input = {build}{};\n",
                if *fallible { fail } else { "" }
            )
        }
        None => String::new(),
    };
    let call_arg = if arg.is_some() { "input" } else { "" };
    // The mock answers `{}`: an empty JSON object is a valid answer of every JSON protocol's operation
    // (absent members are `None`, required ones their zero value). Other protocols' mock test is compiled
    // but not run.
    let run = if matches!(
        service.protocol,
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 | Protocol::RestJson1
    ) {
        "rust"
    } else {
        "rust,no_run"
    };
    let mut md = String::new();
    md.push_str("## Quick start\n\n");
    md.push_str("Depend on this crate and an async runtime:\n\n");
    md.push_str("```toml\n[dependencies]\n");
    md.push_str(&format!(
        "{} = {{ path = \"<where this crate is>\" }}\n",
        krate.package
    ));
    md.push_str("tokio = { version = \"1\", features = [\"macros\", \"rt\"] }\n```\n\n");
    md.push_str(
        "Call an operation with the configuration the AWS SDKs use (environment, then `~/.aws/config` and \
         `~/.aws/credentials`; see [`ConfigBuilder::load`] for every setting and its precedence):\n\n",
    );
    md.push_str("```rust,no_run\n");
    md.push_str(&import);
    md.push_str(&format!("use {lib}::{{Client, Config}};\n\n"));
    md.push_str("#[tokio::main(flavor = \"current_thread\")]\n");
    md.push_str("async fn main() -> Result<(), Box<dyn std::error::Error>> {\n");
    md.push_str("    let client = Client::new(Config::load()?);\n");
    if arg.is_some() {
        md.push_str(&format!("    {}", input_line("?")));
    }
    md.push_str(&format!(
        "    let output = client.{method}({call_arg}).await?;\n"
    ));
    md.push_str("    println!(\"{output:?}\");\n    Ok(())\n}\n```\n\n");
    md.push_str(
        "In a test, [`mock::MockTransport`] answers instead of the service and records what the client \
         sent; [`mock::config`] sets it up with a region, dummy credentials and no real sleeping:\n\n",
    );
    md.push_str(&format!("```{run}\n"));
    md.push_str(&import);
    md.push_str(&format!(
        "use {lib}::Client;\nuse {lib}::mock::{{self, MockTransport}};\n\n"
    ));
    md.push_str("# async fn test() {\n");
    md.push_str("let transport = MockTransport::new();\n");
    md.push_str("transport.push_json(200, \"{}\");\n");
    md.push_str("let client = Client::new(mock::config(transport.clone()).build());\n\n");
    md.push_str(&input_line(".unwrap()"));
    md.push_str(&format!(
        "let output = client.{method}({call_arg}).await.unwrap();\n"
    ));
    md.push_str("println!(\"{output:?}\");\n");
    md.push_str("assert_eq!(transport.request_count(), 1);\n");
    md.push_str("# }\n");
    md.push_str("# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(test());\n");
    md.push_str("```\n");
    Some(md)
}

struct Call<'a> {
    op: &'a Operation,
    /// The input's type name, the setters of its required members and whether `build()` is fallible.
    input: Option<(String, Vec<String>, bool)>,
}

/// The operation with the fewest required input members, all of them strings (so `"..."` fills them), and
/// no host prefix; ties go to the first by method name.
fn pick(krate: &Crate) -> Option<Call<'_>> {
    let mut best: Option<(usize, Call<'_>)> = None;
    // An `@endpoint` host prefix would be expanded from the placeholder values, which need not make a host.
    let callable = krate
        .operations
        .iter()
        .filter(|o| o.unsupported.is_none() && o.binding.host_prefix.is_none());
    for op in callable {
        let call = match &op.input {
            None => Call { op, input: None },
            Some(name) => {
                let Some(TypeKind::Struct(s)) = krate
                    .types
                    .iter()
                    .find(|t| &t.name == name)
                    .map(|t| &t.kind)
                else {
                    continue;
                };
                let required: Vec<_> = s
                    .fields
                    .iter()
                    .filter(|f| f.presence.must_be_set())
                    .collect();
                if required.iter().any(|f| f.ty != RustType::String) {
                    continue;
                }
                let setters = required.iter().map(|f| f.name.clone()).collect();
                let fallible = s.fields.iter().any(|f| f.presence.must_be_set());
                Call {
                    op,
                    input: Some((name.clone(), setters, fallible)),
                }
            }
        };
        let n = call.input.as_ref().map_or(0, |(_, s, _)| s.len());
        if best.as_ref().is_none_or(|(m, _)| n < *m) {
            best = Some((n, call));
        }
    }
    best.map(|(_, c)| c)
}
