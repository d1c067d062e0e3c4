"""The status bar's sentence for a colleague's change: "Anna logged a call with Fjord Bikes"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crmnote.services.colleagues import ColleagueChange
from crmnote.ui.labels import kind_label, kind_plural

# A logged interaction, whole sentences so each language words them its own way.
_LOGGED: dict[str, object] = {
    "call": QT_TRANSLATE_NOOP("Colleagues", "{who} logged a call with {customer}"),
    "email": QT_TRANSLATE_NOOP("Colleagues", "{who} logged an email with {customer}"),
    "meeting": QT_TRANSLATE_NOOP("Colleagues", "{who} logged a meeting with {customer}"),
    "visit": QT_TRANSLATE_NOOP("Colleagues", "{who} logged a visit to {customer}"),
    "message": QT_TRANSLATE_NOOP("Colleagues", "{who} logged a message with {customer}"),
    "other": QT_TRANSLATE_NOOP("Colleagues", "{who} logged a contact with {customer}"),
}
# Any other change: (insert, update, delete) with and without the customer's name.
_FOR_CUSTOMER: dict[str, object] = {
    "insert": QT_TRANSLATE_NOOP("Colleagues", "{who} added: {kind} for {customer}"),
    "update": QT_TRANSLATE_NOOP("Colleagues", "{who} changed: {kind} of {customer}"),
    "delete": QT_TRANSLATE_NOOP("Colleagues", "{who} deleted: {kind} of {customer}"),
}
_PLAIN: dict[str, object] = {
    "insert": QT_TRANSLATE_NOOP("Colleagues", "{who} added: {kind}"),
    "update": QT_TRANSLATE_NOOP("Colleagues", "{who} changed: {kind}"),
    "delete": QT_TRANSLATE_NOOP("Colleagues", "{who} deleted: {kind}"),
}


def _tr(text: object, n: int = -1) -> str:
    return QCoreApplication.translate("Colleagues", str(text), None, n)


def colleague_sentence(change: ColleagueChange) -> str:
    """What a colleague did, in one line of the user's language."""
    if change.resync:
        return _tr("Back in touch with the team book: showing its latest state")
    who = change.author or _tr("A colleague")
    if change.kind == "settings":
        return _tr("{who} changed the book's settings").format(who=who)
    if change.count > 1:
        many = _tr("{who} made %n change(s): {kind}", change.count)
        return many.format(who=who, kind=kind_plural(change.kind))
    if change.kind == "interaction" and change.op == "insert" and change.customer:
        template = _LOGGED.get(change.channel, _LOGGED["other"])
        return _tr(template).format(who=who, customer=change.customer)
    if change.kind == "customer" and change.customer:
        if change.op == "insert":
            return _tr("{who} added the customer {customer}").format(
                who=who, customer=change.customer
            )
        if change.op == "update":
            return _tr("{who} changed {customer}").format(who=who, customer=change.customer)
    table = _FOR_CUSTOMER if change.customer and change.kind != "customer" else _PLAIN
    template = table.get(change.op, _PLAIN["update"])
    return _tr(template).format(
        who=who, kind=kind_label(change.kind).lower(), customer=change.customer
    )
