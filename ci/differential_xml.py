"""The restXml half of ci/differential.py (issue 13): requests compared with botocore's `rest-xml` serializer.

Method, path (labels as encoded, greedy labels with their `/`), the query as decoded pairs and every header are
compared as for restJson1; the body is compared as an XML tree when both sides are XML (see `compare_body`), as
bytes otherwise (a blob or string payload). S3's endpoint rules move a DNS-compatible bucket from the path into
the host (virtual-hosted addressing), which botocore does in a handler after its serializer: `our_path` puts
it back before the paths are compared, and says so (KNOWN `s3-virtual-host`).

Outputs are not compared here (botocore would have to be given XML we draw; the restXml compliance suite covers
the reader): every success case answers 200 with an empty body, and a few error documents with modeled codes
check that our client names the modeled error as botocore does.
"""
import base64
import json
import xml.etree.ElementTree as ET

REST_XML = "aws.protocols#restXml"
PROTOCOLS = (REST_XML,)

# Headers our client adds that botocore adds outside its serializer: the request checksums of @httpChecksum and
# @httpChecksumRequired (botocore's `handlers.py` / `httpchecksum.py` run after serialization).
CHECKSUM_HEADERS = ("content-md5", "x-amz-sdk-checksum-algorithm", "x-amz-checksum-crc32", "x-amz-checksum-crc32c",
                    "x-amz-checksum-sha1", "x-amz-checksum-sha256", "x-amz-checksum-crc64nvme", "x-amz-checksum-md5", "x-amz-trailer",
                    "x-amz-decoded-content-length")


# Headers the runner leaves out of our request because the transport sets them from the body (the runner's
# `request()` drops content-length); botocore's serializer writes Content-Length from a modeled ContentLength
# member, so it is dropped from botocore's side too rather than reported missing.
TRANSPORT_HEADERS = ("content-length",)


def known_header(name, act, exp):
    """The KNOWN entry explaining a header only our client sends (`exp` is botocore's value: None when absent)."""
    if exp is not None:
        return None
    if name == "x-amz-content-sha256":
        return "payload-sha256"
    if name in CHECKSUM_HEADERS:
        return "request-checksum"
    if name == "x-amz-checksum-mode" and act == "ENABLED":
        return "checksum-mode-default"
    if name == "content-type" and act in ("application/xml", "application/octet-stream", "text/plain"):
        return "xml-content-type"
    return None


def our_path(req, bucket):
    """Our request's path with the bucket put back when the endpoint rules moved it into the host, and whether
    they did (virtual-hosted addressing: `bucket.s3...`, path `/key`)."""
    path = req.get("path") or "/"
    host = (req.get("host") or "").lower()
    if bucket and host.startswith(bucket.lower() + "."):
        rebuilt = "/" + bucket + ("" if path == "/" else path)
        return rebuilt, True
    return path, False


def body_bytes(body):
    """The runner's body (JSON, `{"base64": ..}` or null) as bytes."""
    if body is None:
        return b""
    if isinstance(body, dict) and set(body) == {"base64"}:
        return base64.b64decode(body["base64"])
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def parse(raw):
    try:
        return ET.fromstring(raw) if raw.strip() else None
    except ET.ParseError:
        return None


def same_text(a, b, as_epoch):
    """Leaf texts a service reads alike: equal, the same number (1e+300 and 1e300), or the same instant."""
    if a == b:
        return True
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        pass
    ea, eb = as_epoch(a), as_epoch(b)
    return ea is not None and ea == eb


def compare_body(exp_raw, act_raw, out, as_epoch):
    """Appends the differences between botocore's body and ours. Both XML: compared as trees of
    (namespace-qualified tag, attributes, text of a leaf, children), so a namespace written with a prefix or as the
    default is the same, and an attribute is not an element. Children are compared tag by tag in document order
    (list items and flattened entries keep their order; structure members may come in any order). Otherwise the
    bytes are compared."""
    e, a = parse(exp_raw), parse(act_raw)
    if e is None or a is None:
        if exp_raw != act_raw:
            out.append(("request.body", "value", exp_raw.decode("utf-8", "replace")[:300],
                        act_raw.decode("utf-8", "replace")[:300], None))
        return
    compare_element(e, a, "request.body/" + e.tag, out, as_epoch)


def label(tag, parent):
    """A child's tag for a difference's path: the local name, with its `{namespace}` only where it differs from
    its parent's (the comparison itself always uses the namespace)."""
    ns = tag[1:].split("}")[0] if tag.startswith("{") else ""
    parent_ns = parent[1:].split("}")[0] if parent.startswith("{") else ""
    return tag if ns != parent_ns else tag.split("}")[-1]


def compare_element(e, a, where, out, as_epoch):
    if e.tag != a.tag:
        out.append((where, "value", e.tag, a.tag, None))
        return
    for k in sorted(set(e.attrib) | set(a.attrib)):
        ev, av = e.attrib.get(k), a.attrib.get(k)
        if ev is None or av is None or not same_text(ev, av, as_epoch):
            kind = "missing" if av is None else "extra" if ev is None else "value"
            out.append((f"{where}@{k}", kind, ev, av, None))
    if len(e) == 0 and len(a) == 0:
        if not same_text(e.text or "", a.text or "", as_epoch):
            out.append((where, "value", e.text or "", a.text or "", None))
        return
    tags = []
    for c in list(e) + list(a):
        if c.tag not in tags:
            tags.append(c.tag)
    for tag in tags:
        es, as_ = [c for c in e if c.tag == tag], [c for c in a if c.tag == tag]
        for i in range(max(len(es), len(as_))):
            at = f"{where}/{label(tag, e.tag)}" + (f"[{i}]" if max(len(es), len(as_)) > 1 else "")
            if i >= len(as_):
                out.append((at, "missing", ET.tostring(es[i], encoding="unicode")[:300], None, None))
            elif i >= len(es):
                out.append((at, "extra", None, ET.tostring(as_[i], encoding="unicode")[:300], None))
            else:
                compare_element(es[i], as_[i], at, out, as_epoch)


def error_body(no_wrapping, code, i):
    """A restXml error document naming `code`: `<ErrorResponse><Error>`, or with @restXml(noErrorWrapping) (S3)
    a bare `<Error>`."""
    inner = f"<Error><Type>Sender</Type><Code>{code}</Code><Message>m {i}</Message></Error>"
    if no_wrapping:
        return inner.replace("</Error>", f"<RequestId>err-{i}</RequestId></Error>")
    return f"<ErrorResponse>{inner}<RequestId>err-{i}</RequestId></ErrorResponse>"


def self_test():
    """The tree comparison on hand-made documents: what must be equal is, what must differ does."""
    ns = "http://s3.amazonaws.com/doc/2006-03-01/"
    base = f'<T xmlns="{ns}"><L><I>a</I><I>b</I></L><N>1e+300</N><A k="v"/></T>'.encode()

    def diffs(other):
        out = []
        compare_body(base, other.encode(), out, lambda t: None)
        return out

    # A prefix instead of the default namespace, members in another order, 1e300 for 1e+300: the same.
    assert diffs(f'<s:T xmlns:s="{ns}"><s:A k="v"/><s:N>1e300</s:N><s:L><s:I>a</s:I><s:I>b</s:I></s:L></s:T>') == []
    # List items out of order, an attribute written as an element, another namespace, a missing item: differ.
    assert diffs(f'<T xmlns="{ns}"><L><I>b</I><I>a</I></L><N>1e+300</N><A k="v"/></T>')
    assert diffs(f'<T xmlns="{ns}"><L><I>a</I><I>b</I></L><N>1e+300</N><A><k>v</k></A></T>')
    assert diffs(f'<T xmlns="urn:other"><L><I>a</I><I>b</I></L><N>1e+300</N><A k="v"/></T>')
    assert [d[1] for d in diffs(f'<T xmlns="{ns}"><L><I>a</I></L><N>1e+300</N><A k="v"/></T>')] == ["missing"]
    # Not XML on one side: compared as bytes.
    out = []
    compare_body(b"raw", b"raw!", out, lambda t: None)
    assert out and out[0][0] == "request.body"
    print("differential_xml.py: self-test passed")


if __name__ == "__main__":
    self_test()
