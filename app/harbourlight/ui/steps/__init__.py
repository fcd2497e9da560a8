"""One widget per step kind; `widget_for_step` picks it."""

from __future__ import annotations

from harbourlight.core.models import Step
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.steps.choice import ChoiceWidget
from harbourlight.ui.steps.help import HelpWidget
from harbourlight.ui.steps.quiz import QuizWidget
from harbourlight.ui.steps.reflect import ReflectWidget
from harbourlight.ui.steps.rehearse import RehearseWidget
from harbourlight.ui.steps.sort import SortWidget
from harbourlight.ui.steps.story import StoryWidget
from harbourlight.ui.steps.summary import SummaryWidget

WIDGETS: dict[str, type[StepWidget]] = {
    "story": StoryWidget,
    "choice": ChoiceWidget,
    "quiz": QuizWidget,
    "sort": SortWidget,
    "reflect": ReflectWidget,
    "rehearse": RehearseWidget,
    "help": HelpWidget,
    "summary": SummaryWidget,
}


def widget_for_step(step: Step, context: StepContext) -> StepWidget:
    return WIDGETS[step.kind](step, context)


__all__ = ["StepContext", "StepWidget", "widget_for_step"]
