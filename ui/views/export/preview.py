"""The pages of a PDF as they will be written: images from pdftoppm, scaled to the width of the
view, one under the other; or, without poppler, the text of each page with a note saying so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PAGE_GAP = 14
MARGIN = 12


class PdfPreview(QWidget):
    """A scroll area of pages and a line "Pagina x van y" that follows the scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []
        self.texts: list[str] = []
        self.pages: list[QWidget] = []
        self.page_label = QLabel()
        self.page_label.setStyleSheet("color:#3c4043;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#8a5a00;")
        self.note.hide()
        self.sheet = QWidget()
        self.sheet.setStyleSheet("background:#8a9099;")
        self.column = QVBoxLayout(self.sheet)
        self.column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.column.setSpacing(PAGE_GAP)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.sheet)
        self.scroll.setAccessibleName(self.tr("Voorbeeld van de PDF"))
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._show_page_number())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.page_label, 0, Qt.AlignmentFlag.AlignRight)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def show_message(self, text: str) -> None:
        """While the pages are being made, or when they could not be."""
        self._clear()
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("background:white;padding:24px;")
        label.setMinimumWidth(320)
        self.column.addWidget(label)
        self.page_label.setText("")

    def show_images(self, pngs: list[bytes]) -> None:
        self._clear()
        self.images = [QImage.fromData(png) for png in pngs]
        for number, _image in enumerate(self.images, start=1):
            page = QLabel()
            page.setAccessibleName(self.tr("Pagina %1").replace("%1", str(number)))
            page.setStyleSheet("background:white;")
            self.pages.append(page)
            self.column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self._scale()
        self._show_page_number()

    def show_texts(self, texts: list[str]) -> None:
        """The text of each page, for a machine without pdftoppm."""
        self._clear()
        self.texts = texts
        self.note.setText(self.tr(
            "Het programma pdftoppm (poppler-utils) ontbreekt, dus hier staat alleen de tekst "
            "van elke pagina. De PDF zelf wordt gewoon volledig gemaakt."))
        self.note.show()
        for number, text in enumerate(texts, start=1):
            page = QPlainTextEdit(text)
            page.setReadOnly(True)
            page.setAccessibleName(self.tr("Pagina %1").replace("%1", str(number)))
            page.setStyleSheet("background:white;")
            page.setMinimumHeight(420)
            self.pages.append(page)
            self.column.addWidget(page)
        self._show_page_number()

    def _clear(self) -> None:
        self.images, self.texts, self.pages = [], [], []
        self.note.hide()
        while (item := self.column.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _scale(self) -> None:
        """Fit each page to the view's width, never larger than it was rendered."""
        # The scroll bar's room is kept free even before it appears: no sideways scrolling.
        room = self.scroll.width() - 2 * self.scroll.frameWidth()
        width = max(200, room - self.scroll.verticalScrollBar().sizeHint().width() - 2 * MARGIN)
        for image, page in zip(self.images, self.pages, strict=True):
            assert isinstance(page, QLabel)
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            page.setPixmap(pixmap)
            page.setFixedSize(pixmap.size())

    def _show_page_number(self) -> None:
        if not self.pages:
            self.page_label.setText("")
            return
        # Positions from the pages' heights: fresh pages have none before the layout ran.
        middle = self.scroll.verticalScrollBar().value() + self.scroll.viewport().height() // 3
        current, top = 1, MARGIN
        for number, page in enumerate(self.pages, start=1):
            if top <= middle:
                current = number
            top += max(page.height(), page.minimumHeight()) + PAGE_GAP
        self.page_label.setText(self.tr("Pagina %1 van %2").replace("%1", str(current))
                                .replace("%2", str(len(self.pages))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.images:
            self._scale()
