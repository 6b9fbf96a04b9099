//! The official protocol test models in ../shared/smithy-protocol-tests (IDL) load and resolve, grouped as
//! smithy-build would build them: each suite's `model` folder together with every `trait-defs` folder.
//! Every `.smithy` file there belongs to some group, so none is skipped. Also: mutated copies of those
//! files (truncated, bytes flipped, deleted, duplicated) never make the loader panic.
//!
//! Fails loudly when ../shared is missing.
mod shared_data;

use std::path::{Path, PathBuf};

use codegen::model::Source;
use codegen::resolve::{Model, ShapeId, ShapeKind};

fn root() -> PathBuf {
    shared_data::shared_dir("smithy-protocol-tests", "the protocol test models")
}

fn smithy_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for e in entries {
        let path = e.unwrap_or_else(|e| panic!("{e}")).path();
        if path.is_dir() {
            smithy_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "smithy") {
            out.push(path);
        }
    }
}

fn read(paths: &[PathBuf]) -> Vec<Source> {
    let base = root();
    paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            Source::new(
                p.strip_prefix(&base).unwrap_or(p).display().to_string(),
                bytes,
            )
        })
        .collect()
}

/// The files of a group: the suite's model folder and the trait definitions, sorted.
fn group(suite: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    smithy_files(&root().join(suite).join("model"), &mut files);
    smithy_files(&root().join("trait-defs"), &mut files);
    files.sort();
    files
}

const SUITES: [&str; 2] = ["smithy-aws-protocol-tests", "smithy-protocol-tests"];

fn load(suite: &str) -> Model {
    codegen::load_sources(&read(&group(suite))).unwrap_or_else(|e| panic!("{suite}:\n{e}"))
}

fn id(s: &str) -> ShapeId {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_protocol_test_file_belongs_to_a_group_that_loads() {
    let mut all = Vec::new();
    smithy_files(&root(), &mut all);
    all.sort();
    assert!(all.len() >= 170, "only {} .smithy files", all.len());
    let mut grouped: Vec<PathBuf> = SUITES.iter().flat_map(|s| group(s)).collect();
    grouped.sort();
    grouped.dedup();
    let missing: Vec<&PathBuf> = all.iter().filter(|p| !grouped.contains(p)).collect();
    assert!(missing.is_empty(), "files in no group: {missing:?}");
    for suite in SUITES {
        let m = load(suite);
        assert!(m.shapes.len() > 300, "{suite}: {} shapes", m.shapes.len());
    }
}

#[test]
fn the_aws_json_suites_have_their_services_operations_and_tests() {
    let m = load("smithy-aws-protocol-tests");
    for (service, protocol, min_ops) in [
        (
            "aws.protocoltests.json#JsonProtocol",
            "aws.protocols#awsJson1_1",
            15,
        ),
        (
            "aws.protocoltests.json10#JsonRpc10",
            "aws.protocols#awsJson1_0",
            15,
        ),
    ] {
        let shape = m.shape(&id(service)).unwrap_or_else(|| panic!("{service}"));
        assert!(shape.traits.has(protocol), "{service} is {protocol}");
        let ShapeKind::Service(svc) = &shape.kind else {
            panic!("{service} is not a service")
        };
        assert!(
            svc.operations.len() >= min_ops,
            "{service}: {} operations",
            svc.operations.len()
        );
        let tests: usize = svc
            .operations
            .iter()
            .filter_map(|op| m.shape(op))
            .map(|op| {
                [
                    "smithy.test#httpRequestTests",
                    "smithy.test#httpResponseTests",
                ]
                .iter()
                .filter_map(|t| op.traits.get(t).and_then(|v| v.as_array()).map(Vec::len))
                .sum::<usize>()
            })
            .sum();
        assert!(tests >= 50, "{service}: only {tests} protocol test cases");
    }
    // A test case as written in the IDL: a text block body, shape-id strings resolved, numbers kept.
    let op = m
        .shape(&id("aws.protocoltests.json#KitchenSinkOperation"))
        .expect("KitchenSinkOperation");
    let cases = op
        .traits
        .get("smithy.test#httpRequestTests")
        .expect("tests");
    let first = &cases[0];
    assert_eq!(first["protocol"], "aws.protocols#awsJson1_1");
    assert_eq!(first["method"], "POST");
    assert_eq!(first["body"], "{\"String\":\"abc xyz\"}");
    // Inline input of a 2.0 operation with defaults from a mixin.
    let input = m
        .shape(&id("aws.protocoltests.json10#OperationWithDefaultsInput"))
        .expect("defaults input");
    assert!(input.traits.has("smithy.api#input"));
}

#[test]
fn a_model_with_several_services_needs_one_named() {
    let m = load("smithy-aws-protocol-tests");
    let err = m.select_service(None).unwrap_err();
    assert!(err.contains("aws.protocoltests.json#JsonProtocol"), "{err}");
    assert!(err.contains("--service"), "{err}");
    let (sid, _) = m
        .select_service(Some("aws.protocoltests.json10#JsonRpc10"))
        .expect("a service")
        .expect("JsonRpc10");
    assert_eq!(sid.to_string(), "aws.protocoltests.json10#JsonRpc10");
    assert!(
        m.select_service(Some("aws.protocoltests.json#Nope"))
            .is_err()
    );
    assert!(m.service().is_none());
}

/// A small deterministic generator (xorshift64*), so that a failing mutation can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One mutation of `bytes`, chosen by `rng`.
fn mutate(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = bytes.to_vec();
    let at = rng.below(b.len());
    match rng.below(6) {
        0 => b.truncate(at),
        1 => b[at] ^= 1 << rng.below(8),
        2 => {
            b.remove(at);
        }
        3 => {
            // A structural character where it does not belong.
            let c = b"{}[]()\":=@$/\\\n#,"[rng.below(16)];
            b.insert(at, c);
        }
        4 => {
            // A slice of the file repeated somewhere else.
            let len = rng.below(64).min(b.len() - at);
            let piece = b[at..at + len].to_vec();
            let to = rng.below(b.len());
            b.splice(to..to, piece);
        }
        _ => b[at] = 0xFF,
    }
    b
}

/// Loads `sources` (parse, merge, resolve) and says whether the IDL parsed and merged; a panic fails the
/// test with the input saved for replaying.
fn survives(sources: &[Source], what: &str) -> bool {
    let result = std::panic::catch_unwind(|| {
        let assembled = codegen::model::assemble(sources).is_ok();
        let _ = codegen::load_sources(sources);
        assembled
    });
    match result {
        Ok(assembled) => assembled,
        Err(_) => {
            let dump = std::env::temp_dir().join("idl-mutation-panic");
            let _ = std::fs::create_dir_all(&dump);
            for s in sources {
                let _ = std::fs::write(dump.join(s.path.replace('/', "_")), &s.bytes);
            }
            panic!(
                "loading {what} panicked; the input is saved in {}",
                dump.display()
            );
        }
    }
}

#[test]
fn mutated_protocol_test_models_never_panic() {
    let mut files = Vec::new();
    smithy_files(&root(), &mut files);
    files.sort();
    let sources = read(&files);
    let mut rng = Rng(0x5EED_1DE0_2025_0001);
    let (mut runs, mut rejected) = (0, 0);
    for (i, s) in sources.iter().enumerate() {
        if s.bytes.is_empty() {
            continue;
        }
        for round in 0..12 {
            let one = [Source::new(s.path.clone(), mutate(&s.bytes, &mut rng))];
            let what = format!("a mutation of {} (file {i}, round {round})", s.path);
            runs += 1;
            rejected += usize::from(!survives(&one, &what));
        }
    }
    // Most mutations must break the syntax, or the test would not be exercising the error paths.
    assert!(
        runs > 1500 && rejected * 2 > runs,
        "{rejected} of {runs} rejected"
    );

    // A mutated file inside its whole group: cross-file resolution, elision and merging on broken input.
    let mut group = read(&group("smithy-aws-protocol-tests"));
    for round in 0..16 {
        let i = rng.below(group.len());
        let original = group[i].bytes.clone();
        group[i].bytes = mutate(&original, &mut rng);
        let what = format!(
            "the aws group with {} mutated (round {round})",
            group[i].path
        );
        survives(&group, &what);
        group[i].bytes = original;
    }
}
