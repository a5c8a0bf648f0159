"""One search index per language, with the words a Danish searcher types but the page does not say.

Material's search indexes words exactly as they stand (with one index for both
languages and no Danish stemmer). This module turns the search plugin's
entries for one language into that language's own index, in Material's format
(``{config, docs}``): the browser stems with that language's stemmer, and each
entry gets an extra indexed field, ``related``, holding words found at build
time:

* the parts of compound words (``mentortilskud`` → ``mentor tilskud``), split
  with the site's own vocabulary plus the word list in ``data/soegning.yml``,
  with Danish linking letters (``virksomhed-s-mentor``);
* compounds whose parts stand near each other on the page
  (``praktik i virksomheden`` → ``virksomhedspraktik``);
* the other words of a synonym group from ``data/soegning.yml`` when the page
  uses one of them;
* the spelling without Danish letters (``måneder`` → ``maaneder``).

The ``related`` field has a lower boost than the text, so a page that says a
word itself ranks above one that only gets it through an expansion. What the
title's own words expand to goes into ``related_title`` instead, weaker than
the title but stronger than the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import snowballstemmer

from mentorguiden.core.datafile import load_data_file
from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import language_prefix

SEARCH_SETTINGS_FILE = "data/soegning.yml"
SEARCH_SETTINGS_SCHEMA = "data/schemas/soegning.schema.json"

MENU_TITLE_FIELD = "menu_title"
"""A page's title in the menu, when it differs from its heading ("Kompensation"); as strong as the title."""
SUMMARY_FIELD = "summary"
SUMMARY_BOOST = 3.0
"""A page's description (front matter), on the page's own entry only."""
RELATED_FIELD = "related"
RELATED_BOOST = 0.5
RELATED_TITLE_FIELD = "related_title"
TITLE_BOOST = 20.0
"""Material's 1000 lets one word of a multi-word query that happens to be in a heading
("Hvem ...") outrank the section that has all the other words."""
RELATED_TITLE_BOOST = 10.0
"""Expansions of the title's own words: weaker than the title, stronger than the text (1)."""
PIPELINE = ["stemmer", "trimmer"]
"""No stop word filter: the site's titles are questions ("Hvad laver mentoren?", "What does the mentor do?"),
and the query's small words should be able to match them. The search worker gives them little weight."""
STEMMER_NAMES = {"da": "danish", "en": "english"}

MIN_PART_LENGTH = 4
"""Shorter compound parts (løn, job) count only when the word list in data/ names them."""
MIN_COMPOUND_LENGTH = 7
LINKING_LETTERS = ("s", "e")
NEARBY_WORDS = 4
"""Parts of a compound this many words apart or closer count as the compound said in other words."""

# The stop words of lunr-languages' Danish filter and of lunr's English one.
# They are not compound parts and get no spelling without æ/ø/å.
STOP_WORDS = {
    "da": frozenset(
        [
            "ad",
            "af",
            "alle",
            "alt",
            "anden",
            "at",
            "blev",
            "blive",
            "bliver",
            "da",
            "de",
            "dem",
            "den",
            "denne",
            "der",
            "deres",
            "det",
            "dette",
            "dig",
            "din",
            "disse",
            "dog",
            "du",
            "efter",
            "eller",
            "en",
            "end",
            "er",
            "et",
            "for",
            "fra",
            "ham",
            "han",
            "hans",
            "har",
            "havde",
            "have",
            "hende",
            "hendes",
            "her",
            "hos",
            "hun",
            "hvad",
            "hvis",
            "hvor",
            "i",
            "ikke",
            "ind",
            "jeg",
            "jer",
            "jo",
            "kunne",
            "man",
            "mange",
            "med",
            "meget",
            "men",
            "mig",
            "min",
            "mine",
            "mit",
            "mod",
            "ned",
            "noget",
            "nogle",
            "nu",
            "når",
            "og",
            "også",
            "om",
            "op",
            "os",
            "over",
            "på",
            "selv",
            "sig",
            "sin",
            "sine",
            "sit",
            "skal",
            "skulle",
            "som",
            "sådan",
            "thi",
            "til",
            "ud",
            "under",
            "var",
            "vi",
            "vil",
            "ville",
            "vor",
            "være",
            "været",
        ]
    ),
    "en": frozenset(
        [
            "a",
            "able",
            "about",
            "across",
            "after",
            "all",
            "almost",
            "also",
            "am",
            "among",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "but",
            "by",
            "can",
            "cannot",
            "could",
            "dear",
            "did",
            "do",
            "does",
            "either",
            "else",
            "ever",
            "every",
            "for",
            "from",
            "get",
            "got",
            "had",
            "has",
            "have",
            "he",
            "her",
            "hers",
            "him",
            "his",
            "how",
            "however",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "just",
            "least",
            "let",
            "like",
            "likely",
            "may",
            "me",
            "might",
            "most",
            "must",
            "my",
            "neither",
            "no",
            "nor",
            "not",
            "of",
            "off",
            "often",
            "on",
            "only",
            "or",
            "other",
            "our",
            "own",
            "rather",
            "said",
            "say",
            "says",
            "she",
            "should",
            "since",
            "so",
            "some",
            "than",
            "that",
            "the",
            "their",
            "them",
            "then",
            "there",
            "these",
            "they",
            "this",
            "tis",
            "to",
            "too",
            "twas",
            "us",
            "wants",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "yet",
            "you",
            "your",
        ]
    ),
}

NOT_PARTS = frozenset({"ingen", "inger", "ende", "else", "elser"})
"""Real words that are mostly endings inside a longer word (vurder-ingen, forklar-inger)."""

FOLDED_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_WORD = re.compile(r"[a-zæøåäöüé]+")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class LanguageSettings:
    """What ``data/soegning.yml`` says about one language."""

    synonyms: tuple[tuple[str, ...], ...] = ()
    words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SearchSettings:
    languages: dict[str, LanguageSettings] = field(default_factory=dict)

    def for_language(self, language: str) -> LanguageSettings:
        return self.languages.get(language, LanguageSettings())


def load_search_settings(root: Path) -> SearchSettings:
    """Read and check ``data/soegning.yml``."""
    data = load_data_file(root / SEARCH_SETTINGS_FILE, root / SEARCH_SETTINGS_SCHEMA, root=root)
    languages: dict[str, LanguageSettings] = {}
    for language in set(data.get("synonymer", {})) | set(data.get("ordled", {})):
        groups = tuple(tuple(_normalise(word) for word in group) for group in data.get("synonymer", {}).get(language, []))
        words = frozenset(_normalise(word) for word in data.get("ordled", {}).get(language, []))
        languages[language] = LanguageSettings(synonyms=groups, words=words)
    return SearchSettings(languages)


def _normalise(word: str) -> str:
    return " ".join(word.lower().split())


# --- Words and stems ---


def words_of(text: str) -> list[str]:
    """The lowercase words of a search entry's text (its HTML tags left out)."""
    return _WORD.findall(_TAG.sub(" ", text).lower())


@cache
def _stemmer(language: str) -> Any:
    return snowballstemmer.stemmer(STEMMER_NAMES.get(language, "english"))


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    stemmed: str = _stemmer(language).stemWord(word)
    return stemmed


def fold(word: str) -> str:
    """``måneder`` → ``maaneder``: how the word is typed on a keyboard without æ, ø and å."""
    return word.translate(FOLDED_LETTERS)


# --- Compound words ---


@dataclass(frozen=True)
class Vocabulary:
    """The words a compound may be split into: the site's own words plus the word list in data/."""

    language: str
    words: frozenset[str]
    listed: frozenset[str]
    stems: frozenset[str]

    @classmethod
    def build(cls, language: str, site_words: Iterable[str], listed: Iterable[str]) -> Vocabulary:
        listed = frozenset(listed)
        words = frozenset(word for word in site_words if len(word) >= MIN_PART_LENGTH) | listed
        return cls(language, words, listed, frozenset(stem(word, language) for word in words))

    def knows(self, part: str, *, last: bool = False) -> bool:
        """Whether ``part`` is a word of its own; the last part of a compound needs a little more length."""
        if part in self.listed:
            return True
        if part in STOP_WORDS.get(self.language, ()) or part in NOT_PARTS:
            return False
        return len(part) >= MIN_PART_LENGTH + last and part in self.words

    def parts(self, word: str) -> tuple[str, ...]:
        """``split_compound(word, self)``, worked out once per word: every page repeats the same words."""
        known = self._parts
        if word not in known:
            known[word] = split_compound(word, self)
        return known[word]

    @functools.cached_property
    def _parts(self) -> dict[str, tuple[str, ...]]:
        return {}


def split_compound(word: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The known words ``word`` is made of (``virksomhedsmentor`` → virksomhed, mentor), or ``()``.

    The last part may be inflected (``mentoraftalen``); a linking s or e after
    a part is dropped (``virksomhed-s-``). The longest last part wins, so a
    compound is split where its meaning is.
    """
    if len(word) < MIN_COMPOUND_LENGTH:
        return ()
    return _split(word, vocabulary, depth=0) or ()


def _split(word: str, vocabulary: Vocabulary, depth: int) -> tuple[str, ...] | None:
    if depth > 3:
        return None
    for cut in range(1, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not vocabulary.knows(tail, last=True):
            continue
        for candidate in _heads(head):
            if vocabulary.knows(candidate):
                return (candidate, tail)
            deeper = _split(candidate, vocabulary, depth + 1) if len(candidate) >= MIN_COMPOUND_LENGTH else None
            if deeper:
                return (*deeper, tail)
    return None


def _heads(head: str) -> list[str]:
    heads = [head]
    if len(head) > 3 and head.endswith(LINKING_LETTERS):
        heads.append(head[:-1])
    return heads


@dataclass(frozen=True)
class Compound:
    word: str
    part_stems: tuple[str, ...]


def known_compounds(vocabulary: Vocabulary) -> list[Compound]:
    """Every word of the vocabulary that splits into known parts, with the stems of its parts."""
    compounds = []
    for word in sorted(vocabulary.words):
        parts = vocabulary.parts(word)
        if parts:
            stems = tuple(stem(part, vocabulary.language) for part in parts)
            if stem(word, vocabulary.language) not in stems:
                compounds.append(Compound(word, stems))
    return compounds


def by_first_stem(compounds: Iterable[Compound]) -> dict[str, list[Compound]]:
    """The compounds by the stem of their first part: a text is only checked for those it has a first part of."""
    grouped: dict[str, list[Compound]] = {}
    for compound in compounds:
        grouped.setdefault(compound.part_stems[0], []).append(compound)
    return grouped


def compounds_said_apart(stems: Sequence[str], compounds: dict[str, list[Compound]]) -> set[str]:
    """Compounds whose parts all stand within a few words of each other (``praktik i virksomheden``).

    ``compounds`` is grouped by the stem of the first part (``by_first_stem``).
    Only the compounds whose parts all occur are looked at, and only their
    parts' positions are collected.
    """
    present = set(stems)
    candidates = [
        compound
        for first in present & compounds.keys()
        for compound in compounds[first]
        if all(other in present for other in compound.part_stems[1:])
    ]
    if not candidates:
        return set()
    needed = {part for compound in candidates for part in compound.part_stems}
    positions: dict[str, list[int]] = {}
    for position, word_stem in enumerate(stems):
        if word_stem in needed:
            positions.setdefault(word_stem, []).append(position)
    found = set()
    for compound in candidates:
        first, *others = compound.part_stems
        for start in positions[first]:
            if all(any(abs(p - start) <= NEARBY_WORDS for p in positions[other]) for other in others):
                found.add(compound.word)
                break
    return found


# --- Synonyms ---


@dataclass(frozen=True)
class SynonymGroup:
    """A group of data/soegning.yml, with the stems of each member's words worked out once."""

    words: frozenset[str]
    """Every word of every member."""
    member_stems: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, group: tuple[str, ...], language: str) -> SynonymGroup:
        words = frozenset(word for member in group for word in member.split())
        return cls(words, tuple(tuple(stem(word, language) for word in member.split()) for member in group))


def by_member_stem(groups: Iterable[SynonymGroup]) -> dict[str, list[SynonymGroup]]:
    """The groups by the stem of each member's first word: a text is only checked for groups it may use."""
    grouped: dict[str, list[SynonymGroup]] = {}
    for group in groups:
        for first in dict.fromkeys(member[0] for member in group.member_stems if member):
            grouped.setdefault(first, []).append(group)
    return grouped


def synonyms_for(stems: set[str], groups: dict[str, list[SynonymGroup]]) -> set[str]:
    """The other words of every synonym group the text uses a word of (phrases count word by word).

    ``groups`` is grouped by the stem of each member's first word (``by_member_stem``).
    """
    found: set[str] = set()
    for first in stems & groups.keys():
        for group in groups[first]:
            if any(all(word_stem in stems for word_stem in member) for member in group.member_stems):
                found |= group.words
    return found


# --- The index ---


@dataclass
class LanguageIndex:
    language: str
    settings: LanguageSettings
    vocabulary: Vocabulary
    compounds: dict[str, list[Compound]]
    """Every compound of the vocabulary, by the stem of its first part (``by_first_stem``)."""
    synonym_groups: dict[str, list[SynonymGroup]]
    """The synonym groups of data/soegning.yml, by the stems their members begin with (``by_member_stem``)."""

    @classmethod
    def for_entries(cls, language: str, entries: Sequence[dict[str, Any]], settings: LanguageSettings) -> LanguageIndex:
        site_words = {word for entry in entries for word in words_of(_entry_text(entry))}
        vocabulary = Vocabulary.build(language, site_words, settings.words)
        groups = by_member_stem(SynonymGroup.of(group, language) for group in settings.synonyms)
        return cls(language, settings, vocabulary, by_first_stem(known_compounds(vocabulary)), groups)

    def related_words(self, text: str) -> list[str]:
        """The words a search should find ``text`` by, beyond the words in it."""
        words = words_of(text)
        own = set(words)
        related: set[str] = set()
        for word in own:
            related.update(self.vocabulary.parts(word))
        stem_of = {word: stem(word, self.language) for word in own}
        stems = [stem_of[word] for word in words]
        own_stems = set(stem_of.values())
        related |= compounds_said_apart(stems, self.compounds)
        related |= synonyms_for(own_stems | {stem(word, self.language) for word in related}, self.synonym_groups)
        stop_words = STOP_WORDS.get(self.language, frozenset())
        # Only æ, ø and å fold (FOLDED_LETTERS): a word of ASCII letters is typed as it is.
        related |= {
            folded for word in own | related if not word.isascii() and word not in stop_words and (folded := fold(word)) != word
        }
        return sorted(word for word in related if word not in own and stem(word, self.language) not in own_stems)

    def unknown_synonym_groups(self) -> list[tuple[str, ...]]:
        """Synonym groups none of whose words occurs on the site in this language."""
        stems = self.vocabulary.stems
        return [
            group
            for group in self.settings.synonyms
            if not any(
                all(stem(word, self.language) in stems or word in self.vocabulary.words for word in member.split())
                for member in group
            )
        ]


def _entry_text(entry: dict[str, Any]) -> str:
    return f"{entry.get('title') or ''} {entry.get('text') or ''}"


def build_language_index(
    entries: Sequence[dict[str, Any]],
    language: str,
    settings: LanguageSettings,
    plugin_config: dict[str, Any],
    summaries: dict[str, tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """Material's ``{config, docs}`` for one language, each doc with its ``related`` words.

    ``summaries`` maps a page's location to its menu title (if it differs from
    the page's heading) and its description.
    """
    summaries = summaries or {}
    index = LanguageIndex.for_entries(language, entries, settings)
    unknown = index.unknown_synonym_groups()
    if unknown:
        raise DataError(
            [
                f"{SEARCH_SETTINGS_FILE}: synonymer → {language}: ingen af ordene i gruppen "
                f"[{', '.join(group)}] står på nogen side på {_language_name(language)}. "
                "Tjek stavningen, eller slet gruppen."
                for group in unknown
            ]
        )
    docs = []
    for entry in entries:
        doc = dict(entry)
        menu_title, summary = summaries.get(entry["location"], ("", ""))
        if menu_title:
            doc[MENU_TITLE_FIELD] = menu_title
        if summary:
            doc[SUMMARY_FIELD] = summary
        related_to_title = index.related_words(f"{entry.get('title') or ''} {menu_title}")
        related = [word for word in index.related_words(f"{_entry_text(entry)} {summary}") if word not in set(related_to_title)]
        if related_to_title:
            doc[RELATED_TITLE_FIELD] = " ".join(related_to_title)
        if related:
            doc[RELATED_FIELD] = " ".join(related)
        docs.append(doc)
    fields = dict(plugin_config.get("fields") or {"title": {"boost": 1000.0}, "text": {"boost": 1.0}})
    fields["title"] = {"boost": TITLE_BOOST}
    fields[MENU_TITLE_FIELD] = {"boost": TITLE_BOOST}
    fields[SUMMARY_FIELD] = {"boost": SUMMARY_BOOST}
    fields[RELATED_TITLE_FIELD] = {"boost": RELATED_TITLE_BOOST}
    fields[RELATED_FIELD] = {"boost": RELATED_BOOST}
    config = {**plugin_config, "lang": [language], "pipeline": list(PIPELINE), "fields": fields}
    return {"config": config, "docs": docs}


def _language_name(language: str) -> str:
    return {"da": "dansk", "en": "engelsk"}.get(language, language)


def entries_for_language(
    entries: Iterable[dict[str, Any]], language: str, default: str, languages: Iterable[str]
) -> list[dict[str, Any]]:
    """The entries of one language, with locations relative to that language's root (``en/`` dropped)."""
    return _language_entries(entries, language, default, languages)


def summaries_for_language(
    summaries: dict[str, tuple[str, str]], language: str, default: str, languages: Iterable[str]
) -> dict[str, tuple[str, str]]:
    """``summaries`` (by page URL) of one language, keyed like that language's entries."""
    entries = [{"location": url, "summary": summary} for url, summary in summaries.items()]
    return {entry["location"]: entry["summary"] for entry in _language_entries(entries, language, default, languages)}


def _language_entries(
    entries: Iterable[dict[str, Any]], language: str, default: str, languages: Iterable[str]
) -> list[dict[str, Any]]:
    prefixes = tuple(language_prefix(other, default) for other in languages if other != default)
    if language == default:
        return [dict(entry) for entry in entries if not entry["location"].startswith(prefixes)]
    prefix = language_prefix(language, default)
    return [{**entry, "location": entry["location"][len(prefix) :]} for entry in entries if entry["location"].startswith(prefix)]
