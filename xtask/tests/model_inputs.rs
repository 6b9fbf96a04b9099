//! What `--model` accepts: `.json` and `.smithy` files and folders of them, merged into one model; the same
//! for `models/` entries; `ast` output that does not depend on the order of the files; `--service`.

use std::path::{Path, PathBuf};

use xtask::{CrateArgs, file_job, generate, progress, read_sources, repo_jobs};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-models-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// A job for the model folder `dir` into `dir/out` as package `weather`, with `args`' other settings.
fn weather_job(dir: &Path, args: CrateArgs) -> xtask::Job {
    let args = CrateArgs {
        models: vec![dir.to_path_buf()],
        out: dir.join("out"),
        package: Some("weather".into()),
        ..args
    };
    file_job(&xtask::repo_root(), args).expect("a job")
}

const SERVICE: &str = r#"$version: "2"
namespace example.weather

use aws.protocols#awsJson1_0

@awsJson1_0
service Weather {
    version: "2024-01-01"
    operations: [GetCity]
}

operation GetCity {
    input := {
        @required
        cityId: CityId
    }
    output := {
        name: String
    }
}
"#;

const SHAPES_JSON: &str = r#"{"smithy": "2.0", "shapes": {
    "example.weather#CityId": {"type": "string", "traits": {"smithy.api#pattern": "^[a-z]+$"}}
}}"#;

const TRAITS: &str = r#"$version: "2"
namespace aws.protocols

@trait(selector: "service")
structure awsJson1_0 {}
"#;

#[test]
fn folders_are_walked_sorted_without_hidden_files_and_without_repeats() {
    let dir = temp_dir("walk");
    write(&dir.join("b/service.smithy"), SERVICE);
    write(&dir.join("a/shapes.json"), SHAPES_JSON);
    write(&dir.join("a/deeper/traits.smithy"), TRAITS);
    write(&dir.join(".hidden/ignored.smithy"), "not a model");
    write(&dir.join("a/notes.txt"), "not a model either");
    let sources = read_sources(&[dir.clone(), dir.join("b/service.smithy")]).expect("reads");
    let names: Vec<String> = sources
        .iter()
        .map(|s| {
            Path::new(&s.path)
                .strip_prefix(&dir)
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        names,
        [
            "a/deeper/traits.smithy",
            "a/shapes.json",
            "b/service.smithy"
        ]
    );
    let empty = temp_dir("empty");
    let err = read_sources(std::slice::from_ref(&empty)).unwrap_err();
    assert!(err.contains("no model files"), "{err}");
    let err = read_sources(&[empty.join("missing.smithy")]).unwrap_err();
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn a_model_from_several_files_generates_and_ast_is_order_independent() {
    let dir = temp_dir("gen");
    write(&dir.join("model/service.smithy"), SERVICE);
    write(&dir.join("model/shapes.json"), SHAPES_JSON);
    write(&dir.join("traits/aws.smithy"), TRAITS);
    let models = vec![dir.join("model"), dir.join("traits")];
    let job = file_job(
        &xtask::repo_root(),
        CrateArgs {
            models: models.clone(),
            out: dir.join("out"),
            package: Some("weather".into()),
            ..CrateArgs::default()
        },
    )
    .expect("a job");
    let (model, files) = generate(&job).unwrap_or_else(|e| panic!("{e}"));
    assert!(model.service().is_some());
    assert!(files.iter().any(|f| f.path == "Cargo.toml"));
    let reversed: Vec<PathBuf> = models.iter().rev().cloned().collect();
    let one = xtask::ast(&models).expect("ast");
    assert_eq!(one, xtask::ast(&reversed).expect("ast"));
    let json: serde_json::Value = serde_json::from_str(&one).expect("the AST is JSON");
    assert_eq!(
        json["shapes"]["example.weather#GetCityInput"]["members"]["cityId"]["target"],
        "example.weather#CityId"
    );
}

#[test]
fn several_services_need_one_named() {
    let dir = temp_dir("services");
    write(&dir.join("a.smithy"), SERVICE);
    write(&dir.join("shapes.json"), SHAPES_JSON);
    write(&dir.join("traits.smithy"), TRAITS);
    write(
        &dir.join("other.smithy"),
        "$version: \"2\"\nnamespace example.other\n\nservice Other {}\n",
    );
    let job = |service: Option<&str>| {
        weather_job(
            &dir,
            CrateArgs {
                service: service.map(str::to_owned),
                ..CrateArgs::default()
            },
        )
    };
    let err = generate(&job(None)).map(|_| ()).unwrap_err();
    assert!(
        err.contains("several services")
            && err.contains("example.other#Other")
            && err.contains("example.weather#Weather"),
        "{err}"
    );
    generate(&job(Some("example.weather#Weather"))).unwrap_or_else(|e| panic!("{e}"));
    let err = generate(&job(Some("example.weather#Nope")))
        .map(|_| ())
        .unwrap_err();
    assert!(err.contains("not a service of the model"), "{err}");
}

#[test]
fn models_folder_entries_may_be_idl_files_and_folders() {
    let root = temp_dir("repo");
    write(&root.join("models/a.json"), SHAPES_JSON);
    write(&root.join("models/b.smithy"), TRAITS);
    write(&root.join("models/c/service.smithy"), SERVICE);
    write(&root.join("models/c/shapes.json"), SHAPES_JSON);
    write(&root.join("models/c/traits.smithy"), TRAITS);
    write(&root.join("models/readme.txt"), "not a model");
    let jobs = repo_jobs(&root, None).expect("jobs");
    let names: Vec<(&str, &str)> = jobs
        .iter()
        .map(|j| (j.settings.package.as_str(), j.settings.source.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("a", "models/a.json"),
            ("b", "models/b.smithy"),
            ("c", "models/c")
        ]
    );
    for job in &jobs {
        generate(job).unwrap_or_else(|e| panic!("{}: {e}", job.settings.source));
    }
}

/// A misspelt `--operations` name is one argument error per name, with the nearest operation; the valid
/// names are listed once, only when a name has no near match; and the progress line counts what was
/// selected, not the whole service.
#[test]
fn operations_are_checked_as_arguments() {
    let dir = temp_dir("operations");
    write(
        &dir.join("service.smithy"),
        &SERVICE
            .replace("operations: [GetCity]", "operations: [GetCity, ListCities]")
            .replace(
                "operation GetCity {",
                "operation ListCities {}\n\noperation GetCity {",
            ),
    );
    write(&dir.join("shapes.json"), SHAPES_JSON);
    write(&dir.join("traits.smithy"), TRAITS);
    let job = |ops: &[&str]| {
        weather_job(
            &dir,
            CrateArgs {
                operations: Some(ops.iter().map(|s| s.to_string()).collect()),
                ..CrateArgs::default()
            },
        )
    };
    let err = generate(&job(&["GetCty"])).map(|_| ()).unwrap_err();
    assert_eq!(
        err,
        "error: --operations: `GetCty` is not an operation of `example.weather#Weather`; did you mean `GetCity`?\n"
    );
    let err = generate(&job(&["GetCty", "Nothing"]))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(err.matches("example.weather#Weather").count(), 2, "{err}");
    assert_eq!(err.matches("GetCity").count(), 2, "{err}");
    assert!(
        err.ends_with("  its 2 operations: GetCity, ListCities\n"),
        "{err}"
    );
    assert!(!err.contains("in the model"), "{err}");

    let selected = job(&["GetCity"]);
    let (model, files) = generate(&selected).unwrap_or_else(|e| panic!("{e}"));
    let line = progress(&selected, &model, files.len());
    assert!(line.contains(", 1 operations -> "), "{line}");
}
