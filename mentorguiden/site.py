"""One build's site: the options it runs with, and every data file loaded once into a typed, frozen state.

This is the composition root's logic, without MkDocs: ``hooks/site_setup.py``
reads the environment once (``BuildOptions.from_environment``), calls
``load_site_state`` once per build and keeps the result for the build
(``mentorguiden.mkdocs_glue.state``). Every other hook reads the state
from there, never a module global, so ``mkdocs serve`` and in-process
builds start each build afresh.

A feature that adds a marker (``<!-- name: value -->``) registers its
handler in ``site_markers``; the registry belongs to the state, so to one build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

import jinja2

from mentorguiden import rules
from mentorguiden.browser import CHROMIUM_PATH_VARIABLE, chromium_path
from mentorguiden.checklists.model import Checklist, ChecklistItem, ItemProvider, load_checklists
from mentorguiden.checklists.pages import CHECKLIST_MARKER, checklist_marker_handler
from mentorguiden.content.git_dates import FileDates, file_dates
from mentorguiden.core.datafile import config_file_problems
from mentorguiden.core.errors import DataError
from mentorguiden.core.markers import MarkerContext, MarkerRegistry
from mentorguiden.core.templates import template_environment
from mentorguiden.core.text_files import encoding_problems
from mentorguiden.core.ui_strings import check_table
from mentorguiden.decision_aid.model import DecisionAid, load_decision_aids
from mentorguiden.forms.checklist_items import agreement_checklist_items
from mentorguiden.forms.model import Form, load_agreement, load_forms, the_agreement
from mentorguiden.forms.outputs import CACHE_FOLDER, PdfPrinting
from mentorguiden.glossary.model import Glossary, load_glossary
from mentorguiden.profile.model import PROFILE_ENVIRONMENT_VARIABLE, PROFILE_FILE, Profile, load_profile
from mentorguiden.profile.texts import MARKER_NAME as PROFILE_MARKER
from mentorguiden.profile.texts import profile_texts
from mentorguiden.rules import Register, RuleTexts
from mentorguiden.search.index import SearchSettings, load_search_settings
from mentorguiden.steps.model import StepGuide, load_step_guide

Made = TypeVar("Made")

SKIP_PDF_VARIABLE = "MENTORGUIDEN_SKIP_PDF"
"""Set to 1 by ``make check`` (no browser): the PDF is not printed; page and DOCX are still checked."""
PDF_IN_BACKGROUND_VARIABLE = "MENTORGUIDEN_PDF_I_BAGGRUNDEN"
"""Set to 1 by ``make serve``: a build does not wait for changed forms' PDFs (mentorguiden.forms.background)."""
SITE_URL_VARIABLE = "MENTORGUIDEN_SITE_URL"
EDIT_URI_VARIABLE = "MENTORGUIDEN_EDIT_URI"


@dataclass(frozen=True)
class BuildOptions:
    """What a build is asked to do, beyond mkdocs.yml: read from the environment in one place."""

    profile_file: str = PROFILE_FILE
    """``MENTORGUIDEN_PROFILE``: the municipality profile, relative to the project root."""
    print_pdf: bool = True
    """False with ``MENTORGUIDEN_SKIP_PDF=1``."""
    pdf_in_background: bool = False
    """True with ``MENTORGUIDEN_PDF_I_BAGGRUNDEN=1`` (``make serve``)."""
    chromium: str | None = None
    """``CHROMIUM_PATH``; None for Debian's /usr/bin/chromium."""
    pdf_cache: Path | None = None
    """Where printed PDFs are kept; None for ``.cache/mentoraftale/`` in the project."""
    site_url: str | None = None
    """``MENTORGUIDEN_SITE_URL``: overrides the profile's public address (previews, the tests' sub-path)."""
    edit_uri: str | None = None
    """``MENTORGUIDEN_EDIT_URI``: overrides the profile's "edit this page" address."""
    agreement_downloads: bool = True
    """False leaves out the forms' DOCX and PDF (a benchmark measures what they cost)."""
    today: dt.date | None = None
    """``MENTORGUIDEN_I_DAG``: the day the build acts on (review notices, the glossary's status); None for today."""

    @property
    def day(self) -> dt.date:
        """The day the build acts on."""
        return self.today or dt.date.today()

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> BuildOptions:
        return cls(
            profile_file=environ.get(PROFILE_ENVIRONMENT_VARIABLE) or PROFILE_FILE,
            print_pdf=environ.get(SKIP_PDF_VARIABLE) != "1",
            pdf_in_background=environ.get(PDF_IN_BACKGROUND_VARIABLE) == "1",
            chromium=environ.get(CHROMIUM_PATH_VARIABLE) or None,
            site_url=environ.get(SITE_URL_VARIABLE) or None,
            edit_uri=environ.get(EDIT_URI_VARIABLE) or None,
            today=rules.today(environ) if environ.get(rules.TODAY_VARIABLE) else None,
        )

    def pdf_printing(self, root: Path) -> PdfPrinting | None:
        """How to print the agreement PDF, or None when it is not printed. Looks for Chromium."""
        if not self.print_pdf:
            return None
        return PdfPrinting(
            chromium=chromium_path(self.chromium or ""),
            cache_folder=self.pdf_cache or root / CACHE_FOLDER,
            in_background=self.pdf_in_background,
        )


@dataclass(frozen=True)
class SiteState:
    """Everything one build reads from data/, loaded and checked once, plus that build's marker registry."""

    root: Path
    options: BuildOptions
    profile: Profile
    rules: Register
    rule_texts: RuleTexts
    forms: tuple[Form, ...]
    """Every form in data/blanketter/ (the citizen's agreement, the compensation agreement, the timesheet)."""
    glossary: Glossary
    checklists: tuple[Checklist, ...]
    search_settings: SearchSettings
    decision_aids: tuple[DecisionAid, ...]
    file_dates: FileDates
    markers: MarkerRegistry
    steps: StepGuide
    """The step-by-step guide for companies (data/trin.yml)."""
    templates: jinja2.Environment
    """The build's one environment for ``overrides/generated/`` (theme partials included): each
    template is compiled, or read from ``.cache/jinja/``, once per build, not once per page."""
    search_summaries: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Every built page's menu title (if not its heading) and description, by URL (``en/...`` for
    English): one of the two parts that grow during the build, as each language's pages are rendered."""
    _made: dict[Hashable, Any] = field(default_factory=dict)

    def once(self, key: Hashable, make: Callable[[], Made]) -> Made:
        """``make()`` the first time this build asks for ``key``; the same value every time after that.

        For what every page would otherwise work out again from the same
        data (the other pages' links and titles): per build, never per
        process, so ``mkdocs serve`` starts each rebuild afresh. A value that
        depends on the language being built has the language in its key.
        """
        if key not in self._made:
            self._made[key] = make()
        return cast("Made", self._made[key])

    @property
    def agreement(self) -> Form:
        """The citizen's agreement (data/blanketter/mentoraftale.yml)."""
        return the_agreement(self.forms)


def item_providers(agreement: Form | None = None) -> dict[str, ItemProvider]:
    """What ``punkter_fra: <name>`` in a checklist can take its items from.

    The build passes the agreement it has loaded; without one, the provider
    reads the project's agreement file itself.
    """

    def agreement_items(root: Path) -> tuple[ChecklistItem, ...]:
        return agreement_checklist_items(agreement or load_agreement(root))

    return {"mentoraftale": agreement_items}


def load_site_state(root: Path, options: BuildOptions) -> SiteState:
    """Load and check every data file (``DataError`` on the first file with mistakes)."""
    check_table()
    if unreadable := encoding_problems(root):
        raise DataError(unreadable)
    if config_problems := config_file_problems(root):
        raise DataError(config_problems)  # MkDocs reads the file, but silently keeps the last of a key written twice
    profile = load_profile(root, options.profile_file)
    register = rules.load_register(root)
    marker_problems = rules.marker_problems(root, register)
    if marker_problems:
        raise DataError(marker_problems)
    forms = load_forms(root, register=register)
    agreement = the_agreement(forms)
    glossary = load_glossary(root, today=options.day)
    checklists = load_checklists(root, item_providers(agreement), register)
    search_settings = load_search_settings(root)
    steps = load_step_guide(root, register, today=options.day)
    decision_aids = load_decision_aids(root, register)
    state = SiteState(
        root=root,
        options=options,
        profile=profile,
        rules=register,
        rule_texts=rules.rule_texts(root),
        forms=forms,
        glossary=glossary,
        checklists=checklists,
        search_settings=search_settings,
        decision_aids=decision_aids,
        file_dates=file_dates(root),
        markers=MarkerRegistry(),
        steps=steps,
        templates=template_environment(root, theme_partials=True),
    )
    register_markers(state)
    return state


def register_markers(state: SiteState) -> None:
    """The markers a page can use: ``tjekliste``, ``profil`` and ``regel``."""
    state.markers.register(CHECKLIST_MARKER, checklist_marker_handler(state.checklists, state.templates))

    text = profile_texts(state.profile, state.templates)
    state.markers.register(PROFILE_MARKER, lambda value, context: text(value, context.language))

    def cite(value: str, context: MarkerContext) -> str:
        rule = state.rules.get(value, f"i <!-- {rules.MARKER_NAME}: {value} -->")
        return rules.citation(rule, context.language, state.rule_texts)

    state.markers.register(rules.MARKER_NAME, cite)
