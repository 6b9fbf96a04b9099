//! `codegen::load` on arbitrary bytes must return `Ok` or `Err(Diagnostics)`, never panic, overflow the
//! stack or hang. Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run load` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(model) = codegen::load(data, "fuzz.json") {
        // Exercise the queries the back end runs on every loaded model too.
        if let Some((id, _)) = model.service() {
            let id = id.clone();
            let _ = model.closure(&id, None);
        }
    }
});
