"""Write ``kg/resources/ner/usage.tsv``: how words are used in general Arabic text,
the word-usage hints of the bundled NER model.

    pip install -e '.[train]'
    python scripts/build_word_usage.py

Arabic has no capital letters, but names behave differently from other words
in running text: a common noun or adjective takes the article («قرار»,
«القرار») and possessive suffixes («قرارها»); a name mostly does neither
(«أوباما», never «الأوباما» or «أوباماها»), and names are rarer. This script
measures that on the Arabic word frequencies of ``wordfreq`` (Robyn Speer,
Apache-2.0 code, CC BY-SA 4.0 data, drawn from Wikipedia, subtitles, news,
books and social media; installed by the ``train`` extra, nothing is
downloaded). Each normalised, clitic-stripped stem (as the tagger reads it)
whose forms add up to at least ``MIN_FREQUENCY`` gets three buckets:

- ``frequency``: the order of magnitude of its forms' summed frequency
  (``3`` for 1e-3 and above ... ``7`` for 1e-7);
- ``article``: the share of that frequency written with the article «ال»,
  bucketed at 1 %, 5 %, 20 % and 50 % (``0``-``4``);
- ``suffixes``: the frequency of the stem with a possessive suffix («ها»,
  «هم», «هما», «كم», «نا»; «ه» is left out, it is also a normalised «ة»)
  against the stem's own, bucketed at 0, 1 % and 5 % (``0``-``3``).

Stems below the floor, and words that are not Arabic letters, are absent from
the file; the tagger reads them as rare.
"""

from __future__ import annotations

import argparse
import math
import re
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

from kg.ner.features import strip_clitics
from kg.text.normalize import normalize_key

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "resources" / "ner" / "usage.tsv"

ARABIC = re.compile(r"[\u0621-\u064a]+")
MIN_FREQUENCY = 1e-7
SUFFIXES = ("هما", "هم", "ها", "كم", "نا")
ARTICLE_STEPS = (0.01, 0.05, 0.2, 0.5)
SUFFIX_STEPS = (0.01, 0.05)


def bucket(value: float, steps: tuple[float, ...]) -> str:
    """The number of steps that ``value`` reaches, as a digit."""
    return str(sum(value >= step for step in steps))


Frequencies = defaultdict[str, float]


def stem_frequencies(frequencies: dict[str, float]) -> tuple[Frequencies, Frequencies]:
    """Summed frequency of each clitic-stripped stem, and the part of it with «ال»."""
    total: Frequencies = defaultdict(float)
    definite: Frequencies = defaultdict(float)
    for word, frequency in frequencies.items():
        key = normalize_key(word)
        if not key:
            continue
        prefix, stem = strip_clitics(key)
        total[stem] += frequency
        if prefix.endswith("ال"):
            definite[stem] += frequency
    return total, definite


def suffixed_frequencies(total: Frequencies) -> Frequencies:
    """For each stem, the frequency of its forms with a possessive suffix."""
    suffixed: Frequencies = defaultdict(float)
    for stem, frequency in total.items():
        for suffix in SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                base = stem[: -len(suffix)]
                suffixed[base] += frequency
                if base.endswith("ت"):  # «سياستها» is «سياسة» + «ها»
                    suffixed[base[:-1] + "ه"] += frequency
                break
    return suffixed


def usage_rows(frequencies: dict[str, float]) -> list[tuple[str, str, str, str]]:
    total, definite = stem_frequencies(frequencies)
    suffixed = suffixed_frequencies(total)
    rows = []
    for stem, frequency in sorted(total.items()):
        if frequency < MIN_FREQUENCY or not ARABIC.fullmatch(stem):
            continue
        magnitude = str(min(7, max(3, -math.floor(math.log10(frequency)))))
        article = bucket(definite[stem] / frequency, ARTICLE_STEPS)
        share = suffixed[stem] / frequency
        suffixes = str(1 + int(bucket(share, SUFFIX_STEPS))) if share else "0"
        rows.append((stem, magnitude, article, suffixes))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    try:
        import wordfreq  # the train extra; usage_rows itself needs nothing installed
    except ImportError:
        raise SystemExit("wordfreq is not installed: pip install -e '.[train]'") from None
    rows = usage_rows(wordfreq.get_frequency_dict("ar", "large"))
    lines = [
        "# Word usage in general Arabic text (stem, frequency, article, suffixes),",
        f"# written by scripts/build_word_usage.py from wordfreq {version('wordfreq')}",
        "# (Robyn Speer; data CC BY-SA 4.0).",
        *("\t".join(row) for row in rows),
    ]
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {args.out}: {len(rows)} stems")


if __name__ == "__main__":
    main()
