"""Print the UI's texts that live in data tables as a Python file lupdate can read.

lupdate finds literal ``tr("…")`` calls; texts kept in dicts and tuples (enum labels from the
core, error messages, column headers, filter names) are translated at run time in a known
context but never appear as literals inside a call. This script lists them as
``QT_TRANSLATE_NOOP(context, text)`` so they land in the .ts file too. Used by
``scripts/update-translations.sh``; add a table here when a screen keeps its texts in one.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# (module, attribute, context the UI translates it in)
TABLES = (
    ("casedesk.labels", "LABELS", "labels"),
    ("ui.errors", "KNOWN_MESSAGES", "errors"),
    ("ui.errors", "VALIDATION_MESSAGES", "errors"),
    ("ui.models.case_table", "HEADERS", "CaseTableModel"),
    ("ui.views.case_list", "FILTERS", "CaseListView"),
    ("ui.views.case_detail", "REMINDERS", "CaseDetailView"),
    ("ui.views.case_detail", "HISTORY_KINDS", "CaseDetailView"),
    ("ui.views.tables.texts", "FIELD_MESSAGES", "tables"),
    ("ui.views.tables.texts", "RULE_MESSAGES", "tables"),
    ("ui.views.tables.texts", "CONFIG_FIELDS", "tables"),
    ("ui.views.tables.texts", "WEEKDAYS", "tables"),
    ("ui.views.tables.texts", "MONTHS", "tables"),
    ("ui.views.tables.inbox", "FILTERS", "tables"),
    ("ui.views.tables.submit", "SECTIONS", "tables"),
    ("ui.views.casus.step_vraaganalyse", "WordsBox.FIELDS", "casus"),
    ("ui.views.tables.models", "INBOX_COLUMNS", "tables"),
    ("ui.views.tables.models", "MINE_COLUMNS", "tables"),
    ("ui.views.tables.models", "ZITTING_COLUMNS", "tables"),
    ("ui.views.transition18.theme_editor", "THEME_HINTS", "transition18"),
)


def texts(value: Any) -> Iterable[str]:
    """Every string in a dict's values or a sequence's items (pairs keep their text part)."""
    items = value.values() if isinstance(value, dict) else value
    for item in items:
        if isinstance(item, str):
            yield item
        elif isinstance(getattr(item, "header", None), str):  # a table model's Column
            yield item.header
        elif isinstance(item, tuple):
            # Pairs hold a code (an enum member or a lower-case key) and the text shown.
            yield from (
                part
                for part in item
                if isinstance(part, str)
                and not isinstance(part, Enum)
                and not (part.isidentifier() and part.islower())
            )


def _translated_name(call: ast.Call) -> str | None:
    """The variable a ``tr(name)``/``self.tr(name)`` call translates, if it is one."""
    func = call.func
    is_tr = (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr"
    )
    if is_tr and len(call.args) == 1 and isinstance(call.args[0], ast.Name):
        return call.args[0].id
    return None


def _is_tr_literal(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call) or len(node.args) != 1:
        return False
    func, arg = node.func, node.args[0]
    named = (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr"
    )
    return named and isinstance(arg, ast.Constant) and isinstance(arg.value, str)


def _looped(
    target: ast.expr, iterable: ast.Tuple | ast.List, body: ast.AST, context: str
) -> Iterator[tuple[str, str]]:
    names = (
        [target]
        if isinstance(target, ast.Name)
        else (list(target.elts) if isinstance(target, ast.Tuple) else [])
    )
    targets = [n.id if isinstance(n, ast.Name) else None for n in names]
    for inner in ast.walk(body):
        name = _translated_name(inner) if isinstance(inner, ast.Call) else None
        if name is None or name not in targets:
            continue
        where = context if isinstance(inner.func, ast.Attribute) else ""  # type: ignore[attr-defined]
        position = targets.index(name)
        for item in iterable.elts:
            if isinstance(target, ast.Tuple) and isinstance(item, ast.Tuple):
                item = item.elts[position] if position < len(item.elts) else item
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                yield where, item.value


def loop_texts(tree: ast.AST, context: str = "") -> Iterator[tuple[str, str]]:
    """(context, text) for literals in a loop like ``for widget, title in ((w, "Inbox"), …):
    … tr(title)``: lupdate sees only ``tr(title)``. ``self.tr`` translates in the enclosing
    class; a bare ``tr`` in the empty context (module wrappers fall back to it)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.ClassDef):
            yield from loop_texts(node, node.name)
            continue
        loops: list[tuple[ast.expr, ast.expr, ast.AST]] = []
        if isinstance(node, ast.For):
            loops.append((node.target, node.iter, node))
        elif isinstance(node, ast.ListComp | ast.GeneratorExp | ast.SetComp):
            loops += [(g.target, g.iter, node.elt) for g in node.generators]
        if isinstance(node, ast.JoinedStr):
            # lupdate does not look inside f-strings: tr("…") there is ours to list.
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _is_tr_literal(inner):
                    text = inner.args[0]
                    assert isinstance(text, ast.Constant) and isinstance(text.value, str)
                    yield (context if isinstance(inner.func, ast.Attribute) else ""), text.value
            continue
        for target, iterable, body in loops:
            if isinstance(iterable, ast.Tuple | ast.List):
                yield from _looped(target, iterable, body, context)
        yield from loop_texts(node, context)


def main() -> int:
    print("# Generated by scripts/translation_sources.py for lupdate; not imported by anything.")
    print("from PySide6.QtCore import QT_TRANSLATE_NOOP")
    for module_name, attribute, context in TABLES:
        module = importlib.import_module(module_name)
        table: Any = module
        for part in attribute.split("."):
            table = getattr(table, part, None)
        if table is None:
            print(f"{module_name}.{attribute} is gone: update TABLES", file=sys.stderr)
            return 1
        for text in dict.fromkeys(texts(table)):
            quoted = json.dumps(text, ensure_ascii=False)
            print(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {quoted})")
    root = Path(__file__).resolve().parents[1]
    for path in sorted((root / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for context, text in dict.fromkeys(loop_texts(tree)):
            quoted = json.dumps(text, ensure_ascii=False)
            print(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {quoted})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
