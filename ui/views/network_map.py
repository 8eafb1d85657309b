"""The netwerkkaart: a simple ecogram of the household and the people around it.

The household sits in the middle; each contact sits on one of three rings by ``nabijheid``
(1 close .. 3 far), informal people as green circles on the left, professionals as blue squares
on the right, joined to the middle by a line that is thicker the closer they are. Names keep
their size when the map is scaled; the legend (``legend_html``) is ordinary text beside it.

Editing by mouse: a click on empty space asks to add someone at that distance
(``add_requested``), a click on a person asks to edit them (``edit_requested``), dragging a
person to another ring moves them (``moved``). By keyboard: arrow keys left/right choose a
person, up/down move them closer/further, Enter edits, Insert adds. The map only emits
signals; the household view does the saving and then redraws the map.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QT_TR_NOOP, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from casedesk.domain.vocabulary import NetworkKind
from casedesk.services.dto import NetworkView
from ui.i18n import tr

RING_RADIUS = {1: 100.0, 2: 170.0, 3: 240.0}
CENTRE_RADIUS = 52.0
NODE_SIZE = 28.0
LABEL_WIDTH = 24  # characters before a name is shortened (the full name is the tooltip)
DRAG_THRESHOLD = 6.0  # pixels a press must travel to count as a drag, not a click
SCENE = QRectF(-450, -275, 900, 550)  # the rings plus room for the names beside them

STYLE = {
    NetworkKind.INFORMEEL: (QColor("#2e7d32"), QColor("#c8e6c9")),
    NetworkKind.PROFESSIONEEL: (QColor("#1565c0"), QColor("#bbdefb")),
}
# Each kind gets its own side, so the two are told apart by place as well as shape and colour.
SIDE_ANGLE = {NetworkKind.INFORMEEL: 180.0, NetworkKind.PROFESSIONEEL: 0.0}
RING_TEXT = {1: QT_TR_NOOP("dichtbij"), 2: QT_TR_NOOP("midden"), 3: QT_TR_NOOP("verder weg")}
KIND_TEXT = {
    NetworkKind.INFORMEEL: QT_TR_NOOP("informeel"),
    NetworkKind.PROFESSIONEEL: QT_TR_NOOP("professioneel"),
}


def ring_at(distance: float) -> int:
    """The ring a point at ``distance`` from the middle belongs to."""
    if distance < (RING_RADIUS[1] + RING_RADIUS[2]) / 2:
        return 1
    if distance < (RING_RADIUS[2] + RING_RADIUS[3]) / 2:
        return 2
    return 3


# Each ring's group is centred a little lower or higher on its side, so the names of a close
# and a far contact of the same kind do not end up on one line.
RING_TURN = {1: -28.0, 2: 0.0, 3: 28.0}


def layout_positions(contacts: Sequence[NetworkView]) -> dict[str, QPointF]:
    """Where each contact goes: on its ring, spread over its kind's side of the circle."""
    positions: dict[str, QPointF] = {}
    for ring, radius in RING_RADIUS.items():
        for kind, side in SIDE_ANGLE.items():
            group = [c for c in contacts if c.nabijheid == ring and c.soort is kind]
            if not group:
                continue
            # Closer rings are shorter: the same number of people needs a wider angle there.
            spacing = 26.0 * RING_RADIUS[3] / radius
            span = min(160.0, spacing * (len(group) - 1))
            turn = RING_TURN[ring] if kind is NetworkKind.INFORMEEL else -RING_TURN[ring]
            # Stay on the own side: within 80 degrees of its middle.
            turn = max(-80 + span / 2, min(80 - span / 2, turn))
            start = side + turn - span / 2
            step = span / (len(group) - 1) if len(group) > 1 else 0.0
            for i, contact in enumerate(group):
                angle = math.radians(start + i * step)
                positions[contact.contact_id] = QPointF(
                    radius * math.cos(angle), -radius * math.sin(angle)
                )
    return positions


def legend_html() -> str:
    informal, professional = STYLE[NetworkKind.INFORMEEL][0], STYLE[NetworkKind.PROFESSIONEEL][0]
    informal_text = tr("Informeel netwerk")
    professional_text = tr("Professioneel netwerk")
    rings_text = tr("Ringen: dichtbij, midden, verder weg; een dikkere lijn is dichterbij")
    return (
        f'<span style="color:{informal.name()};font-size:14pt">●</span> {informal_text}'
        f" &nbsp;&nbsp; "
        f'<span style="color:{professional.name()};font-size:14pt">■</span> {professional_text}'
        f" &nbsp;&nbsp; {rings_text}"
    )


def short(text: str) -> str:
    return text if len(text) <= LABEL_WIDTH else text[: LABEL_WIDTH - 1] + "…"


class ContactNode(QGraphicsPathItem):
    """One person: a circle (informal) or a rounded square (professional), name underneath."""

    def __init__(self, contact: NetworkView) -> None:
        super().__init__()
        self.contact = contact
        path = QPainterPath()
        half = NODE_SIZE / 2
        if contact.soort is NetworkKind.INFORMEEL:
            path.addEllipse(QRectF(-half, -half, NODE_SIZE, NODE_SIZE))
        else:
            path.addRoundedRect(QRectF(-half, -half, NODE_SIZE, NODE_SIZE), 5, 5)
        self.setPath(path)
        stroke, fill = STYLE[contact.soort]
        self.setPen(QPen(stroke, 2))
        self.setBrush(QBrush(fill))
        self.setZValue(2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(
            " · ".join(x for x in (contact.naam, contact.relatie, contact.organisatie) if x)
        )
        lines = [(short(contact.naam), 9, True, INK)]
        if contact.relatie:
            lines.append((short(contact.relatie), 8, False, GREY))
        # The name sits on the outer side of the node, away from the household in the middle.
        outward = "left" if contact.soort is NetworkKind.INFORMEEL else "right"
        self.label = MapLabel(lines, outward, self)
        self.label.setPos(-half if outward == "left" else half, 0)

    def set_marked(self, marked: bool) -> None:
        stroke, _fill = STYLE[self.contact.soort]
        self.setPen(QPen(QColor("#f9a825"), 4) if marked else QPen(stroke, 2))


class MapLabel(QGraphicsItem):
    """Lines of text that keep their size however the map is scaled, so names stay readable.

    ``align`` says which side of the anchor the text is on: "left" ends at the anchor, "right"
    starts there, "centre" is centred on it (vertically centred in each case).
    """

    def __init__(
        self,
        lines: Sequence[tuple[str, int, bool, QColor]],  # text, point size, bold, colour
        align: str,
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.lines = [(text, _font(size, bold), colour) for text, size, bold, colour in lines]
        self.align = align
        sizes = [QFontMetricsF(font) for _, font, _ in self.lines]
        self._width = max(
            (m.horizontalAdvance(t) for m, (t, _, _) in zip(sizes, self.lines, strict=True)),
            default=0.0,
        )
        self._heights = [m.height() for m in sizes]
        height = sum(self._heights)
        left = {"left": -self._width - 4, "right": 4.0, "centre": -self._width / 2}[align]
        self._rect = QRectF(left, -height / 2, self._width, height)

    def text(self) -> str:
        return "\n".join(text for text, _, _ in self.lines)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -1, 2, 1)

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        painter.setBrush(QBrush(QColor(255, 255, 255, 215)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(self.boundingRect(), 3, 3)
        y = self._rect.top()
        for (text, font, colour), height in zip(self.lines, self._heights, strict=True):
            painter.setFont(font)
            painter.setPen(colour)
            flags = {
                "left": Qt.AlignmentFlag.AlignRight,
                "right": Qt.AlignmentFlag.AlignLeft,
                "centre": Qt.AlignmentFlag.AlignHCenter,
            }[self.align]
            painter.drawText(QRectF(self._rect.left(), y, self._width, height), int(flags), text)
            y += height


def _font(size: int, bold: bool) -> QFont:
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    return font


INK = QColor("#1a1a1a")
GREY = QColor("#555555")


class NetworkMap(QGraphicsView):
    """Signals:
    add_requested: the ring (1-3) where empty space was clicked, or 2 for Insert.
    edit_requested: a contact id, on a click on a person or Enter.
    moved: (contact id, new ring) after a drag or up/down onto another ring.
    """

    add_requested = Signal(int)
    edit_requested = Signal(str)
    moved = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(SCENE, self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 340)
        self.setAccessibleName(tr("Netwerkkaart"))
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.household = ""
        self.nodes: dict[str, ContactNode] = {}
        self.lines: dict[str, QGraphicsLineItem] = {}
        self.current: str | None = None
        self._pressed: ContactNode | None = None
        self._press_at = QPointF()
        self._grab_offset = QPointF()
        self._dragging = False
        self.show_network("", ())

    # --- drawing ----------------------------------------------------------------------

    def show_network(self, household: str, contacts: Sequence[NetworkView]) -> None:
        self.household = household
        scene = self.scene()
        scene.clear()
        self.nodes.clear()
        self.lines.clear()
        self._pressed = None
        self._draw_rings()
        centre = QGraphicsEllipseItem(
            -CENTRE_RADIUS, -CENTRE_RADIUS, 2 * CENTRE_RADIUS, 2 * CENTRE_RADIUS
        )
        centre.setBrush(QBrush(QColor("#fff3e0")))
        centre.setPen(QPen(QColor("#e65100"), 2))
        centre.setZValue(1)
        scene.addItem(centre)
        name = household or tr("Huishouden")
        first, _, rest = name.partition(" ")  # "Gezin" above "Van den Berg"
        lines = [first, rest] if rest and len(name) > 12 else [name]
        MapLabel([(short(line), 10, True, INK) for line in lines], "centre", centre)
        positions = layout_positions(contacts)
        for contact in contacts:
            node = ContactNode(contact)
            node.setPos(positions[contact.contact_id])
            line = QGraphicsLineItem()
            line.setPen(QPen(QColor("#9e9e9e"), {1: 3.5, 2: 2.0, 3: 1.0}[contact.nabijheid]))
            line.setZValue(0)
            scene.addItem(line)
            scene.addItem(node)
            self.nodes[contact.contact_id] = node
            self.lines[contact.contact_id] = line
            self._connect(contact.contact_id)
        if self.current not in self.nodes:
            self.current = next(iter(self.nodes), None)
        self._mark()
        self.setAccessibleDescription(
            "; ".join(
                f"{c.naam}, {c.relatie}, {tr(RING_TEXT[c.nabijheid])} ({tr(KIND_TEXT[c.soort])})"
                for c in contacts
            )
            or tr("Nog niemand in het netwerk")
        )

    def _draw_rings(self) -> None:
        scene = self.scene()
        pen = QPen(QColor("#c5cdd5"), 1, Qt.PenStyle.DashLine)
        for ring, radius in RING_RADIUS.items():
            scene.addEllipse(-radius, -radius, 2 * radius, 2 * radius, pen).setZValue(-2)
            caption = MapLabel([(tr(RING_TEXT[ring]), 8, False, QColor("#6b7785"))], "centre")
            caption.setPos(0, -radius)
            caption.setZValue(-1)
            scene.addItem(caption)

    def _connect(self, contact_id: str) -> None:
        self.lines[contact_id].setLine(
            0, 0, self.nodes[contact_id].pos().x(), self.nodes[contact_id].pos().y()
        )

    def _mark(self) -> None:
        for contact_id, node in self.nodes.items():
            node.set_marked(self.hasFocus() and contact_id == self.current)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(SCENE, Qt.AspectRatioMode.KeepAspectRatio)

    # --- mouse ------------------------------------------------------------------------

    def node_at(self, view_pos: QPointF) -> ContactNode | None:
        for item in self.items(view_pos.toPoint()):
            while item is not None and not isinstance(item, ContactNode):
                item = item.parentItem()
            if isinstance(item, ContactNode):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus()
        node = self.node_at(event.position())
        self._press_at = event.position()
        self._dragging = False
        self._pressed = node
        if node is not None:
            self._grab_offset = self.mapToScene(event.position().toPoint()) - node.pos()
            self.current = node.contact.contact_id
            self._mark()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        node = self._pressed
        if node is None:
            super().mouseMoveEvent(event)
            return
        travelled = event.position() - self._press_at
        if not self._dragging and math.hypot(travelled.x(), travelled.y()) < DRAG_THRESHOLD:
            return
        self._dragging = True
        node.setCursor(Qt.CursorShape.ClosedHandCursor)
        node.setPos(self.mapToScene(event.position().toPoint()) - self._grab_offset)
        self._connect(node.contact.contact_id)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        node, self._pressed = self._pressed, None
        scene_pos = self.mapToScene(event.position().toPoint())
        if node is None:
            self.add_requested.emit(ring_at(math.hypot(scene_pos.x(), scene_pos.y())))
        elif self._dragging:
            node.setCursor(Qt.CursorShape.OpenHandCursor)
            ring = ring_at(math.hypot(node.pos().x(), node.pos().y()))
            if ring != node.contact.nabijheid:
                self.moved.emit(node.contact.contact_id, ring)
            else:  # dropped on its own ring: back to its place
                self.show_network(self.household, self.contacts())
        else:
            self.edit_requested.emit(node.contact.contact_id)
        self._dragging = False
        event.accept()

    def contacts(self) -> tuple[NetworkView, ...]:
        return tuple(node.contact for node in self.nodes.values())

    # --- keyboard ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ids = list(self.nodes)
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and ids:
            here = ids.index(self.current) if self.current in ids else -1
            step = 1 if key == Qt.Key.Key_Right else -1
            self.current = ids[(here + step) % len(ids)]
            self._mark()
            self.ensureVisible(self.nodes[self.current])
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.current in self.nodes:
            contact = self.nodes[self.current].contact
            ring = contact.nabijheid + (-1 if key == Qt.Key.Key_Up else 1)
            if ring in RING_RADIUS:
                self.moved.emit(contact.contact_id, ring)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current in self.nodes:
            self.edit_requested.emit(self.current)
        elif key == Qt.Key.Key_Insert:
            self.add_requested.emit(2)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._mark()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._mark()
