"""Settings: business details and backups, and the score weights with a reset to defaults."""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmnote.desktop.autostart import Autostart, remind_command, supported
from crmnote.domain import settings as declared
from crmnote.domain.errors import CrmError, ValidationError
from crmnote.domain.money import rates_text, read_rates_text
from crmnote.domain.scoring import Weights, WeightsError
from crmnote.services.changes import Changes
from crmnote.ui.accessibility import name_fields
from crmnote.ui.background import Background
from crmnote.ui.bus import Bus
from crmnote.ui.dialogs.record_form import error_label, tidy_form
from crmnote.ui.dialogs.weights_form import WeightsForm
from crmnote.ui.fit import place
from crmnote.ui.reasons import reason_text
from crmnote.ui.widgets.region_box import RegionBox, system_region

if TYPE_CHECKING:
    from crmnote.services.book_services import Services


def _with(widget: QWidget, error: QWidget) -> QWidget:
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    column.addWidget(error)
    return cell


class SettingsDialog(QDialog):
    """Saving writes what changed; new weights recompute every customer's scores, on a worker
    thread with a moving bar (minutes on a very large database), then the dialog closes."""

    def __init__(
        self,
        services: Services,
        bus: Bus,
        parent: QWidget | None = None,
        *,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._services = services
        self._bus = bus
        shown = services.settings.get_many(
            declared.BUSINESS_NAME,
            declared.HOURLY_COST,
            declared.CURRENCY,
            declared.DUE_SOON_DAYS,
            declared.BACKUP_KEEP_DAYS,
            declared.EXCHANGE_RATES,
            declared.COUNTRY,
            declared.ATTACHMENT_MAX_MB,
            declared.ATTACHMENTS_TOTAL_MB,
            declared.PHONE_REGION,
        )
        get = shown.__getitem__  # one read for the whole form, not one transaction a field
        self.business_name = QLineEdit(str(get(declared.BUSINESS_NAME) or ""))
        self.business_name.setObjectName("setting_business_name")
        self.business_name.setPlaceholderText(self.tr("Printed on PDFs and referral messages"))
        self.hourly_cost = QDoubleSpinBox()
        self.hourly_cost.setObjectName("setting_hourly_cost")
        self.hourly_cost.setRange(0, 100000)
        self.hourly_cost.setDecimals(2)
        self.hourly_cost.setValue(float(get(declared.HOURLY_COST)))
        self.currency = QLineEdit(str(get(declared.CURRENCY)))
        self.currency.setObjectName("setting_currency")
        self.currency.setValidator(QRegularExpressionValidator(r"[A-Za-z]{0,3}", self.currency))
        self.currency.setMaxLength(3)
        self.due_soon = QSpinBox()
        self.due_soon.setObjectName("setting_due_soon_days")
        self.due_soon.setRange(0, 365)
        self.due_soon.setValue(int(get(declared.DUE_SOON_DAYS)))
        self.keep_days = QSpinBox()
        self.keep_days.setObjectName("setting_backup_keep_days")
        self.keep_days.setRange(1, 3650)
        self.keep_days.setValue(int(get(declared.BACKUP_KEEP_DAYS)))
        self.currency_error = error_label()
        self.rates = QLineEdit(rates_text(get(declared.EXCHANGE_RATES)))
        self.rates.setObjectName("setting_exchange_rates")
        self.rates.setPlaceholderText(self.tr("e.g. USD=0.92, JPY=0.0062"))
        self.rates.setToolTip(
            self.tr(
                "What 1 unit of another currency is worth in the home currency: the rate a new "
                "amount in it takes when none is given with it"
            )
        )
        self.country = QLineEdit(str(get(declared.COUNTRY) or ""))
        self.country.setObjectName("setting_country")
        self.country.setPlaceholderText(self.tr("e.g. DE, or US-CA; empty: weekends only"))
        self.max_mb = QDoubleSpinBox()
        self.max_mb.setObjectName("setting_attachment_max_mb")
        self.max_mb.setRange(0.1, 2000)
        self.max_mb.setValue(float(get(declared.ATTACHMENT_MAX_MB)))
        self.total_mb = QDoubleSpinBox()
        self.total_mb.setObjectName("setting_attachments_total_mb")
        self.total_mb.setRange(1, 1_000_000)
        self.total_mb.setDecimals(0)
        self.total_mb.setValue(float(get(declared.ATTACHMENTS_TOTAL_MB)))
        self.field_errors = {
            declared.EXCHANGE_RATES.key: error_label(),
            declared.COUNTRY.key: error_label(),
            declared.CURRENCY.key: self.currency_error,
        }
        self.phone_region = RegionBox(self.tr("None: numbers carry their +country code"))
        self.phone_region.setObjectName("setting_phone_region")
        self.phone_region.set_region(str(get(declared.PHONE_REGION) or "") or system_region())
        business = QWidget()
        form = tidy_form(QFormLayout(business))
        form.addRow(self.tr("Business name"), self.business_name)
        form.addRow(self.tr("Hourly cost of staff time"), self.hourly_cost)
        form.addRow(self.tr("Home currency"), _with(self.currency, self.currency_error))
        form.addRow(
            self.tr("Default rates of other currencies"),
            _with(self.rates, self.field_errors[declared.EXCHANGE_RATES.key]),
        )
        form.addRow(
            self.tr("Country for public holidays"),
            _with(self.country, self.field_errors[declared.COUNTRY.key]),
        )
        form.addRow(self.tr("Country of phone numbers without +code"), self.phone_region)
        form.addRow(self.tr("Promises are due soon within (days)"), self.due_soon)
        form.addRow(self.tr("Keep automatic backups (days)"), self.keep_days)
        form.addRow(self.tr("Largest evidence file (MB)"), self.max_mb)
        form.addRow(self.tr("Evidence files in all (MB)"), self.total_mb)
        self.autostart = autostart or Autostart.for_user()
        self.reminders = QCheckBox(
            self.tr("Remind me of due promises when crmnote is closed (at login and daily)")
        )
        self.reminders.setObjectName("setting_reminders")
        self.reminders.setChecked(self.autostart.installed())
        self.reminders_error = error_label()
        if supported():
            form.addRow(self.reminders)
            form.addRow(self.reminders_error)
        else:  # docs/packaging.md says how to schedule `crmnote remind` there
            self.reminders.hide()

        self.original = services.scores.weights()
        self.original_hourly = float(get(declared.HOURLY_COST))
        # The Scores tab is built when first shown (or asked for): most visits change a
        # business setting, and the weights form is a third of the dialog's making.
        self._scores = QWidget()
        self._weights: WeightsForm | None = None
        self._read_only = False
        self.tabs = QTabWidget()
        self.tabs.addTab(business, self.tr("Business"))
        self.tabs.addTab(self._scores, self.tr("Scores"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.busy = QProgressBar()
        self.busy.setObjectName("settings_busy")
        self.busy.setRange(0, 0)  # no percentage to give: a moving bar
        self.busy.setFormat(self.tr("Recomputing every customer's scores…"))
        self.busy.setTextVisible(True)
        self.busy.hide()
        self.job: Background | None = None
        self.general_error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        place(self, QSize(560, 600))

    @property
    def weights(self) -> WeightsForm:
        """The Scores tab's form (built now if it was not yet)."""
        if self._weights is None:
            self._weights = self._build_scores()
        return self._weights

    @property
    def reset_button(self) -> QPushButton:
        self.weights  # noqa: B018 (built with the Scores tab)
        return self._reset_button

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self._scores:
            self.weights  # noqa: B018 (built on first show)

    def _build_scores(self) -> WeightsForm:
        weights = WeightsForm()
        weights.set_weights(self.original)
        reset = self._reset_button = QPushButton(self.tr("Reset to defaults"))
        reset.setObjectName("weights_reset")
        reset.clicked.connect(self.reset_weights)
        score_layout = QVBoxLayout(self._scores)
        note = QLabel(
            self.tr("Changing the weights recomputes every customer's scores and their history.")
        )
        note.setWordWrap(True)
        score_layout.addWidget(note)
        score_layout.addWidget(weights, 1)
        score_layout.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)
        if self._read_only:
            self._lock(self._scores)
        name_fields(self._scores)  # the window was named when shown, before this tab was made
        return weights

    def reset_weights(self) -> None:
        self.weights.clear_errors()
        self.weights.set_weights(Weights.default())

    def _business_values(self) -> dict[Any, Any]:
        return {
            declared.BUSINESS_NAME: self.business_name.text().strip(),
            declared.HOURLY_COST: self.hourly_cost.value(),
            declared.CURRENCY: self.currency.text().upper(),
            declared.PHONE_REGION: self.phone_region.region(),
            declared.DUE_SOON_DAYS: self.due_soon.value(),
            declared.BACKUP_KEEP_DAYS: self.keep_days.value(),
            declared.EXCHANGE_RATES: read_rates_text(self.rates.text()),
            declared.COUNTRY: self.country.text().strip().upper(),
            declared.ATTACHMENT_MAX_MB: self.max_mb.value(),
            declared.ATTACHMENTS_TOTAL_MB: self.total_mb.value(),
        }

    def accept(self) -> None:
        if self._weights is not None:
            self._weights.clear_errors()
        self.currency_error.hide()
        self.general_error.hide()
        if len(self.currency.text()) != 3:
            self.tabs.setCurrentIndex(0)
            self.currency_error.setText(self.tr("A three-letter code such as EUR"))
            self.currency_error.show()
            self.currency.setFocus()
            return
        try:  # weights not shown are the ones stored
            weights = self.original if self._weights is None else self._weights.weights()
        except WeightsError as exc:
            self.tabs.setCurrentIndex(1)
            self.weights.show_error(exc.field, exc.message)
            return
        for label in self.field_errors.values():
            label.hide()
        if not self._apply_reminders():
            return
        changes = Changes()
        wanted = self._business_values()
        stored = self._services.settings.get_many(*wanted)
        try:
            for setting, value in wanted.items():
                if value != stored[setting]:
                    changes |= self._services.settings.set(setting, value)
        except ValidationError as exc:  # refused at its field; what was saved before stays
            self.tabs.setCurrentIndex(0)
            label = self.field_errors.get(exc.field, self.general_error)
            label.setText(reason_text(exc.message))
            label.show()
            self._bus.publish(changes)
            return
        # The hourly cost prices the cost-to-serve term: it moves difficulty as weights do.
        cost_moved = self._services.settings.get(declared.HOURLY_COST) != self.original_hourly
        if weights == self.original and not cost_moved:
            self._finish(changes)
            return
        self._recompute(None if weights == Weights.default() else weights, changes)

    def _apply_reminders(self) -> bool:
        """Install or remove the reminders' timer as the switch says; False (with the reason at
        the switch) when that failed."""
        wanted = self.reminders.isChecked()
        if wanted == self.autostart.installed():
            return True
        try:
            if wanted:
                book = self._services.database.location() or None
                self.autostart.install(
                    remind_command(book), self.tr("crmnote: reminders of promises falling due")
                )
            else:
                self.autostart.uninstall()
        except (OSError, subprocess.SubprocessError) as exc:
            self.tabs.setCurrentIndex(0)
            self.reminders_error.setText(
                self.tr("The reminders could not be set up: {0}").format(exc)
            )
            self.reminders_error.show()
            return False
        return True

    def _recompute(self, weights: Weights | None, changes: Changes) -> None:
        """Store the weights and rebuild every score history on a worker thread, showing how
        many customers are done; the window stays responsive meanwhile."""
        self.tabs.setEnabled(False)
        self.buttons.setEnabled(False)
        self.busy.setRange(0, 0)  # until the first chunk is done
        self.busy.show()
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        scores = self._services.scores
        job = Background(lambda: scores.set_weights(weights, job.report), self)
        job.progress.connect(self._progress)
        job.done.connect(lambda more: self._recomputed(changes | more))
        job.failed.connect(self._failed)
        self.job = job
        job.start()

    def _progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.busy.setFormat(self.tr("Recomputing scores: %v of %m customers"))

    def _recomputed(self, changes: Changes) -> None:
        QApplication.restoreOverrideCursor()
        self.job = None
        self._finish(changes)

    def _failed(self, error: Exception) -> None:
        QApplication.restoreOverrideCursor()
        self.job = None
        self.busy.hide()
        self.tabs.setEnabled(True)
        self.buttons.setEnabled(True)
        if not isinstance(error, CrmError):
            raise error  # a bug: to the crash report path
        self.general_error.setText(str(error))
        self.general_error.show()

    def _finish(self, changes: Changes) -> None:
        self._bus.publish(changes)
        super().accept()

    def reject(self) -> None:
        if self.job is None:  # a recompute runs to its end: it is one transaction
            super().reject()

    def busy_now(self) -> bool:
        return self.job is not None

    def set_read_only(self, reason: str) -> None:
        """Show the settings to someone who may not change them (not the book's owner)."""
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self._read_only = True
        self._lock(self.tabs)
        self.general_error.setText(reason)
        self.general_error.show()

    def _lock(self, root: QWidget) -> None:
        for widget in root.findChildren(QWidget):
            if widget.objectName() == "weights_reset":
                widget.hide()
            elif isinstance(widget, QLineEdit | QAbstractSpinBox):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox | QCheckBox | QPushButton):
                widget.setEnabled(False)
