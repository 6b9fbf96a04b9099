//! The default credential chain's STS calls against moto, each ending in a DeleteBackup call made with
//! the credentials they gave: a `role_arn` chain through `source_profile`s, `credential_source =
//! Environment`, a `source_profile` loop (an error before any call), and web identity
//! (`AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`, sent unsigned). The configuration comes from
//! temporary `~/.aws` files and a fixed `Env`, never the process environment.
//!
//! Needs MOTO_URL (`eval "$(bash ci/moto-server.sh start)"`) and the venv of ci/setup-python.sh for the
//! FSx fixture. Without them: skipped locally, a failure under CI=true.

use client_tests::{moto_url, run_fixture};
use fsx_delete_backup::Client;
use fsx_delete_backup::types::{BackupLifecycle, DeleteBackupRequest};
use smithy_runtime::{Config, Env};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

/// moto's default account: the fixture's backup lives there, so the roles are in it too.
const ACCOUNT: &str = "123456789012";

struct Home(PathBuf);

impl Home {
    fn new(config: &str, credentials: &str) -> Home {
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir = std::env::temp_dir().join(format!("moto-creds-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(dir.join(".aws")).unwrap();
        std::fs::write(dir.join(".aws/config"), config).unwrap();
        std::fs::write(dir.join(".aws/credentials"), credentials).unwrap();
        Home(dir)
    }

    fn env(&self, url: &str, vars: &[(&str, &str)]) -> Env {
        let mut all = vec![
            ("HOME".to_owned(), self.0.display().to_string()),
            ("AWS_EC2_METADATA_DISABLED".to_owned(), "true".to_owned()),
            // FSx and STS both at moto.
            ("AWS_ENDPOINT_URL".to_owned(), url.to_owned()),
            ("AWS_REGION".to_owned(), "us-east-1".to_owned()),
        ];
        all.extend(vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
        Env::from_vars(all)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn backup(url: &str) -> String {
    run_fixture("fsx-fixture.py", url)
        .get("backup_id")
        .and_then(serde_json::Value::as_str)
        .expect("the fixture prints backup_id")
        .to_owned()
}

/// The chain's credentials are temporary ones from STS, then DeleteBackup works with them.
async fn assumed_then_delete(url: &str, config: Config) {
    let creds = config
        .credentials_provider()
        .provide()
        .await
        .unwrap_or_else(|e| panic!("the chain against moto: {e}"));
    assert!(creds.access_key_id().starts_with("ASIA"), "{creds:?}");
    assert!(creds.session_token().is_some());
    assert!(
        creds.expiry().expect("temporary") > SystemTime::now() + Duration::from_secs(600),
        "{creds:?}"
    );
    let id = backup(url);
    let out = Client::new(config)
        .delete_backup(
            DeleteBackupRequest::builder()
                .backup_id(&id)
                .build()
                .unwrap(),
        )
        .await
        .unwrap_or_else(|e| panic!("DeleteBackup with the assumed credentials: {e}"));
    assert_eq!(out.backup_id.as_deref(), Some(id.as_str()));
    assert_eq!(out.lifecycle, Some(BackupLifecycle::Deleted));
}

fn load(env: Env) -> Config {
    Config::builder().environment(env).load().expect("loads")
}

#[tokio::test]
async fn role_chain_through_source_profiles_ends_in_delete_backup() {
    let Some(url) = moto_url() else { return };
    let home = Home::new(
        &format!(
            "[profile admin]\nrole_arn = arn:aws:iam::{ACCOUNT}:role/Admin\nsource_profile = ops\nrole_session_name = admin-session\n\
             [profile ops]\nrole_arn = arn:aws:iam::{ACCOUNT}:role/Ops\nsource_profile = base\n"
        ),
        "[base]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n",
    );
    assumed_then_delete(&url, load(home.env(&url, &[("AWS_PROFILE", "admin")]))).await;
}

#[tokio::test]
async fn credential_source_environment_ends_in_delete_backup() {
    let Some(url) = moto_url() else { return };
    let home = Home::new(
        &format!(
            "[profile ci]\nrole_arn = arn:aws:iam::{ACCOUNT}:role/Deployer\ncredential_source = Environment\n"
        ),
        "",
    );
    let keys = [
        ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"),
        ("AWS_SECRET_ACCESS_KEY", "secret"),
    ];
    let env = home.env(&url, &keys);
    // Through AWS_PROFILE the environment's keys come first in the chain, as in every SDK ...
    let by_var = home.env(&url, &[keys[0], keys[1], ("AWS_PROFILE", "ci")]);
    let config = load(by_var);
    let c = config.credentials_provider().provide().await.unwrap();
    assert_eq!(c.access_key_id(), "AKIDEXAMPLE");
    // ... while a profile chosen in code starts at the profile, whose role takes the keys as its source.
    let config = Config::builder()
        .environment(env)
        .profile("ci")
        .load()
        .expect("loads");
    assumed_then_delete(&url, config).await;
}

#[tokio::test]
async fn a_source_profile_loop_fails_before_any_call() {
    let Some(url) = moto_url() else { return };
    let home = Home::new(
        &format!(
            "[profile a]\nrole_arn = arn:aws:iam::{ACCOUNT}:role/A\nsource_profile = b\n\
             [profile b]\nrole_arn = arn:aws:iam::{ACCOUNT}:role/B\nsource_profile = a\n"
        ),
        "",
    );
    let config = Config::builder()
        .environment(home.env(&url, &[("AWS_PROFILE", "a")]))
        .load()
        .expect("loads");
    let e = config
        .credentials_provider()
        .provide()
        .await
        .expect_err("a loop");
    assert!(
        e.to_string().contains("source_profile loop: a -> b -> a"),
        "{e}"
    );
}

#[tokio::test]
async fn web_identity_ends_in_delete_backup() {
    let Some(url) = moto_url() else { return };
    let home = Home::new("", "");
    let token = home.0.join("token");
    std::fs::write(&token, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QifQ.c2ln\n").unwrap();
    let env = home.env(
        &url,
        &[
            ("AWS_WEB_IDENTITY_TOKEN_FILE", token.to_str().unwrap()),
            ("AWS_ROLE_ARN", &format!("arn:aws:iam::{ACCOUNT}:role/Pod")),
            ("AWS_ROLE_SESSION_NAME", "pod-1"),
        ],
    );
    assumed_then_delete(&url, load(env)).await;
}
