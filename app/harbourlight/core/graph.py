"""Walking a lesson's step graph: pure functions over a Lesson."""

from __future__ import annotations

from harbourlight.core.models import ChoiceStep, Lesson, Step


def steps_by_id(lesson: Lesson) -> dict[str, Step]:
    return {step.id: step for step in lesson.steps}


def first_step_id(lesson: Lesson) -> str | None:
    if lesson.start:
        return lesson.start
    return lesson.steps[0].id if lesson.steps else None


def _following_id(lesson: Lesson, step_id: str) -> str | None:
    ids = [step.id for step in lesson.steps]
    position = ids.index(step_id)
    return ids[position + 1] if position + 1 < len(ids) else None


def successors(lesson: Lesson, step: Step) -> tuple[str, ...]:
    """Step ids a step can lead to; empty when the lesson ends there."""
    if isinstance(step, ChoiceStep):
        return tuple(dict.fromkeys(option.next for option in step.options))
    if step.end:
        return ()
    if step.next:
        return (step.next,)
    following = _following_id(lesson, step.id)
    return (following,) if following else ()


def next_step_id(lesson: Lesson, step_id: str, option_index: int | None = None) -> str | None:
    """Where the lesson goes after `step_id`; for a choice, after the chosen option."""
    step = steps_by_id(lesson)[step_id]
    if isinstance(step, ChoiceStep):
        if option_index is None:
            raise ValueError(f"step {step_id!r} is a choice: an option must be chosen")
        return step.options[option_index].next
    found = successors(lesson, step)
    return found[0] if found else None


def reachable_ids(lesson: Lesson) -> set[str]:
    by_id = steps_by_id(lesson)
    start = first_step_id(lesson)
    seen: set[str] = set()
    todo = [start] if start in by_id else []
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(n for n in successors(lesson, by_id[current]) if n in by_id)
    return seen


def ids_that_cannot_finish(lesson: Lesson) -> set[str]:
    """Reachable steps from which no path leads to an end (a loop with no way out)."""
    by_id = steps_by_id(lesson)
    reachable = reachable_ids(lesson)
    can_finish = {sid for sid in reachable if not successors(lesson, by_id[sid])}
    changed = True
    while changed:
        changed = False
        for sid in reachable - can_finish:
            if any(n in can_finish for n in successors(lesson, by_id[sid])):
                can_finish.add(sid)
                changed = True
    return reachable - can_finish


def ending_steps(lesson: Lesson) -> list[Step]:
    """Reachable steps where the lesson ends."""
    by_id = steps_by_id(lesson)
    return [by_id[sid] for sid in reachable_ids(lesson) if not successors(lesson, by_id[sid])]


def longest_path_length(lesson: Lesson) -> int:
    """Number of steps on the longest loop-free path, for a position indicator."""
    by_id = steps_by_id(lesson)
    memo: dict[str, int] = {}

    def depth(sid: str, trail: frozenset[str]) -> int:
        if sid in memo:
            return memo[sid]
        nexts = [n for n in successors(lesson, by_id[sid]) if n in by_id and n not in trail]
        result = 1 + max((depth(n, trail | {n}) for n in nexts), default=0)
        memo[sid] = result
        return result

    start = first_step_id(lesson)
    return depth(start, frozenset({start})) if start in by_id else 0
