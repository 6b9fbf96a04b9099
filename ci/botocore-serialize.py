#!/usr/bin/env python3
"""Serialization oracle: what botocore puts on the wire for a given operation call.

    echo '[{"service": "fsx", "operation": "DeleteBackup", "params": {"BackupId": "backup-0123456789abcdef0"}}]' \
      | .venv/bin/python ci/botocore-serialize.py
    -> [{"method": "POST", "url_path": "/", "query": "", "headers": {"Content-Type": "application/x-amz-json-1.1",
         "X-Amz-Target": "AWSSimbaAPIService_v20180301.DeleteBackup"}, "body": {"BackupId": "backup-0123456789abcdef0"}}]

Input (stdin): a JSON list of {"service", "operation", "params"[, "api_version"]}. "service" is
botocore's service name (fsx, dynamodb, ...), so the models come from the pinned botocore wheel,
not from ../shared. Output (stdout): a JSON list in the same order. A case that botocore refuses
(unknown operation, params that fail its validation) yields {"error": "..."} in its slot instead
of aborting the batch, so one bad case cannot hide the others; the exit status is 0 unless stdin
itself is unusable.

Exactly the serializer runs (botocore.serialize.create_serializer(protocol).serialize_to_request),
with botocore's parameter validation in front of it as a normal client has. What it deliberately
does NOT do, because in botocore those steps are event handlers of a client, not the serializer:
  * idempotency tokens: an unset @idempotencyToken member (e.g. ClientRequestToken) stays ABSENT
    from the body; a real boto3 client would put a fresh uuid4 there (handler
    `generate_idempotent_uuid`). Compare bodies with that member present in params, or expect
    it to be missing.
  * no endpoint resolution, signing, User-Agent, Host or Content-Length: "url_path" is the
    modeled path ("/" for awsJson) and only X-Amz-Target and Content-Type are reported.
  * blobs are base64 and timestamps are epoch seconds (JSON numbers), as the JSON serializer writes.
"body" is the parsed JSON body ({} when empty); "raw_body" is the exact text, since awsJson
sends "{}" rather than nothing for an operation with no members set.
The protocol is botocore's metadata "protocol" for the service (awsJson -> "json").
"""
import json
import sys

import botocore.session
import botocore.serialize
import botocore.validate

REPORTED_HEADERS = ("X-Amz-Target", "Content-Type")


def serialize_one(session, case):
    model = session.get_service_model(case["service"], api_version=case.get("api_version"))
    op = model.operation_model(case["operation"])
    params = case.get("params", {})
    # A real client validates before serializing; keep that so the oracle never describes
    # a request botocore would refuse to send.
    report = botocore.validate.ParamValidator().validate(params, op.input_shape)
    if report.has_errors():
        raise ValueError(report.generate_report())
    protocol = model.metadata["protocol"]
    request = botocore.serialize.create_serializer(protocol, include_validation=False).serialize_to_request(params, op)
    raw = request["body"]
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8")
    headers = {k: v for k, v in request["headers"].items() if k in REPORTED_HEADERS}
    return {
        "method": request["method"],
        "url_path": request["url_path"],
        "query": request.get("query_string", ""),
        "headers": dict(sorted(headers.items())),
        "body": json.loads(raw) if raw else {},
        # Kept verbatim because "{}" versus an empty body matters on the wire for awsJson.
        "raw_body": raw,
    }


def main() -> int:
    try:
        cases = json.load(sys.stdin)
    except json.JSONDecodeError as e:
        print(f"botocore-serialize.py: stdin is not JSON: {e}", file=sys.stderr)
        return 2
    if not isinstance(cases, list):
        print("botocore-serialize.py: stdin must be a JSON list of cases", file=sys.stderr)
        return 2
    session = botocore.session.get_session()
    out = []
    for i, case in enumerate(cases):
        try:
            out.append(serialize_one(session, case))
        except Exception as e:  # the slot carries the failure; the batch goes on
            out.append({"error": f"case {i} ({case.get('service')}.{case.get('operation')}): {type(e).__name__}: {e}"})
    json.dump(out, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
