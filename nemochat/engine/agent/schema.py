"""JSON Schema of the edit operations, generated from the op dataclasses (ops.py).

This is the seam for another planner (a language model, say): produce JSON that validates
against :func:`json_schema`, rebuild the ops with ``ops.from_json`` and call ``apply``. The
generated schema is checked in as ``ops.schema.json`` (tests keep it in step);
``python -m nemochat.engine.agent.schema`` prints it.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any

from nemochat.engine import draft as dr
from nemochat.engine.agent import ops as O

SCHEMA_PATH = Path(__file__).with_name("ops.schema.json")

# string fields whose values are a fixed vocabulary of the draft model
ENUMS: dict[str, tuple[str, ...]] = {
    "aspect": dr.ASPECTS,
    "resolution": dr.RESOLUTIONS,
    "fit": dr.FITS,
    "pace": dr.PACES,
    "motion": dr.MOTIONS,
    "focus": dr.FOCUSES,
    "type": dr.TRANSITIONS,
    "role": dr.ROLES,
    "position": dr.POSITIONS,
    "style": dr.STYLES,
}
INT_ENUMS: dict[str, tuple[int, ...]] = {"fps": dr.FPS_VALUES}


def _type(hint: Any, name: str) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        out = (
            _type(inner[0], name) if len(inner) == 1 else {"anyOf": [_type(a, name) for a in inner]}
        )
        return {"anyOf": [out, {"type": "null"}]}
    if origin is list:
        return {"type": "array", "items": _type(args[0] if args else Any, name)}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        if name in INT_ENUMS:
            return {"type": "integer", "enum": list(INT_ENUMS[name])}
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if hint is str:
        if name in ENUMS:
            return {"type": "string", "enum": list(ENUMS[name])}
        return {"type": "string"}
    return {}


def op_schema(cls: type[O.Op]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {"op": {"const": cls.name}}
    required = ["op"]
    for f in dataclasses.fields(cls):
        prop = _type(hints[f.name], f.name)
        props[f.name] = prop
        no_default = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if no_default:
            required.append(f.name)
    out: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }
    doc = (cls.__doc__ or "").strip().splitlines()
    if doc:
        out["description"] = doc[0]
    return out


def json_schema() -> dict[str, Any]:
    """One schema for a list of ops: ``{"ops": [op, …]}``, each op one of ``$defs``."""
    defs = {name: op_schema(cls) for name, cls in sorted(O.OP_TYPES.items())}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://nemochat.local/agent/ops.schema.json",
        "title": "nemochat local agent: edit operations",
        "description": "Clip numbers are 0-based indices into the video track; ms are milliseconds.",
        "type": "object",
        "properties": {
            "ops": {"type": "array", "items": {"oneOf": [{"$ref": f"#/$defs/{n}"} for n in defs]}}
        },
        "required": ["ops"],
        "$defs": defs,
    }


def dumps() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(dumps(), end="")
