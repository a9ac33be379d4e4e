"""The Arabic text layer: normalised views with offset maps, sentences, tokens."""

from kg.text.normalize import NormalizedView, normalize, normalize_key

__all__ = ["NormalizedView", "normalize", "normalize_key"]
