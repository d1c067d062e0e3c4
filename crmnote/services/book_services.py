"""The services of one book: every use case over one database, each built when first used.

A command needs two or three of them; building a service (and importing its module, with the
storage queries behind it) only when it is first asked for keeps `crmnote log` from loading
the other twenty. Attribute access looks the same as a plain field: `services.records`.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from crmnote.services.base import Clock, wall_clock, wall_ms
from crmnote.services.sync.capture import CLOCK_KEY

if TYPE_CHECKING:
    from crmnote.services.attachments import AttachmentService
    from crmnote.services.audit import AuditService
    from crmnote.services.book_copy import BookCopyService
    from crmnote.services.calendar import CalendarService
    from crmnote.services.colleagues import ColleagueWatch
    from crmnote.services.consistency import ConsistencyService
    from crmnote.services.cost import CostService
    from crmnote.services.customer_list import CustomerListService
    from crmnote.services.customer_map import CustomerMapService
    from crmnote.services.customers import CustomerService
    from crmnote.services.database_info import DatabaseInfoService
    from crmnote.services.decisions import DecisionService
    from crmnote.services.dossier import DossierService
    from crmnote.services.followups import FollowUpService
    from crmnote.services.history import HistoryService
    from crmnote.services.insights import InsightsService
    from crmnote.services.interactions import InteractionService
    from crmnote.services.judgments import JudgmentService
    from crmnote.services.outside_writes import OutsideWritesService
    from crmnote.services.quick_log import QuickLogService
    from crmnote.services.records import RecordService
    from crmnote.services.scores import ScoreService
    from crmnote.services.search import SearchService
    from crmnote.services.settings_service import SettingsService
    from crmnote.services.staff_report import StaffReportService
    from crmnote.services.standards import StandardsService
    from crmnote.services.sync.conflicts import ConflictService
    from crmnote.services.sync.field_copy import FieldCopyService
    from crmnote.services.sync.rounds import SyncService
    from crmnote.services.team import TeamService
    from crmnote.services.timeline import TimelineService
    from crmnote.services.today import TodayService
    from crmnote.services.transfer import TransferService
    from crmnote.storage.sessions import Engine, Session, sessionmaker

S = TypeVar("S")


class _Service(Generic[S]):
    """A service of `crmnote.services.<module>.<name>`, built once per `Services` when first
    read; `keyed` ones also get the book's passphrase (file-level care of an encrypted book),
    `timed` ones the clock sync stamps changes with (milliseconds)."""

    def __init__(self, module: str, name: str, *, keyed: bool = False, timed: bool = False) -> None:
        self.module = f"crmnote.services.{module}"
        self.name = name
        self.keyed = keyed
        self.timed = timed
        self.attribute = ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    @overload
    def __get__(self, obj: None, owner: type) -> _Service[S]: ...

    @overload
    def __get__(self, obj: Services, owner: type) -> S: ...

    def __get__(self, obj: Services | None, owner: type) -> _Service[S] | S:
        if obj is None:
            return self
        built: S | None = obj.__dict__.get(self.attribute)
        return built if built is not None else obj._build(self)


class Services:
    """Every use case over one database (one sessionmaker, one clock)."""

    records: _Service[RecordService] = _Service("records", "RecordService")
    decisions: _Service[DecisionService] = _Service("decisions", "DecisionService")
    customers: _Service[CustomerService] = _Service("customers", "CustomerService")
    interactions: _Service[InteractionService] = _Service("interactions", "InteractionService")
    settings: _Service[SettingsService] = _Service("settings_service", "SettingsService")
    scores: _Service[ScoreService] = _Service("scores", "ScoreService")
    search: _Service[SearchService] = _Service("search", "SearchService")
    customer_list: _Service[CustomerListService] = _Service("customer_list", "CustomerListService")
    timeline: _Service[TimelineService] = _Service("timeline", "TimelineService")
    today: _Service[TodayService] = _Service("today", "TodayService")
    quick_log: _Service[QuickLogService] = _Service("quick_log", "QuickLogService")
    transfer: _Service[TransferService] = _Service("transfer", "TransferService")
    audit: _Service[AuditService] = _Service("audit", "AuditService")
    dossier: _Service[DossierService] = _Service("dossier", "DossierService")
    standards: _Service[StandardsService] = _Service("standards", "StandardsService")
    insights: _Service[InsightsService] = _Service("insights", "InsightsService")
    cost: _Service[CostService] = _Service("cost", "CostService")
    followups: _Service[FollowUpService] = _Service("followups", "FollowUpService")
    history: _Service[HistoryService] = _Service("history", "HistoryService")
    staff_report: _Service[StaffReportService] = _Service("staff_report", "StaffReportService")
    customer_map: _Service[CustomerMapService] = _Service("customer_map", "CustomerMapService")
    database: _Service[DatabaseInfoService] = _Service(
        "database_info", "DatabaseInfoService", keyed=True
    )
    outside_writes: _Service[OutsideWritesService] = _Service(
        "outside_writes", "OutsideWritesService"
    )
    consistency: _Service[ConsistencyService] = _Service(
        "consistency", "ConsistencyService", keyed=True
    )
    attachments: _Service[AttachmentService] = _Service("attachments", "AttachmentService")
    judgments: _Service[JudgmentService] = _Service("judgments", "JudgmentService")
    book_copy: _Service[BookCopyService] = _Service("book_copy", "BookCopyService")
    calendar: _Service[CalendarService] = _Service("calendar", "CalendarService")
    team: _Service[TeamService] = _Service("team", "TeamService")
    colleagues: _Service[ColleagueWatch] = _Service("colleagues", "ColleagueWatch")
    sync: _Service[SyncService] = _Service("sync.rounds", "SyncService", timed=True)
    conflicts: _Service[ConflictService] = _Service("sync.conflicts", "ConflictService", timed=True)
    field_copy: _Service[FieldCopyService] = _Service(
        "sync.field_copy", "FieldCopyService", timed=True
    )

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock = wall_clock,
        *,
        passphrase: str | None = None,
        wall_ms: Callable[[], int] = wall_ms,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._passphrase = passphrase
        self._wall_ms = wall_ms
        # Sync stamps what a transaction wrote with this clock (services/sync/capture.py).
        sessions.configure(info={CLOCK_KEY: wall_ms})
        # Services are built on whichever thread asks first (the GUI's, a worker's): once.
        self._lock = threading.Lock()

    @staticmethod
    def over(
        engine: Engine,
        clock: Clock = wall_clock,
        *,
        passphrase: str | None = None,
        wall_ms: Callable[[], int] = wall_ms,
    ) -> Services:
        """Every service over `engine`; `passphrase` when it is an encrypted database, for the
        file-level care (backups, restore, check) that reads the file itself and the repair's
        own connection; `wall_ms` the clock sync stamps changes with (milliseconds)."""
        from crmnote.storage.engine import make_sessionmaker

        return Services(make_sessionmaker(engine), clock, passphrase=passphrase, wall_ms=wall_ms)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The attribute name of every service."""
        return tuple(k for k, v in vars(cls).items() if isinstance(v, _Service))

    def load_all(self) -> None:
        """Build every service now (their modules imported): a worker does it so that the
        GUI thread never pays for an import."""
        for name in self.names():
            getattr(self, name)

    def _build(self, spec: _Service[S]) -> S:
        with self._lock:
            built: S | None = self.__dict__.get(spec.attribute)
            if built is None:
                cls: Any = getattr(importlib.import_module(spec.module), spec.name)
                extra: dict[str, Any] = {"passphrase": self._passphrase} if spec.keyed else {}
                if spec.timed:
                    extra["wall_ms"] = self._wall_ms
                built = cls(self._sessions, self._clock, **extra)
                self.__dict__[spec.attribute] = built
            return built
