"""Hypothesis strategies for request bodies, made from the regional store's OpenAPI document.

A small JSON Schema → strategy translation (the subset pydantic emits: ``$ref``, ``anyOf``,
objects, arrays, strings with length and pattern, bounded integers, enums) instead of
schemathesis: see docs/decisions/0100-reliability-tests.md. Bodies are a mix of valid ones, valid
ones with values the schema allows but the store may not expect (ids of real rows, known
entities and field names with values of any type), and arbitrary JSON.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

Schema = dict[str, Any]

# Any JSON value: what a careless or hostile client may put anywhere.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                               max_size=4),
    max_leaves=12,
)


class SchemaStrategies:
    """Strategies for the schemas of one OpenAPI document.

    ``hints`` maps a property name to extra values worth trying for it (real ids, entity names),
    so generated requests reach past the first validation into the store's own logic."""

    def __init__(self, document: Schema, hints: dict[str, list[Any]] | None = None) -> None:
        self.schemas: dict[str, Schema] = document["components"]["schemas"]
        self.hints = hints or {}

    def resolve(self, schema: Schema) -> Schema:
        ref = schema.get("$ref")
        return self.schemas[ref.rsplit("/", 1)[1]] if ref else schema

    def valid(self, schema: Schema, name: str = "") -> st.SearchStrategy[Any]:
        schema = self.resolve(schema)
        base = self._valid(schema)
        hinted = self.hints.get(name)
        return st.one_of(st.sampled_from(hinted), base) if hinted else base

    def _valid(self, schema: Schema) -> st.SearchStrategy[Any]:
        if "anyOf" in schema:
            return st.one_of([self.valid(s) for s in schema["anyOf"]])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        if "const" in schema:
            return st.just(schema["const"])
        kind = schema.get("type")
        if kind == "object":
            return self._object(schema)
        if kind == "array":
            items = self.valid(schema.get("items", {}))
            return st.lists(items, max_size=min(int(schema.get("maxItems", 5)), 5))
        if kind == "string":
            if "pattern" in schema:
                text = st.from_regex(schema["pattern"], fullmatch=True)
                return text.filter(lambda t: len(t) <= schema.get("maxLength", len(t)))
            return st.text(min_size=int(schema.get("minLength", 0)),
                           max_size=min(int(schema.get("maxLength", 60)), 60))
        if kind == "integer":
            return st.integers(int(schema.get("minimum", -(2**31))),
                               int(schema.get("maximum", 2**31)))
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        return json_values

    def _object(self, schema: Schema) -> st.SearchStrategy[dict[str, Any]]:
        properties: dict[str, Schema] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fixed = st.fixed_dictionaries(
            {k: self.valid(v, k) for k, v in properties.items() if k in required},
            optional={k: self.valid(v, k) for k, v in properties.items() if k not in required},
        )
        if schema.get("additionalProperties") is True and not properties:
            keys = st.sampled_from(self.hints.get("*keys", ["naam"])) | st.text(max_size=12)
            return st.dictionaries(keys, json_values, max_size=5)
        return fixed

    def body(self, schema: Schema) -> st.SearchStrategy[Any]:
        """Mostly schema-valid bodies, some with a wrong-typed field, some arbitrary JSON."""
        valid = self.valid(schema)
        broken = st.tuples(valid, st.text(max_size=12), json_values).map(_with_field)
        return st.one_of(valid, valid, broken, json_values)


def _with_field(parts: tuple[Any, str, Any]) -> Any:
    body, key, value = parts
    if isinstance(body, dict):
        return body | {key: value}
    return body
