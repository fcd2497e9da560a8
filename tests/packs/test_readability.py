"""Readability figures for lessons: younger bands read more easily than older ones."""

from __future__ import annotations

from statistics import mean

from harbourlight.packs.pack_loader import load_pack
from harbourlight.packs.readability import measure
from repo_paths import DEFAULT_PACK


def test_short_plain_sentences_score_easier_than_long_ones() -> None:
    easy = measure(["Kai is kind. He sends a gift. Then he asks for a secret."])
    hard = measure(["Perpetrators systematically manipulate vulnerable adolescents, exploiting emotional dependency."])
    assert easy.sentences == 3 and easy.words == 13
    assert easy.grade is not None and hard.grade is not None and easy.grade < hard.grade
    assert hard.long_word_share > easy.long_word_share


def test_non_english_text_has_no_english_grade() -> None:
    result = measure(["Kai er snill. Han sender en gave."], "nb")
    assert result.grade is None and result.words == 7


def test_default_pack_youngest_band_reads_most_easily() -> None:
    pack = load_pack(DEFAULT_PACK).pack
    assert pack is not None
    from harbourlight.packs.readability import lesson_readability

    by_band = {b: [lesson_readability(x).words_per_sentence for x in pack.lessons_for_band(b)] for b in pack.age_bands}
    assert mean(by_band["5-7"]) < mean(by_band["14-17"])
    assert max(by_band["5-7"] + by_band["8-10"]) <= 12  # short sentences for 5–10
