//! The command line's arguments are checked before anything is generated.

#[test]
fn arguments_are_checked_before_anything_is_generated() {
    // `/..` is the root too.
    assert!(
        xtask::check_out(std::path::Path::new("/.."))
            .unwrap_err()
            .contains("filesystem root")
    );
    let root = xtask::repo_root();
    let model = root.join("models/fsx-delete-backup.json");
    let job = |out: &str, package: Option<&str>, ops: Option<Vec<String>>| {
        xtask::file_job(
            &root,
            xtask::CrateArgs {
                models: vec![model.clone()],
                out: out.into(),
                package: package.map(str::to_owned),
                operations: ops,
                service: None,
                runtime: None,
            },
        )
        .map(|_| ())
    };
    assert!(job("", None, None).unwrap_err().contains("--out is empty"));
    assert!(
        job("/", None, None)
            .unwrap_err()
            .contains("filesystem root")
    );
    for bad in ["../evil", "a b", "", "1abc", "-x"] {
        assert!(
            job("/tmp/x", Some(bad), None)
                .unwrap_err()
                .contains("not a package name"),
            "{bad:?}"
        );
    }
    assert!(
        job("/tmp/x", None, Some(vec![]))
            .unwrap_err()
            .contains("no operation")
    );
    assert!(
        job(
            "/tmp/x",
            Some("my-sdk_2"),
            Some(vec!["DeleteBackup".into()])
        )
        .is_ok()
    );
}
