#!/usr/bin/env python3
"""Signature oracle: the SigV4 Authorization header botocore computes for a given request.

    echo '[{"method": "POST", "url": "https://mock.local/", "headers": {"host": "mock.local", ...},
            "body": "{...}", "service": "fsx", "region": "us-east-1", "access_key": "AKID",
            "secret_key": "secret", "session_token": null, "timestamp": "20231114T221320Z"}]' \
      | .venv/bin/python ci/sigv4-sign.py
    -> [{"authorization": "AWS4-HMAC-SHA256 Credential=AKID/20231114/us-east-1/fsx/aws4_request, SignedHeaders=..., Signature=..."}]

"headers" are exactly the headers to sign (the caller passes those its own signer listed in
SignedHeaders, X-Amz-Date and X-Amz-Security-Token included), so the two signatures must agree
byte for byte when both signers are right. The time comes from "timestamp" rather than the
clock: botocore's add_auth reads the clock itself, so its steps are called one by one here
(canonical request, string to sign, signature), exactly as add_auth calls them.
A case that fails yields {"error": "..."} in its slot; the exit status is 0 unless stdin is unusable.
"""
import json
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign_one(case):
    request = AWSRequest(
        method=case["method"],
        url=case["url"],
        headers=case["headers"],
        data=case["body"].encode("utf-8"),
    )
    request.context["timestamp"] = case["timestamp"]
    creds = Credentials(case["access_key"], case["secret_key"], case.get("session_token"))
    auth = SigV4Auth(creds, case["service"], case["region"])
    canonical = auth.canonical_request(request)
    string_to_sign = auth.string_to_sign(request, canonical)
    signature = auth.signature(string_to_sign, request)
    headers = auth.headers_to_sign(request)
    return {
        "authorization": "AWS4-HMAC-SHA256 Credential={}/{}, SignedHeaders={}, Signature={}".format(
            creds.access_key, auth.credential_scope(request), auth.signed_headers(headers), signature
        ),
        "canonical_request": canonical,
    }


def main() -> int:
    try:
        cases = json.load(sys.stdin)
    except json.JSONDecodeError as e:
        print(f"sigv4-sign.py: stdin is not JSON: {e}", file=sys.stderr)
        return 2
    if not isinstance(cases, list):
        print("sigv4-sign.py: stdin must be a JSON list of cases", file=sys.stderr)
        return 2
    out = []
    for i, case in enumerate(cases):
        try:
            out.append(sign_one(case))
        except Exception as e:  # the slot carries the failure; the batch goes on
            out.append({"error": f"case {i}: {type(e).__name__}: {e}"})
    json.dump(out, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
