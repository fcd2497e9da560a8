"""One widget per step kind; `widget_for_step` picks it.

Each kind's module is imported when a step of that kind is first shown, not at start-up: together they (and the
Qt classes they use) took ~20 ms of every start. The bundle still has them all: installer/harbourlight.spec collects
every harbourlight submodule.
"""

from __future__ import annotations

from importlib import import_module

from harbourlight.core.models import Step
from harbourlight.ui.steps.base import StepContext, StepWidget

# step kind -> (module in this package, widget class)
WIDGETS = {
    "story": ("story", "StoryWidget"),
    "choice": ("choice", "ChoiceWidget"),
    "quiz": ("quiz", "QuizWidget"),
    "sort": ("sort", "SortWidget"),
    "reflect": ("reflect", "ReflectWidget"),
    "rehearse": ("rehearse", "RehearseWidget"),
    "help": ("help", "HelpWidget"),
    "summary": ("summary", "SummaryWidget"),
}


def widget_class(kind: str) -> type[StepWidget]:
    """The widget class for a step kind (KeyError for an unknown kind)."""
    module, name = WIDGETS[kind]
    widget: type[StepWidget] = getattr(import_module(f"{__name__}.{module}"), name)
    return widget


def widget_for_step(step: Step, context: StepContext) -> StepWidget:
    return widget_class(step.kind)(step, context)


__all__ = ["StepContext", "StepWidget", "widget_class", "widget_for_step"]
