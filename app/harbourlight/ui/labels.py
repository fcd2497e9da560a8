"""Display names for the vocabularies, marked for translation and translated at display time."""

from __future__ import annotations

from harbourlight.i18n import N_, Translator

BAND_LABELS = {
    "5-7": N_("Ages 5–7"),
    "8-10": N_("Ages 8–10"),
    "11-13": N_("Ages 11–13"),
    "14-17": N_("Ages 14–17"),
}

TOPIC_LABELS = {
    "body-safety": N_("My body, good and bad secrets"),
    "trusted-adults": N_("Trusted adults"),
    "grooming": N_("When someone tricks you"),
    "nudes-consent": N_("Nudes, pressure and consent"),
    "non-consensual-sharing": N_("Pictures shared without asking"),
    "sextortion": N_("Threats and blackmail"),
    "ai-images": N_("AI fakes and edited pictures"),
    "live-streaming-gaming": N_("Games, streams and chat"),
    "reporting-removal": N_("Reporting and getting pictures removed"),
    "helping-a-friend": N_("Helping a friend"),
}

KIND_LABELS = {
    "child-helpline": N_("Helpline for children and young people"),
    "reporting-hotline": N_("Report abuse images or grooming"),
    "image-removal": N_("Get pictures taken down"),
    "police-emergency": N_("Police"),
    "parent-helpline": N_("Help for parents and carers"),
    "victim-support": N_("Support after abuse"),
    "own-behaviour": N_("Help with worrying thoughts or behaviour"),
}


def band_label(tr: Translator, band: str) -> str:
    return tr._(BAND_LABELS[band]) if band in BAND_LABELS else band


def topic_label(tr: Translator, topic: str) -> str:
    return tr._(TOPIC_LABELS[topic]) if topic in TOPIC_LABELS else topic


def kind_label(tr: Translator, kind: str) -> str:
    return tr._(KIND_LABELS[kind]) if kind in KIND_LABELS else kind
