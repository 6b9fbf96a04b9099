//! The chain's own service calls, without a fetcher: the SSO portal's `GetRoleCredentials` against a
//! fake portal on 127.0.0.1 (its requests, its answers good and hostile, the refresh of what it
//! gives), and STS `AssumeRole` / `AssumeRoleWithWebIdentity` against a fake STS (exact requests,
//! signed or not, errors). The STS calls against moto, ending in a DeleteBackup call, are in
//! `tests/client/tests/moto_credentials.rs`.
#![cfg(feature = "default-https")]

mod support;

use rt::{Config, DispatchErrorKind};
use smithy_runtime as rt;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use support::{Reply, TempHome, ok, provide, serve};

const TOKEN: &str = "sso-access-token-secret";

/// A home with an `sso-session` profile `dev` and a valid cached token for it.
fn sso_home() -> TempHome {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[profile dev]\nsso_session = corp\nsso_account_id = 123456789011\nsso_role_name = ReadOnly\n\
         [sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n",
    );
    let future =
        rt::types::DateTime::from(SystemTime::now() + Duration::from_secs(3600)).fmt_rfc3339();
    // The SHA-1 of `corp`, as the AWS CLI names the cache file.
    home.aws_file(
        "sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json",
        &format!(r#"{{"accessToken":"{TOKEN}","expiresAt":"{future}"}}"#),
    );
    home
}

fn load(home: &TempHome, portal: &str) -> Config {
    Config::builder()
        .environment(home.env(&[("AWS_PROFILE", "dev"), ("AWS_ENDPOINT_URL_SSO", portal)]))
        .load()
        .expect("configuration loads")
}

fn millis_from_now(d: Duration) -> u128 {
    (SystemTime::now() + d)
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis()
}

fn role_credentials(key: &str, expires_ms: u128) -> String {
    format!(
        r#"{{"roleCredentials":{{"accessKeyId":"{key}","secretAccessKey":"secret-of-{key}","sessionToken":"token-of-{key}","expiration":{expires_ms}}}}}"#
    )
}

#[test]
fn get_role_credentials_goes_to_the_portal_unsigned_with_the_cached_token() {
    let home = sso_home();
    let expires = millis_from_now(Duration::from_secs(3600));
    let portal = serve(move |_| ok(role_credentials("ASIAPORTAL", expires)));
    let c = provide(&load(&home, &portal.url)).unwrap();
    assert_eq!(c.access_key_id(), "ASIAPORTAL");
    assert_eq!(c.secret_access_key(), "secret-of-ASIAPORTAL");
    assert_eq!(c.session_token(), Some("token-of-ASIAPORTAL"));
    assert_eq!(
        c.expiry()
            .unwrap()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis(),
        expires
    );
    let reqs = portal.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, "GET");
    assert_eq!(
        r.path,
        "/federation/credentials?role_name=ReadOnly&account_id=123456789011"
    );
    assert_eq!(r.header("x-amz-sso_bearer_token"), Some(TOKEN));
    for h in ["authorization", "x-amz-date", "x-amz-security-token"] {
        assert_eq!(r.header(h), None, "{h} sent to the portal");
    }
}

#[test]
fn the_portal_endpoint_is_the_sso_regions() {
    // Without an endpoint URL the request goes to portal.sso.<sso_region>.amazonaws.com; a mock
    // transport shows where without touching the network.
    let home = sso_home();
    let mock = rt::mock::MockTransport::new();
    mock.push_json(
        200,
        role_credentials("ASIAMOCK", millis_from_now(Duration::from_secs(3600))),
    );
    let cfg = Config::builder()
        .environment(home.env(&[("AWS_PROFILE", "dev")]))
        .region("us-east-2")
        .transport(mock.clone())
        .load()
        .unwrap();
    assert_eq!(provide(&cfg).unwrap().access_key_id(), "ASIAMOCK");
    let req = mock.last_request().unwrap();
    assert_eq!(
        req.uri,
        "https://portal.sso.eu-west-1.amazonaws.com/federation/credentials?role_name=ReadOnly&account_id=123456789011"
    );
}

fn chain_error(home: &TempHome, portal: &str) -> String {
    let e = provide(&load(home, portal)).expect_err("the portal's answer gives no credentials");
    assert_eq!(e.kind(), DispatchErrorKind::Credentials, "{e}");
    let text = e.to_string();
    assert!(!text.contains(TOKEN), "the token leaked: {text}");
    assert!(
        text.contains(
            "profile `dev`: SSO GetRoleCredentials (account 123456789011, role ReadOnly) failed"
        ),
        "{text}"
    );
    text
}

#[test]
fn portal_errors_and_hostile_answers_are_named() {
    let home = sso_home();
    let unauthorized = serve(|_| {
        Reply::Full(
            401,
            r#"{"__type":"UnauthorizedException","message":"Session token not found or invalid"}"#
                .into(),
        )
    });
    let e = chain_error(&home, &unauthorized.url);
    assert!(
        e.contains("UnauthorizedException (HTTP 401): Session token not found or invalid")
            && e.contains("aws sso login"),
        "{e}"
    );
    assert_eq!(unauthorized.requests().len(), 1, "a 401 is not retried");

    let not_found = serve(|_| {
        Reply::Full(
            404,
            r#"{"__type":"ResourceNotFoundException","message":"No access"}"#.into(),
        )
    });
    let e = chain_error(&home, &not_found.url);
    assert!(
        e.contains("ResourceNotFoundException (HTTP 404): No access"),
        "{e}"
    );

    for (body, want) in [
        ("{}", "no roleCredentials"),
        (
            r#"{"roleCredentials":{"accessKeyId":"A","secretAccessKey":"S"}}"#,
            "no roleCredentials.expiration",
        ),
        (
            r#"{"roleCredentials":{"secretAccessKey":"S","expiration":1}}"#,
            "accessKeyId and secretAccessKey",
        ),
        (
            r#"{"roleCredentials":{"accessKeyId":"A","secretAccessKey":"S","expiration":-5}}"#,
            "after 1970",
        ),
        (
            r#"{"roleCredentials":{"accessKeyId":"A","secretAccessKey":"S","expiration":"soon"}}"#,
            "expiration",
        ),
        ("<html>not json</html>", "GetRoleCredentials"),
    ] {
        let portal = serve(move |_| ok(body));
        let e = chain_error(&home, &portal.url);
        assert!(e.contains(want), "{body}: {e}");
    }

    // 5xx answers are retried (3 attempts), then reported.
    let failing = serve(|_| Reply::Full(503, r#"{"__type":"ServiceUnavailable"}"#.into()));
    let e = chain_error(&home, &failing.url);
    assert!(e.contains("HTTP 503"), "{e}");
    assert_eq!(failing.requests().len(), 3);

    // A body cut off in the middle.
    let cut = serve(|_| Reply::CutOff(500, r#"{"roleCredentials":{"accessKe"#.into()));
    chain_error(&home, &cut.url);
}

#[test]
fn a_portal_that_never_answers_ends_with_a_timeout() {
    let home = sso_home();
    let silent = serve(|_| Reply::Hang);
    let started = Instant::now();
    let e = chain_error(&home, &silent.url);
    assert!(e.contains("timed out"), "{e}");
    assert!(
        started.elapsed() < Duration::from_secs(25),
        "{:?}",
        started.elapsed()
    );
}

/// `cfg`'s credentials live two seconds: cached, then after half their life refreshed by one fetch
/// (`fetches` counts them) while a hundred concurrent calls keep getting unexpired credentials.
fn refreshed_once_for_a_hundred_calls(cfg: Config, fetches: impl Fn() -> usize) {
    let first = provide(&cfg).unwrap();
    assert_eq!(provide(&cfg).unwrap(), first, "cached");
    assert_eq!(fetches(), 1);

    std::thread::sleep(Duration::from_millis(1100));
    let n = 100;
    let barrier = Arc::new(Barrier::new(n));
    let cfg = Arc::new(cfg);
    let threads: Vec<_> = (0..n)
        .map(|_| {
            let (cfg, b) = (cfg.clone(), barrier.clone());
            std::thread::spawn(move || {
                b.wait();
                provide(&cfg)
            })
        })
        .collect();
    for t in threads {
        let c = t
            .join()
            .expect("no panic")
            .expect("credentials during the refresh");
        assert!(
            c.expiry().unwrap() > SystemTime::now(),
            "expired credentials handed out"
        );
    }
    assert_eq!(fetches(), 2, "one refresh for a hundred calls");
    assert_ne!(
        provide(&cfg).unwrap(),
        first,
        "the refreshed credentials are in use"
    );
}

#[test]
fn portal_credentials_are_cached_and_refreshed_once_for_a_hundred_calls() {
    let home = sso_home();
    // Each answer is valid for two seconds: the cache refreshes after half of that.
    let portal = serve(|req| {
        let _ = req;
        ok(role_credentials(
            &format!("ASIA{}", millis_from_now(Duration::ZERO)),
            millis_from_now(Duration::from_secs(2)),
        ))
    });
    refreshed_once_for_a_hundred_calls(load(&home, &portal.url), || portal.requests().len());
}

fn sts_answer(action: &str, key: &str, expires: SystemTime) -> String {
    let exp = rt::types::DateTime::from(expires).fmt_rfc3339();
    format!(
        r#"<{action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <{action}Result>
    <Credentials>
      <AccessKeyId>{key}</AccessKeyId>
      <SecretAccessKey>secret-of-{key}</SecretAccessKey>
      <SessionToken>token-of-{key}</SessionToken>
      <Expiration>{exp}</Expiration>
    </Credentials>
    <AssumedRoleUser><AssumedRoleId>AROA:x</AssumedRoleId><Arn>arn:aws:sts::1:assumed-role/x</Arn></AssumedRoleUser>
  </{action}Result>
  <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>
</{action}Response>"#
    )
}

/// A fake STS: answers each AssumeRole with `ASIA<n>` keys, n counting from 1, and each web identity
/// call with `ASIAWEB`.
fn fake_sts(lifetime: Duration) -> support::Server {
    let n = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    serve(move |req| {
        let expires = SystemTime::now() + lifetime;
        if req.body.contains("Action=AssumeRoleWithWebIdentity") {
            ok(sts_answer("AssumeRoleWithWebIdentity", "ASIAWEB", expires))
        } else if req.body.contains("Action=AssumeRole") {
            let i = n.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            ok(sts_answer("AssumeRole", &format!("ASIA{i}"), expires))
        } else {
            Reply::Full(
                400,
                "<ErrorResponse><Error><Code>InvalidAction</Code></Error></ErrorResponse>".into(),
            )
        }
    })
}

fn form(body: &str) -> Vec<(String, String)> {
    body.split('&')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            let decode = |s: &str| {
                let s = s.replace('+', " ");
                let mut out = Vec::new();
                let b = s.as_bytes();
                let mut i = 0;
                while i < b.len() {
                    if b[i] == b'%' && i + 2 < b.len() {
                        out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).expect("hex"));
                        i += 3;
                    } else {
                        out.push(b[i]);
                        i += 1;
                    }
                }
                String::from_utf8(out).expect("utf-8")
            };
            (decode(k), decode(v))
        })
        .collect()
}

#[test]
fn assume_role_chains_are_signed_with_each_previous_step() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[profile top]\nrole_arn = arn:aws:iam::123456789012:role/Top\nsource_profile = middle\nrole_session_name = top-session\nduration_seconds = 1800\n\
         [profile middle]\nrole_arn = arn:aws:iam::123456789012:role/Middle\nsource_profile = base\nexternal_id = ext-1\n\
         [profile base]\nregion = us-west-2\n",
    );
    home.aws_file(
        "credentials",
        "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n",
    );
    let sts = fake_sts(Duration::from_secs(3600));
    let cfg = Config::builder()
        .environment(home.env(&[
            ("AWS_PROFILE", "top"),
            ("AWS_REGION", "eu-central-1"),
            ("AWS_ENDPOINT_URL_STS", &sts.url),
        ]))
        .load()
        .unwrap();
    let c = provide(&cfg).unwrap();
    assert_eq!(c.access_key_id(), "ASIA2");
    assert_eq!(c.session_token(), Some("token-of-ASIA2"));
    assert!(c.expiry().unwrap() > SystemTime::now() + Duration::from_secs(3000));

    let reqs = sts.requests();
    assert_eq!(reqs.len(), 2);
    let (first, second) = (&reqs[0], &reqs[1]);
    for r in [first, second] {
        assert_eq!((r.method.as_str(), r.path.as_str()), ("POST", "/"));
        assert_eq!(
            r.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
    }
    // The base keys sign the first step, its answer the second; the scope is sts in the region.
    let auth = |r: &support::Req| r.header("authorization").unwrap_or_default().to_owned();
    assert!(
        auth(first).starts_with("AWS4-HMAC-SHA256 Credential=AKIDBASE/")
            && auth(first).contains("/eu-central-1/sts/aws4_request"),
        "{}",
        auth(first)
    );
    assert!(auth(second).starts_with("AWS4-HMAC-SHA256 Credential=ASIA1/"));
    assert_eq!(
        second.header("x-amz-security-token"),
        Some("token-of-ASIA1")
    );
    let f = form(&first.body);
    let get =
        |f: &[(String, String)], k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());
    assert_eq!(get(&f, "Action").as_deref(), Some("AssumeRole"));
    assert_eq!(get(&f, "Version").as_deref(), Some("2011-06-15"));
    assert_eq!(
        get(&f, "RoleArn").as_deref(),
        Some("arn:aws:iam::123456789012:role/Middle")
    );
    assert_eq!(get(&f, "ExternalId").as_deref(), Some("ext-1"));
    assert_eq!(get(&f, "DurationSeconds"), None);
    assert!(get(&f, "RoleSessionName").is_some_and(|n| n.starts_with("smithy-runtime-")));
    let s = form(&second.body);
    assert_eq!(
        get(&s, "RoleArn").as_deref(),
        Some("arn:aws:iam::123456789012:role/Top")
    );
    assert_eq!(get(&s, "RoleSessionName").as_deref(), Some("top-session"));
    assert_eq!(get(&s, "DurationSeconds").as_deref(), Some("1800"));

    // Cached: the next call asks nothing.
    provide(&cfg).unwrap();
    assert_eq!(sts.requests().len(), 2);
}

#[test]
fn web_identity_goes_to_sts_unsigned_with_the_token() {
    let home = TempHome::new();
    let token = home.file("token", "eyJ.jwt-secret.sig\n");
    let sts = fake_sts(Duration::from_secs(3600));
    let cfg = Config::builder()
        .environment(home.env(&[
            ("AWS_WEB_IDENTITY_TOKEN_FILE", token.to_str().unwrap()),
            ("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/Pod"),
            ("AWS_ROLE_SESSION_NAME", "pod-1"),
            ("AWS_ENDPOINT_URL_STS", &sts.url),
            // Keys in the environment would win over web identity; credentials of an unrelated
            // kind must not leak into the unsigned call either.
        ]))
        .load()
        .unwrap();
    let c = provide(&cfg).unwrap();
    assert_eq!(c.access_key_id(), "ASIAWEB");
    let r = &sts.requests()[0];
    for h in ["authorization", "x-amz-date", "x-amz-security-token"] {
        assert_eq!(r.header(h), None, "{h} on an unsigned call");
    }
    let f = form(&r.body);
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());
    assert_eq!(get("Action").as_deref(), Some("AssumeRoleWithWebIdentity"));
    assert_eq!(
        get("WebIdentityToken").as_deref(),
        Some("eyJ.jwt-secret.sig")
    );
    assert_eq!(get("RoleSessionName").as_deref(), Some("pod-1"));
}

#[test]
fn sts_errors_are_named_without_secrets() {
    let home = TempHome::new();
    let token = home.file("token", "eyJ.jwt-secret.sig");
    let refusing = serve(|_| {
        Reply::Full(
            400,
            "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>\
             <Code>InvalidIdentityToken</Code><Message>No OpenIDConnect provider found</Message></Error>\
             <RequestId>r-1</RequestId></ErrorResponse>"
                .into(),
        )
    });
    let vars = |url: &str| {
        home.env(&[
            ("AWS_WEB_IDENTITY_TOKEN_FILE", token.to_str().unwrap()),
            ("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/Pod"),
            ("AWS_ENDPOINT_URL_STS", url),
        ])
    };
    let e = provide(
        &Config::builder()
            .environment(vars(&refusing.url))
            .load()
            .unwrap(),
    )
    .expect_err("STS refused");
    let e = e.to_string();
    assert!(
        e.contains(
            "web identity: AssumeRoleWithWebIdentity arn:aws:iam::123456789012:role/Pod failed"
        ) && e.contains("InvalidIdentityToken (HTTP 400): No OpenIDConnect provider found"),
        "{e}"
    );
    assert!(!e.contains("jwt-secret"), "{e}");
    assert_eq!(refusing.requests().len(), 1, "a 400 is not retried");

    for body in [
        "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>",
        "not xml at all",
        "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>A</AccessKeyId>\
         <SecretAccessKey>S</SecretAccessKey><SessionToken>T</SessionToken></Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>",
        "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>A</AccessKeyId>\
         <SecretAccessKey>answer-secret</SecretAccessKey><SessionToken>answer-secret</SessionToken>\
         <Expiration>next tuesday</Expiration></Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>",
        "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>A</AccessKeyId>\
         <SecretAccessKey>answer-secret</SecretAccessKey><SessionToken>answer-secret",
    ] {
        let sts = serve(move |_| ok(body));
        let e = provide(
            &Config::builder()
                .environment(vars(&sts.url))
                .load()
                .unwrap(),
        )
        .expect_err("no usable credentials");
        let e = e.to_string();
        assert!(e.contains("AssumeRoleWithWebIdentity"), "{body}: {e}");
        assert!(
            !e.contains("jwt-secret") && !e.contains("answer-secret"),
            "{e}"
        );
    }
}

#[test]
fn assumed_role_credentials_are_refreshed_once_for_a_hundred_calls() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[profile r]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = keys\n",
    );
    home.aws_file(
        "credentials",
        "[keys]\naws_access_key_id = AKID\naws_secret_access_key = s\n",
    );
    let sts = fake_sts(Duration::from_secs(2));
    let cfg = Config::builder()
        .environment(home.env(&[("AWS_PROFILE", "r"), ("AWS_ENDPOINT_URL_STS", &sts.url)]))
        .load()
        .unwrap();
    refreshed_once_for_a_hundred_calls(cfg, || sts.requests().len());
}
