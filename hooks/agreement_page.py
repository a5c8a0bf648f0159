"""Generate the mentor agreement page and its Word and PDF downloads from data/mentoraftale.yml.

The law requires a written agreement for mentor support, and consultants use
this template. The form's text and fields live in data/mentoraftale.yml, the
markup in overrides/generated/agreement.html and the logic in
mentorguiden/agreement/. The agreement is loaded once per build by
hooks/site_setup.py; this hook adds the page in each language build, and
after each language build writes that language's DOCX and PDF beside the
page and checks all three outputs.

``make check`` sets MENTORGUIDEN_SKIP_PDF=1: it must run without a browser,
so it checks the page and the DOCX but prints no PDF. Published builds
always print it.
"""

from pathlib import Path

from mentorguiden.agreement import outputs
from mentorguiden.agreement.page import agreement_page
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    add_generated_page,
    hook_event,
    priorities,
    site_languages,
    site_state,
)


@hook_event(priorities.AGREEMENT_PAGE)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = site_state(config)
    add_generated_page(files, config, agreement_page(state.agreement, state.profile, site_languages(config).built, state.root))
    return files


@hook_event()
def on_post_build(config: MkDocsConfig) -> None:
    # Runs before mkdocs-static-i18n's own on_post_build (priorities.I18N)
    # starts the next language, so each language writes only its own files.
    state = site_state(config)
    if not state.options.agreement_downloads:
        return
    languages = site_languages(config)
    prefix = languages.path_prefix(languages.current)
    outputs.write_downloads(
        agreement=state.agreement,
        profile=state.profile,
        language=languages.current,
        site_dir=Path(config.site_dir),
        language_prefix=prefix,
        page_address=outputs.page_address(config.site_url, prefix),
        pdf=state.options.pdf_printing(state.root),
        rule_texts=state.rule_texts,
    )
