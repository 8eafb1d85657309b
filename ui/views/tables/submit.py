"""Aanmelden bij een overlegtafel: the casusregisseur prepares an aanmelding from her casus.

She chooses the table, the jeugdige it is about, the question, exactly which fragments of the
casus the table may see (the preview shows the text as the table will read it, anonymised when
the table pre-screens anonymously), the documents, and consent or a legal ground. When the
table's rules refuse the aanmelding, each reason appears in red under its field and nothing she
entered is lost.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.consent import ConsentGiver, required_consent_giver
from casedesk.domain.vocabulary import AanmeldingStatus, LegalGround
from casedesk.errors import InvalidInput, ValidationError
from casedesk.services import tables
from casedesk.services.changes import Changes
from casedesk.services.tables_dto import (
    AanmeldingDraft,
    AanmeldingForm,
    ConsentOption,
    DocumentRef,
    FragmentKind,
    MyAanmelding,
    NewConsent,
    TableInfo,
)
from ui.context import AppContext
from ui.errors import show_error
from ui.formatting import short_date
from ui.i18n import label
from ui.views.tables.texts import age_range, field_message, problem_text, tr
from ui.views.tables.widgets import ErrorLabel, FieldErrors, muted

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SECTIONS = (
    (FragmentKind.LID, "Gezinsleden (rol en leeftijd)"),
    (FragmentKind.DOEL, "Doelen"),
    (FragmentKind.OBSERVATIE, "Zorgen en krachten"),
    (FragmentKind.MIDDEL, "Hulp en ondersteuning"),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DocumentsTable(QTableWidget):
    """The stukken: the table's required kinds (fixed) and any others the user adds."""

    def __init__(self) -> None:
        super().__init__(0, 2)
        self.setHorizontalHeaderLabels([tr("Soort stuk"), tr("Verwijzing (bestand of nummer)")])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAccessibleName(tr("Stukken"))
        self.setMinimumHeight(90)
        self.setMaximumHeight(125)
        self.required: tuple[str, ...] = ()

    def documents(self) -> tuple[DocumentRef, ...]:
        refs = []
        for row in range(self.rowCount()):
            kind, ref = self.item(row, 0), self.item(row, 1)
            refs.append(DocumentRef(kind.text() if kind else "", ref.text() if ref else ""))
        return tuple(refs)

    def set_documents(self, required: tuple[str, ...], given: tuple[DocumentRef, ...]) -> None:
        """Required kinds first (keeping what was typed for them), then the others."""
        self.required = required
        by_kind = {d.soort: d.naam for d in given}
        rows = [(kind, by_kind.get(kind, ""), True) for kind in required]
        rows += [(d.soort, d.naam, False) for d in given if d.soort not in required]
        self.setRowCount(0)
        for kind, ref, fixed in rows:
            self._append(kind, ref, fixed)

    def add_row(self) -> None:
        self._append("", "", False)
        self.setCurrentCell(self.rowCount() - 1, 0)
        self.editItem(self.item(self.rowCount() - 1, 0))

    def remove_current(self) -> None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        if item is not None and item.text() not in self.required:
            self.removeRow(row)

    def _append(self, kind: str, ref: str, fixed: bool) -> None:
        row = self.rowCount()
        self.insertRow(row)
        kind_item = QTableWidgetItem(kind)
        if fixed:
            kind_item.setFlags(kind_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            font = kind_item.font()
            font.setBold(True)
            kind_item.setFont(font)
            kind_item.setToolTip(tr("Verplicht voor deze tafel"))
        self.setItem(row, 0, kind_item)
        self.setItem(row, 1, QTableWidgetItem(ref))


class AanmeldenView(QWidget):
    """Signals:
    loaded: the form for a casus is shown.
    saved: a ``MyAanmelding`` after a concept was saved or the aanmelding submitted.
    """

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: AanmeldingForm | None = None
        self.aanmelding_id: str | None = None

        self.title = QLabel(tr("Aanmelden bij een overlegtafel"))
        self.title.setStyleSheet("font-size:15pt;font-weight:bold;")
        self.hint = muted(
            tr(
                "Open een casus en kies daar 'Aanmelden bij overlegtafel', of kies onder "
                "'Mijn aanmeldingen' een concept om verder te werken."
            )
        )
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)

        self.table_combo = QComboBox()
        self.table_combo.setAccessibleName(tr("Tafel"))
        self.rules = muted()
        self.youth_combo = QComboBox()
        self.youth_combo.setAccessibleName(tr("Betreft jeugdige"))
        self.question = QPlainTextEdit()
        self.question.setAccessibleName(tr("Vraag aan de tafel"))
        self.question.setPlaceholderText(tr("Wat wilt u dat de tafel adviseert?"))
        self.question.setFixedHeight(64)

        self.fragments = QTreeWidget()
        self.fragments.setHeaderHidden(True)
        self.fragments.setAccessibleName(tr("Wat de tafel mag zien"))
        self.fragments.setMinimumHeight(200)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("Zo ziet de tafel de samenvatting"))
        self.anon_note = muted()

        self.documents = DocumentsTable()
        self.add_document = QPushButton(tr("Stuk toevoegen"))
        self.add_document.clicked.connect(self.documents.add_row)
        self.remove_document = QPushButton(tr("Stuk weghalen"))
        self.remove_document.clicked.connect(self.documents.remove_current)

        self.use_consent = QRadioButton(tr("Toestemming van het gezin"))
        self.use_ground = QRadioButton(tr("Wettelijke grondslag (zonder toestemming)"))
        basis = QButtonGroup(self)
        basis.addButton(self.use_consent)
        basis.addButton(self.use_ground)
        self.use_consent.setChecked(True)
        self.consent_combo = QComboBox()
        self.consent_combo.setAccessibleName(tr("Toestemming"))
        self.consent_needed = muted()
        self.new_consent_button = QPushButton(tr("Nieuwe toestemming vastleggen…"))
        self.new_consent_button.setCheckable(True)
        self.ground_combo = QComboBox()
        self.ground_combo.setAccessibleName(tr("Grondslag"))
        for ground in LegalGround:
            self.ground_combo.addItem(label(ground), ground.value)
        self.ground_reason = QLineEdit()
        self.ground_reason.setAccessibleName(tr("Reden voor delen zonder toestemming"))
        self.ground_reason.setPlaceholderText(tr("Waarom is delen zonder toestemming nodig?"))

        self.new_consent = self._new_consent_box()
        self.save_button = QPushButton(tr("Opslaan als concept"))
        self.submit_button = QPushButton(tr("Indienen bij de tafel"))
        self.submit_button.setDefault(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self._layout()
        self.table_combo.currentIndexChanged.connect(self._table_changed)
        self.youth_combo.currentIndexChanged.connect(self._update_preview)
        self.youth_combo.currentIndexChanged.connect(self._update_consent_hint)
        self.fragments.itemChanged.connect(self._update_preview)
        self.new_consent_button.toggled.connect(self.new_consent.setVisible)
        self.use_consent.toggled.connect(self._basis_changed)
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self._set_enabled(False)

    # --- layout -------------------------------------------------------------------------

    def _error(self, field: str) -> ErrorLabel:
        return self.errors.add(field, ErrorLabel())

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        table_box = QVBoxLayout()
        table_box.addWidget(self.table_combo)
        table_box.addWidget(self.rules)
        table_box.addWidget(self._error("tafel"))
        form.addRow(tr("Tafel:"), table_box)
        youth_box = QVBoxLayout()
        youth_box.addWidget(self.youth_combo)
        youth_box.addWidget(self._error("jeugdige"))
        form.addRow(tr("Over:"), youth_box)
        question_box = QVBoxLayout()
        question_box.addWidget(self.question)
        question_box.addWidget(self._error("vraag"))
        form.addRow(tr("Vraag aan de tafel:"), question_box)

        share = QSplitter()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(muted(tr("Vink aan wat de tafel mag zien — niet meer dan nodig.")))
        ll.addWidget(self.fragments, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(muted(tr("Zo leest de tafel de samenvatting:")))
        rl.addWidget(self.preview, 1)
        rl.addWidget(self.anon_note)
        share.addWidget(left)
        share.addWidget(right)
        share.setSizes([420, 420])
        form.addRow(tr("Samenvatting:"), share)

        docs = QVBoxLayout()
        docs.addWidget(self.documents)
        doc_buttons = QHBoxLayout()
        doc_buttons.addWidget(self.add_document)
        doc_buttons.addWidget(self.remove_document)
        doc_buttons.addStretch(1)
        docs.addLayout(doc_buttons)
        docs.addWidget(self._error("documenten"))
        form.addRow(tr("Stukken:"), docs)

        sharing = QVBoxLayout()
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.use_consent)
        consent_row.addWidget(self.consent_combo, 1)
        consent_row.addWidget(self.new_consent_button)
        sharing.addLayout(consent_row)
        sharing.addWidget(self.consent_needed)
        sharing.addWidget(self.new_consent)
        sharing.addWidget(self._error("toestemming"))
        ground_row = QHBoxLayout()
        ground_row.addWidget(self.use_ground)
        ground_row.addWidget(self.ground_combo)
        ground_row.addWidget(self.ground_reason, 1)
        sharing.addLayout(ground_row)
        sharing.addWidget(self._error("grondslag_reden"))
        form.addRow(tr("Delen met de tafel:"), sharing)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.scroll = scroll

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

    def _new_consent_box(self) -> QGroupBox:
        box = QGroupBox(tr("Nieuwe toestemming voor deze tafel"))
        self.consent_giver = QComboBox()
        self.consent_giver.setAccessibleName(tr("Gegeven door"))
        for giver in ConsentGiver:
            self.consent_giver.addItem(label(giver), giver.value)
        self.consent_names = QLineEdit()
        self.consent_names.setAccessibleName(tr("Namen van wie toestemming gaf"))
        self.consent_date = QDateEdit(calendarPopup=True)
        self.consent_date.setDisplayFormat("dd-MM-yyyy")
        self.consent_date.setAccessibleName(tr("Gegeven op"))
        self.consent_expires = QCheckBox(tr("Geldig tot"))
        self.consent_until = QDateEdit(calendarPopup=True)
        self.consent_until.setDisplayFormat("dd-MM-yyyy")
        self.consent_until.setAccessibleName(tr("Geldig tot"))
        self.consent_until.setEnabled(False)
        self.consent_expires.toggled.connect(self.consent_until.setEnabled)
        self.consent_general = ErrorLabel()
        self.consent_errors = FieldErrors(self.consent_general)
        record = QPushButton(tr("Toestemming vastleggen"))
        record.clicked.connect(self.record_consent)
        self.record_consent_button = record
        form = QFormLayout(box)
        form.addRow(tr("Gegeven door:"), self.consent_giver)
        names = QVBoxLayout()
        names.addWidget(self.consent_names)
        names.addWidget(self.consent_errors.add("namen", ErrorLabel()))
        form.addRow(tr("Namen:"), names)
        given = QVBoxLayout()
        given.addWidget(self.consent_date)
        given.addWidget(self.consent_errors.add("gegeven_op", ErrorLabel()))
        form.addRow(tr("Gegeven op:"), given)
        until = QHBoxLayout()
        until.addWidget(self.consent_expires)
        until.addWidget(self.consent_until, 1)
        until_box = QVBoxLayout()
        until_box.addLayout(until)
        until_box.addWidget(self.consent_errors.add("geldig_tot", ErrorLabel()))
        form.addRow("", until_box)
        form.addRow("", record)
        form.addRow("", self.consent_general)
        box.setVisible(False)
        return box

    # --- loading ------------------------------------------------------------------------

    def prepare(self, casus_id: str, aanmelding_id: str | None = None) -> None:
        """Show the form for a casus; with ``aanmelding_id``, continue that concept."""
        self.ctx.run(
            tables.aanmelding_form,
            casus_id,
            aanmelding_id,
            on_done=self._show_form,
            on_error=self._failed,
        )

    def _show_form(self, form: AanmeldingForm) -> None:
        self.form = form
        draft = form.draft
        self.aanmelding_id = draft.aanmelding_id if draft else None
        self.errors.clear()
        self.status.clear()
        self.title.setText(tr("Aanmelden bij een overlegtafel — %1").replace("%1", form.huishouden))
        self.hint.setVisible(False)
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for info in form.tables:
            self.table_combo.addItem(info.naam, info.tafel_id)
        self.table_combo.setCurrentIndex(
            max(self.table_combo.findData(draft.tafel_id), 0) if draft else 0
        )
        self.table_combo.blockSignals(False)
        self.youth_combo.blockSignals(True)
        self.youth_combo.clear()
        self.youth_combo.addItem(tr("Het hele huishouden (geen jeugdige gekozen)"), None)
        for youth in form.jeugdigen:
            age = (
                ""
                if youth.leeftijd is None
                else tr(" (%1 jaar)").replace("%1", str(youth.leeftijd))
            )
            self.youth_combo.addItem(youth.naam + age, youth.persoon_id)
        chosen = (
            draft.jeugdige_id
            if draft
            else (form.jeugdigen[0].persoon_id if form.jeugdigen else None)
        )
        self.youth_combo.setCurrentIndex(max(self.youth_combo.findData(chosen), 0))
        self.youth_combo.blockSignals(False)
        self.question.setPlainText(draft.vraag if draft else "")
        self._fill_fragments(set(draft.fragment_keys) if draft else set())
        self._fill_consents(form.consents, draft.toestemming_id if draft else None)
        if draft and draft.grondslag is not None:
            self.use_ground.setChecked(True)
            self.ground_combo.setCurrentIndex(self.ground_combo.findData(draft.grondslag.value))
            self.ground_reason.setText(draft.grondslag_reden)
        else:
            self.use_consent.setChecked(True)
            self.ground_reason.clear()
        self.consent_date.setDate(_qdate(form.vandaag))
        self.consent_until.setDate(_qdate(form.vandaag.replace(year=form.vandaag.year + 1)))
        self.documents.set_documents(
            self._table().definition.required_documents if self._table() else (),
            draft.documenten if draft else (),
        )
        self._table_changed()
        self._set_enabled(True)
        self._basis_changed()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(problem_text(error))

    def _set_enabled(self, on: bool) -> None:
        self.scroll.setEnabled(on)
        self.save_button.setEnabled(on)
        self.submit_button.setEnabled(on)

    def _fill_fragments(self, chosen: set[str]) -> None:
        assert self.form is not None
        self.fragments.blockSignals(True)
        self.fragments.clear()
        for kind, heading in SECTIONS:
            items = [f for f in self.form.fragments if f.soort is kind]
            if not items:
                continue
            section = QTreeWidgetItem([tr(heading)])
            section.setFlags(section.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.fragments.addTopLevelItem(section)
            for fragment in items:
                item = QTreeWidgetItem([fragment.tekst])
                item.setData(0, KEY_ROLE, fragment.key)
                item.setToolTip(0, fragment.tekst)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0,
                    Qt.CheckState.Checked if fragment.key in chosen else Qt.CheckState.Unchecked,
                )
                section.addChild(item)
            section.setExpanded(True)
        self.fragments.blockSignals(False)

    def _fill_consents(self, consents: tuple[ConsentOption, ...], chosen: str | None) -> None:
        self.consent_combo.clear()
        self.consent_combo.addItem(tr("— kies een toestemming —"), None)
        for c in consents:
            text = f"{label(c.gegeven_door)} · {c.ontvanger} · {short_date(c.gegeven_op)}"
            if c.ingetrokken_op:
                text += tr(" · ingetrokken")
            elif c.geldig_tot and self.form and c.geldig_tot < self.form.vandaag:
                text += tr(" · verlopen")
            self.consent_combo.addItem(text, c.toestemming_id)
        self.consent_combo.setCurrentIndex(max(self.consent_combo.findData(chosen), 0))

    # --- reacting -----------------------------------------------------------------------

    def _table(self) -> TableInfo | None:
        if self.form is None:
            return None
        tafel_id = self.table_combo.currentData()
        return next((t for t in self.form.tables if t.tafel_id == tafel_id), None)

    def _table_changed(self) -> None:
        info = self._table()
        if info is None:
            return
        t = info.definition
        parts = [
            tr("Voor: %1.").replace("%1", age_range(t)),
            tr("Aanmelden mogen: %1.").replace("%1", ", ".join(t.submitters) or tr("iedereen")),
        ]
        if t.required_documents:
            parts.append(
                tr("Verplichte stukken: %1.").replace("%1", ", ".join(t.required_documents))
            )
        if t.anonymised:
            parts.append(tr("De tafel bespreekt aanmeldingen eerst geanonimiseerd."))
        self.rules.setText(" ".join(parts))
        self.documents.set_documents(t.required_documents, self.documents.documents())
        self._pick_consent(t.code)
        self._update_preview()
        self._update_consent_hint()

    def _pick_consent(self, code: str) -> None:
        """Keep a chosen consent for this table; otherwise choose the newest one for it."""
        if self.form is None:
            return
        chosen = next(
            (c for c in self.form.consents if c.toestemming_id == self.consent_combo.currentData()),
            None,
        )
        if chosen is not None and chosen.ontvanger == code:
            return
        fitting = next(
            (c for c in self.form.consents if c.ontvanger == code and not c.ingetrokken_op), None
        )
        self.consent_combo.setCurrentIndex(
            self.consent_combo.findData(fitting.toestemming_id) if fitting else 0
        )

    def _chosen_keys(self) -> tuple[str, ...]:
        keys = []
        for i in range(self.fragments.topLevelItemCount()):
            section = self.fragments.topLevelItem(i)
            for j in range(section.childCount()):
                item = section.child(j)
                if item.checkState(0) == Qt.CheckState.Checked:
                    keys.append(str(item.data(0, KEY_ROLE)))
        return tuple(keys)

    def _update_preview(self) -> None:
        info, form = self._table(), self.form
        if info is None or form is None:
            return
        anonymous = info.definition.anonymised
        youth = next(
            (j for j in form.jeugdigen if j.persoon_id == self.youth_combo.currentData()), None
        )
        subject = tables.subject_line(form.huishouden, form.gemeente, youth, anonymous=anonymous)
        self.preview.setPlainText(
            tables.compose_summary(
                subject, form.fragments, self._chosen_keys(), anonymous=anonymous
            )
        )
        self.anon_note.setText(
            tr("Geanonimiseerd: namen zijn weggelaten, gezinsleden heten naar rol en leeftijd.")
            if anonymous
            else tr("Deze tafel ziet de namen van het gezin.")
        )

    def _update_consent_hint(self) -> None:
        form = self.form
        if form is None:
            return
        youth = next(
            (j for j in form.jeugdigen if j.persoon_id == self.youth_combo.currentData()), None
        )
        giver = required_consent_giver(youth.leeftijd if youth else None)
        self.consent_needed.setText(
            tr("Nodig voor deze aanmelding: toestemming van %1.").replace(
                "%1", label(giver).lower()
            )
        )
        self.consent_giver.setCurrentIndex(self.consent_giver.findData(giver.value))

    def _basis_changed(self) -> None:
        consent = self.use_consent.isChecked()
        self.consent_combo.setEnabled(consent)
        self.new_consent_button.setEnabled(consent)
        self.ground_combo.setEnabled(not consent)
        self.ground_reason.setEnabled(not consent)
        if not consent:
            self.new_consent_button.setChecked(False)

    # --- saving -------------------------------------------------------------------------

    def draft(self) -> AanmeldingDraft:
        assert self.form is not None
        ground = (
            None if self.use_consent.isChecked() else LegalGround(self.ground_combo.currentData())
        )
        return AanmeldingDraft(
            casus_id=self.form.casus_id,
            tafel_id=str(self.table_combo.currentData()),
            vraag=self.question.toPlainText(),
            jeugdige_id=self.youth_combo.currentData(),
            fragment_keys=self._chosen_keys(),
            documenten=self.documents.documents(),
            toestemming_id=self.consent_combo.currentData() if ground is None else None,
            grondslag=ground,
            grondslag_reden=self.ground_reason.text() if ground else "",
            aanmelding_id=self.aanmelding_id,
        )

    def save(self, *, submit: bool) -> None:
        if self.form is None:
            return
        self.status.setText(tr("Bezig met indienen…") if submit else tr("Bezig met opslaan…"))
        self.ctx.run(
            tables.save_aanmelding,
            self.draft(),
            submit=submit,
            on_done=self._saved,
            on_error=self._refused,
            changes=Changes(tables=True),
        )

    def _message(self, error: ValidationError) -> str:
        if error.field.startswith("documenten."):
            return tr("Verplicht stuk ontbreekt: %1.").replace(
                "%1", error.field.removeprefix("documenten.")
            )
        info = self._table()
        youth = (
            next(
                (j for j in self.form.jeugdigen if j.persoon_id == self.youth_combo.currentData()),
                None,
            )
            if self.form
            else None
        )
        return field_message(
            error, info.definition if info else None, youth.leeftijd if youth else None
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.errors.show(error.errors, self._message)
            self.status.setText(
                tr("De tafel neemt deze aanmelding zo niet aan; zie de rode meldingen.")
            )
            return
        self.errors.clear()
        self.status.setText(problem_text(error))

    def _saved(self, result: MyAanmelding) -> None:
        self.errors.clear()
        self.aanmelding_id = result.aanmelding_id
        if result.status is AanmeldingStatus.INGEDIEND:
            self.status.setText(
                tr("Ingediend bij %1. U volgt de aanmelding onder 'Mijn aanmeldingen'.").replace(
                    "%1", result.tafel
                )
            )
        else:
            self.status.setText(tr("Opgeslagen als concept."))
        self.saved.emit(result)

    def record_consent(self) -> None:
        if self.form is None:
            return
        until = self.consent_until.date().toPython() if self.consent_expires.isChecked() else None
        consent = NewConsent(
            ConsentGiver(self.consent_giver.currentData()),
            self.consent_names.text(),
            self.consent_date.date().toPython(),
            until,
        )
        self.ctx.run(
            tables.record_consent,
            self.form.casus_id,
            str(self.table_combo.currentData()),
            consent,
            on_done=self._consent_recorded,
            on_error=self._consent_refused,
        )

    def _consent_refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.consent_errors.show(error.errors, field_message)
        else:
            show_error(self, error)

    def _consent_recorded(self, consent: ConsentOption) -> None:
        assert self.form is not None
        self.consent_errors.clear()
        self.form = replace(self.form, consents=(consent, *self.form.consents))
        self._fill_consents(self.form.consents, consent.toestemming_id)
        self.new_consent_button.setChecked(False)
        self.consent_names.clear()
        self.errors.labels["toestemming"].clear_message()
