//! The IDL front end on arbitrary bytes: parsing, merging and resolving must return `Ok` or
//! `Err(Diagnostics)`, never panic, overflow the stack or hang. The bytes are one `.smithy` file, and also
//! that file next to a small fixed model it can refer to, so that cross-file resolution, elided targets
//! and merging see hostile input too. Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run idl` from the repository root.
#![no_main]

use codegen::model::Source;
use libfuzzer_sys::fuzz_target;

const NEIGHBOUR: &str = r#"$version: "2"
namespace fuzz

@mixin
structure Base {
    id: String
}

resource Thing {
    identifiers: { thingId: String }
}

@trait
structure marker {}
"#;

fuzz_target!(|data: &[u8]| {
    let alone = [Source::new("fuzz.smithy", data)];
    match codegen::load_sources(&alone) {
        Ok(model) => {
            // What the CLI does with every loaded model: print the AST, pick the service.
            let _ = serde_json::to_string(&codegen::model::assemble(&alone).ok());
            if let Ok(Some((id, _))) = model.select_service(None) {
                let id = id.clone();
                let _ = model.closure(&id, None);
            }
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
    let with_neighbour = [
        Source::new("fuzz.smithy", data),
        Source::new("neighbour.smithy", NEIGHBOUR.as_bytes()),
    ];
    match codegen::load_sources(&with_neighbour) {
        Ok(_) => {}
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
