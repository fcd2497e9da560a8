"""Turning checked YAML data into the frozen core models."""

from __future__ import annotations

import datetime as dt
from typing import Any

from harbourlight.core import models as m


def _t(values: Any) -> tuple[Any, ...]:
    return tuple(values or ())


def as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _common(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": data["id"],
        "kind": data["kind"],
        "title": data.get("title", ""),
        "next": data.get("next"),
        "end": bool(data.get("end", False)),
        "soften": data.get("soften", ""),
        "read_aloud": data.get("read_aloud", ""),
    }


def _panel(data: dict[str, Any]) -> m.StoryPanel:
    chat = tuple(
        m.ChatMessage(sender=c["from"], text=c["text"], me=bool(c.get("me", False))) for c in data.get("chat", ())
    )
    return m.StoryPanel(
        text=data.get("text", ""),
        speaker=data.get("speaker", ""),
        picture=data.get("picture", ""),
        alt=data.get("alt", ""),
        chat=chat,
        caption=data.get("caption", ""),
    )


def build_step(data: dict[str, Any]) -> m.Step:
    kind = data["kind"]
    common = _common(data)
    if kind == "story":
        return m.StoryStep(**common, panels=tuple(_panel(p) for p in data["panels"]))
    if kind == "choice":
        options = tuple(m.ChoiceOption(text=o["text"], feedback=o["feedback"], next=o["next"]) for o in data["options"])
        return m.ChoiceStep(**common, prompt=data["prompt"], options=options)
    if kind == "quiz":
        quiz_options = tuple(
            m.QuizOption(text=o["text"], correct=bool(o["correct"]), explanation=o["explanation"])
            for o in data["options"]
        )
        return m.QuizStep(
            **common, question=data["question"], multiple=bool(data.get("multiple", False)), options=quiz_options
        )
    if kind == "sort":
        return m.SortStep(
            **common,
            prompt=data["prompt"],
            groups=tuple(m.SortGroup(id=g["id"], label=g["label"]) for g in data["groups"]),
            items=tuple(
                m.SortItem(text=i["text"], group=i["group"], explanation=i.get("explanation", ""))
                for i in data["items"]
            ),
        )
    if kind == "reflect":
        return m.ReflectStep(**common, prompt=data["prompt"], hints=_t(data.get("hints")))
    if kind == "rehearse":
        return m.RehearseStep(
            **common,
            route=data["route"],
            intro=data.get("intro", ""),
            screens=tuple(
                m.RehearseScreen(title=s["title"], text=s["text"], action=s["action"]) for s in data["screens"]
            ),
        )
    if kind == "help":
        return m.HelpStep(
            **common,
            text=data.get("text", ""),
            topics=_t(data.get("topics")),
            trusted_adults=_t(data.get("trusted_adults")),
        )
    if kind == "summary":
        return m.SummaryStep(**common, points=_t(data.get("points")))
    raise ValueError(f"unknown step kind {kind!r}")


def _source_ref(data: dict[str, Any], pack_sources: dict[str, m.PackSource]) -> m.SourceRef:
    if "source" in data and data["source"] in pack_sources:
        src = pack_sources[data["source"]]
        return m.SourceRef(
            title=src.title, publisher=src.publisher, year=src.year, url=src.url, note=data.get("note", "")
        )
    return m.SourceRef(
        title=data.get("title", data.get("source", "")),
        publisher=data.get("publisher", ""),
        year=data.get("year"),
        url=data.get("url", ""),
        note=data.get("note", ""),
    )


def build_lesson(data: dict[str, Any], source_file: str, pack_sources: dict[str, m.PackSource]) -> m.Lesson:
    fac = data.get("facilitator") or {}
    par = data.get("parents") or {}
    return m.Lesson(
        id=data["id"],
        band=data["band"],
        topics=_t(data["topics"]),
        title=data["title"],
        duration_minutes=int(data["duration_minutes"]),
        advisory=data["advisory"],
        with_adult=bool(data.get("with_adult", False)),
        learning_goals=_t(data.get("learning_goals")),
        start=data.get("start"),
        steps=tuple(build_step(s) for s in data["steps"]),
        facilitator=m.FacilitatorNotes(
            preparation=fac.get("preparation", ""),
            ground_rules=_t(fac.get("ground_rules")),
            discussion=_t(fac.get("discussion")),
            disclosure=fac.get("disclosure", ""),
            sources=tuple(_source_ref(s, pack_sources) for s in fac.get("sources", ())),
        ),
        parents=m.ParentNotes(
            taught=par.get("taught", ""),
            conversation_starters=_t(par.get("conversation_starters")),
            signs=_t(par.get("signs")),
            what_to_do=par.get("what_to_do", ""),
        ),
        review_by=as_date(data.get("review_by")),
        source_file=source_file,
    )


def build_pack_sources(data: dict[str, Any]) -> dict[str, m.PackSource]:
    return {
        s["id"]: m.PackSource(
            id=s["id"], title=s["title"], publisher=s.get("publisher", ""), year=s.get("year"), url=s.get("url", "")
        )
        for s in data.get("sources", ())
    }


def build_pack(data: dict[str, Any], lessons: tuple[m.Lesson, ...], path: str) -> m.Pack:
    reviewed_on = as_date(data["reviewed_on"])
    review_by = as_date(data["review_by"])
    assert reviewed_on and review_by  # the schema check guarantees both
    return m.Pack(
        id=data["id"],
        version=data["version"],
        schema_version=int(data["schema_version"]),
        min_app_version=data["min_app_version"],
        title=data["title"],
        description=data["description"],
        publisher=data["publisher"],
        licence=data["licence"],
        languages=_t(data["languages"]),
        default_language=data["default_language"],
        age_bands=_t(data["age_bands"]),
        countries=_t(data.get("countries")),
        reviewed_on=reviewed_on,
        review_by=review_by,
        sources=tuple(build_pack_sources(data).values()),
        lessons=lessons,
        parent_pages=tuple(
            m.ParentPage(topic=page["topic"], title=page["title"], body=page["body"])
            for page in data.get("parent_pages", ())
        ),
        path=path,
    )


def _verification(data: dict[str, Any]) -> m.Verification:
    return m.Verification(
        source=data.get("source", ""),
        last_verified=as_date(data.get("last_verified")),
        verified_by=data.get("verified_by", ""),
        status=data.get("status", "unverified"),
        unverified_fields=_t(data.get("unverified_fields")),
    )


def build_helpline_entry(data: dict[str, Any], country: str, origin: str) -> m.HelplineEntry:
    return m.HelplineEntry(
        id=data["id"],
        country=country,
        name=data["name"],
        kind=data["kind"],
        verification=_verification(data),
        name_local=data.get("name_local", ""),
        serves=_t(data.get("serves")),
        min_age=data.get("min_age"),
        max_age=data.get("max_age"),
        topics=_t(data.get("topics")),
        phone=data.get("phone", ""),
        phone_kind=data.get("phone_kind", ""),
        sms=data.get("sms", ""),
        chat_url=data.get("chat_url", ""),
        url=data.get("url", ""),
        hours=data.get("hours", ""),
        cost=data.get("cost", ""),
        languages=_t(data.get("languages")),
        anonymous=data.get("anonymous"),
        notes=data.get("notes", ""),
        research_notes=data.get("research_notes", ""),
        origin=origin,
    )


def build_country_directory(data: dict[str, Any], origin: str) -> m.CountryDirectory:
    country = data["country"]
    emergency = None
    if data.get("emergency"):
        e = data["emergency"]
        emergency = m.EmergencyNumber(
            number=e["number"],
            also=_t(e.get("also")),
            notes=e.get("notes", ""),
            research_notes=e.get("research_notes", ""),
            verification=_verification(e),
        )
    return m.CountryDirectory(
        country=country,
        name=data["name"],
        entries=tuple(build_helpline_entry(e, country, origin) for e in data.get("entries", ())),
        emergency=emergency,
        directory_checked=as_date(data.get("directory_checked")),
        source_file=origin,
    )
