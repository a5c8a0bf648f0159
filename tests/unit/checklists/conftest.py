"""Fixtures shared by the checklist unit tests: the template environment and the shipped checklists."""

import pytest

from helpers.builds import ROOT
from mentorguiden.checklists.model import load_checklists
from mentorguiden.checklists.pages import checklist_environment
from mentorguiden.site import item_providers


@pytest.fixture(scope="module")
def environment():
    return checklist_environment(ROOT)


@pytest.fixture(scope="module")
def shipped():
    return load_checklists(ROOT, item_providers())
