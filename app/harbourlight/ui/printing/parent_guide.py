"""The printed parent guide for one topic: the same content as parent mode."""

from __future__ import annotations

from harbourlight.core.directory import HelpSelection
from harbourlight.core.guides import TopicGuide
from harbourlight.core.models import CountryDirectory
from harbourlight.i18n import Translator
from harbourlight.ui.adult_guidance import PARENT_RESPONSE, translated
from harbourlight.ui.labels import band_label, topic_label
from harbourlight.ui.printing.document import Printout
from harbourlight.ui.printing.handout import add_helplines


def parent_guide(
    guide: TopicGuide, tr: Translator, selection: HelpSelection, directory: CountryDirectory | None
) -> Printout:
    doc = Printout(
        tr._("A guide for parents and carers: {topic}").format(topic=topic_label(tr, guide.topic)), tr.language
    )
    for page in guide.pages:
        doc.heading(page.title)
        doc.paragraph(page.body)
    for band in guide.bands:
        doc.heading(tr._("What children are taught: {band}").format(band=band_label(tr, band.band)))
        for note in band.lessons:
            doc.subheading(note.lesson.title)
            if note.lesson.with_adult:
                doc.note(tr._("Best with a trusted adult or teacher."))
            doc.paragraph(note.taught)
        if band.conversation_starters:
            doc.subheading(tr._("Conversation starters"))
            doc.bullets(band.conversation_starters)
    if guide.signs:
        doc.heading(tr._("Warning signs"))
        doc.bullets(guide.signs)
    doc.heading(tr._("If a child tells you"))
    doc.bullets(translated(tr, PARENT_RESPONSE))
    if guide.what_to_do:
        doc.heading(tr._("What to do now"))
        for text in guide.what_to_do:
            doc.paragraph(text)
    add_helplines(doc, tr, selection, directory)
    return doc
