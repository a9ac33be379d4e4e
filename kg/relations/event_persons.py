"""Persons of listed perfect verbs of events that news prose uses and the trigger table lacks.

The trigger lexicon (``kg.relations.lexicon.EVENT_TRIGGERS``) lists the persons of a perfect
verb one by one, and some persons are missing although the news reports the day's events in
them. Each form here is read as its listed base (``kg.relations.event_inflections``), so
every restriction keyed on the base (its complements, its sense checks, its reading as a
verb) applies to it:

- the dual and plural of «اتفق»: «وكان الطرفان قد اتفقا على وقف إطلاق النار», «اتفقوا على
  هدنة» (of one mind, «اتفقا على ضرورة ...», «اتفقوا على أن ...», stays none: the base's
  check in ``kg.relations.event_sense``);
- the feminine and plural of the passive «اغتيل»: «اغتيلت الناشطة فلانة», «اغتيلوا برصاص
  مجهولين».

Left out: «هاجمتا» (on the zip every use was a governor's quote retelling a raid the article
had told already: «حيث حصلت الغارة: إن مروحيتين أمريكيتين هاجمتا حاجزاً», a coreferent
repeat, no new event), «سيطروا» (its subject is mostly the verb's own pronoun, and the name
read for it was wrong: «باقتحام منزل اللواء فلان، وسيطروا على مخزن» gave the victim as the
doer), «أعدمت» (mostly a tally of an authority's executions: «منذ مارس 2006 أعدمت السلطات 12
رجلاً»), «قصفتا», «قتلتا», «فجرتا» (their passive is spelled alike: «المدينتان قصفتا بنحو 160
قذيفة»), «استشهدت» («استشهدت الصحيفة بخبير»: she cited), «قابلا» (mostly the adjective
«قابلاً للتنفيذ»), «زاروا» («المرضى الذين زاروا الطوارئ»), «انسحبوا» (no withdrawal of
troops).
"""

from __future__ import annotations

PERSONS_OF_LISTED = {
    "اتفقا": "اتفق", "اتفقتا": "اتفق", "اتفقوا": "اتفق",
    "اغتيلت": "اغتيل", "اغتيلوا": "اغتيل",
}
"""Each missing person → the listed form it is read as."""
