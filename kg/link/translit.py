"""Transliteration of Arabic names (camel-tools' Habash-Soudi-Buckwalter scheme)."""

from __future__ import annotations

from functools import lru_cache

from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar


@lru_cache(maxsize=1)
def _mapper() -> CharMapper:
    return CharMapper.builtin_mapper("ar2hsb")


@lru_cache(maxsize=65536)
def transliterate(name: str) -> str:
    """«واشنطن» → ``wAšnṭn``: one letter for one letter, reversible, no diacritics."""
    return str(_mapper().map_string(dediac_ar(name).replace("\u0640", ""))).strip()
