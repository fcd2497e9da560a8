"""A problem found in a file, located to file:line:column, with what to do about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """A problem found in a file: where, how severe, what is wrong, and a hint for fixing it."""

    file: str
    line: int  # 1-based; 0 when the whole file is meant
    column: int  # 1-based; 0 when unknown
    message: str
    severity: str = ERROR
    hint: str = ""
    code: str = ""  # a stable id for tests and filtering, e.g. "unknown-key"
    # For a problem that exists only from a date on (an overdue review): the first day it applies. A load's result
    # can then be kept across days and filtered by the date it is used on (services/content_cache.py).
    applies_from: dt.date | None = None

    def applies_on(self, day: dt.date) -> bool:
        return self.applies_from is None or self.applies_from <= day

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def location(self) -> str:
        if self.line and self.column:
            return f"{self.file}:{self.line}:{self.column}"
        if self.line:
            return f"{self.file}:{self.line}"
        return self.file

    def format(self) -> str:
        text = f"{self.location()}: {self.severity}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


def overdue_from(review_by: dt.date) -> dt.date:
    """The first day a review due on `review_by` is overdue."""
    return review_by + dt.timedelta(days=1)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def warnings(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.is_error]
