"""Profiles: create, rename, archive, bring back, remember; names every system accepts."""

import dataclasses

import pytest

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.profiles import folders as profiles
from hiptimer.profiles.folders import (
    ProfileError,
    ProfileNameError,
    archive_profile,
    create_profile,
    existing_profile_dir,
    list_archived_profiles,
    list_profiles,
    profile_dir,
    remember_profile,
    remembered_profile,
    rename_profile,
    unarchive_profile,
)
from hiptimer.profiles.saved import LibraryStore


def test_create_lists_and_refuses_a_second_of_the_same_name(data_home):
    profile_dir("default")
    assert create_profile("  Anna Berg ") == "Anna Berg"
    assert list_profiles() == ["Anna Berg", "default"]
    with pytest.raises(ProfileError, match="'Anna Berg' already exists"):
        create_profile("anna berg")  # Windows would see the same folder


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Anna: week 1", "cannot be a profile name"),
        ("Who?", "cannot be a profile name"),
        ("a/b", "cannot be a profile name"),
        ("", "cannot be a profile name"),
        ("x" * 41, "cannot be a profile name"),
        ("trailing.", "cannot be a profile name"),
        ("CON", "reserved name on Windows"),
        ("lpt1.txt", "reserved name on Windows"),
    ],
)
def test_names_windows_refuses_are_refused_clearly(data_home, name, words):
    with pytest.raises(ProfileNameError, match=words):
        create_profile(name)
    assert list_profiles() == ["default"]


def test_rename_moves_the_routines_with_the_profile(data_home):
    create_profile("Anna")
    LibraryStore.for_profile("Anna").save_routine(
        dataclasses.replace(DEFAULT_ROUTINE, name="Week 1")
    )
    remember_profile("Anna")
    assert rename_profile("Anna", "Anna Berg") == "Anna Berg"
    assert list_profiles() == ["Anna Berg", "default"]
    assert LibraryStore.for_profile("Anna Berg").load_routine("Week 1").name == "Week 1"
    assert remembered_profile() == "Anna Berg"


def test_a_rename_that_only_changes_case_works(data_home):
    create_profile("anna")
    assert rename_profile("anna", "Anna") == "Anna"
    assert list_profiles() == ["Anna", "default"]


def test_rename_refuses_taken_names_and_the_default_profile(data_home):
    profile_dir("default")
    create_profile("Anna")
    create_profile("Ben")
    with pytest.raises(ProfileError, match="'Ben' already exists"):
        rename_profile("Anna", "BEN")
    with pytest.raises(ProfileError, match="default profile keeps its name"):
        rename_profile("default", "Studio")
    with pytest.raises(ProfileError, match="no profile named 'Cleo'"):
        rename_profile("Cleo", "Dora")


def test_archive_hides_a_profile_and_keeps_its_data(data_home):
    profile_dir("default")
    create_profile("Anna")
    store = LibraryStore.for_profile("Anna")
    store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="Week 1"))
    remember_profile("Anna")
    archive_profile("Anna")
    assert list_profiles() == ["default"]
    assert list_archived_profiles() == ["Anna"]
    assert remembered_profile() == "default"
    with pytest.raises(ProfileError, match="'Anna' \\(archived\\) already exists"):
        create_profile("Anna")
    unarchive_profile("Anna")
    assert list_profiles() == ["Anna", "default"]
    assert store.load_routine("Week 1").name == "Week 1"
    with pytest.raises(ProfileError, match="default profile cannot be archived"):
        archive_profile("default")


def test_existing_profile_dir_does_not_make_up_profiles(data_home):
    with pytest.raises(ProfileError, match="no profile named 'Nobody'"):
        existing_profile_dir("Nobody")
    assert existing_profile_dir("default").is_dir()
    create_profile("Anna")
    assert existing_profile_dir("anna").name == "Anna"


def test_a_damaged_profile_file_reads_as_not_archived(data_home):
    create_profile("Anna")
    (profiles.profiles_root() / "Anna" / profiles.PROFILE_FILE).write_text("{not json")
    assert list_profiles() == ["Anna", "default"]
