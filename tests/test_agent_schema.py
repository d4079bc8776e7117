"""The op JSON Schema: generated from the op types, checked in, and every planned op fits it."""

from __future__ import annotations

import json

import pytest
from agent_check import state
from agent_corpus import CASES

from nemochat.engine.agent import ops as O
from nemochat.engine.agent.parse import parse
from nemochat.engine.agent.schema import SCHEMA_PATH, dumps, json_schema

jsonschema = pytest.importorskip("jsonschema")


def test_checked_in_schema_is_up_to_date() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == dumps(), (
        "run: python -m nemochat.engine.agent.schema > nemochat/engine/agent/ops.schema.json"
    )


def test_every_op_type_is_in_the_schema() -> None:
    assert set(json_schema()["$defs"]) == set(O.OP_TYPES)


def test_the_ops_the_parser_plans_validate() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text("utf-8")))
    for case in CASES[::3]:
        draft, media, _ = state(case)
        ops = [o.to_json() for o in parse(case.text, draft=draft, media=media).ops]
        errors = list(validator.iter_errors({"ops": ops}))
        assert not errors, (case.text, ops, errors[0].message)


def test_a_bad_op_does_not_validate() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    assert list(validator.iter_errors({"ops": [{"op": "set_format", "aspect": "7:3"}]}))
    assert list(validator.iter_errors({"ops": [{"op": "frobnicate"}]}))
