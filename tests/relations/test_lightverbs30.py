"""Light verbs and their holders, session 30.

- «كما عبر X عن ترحيبه»: the verb «عبر» ("expressed") before its subject is no preposition
  ("via") governing the name after it (``stance_verb_titles.governed_arg``).
- «وعبر بان كي مون عن إدانته»: a word of a name that spells a complementizer («بان»)
  does not cut the stance noun off its light verb (``stance_subjects.light_verb``).
- «وجددت X، على لسان وزير خارجيتها، إدانتها لـ»: «على لسان» and «عبر/إثر/قبيل» open an
  adjunct in commas between the light verb's subject and its noun
  (``stance_clause_skips``).
- «وشددت X في بيان صحفي على رفضها لـ»: a verb of stressing is a light verb whose noun
  follows «على», past an adjunct too (``stance_far_holders``).
- «وأعلنت X شجبها لـ»: «شجبها» after a light verb is the verbal noun with its possessive,
  as «رفضها» is (``lexicon.STANCE``).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

BAN = E("Person", "بان كي مون", ("بان كي مون",))
EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",), "Q458")
UAE = E("Country", "الإمارات العربية المتحدة", ("الإمارات العربية المتحدة", "الإمارات"), "Q878")
HAMAS = E("Organization", "حركة حماس", ("حركة حماس",))
FATAH = E("Organization", "حركة فتح", ("حركة فتح",))
EGYPT_GOV = E("GovernmentBody", "الحكومة المصرية", ("الحكومة المصرية",))
ENTITIES = [BAN, EU, UAE, HAMAS, FATAH, EGYPT_GOV]


def run(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ENTITIES)))


def holders(text: str, kind: str) -> set[str]:
    return {subject for found, subject, _ in run(text) if found == kind}


# --- «عبر» the verb, not the preposition -------------------------------------------------------

@pytest.mark.parametrize("opener", ["كما", "فيما", "وقد", "ثم"])
def test_expressed_after_a_particle_has_its_subject(opener: str) -> None:
    text = f"{opener} عبر الاتحاد الأوروبي عن ترحيبه بالاتفاق بين حركة فتح وحركة حماس."
    assert holders(text, "welcomes") == {"الاتحاد الأوروبي"}


def test_via_a_name_is_no_subject() -> None:
    # «عبر» the preposition: a delegation came via the EU; no one expressed anything
    assert not run("وصل الوفد عبر الاتحاد الأوروبي إلى القاهرة للقاء حركة فتح.")


# --- a name that spells a complementizer ---------------------------------------------------------

@pytest.mark.parametrize("verb", ["وعبر", "وعبّر", "عبر"])
def test_name_spelling_that_keeps_the_light_verb(verb: str) -> None:
    text = f"{verb} بان كي مون عن إدانته للهجوم على حركة فتح."
    assert holders(text, "condemns") == {"بان كي مون"}


def test_a_real_complementizer_still_cuts() -> None:
    # «أكد X بأن ...»: what follows is what X said; the refusal inside is not X's own
    text = "وأكد الاتحاد الأوروبي بأن حركة فتح أعلنت رفضها للقرار."
    assert "الاتحاد الأوروبي" not in holders(text, "rejects")


# --- an adjunct «على لسان» in commas -----------------------------------------------------------

@pytest.mark.parametrize("adjunct", ["على لسان وزير خارجيتها", "عبر بيان رسمي",
                                     "إثر اجتماع مجلس الوزراء"])
def test_adjunct_in_commas_between_subject_and_noun(adjunct: str) -> None:
    text = f"وجددت الإمارات، {adjunct}، إدانتها للهجوم على حركة فتح."
    assert holders(text, "condemns") == {"الإمارات العربية المتحدة"}


def test_tongue_without_commas_still_read() -> None:
    text = "وجددت الإمارات على لسان وزير خارجيتها إدانتها للهجوم على حركة فتح."
    assert holders(text, "condemns") == {"الإمارات العربية المتحدة"}


def test_on_without_tongue_opens_no_adjunct() -> None:
    # «، على الصعيد الدولي، ...»: no «لسان», so the comma-set phrase is not skipped
    text = "وجددت الإمارات، على الرغم من ذلك، إدانتها للهجوم على حركة فتح."
    assert holders(text, "condemns") <= {"الإمارات العربية المتحدة"}


# --- stressing: «شدد على» ----------------------------------------------------------------------

def test_stressing_past_a_statement_adjunct() -> None:
    text = "وشددت حركة حماس في بيان صحفي على رفضها المطلق لقرار الحكومة المصرية."
    assert holders(text, "rejects") == {"حركة حماس"}


def test_stressing_right_before_the_noun() -> None:
    text = "وشدد الاتحاد الأوروبي على دعمه لحركة فتح."
    assert ("supports", "الاتحاد الأوروبي", "حركة فتح") in run(text)


def test_on_after_another_light_verb_is_inside_an_adjunct() -> None:
    # «أعرب X في بيان على ...»: «أعرب» takes «عن», never «على»
    text = "وأعربت حركة حماس في اجتماع على هامش المؤتمر عن رفضها لقرار الحكومة المصرية."
    assert holders(text, "rejects") <= {"حركة حماس"}


def test_tightening_is_no_stance() -> None:
    text = "وشددت الحكومة المصرية الإجراءات الأمنية حول مقر حركة فتح."
    assert not run(text)


# --- «شجبها»: the verbal noun with its possessive --------------------------------------------

def test_condemnation_noun_with_its_possessive() -> None:
    text = "وأعلنت حركة حماس شجبها للهجوم على حركة فتح."
    assert holders(text, "condemns") == {"حركة حماس"}
