"""casedesk.labels: every stored code of the domain has its Dutch display text."""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from casedesk import labels
from casedesk.domain import vocabulary
from casedesk.domain.vocabulary import Decision, Law, Regime, Step
from casedesk.labels import LABELS, label, label_of

VOCABULARY = [
    e for _, e in inspect.getmembers(vocabulary, inspect.isclass)
    if issubclass(e, StrEnum) and e.__module__ == vocabulary.__name__
]


@pytest.mark.parametrize("enum", VOCABULARY, ids=lambda e: e.__name__)
def test_every_vocabulary_value_has_a_label(enum: type[StrEnum]) -> None:
    missing = [m for m in enum if m not in LABELS]
    assert not missing
    assert all(LABELS[m].strip() and LABELS[m][0].isupper() for m in enum)


def test_labels_of_one_enum_are_distinct() -> None:
    for enum in labels.LABELLED_ENUMS:
        texts = [LABELS[m] for m in enum]
        assert len(texts) == len(set(texts)), enum.__name__


def test_the_examples_of_the_brief() -> None:
    assert label(Step.VRAAGANALYSE) == "Vraaganalyse"
    assert label(Regime.VEILIG_THUIS) == "Veilig Thuis betrokken"
    assert label(Law.JEUGDWET) == "Jeugdwet"
    assert label(Decision.BIJSTELLEN_RESULTAAT) == "Bijstellen (terug naar resultaat)"


def test_a_stored_code_reads_as_its_label_and_an_unknown_code_as_itself() -> None:
    assert label_of(Step, "middelen") == "Middelen"
    assert label_of(Step, "stap_uit_een_nieuwere_versie") == "stap_uit_een_nieuwere_versie"
