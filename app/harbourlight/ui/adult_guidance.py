"""Fixed guidance for teachers and parents, shared by the presenter console, parent mode and the printables.

Marked with N_ and translated at display time, like every other constant string.
"""

from __future__ import annotations

from harbourlight.i18n import N_, Translator

# What any adult should do when a child discloses abuse; each lesson adds its own specific guidance.
DISCLOSURE_STEPS: tuple[str, ...] = (
    N_("Stay calm and listen. Let them speak in their own words."),
    N_("Believe them, and say so: “Thank you for telling me. It is not your fault.”"),
    N_("Don't promise to keep it secret. Explain that you will tell someone who can help."),
    N_("Don't question in detail, and never ask to see, copy or forward pictures."),
    N_("Write down what they said, in their words, as soon as you can."),
    N_("Follow your school's safeguarding procedure straight away and tell the designated safeguarding lead."),
    N_("If a child is in danger now, or may hurt themselves, stay with them and get urgent help."),
)

# How a parent or carer should respond if a child tells them something happened.
PARENT_RESPONSE: tuple[str, ...] = (
    N_("Stay calm. Your reaction decides whether they tell you again."),
    N_("Believe them, and thank them for telling you."),
    N_("Don't blame them, even if they broke a rule or sent a picture. The person who pressured them is responsible."),
    N_("Don't take their phone away as a punishment; it teaches them not to tell."),
    N_("Keep the messages and account details, but don't save, copy or forward any pictures."),
    N_("Get help: report it, and call one of the services below. You don't have to handle this alone."),
)

STEP_KIND_LABELS: dict[str, str] = {
    "story": N_("Story"),
    "choice": N_("Class choice"),
    "quiz": N_("Quiz"),
    "sort": N_("Sorting activity"),
    "reflect": N_("Discussion"),
    "rehearse": N_("Practice"),
    "help": N_("Who can help"),
    "summary": N_("Key messages"),
}


def translated(tr: Translator, items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(tr._(item) for item in items)


def step_kind_label(tr: Translator, kind: str) -> str:
    return tr._(STEP_KIND_LABELS[kind]) if kind in STEP_KIND_LABELS else kind
