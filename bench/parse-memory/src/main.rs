//! One parse per process, so the peak RSS (`/usr/bin/time -f %M`) is that parse's: `run.sh` runs every mode
//! at two item sizes. Modes: `body` (only the 100 MB body: the baseline), `vec` (the runtime's JSON codec into
//! `Vec<String>`, what a generated list member is), `doc` (the codec into a `Document`), `value`
//! (serde_json::Value, for comparison).
use smithy_runtime::codec::json::{Settings, from_slice};
use smithy_runtime::types::Document;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let item = "x".repeat(a[2].parse().expect("an item size"));
    let n = 100_000_000 / (item.len() + 3);
    let mut body = String::with_capacity(100_000_010);
    body.push('[');
    for i in 0..n { if i > 0 { body.push(','); } body.push('"'); body.push_str(&item); body.push('"'); }
    body.push(']');
    let body = body.into_bytes();
    let len = match a[1].as_str() {
        "body" => body.len(),
        "vec" => from_slice::<Vec<String>>(&body, Settings::AWS_JSON).expect("parses").len(),
        "doc" => { let d: Document = from_slice(&body, Settings::AWS_JSON).expect("parses"); format!("{:?}", std::mem::discriminant(&d)).len() }
        "value" => serde_json::from_slice::<serde_json::Value>(&body).expect("parses").as_array().expect("parses").len(),
        _ => 0,
    };
    eprintln!("{} {} bytes body, result {len}", a[1], body.len());
}
