//! Every case of the official SigV4 suite (`../shared/aws-signing-test-suite/v4`, read in place),
//! signed both ways: in headers and in the query (presigning). Each expected file a case holds is
//! compared with what the signer produced, except the ones listed in [`NOT_CHECKABLE`] with the
//! reason; a file the test does not know fails it, so nothing is skipped by accident.
//!
//! `v4a` (SigV4a, ECDSA) is out of scope and not read.

#![cfg(feature = "client")]

use smithy_runtime::Credentials;
use smithy_runtime::sigv4::{
    Payload, SessionTokenMode, Settings, SignableRequest, SigningParams, presign, sign_headers,
};
use smithy_runtime::types::DateTime;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

const SUITE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/aws-signing-test-suite/v4"
);

/// Expected files no signer can reproduce, by case, with the reason.
const NOT_CHECKABLE: &[(&str, &str, &str)] = &[(
    "double-encode-path",
    "header-signed-request.txt",
    "its Authorization is for access key ANOTREAL at 20150830T123600Z while its own canonical \
     request is dated 20210511T154045Z, and the suite does not give ANOTREAL's secret: the file \
     contradicts the case's canonical request, which is checked",
)];

/// Cases whose request.txt disagrees with every one of their expected files: those were computed
/// for the target their own header-signed-request.txt shows, which is what the case is signed
/// with here.
const TARGET_FROM_SIGNED_REQUEST: &[(&str, &str)] = &[(
    "get-space-normalized",
    "request.txt sends /example%20space/, but the expected files were made from the raw path \
     /example space/ (the target in its signed requests; its header signature is \
     get-space-unnormalized's). Signing the wire path /example%20space/ with double encoding \
     gives /example%2520space/, as botocore does",
)];

/// The two cases the README says were migrated from the old suite have no context.json. Their
/// time, region and service are the ones their own expected files name; the keys are the suite's
/// example keys, as in every context.json.
const LEGACY_CONTEXT: &[(&str, &str, &str, &str)] = &[
    (
        "double-url-encode",
        "2021-05-11T15:40:45Z",
        "us-east-2",
        "lambda",
    ),
    (
        "double-encode-path",
        "2021-05-11T15:40:45Z",
        "us-east-1",
        "service",
    ),
];
const EXAMPLE_ACCESS_KEY: &str = "AKIDEXAMPLE";
const EXAMPLE_SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

struct Context {
    credentials: Credentials,
    region: String,
    service: String,
    time: SystemTime,
    normalize: bool,
    sign_body: bool,
    omit_session_token: bool,
    expires: Duration,
}

fn time(rfc3339: &str) -> SystemTime {
    let t: DateTime = rfc3339.parse().expect("suite timestamp");
    t.try_into().expect("suite timestamp fits SystemTime")
}

fn context(dir: &Path, name: &str) -> Context {
    let path = dir.join("context.json");
    if !path.exists() {
        let &(_, t, region, service) = LEGACY_CONTEXT
            .iter()
            .find(|c| c.0 == name)
            .unwrap_or_else(|| panic!("{name}: no context.json and no legacy context"));
        return Context {
            credentials: Credentials::new(EXAMPLE_ACCESS_KEY, EXAMPLE_SECRET, None),
            region: region.into(),
            service: service.into(),
            time: time(t),
            normalize: true,
            sign_body: false,
            omit_session_token: false,
            expires: Duration::from_secs(3600),
        };
    }
    let text = std::fs::read_to_string(&path).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).expect("context.json");
    let s = |v: &serde_json::Value| v.as_str().map(str::to_owned);
    let c = &v["credentials"];
    Context {
        credentials: Credentials::new(
            s(&c["access_key_id"]).unwrap(),
            s(&c["secret_access_key"]).unwrap(),
            s(&c["token"]),
        ),
        region: s(&v["region"]).unwrap(),
        service: s(&v["service"]).unwrap(),
        time: time(v["timestamp"].as_str().unwrap()),
        normalize: v["normalize"].as_bool().unwrap(),
        sign_body: v["sign_body"].as_bool().unwrap(),
        omit_session_token: v["omit_session_token"].as_bool().unwrap_or(false),
        expires: Duration::from_secs(v["expiration_in_seconds"].as_u64().unwrap()),
    }
}

/// A raw HTTP/1.1 request. Header names keep their case; a line starting with white space
/// continues the previous value (kept with its line break, for the signer to fold).
#[derive(Clone, Debug, PartialEq, Eq)]
struct RawRequest {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: String,
}

fn parse_request(text: &str) -> RawRequest {
    let (head, body) = match text.split_once("\n\n") {
        Some((h, b)) => (h, b),
        None => (text.trim_end_matches('\n'), ""),
    };
    let mut lines = head.lines();
    let line = lines.next().expect("request line");
    let (method, rest) = line.split_once(' ').expect("method");
    // The target may hold spaces (get-space-*); the version is optional in the old cases.
    let target = match rest.rsplit_once(' ') {
        Some((t, v)) if v.starts_with("HTTP/") => t,
        _ => rest,
    };
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            let last = headers.last_mut().expect("continuation after a header");
            last.1.push('\n');
            last.1.push_str(line);
        } else {
            let (k, v) = line.split_once(':').expect("header line");
            headers.push((k.to_owned(), v.trim_start().to_owned()));
        }
    }
    RawRequest {
        method: method.to_owned(),
        target: target.to_owned(),
        headers,
        body: body.to_owned(),
    }
}

/// Header names compare case-insensitively, as HTTP has them.
fn comparable(r: &RawRequest) -> RawRequest {
    let mut r = r.clone();
    for h in &mut r.headers {
        h.0.make_ascii_lowercase();
    }
    r
}

/// Sets each header, replacing one of the same name in place.
fn set_headers<'a, 'b>(req: &mut RawRequest, added: impl Iterator<Item = (&'a str, &'b str)>) {
    for (k, v) in added {
        match req.headers.iter().position(|h| h.0.eq_ignore_ascii_case(k)) {
            Some(i) => req.headers[i].1 = v.to_owned(),
            None => req.headers.push((k.to_owned(), v.to_owned())),
        }
    }
}

struct Checker<'a> {
    case: &'a str,
    dir: &'a Path,
    checked: BTreeSet<String>,
    failures: &'a mut Vec<String>,
}

impl Checker<'_> {
    fn expected(&self, file: &str) -> Option<String> {
        std::fs::read_to_string(self.dir.join(file)).ok()
    }

    fn text(&mut self, file: &str, got: &str) {
        if let Some(want) = self.expected(file) {
            self.checked.insert(file.to_owned());
            let want = want.trim_end_matches('\n');
            if want != got {
                self.failures.push(format!(
                    "{}/{file}:\n--- expected\n{want}\n--- got\n{got}",
                    self.case
                ));
            }
        }
    }

    fn request(&mut self, file: &str, got: &RawRequest) {
        if NOT_CHECKABLE
            .iter()
            .any(|n| n.0 == self.case && n.1 == file)
        {
            return;
        }
        if let Some(want) = self.expected(file) {
            self.checked.insert(file.to_owned());
            let want = parse_request(&want);
            if comparable(&want) != comparable(got) {
                self.failures.push(format!(
                    "{}/{file}:\n--- expected\n{want:#?}\n--- got\n{got:#?}",
                    self.case
                ));
            }
        }
    }
}

fn run_case(case: &str, dir: &Path, failures: &mut Vec<String>) -> BTreeSet<String> {
    let ctx = context(dir, case);
    let mut req = parse_request(&std::fs::read_to_string(dir.join("request.txt")).unwrap());
    if TARGET_FROM_SIGNED_REQUEST.iter().any(|c| c.0 == case) {
        let signed = std::fs::read_to_string(dir.join("header-signed-request.txt")).unwrap();
        let target = parse_request(&signed).target;
        assert_ne!(
            req.target, target,
            "{case}: request.txt now agrees with its signed request; drop the correction"
        );
        req.target = target;
    }
    let (path, query) = req.target.split_once('?').unwrap_or((&req.target, ""));
    let headers: Vec<(&str, &str)> = req
        .headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let signable = SignableRequest {
        method: &req.method,
        path,
        query,
        headers: &headers,
        payload: Payload::Bytes(req.body.as_bytes()),
    };
    let settings = Settings {
        normalize_path: ctx.normalize,
        content_sha256_header: ctx.sign_body,
        session_token: if ctx.omit_session_token {
            SessionTokenMode::Unsigned
        } else {
            SessionTokenMode::Signed
        },
        ..Settings::default()
    };
    let params = SigningParams {
        credentials: &ctx.credentials,
        region: &ctx.region,
        service: &ctx.service,
        time: ctx.time,
        settings: &settings,
    };
    let mut check = Checker {
        case,
        dir,
        checked: BTreeSet::from(["request.txt".to_owned(), "context.json".to_owned()]),
        failures,
    };

    let signed = sign_headers(&signable, &params);
    check.text("header-canonical-request.txt", signed.canonical_request());
    check.text("header-string-to-sign.txt", signed.string_to_sign());
    check.text("header-signature.txt", signed.signature());
    let mut out = req.clone();
    set_headers(&mut out, signed.headers());
    check.request("header-signed-request.txt", &out);

    // Query signing never sends x-amz-content-sha256: the hash is only in the canonical request.
    let settings = Settings {
        content_sha256_header: false,
        ..settings.clone()
    };
    let params = SigningParams {
        settings: &settings,
        ..params
    };
    let presigned = presign(&signable, &params, ctx.expires).expect("presign");
    check.text("query-canonical-request.txt", presigned.canonical_request());
    check.text("query-string-to-sign.txt", presigned.string_to_sign());
    check.text("query-signature.txt", presigned.signature());
    let mut out = req.clone();
    out.target = presigned.apply_to(&req.target);
    check.request("query-signed-request.txt", &out);
    check.checked
}

#[test]
fn official_sigv4_suite() {
    let root = PathBuf::from(SUITE);
    assert!(
        root.is_dir(),
        "\n\nTHE OFFICIAL SIGV4 TEST SUITE IS MISSING: expected it at {SUITE}\n\
         (../shared/aws-signing-test-suite next to the repository). This test checks the signer \
         against it and cannot pass without it.\n"
    );
    let mut cases: Vec<(String, PathBuf)> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases under {SUITE}");

    let mut failures = Vec::new();
    let mut files_checked = 0;
    for (case, dir) in &cases {
        let checked = run_case(case, dir, &mut failures);
        for entry in std::fs::read_dir(dir).unwrap() {
            let file = entry.unwrap().file_name().to_string_lossy().into_owned();
            let excused = NOT_CHECKABLE.iter().any(|n| n.0 == case && n.1 == file);
            if !checked.contains(&file) && !excused {
                failures.push(format!(
                    "{case}/{file}: an expected file this test does not check"
                ));
            }
        }
        files_checked += checked
            .iter()
            .filter(|f| !matches!(f.as_str(), "request.txt" | "context.json"))
            .count();
    }
    for (case, file, _) in NOT_CHECKABLE {
        assert!(
            Path::new(SUITE).join(case).join(file).exists(),
            "{case}/{file} is listed as not checkable but does not exist: update the list"
        );
    }

    eprintln!(
        "SigV4 suite: {} cases, {files_checked} expected files compared",
        cases.len()
    );
    for (case, file, why) in NOT_CHECKABLE {
        eprintln!("  not checked: {case}/{file}: {why}");
    }
    for (case, why) in TARGET_FROM_SIGNED_REQUEST {
        eprintln!("  target from its signed request: {case}: {why}");
    }
    assert!(
        failures.is_empty(),
        "{} of the suite's expectations differ:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
