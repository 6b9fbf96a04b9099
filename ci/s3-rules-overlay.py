#!/usr/bin/env python3
"""Writes a Smithy JSON AST of `apply` shapes that gives the compliance suite's trimmed S3 service
(`restXml/services/s3.smithy`) the endpoint rules of the real S3 model in ../shared, so its addressing cases
(virtual-hosted, path-style, dual-stack, accelerate: AwsConfig vendorParams) resolve their host through the
rules as a real client does. The suite's service has no rule set of its own, and without one those cases cannot
pick the host they expect.

Taken from the real model, for what the suite's model also has: the service's `smithy.rules#endpointRuleSet`
and `smithy.rules#clientContextParams`, each operation's `smithy.rules#staticContextParams`, and each input
member's `smithy.rules#contextParam`. The suite's model is read as the JSON AST the generator prints for it
(`cargo xtask ast --model ...`), so its shapes are what the generator sees. The output goes under target/ (never
committed); it is read in place from ../shared at test time.

Usage: s3-rules-overlay.py REAL_S3_JSON SUITE_AST_JSON OUT_JSON
"""

import json
import sys

SERVICE = "com.amazonaws.s3#AmazonS3"
NS = "com.amazonaws.s3#"
SERVICE_TRAITS = ("smithy.rules#endpointRuleSet", "smithy.rules#clientContextParams")


def main(real_path, suite_path, out_path):
    real = json.load(open(real_path))["shapes"]
    suite = json.load(open(suite_path))["shapes"]
    # Operation name -> its input structure's name, and structure name -> its member names, in the suite.
    def local(target):
        return target[len(NS):] if target.startswith(NS) else None
    operations = {local(sid): local(s.get("input", {}).get("target", ""))
                  for sid, s in suite.items() if sid.startswith(NS) and s.get("type") == "operation"}
    members = {sid[len(NS):]: set(s.get("members", {}))
               for sid, s in suite.items() if sid.startswith(NS) and s.get("type") == "structure"}
    if SERVICE not in real or not operations:
        sys.exit(f"s3-rules-overlay.py: {real_path} has no {SERVICE}, or {suite_path} no operations")
    shapes = {}
    traits = {t: real[SERVICE]["traits"][t] for t in SERVICE_TRAITS if t in real[SERVICE].get("traits", {})}
    if "smithy.rules#endpointRuleSet" not in traits:
        sys.exit(f"s3-rules-overlay.py: {SERVICE} in {real_path} has no endpoint rule set")
    shapes[SERVICE] = {"type": "apply", "traits": traits}
    applied = 0
    for op, suite_input in sorted(operations.items()):
        real_op = real.get(NS + op)
        if real_op is None:
            continue
        static = real_op.get("traits", {}).get("smithy.rules#staticContextParams")
        if static:
            shapes[NS + op] = {"type": "apply", "traits": {"smithy.rules#staticContextParams": static}}
        real_input = real.get(real_op.get("input", {}).get("target", ""), {})
        for name, member in sorted(real_input.get("members", {}).items()):
            context = member.get("traits", {}).get("smithy.rules#contextParam")
            if context and suite_input and name in members.get(suite_input, ()):
                shapes[f"{NS}{suite_input}${name}"] = {"type": "apply",
                                                      "traits": {"smithy.rules#contextParam": context}}
                applied += 1
    json.dump({"smithy": "2.0", "shapes": shapes}, open(out_path, "w"), indent=1, sort_keys=True)
    print(f"s3-rules-overlay.py: {len(operations)} operations, {applied} context params -> {out_path}",
          file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
