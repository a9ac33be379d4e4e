"""A given name and an unknown family name between a verb of saying and «أن»/«إن»
(:mod:`kg.ner.speaker_surnames`)."""

from kg.ner.speaker_surnames import speaker_surnames


def _tags(sentence: str, given: int) -> list[str]:
    words = sentence.split()
    tags = ["O"] * len(words)
    tags[given] = "B-PERS"
    return speaker_surnames(words, tags)


def test_family_name_joined_after_verb_and_title() -> None:
    tags = _tags("وقال الأديب سامر قعطبي إن الرواية تغيرت", 2)
    assert tags[2:4] == ["B-PERS", "I-PERS"]


def test_family_name_joined_far_from_verb() -> None:
    tags = _tags("وأكد القنصل الأردني في جدة أيمن مشرفة أن الخدمات مستمرة", 5)
    assert tags[5:7] == ["B-PERS", "I-PERS"]


def test_adverb_or_time_word_is_no_family_name() -> None:
    assert _tags("وقال محمد أمس إن الاجتماع انتهى", 1)[2] == "O"
    assert _tags("وأكد أحمد مجددا أن الموقف ثابت", 1)[2] == "O"
    assert _tags("وقال خالد شخصيا إن القرار نهائي", 1)[2] == "O"


def test_no_complementiser_or_no_verb() -> None:
    assert _tags("وقال الأديب سامر قعطبي في كتابه الأخير", 2)[3] == "O"
    assert _tags("وزار الأديب سامر قعطبي أن", 2)[3] == "O"


def test_common_word_is_no_family_name() -> None:
    assert _tags("وأوضح سامر الطبيب أن المريض تعافى", 1)[2] == "O"
    assert _tags("وأكد علي ضرورة أن يلتزم الجميع", 1)[2] == "O"


def _untagged(sentence: str) -> list[str]:
    words = sentence.split()
    return speaker_surnames(words, ["O"] * len(words))


def test_untagged_name_between_verb_and_title() -> None:
    assert _untagged("ووصفت سلمى قعطبي رئيسة الجمعية الخطة بأنها فاشلة")[1:3] == [
        "B-PERS", "I-PERS"]
    assert _untagged("يقول سامر قعطبي ، الخبير في شؤون النفط ، إن الأسعار سترتفع")[1:3] == [
        "B-PERS", "I-PERS"]


def test_untagged_name_needs_verb_title_and_rare_word() -> None:
    assert _untagged("وزار سامر قعطبي رئيس الجمعية") == ["O"] * 5
    assert _untagged("وقال سامر قعطبي في الجمعية") == ["O"] * 5
    assert _untagged("وقال محمد اليوم ، المتحدث باسم الجيش غائب")[1:3] == ["O", "O"]
    assert _untagged("وقالت أمل كبيرة رئيسة الجمعية")[1:3] == ["O", "O"]
