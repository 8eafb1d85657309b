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
    missing = [m for m in enum if (enum, m.value) not in LABELS]
    assert not missing
    assert all(label(m).strip() and label(m)[0].isupper() for m in enum)


def test_labels_of_one_enum_are_distinct() -> None:
    for enum in labels.LABELLED_ENUMS:
        texts = [label(m) for m in enum]
        assert len(texts) == len(set(texts)), enum.__name__


def test_the_examples_of_the_brief() -> None:
    assert label(Step.VRAAGANALYSE) == "Vraaganalyse"
    assert label(Regime.VEILIG_THUIS) == "Veilig Thuis betrokken"
    assert label(Law.JEUGDWET) == "Jeugdwet"
    assert label(Decision.BIJSTELLEN_RESULTAAT) == "Bijstellen (terug naar resultaat)"


def test_a_stored_code_reads_as_its_label_and_an_unknown_code_as_itself() -> None:
    assert label_of(Step, "middelen") == "Middelen"
    assert label_of(Step, "stap_uit_een_nieuwere_versie") == "stap_uit_een_nieuwere_versie"


def test_enums_sharing_a_stored_value_keep_their_own_labels() -> None:
    shared = {}
    for enum in labels.LABELLED_ENUMS:
        for member in enum:
            shared.setdefault(member.value, []).append(member)
    collisions = [members for members in shared.values() if len(members) > 1]
    assert collisions, "the vocabulary has values shared between enums; this test guards them"
    for members in collisions:
        for member in members:
            assert label(member) == LABELS[type(member), member.value]
