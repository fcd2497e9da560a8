"""Who can help: trusted adults, then the directory for the learner's country, filtered by topic."""

from __future__ import annotations

from harbourlight.core.models import HelpStep
from harbourlight.ui.help_panel import HelpContent
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import text_label


class HelpWidget(StepWidget):
    def __init__(self, step: HelpStep, context: StepContext):
        super().__init__(step, context)
        if not step.title:
            self.layout_.addWidget(text_label(self.tr._("Who can help"), "heading"))
        # No card before the first paint: the intro, trusted adults and emergency number fill the first screen.
        self.panel = HelpContent(self.tr, context.today, first_cards=0)
        selection, directory = context.help_for(step.topics)
        self.panel.show_selection(selection, directory, step.trusted_adults, step.text)
        self.layout_.addWidget(self.panel, 1)
