"""A name joined to the one before it by «و» takes no title from before the «و».

News lists the people present, each with the title after his name: «وحضر اللقاء اللواء خالد
العنزي مدير شرطة المنطقة وسعد الدوسري رئيس البلدية». The title between the two names is the
first man's (in apposition after his name); the «و» glued to the second name coordinates it
with the first, so nothing before the «و» can be the second man's preposed title. Read back
from «وسعد», the words «مدير شرطة المنطقة» looked like a preposed title and gave the second man
the first man's office. :func:`conjoined_name` says when the clitic glued before a person's
name is «و» (the word is «وسعد», the name «سعد»); a title that carries the «و» itself
(«ووزير الخارجية سعد») is untouched, and so is a name that begins with the letter («وليد»,
«وائل»), which the linker reads with no clitic.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction

__all__ = ["conjoined_name"]


def conjoined_name(context: Extraction, mention: Mention) -> bool:
    """Whether a «و» is glued before the person's name: «وسعد الدوسري»."""
    return context.attached_prefix(mention).startswith("و")
