"""Reading the knowledge base's YAML files into a ``KnowledgeBase``, and every problem on the way.

Apart from ``knowledge`` (the model and ``load``) because only a new or edited knowledge base is read
this way: a question asked from the command line is answered from the compiled copy
(``bot.answers.compiled``) and never imports the YAML reader, about a twentieth of its cold start.
Each entry keeps its file and line so that ``cyberbot kb check`` can point a curator at the exact
place to fix.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.answers.knowledge import (
    DEADLINE_KEYS,
    DEFAULT_STALE_AFTER_MONTHS,
    ENTRY_KEYS,
    EVENT_KEYS,
    ID_PATTERN,
    OWNER_PATTERN,
    SOURCE_KEYS,
    SYNONYMS_FILE,
    TOPICS_FILE,
    Deadline,
    Entry,
    Event,
    FuzzyDate,
    KnowledgeBase,
    Problem,
    Source,
    Topic,
    _url_ok,
    defined_acronyms,
)
from bot.answers.lexicon import LEXICON_FILE, Lexicon, read_lexicon


def read(folder: str | Path) -> tuple[KnowledgeBase, list[Problem]]:
    """Read every YAML file, collecting all problems rather than stopping at the first."""
    folder = Path(folder)
    problems: list[Problem] = []
    if not folder.is_dir():
        return KnowledgeBase([], {}, folder), [Problem(str(folder), 0, "knowledge folder not found")]
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not files:
        problems.append(Problem(str(folder), 0, "no .yaml files in the knowledge folder"))
    topics: dict[str, Topic] = {}
    synonyms: list[tuple[str, ...]] = []
    stale_after = DEFAULT_STALE_AFTER_MONTHS
    topics_path = folder / TOPICS_FILE
    raw_entries: list[tuple[str, yaml.MappingNode]] = []
    lexicon_node: tuple[str, yaml.Node] | None = None
    for path in files:
        node = _compose(path, problems)
        if node is None:
            continue
        name = str(path)
        if path.name == TOPICS_FILE:
            topics = _read_topics(name, node, problems)
            stale_after = _read_stale_after(name, node, problems) or stale_after
            continue
        if path.name == SYNONYMS_FILE:
            synonyms = _read_synonyms(name, node, problems)
            continue
        if path.name == LEXICON_FILE:
            lexicon_node = (name, node)
            continue
        entries_node = _mapping_get(node, "entries") if isinstance(node, yaml.MappingNode) else None
        if not isinstance(entries_node, yaml.SequenceNode):
            problems.append(Problem(name, _line(node), "expected a top-level `entries:` list"))
            continue
        for item in entries_node.value:
            if not isinstance(item, yaml.MappingNode):
                problems.append(Problem(name, _line(item), "each entry must be a mapping of fields"))
                continue
            raw_entries.append((name, item))
    if not topics_path.exists() and files:
        problems.append(Problem(str(topics_path), 0, "topics.yaml is missing"))

    entries: list[Entry] = []
    first_seen: dict[str, tuple[str, int]] = {}
    for name, node in raw_entries:
        entry = _read_entry(name, node, topics, problems)
        if entry is None:
            continue
        if entry.id in first_seen:
            where = first_seen[entry.id]
            problems.append(Problem(name, entry.line, f"duplicate id {entry.id!r} (first at {where[0]}:{where[1]})"))
            continue
        first_seen[entry.id] = (name, entry.line)
        entries.append(entry)
    lexicon = read_lexicon(*lexicon_node, problems, Problem, set(first_seen)) if lexicon_node else Lexicon()
    lexicon = lexicon.with_aliases(defined_acronyms(entries))
    return KnowledgeBase(entries, topics, folder, synonyms, stale_after, lexicon), problems


# -- YAML plumbing ------------------------------------------------------------------------------
# libyaml's loader reads the knowledge base about ten times faster than the pure-Python one
# (~180 ms of every cold start); the same nodes, marks and tags. Without libyaml, the pure one.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(path: Path, problems: list[Problem]) -> yaml.Node | None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(str(path), 0, "not UTF-8 text"))
        return None
    try:
        try:
            node = yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            if _FAST_LOADER is yaml.SafeLoader:
                raise
            # The C loader words some problems differently: the pure one says what is wrong.
            node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problems.append(Problem(str(path), line, f"not valid YAML: {exc.problem or exc}"))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(str(path), 0, f"not valid YAML: {exc}"))
        return None
    if node is None:
        problems.append(Problem(str(path), 1, "file is empty"))
    return node


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _mapping_get(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value_node
    return None


def _keys(node: yaml.MappingNode) -> list[tuple[str, yaml.Node]]:
    return [(k.value if isinstance(k, yaml.ScalarNode) else "?", k) for k, _ in node.value]


def _scalar(name: str, node: yaml.MappingNode, key: str, problems: list[Problem], required: bool = True) -> str | None:
    value = _mapping_get(node, key)
    if value is None or (isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null")):
        if required:
            problems.append(Problem(name, _line(node), f"missing required field `{key}`"))
        return None
    if not isinstance(value, yaml.ScalarNode):
        problems.append(Problem(name, _line(value), f"`{key}` must be text"))
        return None
    text = str(value.value).strip()
    if required and not text:
        problems.append(Problem(name, _line(value), f"`{key}` is empty"))
        return None
    return text or None


def _string_list(name: str, node: yaml.MappingNode, key: str, problems: list[Problem]) -> tuple[str, ...]:
    value = _mapping_get(node, key)
    if value is None:
        return ()
    if not isinstance(value, yaml.SequenceNode) or not all(isinstance(v, yaml.ScalarNode) for v in value.value):
        problems.append(Problem(name, _line(value), f"`{key}` must be a list of text"))
        return ()
    return tuple(str(v.value).strip() for v in value.value if str(v.value).strip())


def _unknown_keys(name: str, node: yaml.MappingNode, allowed: set[str], what: str, problems: list[Problem]) -> None:
    for key, key_node in _keys(node):
        if key not in allowed:
            problems.append(Problem(name, _line(key_node), f"unknown field `{key}` in {what} (allowed: {', '.join(sorted(allowed))})"))


def _date(name: str, node: yaml.Node | None, what: str, problems: list[Problem]) -> FuzzyDate | None:
    if node is None:
        return None
    if not isinstance(node, yaml.ScalarNode):
        problems.append(Problem(name, _line(node), f"{what} must be a date like \"2017-02-07\""))
        return None
    try:
        return FuzzyDate.parse(node.value)
    except ValueError as exc:
        problems.append(Problem(name, _line(node), f"bad date in {what}: {exc}"))
        return None


# -- the pieces ---------------------------------------------------------------------------------
def _read_topics(name: str, node: yaml.Node, problems: list[Problem]) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    seq = _mapping_get(node, "topics") if isinstance(node, yaml.MappingNode) else None
    if not isinstance(seq, yaml.SequenceNode):
        problems.append(Problem(name, _line(node), "expected a top-level `topics:` list"))
        return topics
    for item in seq.value:
        if not isinstance(item, yaml.MappingNode):
            problems.append(Problem(name, _line(item), "each topic must be a mapping with id and title"))
            continue
        topic_id = _scalar(name, item, "id", problems)
        title = _scalar(name, item, "title", problems)
        description = _scalar(name, item, "description", problems, required=False) or ""
        _unknown_keys(name, item, {"id", "title", "description"}, "a topic", problems)
        if topic_id and title:
            if topic_id in topics:
                problems.append(Problem(name, _line(item), f"duplicate topic id {topic_id!r}"))
            topics[topic_id] = Topic(topic_id, title, description)
    return topics


def _read_stale_after(name: str, node: yaml.Node, problems: list[Problem]) -> int | None:
    """topics.yaml's optional `stale_after_months`: answers with older facts say they may have changed."""
    value = _mapping_get(node, "stale_after_months") if isinstance(node, yaml.MappingNode) else None
    if value is None:
        return None
    if not (isinstance(value, yaml.ScalarNode) and value.value.isdigit() and 1 <= int(value.value) <= 600):
        problems.append(Problem(name, _line(value), "`stale_after_months` must be a whole number of months (1 to 600)"))
        return None
    return int(value.value)


def _read_synonyms(name: str, node: yaml.Node, problems: list[Problem]) -> list[tuple[str, ...]]:
    seq = _mapping_get(node, "synonyms") if isinstance(node, yaml.MappingNode) else None
    if not isinstance(seq, yaml.SequenceNode):
        problems.append(Problem(name, _line(node), "expected a top-level `synonyms:` list of word lists"))
        return []
    groups = []
    for item in seq.value:
        if not isinstance(item, yaml.SequenceNode) or len(item.value) < 2 or not all(
            isinstance(v, yaml.ScalarNode) and str(v.value).strip() for v in item.value
        ):
            problems.append(Problem(name, _line(item), "each synonym group must be a list of two or more words"))
            continue
        words = tuple(str(v.value).strip() for v in item.value)
        if any(len(w.split()) > 1 for w in words):
            problems.append(Problem(name, _line(item), "synonyms must be single words (phrases would split apart)"))
            continue
        groups.append(words)
    return groups


def _read_sources(name: str, node: yaml.MappingNode, problems: list[Problem]) -> tuple[Source, ...]:
    seq = _mapping_get(node, "sources")
    if seq is None:
        problems.append(Problem(name, _line(node), "missing required field `sources` (at least one source)"))
        return ()
    if not isinstance(seq, yaml.SequenceNode) or not seq.value:
        problems.append(Problem(name, _line(seq), "`sources` must be a non-empty list"))
        return ()
    sources = []
    for item in seq.value:
        if not isinstance(item, yaml.MappingNode):
            problems.append(Problem(name, _line(item), "each source needs publisher, title and date"))
            continue
        _unknown_keys(name, item, SOURCE_KEYS, "a source", problems)
        publisher = _scalar(name, item, "publisher", problems)
        title = _scalar(name, item, "title", problems)
        when = _scalar(name, item, "date", problems)
        url = _scalar(name, item, "url", problems, required=False)
        if when and when != "n.d.":
            if _date(name, _mapping_get(item, "date"), "source date", problems) is None:
                when = None
        if url and not _url_ok(url):
            problems.append(Problem(name, _line(_mapping_get(item, "url")), f"malformed URL {url!r}"))
            url = None
        if publisher and title and when:
            sources.append(Source(publisher, title, when, url))
    return tuple(sources)


def _read_entry(name: str, node: yaml.MappingNode, topics: dict[str, Topic], problems: list[Problem]) -> Entry | None:
    before = len(problems)
    line = _line(node)
    _unknown_keys(name, node, ENTRY_KEYS, "an entry", problems)
    entry_id = _scalar(name, node, "id", problems)
    if entry_id and not ID_PATTERN.match(entry_id):
        problems.append(Problem(name, line, f"id {entry_id!r} must be lowercase letters, digits and hyphens"))
    title = _scalar(name, node, "title", problems)
    topic = _scalar(name, node, "topic", problems)
    if topic and topics and topic not in topics:
        problems.append(Problem(name, _line(_mapping_get(node, "topic")), f"unknown topic {topic!r} (not in topics.yaml)"))
    answer = _scalar(name, node, "answer", problems)
    unknown_node = _mapping_get(node, "unknown")
    unknown = False
    if unknown_node is not None:
        if not (isinstance(unknown_node, yaml.ScalarNode) and unknown_node.value in ("true", "false")):
            problems.append(Problem(name, _line(unknown_node), "`unknown` must be true or false"))
        unknown = isinstance(unknown_node, yaml.ScalarNode) and unknown_node.value == "true"
    if unknown and _mapping_get(node, "sources") is None:
        sources: tuple[Source, ...] = ()
    else:
        sources = _read_sources(name, node, problems)
    phrasings = _string_list(name, node, "phrasings", problems)
    keywords = _string_list(name, node, "keywords", problems)
    event = _read_event(name, node, problems)
    deadline = _read_deadline(name, node, problems)
    as_of = _date(name, _mapping_get(node, "as_of"), "`as_of`", problems)
    review_by = _date(name, _mapping_get(node, "review_by"), "`review_by`", problems)
    if as_of and review_by and review_by.latest() < as_of.earliest():
        problems.append(Problem(name, _line(_mapping_get(node, "review_by")),
                                f"`review_by` ({review_by.iso()}) is before `as_of` ({as_of.iso()})"))
    owner = _scalar(name, node, "owner", problems, required=False)
    if owner and not OWNER_PATTERN.match(owner):
        problems.append(Problem(name, _line(_mapping_get(node, "owner")),
                                f"`owner` {owner!r} must be a Slack user id (U...), a user-group id (S...) or an email"))
    if len(problems) > before:
        return None
    return Entry(entry_id, title, topic, " ".join(answer.split()), sources, phrasings, keywords,
                 event, deadline, unknown, name, line, as_of, review_by, owner)


def _section(name: str, node: yaml.MappingNode, key: str, allowed: set[str], what: str, shape: str,
             problems: list[Problem]) -> yaml.MappingNode | None:
    """The mapping an entry holds under ``key`` (an event, a deadline), its keys checked; None when the
    entry has none, or (with the problem ``shape`` says) when it is no mapping."""
    value = _mapping_get(node, key)
    if value is None:
        return None
    if not isinstance(value, yaml.MappingNode):
        problems.append(Problem(name, _line(value), shape))
        return None
    _unknown_keys(name, value, allowed, what, problems)
    return value


def _read_event(name: str, node: yaml.MappingNode, problems: list[Problem]) -> Event | None:
    value = _section(name, node, "event", EVENT_KEYS, "an event",
                     "`event` must have `start` (and optional `end`, `place`)", problems)
    if value is None:
        return None
    start_node = _mapping_get(value, "start")
    if start_node is None:
        problems.append(Problem(name, _line(value), "event is missing its `start` date"))
        return None
    start = _date(name, start_node, "event start", problems)
    end = _date(name, _mapping_get(value, "end"), "event end", problems)
    place = _scalar(name, value, "place", problems, required=False)
    if start and end and end.latest() < start.earliest():
        problems.append(Problem(name, _line(value), "event ends before it starts"))
        return None
    return Event(start, end, place) if start else None


def _read_deadline(name: str, node: yaml.MappingNode, problems: list[Problem]) -> Deadline | None:
    value = _section(name, node, "deadline", DEADLINE_KEYS, "a deadline", "`deadline` must have `date` and `what`",
                     problems)
    if value is None:
        return None
    when_node = _mapping_get(value, "date")
    if when_node is None:
        problems.append(Problem(name, _line(value), "deadline is missing its `date`"))
        return None
    when = _date(name, when_node, "deadline date", problems)
    what = _scalar(name, value, "what", problems)
    return Deadline(when, what) if when and what else None
