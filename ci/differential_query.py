"""The awsQuery and ec2Query half of ci/differential.py (issue 14): requests compared as form pairs, the XML
documents a query service answers with, and the differences that say the same thing on the wire.

botocore's `query` and `ec2` serializers give the request body as a dict of form keys
(`Action`, `Version`, `Tags.member.1.Key`, `Filter.1.Value.2`, ...); the runner reports our body as bytes. Both
become `{key: value}` and are compared key by key, so every flattening rule (`.member.N`, `entry.N.key`,
`xmlName`, `awsQueryName`, `ec2QueryName`, capitalised ec2 names, flattened lists) is checked by its effect.
Outputs are not compared (botocore would have to be given XML we draw, and the compliance suites cover the
XML reader); a minimal success document keeps the call well-formed, and error documents with modeled codes
check that our client names the modeled error as botocore does.
"""
import base64
import urllib.parse

QUERY = "aws.protocols#awsQuery"
EC2 = "aws.protocols#ec2Query"
PROTOCOLS = (QUERY, EC2)
FORM = "application/x-www-form-urlencoded"


def form_value(v):
    """A botocore form value as the text AWSRequest sends (it urlencodes the dict: str() of each value)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def expected_request(req):
    """botocore's query request in the runner's terms."""
    body = req["body"] if isinstance(req["body"], dict) else dict(urllib.parse.parse_qsl(req["body"], keep_blank_values=True))
    return {"method": req["method"], "path": req["url_path"], "form": {k: form_value(v) for k, v in body.items()}}


def our_form(body):
    """The runner's body (`{"base64": ..}` for anything that is not JSON) as decoded form pairs; a key sent twice
    is reported as a list so that it cannot hide."""
    if body is None:
        return {}
    raw = base64.b64decode(body["base64"]).decode("utf-8", "replace") if isinstance(body, dict) and "base64" in body \
        else str(body)
    out = {}
    for k, v in urllib.parse.parse_qsl(raw, keep_blank_values=True, strict_parsing=False):
        out[k] = [out[k], v] if k in out else v
    return out


def same_text(a, b):
    """Two form values that a service reads alike: equal text, or the same number (botocore writes 1e+300 where
    we write 1e300)."""
    if a == b:
        return True
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return False


def success_body(operation, protocol, xml_namespace):
    """The smallest document a query service answers a success with (no output members)."""
    ns = f' xmlns="{xml_namespace}"' if xml_namespace else ""
    if protocol == EC2:
        return f"<{operation}Response{ns}><requestId>req</requestId></{operation}Response>"
    return (f"<{operation}Response{ns}><{operation}Result></{operation}Result>"
            f"<ResponseMetadata><RequestId>req</RequestId></ResponseMetadata></{operation}Response>")


def error_body(protocol, code, i):
    """An error document naming `code`: awsQuery's `<ErrorResponse>` or EC2's `<Response><Errors>`."""
    if protocol == EC2:
        return (f"<Response><Errors><Error><Code>{code}</Code><Message>m {i}</Message></Error></Errors>"
                f"<RequestID>err-{i}</RequestID></Response>")
    return (f"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>m {i}</Message></Error>"
            f"<RequestId>err-{i}</RequestId></ErrorResponse>")


def error_code_and_status(smithy, error_name):
    """The code a query service sends for a modeled error (its @awsQueryError code, else the shape name) and
    the status (@awsQueryError's, else @httpError's, else 400 for a client error and 500 for a server one)."""
    shape = smithy.shape(f"{smithy.namespace}#{error_name}") or {}
    traits = shape.get("traits", {})
    legacy = traits.get("aws.protocols#awsQueryError") or {}
    fault = traits.get("smithy.api#error", "client")
    status = legacy.get("httpResponseCode") or traits.get("smithy.api#httpError") or (500 if fault == "server" else 400)
    return legacy.get("code", error_name), status


def compare(exp_req, req, known_default, out, same_member=None):
    """Appends (where, kind, expected, actual, traits) for every difference between botocore's form and ours.
    `known_default(key, value)` names the KNOWN entry that explains an extra key (a Smithy default or the fixed
    idempotency token), or None; the traits slot carries that name for known_kind."""
    for k in ("method", "path"):
        if req.get(k) != exp_req[k]:
            out.append((f"request.{k}", "value", exp_req[k], req.get(k), None))
    content_type = (req.get("headers") or {}).get("content-type", "")
    if not content_type.startswith(FORM):
        out.append(("request.headers.content-type", "value", FORM, content_type or None, None))
    ours, theirs = our_form(req.get("body")), exp_req["form"]
    renamed = renamed_keys(ours, theirs, same_member) if same_member else {}
    for k in sorted(set(ours) | set(theirs)):
        if k not in ours:
            known = {"known": "renamed-member"} if k in renamed.values() else None
            out.append((f"request.body.{k}", "missing", theirs[k], None, known))
        elif k not in theirs:
            known = "renamed-member" if k in renamed else known_default(k, ours[k])
            out.append((f"request.body.{k}", "extra", None, ours[k], {"known": known}))
        elif not same_text(theirs[k], ours[k]):
            out.append((f"request.body.{k}", "value", theirs[k], ours[k], None))


def renamed_keys(ours, theirs, same_member):
    """Our keys that botocore sends under another name for the same Smithy member (the two models name its wire
    name differently, e.g. an `xmlName` only ../shared's model has), with the same value: ours -> theirs."""
    pairs = {}
    only_theirs = [k for k in theirs if k not in ours]
    for k in (k for k in ours if k not in theirs):
        a = k.split(".")
        for t in only_theirs:
            b = t.split(".")
            diff = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
            if len(diff) == 1 and same_text(ours[k], theirs[t]) and same_member(
                    ".".join(a[:diff[0] + 1]), ".".join(b[:diff[0] + 1])) and t not in pairs.values():
                pairs[k] = t
                break
    return pairs


def same_member(smithy, sid, protocol):
    """Whether two form keys set the same Smithy member (for `renamed_keys`)."""
    def same(a, b):
        m = member_for_key(smithy, sid, a, protocol)
        return m is not None and m is member_for_key(smithy, sid, b, protocol)
    return same


def _wire_names(name, traits, protocol):
    """Every name a member may have in a form key (compared without case)."""
    names = {name, traits.get("smithy.api#xmlName", name)}
    if protocol == EC2 and "aws.protocols#ec2QueryName" in traits:
        names.add(traits["aws.protocols#ec2QueryName"])
    return {n.lower() for n in names}


def member_for_key(smithy, sid, key, protocol):
    """The Smithy member (its traits and target) that a form key such as `Filter.1.Value.2` or
    `Tags.member.1.Key` sets, found by walking the input shape; None when the key names no member."""
    found = None
    segments = key.split(".")
    i = 0
    while i < len(segments):
        shape = smithy.shape(sid)
        if shape is None:
            return None
        kind = shape["type"]
        if kind in ("structure", "union"):
            seg = segments[i].lower()
            hit = next(((n, m) for n, m in shape.get("members", {}).items()
                        if seg in _wire_names(n, m.get("traits", {}), protocol)), None)
            if hit is None:
                return None
            found = hit[1]
            sid = found["target"]
            i += 1
        elif kind in ("list", "set"):
            # `.member.N` (or the member's xmlName) unless flattened; ec2 lists are `.N`.
            if not segments[i].isdigit():
                i += 1
            i += 1
            found = shape["member"]
            sid = found["target"]
        elif kind == "map":
            if not segments[i].isdigit():
                i += 1
            i += 1
            if i >= len(segments):
                return None
            part = "value" if segments[i].lower() in _wire_names("value", shape["value"].get("traits", {}), protocol) else "key"
            found = shape[part]
            sid = found["target"]
            i += 1
        else:
            return None
    return found


# Smithy 1.0 prelude shapes whose zero value is their default (ec2.json is a 1.0 model).
PRIMITIVE_ZERO = {f"smithy.api#Primitive{t}": "false" if t == "Boolean" else "0"
                  for t in ("Boolean", "Byte", "Short", "Integer", "Long", "Float", "Double")}


def known_extra(smithy, sid, protocol, fixed_token):
    """The `known_default` for `compare`: which KNOWN entry explains a key our client sends and botocore does
    not (the model's default filled in, the fixed idempotency token), or None."""
    def explain(key, value):
        member = member_for_key(smithy, sid, key, protocol)
        if member is None:
            return None
        traits = member.get("traits", {})
        if "smithy.api#idempotencyToken" in traits and value == fixed_token:
            return "idempotency-token"
        default = traits.get("smithy.api#default")
        if default is None:
            target = smithy.shape(member["target"]) or {}
            default = PRIMITIVE_ZERO.get(member["target"]) or (
                target.get("traits", {}).get("smithy.api#default") if "smithy.api#box" not in traits else None)
        if default is not None and same_text(form_value(default), value):
            return "smithy-default"
        return None
    return explain
