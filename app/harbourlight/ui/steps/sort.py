"""Sort statements into groups with buttons: Tab between statements, arrows between groups, Space to place.

No dragging is needed. A group may have no statements at all (some lessons put everything in one group
on purpose), so nothing here assumes every group is used.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton

from harbourlight.core.models import SortStep
from harbourlight.ui.accessibility import announce
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import card, text_label
from harbourlight.ui.wrap_button import WrapButton


class SortWidget(StepWidget):
    def __init__(self, step: SortStep, context: StepContext):
        super().__init__(step, context)
        self.sort = step
        tr = self.tr
        self.layout_.addWidget(text_label(step.prompt, "prompt"))
        self.layout_.addWidget(
            text_label(tr._("For each one, choose where it fits. You can change your mind."), "muted")
        )
        self.placed: dict[int, str] = {}
        self.group_buttons: list[list[QPushButton]] = []
        self.results: list[QLabel] = []
        self.labels = {g.id: g.label for g in step.groups}
        for index, item in enumerate(step.items):
            frame, inner = card()
            inner.addWidget(text_label(item.text, "storyText"))
            row = QHBoxLayout()
            row.setSpacing(10)
            # One exclusive group per statement: arrow keys move between its buttons without choosing.
            choices = QButtonGroup(frame)
            choices.setExclusive(True)
            buttons = []
            for group in step.groups:
                btn = WrapButton(group.label)  # long group names wrap at large text sizes
                btn.setCheckable(True)
                btn.setAccessibleName(tr._("Put “{item}” in {group}").format(item=item.text, group=group.label))
                btn.clicked.connect(lambda _=False, i=index, g=group.id: self.place(i, g))
                choices.addButton(btn)
                row.addWidget(btn)
                buttons.append(btn)
            inner.addLayout(row)
            result = text_label("", "feedback")
            result.setVisible(False)
            inner.addWidget(result)
            self.results.append(result)
            self.group_buttons.append(buttons)
            self.layout_.addWidget(frame)
        self.done = text_label("", "feedback")
        self.done.setVisible(False)
        self.layout_.addWidget(self.done)
        self.layout_.addStretch(1)

    def place(self, item_index: int, group_id: str) -> None:
        tr = self.tr
        self.placed[item_index] = group_id
        item = self.sort.items[item_index]
        for btn, group in zip(self.group_buttons[item_index], self.sort.groups, strict=True):
            btn.setChecked(group.id == group_id)
        fits = self.labels.get(item.group, item.group)
        if group_id == item.group:
            text = tr._("Yes — {group}.").format(group=fits)
        else:
            text = tr._("Lots of people think that. It fits better in: {group}.").format(group=fits)
        if item.explanation:
            text += " " + item.explanation
        self.results[item_index].setText(text)
        self.results[item_index].setVisible(True)
        placed = next(
            b for b, g in zip(self.group_buttons[item_index], self.sort.groups, strict=True) if g.id == group_id
        )
        placed.setAccessibleDescription(text)  # focus stays on the button; the feedback is also announced
        announce(self.results[item_index], focus=False)
        if self.is_ready():
            self.done.setText(tr._("All sorted. Well done for thinking about each one."))
            self.done.setVisible(True)
        self.ready_changed.emit(self.is_ready())

    def is_ready(self) -> bool:
        return len(self.placed) == len(self.sort.items)

    def focus_first(self) -> None:
        if self.group_buttons and self.group_buttons[0]:
            self.group_buttons[0][0].setFocus()
