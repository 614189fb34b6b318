#!/usr/bin/env python3
"""Validates values with the shipped JSON Schemas using Python `jsonschema` (Debian: python3-jsonschema),
as a service in Python would: Draft202012Validator, no option, no format checker.

Input (a file argument, or stdin): {"schemas": {name: schema}, "values": {name: [value, ...]}}.
Output (stdout): {name: [true | false, ...]}, one verdict per value.
Used by tests/packaging/json-schema-differential.test.ts; run it by hand on any such file:
    python3 scripts/json-schemas-python.py values.json
"""
import json
import sys

from jsonschema import Draft202012Validator

def main() -> None:
    doc = json.load(open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin)
    out = {}
    for name, schema in doc["schemas"].items():
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        out[name] = [validator.is_valid(v) for v in doc["values"].get(name, [])]
    json.dump(out, sys.stdout)

if __name__ == "__main__":
    main()
