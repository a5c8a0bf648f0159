# Mentorguiden. To kommandoer er nok (se README.md):
#
#   make serve   sæt alt op, byg siden og vis den på http://127.0.0.1:8000
#   make test    sæt alt op (også Debians chromium) og kør alle tests
#
# Begge laver selv et virtuelt Python-miljø i .venv/ første gang.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check --constraint constraints.txt
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# Another municipality's profile: make build PROFILE=data/profiler/proevested.yml
# (the default is data/profil.yml; hooks/municipality_profile.py reads it).
ifdef PROFILE
export MENTORGUIDEN_PROFILE := $(PROFILE)
endif

# Material for MkDocs prints a notice about its end of life on every run.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help serve build test test-setup debian-test check lint friskhed oversaettelser regler check-python chromium hunspell java vnu bench skrifttyper lighthouse clean

help:
	@echo "make serve   Byg siden og vis den på http://127.0.0.1:8000 (genindlæser ved ændringer)"
	@echo "make test    Kør alle tests (installerer selv det, der mangler)"
	@echo "make build   Byg den statiske side til site/ (en anden kommuneprofil: make build PROFILE=data/profiler/proevested.yml)"
	@echo "make check   Hurtigt tjek før en pull request: data, bygning, links, kopieret tekst, stavning"
	@echo "make friskhed        Vis sider, der ikke er gennemgået i 12 måneder"
	@echo "make oversaettelser  Vis engelske sider, der mangler eller er ældre end den danske side"
	@echo "make regler  Vis hver regel i data/regler.yml og de sider, der bruger den"
	@echo "make bench   Mål byggetiden (mod en ren Material-bygning, med mentoraftalens Word og PDF, med 10 gange så meget indhold), hvor hurtig søgningen er,"
	@echo "             hvad hver side henter ved første besøg, og Lighthouse-tallene (make lighthouse installerer Lighthouse)"
	@echo "make skrifttyper  Lav skrifttyperne i overrides/assets/fonts/ igen med de tegn, siden bruger (når en test beder om det)"
	@echo "make vnu     Installer HTML-validatoren vnu (Debians Java og npm-pakken vnu-jar); make test gør det selv"
	@echo "make clean   Slet site/ og .venv/"

# --dirty: a saved file rebuilds only the pages it changes (hooks/serve_rebuild.py,
# mentorguiden/mkdocs_glue/dirty.py). The forms' PDFs are printed in the background:
# a saved change shows at once, and a changed form's PDF follows a few seconds later
# (mentorguiden/forms/background.py).
serve: $(VENV)/.site-installed chromium
	MENTORGUIDEN_PDF_I_BAGGRUNDEN=1 $(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000 --livereload

build: $(VENV)/.site-installed chromium
	$(BIN)/python -m mentorguiden.tools.build --site-dir site

# Two workers (pytest-xdist) for the two cores; --dist loadgroup keeps the tests
# of a copy built once per module (xdist_group) on one worker. The full sites
# are built once per run in the background (tests/helpers/builds.py).
# One process instead: make test PYTEST_WORKERS=0
PYTEST_WORKERS ?= 2
test: test-setup
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

# What make test needs, set up side by side where it can: the Python packages
# (pip) while apt-get installs every missing Debian package in one run; then
# vnu (it needs npm and Java from apt) and the lint.
test-setup:
	@$(MAKE) --no-print-directory -j2 $(VENV)/.test-installed debian-test
	@$(MAKE) --no-print-directory $(VNU_JAR) lint

# No browser: the agreement PDF is not printed (mentorguiden/tools/check.py).
check: $(VENV)/.test-installed hunspell
	@$(BIN)/python -m mentorguiden.tools.check
	@$(MAKE) --no-print-directory lint

# Python code: style and formatting (ruff) and types (mypy, strict on mentorguiden/).
lint: $(VENV)/.test-installed
	@$(BIN)/ruff check --quiet .
	@$(BIN)/ruff format --check --quiet .
	@$(BIN)/mypy

friskhed: $(VENV)/.site-installed
	@$(BIN)/python -m mentorguiden.tools.freshness

oversaettelser: $(VENV)/.site-installed
	@$(BIN)/python -m mentorguiden.tools.translation_report

regler: $(VENV)/.site-installed
	@$(BIN)/python -m mentorguiden.rules --brug

bench: $(VENV)/.site-installed chromium
	$(BIN)/python benchmarks/build.py
	$(BIN)/python benchmarks/agreement.py
	$(BIN)/python benchmarks/scaling.py
	$(BIN)/python benchmarks/search.py
	$(BIN)/python benchmarks/serve.py
	$(BIN)/python benchmarks/first_load.py
	@$(MAKE) --no-print-directory lighthouse
	$(BIN)/python benchmarks/lighthouse.py

# An npm tool pinned in tools/<folder>/package-lock.json, installed into
# tools/<folder>/node_modules/ (ignored by git) with Debian's npm:
# $(call npm_install,what it is (Danish),folder)
define npm_install
@tools/debian-packages.sh npm
@echo "Installerer $(1) i tools/$(2)/ ..."
npm ci --prefix tools/$(2) --ignore-scripts --no-audit --no-fund --loglevel=error
@touch $@
endef

# Lighthouse for benchmarks/lighthouse.py (make bench): the npm package, pinned in
# tools/lighthouse/package-lock.json, run with Debian's chromium (CHROME_PATH).
LIGHTHOUSE_BIN := tools/lighthouse/node_modules/.bin/lighthouse

lighthouse: chromium $(LIGHTHOUSE_BIN)

$(LIGHTHOUSE_BIN): tools/lighthouse/package.json tools/lighthouse/package-lock.json
	$(call npm_install,Lighthouse (npm-pakken lighthouse),lighthouse)

# IBM Plex Sans cut down to the characters the site uses: the full fonts in
# tools/fonts/ → overrides/assets/fonts/ (mentorguiden/tools/fonts.py).
skrifttyper: $(VENV)/.site-installed
	$(PIP_INSTALL) '.[fonts]'
	$(BIN)/python -m mentorguiden.tools.fonts

clean:
	rm -rf site $(VENV)

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Mentorguiden kræver Python 3.11 eller nyere, men $(PYTHON) er " + sys.version.split()[0] + ".")'

$(BIN)/python: | check-python
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		echo "Python kan ikke lave et virtuelt miljø. Installerer python3-venv ..."; \
		rm -rf $(VENV); \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv >/dev/null; \
		$(PYTHON) -m venv $(VENV); }

$(VENV)/.site-installed: pyproject.toml constraints.txt | $(BIN)/python
	@echo "Installerer Mentorguidens Python-pakker i $(VENV)/ ..."
	$(PIP_INSTALL) --editable .
	@touch $@

$(VENV)/.test-installed: pyproject.toml constraints.txt | $(BIN)/python
	@echo "Installerer Mentorguidens Python-pakker og testværktøjer i $(VENV)/ ..."
	$(PIP_INSTALL) --editable '.[test]'
	@touch $@ $(VENV)/.site-installed

# Debian's packages, installed by tools/debian-packages.sh (only those missing, in
# one apt-get run, with sudo unless root): chromium prints the PDFs and runs the
# browser tests (Playwright never downloads a browser); hunspell and
# hunspell-da are the spell check in make check.
chromium:
	@tools/debian-packages.sh chromium

hunspell:
	@tools/debian-packages.sh hunspell

debian-test:
	@tools/debian-packages.sh chromium hunspell java npm

# tests/test_valid_html.py runs the W3C Nu Html Checker (vnu) over every page:
# Debian's Java, and the npm package vnu-jar, pinned in tools/vnu/package-lock.json
# and installed into tools/vnu/node_modules/ (ignored by git). --ignore-scripts:
# vnu-jar's own install step would download a Java; Debian's is used instead.
VNU_JAR := tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar

java:
	@tools/debian-packages.sh java

vnu: java $(VNU_JAR)

$(VNU_JAR): tools/vnu/package.json tools/vnu/package-lock.json
	$(call npm_install,HTML-validatoren vnu (npm-pakken vnu-jar),vnu)
