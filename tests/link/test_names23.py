"""A Dutch «فان دير/دن/دي» opens a name and is not the particle «فإن» (kg.link.retype)."""

from __future__ import annotations

from kg.link.retype import nobiliary_van


def test_van_der_opens_a_name() -> None:
    assert nobiliary_van("فان", ["دير", "سار"])
    assert nobiliary_van("فان", ["دن", "بيرغ", "قال"])


def test_the_particle_stays_a_particle() -> None:
    assert not nobiliary_van("فإن", ["دير", "سار"])  # written with its hamza
    assert not nobiliary_van("فان", ["دير", "الزور"])  # «فإن» + the town Deir ez-Zor
    assert not nobiliary_van("فان", ["جين", "فوندا"])  # no Dutch article after it
    assert not nobiliary_van("فان", ["دير"])
