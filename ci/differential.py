#!/usr/bin/env python3
"""Differential test of the generated awsJson, restJson1, awsQuery, ec2Query and restXml clients against botocore
(issues 11, 12, 14 and 13).

    .venv/bin/python ci/differential.py [--cases N] [--seed S] [--services a,b] [--sagemaker] [--error-cases N]

For every awsJson1_0/awsJson1_1/restJson1 model in ../shared/models/aws and every operation botocore also has,
random valid inputs and 200 responses are drawn from botocore's own service model (seeded; only members the
Smithy model also has, see KNOWN). botocore's serializer (`json` or `rest-json`) gives the expected request and
botocore's parser the expected parsed output; the generated client, called through its mock transport by a
runner crate that `cargo xtask differential-runner` writes from the IR, gives ours. Compared for awsJson: method,
path, Content-Type, X-Amz-Target and every x-amzn-* header; for restJson1: method, path (labels as encoded),
the query as decoded pairs, every header (list values item by item), the host prefix; for both the body as
JSON values (a blob or string payload as its bytes), the parsed output as JSON values (restJson1 responses
carry the output's header-bound members in headers and its payload as the body), and for a few 400 responses
per service with `__type` set to a modeled error, that our client reports that error's code.

awsQuery and ec2Query models (those of ../shared and, as ../shared has no IAM, the repository's own in models/)
are compared on inputs: botocore's `query` or `ec2` serializer against our form body, key by key, plus
method, path and Content-Type, and on modeled error documents (ci/differential_query.py).

restXml models (S3; ../shared has no Route 53 or CloudFront Smithy model) are compared on inputs: botocore's
`rest-xml` serializer against our request (method, path, query, headers, the body as an XML tree), and on modeled
error documents (ci/differential_xml.py).

Prints `<service>: N passed, M failed` per service, one minimal reproducer per failure class, and a final
`N passed, M failed`. Exit status 1 when a case fails for a reason that KNOWN does not list (listed bugs still
count as failed, but keep CI green until their issue is fixed).

Crates: target/whole-services/<model> is reused when it is up to date (CI builds it first), otherwise the crate is
generated into target/differential/<model>; the runner goes to target/differential/<model>-runner and is built
with CARGO_TARGET_DIR=$DIFFERENTIAL_TARGET_DIR (default target/differential/target).
"""
import argparse
import base64
import datetime
import email.utils
import io
import json
import os
import random
import string
import subprocess
import sys
import time

import botocore.awsrequest
import botocore.parsers
import botocore.response
import botocore.serialize
import botocore.session
import botocore.validate

import differential_query as dq
import differential_xml as dx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = os.path.join(ROOT, "..", "shared", "models", "aws")
# The idempotency token the runner's client fills in (codegen::differential::FIXED_TOKEN).
FIXED_TOKEN = "00000000-0000-4000-8000-000000000000"
MAX_DEPTH = 4
REST_JSON = "aws.protocols#restJson1"
JSON_PROTOCOLS = ("aws.protocols#awsJson1_0", "aws.protocols#awsJson1_1", REST_JSON)
PROTOCOLS = JSON_PROTOCOLS + dq.PROTOCOLS + dx.PROTOCOLS
# ../shared has no IAM model: the repository's own models of the query protocols (models/iam-users.json, ...)
# are compared too (their crates are small; own models of the JSON protocols are left to the ../shared ones).
OWN_MODELS = os.path.join(ROOT, "models")
# What a header value may hold on the wire (visible ASCII and spaces inside), for drawn header-bound strings.
HEADER_SAFE = string.ascii_letters + string.digits + "-_.;:/+=()"

# Every known difference, with why it is one. "equivalent": both sides mean the same thing and the case passes.
# "bug": a real difference in our client, counted as failed but not failing the exit status until it is fixed.
# Not drawn at all (so not in this table as matchers): members, operations and error shapes that only one
# of the two models has (botocore's model is newer or older than ../shared), counted as "skipped".
KNOWN = {
    "smithy-default": ("equivalent",
                       "Smithy @default: our types fill the model's default where botocore leaves the member out; the spec "
                       "(type-refinement-traits.rst, Default value serialization) says effective defaults SHOULD be serialized"),
    "idempotency-token": ("equivalent",
                          "botocore's serializer leaves an unset @idempotencyToken out (boto3 fills a uuid4 in an "
                          "event handler); our client fills it from its token provider, here a fixed token"),
    "payload-content-type": ("equivalent",
                             "restJson1 spec (Content-Type): a blob payload is application/octet-stream, a string "
                             "payload text/plain, unless @mediaType says otherwise; botocore sends no Content-Type "
                             "for blob and string payloads"),
    "empty-list-header": ("equivalent",
                          "an empty list bound to a header is an empty header, as the restJson1 compliance test "
                          "RestJsonNullAndEmptyHeaders requires; botocore leaves the header out"),
    "empty-structure-payload": ("equivalent",
                                "restJson1 compliance test RestJsonHttpPayloadWithStructureAndEmptyResponseBody: an "
                                "empty body is an unset structure payload; botocore reads it as an empty structure"),
    "renamed-member": ("equivalent",
                       "the same member under another wire name: ../shared's model gives it an xmlName (or "
                       "ec2QueryName) that botocore's model version does not, so each sends the model's own name"),
    "s3-virtual-host": ("equivalent",
                        "S3's endpoint rules put a DNS-compatible bucket in the host (virtual-hosted addressing) and "
                        "take it out of the path; botocore's serializer leaves it in the path and moves it in its "
                        "endpoint handler, so the bucket is put back in our path before comparing"),
    "payload-sha256": ("equivalent",
                       "x-amz-content-sha256: S3's SigV4 signs the payload hash (or UNSIGNED-PAYLOAD) as a header; "
                       "botocore's S3 signer adds it, not its serializer"),
    "request-checksum": ("equivalent",
                         "@httpChecksum / @httpChecksumRequired: our client computes the request checksum "
                         "(x-amz-checksum-*, x-amz-sdk-checksum-algorithm, Content-MD5) as the traits say; botocore "
                         "does it in handlers after its serializer"),
    "checksum-mode-default": ("equivalent",
                              "@httpChecksum's requestValidationModeMember left unset is set to ENABLED (the spec's "
                              "default for clients, so the response checksum is validated); botocore does the same "
                              "in a before-parameter-build handler (response_checksum_validation=when_supported), "
                              "not in its serializer"),
    "xml-content-type": ("equivalent",
                         "restXml spec (Content-Type): a body document is sent as application/xml, a blob payload "
                         "as application/octet-stream, a string one as text/plain; botocore's rest-xml serializer "
                         "sets no Content-Type"),
    "literal-query": ("equivalent",
                      "a literal query pair in ../shared's @http URI (S3's `x-id=Operation`) that botocore's older "
                      "model version does not have in its requestUri; each sends its model's URI"),
    "checksum-algorithm-refused": ("equivalent",
                                   "the input names a checksum algorithm that ../shared's model does not list "
                                   "(botocore's newer model does) and our runtime does not compute; our client "
                                   "refuses the call before sending, naming the algorithm, rather than send it "
                                   "without the checksum the caller asked for"),
    "customization": ("equivalent",
                      "a header a service requires of every client (Glacier's version, API Gateway's Accept), "
                      "which botocore adds in an event handler after its serializer"),
}

# Headers our client sends because of codegen/src/customize.rs, by service model.
CUSTOMIZATION_HEADERS = {"glacier": {"x-amz-glacier-version", "x-amz-sha256-tree-hash", "x-amz-content-sha256"},
                         "apigateway": {"accept"}}


def known_kind(diff, ctx):
    """The KNOWN entry that explains one difference, or None."""
    where, kind, exp, act, traits = diff
    if kind == "refused" and traits is not None and traits.get("known"):
        return traits["known"]
    if where == "request.path" and traits is not None and traits.get("known"):
        return traits["known"]
    if where.startswith("request.headers."):
        name = where[len("request.headers."):]
        if kind == "extra" and ctx.get("xml") and dx.known_header(name, act, exp):
            return dx.known_header(name, act, exp)
        if kind == "extra" and name in ctx.get("customization_headers", ()):
            return "customization"
        if kind == "extra" and name == "content-type" and ctx.get("raw_payload") and act in (
                "application/octet-stream", "text/plain", ctx.get("payload_media_type")):
            return "payload-content-type"
        if kind == "extra" and act == "" and name in ctx.get("list_headers", ()):
            return "empty-list-header"
        if kind == "extra" and name in ctx.get("default_headers", {}) and split_header(act) == split_header(
                ctx["default_headers"][name]):
            return "smithy-default"
    if where.startswith("request.query.") and kind == "extra" and exp is None and [
            where[len("request.query."):], act] in ctx.get("literal_query", ()):
        return "literal-query"
    if where.startswith("request.query.") and kind == "extra" and ctx.get("default_query", {}).get(
            where[len("request.query."):]) == act:
        return "smithy-default"
    if kind == "missing" and exp == {} and where.startswith("output.") and where.count(".") == 1 and where[len(
            "output."):] == ctx.get("output_payload"):
        return "empty-structure-payload"
    if kind == "missing" and traits is not None and traits.get("known"):
        return traits["known"]
    if kind == "extra" and traits is not None:
        if traits.get("known"):
            return traits["known"]
        if "smithy.api#default" in traits and same(traits["smithy.api#default"], act):
            return "smithy-default"
        if "smithy.api#idempotencyToken" in traits and act == FIXED_TOKEN:
            return "idempotency-token"
    return None


def as_epoch(text):
    """A date-time or http-date as epoch seconds, else None (our runner writes a timestamp output member in
    its @timestampFormat; botocore's parsed value is a datetime, normalised to epoch seconds)."""
    for parse in (lambda t: datetime.datetime.fromisoformat(t.replace("Z", "+00:00")),
                  email.utils.parsedate_to_datetime):
        try:
            return parse(text).timestamp()
        except (TypeError, ValueError, IndexError):
            pass
    return None


def same(a, b):
    # JSON values: 1 and 1.0 are the same number on the wire; True is not 1.
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, str) and as_epoch(b) is not None:
        return float(a) == as_epoch(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


class Smithy:
    """The Smithy JSON AST of one model: shapes by id, and the member traits the comparison needs."""

    def __init__(self, path):
        with open(path) as f:
            self.shapes = json.load(f)["shapes"]
        self.service_id, self.service = next((k, v) for k, v in self.shapes.items() if v["type"] == "service")
        self.namespace = self.service_id.split("#")[0]
        self.operations = {k.split("#")[1]: v for k, v in self.shapes.items() if v["type"] == "operation"}

    def shape(self, sid):
        return self.shapes.get(sid) if sid else None

    def members(self, sid):
        s = self.shape(sid)
        return s.get("members", {}) if s else {}


def protocol_of(path):
    with open(path) as f:
        shapes = json.load(f).get("shapes", {})
    for s in shapes.values():
        if s.get("type") == "service":
            for p in PROTOCOLS:
                if p in s.get("traits", {}):
                    return p, s
    return None, None


def botocore_name(session, stem, service):
    """botocore's service name for a Smithy model: the file stem or the endpoint prefix, checked by sdkId."""
    traits = service.get("traits", {}).get("aws.api#service", {})
    available = set(session.get_available_services())
    for cand in (stem, traits.get("endpointPrefix"), traits.get("arnNamespace")):
        if cand in available:
            if session.get_service_model(cand).metadata.get("serviceId") == traits.get("sdkId"):
                return cand
    return None


class Gen:
    """Random values for a botocore shape, walking the Smithy shape beside it so only members both models
    have are drawn. Returns (what botocore is given, what our runner is given) for inputs; outputs use
    `wire`, the JSON a service would send."""

    def __init__(self, rng, smithy):
        self.rng = rng
        self.smithy = smithy

    SIMPLE = {"String": "string", "Integer": "integer", "Long": "long", "Boolean": "boolean", "Double": "double",
              "Float": "float", "Timestamp": "timestamp", "Blob": "blob", "Short": "short", "Byte": "byte",
              "PrimitiveInteger": "integer", "PrimitiveLong": "long", "PrimitiveBoolean": "boolean"}

    def kinds_agree(self, bshape, smember):
        """The two models give the member the same kind of value (an older model may say integer where the
        newer says string): a value drawn for the one must fit the other."""
        target = smember.get("target", "")
        t = self.smithy.shape(target)
        kind = t["type"] if t else self.SIMPLE.get(target.split("#")[-1])
        if kind is None or kind == "document":
            return True
        numeric = {"integer", "long", "short", "byte", "intEnum"}
        b = bshape.type_name
        if kind in ("enum",):
            kind = "string"
        if kind == "intEnum":
            kind = "integer"
        if kind in numeric and b in numeric:
            return True
        if kind in ("double", "float") and b in ("double", "float"):
            return True
        if kind in ("structure", "union") and b == "structure":
            return True
        return kind == b

    def string(self, shape):
        enum = shape.enum
        if enum:
            return self.rng.choice(enum)
        lo = shape.metadata.get("min", 0)
        hi = shape.metadata.get("max", lo + 12)
        n = self.rng.randint(max(lo, 1) if hi >= 1 else 0, max(min(hi, lo + 12), max(lo, 1) if hi >= 1 else 0))
        # Now and then a character JSON must escape or that is not ASCII, so escaping is compared too.
        alphabet = string.ascii_letters + string.digits
        if self.rng.random() < 0.2:
            alphabet += '"\\\n\té€😀 /'
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def number(self, shape, integral):
        lo = shape.metadata.get("min", 0)
        hi = shape.metadata.get("max", lo + 1000)
        # Sometimes a value only a 64-bit integer or a double holds exactly (past f64's 2^53, or 0.1).
        if shape.type_name == "long" and "max" not in shape.metadata and self.rng.random() < 0.2:
            return self.rng.randint(2**53, 2**63 - 1)
        if shape.type_name == "double" and "max" not in shape.metadata and self.rng.random() < 0.2:
            return self.rng.choice([0.1, 1e300, -2.5e-10, 123456.789])
        lo, hi = max(lo, -1000), min(hi, max(lo, -1000) + 100000)
        if integral:
            return self.rng.randint(int(lo), int(hi))
        # Multiples of 1/8 are exact in f32 and f64, so no rounding enters the comparison.
        return min(max(self.rng.randint(int(lo) * 8, int(hi) * 8) / 8, lo), hi)

    def count(self, shape):
        lo = shape.metadata.get("min", 0)
        hi = min(shape.metadata.get("max", 3), 3)
        return self.rng.randint(min(lo, 3), max(min(lo, 3), hi))

    def value(self, shape, sid, depth, output):
        """(botocore value, our value) for inputs; for outputs both are the wire JSON."""
        t = shape.type_name
        rng = self.rng
        if t == "structure" and getattr(shape, "is_document_type", False):
            v = rng.choice([{"a": 1}, "text", [1, True], 2.5])
            return v, v
        if t == "structure":
            smembers = self.smithy.members(sid)
            s = self.smithy.shape(sid) or {}
            names = [n for n in shape.members if n in smembers and self.kinds_agree(shape.members[n], smembers[n])]
            chosen = {}
            if s.get("type") == "union" or shape.metadata.get("union"):
                # A union sets exactly one member.
                names = [rng.choice(names)] if names else []
                required = set(names)
            else:
                required = set(shape.required_members) | {
                    n for n in names if "smithy.api#required" in smembers[n].get("traits", {})}
            for n in names:
                m = shape.members[n]
                token = m.metadata.get("idempotencyToken")
                if n in required or (depth < MAX_DEPTH and rng.random() < (0.75 if output else 0.6 if token else 0.5)):
                    chosen[n] = self.value(m, smembers[n]["target"], depth + 1, output)
            return {k: v[0] for k, v in chosen.items()}, {k: v[1] for k, v in chosen.items()}
        if t == "list":
            target = (self.smithy.shape(sid) or {}).get("member", {}).get("target")
            n = self.count(shape) if depth < MAX_DEPTH + 2 else 0
            items = [self.value(shape.member, target, depth + 1, output) for _ in range(n)]
            return [i[0] for i in items], [i[1] for i in items]
        if t == "map":
            s = self.smithy.shape(sid) or {}
            n = self.count(shape) if depth < MAX_DEPTH + 2 else 0
            out_b, out_o = {}, {}
            for _ in range(n):
                k = self.string(shape.key)
                v = self.value(shape.value, s.get("value", {}).get("target"), depth + 1, output)
                out_b[k], out_o[k] = v
            return out_b, out_o
        if t == "string":
            v = self.string(shape)
            return v, v
        if t in ("integer", "long", "short", "byte"):
            v = self.number(shape, True)
            return v, v
        if t in ("float", "double"):
            v = self.number(shape, False)
            return v, v
        if t == "boolean":
            v = rng.random() < 0.5
            return v, v
        if t == "timestamp":
            secs = rng.randint(0, 2_000_000_000)
            if output:
                # Responses carry fractions; botocore's serializer sends whole seconds for requests anyway.
                v = secs + rng.choice([0, 0.5, 0.125])
                return v, v
            return secs, secs
        if t == "blob":
            raw = bytes(rng.randrange(256) for _ in range(rng.randint(0, 8)))
            text = base64.b64encode(raw).decode()
            return (text, text) if output else (raw, text)
        raise ValueError(f"no generator for {t} {shape.name}")


def normalise_parsed(v):
    """botocore's parsed values as JSON: timestamps as epoch seconds, blobs as base64."""
    if isinstance(v, dict):
        return {k: normalise_parsed(x) for k, x in v.items() if k != "ResponseMetadata"}
    if isinstance(v, list):
        return [normalise_parsed(x) for x in v]
    if isinstance(v, datetime.datetime):
        return v.timestamp()
    if isinstance(v, (bytes, bytearray)):
        return base64.b64encode(v).decode()
    if isinstance(v, botocore.response.StreamingBody):
        return base64.b64encode(v.read()).decode()
    return v


def diff(exp, act, where, smithy, sid, out):
    """Appends (where, kind, expected, actual, member traits) for every difference, walking the Smithy shape."""
    shape = smithy.shape(sid) or {}
    if isinstance(exp, dict) and isinstance(act, dict) and shape.get("type") in ("structure", "union", None):
        members = shape.get("members", {})
        for k in sorted(set(exp) | set(act)):
            m = members.get(k, {})
            traits = m.get("traits", {})
            if k not in act:
                out.append((f"{where}.{k}", "missing", exp[k], None, traits))
            elif k not in exp:
                out.append((f"{where}.{k}", "extra", None, act[k], traits))
            else:
                diff(exp[k], act[k], f"{where}.{k}", smithy, m.get("target"), out)
        return
    if isinstance(exp, dict) and isinstance(act, dict) and shape.get("type") == "map":
        value = shape.get("value", {}).get("target")
        for k in sorted(set(exp) | set(act)):
            if k not in act or k not in exp:
                out.append((f"{where}{{{k}}}", "missing" if k not in act else "extra", exp.get(k), act.get(k), None))
            else:
                diff(exp[k], act[k], f"{where}{{*}}", smithy, value, out)
        return
    if isinstance(exp, list) and isinstance(act, list) and len(exp) == len(act):
        item = shape.get("member", {}).get("target")
        for x, y in zip(exp, act):
            diff(x, y, f"{where}[*]", smithy, item, out)
        return
    if not same(exp, act):
        out.append((where, "value", exp, act, None))


def split_header(v):
    """A header line as its comma-separated values (quoted ones unquoted), numbers as numbers: botocore joins
    lists with "," and writes 1e+300 where we write ", " and 1e300, which say the same."""
    if v is None:
        return None
    out, cur, quoted, i = [], "", False, 0
    while i < len(v):
        c = v[i]
        if quoted and c == "\\" and i + 1 < len(v):
            cur += v[i + 1]
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == "," and not quoted:
            out.append(cur.strip())
            cur = ""
        else:
            cur += c
        i += 1
    out.append(cur.strip())
    def num(t):
        try:
            return float(t) if any(ch in t for ch in ".eEnN") and t not in ("",) else t
        except ValueError:
            return t
    return [num(t) for t in out]


def compare_headers(exp, act, out, rest=False):
    for k in sorted(set(exp) | set(act)):
        same_value = split_header(exp.get(k)) == split_header(act.get(k)) if rest else exp.get(k) == act.get(k)
        if not same_value:
            kind = "missing" if k not in act else "extra" if k not in exp else "value"
            out.append((f"request.headers.{k}", kind, exp.get(k), act.get(k), None))


def body_value(raw):
    """A request or response body as the runner reports it: nothing, JSON, or base64 bytes."""
    if isinstance(raw, str):
        raw = raw.encode()
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return {"base64": base64.b64encode(raw).decode()}


def rest_expected_request(req, raw_body=False):
    """botocore's rest-json request in the runner's terms: the path without its literal query, the query as
    decoded [key, value] pairs (sorted), lower-case headers, the body."""
    path, _, literal = req["url_path"].partition("?")
    query = []
    for part in literal.split("&"):
        if part:
            k, _, v = part.partition("=")
            query.append([k, v])
    for k, v in req["query_string"].items():
        for item in (v if isinstance(v, list) else [v]):
            query.append([k, str(item) if not isinstance(item, bool) else str(item).lower()])
    return {"method": req["method"], "path": path, "query": sorted(query),
            "headers": {k.lower(): str(v) for k, v in req["headers"].items()},
            "host_prefix": req.get("host_prefix"),
            "body": (req["body"] if isinstance(req["body"], bytes) else (req["body"] or "").encode()) if raw_body
            else body_value(req["body"])}


def header_safe(rng, n=6):
    return "".join(rng.choice(HEADER_SAFE) for _ in range(n))


def sanitise_headers(rng, shape, params, ours):
    """Header-bound strings hold only what a header line can carry (HTTP has no escaping for line breaks or
    surrounding spaces), on both sides alike."""
    for name, m in shape.members.items():
        if name not in params or m.serialization.get("location") not in ("header", "headers"):
            continue
        if m.serialization.get("location") == "headers":
            v = {header_safe(rng).lower(): header_safe(rng) for _ in params[name]}
        elif m.type_name == "string" and "jsonvalue" not in m.serialization and not m.serialization.get("jsonvalue"):
            v = m.enum and params[name] or header_safe(rng)
        elif m.type_name == "list" and m.member.type_name == "string":
            v = [x if m.member.enum else header_safe(rng) for x in params[name]]
        else:
            continue
        params[name] = v
        ours[name] = v


def header_text(m, v):
    """An output member's value as the header a server would send."""
    t = m.type_name
    if t == "boolean":
        return "true" if v else "false"
    if t == "timestamp":
        fmt = m.serialization.get("timestampFormat", "rfc822")
        secs = int(v)
        if fmt == "unixTimestamp":
            return str(secs)
        if fmt == "iso8601":
            return datetime.datetime.fromtimestamp(secs, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return email.utils.formatdate(secs, usegmt=True)
    if t == "list":
        return ", ".join(header_text(m.member, x) for x in v)
    return str(v)


def wire_json(v, shape):
    """A drawn value with the JSON keys of the wire (jsonName) instead of member names."""
    if shape is None:
        return v
    if shape.type_name == "structure" and isinstance(v, dict) and not getattr(shape, "is_document_type", False):
        return {shape.members[k].serialization.get("name", k): wire_json(x, shape.members[k]) for k, x in v.items()}
    if shape.type_name == "list" and isinstance(v, list):
        return [wire_json(x, shape.member) for x in v]
    if shape.type_name == "map" and isinstance(v, dict):
        return {k: wire_json(x, shape.value) for k, x in v.items()}
    return v


def rest_response(rng, shape, values):
    """A restJson1 200 response for drawn output values: header members in headers, the payload member or the
    body members in the body. Returns (headers, body bytes). Prefix-header maps and @mediaType headers are
    left out (their keys and JSON values are drawn without header rules)."""
    headers, body, payload = {}, {}, None
    payload_name = shape.serialization.get("payload")
    for name in list(values):
        m = shape.members[name]
        loc = m.serialization.get("location")
        if loc == "headers" or (loc == "header" and m.serialization.get("jsonvalue")):
            del values[name]
        elif loc == "header":
            if m.type_name == "string" and not m.enum:
                values[name] = header_safe(rng)
            elif m.type_name == "list" and m.member.type_name == "string":
                values[name] = [x if m.member.enum else header_safe(rng) for x in values[name]]
            headers[m.serialization.get("name", name)] = header_text(m, values[name])
        elif loc == "statusCode":
            values[name] = 200
        elif name == payload_name:
            payload = (m, values[name])
        else:
            body[m.serialization.get("name", name)] = wire_json(values[name], m)
    if payload is not None:
        m, v = payload
        if m.type_name == "blob":
            return headers, base64.b64decode(v)
        if m.type_name == "string":
            return headers, v.encode()
        return headers, json.dumps(wire_json(v, m)).encode()
    if payload_name is None and any("location" not in m.serialization for m in shape.members.values()):
        return headers, json.dumps(body).encode()
    return headers, b""


def run(cmd, cwd, env=None, log=None):
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(f"differential.py: `{' '.join(cmd)}` failed in {cwd}:\n{r.stderr[-4000:]}\n")
        raise SystemExit(2)
    return r


def build_runner(stem, model):
    """The service crate (reused from whole-services when there) and its runner, built; the binary's path."""
    crate = os.path.join(ROOT, "target", "whole-services", stem)
    # Only a whole-services crate that the current generator would write again is reused.
    fresh = os.path.exists(os.path.join(crate, "src", "client.rs")) and subprocess.run(
        ["cargo", "xtask", "codegen", "--model", model, "--out", crate, "--check"], cwd=ROOT,
        capture_output=True).returncode == 0
    if not fresh:
        crate = os.path.join(ROOT, "target", "differential", stem)
        run(["cargo", "xtask", "codegen", "--model", model, "--out", crate], ROOT)
    runner = os.path.join(ROOT, "target", "differential", f"{stem}-runner")
    run(["cargo", "xtask", "differential-runner", "--model", model, "--crate", crate, "--out", runner], ROOT)
    lock = os.path.join(crate, "Cargo.lock")
    if os.path.exists(lock) and not os.path.exists(os.path.join(runner, "Cargo.lock")):
        # Same dependency versions as the crate's own build, so nothing already built is compiled again.
        with open(lock) as src, open(os.path.join(runner, "Cargo.lock"), "w") as dst:
            dst.write(src.read())
    target = os.environ.get("DIFFERENTIAL_TARGET_DIR") or os.path.join(ROOT, "target", "differential", "target")
    env = dict(os.environ, CARGO_TARGET_DIR=target)
    run(["cargo", "build", "--quiet"], runner, env=env)
    return os.path.join(target, "debug", f"{stem}-differential-runner")


def draw_cases(args, stem, smithy, model, session):
    """(case for the runner, what botocore expects) pairs: success cases per operation, then modeled errors."""
    cases, skipped = [], []
    query_compatible = "awsQueryCompatible" in model.metadata
    protocol = model.metadata["protocol"]
    xml = protocol == "rest-xml"
    rest = protocol == "rest-json" or xml
    query = protocol in ("query", "ec2")
    smithy_protocol = next(p for p in PROTOCOLS if p in smithy.service.get("traits", {}))
    no_wrapping = bool((smithy.service.get("traits", {}).get(dx.REST_XML) or {}).get("noErrorWrapping"))
    xml_namespace = smithy.service.get("traits", {}).get("smithy.api#xmlNamespace", {}).get("uri")
    content_type = "application/xml" if xml else "application/json" if rest else "text/xml" if query else "application/x-amz-json-%s" % model.metadata.get("jsonVersion", "1.0")
    serializer = botocore.serialize.create_serializer(protocol, include_validation=False)
    parser = botocore.parsers.create_parser(protocol)
    validator = botocore.validate.ParamValidator()
    ops = [o for o in model.operation_names if o in smithy.operations]
    skipped += [f"{o}: not in the Smithy model" for o in model.operation_names if o not in smithy.operations]
    for name in ops:
        op = model.operation_model(name)
        sop = smithy.operations[name]
        if op.has_event_stream_input or op.has_event_stream_output:
            # botocore parses event streams off a live connection, not a body; the client does not call these yet.
            skipped.append(f"{name}: event stream")
            continue
        for i in range(args.cases):
            rng = random.Random(f"{args.seed}:{stem}:{name}:{i}")
            gen = Gen(rng, smithy)
            params, ours = ({}, {}) if op.input_shape is None else gen.value(
                op.input_shape, sop.get("input", {}).get("target"), 0, False)
            if rest and op.input_shape is not None:
                sanitise_headers(rng, op.input_shape, params, ours)
            report = validator.validate(params, op.input_shape) if op.input_shape else None
            if report and report.has_errors():
                skipped.append(f"{name}: botocore refuses the drawn input: {report.generate_report()}")
                continue
            try:
                req = serializer.serialize_to_request(params, op)
            except Exception as e:  # e.g. a host label botocore refuses
                skipped.append(f"{name}: botocore cannot serialize the drawn input: {type(e).__name__}: {e}")
                continue
            if xml:
                expected_req = rest_expected_request(req, raw_body=True)
                for h in dx.TRANSPORT_HEADERS:
                    expected_req["headers"].pop(h, None)
                bucket = params.get("Bucket") if isinstance(params.get("Bucket"), str) else None
                cases.append(({"operation": name, "input": ours,
                               "response": {"status": 200, "headers": {"content-type": content_type,
                                                                       "x-amz-request-id": "req-%d" % i},
                                            "body": ""}},
                              {"request": expected_req, "rest": True, "xml": True, "bucket": bucket,
                               **rest_context(stem, smithy, sop, op),
                               "input_shape": sop.get("input", {}).get("target")}))
                continue
            if query:
                text = dq.success_body(name, smithy_protocol, xml_namespace)
                cases.append(({"operation": name, "input": ours,
                               "response": {"status": 200, "headers": {"content-type": content_type}, "body": text}},
                              {"request": dq.expected_request(req), "query": smithy_protocol,
                               "input_shape": sop.get("input", {}).get("target")}))
                continue
            if rest:
                expected_req = rest_expected_request(req)
            else:
                raw = req["body"].decode() if isinstance(req["body"], bytes) else req["body"]
                expected_req = {
                    "method": req["method"], "path": req["url_path"],
                    "headers": {k.lower(): v for k, v in req["headers"].items()
                                if k.lower() in ("content-type", "x-amz-target") or k.lower().startswith("x-amzn-")},
                    "body": json.loads(raw) if raw else None,
                }
            _, values = ({}, {}) if op.output_shape is None else gen.value(
                op.output_shape, sop.get("output", {}).get("target"), 0, True)
            headers = {"content-type": content_type, "x-amzn-requestid": "req-%d" % i}
            if rest:
                extra, raw_body = ({}, b"") if op.output_shape is None else rest_response(rng, op.output_shape, values)
                # A header-bound member (Content-Type of a payload) replaces the default of the same name.
                headers = {k: v for k, v in headers.items() if k.lower() not in {e.lower() for e in extra}}
                headers.update(extra)
            else:
                raw_body = json.dumps(values).encode()
            # A blob payload is read as a stream, as botocore's client hands it one (given bytes, its parser
            # would decode them as UTF-8).
            blob_payload = rest and op.output_shape is not None and (
                op.output_shape.members.get(op.output_shape.serialization.get("payload", ""))
                and op.output_shape.members[op.output_shape.serialization["payload"]].type_name == "blob")
            body_arg = botocore.response.StreamingBody(io.BytesIO(raw_body), len(raw_body)) if blob_payload else raw_body
            # Header names are case-insensitive, as botocore's client gives them to its parser.
            parsed = parser.parse({"status_code": 200, "headers": botocore.awsrequest.HeadersDict(headers),
                                   "body": body_arg}, op.output_shape)
            ctx = rest_context(stem, smithy, sop, op) if rest else {}
            cases.append(({"operation": name, "input": ours,
                           "response": {"status": 200, "headers": headers, "body": body_text(raw_body)}},
                          {"request": expected_req, "rest": rest, **ctx,
                           # Only what the Smithy model has: botocore fills a status-code member its newer model
                           # has from the response status alone.
                           "output": {k: v for k, v in normalise_parsed(parsed).items()
                                      if k in smithy.members(sop.get("output", {}).get("target"))},
                           "output_shape": sop.get("output", {}).get("target"),
                           "input_shape": sop.get("input", {}).get("target"), "query_compatible": query_compatible}))
    # Modeled errors: an operation and one of its errors that both models have, members drawn like an output.
    rng = random.Random(f"{args.seed}:{stem}:errors")
    with_errors = [(o, e) for o in ops for e in model.operation_model(o).error_shapes
                   if any(t["target"].split("#")[1] == e.name for t in smithy.operations[o].get("errors", []))]
    errors = []
    for i in range(args.error_cases if with_errors else 0):
        name, err = rng.choice(with_errors)
        _, body = Gen(rng, smithy).value(err, f"{smithy.namespace}#{err.name}", 0, True)
        # Every form of `__type` botocore reads: bare, with the namespace, with a `:` suffix.
        body["__type"] = rng.choice([err.name, f"{smithy.namespace}#{err.name}", f"{err.name}:http://internal/"])
        if "code" in body:
            # An error with a `code` member (Glacier's) holds its own name there, and clients read `code`
            # before `__type`.
            body["code"] = err.name
        legacy = smithy.shape(f"{smithy.namespace}#{err.name}").get("traits", {}).get("aws.protocols#awsQueryError")
        header = {}
        form = rng.random() if query_compatible and legacy else 1.0
        if form < 0.4:
            # What SQS really sends: the awsQuery code in a header, the shape name in `__type`.
            header = {"x-amzn-query-error": f"{legacy['code']};Sender"}
        elif form < 0.7:
            # An older server: the awsQuery code in `__type` and no header; it still names the modeled error.
            body["__type"] = legacy["code"]
        if query or xml:
            code, status = dq.error_code_and_status(smithy, err.name)
            text = dx.error_body(no_wrapping, code, i) if xml else dq.error_body(smithy_protocol, code, i)
            errors.append((name, status, text, "modeled", {}))
            continue
        errors.append((name, 400, json.dumps(body), "modeled", header))
    if ops:
        # Errors no model describes: a code botocore passes through, and a bare 503 whose only clue is the status.
        unknown = dq.error_body(smithy_protocol, "NotInAnyModelException", 0) if query else dx.error_body(
            no_wrapping, "NotInAnyModelException", 0) if xml else json.dumps(
            {"__type": "NotInAnyModelException", "message": "m"})
        errors.append((rng.choice(ops), 400, unknown, "unmodeled", {}))
        errors.append((rng.choice(ops), 503, "", "unmodeled", {}))
    for i, (name, status, text, variant, extra) in enumerate(errors):
        headers = {"content-type": content_type, "x-amzn-requestid": "err-%d" % i, **extra}
        op = model.operation_model(name)
        parsed = parser.parse({"status_code": status, "headers": headers, "body": text.encode()}, op.output_shape)
        gen_in = Gen(random.Random(f"{args.seed}:{stem}:{name}:error:{i}"), smithy)
        params, ours = ({}, {}) if op.input_shape is None else gen_in.value(
            op.input_shape, smithy.operations[name].get("input", {}).get("target"), 0, False)
        if rest and op.input_shape is not None:
            sanitise_headers(gen_in.rng, op.input_shape, params, ours)
        cases.append(({"operation": name, "input": ours, "response": {"status": status, "headers": headers, "body": text}},
                      # botocore's Code is the awsQuery code when the header gives one (the shape name moves to
                      # QueryErrorCode): the code users of a query-compatible service know, and what the
                      # compliance tests expect. Which modeled error it is, is checked by the variant.
                      {"error_code": parsed["Error"]["Code"], "variant": variant, "status": status,
                       "query_compatible": query_compatible}))
    return cases, skipped


def body_text(raw):
    """A response body for the runner: text as it is, other bytes as {"base64": ..}."""
    try:
        return raw.decode()
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(raw).decode()}


def rest_context(stem, smithy, sop, op):
    """What known_kind needs to recognise a restJson1 difference: the payload's kind and media type, the
    headers bound to lists, and the values @default gives header- and query-bound members."""
    ctx = {"customization_headers": CUSTOMIZATION_HEADERS.get(stem, set()), "list_headers": set(),
           "default_headers": {}, "default_query": {},
           "output_payload": op.output_shape.serialization.get("payload") if op.output_shape else None,
           "literal_query": [list(p.partition("=")[::2]) for p in sop.get("traits", {}).get(
               "smithy.api#http", {}).get("uri", "").partition("?")[2].split("&") if p]}
    shape = op.input_shape
    if shape is None:
        return ctx
    payload = shape.serialization.get("payload")
    if payload and shape.members[payload].type_name in ("blob", "string"):
        ctx["raw_payload"] = True
        ctx["payload_media_type"] = shape.members[payload].serialization.get("mediaType") or (
            smithy.shape(smithy.members(sop.get("input", {}).get("target")).get(payload, {}).get("target")) or {}
        ).get("traits", {}).get("smithy.api#mediaType")
    smembers = smithy.members(sop.get("input", {}).get("target"))
    for name, m in shape.members.items():
        loc, wire = m.serialization.get("location"), m.serialization.get("name", name)
        default = smembers.get(name, {}).get("traits", {}).get("smithy.api#default")
        if loc == "header":
            if m.type_name == "list":
                ctx["list_headers"].add(wire.lower())
            if default is not None:
                ctx["default_headers"][wire.lower()] = str(default).lower() if isinstance(default, bool) else str(default)
        elif loc == "querystring" and default is not None and m.type_name != "map":
            ctx["default_query"][wire] = str(default).lower() if isinstance(default, bool) else str(default)
    return ctx


def check(case, expected, got, smithy):
    """Differences between botocore's view and ours, each (where, kind, expected, actual, traits)."""
    out = []
    if "skipped" in got:
        return None
    if "input_error" in got:
        return [("input", "rejected", None, got["input_error"], None)]
    if "error_code" in expected:
        err = got.get("error")
        code = expected["error_code"]
        # Without a body botocore's code is the status; saying the status in the message is as good.
        named = err and (err.get("code") == code or (code == str(expected["status"]) and code in (err.get("message") or "")))
        if not named or err.get("variant") != expected["variant"]:
            out.append(("error", "value", {"code": code, "variant": expected["variant"]}, err or got.get("output"), None))
        return out
    message = (got.get("error") or {}).get("message") or ""
    if got.get("request") is None and "checksum algorithm" in message and "is not supported" in message:
        return [("request", "refused", None, message, {"known": "checksum-algorithm-refused"})]
    req, exp_req = got.get("request") or {}, expected["request"]
    if expected.get("query"):
        dq.compare(exp_req, req, dq.known_extra(smithy, expected["input_shape"], expected["query"], FIXED_TOKEN), out,
                   dq.same_member(smithy, expected["input_shape"], expected["query"]))
        return out
    if req.get("method") != exp_req["method"]:
        out.append(("request.method", "value", exp_req["method"], req.get("method"), None))
    path, moved = dx.our_path(req, expected.get("bucket")) if expected.get("xml") else (req.get("path"), False)
    if path != exp_req["path"]:
        out.append(("request.path", "value", exp_req["path"], path, None))
    elif moved:
        out.append(("request.path", "value", exp_req["path"], req.get("path"), {"known": "s3-virtual-host"}))
    if expected.get("rest"):
        ours = sorted(req.get("query") or [])
        theirs = exp_req["query"]
        for k, v in theirs:
            if [k, v] not in ours:
                out.append((f"request.query.{k}", "missing", v, [x for x in ours if x[0] == k], None))
        for k, v in ours:
            if [k, v] not in theirs:
                out.append((f"request.query.{k}", "extra", [x for x in theirs if x[0] == k] or None, v, None))
        prefix = exp_req.get("host_prefix")
        if prefix and not (req.get("host") or "").startswith(prefix):
            out.append(("request.host", "value", prefix, req.get("host"), None))
        compare_headers(exp_req["headers"], req.get("headers", {}), out, rest=True)
    else:
        act = {k: v for k, v in req.get("headers", {}).items()
               if k in ("content-type", "x-amz-target") or k.startswith("x-amzn-")}
        compare_headers(exp_req["headers"], act, out)
    if expected.get("xml"):
        dx.compare_body(exp_req["body"], dx.body_bytes(req.get("body")), out, as_epoch)
        return out
    diff(exp_req["body"], req.get("body"), "request.body", smithy, expected["input_shape"], out)
    if "error" in got:
        out.append(("output", "value", expected["output"], {"error": got["error"]}, None))
    else:
        diff(expected["output"], got.get("output"), "output", smithy, expected["output_shape"], out)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 2)[2])
    ap.add_argument("--cases", type=int, default=2, help="random cases per operation (default 2)")
    ap.add_argument("--error-cases", type=int, default=5, help="modeled-error cases per service (default 5)")
    ap.add_argument("--seed", default="11", help="RNG seed (default 11)")
    ap.add_argument("--services", help="only these model stems, comma-separated (e.g. fsx,sqs)")
    ap.add_argument("--verbose", action="store_true", help="print every failing difference, not one per class")
    ap.add_argument("--sagemaker", action="store_true", help="include sagemaker (skipped by default: its crate is huge)")
    args = ap.parse_args()
    started = time.time()
    session = botocore.session.get_session()
    only = set(args.services.split(",")) if args.services else None
    total_pass = total_fail = 0
    unknown_failures = 0
    classes = {}
    known_counts = {}
    files = [os.path.join(MODELS, f) for f in sorted(os.listdir(MODELS))] + [
        os.path.join(OWN_MODELS, f) for f in sorted(os.listdir(OWN_MODELS))]
    for path in files:
        stem, ext = os.path.splitext(os.path.basename(path))
        if ext != ".json" or (only and stem not in only) or (stem == "sagemaker" and not args.sagemaker and not only):
            continue
        protocol, service = protocol_of(path)
        if not protocol or (os.path.dirname(path) == OWN_MODELS and protocol not in dq.PROTOCOLS):
            continue
        name = botocore_name(session, stem, service)
        if not name:
            print(f"{stem}: no botocore service model matches its sdkId; skipped")
            continue
        smithy = Smithy(path)
        model = session.get_service_model(name)
        cases, skipped = draw_cases(args, stem, smithy, model, session)
        binary = build_runner(stem, path)
        feed = "".join(json.dumps(c) + "\n" for c, _ in cases)
        r = subprocess.run([binary], input=feed, capture_output=True, text=True)
        lines = r.stdout.splitlines()
        passed = failed = 0
        for idx, (case, expected) in enumerate(cases):
            got = json.loads(lines[idx]) if idx < len(lines) else {"input_error": f"runner died: {r.stderr[-2000:]}"}
            diffs = check(case, expected, got, smithy)
            if diffs is None:
                skipped.append(f"{case['operation']}: {got['skipped']}")
                continue
            real = []
            for d in diffs:
                k = known_kind(d, expected)
                if k and KNOWN[k][0] == "equivalent":
                    known_counts[k] = known_counts.get(k, 0) + 1
                    continue
                real.append((d, k))
            if not real:
                passed += 1
                continue
            failed += 1
            if args.verbose:
                for d, k in real:
                    print(f"  FAIL {case['operation']}: {d[0]} {d[1]} [{k or 'NEW'}] "
                          f"expected {json.dumps(d[2])[:200]} ours {json.dumps(d[3])[:200]}")
            if any(k is None for _, k in real):
                unknown_failures += 1
            for d, k in real:
                if k:
                    known_counts[k] = known_counts.get(k, 0) + 1
                # A class: where in the exchange (request headers or body, output, error), what kind of
                # difference and of which JSON type, so one broken codec path is one reproducer, not one per member.
                section = next(p for p in ("request.headers", "request.body", "request", "output", "error", "input")
                               if d[0].startswith(p))
                key = (stem, section, d[1], type(d[2]).__name__, k)
                size = len(json.dumps(case["input"])) + len(case["response"]["body"])
                if key not in classes or size < classes[key][0]:
                    classes[key] = (size, case, d)
        print(f"{stem}: {passed} passed, {failed} failed", flush=True)
        if skipped:
            print(f"  ({len(skipped)} skipped, e.g. {skipped[0]})")
        total_pass += passed
        total_fail += failed
    if classes:
        print("\nfailure classes (one minimal reproducer each):")
        for (stem, _, kind, _, k), (_, case, d) in sorted(classes.items(), key=lambda x: str(x[0])):
            label = f"KNOWN {k}: {KNOWN[k][1]}" if k else "NEW"
            print(f"- {stem} {case['operation']}: {d[0]} {kind} [{label}]")
            print(f"    expected (botocore): {json.dumps(d[2])[:300]}")
            print(f"    ours:                {json.dumps(d[3])[:300]}")
            print(f"    input: {json.dumps(case['input'])[:400]}")
            print(f"    response: {case['response']['status']} {str(case['response']['body'])[:400]}")
    if known_counts:
        print("\nknown differences met:")
        for k, n in sorted(known_counts.items()):
            print(f"  {k} ({KNOWN[k][0]}): {n} times; {KNOWN[k][1]}")
    print(f"({time.time() - started:.0f} s)")
    print(f"{total_pass} passed, {total_fail} failed")
    return 1 if unknown_failures else 0


if __name__ == "__main__":
    sys.exit(main())
