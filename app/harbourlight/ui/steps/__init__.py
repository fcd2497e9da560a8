"""One widget per step kind; `widget_for_step` picks it.

Each kind's module is imported when a step of that kind is first shown, not at start-up: together they (and the
Qt classes they use) took ~20 ms of every start. The imports are written out so that bundlers still find them.
"""

from __future__ import annotations

from harbourlight.core.models import Step
from harbourlight.ui.steps.base import StepContext, StepWidget


def widget_class(kind: str) -> type[StepWidget]:
    """The widget class for a step kind (KeyError for an unknown kind)."""
    if kind == "story":
        from harbourlight.ui.steps.story import StoryWidget

        return StoryWidget
    if kind == "choice":
        from harbourlight.ui.steps.choice import ChoiceWidget

        return ChoiceWidget
    if kind == "quiz":
        from harbourlight.ui.steps.quiz import QuizWidget

        return QuizWidget
    if kind == "sort":
        from harbourlight.ui.steps.sort import SortWidget

        return SortWidget
    if kind == "reflect":
        from harbourlight.ui.steps.reflect import ReflectWidget

        return ReflectWidget
    if kind == "rehearse":
        from harbourlight.ui.steps.rehearse import RehearseWidget

        return RehearseWidget
    if kind == "help":
        from harbourlight.ui.steps.help import HelpWidget

        return HelpWidget
    if kind == "summary":
        from harbourlight.ui.steps.summary import SummaryWidget

        return SummaryWidget
    raise KeyError(kind)


def widget_for_step(step: Step, context: StepContext) -> StepWidget:
    return widget_class(step.kind)(step, context)


__all__ = ["StepContext", "StepWidget", "widget_class", "widget_for_step"]
