//! The shared config and credentials files read the way the AWS CLI reads them. The expected
//! values were checked against botocore 1.44 (`configloader.raw_config_parse` + `build_profile_map`)
//! on the same text; the process environment is never read (each test passes its own `Env`).
#![cfg(feature = "client")]

mod support;

use rt::profile::ProfileSet;
use rt::{Config, ConfigError};
use smithy_runtime as rt;
use support::TempHome;

fn load(
    home: &TempHome,
    vars: &[(&str, &str)],
    profile: Option<&str>,
) -> Result<ProfileSet, ConfigError> {
    ProfileSet::load(&home.env(vars), profile)
}

#[test]
fn section_names_follow_the_cli() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[default]\nregion = us-east-1\n[profile dev]\nregion=eu-west-1\n[dev2]\nregion = x\n\
         [profile \"my name\"]\nregion = a\n[profile  spaced ]\nregion = b\n[profile a b c]\nregion = d\n\
         [profilex]\nregion=e\n[sso-session my-sso]\nsso_start_url = https://x\nsso_region = us-east-1\n\
         [services dev]\ns3 =\n  endpoint_url = http://localhost:4566\n",
    );
    let set = load(&home, &[], None).unwrap();
    let region = |p: &str| {
        set.profile(p)
            .and_then(|p| p.get("region"))
            .map(str::to_owned)
    };
    assert_eq!(region("default").as_deref(), Some("us-east-1"));
    assert_eq!(region("dev").as_deref(), Some("eu-west-1"));
    assert_eq!(region("my name").as_deref(), Some("a"));
    assert_eq!(region("spaced").as_deref(), Some("b"));
    // `[dev2]` in the config file is not a profile; three words or no space are ignored.
    for absent in ["dev2", "a b c", "profilex", "x"] {
        assert!(set.profile(absent).is_none(), "{absent}");
    }
    assert_eq!(
        set.sso_session("my-sso").and_then(|s| s.get("sso_region")),
        Some("us-east-1")
    );
    assert_eq!(
        set.services("dev").and_then(|s| s.sub_properties("s3")),
        Some(
            &[(
                "endpoint_url".to_owned(),
                "http://localhost:4566".to_owned()
            )][..]
        )
    );
}

#[test]
fn values_comments_continuations_and_sub_properties() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "# c\n; c\n[default] ; trailing\nregion = us-east-1 # not a comment\n   # indented comment\n\
         multi = one\n  two\n\n  three\ns3 =\n  max_concurrent_requests = 20\n  Addressing_Style = path\n\
         after : colon\nKEY = Upper\n  # comment inside\n  more\n",
    );
    let set = load(&home, &[], None).unwrap();
    let p = set.selected().unwrap();
    assert_eq!(p.get("region"), Some("us-east-1 # not a comment"));
    assert_eq!(p.get("multi"), Some("one\ntwo\n\nthree"));
    assert_eq!(p.get("after"), Some("colon"));
    assert_eq!(p.get("key"), Some("Upper\nmore"), "keys are lower-cased");
    assert_eq!(
        p.sub_properties("s3"),
        Some(
            &[
                ("max_concurrent_requests".to_owned(), "20".to_owned()),
                ("Addressing_Style".to_owned(), "path".to_owned())
            ][..]
        )
    );
    let origin = p.origin("after").unwrap();
    assert_eq!(origin.line, 13);
    assert!(origin.file.ends_with(".aws/config"));
}

#[test]
fn default_twice_the_later_wins_and_defaults_section_merges() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[profile default]\nregion = first\n[default]\nregion = second\n",
    );
    assert_eq!(
        load(&home, &[], None)
            .unwrap()
            .selected()
            .and_then(|p| p.get("region")),
        Some("second")
    );
    home.aws_file(
        "config",
        "[DEFAULT]\nregion = d\n[default]\n[profile p]\nregion = p\n",
    );
    let set = load(&home, &[], None).unwrap();
    assert_eq!(
        set.profile("default").and_then(|p| p.get("region")),
        Some("d")
    );
    assert_eq!(set.profile("p").and_then(|p| p.get("region")), Some("p"));
}

#[test]
fn credentials_file_sections_are_profiles_and_win_per_key() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[profile dev]\nregion = eu-west-1\naws_access_key_id = FROM_CONFIG\n",
    );
    home.aws_file(
        "credentials",
        "[dev]\naws_access_key_id = FROM_CREDENTIALS\naws_secret_access_key = s\n[profile x]\nregion = y\n",
    );
    let set = load(&home, &[("AWS_PROFILE", "dev")], None).unwrap();
    let p = set.selected().unwrap();
    assert_eq!(set.selected_name(), "dev");
    assert_eq!(p.get("region"), Some("eu-west-1"));
    assert_eq!(p.get("aws_access_key_id"), Some("FROM_CREDENTIALS"));
    // In the credentials file a section is named as written.
    assert!(set.profile("profile x").is_some());
    assert!(set.profile("x").is_none());
    assert!(
        !format!("{set:?}").contains("FROM_CREDENTIALS"),
        "values stay out of Debug"
    );
}

#[test]
fn file_locations_and_profile_choice() {
    let home = TempHome::new();
    let elsewhere = home.file(
        "my-config",
        "[profile a]\nregion = r-a\n[profile b]\nregion = r-b\n",
    );
    let creds = home.file("my-creds", "[c]\nregion = r-c\n");
    let vars = [
        ("AWS_CONFIG_FILE", elsewhere.to_str().unwrap()),
        ("AWS_SHARED_CREDENTIALS_FILE", creds.to_str().unwrap()),
        ("AWS_PROFILE", "a"),
    ];
    let region = |set: &ProfileSet| {
        set.selected()
            .and_then(|p| p.get("region"))
            .map(str::to_owned)
    };
    assert_eq!(
        region(&load(&home, &vars, None).unwrap()).as_deref(),
        Some("r-a")
    );
    assert_eq!(
        region(&load(&home, &vars, Some("b")).unwrap()).as_deref(),
        Some("r-b"),
        "code wins over AWS_PROFILE"
    );
    assert_eq!(
        region(&load(&home, &vars, Some("c")).unwrap()).as_deref(),
        Some("r-c")
    );
    // `~` and `$VAR` in the variables expand.
    let set = load(
        &home,
        &[("AWS_CONFIG_FILE", "~/my-config"), ("AWS_PROFILE", "b")],
        None,
    )
    .unwrap();
    assert_eq!(region(&set).as_deref(), Some("r-b"));

    // A profile asked for by name must exist; `default` need not.
    let e = load(&home, &vars, Some("nope")).unwrap_err().to_string();
    assert!(
        e.contains("`nope`") && e.contains("Config::builder().profile") && e.contains("my-config"),
        "{e}"
    );
    let e = load(&home, &[("AWS_PROFILE", "gone")], None)
        .unwrap_err()
        .to_string();
    assert!(e.contains("`gone`") && e.contains("AWS_PROFILE"), "{e}");
    assert!(load(&home, &[], None).unwrap().selected().is_none());
    // No files at all is fine.
    let empty = TempHome::new();
    std::fs::remove_dir_all(empty.path().join(".aws")).unwrap();
    assert!(load(&empty, &[], None).is_ok());
}

#[test]
fn malformed_files_are_errors_naming_file_and_line() {
    let home = TempHome::new();
    for (text, line) in [
        ("aws_secret_access_key = hunter2\n[default]\n", 1),
        ("[default]\nregion\n", 2),
        ("[default]\na=1\n[default]\nb=2\n", 3),
        ("[default]\na=1\nA=hunter2\n", 3),
        ("[default]\ns3 =\n  hunter2\n", 3),
        ("[default]\n= hunter2\n", 2),
    ] {
        let path = home.aws_file("credentials", text);
        let e = Config::builder()
            .environment(home.env(&[]))
            .load()
            .expect_err(text);
        let shown = e.to_string();
        assert!(
            shown.starts_with(&format!("{}:{line}: ", path.display())),
            "{text:?}: {shown}"
        );
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(matches!(e, ConfigError::Syntax { .. }));
    }
    std::fs::write(
        home.path().join(".aws/credentials"),
        b"[default]\nregion = \xff\n",
    )
    .unwrap();
    let e = Config::builder()
        .environment(home.env(&[]))
        .load()
        .unwrap_err()
        .to_string();
    assert!(e.contains("credentials:2") && e.contains("UTF-8"), "{e}");
}
