"""The rule register (data/regler.yml): citations in included texts, and the review notice on the pages that use a rule.

The register is loaded and checked once per build by hooks/site_setup.py
(``site_state(config).rules``), which also registers the
``<!-- regel: id -->`` marker that hooks/markers.py expands. Texts included
with ``{!file!}`` reach the HTML with their markers still in them, so they
are expanded here, after Markdown. Every page that cites a rule gets the
review notice (shown once the rule's ``gennemgaas_senest`` has passed on the
build's day, else hidden with the date for ``rules-notice.js``). The work is
done in mentorguiden/rules/.
"""

from mentorguiden.mkdocs_glue import Files, MkDocsConfig, Page, hook_event, site_languages, site_state
from mentorguiden.rules import expand_included_citations
from mentorguiden.rules.notice import add_notices


@hook_event()
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = site_state(config)
    return expand_included_citations(html, state.rules, site_languages(config).current, state.rule_texts)


@hook_event()
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    state = site_state(config)
    return add_notices(output, state.rules, state.options.day, site_languages(config).current, state.rule_texts)
