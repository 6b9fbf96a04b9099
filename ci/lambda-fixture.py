#!/usr/bin/env python3
"""Creates a Lambda function (and the IAM role it runs as) in a running moto server.

    MOTO_URL=http://127.0.0.1:PORT .venv/bin/python ci/lambda-fixture.py
    -> {"function_name": "fixture-fn-1a2b3c4d", "function_arn": "arn:aws:lambda:us-east-1:123456789012:function:..."}

Run with the venv's python (ci/setup-python.sh). Region and dummy credentials are those of the
tests (us-east-1, AKIDEXAMPLE / secret): moto keys its state by account and region. The name is
new on every run, so tests sharing one moto server do not see each other's functions by name.
"""
import io
import json
import os
import sys
import uuid
import zipfile

import boto3


def main() -> int:
    url = os.environ.get("MOTO_URL")
    if not url:
        print("lambda-fixture.py: MOTO_URL is not set (run `eval \"$(ci/moto-server.sh start)\"`)", file=sys.stderr)
        return 2
    kw = dict(endpoint_url=url, region_name="us-east-1", aws_access_key_id="AKIDEXAMPLE",
              aws_secret_access_key="secret")
    suffix = uuid.uuid4().hex[:8]
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                                                     "Principal": {"Service": "lambda.amazonaws.com"}}]}
    role = boto3.client("iam", **kw).create_role(
        RoleName=f"fixture-role-{suffix}", AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
    code = io.BytesIO()
    with zipfile.ZipFile(code, "w") as z:
        z.writestr("index.py", "def handler(event, context):\n    return event\n")
    fn = boto3.client("lambda", **kw).create_function(
        FunctionName=f"fixture-fn-{suffix}", Runtime="python3.12", Role=role, Handler="index.handler",
        Code={"ZipFile": code.getvalue()}, Description="made by ci/lambda-fixture.py", MemorySize=256,
        Timeout=7)
    json.dump({"function_name": fn["FunctionName"], "function_arn": fn["FunctionArn"]}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
