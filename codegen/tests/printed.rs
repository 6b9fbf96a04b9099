//! The printer writes the emitters' tokens without parsing them, so this is where their output is parsed:
//! every Rust file generated for the shared AWS models (all protocols, the largest models) must be Rust,
//! and its lines laid out as the printer promises.

mod shared_data;

#[test]
fn every_generated_file_of_the_shared_models_parses() {
    let dir = shared_data::shared_dir("models/aws", "the shared AWS models");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the shared models folder is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 13,
        "expected the 13 shared AWS models, found {names:?}"
    );
    let mut checked = 0;
    for name in &names {
        let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let model = codegen::load(&bytes, name).unwrap_or_else(|e| panic!("{e}"));
        let settings = codegen::Settings {
            package: name.trim_end_matches(".json").to_string(),
            source: name.to_string(),
            operations: None,
            service: None,
            runtime_dependency: "path = \"../runtime\"".to_string(),
            standalone: true,
        };
        let files = codegen::generate(&model, &settings).unwrap_or_else(|e| panic!("{e}"));
        for f in files.iter().filter(|f| f.path.ends_with(".rs")) {
            if let Err(e) = syn::parse_file(&f.contents) {
                panic!("{name}: {} does not parse ({e})", f.path);
            }
            for (n, line) in f.contents.lines().enumerate() {
                assert!(
                    line == line.trim_end(),
                    "{name}: {} line {} ends with spaces",
                    f.path,
                    n + 1
                );
                assert!(
                    !line.starts_with(' ') || line.trim_start().len() + 4 * 40 > line.len(),
                    "{name}: {} line {} is indented past 40 levels",
                    f.path,
                    n + 1
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 6000, "only {checked} files were generated");
}
