"""Sort statements into groups with buttons (keyboard-friendly; no dragging needed)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from harbourlight.core.models import SortStep
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import button, card, text_label


class SortWidget(StepWidget):
    def __init__(self, step: SortStep, context: StepContext):
        super().__init__(step, context)
        self.sort = step
        self.layout_.addWidget(text_label(step.prompt, "prompt"))
        self.placed: dict[int, str] = {}
        self.group_buttons: list[list[QPushButton]] = []
        self.results: list[QLabel] = []
        labels = {g.id: g.label for g in step.groups}
        self.labels = labels
        for index, item in enumerate(step.items):
            frame, inner = card()
            inner.addWidget(text_label(item.text, "storyText"))
            row = QHBoxLayout()
            buttons = []
            for group in step.groups:
                btn = button(group.label.replace("&", "&&"), "option")
                btn.setCheckable(True)
                btn.setAccessibleName(self.tr._("Put “{item}” in {group}").format(item=item.text, group=group.label))
                btn.clicked.connect(lambda _=False, i=index, g=group.id: self.place(i, g))
                row.addWidget(btn)
                buttons.append(btn)
            inner.addLayout(row)
            result = text_label("", "feedback")
            result.setVisible(False)
            inner.addWidget(result)
            self.results.append(result)
            self.group_buttons.append(buttons)
            self.layout_.addWidget(frame)
        self.layout_.addStretch(1)

    def place(self, item_index: int, group_id: str) -> None:
        self.placed[item_index] = group_id
        item = self.sort.items[item_index]
        for btn, group in zip(self.group_buttons[item_index], self.sort.groups, strict=True):
            btn.setChecked(group.id == group_id)
        if group_id == item.group:
            text = self.tr._("Yes — {group}.").format(group=self.labels[item.group])
        else:
            text = self.tr._("Many people think that. It fits better in: {group}.").format(
                group=self.labels[item.group]
            )
        if item.explanation:
            text += " " + item.explanation
        self.results[item_index].setText(text)
        self.results[item_index].setVisible(True)
        self.ready_changed.emit(self.is_ready())

    def is_ready(self) -> bool:
        return len(self.placed) == len(self.sort.items)

    def focus_first(self) -> None:
        if self.group_buttons and self.group_buttons[0]:
            self.group_buttons[0][0].setFocus()
