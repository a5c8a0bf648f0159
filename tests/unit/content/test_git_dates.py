"""Dates from git (mentorguiden/git_dates.py) without a repository; with one: tests/site/test_history.py."""

from __future__ import annotations

import datetime as dt

from helpers.builds import ROOT

from mentorguiden.content.git_dates import UNKNOWN, file_dates, parse_log


def test_git_log_is_read_per_file_with_the_newest_commit_winning():
    log = (
        "\x1ecommit 2026-03-05T10:00:00+01:00\n\nsite/docs/a.md\nother/x.md\n"
        "\x1ecommit 2026-01-10T10:00:00+01:00\n\nsite/docs/a.md\nsite/data/profil.yml\n"
    )
    dates = parse_log(log, prefix="site/")
    assert dates == {
        "docs/a.md": dt.datetime.fromisoformat("2026-03-05T10:00:00+01:00"),
        "data/profil.yml": dt.datetime.fromisoformat("2026-01-10T10:00:00+01:00"),
    }


def test_no_dates_outside_a_repository_or_without_git(tmp_path, monkeypatch):
    # Unknown, and saying why (mentorguiden.content.git_dates.FileDates.reason).
    outside = file_dates(tmp_path)
    assert not outside.known and outside.last_changed("docs/index.md") is None and outside.reason
    assert UNKNOWN.last_changed("docs/index.md") is None
    monkeypatch.setenv("PATH", str(tmp_path))  # no git on the PATH
    without_git = file_dates(ROOT)
    assert not without_git.known and "git er ikke installeret" in (without_git.reason or "")
