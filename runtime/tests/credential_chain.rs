//! The default credential chain, source by source and in order, with temporary `~/.aws` files, fake
//! STS/SSO fetchers and fake container / IMDS endpoints on 127.0.0.1. No test reads the process
//! environment or the real home folder: each passes its own `Env`.
#![cfg(feature = "default-https")]

mod support;

use rt::{Config, DispatchErrorKind, ImdsSettings};
use smithy_runtime as rt;
use std::time::{Duration, Instant};
use support::{FakeSso, FakeSts, Reply, TempHome, creds_json, ok, provide, serve};

fn load(home: &TempHome, vars: &[(&str, &str)]) -> Config {
    Config::builder()
        .environment(home.env(vars))
        .load()
        .expect("configuration loads")
}

fn load_with(home: &TempHome, vars: &[(&str, &str)], sts: &FakeSts, sso: &FakeSso) -> Config {
    Config::builder()
        .environment(home.env(vars))
        .sts_fetcher(sts.clone())
        .sso_fetcher(sso.clone())
        .load()
        .expect("configuration loads")
}

fn err(cfg: &Config) -> String {
    let e = provide(cfg).expect_err("no credentials expected");
    assert_eq!(e.kind(), DispatchErrorKind::Credentials, "{e}");
    e.to_string()
}

#[test]
fn environment_comes_first_and_partial_keys_are_errors() {
    let home = TempHome::new();
    home.aws_file(
        "credentials",
        "[default]\naws_access_key_id = AKPROFILE\naws_secret_access_key = s\n",
    );
    let c = provide(&load(
        &home,
        &[
            ("AWS_ACCESS_KEY_ID", "AKENV"),
            ("AWS_SECRET_ACCESS_KEY", "env-secret"),
            ("AWS_SESSION_TOKEN", "env-tok"),
        ],
    ))
    .unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("AKENV", Some("env-tok"))
    );
    let e = err(&load(&home, &[("AWS_ACCESS_KEY_ID", "AKENV")]));
    assert!(e.contains("AWS_SECRET_ACCESS_KEY is not"), "{e}");
    // Without the environment, the profile.
    assert_eq!(
        provide(&load(&home, &[])).unwrap().access_key_id(),
        "AKPROFILE"
    );
}

#[test]
fn nothing_anywhere_lists_every_source() {
    let home = TempHome::new();
    let e = err(&load(&home, &[]));
    for part in [
        "environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set",
        "web identity: AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not set",
        "profile `default`: not in ",
        "container: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set",
        "instance metadata (IMDSv2): AWS_EC2_METADATA_DISABLED is true",
    ] {
        assert!(e.contains(part), "`{part}` in: {e}");
    }
    let order: Vec<usize> = [
        "environment:",
        "web identity:",
        "profile `",
        "container:",
        "instance metadata",
    ]
    .iter()
    .map(|p| e.find(p).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{e}");
    home.aws_file("config", "[default]\nregion = us-east-1\n");
    let e = err(&load(&home, &[]));
    assert!(
        e.contains("profile `default`: the profile has no credentials"),
        "{e}"
    );
}

#[test]
fn static_profile_keys_and_precedence_over_credential_process() {
    let home = TempHome::new();
    home.aws_file(
        "credentials",
        "[both]\naws_access_key_id = AKCREDS\naws_secret_access_key = s\naws_session_token = tok\n",
    );
    home.aws_file("config", "[profile cfg]\naws_access_key_id = AKCONFIG\naws_secret_access_key = s\ncredential_process = /nonexistent/tool\n\
                             [profile half]\naws_access_key_id = AKHALF\n[profile both]\ncredential_process = /nonexistent/tool\n");
    let c = provide(&load(&home, &[("AWS_PROFILE", "both")])).unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("AKCREDS", Some("tok")),
        "credentials-file keys beat credential_process"
    );
    // In the config file, credential_process comes before static keys (as in the CLI).
    let e = err(&load(&home, &[("AWS_PROFILE", "cfg")]));
    assert!(
        e.contains("credential_process `/nonexistent/tool`: cannot start it"),
        "{e}"
    );
    let e = err(&load(&home, &[("AWS_PROFILE", "half")]));
    assert!(
        e.contains("profile `half`: aws_access_key_id at ")
            && e.contains("is set but aws_secret_access_key is not"),
        "{e}"
    );
}

#[cfg(unix)]
#[test]
fn credential_process_output_rules() {
    let home = TempHome::new();
    let good = home.script(
        "good.sh",
        r#"echo '{"Version": 1, "AccessKeyId": "AKPROC", "SecretAccessKey": "proc-secret", "SessionToken": "proc-tok", "Expiration": "2099-01-01T00:00:00Z"}'"#,
    );
    let args = home.script(
        "args.sh",
        r#"printf '{"Version":1,"AccessKeyId":"%s","SecretAccessKey":"x"}' "$1""#,
    );
    let v2 = home.script(
        "v2.sh",
        r#"echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "proc-secret"}'"#,
    );
    let junk = home.script("junk.sh", "echo 'proc-secret is not JSON'");
    let fails = home.script("fails.sh", "echo 'denied: token expired' >&2; exit 3");
    let huge = home.script(
        "huge.sh",
        "head -c 200000 /dev/zero | tr '\\0' ' '; echo '{}'",
    );
    home.aws_file(
        "config",
        &format!(
            "[profile good]\ncredential_process = {}\n[profile args]\ncredential_process = \"{}\" 'a b'\n\
             [profile v2]\ncredential_process = {}\n[profile junk]\ncredential_process = {}\n\
             [profile fails]\ncredential_process = {}\n[profile huge]\ncredential_process = {}\n\
             [profile unclosed]\ncredential_process = /bin/echo 'oops\n",
            good.display(), args.display(), v2.display(), junk.display(), fails.display(), huge.display()
        ),
    );
    let c = provide(&load(&home, &[("AWS_PROFILE", "good")])).unwrap();
    assert_eq!(c.access_key_id(), "AKPROC");
    assert_eq!(c.session_token(), Some("proc-tok"));
    assert_eq!(
        c.expiry(),
        Some(std::time::UNIX_EPOCH + Duration::from_secs(4_070_908_800))
    );
    // Quoted words reach the program as one argument; no shell runs it.
    assert_eq!(
        provide(&load(&home, &[("AWS_PROFILE", "args")]))
            .unwrap()
            .access_key_id(),
        "a b"
    );
    for (profile, want) in [
        ("v2", "`Version` other than 1"),
        ("junk", "not a JSON document"),
        ("fails", "exit status: 3: denied: token expired"),
        ("huge", "more than the 65536"),
        ("unclosed", "is not a command line"),
    ] {
        let e = err(&load(&home, &[("AWS_PROFILE", profile)]));
        assert!(e.contains(want), "{profile}: {e}");
        assert!(!e.contains("proc-secret"), "{e}");
    }
}

#[test]
fn role_chains_through_source_profiles() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[profile top]\nrole_arn = arn:aws:iam::111111111111:role/Top\nsource_profile = middle\nexternal_id = ext-1\n\
         duration_seconds = 1800\nrole_session_name = my-session\nregion = eu-west-3\n\
         [profile middle]\nrole_arn = arn:aws:iam::222222222222:role/Middle\nsource_profile = base\n\
         [profile base]\naws_access_key_id = AKBASE\naws_secret_access_key = base-secret\n\
         [profile self]\nrole_arn = arn:aws:iam::333333333333:role/Self\nsource_profile = self\n\
         aws_access_key_id = AKSELF\naws_secret_access_key = s\n\
         [profile env-sourced]\nrole_arn = arn:aws:iam::444444444444:role/FromEnv\ncredential_source = Environment\n\
         [profile mfa]\nrole_arn = arn:aws:iam::555555555555:role/Mfa\nsource_profile = base\nmfa_serial = arn:aws:iam::555555555555:mfa/me\n",
    );
    let sts = FakeSts::default();
    let cfg = load_with(&home, &[("AWS_PROFILE", "top")], &sts, &FakeSso::default());
    assert_eq!(cfg.region(), Some("eu-west-3"));
    let c = provide(&cfg).unwrap();
    assert_eq!(c.access_key_id(), "ASIATop");
    let calls = sts.assumed.lock().unwrap().clone();
    assert_eq!(calls.len(), 2);
    assert_eq!(
        (calls[0].0.as_str(), calls[0].1.role_arn.as_str()),
        ("AKBASE", "arn:aws:iam::222222222222:role/Middle")
    );
    assert_eq!(
        (calls[1].0.as_str(), calls[1].1.role_arn.as_str()),
        ("ASIAMiddle", "arn:aws:iam::111111111111:role/Top")
    );
    let top = &calls[1].1;
    assert_eq!(top.profile, "top");
    assert_eq!(top.external_id.as_deref(), Some("ext-1"));
    assert_eq!(top.duration_seconds, Some(1800));
    assert_eq!(top.role_session_name, "my-session");
    assert_eq!(top.region.as_deref(), Some("eu-west-3"));
    assert!(calls[0].1.role_session_name.starts_with("smithy-runtime-"));

    let sts = FakeSts::default();
    let c = provide(&load_with(
        &home,
        &[("AWS_PROFILE", "self")],
        &sts,
        &FakeSso::default(),
    ))
    .unwrap();
    assert_eq!(c.access_key_id(), "ASIASelf");
    assert_eq!(
        sts.assumed.lock().unwrap()[0].0,
        "AKSELF",
        "a profile may source its own static keys"
    );

    let sts = FakeSts::default();
    let vars = [
        ("AWS_PROFILE", "env-sourced"),
        ("AWS_ACCESS_KEY_ID", "AKENV"),
        ("AWS_SECRET_ACCESS_KEY", "s"),
    ];
    // With keys in the environment, the chain's first source takes them before the profile is read.
    assert_eq!(
        provide(&load_with(&home, &vars, &sts, &FakeSso::default()))
            .unwrap()
            .access_key_id(),
        "AKENV"
    );
    let e = err(&load_with(
        &home,
        &[("AWS_PROFILE", "env-sourced")],
        &sts,
        &FakeSso::default(),
    ));
    assert!(
        e.contains("credential_source = Environment gave no credentials"),
        "{e}"
    );
    // A profile chosen in code starts the chain at the profile (botocore's rule for an explicit
    // profile): its role is assumed with the environment's keys.
    let explicit = Config::builder()
        .environment(home.env(&vars[1..]))
        .profile("env-sourced")
        .sts_fetcher(sts.clone())
        .load()
        .unwrap();
    assert_eq!(provide(&explicit).unwrap().access_key_id(), "ASIAFromEnv");
    let (source, req) = sts.assumed.lock().unwrap().last().cloned().unwrap();
    assert_eq!(
        (source.as_str(), req.role_arn.as_str()),
        ("AKENV", "arn:aws:iam::444444444444:role/FromEnv")
    );

    let sts = FakeSts::default();
    provide(&load_with(
        &home,
        &[("AWS_PROFILE", "mfa")],
        &sts,
        &FakeSso::default(),
    ))
    .unwrap();
    assert_eq!(
        sts.assumed.lock().unwrap()[0].1.mfa_serial.as_deref(),
        Some("arn:aws:iam::555555555555:mfa/me")
    );
}

#[test]
fn role_chain_errors_name_the_profile_and_what_is_missing() {
    let home = TempHome::new();
    let cfg = home.aws_file(
        "config",
        "[profile a]\nrole_arn = arn:aws:iam::1:role/A\nsource_profile = b\n\
         [profile b]\nrole_arn = arn:aws:iam::1:role/B\nsource_profile = a\n\
         [profile selfloop]\nrole_arn = arn:aws:iam::1:role/S\nsource_profile = selfloop\n\
         [profile both]\nrole_arn = arn:aws:iam::1:role/X\nsource_profile = a\ncredential_source = Environment\n\
         [profile neither]\nrole_arn = arn:aws:iam::1:role/X\n\
         [profile missing]\nrole_arn = arn:aws:iam::1:role/X\nsource_profile = ghost\n\
         [profile badsource]\nrole_arn = arn:aws:iam::1:role/X\ncredential_source = Laptop\n\
         [profile badarn]\nrole_arn = not-an-arn\nsource_profile = keys\n\
         [profile badduration]\nrole_arn = arn:aws:iam::1:role/X\nsource_profile = keys\nduration_seconds = 60\n\
         [profile mfa]\nrole_arn = arn:aws:iam::1:role/Mfa\nsource_profile = keys\nmfa_serial = arn:aws:iam::1:mfa/me\n\
         [profile keys]\naws_access_key_id = AK\naws_secret_access_key = s\n",
    );
    let cfg = cfg.display().to_string();
    let sts = FakeSts::default();
    for (profile, want) in [
        ("a", "source_profile loop: a -> b -> a"),
        ("selfloop", "source_profile loop: selfloop -> selfloop"),
        ("both", "are both set"),
        ("neither", "needs source_profile or credential_source"),
        ("missing", "names profile `ghost`, which does not exist"),
        (
            "badsource",
            "`Laptop` is not one of Environment, Ec2InstanceMetadata, EcsContainer",
        ),
        ("badarn", "`not-an-arn` is not an IAM role ARN"),
        (
            "badduration",
            "`60` is not a whole number of seconds from 900 to 43200",
        ),
    ] {
        let e = err(&load_with(
            &home,
            &[("AWS_PROFILE", profile)],
            &sts,
            &FakeSso::default(),
        ));
        assert!(e.contains(want), "{profile}: {e}");
        assert!(
            e.contains(&format!("profile `{profile}`")) || e.contains("profile `b`"),
            "{e}"
        );
        assert!(e.contains(&cfg), "names the file: {e}");
    }
    assert!(sts.assumed.lock().unwrap().is_empty(), "nothing was called");
    // An MFA role without a fetcher that can ask for the code: a clear "why not" before anything runs.
    let e = err(&load(&home, &[("AWS_PROFILE", "mfa")]));
    assert!(
        e.contains("profile `mfa` assumes role arn:aws:iam::1:role/Mfa (role_arn at ")
            && e.contains("mfa_serial arn:aws:iam::1:mfa/me, which needs an MFA token code")
            && e.contains("sts_fetcher"),
        "{e}"
    );
}

#[test]
fn web_identity_from_env_and_profile() {
    let home = TempHome::new();
    let token = home.file("token", "eyJ.jwt-secret.sig\n");
    let t = token.to_str().unwrap();
    let sts = FakeSts::default();
    let vars = [
        ("AWS_WEB_IDENTITY_TOKEN_FILE", t),
        ("AWS_ROLE_ARN", "arn:aws:iam::1:role/Pod"),
        ("AWS_ROLE_SESSION_NAME", "pod-1"),
        ("AWS_REGION", "us-west-2"),
    ];
    let c = provide(&load_with(&home, &vars, &sts, &FakeSso::default())).unwrap();
    assert_eq!(c.access_key_id(), "ASIAWEBPod");
    let req = sts.web.lock().unwrap()[0].clone();
    assert_eq!(req.web_identity_token, "eyJ.jwt-secret.sig");
    assert_eq!(
        (
            req.role_session_name.as_str(),
            req.region.as_deref(),
            req.profile.as_deref()
        ),
        ("pod-1", Some("us-west-2"), None)
    );
    assert!(!format!("{req:?}").contains("jwt-secret"));

    // Without a fetcher the chain calls STS itself: tests/credential_calls.rs.
    // Half-configured: skipped, and said so.
    home.aws_file(
        "credentials",
        "[default]\naws_access_key_id = AKP\naws_secret_access_key = s\n",
    );
    let cfg = load(&home, &[("AWS_WEB_IDENTITY_TOKEN_FILE", t)]);
    assert_eq!(provide(&cfg).unwrap().access_key_id(), "AKP");
    // The token file is read at call time; a missing one is an error naming it.
    let e = err(&load_with(
        &home,
        &[
            ("AWS_WEB_IDENTITY_TOKEN_FILE", "/nonexistent/tok"),
            ("AWS_ROLE_ARN", "arn:aws:iam::1:role/Pod"),
        ],
        &sts,
        &FakeSso::default(),
    ));
    assert!(
        e.contains("cannot read the web identity token file /nonexistent/tok"),
        "{e}"
    );

    home.aws_file(
        "config",
        &format!("[profile w]\nrole_arn = arn:aws:iam::1:role/W\nweb_identity_token_file = {t}\n"),
    );
    let sts = FakeSts::default();
    assert_eq!(
        provide(&load_with(
            &home,
            &[("AWS_PROFILE", "w")],
            &sts,
            &FakeSso::default()
        ))
        .unwrap()
        .access_key_id(),
        "ASIAWEBW"
    );
    assert_eq!(sts.web.lock().unwrap()[0].profile.as_deref(), Some("w"));
}

#[test]
fn sso_profiles_and_the_token_cache() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[profile new]\nsso_session = my-sso\nsso_account_id = 123456789011\nsso_role_name = ReadOnly\n\
         [sso-session my-sso]\nsso_start_url = https://my-sso-portal.awsapps.com/start\nsso_region = us-east-1\n\
         [profile legacy]\nsso_start_url = https://my-sso-portal.awsapps.com/start\nsso_region = eu-west-1\nsso_account_id = 1\nsso_role_name = Admin\n\
         [profile nosection]\nsso_session = ghost\nsso_account_id = 1\nsso_role_name = r\n\
         [profile partial]\nsso_start_url = https://x\nsso_account_id = 1\n\
         [profile clash]\nsso_session = my-sso\nsso_region = ap-south-1\nsso_account_id = 1\nsso_role_name = r\n",
    );
    let sso = FakeSso::default();
    let sts = FakeSts::default();
    // No token yet: say where it was looked for and how to get one.
    let e = err(&load_with(&home, &[("AWS_PROFILE", "new")], &sts, &sso));
    assert!(
        e.contains("sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json does not exist")
            && e.contains("aws sso login --sso-session my-sso"),
        "{e}"
    );
    let future =
        rt::types::DateTime::from(std::time::SystemTime::now() + Duration::from_secs(3600))
            .fmt_rfc3339();
    home.aws_file(
        "sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json",
        &format!(
            r#"{{"accessToken":"sso-access-secret","expiresAt":"{future}","region":"us-east-1"}}"#
        ),
    );
    let c = provide(&load_with(&home, &[("AWS_PROFILE", "new")], &sts, &sso)).unwrap();
    assert_eq!(c.access_key_id(), "ASIASSOReadOnly");
    let req = sso.requests.lock().unwrap()[0].clone();
    assert_eq!(
        (
            req.account_id.as_str(),
            req.role_name.as_str(),
            req.region.as_str(),
            req.sso_session.as_deref(),
            req.access_token.as_str()
        ),
        (
            "123456789011",
            "ReadOnly",
            "us-east-1",
            Some("my-sso"),
            "sso-access-secret"
        )
    );
    assert!(!format!("{req:?}").contains("sso-access-secret"));
    // Without a fetcher the portal itself is called: tests/credential_calls.rs.

    // Legacy form: keyed by the start URL; an expired token says to log in again.
    home.aws_file(
        "sso/cache/c7aaaf71fcc8777ae2475525ed049d39fe16c484.json",
        r#"{"accessToken":"old","expiresAt":"2020-01-01T00:00:00UTC"}"#,
    );
    let e = err(&load_with(&home, &[("AWS_PROFILE", "legacy")], &sts, &sso));
    assert!(
        e.contains("expired at 2020-01-01T00:00:00Z")
            && e.contains("aws sso login --profile legacy"),
        "{e}"
    );
    home.aws_file(
        "sso/cache/c7aaaf71fcc8777ae2475525ed049d39fe16c484.json",
        "{not json",
    );
    let e = err(&load_with(&home, &[("AWS_PROFILE", "legacy")], &sts, &sso));
    assert!(e.contains("is not JSON"), "{e}");

    for (profile, want) in [
        ("nosection", "no [sso-session ghost] section"),
        ("partial", "lacks sso_region"),
        (
            "clash",
            "sets sso_region `ap-south-1`, which contradicts its sso_session `my-sso` (`us-east-1`)",
        ),
    ] {
        let e = err(&load_with(&home, &[("AWS_PROFILE", profile)], &sts, &sso));
        assert!(e.contains(want), "{profile}: {e}");
    }
}

#[test]
fn container_credentials_relative_and_full_uri() {
    let server = serve(|req| match req.path.as_str() {
        "/creds" if req.header("authorization") == Some("Bearer file-token") => {
            ok(creds_json("AKFULL", Duration::from_secs(3600)))
        }
        "/creds" if req.header("authorization") == Some("env-token") => {
            ok(creds_json("AKENVTOKEN", Duration::from_secs(3600)))
        }
        "/creds" => Reply::Full(401, "{}".into()),
        "/500" => Reply::Full(500, "{}".into()),
        "/junk" => ok("{\"AccessKeyId\":"),
        "/huge" => ok(" ".repeat(200_000)),
        "/cut" => Reply::CutOff(500, "{\"AccessKeyId\":\"A\"".into()),
        "/hang" => Reply::Hang,
        _ => Reply::Full(404, String::new()),
    });
    let home = TempHome::new();
    let token_file = home.file("eks-token", "Bearer file-token\n");
    let uri = format!("{}/creds", server.url);
    let c = provide(&load(
        &home,
        &[
            ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &uri),
            (
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
                token_file.to_str().unwrap(),
            ),
            ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "env-token"),
        ],
    ))
    .unwrap();
    assert_eq!(
        c.access_key_id(),
        "AKFULL",
        "the token file wins over the variable"
    );
    assert!(c.expiry().is_some());
    let c = provide(&load(
        &home,
        &[
            ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &uri),
            ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "env-token"),
        ],
    ))
    .unwrap();
    assert_eq!(c.access_key_id(), "AKENVTOKEN");
    let e = err(&load(
        &home,
        &[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &uri)],
    ));
    assert!(e.contains("answered HTTP 401"), "{e}");

    for (path, want) in [
        ("/500", "HTTP 500"),
        ("/junk", "not a JSON document"),
        ("/huge", "response body is larger than"),
        ("/cut", "reading the response body failed"),
    ] {
        let u = format!("{}{path}", server.url);
        let e = err(&load(&home, &[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &u)]));
        assert!(e.contains(want), "{path}: {e}");
    }
    let before = server
        .requests()
        .iter()
        .filter(|r| r.path == "/500")
        .count();
    assert_eq!(before, 2, "a 5xx is retried once");

    // Hosts plain http may not reach.
    for bad in ["http://169.254.169.254/x", "http://example.com/creds"] {
        let e = err(&load(&home, &[("AWS_CONTAINER_CREDENTIALS_FULL_URI", bad)]));
        assert!(e.contains("which plain http may not reach"), "{e}");
    }
    let e = err(&load(
        &home,
        &[
            ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &uri),
            ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "a\u{7f}b"),
        ],
    ));
    assert!(e.contains("characters a header cannot"), "{e}");
}

#[test]
fn container_endpoint_that_never_answers_times_out() {
    let server = serve(|_| Reply::Hang);
    let home = TempHome::new();
    let u = format!("{}/hang", server.url);
    let started = Instant::now();
    let e = err(&load(&home, &[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &u)]));
    assert!(
        e.contains("timed out") || e.contains("no answer within"),
        "{e}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
}

fn imds_server(role_body: &'static str, creds: fn() -> Reply) -> support::Server {
    serve(move |req| match (req.method.as_str(), req.path.as_str()) {
        ("PUT", "/latest/api/token")
            if req.header("x-aws-ec2-metadata-token-ttl-seconds") == Some("21600") =>
        {
            ok("imds-session-token")
        }
        (_, p)
            if req.header("x-aws-ec2-metadata-token") != Some("imds-session-token")
                && p.starts_with("/latest/meta-data") =>
        {
            Reply::Full(401, String::new())
        }
        ("GET", "/latest/meta-data/iam/security-credentials/") => ok(role_body),
        ("GET", "/latest/meta-data/iam/security-credentials/my-role") => creds(),
        _ => Reply::Full(404, String::new()),
    })
}

fn imds_vars(url: &str) -> Vec<(&str, &str)> {
    vec![
        ("AWS_EC2_METADATA_DISABLED", "false"),
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT", url),
    ]
}

#[test]
fn imds_v2_token_role_and_credentials() {
    let server = imds_server("my-role\n", || {
        ok(creds_json("AKIMDS", Duration::from_secs(6 * 3600)))
    });
    let home = TempHome::new();
    let c = provide(&load(&home, &imds_vars(&server.url))).unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("AKIMDS", Some("token-of-AKIMDS"))
    );
    let paths: Vec<String> = server
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        paths,
        [
            "PUT /latest/api/token",
            "GET /latest/meta-data/iam/security-credentials/",
            "GET /latest/meta-data/iam/security-credentials/my-role"
        ]
    );
    // The endpoint can come from the profile too.
    home.aws_file(
        "config",
        &format!(
            "[default]\nec2_metadata_service_endpoint = {}\n",
            server.url
        ),
    );
    let c = provide(&load(&home, &[("AWS_EC2_METADATA_DISABLED", "false")])).unwrap();
    assert_eq!(c.access_key_id(), "AKIMDS");
}

#[test]
fn imds_hostile_answers() {
    let home = TempHome::new();
    for (role, creds, want) in [
        (
            "my-role",
            (|| ok("{\"Code\":\"Success\"")) as fn() -> Reply,
            "not a JSON document",
        ),
        (
            "my-role",
            || {
                ok(
                    r#"{"Code":"Failure","AccessKeyId":"A","SecretAccessKey":"imds-secret","Token":"t","Expiration":"2099-01-01T00:00:00Z"}"#,
                )
            },
            "came with Code `Failure`",
        ),
        (
            "my-role",
            || ok(r#"{"AccessKeyId":"A","SecretAccessKey":"imds-secret","Token":"t"}"#),
            "`Expiration` is missing",
        ),
        ("my-role", || ok("x".repeat(100_000)), "larger than"),
        (
            "my-role",
            || Reply::CutOff(300, r#"{"AccessKeyId":"A","#.into()),
            "reading the response body failed",
        ),
        ("../../etc/passwd", || ok("{}"), "no valid role name"),
        ("my-role", || Reply::Full(500, String::new()), "HTTP 500"),
    ] {
        let server = imds_server(role, creds);
        let e = err(&load(&home, &imds_vars(&server.url)));
        assert!(e.contains(want), "{want}: {e}");
        assert!(!e.contains("imds-secret"), "{e}");
    }
    // No role attached: not an error of the instance, a reason.
    let server = serve(|req| match req.path.as_str() {
        "/latest/api/token" => ok("imds-session-token"),
        _ => Reply::Full(404, String::new()),
    });
    let e = err(&load(&home, &imds_vars(&server.url)));
    assert!(
        e.contains("instance metadata (IMDSv2): the instance at") && e.contains("has no IAM role"),
        "{e}"
    );
}

#[test]
fn imds_v1_fallback_only_when_asked() {
    let server = serve(|req| match (req.method.as_str(), req.path.as_str()) {
        ("PUT", _) => Reply::Full(405, String::new()),
        (_, _) if req.header("x-aws-ec2-metadata-token").is_some() => {
            Reply::Full(400, String::new())
        }
        ("GET", "/latest/meta-data/iam/security-credentials/") => ok("my-role"),
        ("GET", "/latest/meta-data/iam/security-credentials/my-role") => {
            ok(creds_json("AKV1", Duration::from_secs(3600)))
        }
        _ => Reply::Full(404, String::new()),
    });
    let home = TempHome::new();
    let e = err(&load(&home, &imds_vars(&server.url)));
    assert!(
        e.contains("answered HTTP 405 (IMDSv1 fallback is off"),
        "{e}"
    );
    let mut vars = imds_vars(&server.url);
    vars.push(("AWS_EC2_METADATA_V1_DISABLED", "false"));
    assert_eq!(
        provide(&load(&home, &vars)).unwrap().access_key_id(),
        "AKV1"
    );
    let cfg = Config::builder()
        .environment(home.env(&imds_vars(&server.url)))
        .imds_v1_fallback(true)
        .load()
        .unwrap();
    assert_eq!(provide(&cfg).unwrap().access_key_id(), "AKV1");
}

#[test]
fn imds_that_never_answers_gives_up_quickly() {
    let server = serve(|_| Reply::Hang);
    let home = TempHome::new();
    let started = Instant::now();
    let e = err(&load(&home, &imds_vars(&server.url)));
    assert!(
        e.contains("no metadata service at") && e.contains("no answer within 1s"),
        "{e}"
    );
    // Two attempts of one second each.
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.requests().len(), 2);
    let _ = ImdsSettings::default();
}

#[test]
fn imds_settings_errors() {
    let home = TempHome::new();
    let e = Config::builder()
        .environment(home.env(&[("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "IPv5")]))
        .load()
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("`IPv5` is neither IPv4 nor IPv6")
            && e.contains("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"),
        "{e}"
    );
    let e = Config::builder()
        .environment(home.env(&[("AWS_EC2_METADATA_DISABLED", "maybe")]))
        .load()
        .unwrap_err()
        .to_string();
    assert!(e.contains("`maybe` is neither true nor false"), "{e}");
}

#[test]
fn secrets_stay_out_of_debug() {
    let home = TempHome::new();
    home.aws_file("credentials", "[default]\naws_access_key_id = AKDBG\naws_secret_access_key = debug-secret\naws_session_token = debug-token\n");
    let cfg = load(&home, &[("AWS_SECRET_ACCESS_KEY", "env-secret-x")]);
    let c = provide(&cfg);
    // AWS_SECRET_ACCESS_KEY without the key id is an error that does not quote it.
    let e = c.unwrap_err().to_string();
    assert!(!e.contains("env-secret-x"), "{e}");
    let cfg = load(&home, &[]);
    let c = provide(&cfg).unwrap();
    for shown in [
        format!("{cfg:?}"),
        format!("{c:?}"),
        format!(
            "{:?}",
            home.env(&[("AWS_SECRET_ACCESS_KEY", "env-secret-x")])
        ),
    ] {
        for secret in ["debug-secret", "debug-token", "env-secret-x"] {
            assert!(!shown.contains(secret), "{secret} in {shown}");
        }
    }
}

/// The container and IMDS sources go through the configured transport: a mock shows the addresses the
/// SDKs use (169.254.170.2 for RELATIVE_URI, 169.254.169.254 or fd00:ec2::254 for IMDS).
#[test]
fn container_and_imds_addresses_through_a_mock_transport() {
    use rt::mock::{MockResponse, MockTransport};
    let home = TempHome::new();
    let mock = MockTransport::with_handler(|r| {
        let body = match r.path() {
            "/latest/api/token" => "t".to_owned(),
            "/latest/meta-data/iam/security-credentials/" => "my-role".to_owned(),
            _ => creds_json("AKMOCK", Duration::from_secs(3600)),
        };
        Ok(MockResponse::new(200).body(body))
    });
    let load = |vars: &[(&str, &str)]| {
        Config::builder()
            .environment(home.env(vars))
            .transport(mock.clone())
            .sts_fetcher(FakeSts::default())
            .load()
            .unwrap()
    };
    provide(&load(&[(
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
        "/v2/credentials/abc",
    )]))
    .unwrap();
    assert_eq!(
        mock.last_request().unwrap().uri,
        "http://169.254.170.2/v2/credentials/abc"
    );

    provide(&load(&[("AWS_EC2_METADATA_DISABLED", "false")])).unwrap();
    let uris: Vec<String> = mock
        .requests()
        .iter()
        .rev()
        .take(3)
        .map(|r| r.uri.clone())
        .collect();
    assert_eq!(uris[2], "http://169.254.169.254/latest/api/token");
    assert_eq!(
        uris[0],
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/my-role"
    );
    assert_eq!(
        mock.last_request()
            .unwrap()
            .header("x-aws-ec2-metadata-token"),
        Some("t")
    );

    provide(&load(&[
        ("AWS_EC2_METADATA_DISABLED", "false"),
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "IPv6"),
    ]))
    .unwrap();
    assert!(
        mock.last_request()
            .unwrap()
            .uri
            .starts_with("http://[fd00:ec2::254]/latest/")
    );

    // credential_source = EcsContainer / Ec2InstanceMetadata feed a role.
    home.aws_file(
        "config",
        "[profile ecs]\nrole_arn = arn:aws:iam::1:role/FromEcs\ncredential_source = EcsContainer\n\
         [profile ec2]\nrole_arn = arn:aws:iam::1:role/FromEc2\ncredential_source = Ec2InstanceMetadata\n",
    );
    let sts = FakeSts::default();
    let with_sts = |vars: &[(&str, &str)]| {
        Config::builder()
            .environment(home.env(vars))
            .transport(mock.clone())
            .sts_fetcher(sts.clone())
            .load()
            .unwrap()
    };
    let c = provide(&with_sts(&[
        ("AWS_PROFILE", "ecs"),
        ("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/x"),
    ]))
    .unwrap();
    assert_eq!(c.access_key_id(), "ASIAFromEcs");
    let c = provide(&with_sts(&[
        ("AWS_PROFILE", "ec2"),
        ("AWS_EC2_METADATA_DISABLED", "false"),
    ]))
    .unwrap();
    assert_eq!(c.access_key_id(), "ASIAFromEc2");
    let sources: Vec<String> = sts
        .assumed
        .lock()
        .unwrap()
        .iter()
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(sources, ["AKMOCK", "AKMOCK"]);
    let e = err(&with_sts(&[("AWS_PROFILE", "ecs")]));
    assert!(e.contains("credential_source = EcsContainer gave no credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"), "{e}");
}
