"""The services of one book: every use case over one database, built once at start-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from crmnote.services.audit import AuditService
from crmnote.services.base import Clock, wall_clock, wall_ms
from crmnote.services.book_copy import BookCopyService
from crmnote.services.calendar import CalendarService
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
from crmnote.services.timeline import TimelineService
from crmnote.services.today import TodayService
from crmnote.services.transfer import TransferService
from crmnote.storage.engine import make_sessionmaker


@dataclass(frozen=True)
class Services:
    records: RecordService
    decisions: DecisionService
    customers: CustomerService
    interactions: InteractionService
    settings: SettingsService
    scores: ScoreService
    search: SearchService
    customer_list: CustomerListService
    timeline: TimelineService
    today: TodayService
    quick_log: QuickLogService
    transfer: TransferService
    audit: AuditService
    dossier: DossierService
    standards: StandardsService
    insights: InsightsService
    cost: CostService
    followups: FollowUpService
    history: HistoryService
    staff_report: StaffReportService
    customer_map: CustomerMapService
    database: DatabaseInfoService
    outside_writes: OutsideWritesService
    consistency: ConsistencyService
    book_copy: BookCopyService
    calendar: CalendarService
    sync: SyncService
    conflicts: ConflictService
    field_copy: FieldCopyService

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
        own connection. `wall_ms` is the clock sync stamps changes with (milliseconds)."""
        sessions = make_sessionmaker(engine)
        return Services(
            records=RecordService(sessions, clock),
            decisions=DecisionService(sessions, clock),
            customers=CustomerService(sessions, clock),
            interactions=InteractionService(sessions, clock),
            settings=SettingsService(sessions, clock),
            scores=ScoreService(sessions, clock),
            search=SearchService(sessions, clock),
            customer_list=CustomerListService(sessions, clock),
            timeline=TimelineService(sessions, clock),
            today=TodayService(sessions, clock),
            quick_log=QuickLogService(sessions, clock),
            transfer=TransferService(sessions, clock),
            audit=AuditService(sessions, clock),
            dossier=DossierService(sessions, clock),
            standards=StandardsService(sessions, clock),
            insights=InsightsService(sessions, clock),
            cost=CostService(sessions, clock),
            followups=FollowUpService(sessions, clock),
            history=HistoryService(sessions, clock),
            staff_report=StaffReportService(sessions, clock),
            customer_map=CustomerMapService(sessions, clock),
            database=DatabaseInfoService(sessions, clock, passphrase=passphrase),
            outside_writes=OutsideWritesService(sessions, clock),
            consistency=ConsistencyService(sessions, clock, passphrase=passphrase),
            book_copy=BookCopyService(sessions, clock),
            calendar=CalendarService(sessions, clock),
            sync=SyncService(sessions, clock, wall_ms),
            conflicts=ConflictService(sessions, clock, wall_ms=wall_ms),
            field_copy=FieldCopyService(sessions, clock, wall_ms),
        )
