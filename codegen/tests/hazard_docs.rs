//! Bidirectional controls and lone carriage returns in documentation, titles and enum values (the hazard
//! corpus's `bidi_and_cr` model): rustc rejects them in doc comments, so the printed crate has none, string
//! literals keep them escaped, and the generator says where each one was.

use codegen::model::Source;

#[test]
fn bidi_controls_and_lone_cr_are_dropped_from_docs_with_a_note() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/hazards/bidi_and_cr.smithy"
    );
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let model = codegen::load_sources(&[Source::new("bidi_and_cr.smithy".to_string(), bytes)])
        .unwrap_or_else(|e| panic!("{e}"));
    let settings = codegen::Settings {
        package: "bidi".to_string(),
        source: "bidi_and_cr.smithy".to_string(),
        operations: None,
        service: None,
        runtime_dependency: "path = \"../runtime\"".to_string(),
        standalone: true,
    };
    let (files, notes) =
        codegen::generate_with_notes(&model, &settings).unwrap_or_else(|e| panic!("{e}"));
    for f in files.iter().filter(|f| f.path.ends_with(".rs")) {
        assert!(
            !codegen::docs::has_hazards(&f.contents),
            "{} still holds a bidi control or a lone CR",
            f.path
        );
    }
    let all: String = files.iter().map(|f| f.contents.as_str()).collect();
    assert!(
        all.contains(r"a\u{202e}b"),
        "the enum value keeps its character, escaped"
    );
    for at in [
        "hazard.bidi#Op: `smithy.api#title`",
        "hazard.bidi#In$name: `smithy.api#documentation`",
        "hazard.bidi#Kind$A: `smithy.api#enumValue`",
    ] {
        assert!(
            notes.iter().any(|n| n.starts_with(at)),
            "no note for {at}: {notes:#?}"
        );
    }
}
