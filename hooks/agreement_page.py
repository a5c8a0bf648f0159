"""Generate the mentor agreement page and its Word and PDF downloads from data/mentoraftale.yml.

The law requires a written agreement for mentor support, and consultants use
this template. The form's text and fields live in data/mentoraftale.yml, the
markup in overrides/generated/agreement.html and the logic in
mentorguiden/agreement*.py. This hook loads the data once, adds the page in
each language build, and after each language build writes that language's
DOCX and PDF beside the page and checks all three outputs.

``make check`` sets MENTORGUIDEN_SKIP_PDF=1: it must run without a browser,
so it checks the page and the DOCX but prints no PDF. Published builds
always print it.
"""

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from mentorguiden import agreement_outputs
from mentorguiden.agreement import load_agreement
from mentorguiden.agreement_page import agreement_page
from mentorguiden.errors import DataError
from mentorguiden.mkdocs_glue import AFTER_I18N, add_generated_page, build_error, project_root, site_languages


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # mkdocs-static-i18n runs on_config again for each further language.
    if "agreement" not in config.extra:
        try:
            config.extra["agreement"] = load_agreement(project_root(config))
        except DataError as error:
            raise build_error(error) from None
    return config


@event_priority(AFTER_I18N)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    page = agreement_page(config.extra["agreement"], config.extra["profile"],
                          site_languages(config).built, project_root(config))
    add_generated_page(files, config, page)
    return files


def on_post_build(config: MkDocsConfig) -> None:
    # Runs before mkdocs-static-i18n's own on_post_build starts the next
    # language, so each language writes only its own files.
    languages = site_languages(config)
    prefix = languages.path_prefix(languages.current)
    try:
        agreement_outputs.write_downloads(
            agreement=config.extra["agreement"],
            profile=config.extra["profile"],
            language=languages.current,
            site_dir=Path(config.site_dir),
            language_prefix=prefix,
            page_address=agreement_outputs.page_address(config.site_url, prefix),
            root=project_root(config),
            with_pdf=os.environ.get(agreement_outputs.SKIP_PDF_VARIABLE) != "1",
        )
    except DataError as error:
        raise build_error(error) from None
