"""Fill entries of the English .ts file from a JSON object {context: {source: text}}.

    .venv/bin/python scripts/fill_translations.py FILE.json

For translating in bulk without Qt Linguist; run scripts/update-translations.sh afterwards to
compile. Entries not in the file stay unfinished; a source not in the .ts is reported. A numerus
entry (a text with %n) takes a list ["one form", "other form"].
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "casedesk_en.ts"


def main(path: str) -> int:
    text = Path(path).read_text(encoding="utf-8")
    wanted: dict[str, dict[str, str | list[str]]] = json.loads(text)
    tree = ET.parse(TS)
    filled, unknown = 0, []
    for context in tree.getroot().iter("context"):
        texts = wanted.get(context.findtext("name") or "", {})
        seen = set()
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in texts:
                continue
            seen.add(source)
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                # English has two forms (one, other): give a list, or one text for both.
                value = texts[source]
                forms = value if isinstance(value, list) else [value, value]
                for form in list(translation):
                    translation.remove(form)
                for text in forms:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = str(texts[source])
            translation.attrib.pop("type", None)
            filled += 1
        unknown += [f"{context.findtext('name')}: {s}" for s in texts if s not in seen]
    for name, texts in wanted.items():
        if not any(c.findtext("name") == name for c in tree.getroot().iter("context")):
            unknown += [f"{name}: {s}" for s in texts]
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{filled} translations filled")
    for line in unknown:
        print(f"not in the .ts file: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
