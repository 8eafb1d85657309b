#!/usr/bin/env bash
# Refresh the English translation source from the UI's Dutch texts and compile it.
#
#   scripts/update-translations.sh
#
# 1. lupdate reads every tr()/translate() literal under ui/ plus the texts kept in tables
#    (scripts/translation_sources.py) and merges them into resources/translations/casedesk_en.ts:
#    existing translations stay, new texts arrive "unfinished", texts gone from the code go.
# 2. Translate the unfinished entries (Qt Linguist: pyside6-linguist, or edit the XML).
# 3. Run this script again: lrelease compiles the finished entries into casedesk_en.qm
#    (guesses lupdate fills in stay out until someone accepts them), which the app loads when
#    CASEDESK_LANG=en (see docs/decisions/0062-ui-language.md).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
BIN=$(dirname "$PYTHON")
TS=resources/translations/casedesk_en.ts
QM=resources/translations/casedesk_en.qm

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" scripts/translation_sources.py > "$work/data_texts.py"
mapfile -t sources < <(find ui -name '*.py' | LC_ALL=C sort)
"$BIN/pyside6-lupdate" -silent -locations none -no-obsolete -source-language nl \
    -target-language en "${sources[@]}" "$work/data_texts.py" -ts "$TS"
"$BIN/pyside6-lrelease" -silent -nounfinished "$TS" -qm "$QM"
unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
echo "$TS: $(grep -c '<message' "$TS") texts, $unfinished not yet translated; compiled $QM"
