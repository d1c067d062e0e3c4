"""The generic record commands: `add`, `set`, `show` and `list` over every kind of the domain."""

from __future__ import annotations

import argparse
import json
from typing import Any

from crmnote.cli import language
from crmnote.cli.facts import (
    claim_facts,
    claim_lines,
    judgment_facts,
    judgment_lines,
    warn_weaker_promise,
)
from crmnote.cli.failures import warn
from crmnote.cli.helptext import RawDescriptionFormatter
from crmnote.cli.values import COUNT, RECORD_ID
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import KINDS, FieldSpec, KindSpec, plain, to_dict
from crmnote.domain.parsing import parse_value
from crmnote.domain.reasons import Kind, Typed, say
from crmnote.domain.types import DecisionAction
from crmnote.services.decisions import LETTERS, UNSIGNED

_TARGET_HELP = "customer id or name (for customer, staff and standard: the new record's name)"


def _fields_help() -> str:
    lines = ["fields by kind (--FIELD VALUE; lists are comma-separated, labels as work:VALUE):"]
    for spec in KINDS.values():
        opts = []
        for f in spec.fields:
            mark = "" if f.has_default else "*"
            choices = f" {{{','.join(f.choices)}}}" if f.choices else ""
            opts.append(f"{f.option}{mark}{choices}")
        lines.append(f"  {spec.name}: " + " ".join(opts))
    lines.append("  (* required)")
    lines.append(
        "add decision also takes --why TEXT (the customer-facing reason its letter gives) and "
        "--set-status yes|no (default yes: referred, declined, watch or active as the action says)"
    )
    return "\n".join(lines)


def add_record_commands(sub: Any) -> None:
    kinds = list(KINDS)
    fmt = RawDescriptionFormatter  # the table of fields keeps its lines
    add = sub.add_parser(
        "add",
        help="add a record of any kind; prints its id",
        epilog=_fields_help(),
        formatter_class=fmt,
    )
    add.add_argument("kind", choices=kinds)
    add.add_argument("target", help=_TARGET_HELP)

    change = sub.add_parser(
        "set",
        help="change fields of a record (status, verdict, judgment…)",
        epilog=_fields_help(),
        formatter_class=fmt,
    )
    change.add_argument("kind", choices=kinds)
    change.add_argument("id", type=RECORD_ID)
    change.add_argument(
        "--expect-version",
        type=RECORD_ID,
        metavar="N",
        help="change it only if it is still at version N (`show --json` gives it); "
        "otherwise say who changed it and exit 7",
    )

    show = sub.add_parser("show", help="show one record")
    show.add_argument("kind", choices=kinds)
    show.add_argument("id", type=RECORD_ID)
    show.add_argument("--json", action="store_true", help="print a JSON object")

    listing = sub.add_parser("list", help="list records of a kind")
    listing.add_argument("kind", choices=kinds)
    listing.add_argument("--customer", help="only this customer's records (id or name)")
    listing.add_argument("--limit", type=COUNT, help="at most this many")
    listing.add_argument("--json", action="store_true", help="print a JSON array")


def field_options(rest: list[str]) -> dict[str, str]:
    """`--field value` pairs (or `--field=value`) from the words argparse left over."""
    out: dict[str, str] = {}
    i = 0
    while i < len(rest):
        word = rest[i]
        if not word.startswith("--") or word == "--":
            raise ValidationError(
                "arguments",
                say("cli.expected_field", "expected --FIELD VALUE, got {value}", value=repr(word)),
            )
        name, eq, value = word[2:].partition("=")
        if not eq:
            if i + 1 >= len(rest):
                raise ValidationError(name, say("cli.needs_value", "needs a value"))
            value = rest[i + 1]
            i += 1
        if name in out:
            raise ValidationError(name, say("cli.given_twice", "given twice"))
        out[name] = value
        i += 1
    return out


def _title(spec: KindSpec) -> str:
    return spec.title_field


def run_record_command(services: Any, args: argparse.Namespace, rest: list[str]) -> int:
    spec = KINDS[args.kind]
    if args.command == "add" and spec.name == "decision":
        return _add_decision(services, args, field_options(rest))
    if args.command == "add":
        raw = field_options(rest)
        values = services.records.parse(spec.name, raw)
        customer_id = None
        if spec.customer_bound:
            customer_id = services.customers.find(args.target)
        else:
            if _title(spec) in raw:
                raise ValidationError(
                    _title(spec), say("cli.positional", "is given as the positional argument")
                )
            values[_title(spec)] = args.target
        record, _ = services.records.add(spec.name, values, customer_id)
        print(record.id)
        if spec.name == "promise":
            warn_weaker_promise(services, record.id)
        return 0
    if args.command == "set":
        values = services.records.parse(spec.name, field_options(rest))
        if not values:
            raise ValidationError(
                "arguments", say("cli.nothing_to_set", "name at least one --FIELD VALUE to change")
            )
        services.records.update(spec.name, args.id, values, expected_version=args.expect_version)
        return 0
    if args.command == "show":
        record = services.records.get(spec.name, args.id)
        data = to_dict(record)
        if args.json:
            if spec.name == "claim":
                data.update(claim_facts(services, record.id))
            if spec.name == "request":
                data.update(judgment_facts(services, record.id))
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            width = max(len(k) for k in data)
            for key, value in data.items():
                shown = ", ".join(map(_cell, value)) if isinstance(value, list) else _cell(value)
                print(f"{key.replace('_', '-'):<{width}}  {shown}")
            if spec.name == "claim":
                print("\n".join(claim_lines(services, record.id)))
            if spec.name == "request":
                print("\n".join(judgment_lines(services, record.id)))
        return 0
    customer_id = services.customers.find(args.customer) if args.customer else None
    if customer_id is not None and not spec.customer_bound:
        raise ValidationError(
            "customer",
            say(
                "cli.not_customer_bound",
                "{kind} records do not belong to a customer",
                kind=Kind(spec.name),
            ),
        )
    records = services.records.list(spec.name, customer_id, args.limit)
    if args.json:
        print(json.dumps([to_dict(r) for r in records], ensure_ascii=False, indent=2))
        return 0
    for r in records:
        when = next(
            (getattr(r, n) for n in ("at", "made_at", "raised_at", "valid_from") if hasattr(r, n)),
            None,
        )
        stamp = f"  {plain(when)[:16]}" if when is not None else ""
        title = str(getattr(r, _title(spec)) or "").replace("\n", " ")[:80]
        print(f"{r.id:>6}{stamp}  {title}")
    return 0


def _add_decision(services: Any, args: argparse.Namespace, raw: dict[str, str]) -> int:
    """A decision as the desktop app records it: the letter drafted, the status set."""
    why = raw.pop("why", "")
    flag = raw.pop("set-status", raw.pop("set_status", "yes"))
    set_status = parse_value(FieldSpec("set_status", bool, False, True), flag)
    values = services.records.parse("decision", raw)
    customer_id = services.customers.find(args.target)
    unsigned = _draft_letter(services, customer_id, values, why)
    decision, _ = services.decisions.decide(customer_id, values, why=why, status=set_status)
    print(decision.id)
    if unsigned in decision.message:
        said = say(
            "cli.letter.unsigned",
            "the letter is signed {unsigned}: set the business name ({command} shows it)",
            unsigned=unsigned,
            command=Typed("crmnote letter ID"),
        )
        warn(language.sentence(said))
    return 0


def _draft_letter(services: Any, customer_id: int, values: dict[str, Any], why: str) -> str:
    """Draft the letter of a referral or decline in the user's language (LANG), as the desktop
    app does, unless --message gives one; returns how an unsigned letter is signed."""
    language.activate()  # Qt's translations, when LANG is not English
    unsigned = language.tr("letters", "[your business name]")  # UNSIGNED, translated
    action = values.get("action")
    if action is None or str(values.get("message") or "").strip():
        return unsigned
    action = DecisionAction(action)
    if action in LETTERS:
        alternative = str(values.get("referral_to") or "")
        letter = services.decisions.draft(customer_id, action, alternative, why)
        values["message"] = language.sentence(letter).replace(UNSIGNED, unsigned)
    return unsigned


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        return f"{value['label']}:{value['value']}" if value.get("label") else str(value["value"])
    return "" if value is None else str(value)
