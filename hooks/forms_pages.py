"""Generate the forms' pages and their Word and PDF downloads from data/blanketter/.

The law requires a written agreement for mentor support; the company also
signs a compensation agreement and logs the mentor's hours on a timesheet.
Each form's text and fields live in data/blanketter/<id>.yml, the markup in
overrides/generated/form.html (+ form-body.html, forms-set.html for
/blanketter/) and the logic in mentorguiden/forms/. The forms are loaded once
per build by hooks/site_setup.py; this hook adds the pages in each language
build, and after each language build writes that language's DOCX and PDF
beside each form's page and checks all three outputs. Both are rendered only
when what they are made from has changed (kept in .cache/, see outputs.py).

``make check`` sets MENTORGUIDEN_SKIP_PDF=1: it must run without a browser,
so it checks the pages and the DOCX but prints no PDF. Published builds
always print them.
"""

from pathlib import Path

from mentorguiden.forms import outputs
from mentorguiden.forms.page import form_pages
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    add_generated_page,
    hook_event,
    page_is_fresh,
    printing_after_the_build,
    priorities,
    site_languages,
    site_state,
)


@hook_event(priorities.FORMS_PAGES)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = site_state(config)
    for page in form_pages(state.forms, state.profile, site_languages(config).built, state.root, state.templates):
        add_generated_page(files, config, page)
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
    # make serve (--dirty): a form whose page was not rendered again keeps its downloads from the build before.
    forms = tuple(form for form in state.forms if page_is_fresh(config, f"{prefix}{form.page_folder}/"))
    outputs.write_downloads(
        forms=forms,
        profile=state.profile,
        language=languages.current,
        site_dir=Path(config.site_dir),
        language_prefix=prefix,
        site_url=config.site_url,
        pdf=printing_after_the_build(config, state.options.pdf_printing(state.root)),
        rule_texts=state.rule_texts,
        docx_cache=state.root / outputs.DOCX_CACHE_FOLDER,
        environment=state.templates,
    )
