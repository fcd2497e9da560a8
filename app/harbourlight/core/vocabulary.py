"""The controlled vocabularies shared by lessons, helplines and the UI.

Display labels live in the UI (translated at display time); these are the stable ids that files use.
"""

from __future__ import annotations

AGE_BANDS: tuple[str, ...] = ("5-7", "8-10", "11-13", "14-17")

LESSON_TOPICS: tuple[str, ...] = (
    "body-safety",
    "trusted-adults",
    "grooming",
    "nudes-consent",
    "non-consensual-sharing",
    "sextortion",
    "ai-images",
    "live-streaming-gaming",
    "reporting-removal",
    "helping-a-friend",
)

# Topics only helpline entries use; `any` matches every lesson topic.
HELPLINE_ONLY_TOPICS: tuple[str, ...] = (
    "any",
    "abuse",
    "mental-health",
    "trafficking",
    "own-behaviour",
    "missing-children",
)

ALL_TOPICS: tuple[str, ...] = LESSON_TOPICS + HELPLINE_ONLY_TOPICS

# Display order in the directory: most relevant to a child first.
HELPLINE_KINDS: tuple[str, ...] = (
    "child-helpline",
    "reporting-hotline",
    "image-removal",
    "police-emergency",
    "parent-helpline",
    "victim-support",
    "own-behaviour",
)

STEP_KINDS: tuple[str, ...] = (
    "story",
    "choice",
    "quiz",
    "sort",
    "reflect",
    "rehearse",
    "help",
    "summary",
)


def band_for_age(age: int) -> str | None:
    """The age band for an age in years, or None outside 5–17."""
    for band in AGE_BANDS:
        low, high = (int(part) for part in band.split("-"))
        if low <= age <= high:
            return band
    return None
