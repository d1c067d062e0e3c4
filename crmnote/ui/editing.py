"""Opening record forms and turning what they save into undoable service calls."""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from crmnote.domain.errors import NotAllowedError, ValidationError
from crmnote.domain.types import Judgment, PromiseStatus
from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus
from crmnote.ui.labels import enum_label, first_line, kind_label
from crmnote.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from crmnote.services.book_services import Services
    from crmnote.ui.dialogs.field_editors import ChoiceSource
    from crmnote.ui.dialogs.record_form import RecordForm
    from crmnote.ui.dialogs.record_history import RecordHistoryDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Editing", text)


def _about(kind: str, record: Any) -> str:
    """Which record a form is about, for a form that does not show its text (judge a request,
    a claim's verdict, a promise kept)."""
    text = getattr(record, "text", None)
    if not text:
        return ""
    return _tr("{0}: {1}").format(kind_label(kind), first_line(text, 120))


class Editing(QObject):
    """The one place where the UI writes: every change goes through the undo stack and the bus."""

    failed = Signal(str)

    def __init__(
        self, services: Services, bus: Bus, stack: QUndoStack, window: QWidget | None
    ) -> None:
        super().__init__(window)
        self.services = services
        self.bus = bus
        self.stack = stack
        self._window = window
        # Why nothing may be changed (a viewer of a team book, a read-only file); "" when it may.
        self.read_only_reason = ""
        # The form open over each record: asked again, it comes to the front instead of a second.
        self._editing: dict[tuple[str, int], RecordForm] = {}

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise NotAllowedError(self.read_only_reason)

    # -- choices for reference fields ------------------------------------------------------

    def choices(self, customer_id: int | None) -> ChoiceSource:
        def source(reference: str) -> list[tuple[str, int]]:
            records = self.services.records
            if reference == "staff":
                return [(s.name, s.id) for s in records.list("staff")]
            if reference == "standard":
                return [(f"{s.name} ({s.valid_from})", s.id) for s in records.list("standard")]
            if customer_id is None:
                return []
            if reference == "promise":
                return [
                    (first_line(p.text, 60), p.id) for p in records.list("promise", customer_id)
                ]
            if reference == "interaction":
                recent = self.services.timeline.entries(customer_id, ["interaction"], limit=200)
                return [(f"{e.at:%Y-%m-%d %H:%M} {first_line(e.title, 50)}", e.id) for e in recent]
            return []

        return source

    # -- forms -----------------------------------------------------------------------------

    def _open(self, form: RecordForm) -> RecordForm:
        from crmnote.domain.entities import ATTACHABLE  # here: not on the start-up path

        record = form.record
        if record is not None and form.kind.name in ATTACHABLE:
            from crmnote.ui.widgets.evidence import EvidencePanel

            panel = EvidencePanel(self, form.kind.name, int(record.id), form)
            form.add_section(_tr("Evidence files"), panel, drops=panel.attach)
            form.evidence = panel
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.history_requested.connect(lambda kind, rid: self.history(kind, rid, form))
        form.open()
        return form

    def new(
        self, kind: str, customer_id: int | None = None, initial: Mapping[str, Any] | None = None
    ) -> RecordForm | None:
        """A form for a new record; None (and the reason said) when nothing may be changed."""
        if self.read_only:
            self.failed.emit(self.read_only_reason)
            return None
        spec = self.services.records.kind(kind)
        start = {**self.services.records.defaults(kind), **(initial or {})}

        def submit(values: dict[str, Any]) -> None:
            self.add(kind, values, customer_id)

        from crmnote.ui.dialogs.record_form import RecordForm, creatable_fields

        title = _tr("New {0}").format(kind_label(kind).lower())
        form = RecordForm(
            spec,
            self.choices(customer_id),
            submit,
            fields=creatable_fields(spec),
            initial=start,
            title=title,
            parent=self._window,
        )
        return self._open(form)

    def edit(
        self,
        kind: str,
        record_id: int,
        *,
        fields: Sequence[str] | None = None,
        fixed: Mapping[str, Any] | None = None,
        initial: Mapping[str, Any] | None = None,
        required: Sequence[str] = (),
        title: str = "",
        check: Callable[[dict[str, Any]], None] | None = None,
        adjust: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        context: str | None = None,
    ) -> RecordForm:
        """A form over some fields of a record; `fixed` values are saved along (a new status);
        `check` may refuse the values with a ValidationError shown at its field; `adjust` may
        change the values before they are saved. A record already open in a form is not
        opened twice: that form comes to the front.

        It saves over the version of the record it shows (`form.record`): when someone else
        saved the record meanwhile, the form offers their version or yours. Read only when
        nothing may be changed."""
        open_form = self._editing.get((kind, record_id))
        if open_form is not None:
            open_form.raise_()
            open_form.activateWindow()
            return open_form
        spec = self.services.records.kind(kind)
        record = self.services.records.get(kind, record_id)
        # The form's record, by weak reference: the form owns this closure.
        shown: list[weakref.ref[RecordForm]] = []

        def submit(values: dict[str, Any]) -> None:
            if check is not None:
                check(values)
            form = shown[0]()
            current = record if form is None else form.record
            values = {**values, **(fixed or {})}
            self.update(kind, current, adjust(values) if adjust else values)

        from crmnote.ui.dialogs.record_form import RecordForm

        form = RecordForm(
            spec,
            self.choices(getattr(record, "customer_id", None)),
            submit,
            record=record,
            fields=fields,
            initial=initial,
            required=required,
            title=title or _tr("Edit {0}").format(kind_label(kind).lower()),
            context=(_about(kind, record) if fields is not None and "text" not in fields else "")
            if context is None
            else context,
            parent=self._window,
            read_only=self.read_only_reason,
        )
        shown.append(weakref.ref(form))
        key = (kind, record_id)
        self._editing[key] = form
        form.finished.connect(lambda _r: self._editing.pop(key, None))
        return self._open(form)

    def history(
        self, kind: str, record_id: int, parent: QWidget | None = None
    ) -> RecordHistoryDialog:
        """Every logged version of an interaction, promise or claim (read only)."""
        from crmnote.ui.dialogs.record_history import RecordHistoryDialog

        dialog = RecordHistoryDialog(self.services.audit, kind, record_id, parent or self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def mark_promise(self, promise_id: int, status: PromiseStatus) -> RecordForm:
        """Close a promise with its evidence: text, files, and what was delivered as a number
        when the promise holds one (not for a delay: that is measured from the time kept)."""
        titles = {
            PromiseStatus.KEPT: _tr("Promise kept"),
            PromiseStatus.BROKEN: _tr("Promise broken"),
            PromiseStatus.CANCELLED: _tr("Promise cancelled"),
        }
        # When it happened, not when it is recorded: a delivery entered the next morning must
        # not count as early (now by default).
        promise = self.services.records.get("promise", promise_id)
        fields: tuple[str, ...] = ("resolved_at", "evidence")
        from crmnote.domain.measures import MeasureKind
        from crmnote.domain.measures import kind_of as kind_of_unit

        if promise.quantity is not None and kind_of_unit(promise.unit) is not MeasureKind.TIME:
            fields += ("delivered_quantity",)
        return self.edit(
            "promise",
            promise_id,
            fields=fields,
            fixed={"status": status},
            initial={"resolved_at": self._now()},
            required=("resolved_at",),
            title=titles.get(status, ""),
        )

    def _now(self) -> datetime:
        """The book's clock, as a form's default time."""
        return self.services.records.now().replace(microsecond=0)

    def renegotiate(self, promise_id: int) -> RecordForm:
        return self.edit(
            "promise",
            promise_id,
            fields=("due",),
            fixed={"status": PromiseStatus.RENEGOTIATED},
            initial={"due": None},
            required=("due",),
            title=_tr("Renegotiate: new due date"),
        )

    def judge_request(self, request_id: int) -> RecordForm:
        """Judge a request, with the judgment the standards in force suggest and why: a
        person confirms it, or records another one and says why in the note (as for claims)."""
        found = self.services.judgments.suggest(request_id)
        request = self.services.records.get("request", request_id)
        suggested = found.judgment if found.judgment is not Judgment.PENDING else None
        initial = None
        if suggested is not None and request.judgment is Judgment.PENDING:
            initial = {"judgment": suggested}

        def check(values: dict[str, Any]) -> None:
            chosen = values.get("judgment")
            note = str(values.get("judgment_note") or "").strip()
            if suggested is not None and chosen not in (suggested, Judgment.PENDING) and not note:
                raise ValidationError(
                    "judgment_note", _tr("Say why the judgment differs from the suggestion.")
                )

        fields = ("judgment", "judgment_note", "outcome", "insight")
        form = self.edit(
            "request",
            request_id,
            fields=fields,
            initial=initial,
            title=_tr("Judge request"),
            check=check,
        )
        head = (
            _tr("Suggested: {0}").format(enum_label(suggested))
            if suggested is not None
            else _tr("No suggestion: nothing on file decides it.")
        )
        from crmnote.ui.reasons import reasons_text

        label = QLabel(f"{head}\n{reasons_text(found.reasons)}")
        label.setObjectName("judgment_suggestion")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if getattr(form, "suggestion", None) is None:  # not a form already open
            form.add_section(_tr("What the standards suggest"), label)
            form.suggestion = label  # type: ignore[attr-defined]
        return form

    def claim_verdict(self, claim_id: int) -> RecordForm:
        fields = ("verdict", "verdict_note", "resolution", "resolved_at")
        claim = self.services.records.get("claim", claim_id)

        def adjust(values: dict[str, Any]) -> dict[str, Any]:
            # A time of resolution only with a resolution.
            return values if values.get("resolution") else {**values, "resolved_at": None}

        return self.edit(
            "claim",
            claim_id,
            fields=fields,
            initial={"resolved_at": claim.resolved_at or self._now()},
            title=_tr("Claim verdict"),
            adjust=adjust,
        )

    # -- undoable writes -------------------------------------------------------------------

    def _push(self, text: str, first: Changes, do: Any, undo: Any) -> None:
        self.bus.publish(first)
        self.stack.push(ServiceCommand(text, self.bus, do, undo, self.failed.emit))

    def push(
        self, text: str, first: Changes, do: Callable[[], Changes], undo: Callable[[], Changes]
    ) -> None:
        """Publish what an action already did and put it on the undo stack (`do` redoes it)."""
        self._push(text, first, do, undo)

    def add(self, kind: str, values: Mapping[str, Any], customer_id: int | None) -> Any:
        self._refuse_if_read_only()
        record, changes = self.services.records.add(kind, values, customer_id)
        made = [record]
        self._push(
            _step(_tr("Add {0}"), kind, record),
            changes,
            lambda: self.services.records.restore_many(made),
            lambda: self.services.records.delete_many(made),
        )
        return record

    def add_many(self, text: str, records: list[Any], changes: Changes) -> None:
        """Records already saved together (quick log), undone together."""
        self._push(
            text,
            changes,
            lambda: self.services.records.restore_many(records),
            lambda: self.services.records.delete_many(records),
        )

    def update(self, kind: str, old: Any, values: Mapping[str, Any]) -> Any:
        """Save `values` over the version `old` of a record (StaleRecordError when someone
        else saved it since); undo and redo refuse the same way if it changes meanwhile."""
        from crmnote.services.records import only_changed

        self._refuse_if_read_only()
        changed = only_changed(old, values)
        if not changed:
            return old
        records = self.services.records
        saved, changes = records.update(kind, old.id, changed, expected_version=old.version)
        revert = _differences(old, saved)
        follow_ups = [records.get(k, i) for k, i in changes.created]
        # Redo writes back what the first run wrote (its resolution time, its follow-up promise
        # with the same id) rather than running the action again later. A versioned kind (a
        # standard) makes a new version each time instead.
        replay = None if records.kind(kind).versioned else _differences(saved, old)
        version = [saved.version]  # the record's version after the last step of this command

        def step(values: Mapping[str, Any], found: Any) -> Changes:
            """Write `values` over the record as this command expects to find it (`found`):
            refused when someone changed it since. Other steps of this stack may have moved
            its version without changing it (an undone delete puts it back as a new row), so
            a record that reads as expected is taken at its current version."""
            expected = version[0]
            current = records.get(kind, old.id)
            if current.version != expected and not _differences(found, current):
                expected = current.version
            new, c = records.update(kind, old.id, values, expected_version=expected)
            version[0] = new.version
            return c

        def do() -> Changes:
            if replay is not None:
                return step(replay, old) | records.restore_many(follow_ups)
            _saved, c = records.update(kind, old.id, changed)
            follow_ups[:] = [records.get(k, i) for k, i in c.created]
            return c

        def undo() -> Changes:
            c = step(revert, saved)
            return c | records.delete_many(follow_ups)

        self._push(_step(_tr("Edit {0}"), kind, saved), changes, do, undo)
        return saved

    def attach(self, kind: str, record_id: int, path: Path) -> Any:
        """Keep a file as evidence on a record (undo removes it); raises CrmError, the field
        `file` naming what is wrong, when it is refused (NotAllowedError on a read-only book)."""
        self._refuse_if_read_only()
        made, changes = self.services.attachments.attach_file(kind, record_id, path)
        data = self.services.attachments.data(made.id)
        self._push(
            _tr("Attach {0}").format(made.name),
            changes,
            lambda: self.services.attachments.restore(made, data),
            lambda: self.services.attachments.remove(made.id),
        )
        return made

    def remove_attachment(self, attachment: Any) -> None:
        """Remove an evidence file; undo puts the same bytes back under the same id."""
        self._refuse_if_read_only()
        data = self.services.attachments.data(attachment.id)
        changes = self.services.attachments.remove(attachment.id)
        self._push(
            _tr("Remove {0}").format(attachment.name),
            changes,
            lambda: self.services.attachments.remove(attachment.id),
            lambda: self.services.attachments.restore(attachment, data),
        )

    def delete(self, kind: str, record_id: int, confirm: bool = True) -> bool:
        if self.read_only:
            self.failed.emit(self.read_only_reason)
            return False
        record = self.services.records.get(kind, record_id)
        if confirm and self._window is not None:
            answer = QMessageBox.question(
                self._window,
                _tr("Delete"),
                _tr("Delete the {0} “{1}”? You can undo it.").format(
                    kind_label(kind).lower(), first_line(_title(record), 60)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        removal, changes = self.services.records.delete_keeping(kind, record_id)

        def do() -> Changes:
            return self.services.records.delete(kind, record_id)

        def undo() -> Changes:
            return self.services.records.put_back(removal)

        self._push(_step(_tr("Delete {0}"), kind, record), changes, do, undo)
        return True


def _differences(old: Any, new: Any) -> dict[str, Any]:
    """The user fields that differ between two versions of a record, with their `old` values."""
    from crmnote.domain.kinds import kind_of

    names = {f.name for f in dataclasses.fields(old)}
    fields = [f.name for f in kind_of(old).fields if f.name in names]
    return {f: getattr(old, f) for f in fields if getattr(old, f) != getattr(new, f)}


def _step(action: str, kind: str, record: Any) -> str:
    """An undo step's name, saying which record: "Edit promise “Deliver the order”"."""
    what = action.format(kind_label(kind).lower())
    title = first_line(_title(record), 40)
    return _tr("{0} “{1}”").format(what, title) if title else what


def _title(record: Any) -> str:
    """The text that names a record: its kind's title field (a promise's text, a name)."""
    from crmnote.domain.kinds import kind_of

    spec = kind_of(record)
    return str(getattr(record, spec.title_field, "") or "")
