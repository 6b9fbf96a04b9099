#!/usr/bin/env python3
"""Presigned-URL oracle: the URL botocore's S3 client (`generate_presigned_url`) makes for a request.

    echo '[{"operation": "get_object", "params": {"Bucket": "b", "Key": "k"}, "region": "us-west-2",
            "addressing_style": "virtual", "access_key": "AKID", "secret_key": "secret",
            "session_token": null, "timestamp": 1700000000, "expires": 900,
            "extra_query": "x-id=GetObject"}]' \
      | .venv/bin/python ci/presign-oracle.py
    -> [{"url": "https://b.s3.us-west-2.amazonaws.com/k?X-Amz-Algorithm=..."}]

botocore reads the signing time from the clock (botocore.auth.get_current_datetime); it is pinned to
"timestamp" (epoch seconds) here so that both signers sign the same instant. A case that fails yields
{"error": "..."} in its slot; the exit status is 0 unless stdin is unusable.
"""
import datetime
import json
import sys
from unittest import mock

import boto3
import botocore.auth
from botocore.config import Config


def presign_one(case):
    client = boto3.client(
        "s3",
        region_name=case["region"],
        aws_access_key_id=case["access_key"],
        aws_secret_access_key=case["secret_key"],
        aws_session_token=case.get("session_token"),
        config=Config(signature_version="s3v4", s3={"addressing_style": case["addressing_style"]}),
    )
    extra = case.get("extra_query")
    if extra:
        # The Smithy model's URI carries a literal query (`?x-id=GetObject`) that botocore's JSON model
        # lacks; it is added before signing so that both sign the same request.
        def add_query(request, **_):
            sep = "&" if "?" in request.url else "?"
            request.url = f"{request.url}{sep}{extra}"

        client.meta.events.register_first("before-sign.s3", add_query)
    when = datetime.datetime.fromtimestamp(case["timestamp"], datetime.timezone.utc).replace(tzinfo=None)
    with mock.patch.object(botocore.auth, "get_current_datetime", lambda *a, **k: when):
        url = client.generate_presigned_url(
            ClientMethod=case["operation"], Params=case["params"], ExpiresIn=case["expires"]
        )
    return {"url": url}


def main() -> int:
    try:
        cases = json.load(sys.stdin)
    except json.JSONDecodeError as e:
        print(f"presign-oracle.py: stdin is not JSON: {e}", file=sys.stderr)
        return 2
    out = []
    for case in cases:
        try:
            out.append(presign_one(case))
        except Exception as e:  # the slot carries the failure; the batch goes on
            out.append({"error": f"{type(e).__name__}: {e}"})
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
