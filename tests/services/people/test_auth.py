"""Role checks live in the service layer: a volunteer cannot do a coordinator's work."""

from __future__ import annotations

import pytest

from wijkinfo.services.errors import PermissionDenied
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor, can, require

VOL = Actor(user_id="u1", name="Ans", role=VOLUNTEER)
COORD = Actor(user_id="u2", name="Kees", role=COORDINATOR)


@pytest.mark.parametrize("permission", ["directory.edit", "signal.contact.read", "user.manage"])
def test_volunteer_is_refused_coordinator_work(permission):
    assert not can(VOL, permission)
    with pytest.raises(PermissionDenied, match="coördinator"):
        require(VOL, permission)
    require(COORD, permission)


def test_nobody_signed_in_may_do_nothing_and_typos_are_bugs():
    with pytest.raises(PermissionDenied):
        require(None, "directory.read")
    with pytest.raises(ValueError):
        require(COORD, "directory.edti")
