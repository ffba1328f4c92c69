"""The watchlist: the YAML file admins edit, its pydantic model, and a loader whose errors
point at ``file:line:column``.

Loading is two steps. The YAML is composed into nodes (so every value keeps the line it
was written on) and turned into plain data, with ``${VAR}`` replaced by environment
variables. The data is then validated by :class:`Watchlist`; each pydantic error is mapped
back through its location path to the node it came from. Unknown keys are errors: a typo
must not pass silently.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from tracker.domain import MILESTONE_KINDS, ProductionSpec
from tracker.durations import PATTERN as DURATION_PATTERN
from tracker.durations import parse_duration
from tracker.text import fold_phrase

Duration = Annotated[
    timedelta,
    BeforeValidator(parse_duration),
    WithJsonSchema({"type": "string", "pattern": DURATION_PATTERN, "examples": ["15m", "2h"]}),
]
MilestoneName = Literal["trailer", "release_date", "release", "premiere", "production"]
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _listify(value: Any) -> Any:
    """Accept a single string where a list is expected (``context: Netflix``)."""
    return [value] if isinstance(value, str) else value


StrList = Annotated[list[str], BeforeValidator(_listify)]


def _all_kinds(value: Any) -> Any:
    return list(MILESTONE_KINDS) if value == "all" else _listify(value)


#: ``all`` or a list of milestone kinds; validated to the list.
Milestones = Annotated[
    list[MilestoneName],
    BeforeValidator(_all_kinds),
    WithJsonSchema(
        {
            "anyOf": [
                {"const": "all"},
                {"type": "array", "items": {"enum": list(MILESTONE_KINDS)}},
            ],
            "default": "all",
        }
    ),
]


def _slug(value: str) -> str:
    if not re.match(SLUG, value):
        raise ValueError(
            f"{value!r} is not a slug: use lowercase letters, digits and hyphens, like good-sex"
        )
    return value


class Feed(_Strict):
    """A news feed: an http(s) URL or a local file path."""

    url: str = Field(min_length=1, description="RSS/Atom URL, or a local file path")
    name: str | None = Field(default=None, description="a label for lists and logs")
    interval: Duration | None = Field(
        default=None, description="time between polls; default from TRACKER_POLL_INTERVAL"
    )

    @field_validator("url")
    @classmethod
    def _url_scheme(cls, value: str) -> str:
        if "://" in value and not value.startswith(("http://", "https://", "file://")):
            raise ValueError("a feed URL must start with http://, https:// or be a file path")
        return value


def _feed_from_str(value: Any) -> Any:
    return {"url": value} if isinstance(value, str) else value


FeedRef = Annotated[Feed, BeforeValidator(_feed_from_str)]


class Production(_Strict):
    """A watched film or series."""

    id: Annotated[str, AfterValidator(_slug)] = Field(
        description="stable slug; the key of all history",
        json_schema_extra={"pattern": SLUG},
    )
    title: str = Field(min_length=1)
    kind: Literal["film", "series"] = "film"
    season: int | None = Field(default=None, ge=1, description="series only: the season watched")
    aliases: StrList = Field(default_factory=list, description="other spellings")
    context: StrList = Field(
        default_factory=list, description="words that confirm an ambiguous title"
    )
    exclude: StrList = Field(default_factory=list, description="words that veto a match")
    ambiguous: bool | None = Field(
        default=None, description="force the title to need a context word (default: by rule)"
    )
    feeds: list[FeedRef] = Field(default_factory=list, description="feeds for this production")
    milestones: Milestones = Field(default_factory=lambda: list(MILESTONE_KINDS))

    @model_validator(mode="after")
    def _season_for_series(self) -> Production:
        if self.season is not None and self.kind != "series":
            raise ValueError("season is for series only: set kind: series or remove season")
        return self

    def spec(self) -> ProductionSpec:
        kinds = tuple(self.milestones)
        return ProductionSpec(
            id=self.id,
            title=self.title,
            kind=self.kind,
            season=self.season,
            aliases=tuple(self.aliases),
            context=tuple(self.context),
            exclude=tuple(self.exclude),
            ambiguous=self.ambiguous,
            milestones=frozenset(kinds),
        )


class Channel(_Strict):
    """A notification target an admin sets up."""

    name: str = Field(min_length=1, pattern=r"^[\w.-]+$")
    notify: StrList = Field(min_length=1, description="apprise URLs; ${VAR} takes an env variable")
    productions: Literal["all"] | list[str] = "all"
    milestones: Milestones = Field(default_factory=lambda: list(MILESTONE_KINDS))
    admin: bool = Field(default=False, description="also receives feed and delivery failures")
    title_template: str | None = Field(
        default=None,
        min_length=1,
        description="Jinja2 template of the message title (fields: see README, Notifications)",
    )
    body_template: str | None = Field(
        default=None,
        min_length=1,
        description="Jinja2 template of the message body, written for the channel's services' "
        "format ({{ format }} is text, markdown or html)",
    )

    @field_validator("title_template", "body_template")
    @classmethod
    def _template(cls, value: str | None) -> str | None:
        from tracker.messages import check_template

        problem = check_template(value) if value is not None else None
        if problem:
            raise ValueError(problem)
        return value


class Watchlist(_Strict):
    """The whole file."""

    feeds: list[FeedRef] = Field(default_factory=list, description="checked for every production")
    productions: list[Production] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> Watchlist:
        seen: set[str] = set()
        for i, production in enumerate(self.productions):
            if production.id in seen:
                raise _LocatedValueError(
                    ("productions", i, "id"), f"duplicate production id {production.id!r}"
                )
            seen.add(production.id)
            for j, word in enumerate(production.exclude):
                name = _vetoed_name(word, [production.title, *production.aliases])
                if name is not None:
                    raise _LocatedValueError(
                        ("productions", i, "exclude", j),
                        f"exclude {word!r} is part of {name!r} once case and punctuation are "
                        f"folded, so it would veto every mention; exclude a longer phrase "
                        f"(such as {name + ' 2'!r}) or remove it",
                    )
        names: set[str] = set()
        for i, channel in enumerate(self.channels):
            if channel.name in names:
                raise _LocatedValueError(
                    ("channels", i, "name"), f"duplicate channel name {channel.name!r}"
                )
            names.add(channel.name)
            if channel.productions != "all":
                for j, pid in enumerate(channel.productions):
                    if pid not in seen:
                        raise _LocatedValueError(
                            ("channels", i, "productions", j),
                            f"unknown production {pid!r}; known: {', '.join(sorted(seen))}",
                        )
        return self

    def production(self, production_id: str) -> Production | None:
        return next((p for p in self.productions if p.id == production_id), None)


def _vetoed_name(word: str, names: list[str]) -> str | None:
    """The title or alias that the exclude phrase ``word`` lies inside, once folded."""
    folded = f" {fold_phrase(word)} "
    for name in names:
        if folded.strip() and folded in f" {fold_phrase(name)} ":
            return name
    return None


class _LocatedValueError(ValueError):
    """A cross-field error that knows which value it is about."""

    def __init__(self, loc: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.loc = loc
        self.message = message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a watchlist file, where it is, and what to do."""

    file: str
    line: int  # 1-based
    column: int  # 1-based
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class WatchlistError(Exception):
    """The watchlist cannot be used; ``problems`` says every reason and where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


Path_ = tuple[str | int, ...]
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class _Builder:
    """Turns composed YAML nodes into plain data, remembering each value's position."""

    def __init__(self, file: str, environ: Mapping[str, str]) -> None:
        self.file = file
        self.environ = environ
        self.marks: dict[Path_, tuple[int, int]] = {}
        self.key_marks: dict[Path_, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self._constructor = yaml.SafeLoader("")

    def problem(self, mark: yaml.Mark, message: str) -> None:
        self.problems.append(Problem(self.file, mark.line + 1, mark.column + 1, message))

    def build(self, node: yaml.Node, path: Path_ = ()) -> Any:
        self.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self._constructor.construct_object(key_node, deep=True)
                if not isinstance(key, str | int):
                    self.problem(key_node.start_mark, f"a key must be a word, not {key!r}")
                    continue
                if key in result:
                    self.problem(key_node.start_mark, f"{key!r} is given twice")
                self.key_marks[(*path, key)] = (
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
                result[key] = self.build(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        value = self._constructor.construct_object(node, deep=True)
        if isinstance(value, str) and "$" in value:
            value = self._substitute(value, node)
        return value

    def _substitute(self, value: str, node: yaml.Node) -> str:
        def replace(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in self.environ:
                self.problem(
                    node.start_mark,
                    f"environment variable {name} is not set; set it or write the value here",
                )
                return m.group(0)
            return self.environ[name]

        return _VAR.sub(replace, value)

    def position(self, loc: Path_, *, unknown_key: bool) -> tuple[int, int]:
        if unknown_key and loc in self.key_marks:
            return self.key_marks[loc]
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.marks:
                return self.marks[loc[:end]]
        return (1, 1)


def _describe(loc: Path_) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _error_loc(raw: tuple[str | int, ...]) -> Path_:
    # pydantic puts union branch tags and validator names into the path; keep real keys only.
    return tuple(p for p in raw if isinstance(p, int) or not p.startswith(("literal[", "list[")))


def _problems_from_validation(exc: ValidationError, builder: _Builder) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[Path_, str]] = set()
    for err in exc.errors(include_url=False):
        ctx_error = (err.get("ctx") or {}).get("error")
        if isinstance(ctx_error, _LocatedValueError):
            loc, message = ctx_error.loc, ctx_error.message
        else:
            loc = _error_loc(tuple(err["loc"]))
            message = _message(err, loc)
        if (loc, message) in seen:
            continue
        seen.add((loc, message))
        line, column = builder.position(loc, unknown_key=err["type"] == "extra_forbidden")
        where = _describe(loc)
        text = f"{where}: {message}" if where else message
        problems.append(Problem(builder.file, line, column, text))
    return problems


def _message(err: Any, loc: Path_) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return f"unknown key {loc[-1]!r} (check the spelling; see config/watchlist.schema.json)"
    if kind == "missing":
        return "required key is missing"
    msg = str(err["msg"])
    if kind == "string_type" and isinstance(err.get("input"), dict) and len(err["input"]) == 1:
        # "exclude: [Minesweeper: Field Day]": YAML reads "key: value" inside a list item
        ((key, value),) = err["input"].items()
        return (
            f"{msg}; YAML read {key}: {value} as a mapping because of the colon and space: "
            f'quote it ("{key}: {value}")'
        )
    return msg.removeprefix("Value error, ")


def parse_watchlist(
    text: str, file: str = "<watchlist>", environ: Mapping[str, str] | None = None
) -> Watchlist:
    """Validate watchlist YAML text; raise :class:`WatchlistError` listing every problem."""
    env = os.environ if environ is None else environ
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        if exc.problem == "mapping values are not allowed here":
            # "title: Peaky Blinders: The Immortal Man": a second colon and space in a value
            what += '; a value holding a colon and a space needs quotes (title: "A: B")'
        raise WatchlistError([Problem(file, line, column, f"invalid YAML: {what}")]) from None
    except yaml.YAMLError as exc:
        raise WatchlistError([Problem(file, 1, 1, f"invalid YAML: {exc}")]) from None
    builder = _Builder(file, env)
    data = {} if node is None else builder.build(node)
    if not isinstance(data, dict):
        raise WatchlistError(
            [
                Problem(
                    file, 1, 1, "the watchlist must be a mapping with feeds, productions, channels"
                )
            ]
        )
    problems = list(builder.problems)
    try:
        watchlist = Watchlist.model_validate(data)
    except ValidationError as exc:
        problems.extend(_problems_from_validation(exc, builder))
        watchlist = None
    if problems or watchlist is None:
        problems.sort(key=lambda p: (p.line, p.column))
        raise WatchlistError(problems)
    return watchlist


def load_watchlist(path: Path, environ: Mapping[str, str] | None = None) -> Watchlist:
    """Read and validate a watchlist file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WatchlistError(
            [Problem(str(path), 1, 1, "file not found; set TRACKER_CONFIG or --config")]
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchlistError([Problem(str(path), 1, 1, f"cannot read: {exc}")]) from None
    return parse_watchlist(text, str(path), environ)


def json_schema() -> dict[str, Any]:
    """The JSON Schema editors use to check and complete the watchlist."""
    schema = Watchlist.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "tracker watchlist"
    return schema
