"""Every bilingual word and phrase of the site's own interface, in one table.

Python (``ui(key, language)``) and the templates (``{{ t("key") }}`` in
overrides/generated/ and in the theme partials, ``{{ ui("key", lang) }}``
in a macro, which does not see the caller's ``lang``) read the same table,
so a text is translated once and no template branches on the language.
Texts from data files (checklists, agreement, glossary, profile) are not
here: they stay in their data file.

How an entry is written:

- **Placeholders** are named, ``{municipality}``, and filled by keyword:
  ``t("contact_intro", unit=unit, municipality=municipality)``. Both
  languages of an entry have the same placeholders: ``table_problems``
  checks the table when this module is imported, so a broken edit stops the
  build (and ``make check``) with a Danish message naming the key, and a
  placeholder the code does not fill is a ``KeyError`` naming the entry.
- **Markup**: an entry is trusted code, like a template, and may hold
  markup, e.g. ``<span lang="da">mentorstøtte</span>`` in English text, or a
  link. A link to a Danish page gets its ``hreflang`` from a placeholder,
  ``{hreflang}``, filled with ``danish_attrs(lang, "hreflang")`` (the one
  helper for language-dependent attributes, ``core.languages.language_attributes``).
  In a template the entry is printed as markup and every
  placeholder *value* is escaped (in ``overrides/generated/`` also made
  Markdown-inert: ``mentorguiden.core.templates``). ``ui()`` in Python gives
  plain ``str.format`` text, for Word documents and messages.
- **Plurals**: an entry whose text depends on a number is a ``Plural`` in
  each language, and is asked for with ``count=``: ``t("months", count=3)``
  → "3 måneder". Danish and English both use the singular for 1 only.
- Literal braces would be placeholders; write none.

The table is Python, not a data file: its entries are code (markup,
plurals), read by code, and checked by the type checker and the unit tests
(``tests/unit/core/test_ui_strings.py``, which also check that every template
asks for keys of the table with exactly their placeholders). Editors may
reword a text between its quotes, in every language at once (README.md and
CONTRIBUTING.md tell them how); which text a page shows stays in the templates.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from markupsafe import Markup, escape

from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import LANGUAGES
from mentorguiden.core.messages import did_you_mean


class Plural(NamedTuple):
    """An entry's text for ``count == 1`` and for every other count."""

    one: str
    other: str


Text = str | Plural

_TABLE: dict[str, dict[str, Text]] = {
    # Dates and sources (core/dates.py, content/page_sources.py, partials/page-sources.html)
    "undated": {"da": "udateret", "en": "undated"},
    # A date as a reader says it (core/dates.py; {month} from dates.MONTHS): "22. november 2026", "22 November 2026"
    "date_day": {"da": "{day}. {month} {year}", "en": "{day} {month} {year}"},
    "date_month": {"da": "{month} {year}", "en": "{month} {year}"},
    "sources": {"da": "Kilder", "en": "Sources"},
    "sources_anchor": {"da": "kilder", "en": "sources"},
    "last_reviewed": {"da": "Senest gennemgået", "en": "Last reviewed"},
    "link_to_section": {"da": "Link til dette afsnit", "en": "Link to this section"},
    "status_as_of": {"da": "Status pr.", "en": "Status as of"},
    # Every page (partials/page-updated.html, actions.html, copyright.html, print-header.html)
    "last_updated": {"da": "Senest opdateret", "en": "Last updated"},
    "edit_page": {"da": "Rediger denne side", "en": "Edit this page"},
    "phone": {"da": "Telefon", "en": "Phone"},
    "accessibility_statement": {"da": "Tilgængelighedserklæring", "en": "Accessibility statement"},
    "contact": {"da": "Kontakt", "en": "Contact"},
    "about_site": {"da": "Om siden", "en": "About this site"},
    "print": {"da": "Udskriv", "en": "Print"},
    "printed": {"da": "Udskrevet", "en": "Printed"},
    # Opening hours (profile/texts.py)
    "and": {"da": "og", "en": "and"},
    "at_time": {"da": "kl. ", "en": ""},
    # The decision aid (generated/decision-aid.html, assets/javascripts/decision-aid.js reads the data-mg-* texts).
    # Company pages say "I/jer", consultant pages "du": entries ending in _virksomhed / _konsulent.
    "decision_guide_note_virksomhed": {
        "da": "Her er alle spørgsmålene på én side. Under hvert spørgsmål står, hvad hvert svar betyder, og hvor I "
        "skal læse videre.",
        "en": "Here are all the questions on one page. Under each question it says what each answer means and where to read on.",
    },
    "decision_guide_note_konsulent": {
        "da": "Her er alle spørgsmålene på én side. Under hvert spørgsmål står, hvad hvert svar betyder, og hvor du "
        "skal læse videre.",
        "en": "Here are all the questions on one page. Under each question it says what each answer means and where to read on.",
    },
    "decision_question_number": {"da": "{number}.", "en": "{number}."},
    "decision_leads_to_question": {"da": "Gå til spørgsmål {number}", "en": "Go to question {number}"},
    "decision_leads_to_result": {"da": "Resultat: {title}", "en": "Result: {title}"},
    "decision_results": {"da": "Svarene fører til et af disse resultater:", "en": "The answers lead to one of these results:"},
    "decision_back": {"da": "Tilbage", "en": "Back"},
    "decision_continue": {"da": "Fortsæt", "en": "Continue"},
    "decision_choose_answer": {"da": "Vælg et svar for at fortsætte.", "en": "Choose an answer to continue."},
    "decision_check_answers": {"da": "Tjek dine svar", "en": "Check your answers"},
    "decision_change": {"da": "Ret", "en": "Change"},
    "decision_change_hidden": {"da": "svaret på", "en": "the answer to"},
    "decision_see_result": {"da": "Se resultatet", "en": "See the result"},
    "decision_result": {"da": "Resultat", "en": "Result"},
    "decision_outcome_ja_virksomhed": {"da": "Sandsynligvis ja", "en": "Likely yes"},
    "decision_outcome_maaske_virksomhed": {
        "da": "Det kommer an på – tal med kommunen",
        "en": "It depends – talk to the municipality",
    },
    "decision_outcome_nej_virksomhed": {"da": "Sandsynligvis ikke", "en": "Probably not"},
    "decision_outcome_ja_konsulent": {"da": "Kriterierne er opfyldt", "en": "The criteria are met"},
    "decision_outcome_maaske_konsulent": {"da": "Afklar mere først", "en": "Clarify more first"},
    "decision_outcome_nej_konsulent": {"da": "Kriterierne er ikke opfyldt", "en": "The criteria are not met"},
    "decision_reasons": {"da": "Begrundelse", "en": "Reasons"},
    "decision_next_step": {"da": "Næste skridt", "en": "Next step"},
    "decision_read_more": {"da": "Læs mere", "en": "Read more"},
    "decision_print_note": {"da": "Udskriv vurderingen", "en": "Print the assessment"},
    "decision_start_again": {"da": "Start forfra", "en": "Start again"},
    "decision_note_title": {"da": "Vurdering: {title}", "en": "Assessment: {title}"},
    "decision_note_date": {"da": "Dato", "en": "Date"},
    "decision_note_question": {"da": "Spørgsmål", "en": "Question"},
    "decision_note_answer": {"da": "Svar", "en": "Answer"},
    "decision_note_conclusion": {"da": "Konklusion og begrundelse", "en": "Conclusion and reasons"},
    "decision_note_remarks": {"da": "Dine bemærkninger", "en": "Your remarks"},
    "decision_note_reminder": {
        "da": "Skriv aldrig borgerens navn eller CPR-nummer på vurderingen.",
        "en": "Never write the citizen's name or CPR number (Danish personal ID number) on the assessment.",
    },
    # Checklists (generated/checklist*.html)
    "checklist_for": {"da": "Til", "en": "For"},
    "checklist_see_also": {"da": "Se også", "en": "See also"},
    "checklist_read_more": {"da": "Læs mere", "en": "Read more"},
    "audience_virksomhed": {"da": "Virksomheder", "en": "Companies"},
    "audience_konsulent": {"da": "Jobcentre og konsulenter", "en": "Job centres and consultants"},
    "audience_begge": {"da": "Virksomheder, jobcentre og konsulenter", "en": "Companies, job centres and consultants"},
    "checklists_title": {"da": "Tjeklister", "en": "Checklists"},
    "checklists_description": {
        "da": "Tjeklister til virksomheder, jobcentre og konsulenter, som du kan krydse af på skærmen eller udskrive.",
        "en": "Checklists for companies, job centres and consultants, to tick off on screen or print.",
    },
    "checklists_intro": {
        "da": "Sæt kryds på skærmen, eller udskriv en tjekliste og tag den med. Det, du krydser af, bliver ikke "
        "gemt nogen steder.",
        "en": "Tick the items off on screen, or print a checklist and take it with you. What you tick is not saved anywhere.",
    },
    "checklists_all_link": {
        "da": "Alle tjeklister på én side, så du kan udskrive dem samlet",
        "en": "All checklists on one page, to print them all",
    },
    "checklists_all_title": {"da": "Alle tjeklister", "en": "All checklists"},
    "checklists_all_description": {
        "da": "Alle Mentorguidens tjeklister samlet på én side, klar til at blive udskrevet.",
        "en": "Every checklist in Mentorguiden on one page, ready to print.",
    },
    "checklists_all_intro": {
        "da": "Alle tjeklister på én side. Når du udskriver, begynder hver tjekliste på et nyt ark.",
        "en": "Every checklist on one page. When you print, each checklist starts on a new sheet.",
    },
    # The agreement: page (generated/form.html) and Word file (agreement/docx.py)
    "agreement_required_by_law": {"da": "kræves af loven", "en": "required by law"},
    "agreement_date_format": {"da": "dd.mm.åååå", "en": "dd.mm.yyyy"},
    "agreement_name": {"da": "Navn", "en": "Name"},
    "agreement_date": {"da": "Dato", "en": "Date"},
    "agreement_signature": {"da": "Underskrift", "en": "Signature"},
    "agreement_privacy": {"da": "Persondata:", "en": "Personal data:"},
    "agreement_legend": {
        "da": "Felter mærket »kræves af loven« skal altid udfyldes.",
        "en": "Fields marked “required by law” must always be filled in.",
    },
    "agreement_download_docx": {"da": "Hent som Word (.docx)", "en": "Download as Word (.docx)"},
    "agreement_download_pdf": {"da": "Hent den tomme blanket som PDF", "en": "Download the blank form as PDF"},
    # A day table (the timesheet): one row per day, and a sum row the script fills in (forms.js)
    "form_day_date": {"da": "Dato", "en": "Date"},
    "form_day_hours": {"da": "Timer", "en": "Hours"},
    "form_day_done": {"da": "Det gjorde mentoren (få ord)", "en": "What the mentor did (a few words)"},
    "form_day_cell": {"da": "{column}, dag {row}", "en": "{column}, day {row}"},
    "form_day_sum": {"da": "Timer i alt", "en": "Hours in total"},
    # The set page /blanketter/ (generated/forms-set.html)
    "forms_set_title": {"da": "Blanketter", "en": "Forms"},
    "forms_set_description": {
        "da": "Mentoraftalen, kompensationsaftalen og timesedlen: udfyld dem på skærmen, udskriv hele sættet på én gang, "
        "eller hent hver blanket som Word eller PDF.",
        "en": "The mentor agreement, the compensation agreement and the timesheet: fill them in on screen, print the whole "
        "set in one go, or download each form as Word or PDF.",
    },
    "forms_set_intro": {
        "da": "Her er alle tre blanketter til et forløb. Skriv virksomhedens, borgerens og mentorens navn én gang herunder, "
        "så står de på alle blanketterne. Når du udskriver, begynder hver blanket på et nyt ark.",
        "en": "Here are all three forms for a placement. Type the names of the company, the citizen and the mentor once "
        "below, and they appear on every form. When you print, each form starts on a new sheet.",
    },
    "forms_set_shared": {"da": "Skrives på alle blanketter", "en": "Written on every form"},
    "forms_set_list": {"da": "Hver blanket for sig", "en": "Each form on its own"},
    "forms_set_open": {"da": "Åbn blanketten", "en": "Open the form"},
    "agreement_fill_in_notice": {
        "da": "<strong>Udfyld på skærmen.</strong> Du kan skrive i felterne herunder og derefter udskrive blanketten eller gemme "
        "den som PDF fra browserens udskriftsvindue. Det, du skriver, bliver i din browser: siden sender ikke noget, gemmer "
        "ikke noget og sætter ingen cookies. Teksten forsvinder, når du lukker eller genindlæser siden, så udskriv eller "
        "gem den først.",
        "en": "<strong>Fill in on screen.</strong> You can type in the fields below and then print the form or save it "
        "as PDF from your browser's print dialogue. What you type stays in your browser: this page sends nothing, stores "
        "nothing and sets no cookies. The text is gone when you close or reload the page, so print or save it first.",
    },
    "agreement_status": {
        "da": "Reglerne på blanketten: {rules}. Reglerne ændres med beskæftigelsesreformen 2025–2027.",
        "en": "Rules on this form: {rules}. The rules are changing with the employment reform 2025–2027.",
    },
    # The checklist "Er mentoraftalen komplet?", one item per section of the agreement (agreement/checklist_items.py)
    "agreement_checklist_section": {
        "da": "Afsnittet »{title}« er udfyldt.",
        "en": "The section “{title}” is filled in.",
    },
    "agreement_checklist_required": {"da": "Krav i reglerne: {fields}.", "en": "Required by the rules: {fields}."},
    "agreement_checklist_send_safely": {
        "da": "Der står intet CPR-nummer i aftalen, og den underskrevne aftale sendes med Digital Post.",
        "en": "The agreement holds no CPR number, and the signed agreement is sent through Digital Post.",
    },
    "agreement_checklist_send_safely_help": {
        "da": "Send aldrig aftalen med almindelig e-mail.",
        "en": "Never send the agreement by ordinary e-mail.",
    },
    # The contact page (generated/contact.html); "phone" and "contact" are above
    "contact_description": {
        "da": "Sådan kontakter virksomheder {unit} i {municipality} om virksomhedsmentorer og mentorstøtte.",
        "en": "How companies contact {unit} in {municipality} about company mentors and mentor support.",
    },
    "contact_intro": {
        "da": "Vil I have en borger i praktik med en mentor, eller har I spørgsmål om mentorstøtte? Så kontakt {unit} i "
        "{municipality}. Vi hjælper både virksomheder og borgere.",
        "en": "Would you like to take on a citizen in a work placement with a mentor, or do you have questions about mentor "
        'support (<span lang="da">mentorstøtte</span>)? Contact {unit} in {municipality}. We help both companies and citizens.',
    },
    "contact_call_or_write": {"da": "Ring eller skriv", "en": "Call or write"},
    "email": {"da": "E-mail", "en": "E-mail"},
    "address": {"da": "Adresse", "en": "Address"},
    "opening_hours": {"da": "Åbningstider", "en": "Opening hours"},
    # {hreflang}: danish_attrs(lang, "hreflang"), the link's language on a page in another language
    "contact_digital_post": {
        "da": '<a href="{url}"{hreflang}>Skriv sikkert til {municipality}</a>',
        "en": '<a href="{url}"{hreflang}>Write securely to {municipality}</a> (the Danish public secure mail)',
    },
    "accessibility": {"da": "Tilgængelighed", "en": "Accessibility"},
    "contact_accessibility": {
        "da": 'Kan du ikke bruge en del af siden, eller vil du vide, hvor tilgængelig den er? Læs <a href="{url}"{hreflang}>'
        "tilgængelighedserklæringen for Mentorguiden</a>. Den fortæller også, hvordan du melder et problem.",
        "en": 'If you cannot use part of this site, or want to know how accessible it is, read the <a href="{url}"{hreflang}>'
        "accessibility statement for Mentorguiden</a> (in Danish). It also tells you how to report a problem.",
    },
    # The profile's texts in the guidance pages (generated/profile-texts.html, <!-- profil: key -->)
    "months": {"da": Plural("{count} måned", "{count} måneder"), "en": Plural("{count} month", "{count} months")},
    "profile_grant_period": {
        "da": "{municipality} bevilger mentorstøtte i op til {months} ad gangen.",
        "en": "{municipality} grants mentor support for up to {months} at a time.",
    },
    "profile_fixed_agreements": {
        "da": "{municipality} laver faste mentoraftaler med udvalgte virksomheder. Hver borger får stadig sin egen "
        "vurdering og sin egen skriftlige aftale.",
        "en": "{municipality} makes fixed mentor agreements with selected companies. Each citizen still gets their own "
        "assessment and their own written agreement.",
    },
    "profile_fixed_agreements_company": {
        "da": "{municipality} laver faste mentoraftaler med udvalgte virksomheder. Vil jeres virksomhed være med, så "
        "kontakt {unit}.",
        "en": "{municipality} makes fixed mentor agreements with selected companies. If your company would like to take "
        "part, contact {unit}.",
    },
    "profile_no_fixed_agreements": {
        "da": "{municipality} laver ikke faste mentoraftaler med virksomheder, men vurderer hver borger for sig.",
        "en": "{municipality} does not make fixed mentor agreements with companies, but assesses each citizen on their own.",
    },
    "profile_mentor_contact": {
        "da": 'Har jeres virksomhedsmentor spørgsmål, så kontakt {name}: telefon <a href="{phone_href}">{phone}</a>, '
        'e-mail <a href="mailto:{email}">{email}</a>.',
        "en": 'If your company mentor has questions, contact {name}: phone <a href="{phone_href}">{phone}</a>, '
        'e-mail <a href="mailto:{email}">{email}</a>.',
    },
    "profile_contact": {
        "da": 'Ring til {unit} i {municipality} på <a href="{phone_href}">{phone}</a>, eller skriv til '
        '<a href="mailto:{email}">{email}</a>.',
        "en": 'Call {unit} in {municipality} on <a href="{phone_href}">{phone}</a>, or write to '
        '<a href="mailto:{email}">{email}</a>.',
    },
    "profile_ask_municipality": {
        "da": 'Spørg {unit} om det: ring på <a href="{phone_href}">{phone}</a>, eller skriv til '
        '<a href="mailto:{email}">{email}</a>.',
        "en": 'Ask {unit} about it: call <a href="{phone_href}">{phone}</a>, or write to <a href="mailto:{email}">{email}</a>.',
    },
    # How to apply (<!-- profil: ansoegning -->), one text per profile.application.method
    "profile_apply_telefon": {
        "da": 'I søger om en mentor ved at ringe til {unit} på <a href="{phone_href}">{phone}</a>.',
        "en": 'You apply for a mentor by calling {unit} on <a href="{phone_href}">{phone}</a>.',
    },
    "profile_apply_email": {
        "da": 'I søger om en mentor ved at skrive til {unit} på <a href="mailto:{email}">{email}</a>.',
        "en": 'You apply for a mentor by writing to {unit} at <a href="mailto:{email}">{email}</a>.',
    },
    "profile_apply_formular": {
        "da": 'I søger om en mentor med <a href="{url}"{hreflang}>formularen på kommunens hjemmeside</a>. Vil I tale med nogen '
        'først, så ring til {unit} på <a href="{phone_href}">{phone}</a>.',
        "en": 'You apply for a mentor with <a href="{url}"{hreflang}>the form on the municipality\'s website</a> (in '
        'Danish). If you would like to talk to someone first, call {unit} on <a href="{phone_href}">{phone}</a>.',
    },
    "profile_apply_selvbetjening": {
        "da": 'I søger om en mentor i {system}: <a href="{url}"{hreflang}>gå til {system}</a>. Vil I tale med nogen '
        'først, så ring til {unit} på <a href="{phone_href}">{phone}</a>.',
        "en": 'You apply for a mentor in {system}: <a href="{url}"{hreflang}>go to {system}</a> (in Danish). If you would '
        'like to talk to someone first, call {unit} on <a href="{phone_href}">{phone}</a>.',
    },
    # How the company is paid (<!-- profil: udbetaling -->): method, frequency, documentation, deadline
    "profile_payment_nemkonto": {
        "da": "I beder om kompensationen {frequency}, og {municipality} udbetaler den til virksomhedens NemKonto.",
        "en": "You claim the compensation {frequency}, and {municipality} pays it into the company's NemKonto (the "
        "company's account for payments from public authorities).",
    },
    "profile_payment_e_faktura": {
        "da": "I sender en e-faktura {frequency} til {municipality} på EAN-nummer {ean}.",
        "en": "You send an electronic invoice {frequency} to {municipality}, EAN number {ean}.",
    },
    "payment_frequency_maanedlig": {"da": "hver måned", "en": "every month"},
    "payment_frequency_kvartalsvis": {"da": "hvert kvartal", "en": "every quarter"},
    "payment_frequency_efter_perioden": {"da": "én gang, når perioden er slut", "en": "once, when the period has ended"},
    "profile_payment_documents": {"da": "Vedlæg {documents}.", "en": "Attach {documents}."},
    "payment_document_timeseddel": {"da": "mentorens timeseddel", "en": "the mentor's timesheet"},
    "payment_document_loenoplysninger": {
        "da": "dokumentation for mentorens timelønsomkostning (fx en lønseddel)",
        "en": "documentation of the mentor's hourly wage cost (for example a payslip)",
    },
    "payment_document_faktura": {
        "da": "mentorens faktura (hvis mentoren er ekstern konsulent)",
        "en": "the mentor's invoice (if the mentor is an external consultant)",
    },
    "profile_payment_deadline": {
        "da": "{municipality} udbetaler senest {days} dage efter at have fået det hele.",
        "en": "{municipality} pays at the latest {days} days after receiving everything.",
    },
    # Opening hours (profile/texts.py): the profile's weekdays are Danish, in this order (profile.model.WEEKDAYS)
    "monday": {"da": "mandag", "en": "Monday"},
    "tuesday": {"da": "tirsdag", "en": "Tuesday"},
    "wednesday": {"da": "onsdag", "en": "Wednesday"},
    "thursday": {"da": "torsdag", "en": "Thursday"},
    "friday": {"da": "fredag", "en": "Friday"},
    "saturday": {"da": "lørdag", "en": "Saturday"},
    "sunday": {"da": "søndag", "en": "Sunday"},
    "clock_time": {"da": "{hours}.{minutes}", "en": "{hours}:{minutes}"},
    # The glossary page (generated/glossary.html); "status_as_of" is above
    "glossary_title": {"da": "Ordliste", "en": "Glossary"},
    "glossary_description": {
        "da": "Forklaringer på de fagord, der bruges om mentorstøtte og virksomhedsmentorer.",
        "en": "Explanations of the terms used about mentor support and company mentors.",
    },
    "glossary_intro": {
        "da": "Her er de fagord, Mentorguiden bruger, forklaret i almindeligt sprog. På de andre sider er ordene "
        "understreget med prikker: hold musen over ordet, gå til det med tastaturet, eller tryk på det for at se "
        "forklaringen.",
        "en": "These are the terms Mentorguiden uses, explained in plain language. On the other pages the terms have a "
        "dotted underline: hover over the term, move to it with the keyboard, or tap it to see the explanation.",
    },
    # Rules from data/regler.yml (generated/rules.html); "agreement_required_by_law" is above
    "rules": {"da": "Regler", "en": "Rules"},
    # "rule_status" is also the date every agreement output must show (agreement/outputs.py)
    "rule_status": {"da": "status pr. {date}", "en": "status as of {date}"},
    "rule_status_historical": {"da": "historisk, status pr. {date}", "en": "historical, status as of {date}"},
    "rule_see_also": {"da": "jf. {rule}", "en": "cf. {rule}"},
    "rules_notice_title": {
        "da": "Reglerne er ændret eller ved at blive gennemgået",
        "en": "The rules have changed or are being reviewed",
    },
    "rules_notice_text": {
        "da": "Reglerne, som siden bygger på, skulle være tjekket igen senest {date}. Indtil det er sket, kan dele af siden "
        "være forældet. Læs selve loven, før du bruger siden:",
        "en": "The rules this page is based on were due to be checked again by {date}. Until they have been, parts of the "
        "page may be out of date. Read the law itself before you rely on the page:",
    },
    # The step-by-step guide (generated/steps.html, steps/page.py, assets/javascripts/steps.js via data attributes)
    "steps_step": {"da": "Trin", "en": "Step"},
    "steps_who": {"da": "Hvem gør det", "en": "Who does it"},
    "steps_duration": {"da": "Hvor lang tid", "en": "How long"},
    "steps_read_more": {"da": "Læs mere", "en": "Read more"},
    "steps_show_all": {"da": "Vis alle trin", "en": "Show all steps"},
    "steps_hide_all": {"da": "Skjul alle trin", "en": "Hide all steps"},
    # Who does a step (steps/page.py joins them: "Virksomheden og kommunen"); data/trin.yml's "hvem"
    "steps_role_virksomhed": {"da": "virksomheden", "en": "the company"},
    "steps_role_kommune": {"da": "kommunen", "en": "the municipality"},
    "steps_role_borger": {"da": "borgeren", "en": "the citizen"},
    "steps_role_mentor": {"da": "mentoren", "en": "the mentor"},
    # The box on a guidance page that a step links to (generated/step-notice.html)
    "steps_notice": {
        "da": 'Del af trin {number} af {total} i <a href="{guide_href}">»{guide}«</a>: <a href="{step_href}">{step}</a>',
        "en": 'Part of step {number} of {total} in <a href="{guide_href}">‘{guide}’</a>: <a href="{step_href}">{step}</a>',
    },
}


UI_STRINGS: Mapping[str, Mapping[str, Text]] = MappingProxyType({key: MappingProxyType(texts) for key, texts in _TABLE.items()})
"""key → {language → text}; read-only."""

TABLE_FILE = "mentorguiden/core/ui_strings.py"


def placeholders(text: Text) -> set[str]:
    """The named placeholders of an entry's text in one language (both forms of a plural)."""
    forms = text if isinstance(text, Plural) else (text,)
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name is not None}


def _shown_placeholders(names: set[str]) -> str:
    return " ".join(f"{{{name}}}" for name in sorted(names)) or "ingen"


def table_problems(table: Mapping[str, Mapping[str, Text]]) -> list[str]:
    """In Danish, for whoever edits the table: keys that are not names, a missing language, placeholders that differ."""
    problems = []
    for key, texts in table.items():
        if not re.fullmatch(r"[a-z][a-z_]*", key):
            problems.append(
                f"{key!r} er ikke en nøgle: en nøgle er et navn af små bogstaver og _. "
                "Mangler der et komma, så to tekster i træk er blevet til én?"
            )
        if set(texts) != set(LANGUAGES):
            problems.append(
                f"'{key}' har tekst på {', '.join(sorted(texts)) or 'intet sprog'}, men skal have tekst på "
                f"{' og '.join(LANGUAGES)} – hverken flere eller færre."
            )
            continue
        found = {language: placeholders(text) for language, text in texts.items()}
        if len({frozenset(names) for names in found.values()}) > 1:
            shown = ", ".join(f"{language}: {_shown_placeholders(names)}" for language, names in found.items())
            problems.append(
                f"'{key}' har ikke de samme pladsholdere på alle sprog ({shown}). Skriv de samme {{…}} i hvert sprog."
            )
        if len({isinstance(text, Plural) for text in texts.values()}) > 1:
            problems.append(f"'{key}' har ental og flertal (Plural) på ét sprog, men ikke på det andet.")
        if any(isinstance(text, Plural) for text in texts.values()) and "count" not in set().union(*found.values()):
            problems.append(f"'{key}' har ental og flertal (Plural), men viser aldrig tallet {{count}}.")
    return problems


def check_table(table: Mapping[str, Mapping[str, Text]] | None = None) -> None:
    """``DataError`` on a table an edit has broken; every build (and ``make check``) asks first.

    A ``DataError`` reaches the editor as a Danish message without a traceback
    (not an error at import, which would show one).
    """
    problems = table_problems(UI_STRINGS if table is None else table)
    if problems:
        raise DataError([f"{TABLE_FILE}: {problem}" for problem in problems])


def entry(key: str, language: str, count: int | None = None) -> str:
    """The raw text of ``key`` in ``language``, placeholders unfilled.

    A key the table does not have (an editor renamed it) is a ``DataError``
    naming it; a language it does not have is a ``KeyError``: a page in a
    language without texts fails instead of showing holes or Danish.
    A ``Plural`` entry needs ``count``; any other entry must not get one.
    """
    if key not in UI_STRINGS:
        hint = did_you_mean(key, UI_STRINGS, otherwise="")
        raise DataError(
            f"{TABLE_FILE}: siden bruger teksten '{key}', men den står ikke i tabellen. Navnet på en tekst må "
            f"ikke ændres: skriv det, som det var. {hint}".rstrip()
        )
    texts = UI_STRINGS[key]
    if language not in texts:
        raise KeyError(f"the interface text {key!r} has no text in the language {language!r}")
    text = texts[language]
    if isinstance(text, Plural):
        if count is None:
            raise TypeError(f"the interface text {key!r} depends on a number: give count=")
        return text.one if count == 1 else text.other
    if count is not None:
        raise TypeError(f"the interface text {key!r} has no plural forms, so count= has no meaning")
    return text


def _filled(key: str, language: str, fill: Callable[[], str]) -> str:
    """``fill()``, or a message naming the entry when its text has a placeholder the code does not give."""
    try:
        return fill()
    except KeyError as missing:
        raise DataError(
            f"{TABLE_FILE}: teksten '{key}' ({language}) har pladsholderen {{{missing.args[0]}}}, som koden ikke "
            "udfylder. Brug de pladsholdere, teksten havde før, i alle sprog."
        ) from None


def ui(key: str, language: str, /, count: int | None = None, **values: Any) -> str:
    """The interface text ``key`` in ``language`` as plain text, with its placeholders filled.

    ``ui("months", "da", count=3)`` → ``"3 måneder"``. For Python's own
    output (Word documents, messages); templates use ``ui_markup``.
    """
    if count is not None:
        values["count"] = count
    text = entry(key, language, count)
    return _filled(key, language, lambda: text.format(**values))


def ui_markup(
    key: str, language: str, /, escape_value: Callable[[Any], Any] = escape, count: int | None = None, **values: Any
) -> Markup:
    """The interface text as markup: the entry is trusted, each placeholder value is escaped with ``escape_value``.

    ``escape_value`` returns ``Markup`` for text it has escaped; a value that is
    ``Markup`` already (a macro's output, an attribute from ``danish_attrs``)
    is kept, and anything else is HTML-escaped by ``Markup.format``.
    """
    if count is not None:
        values["count"] = count
    text = Markup(entry(key, language, count))
    return Markup(_filled(key, language, lambda: text.format(**{name: escape_value(value) for name, value in values.items()})))


def ui_for(language: str) -> Callable[..., Markup]:
    """``t(key, **values)`` for one language, as the theme's templates call it (values HTML-escaped)."""

    def t(key: str, /, **values: Any) -> Markup:
        return ui_markup(key, language, **values)

    return t
