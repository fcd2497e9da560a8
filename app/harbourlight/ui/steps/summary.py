"""The key messages of a lesson."""

from __future__ import annotations

from harbourlight.core.models import SummaryStep
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import card, text_label


class SummaryWidget(StepWidget):
    def __init__(self, step: SummaryStep, context: StepContext):
        super().__init__(step, context)
        if not step.title:
            self.layout_.addWidget(text_label(self.tr._("What to remember"), "heading"))
        frame, inner = card()
        for point in step.points:
            inner.addWidget(text_label(f"✓  {point}", "storyText"))
        self.layout_.addWidget(frame)
        self.layout_.addStretch(1)
