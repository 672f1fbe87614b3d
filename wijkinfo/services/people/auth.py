"""Who is acting, and what their role may do. Every service checks here; the UI only hides.

Roles: a volunteer (vrijwilliger) works at the desk; a coordinator (coördinator) also keeps the
directory, reviews signals, sees contact details and manages users and settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wijkinfo.services.errors import PermissionDenied

if TYPE_CHECKING:
    from wijkinfo.services.privacy.sealing import Unlocked

VOLUNTEER = "volunteer"
COORDINATOR = "coordinator"

_VOLUNTEER_PERMISSIONS = frozenset(
    {
        "directory.read",
        "directory.report",  # "Klopt er iets niet?"
        "signal.create",
        "tally.record",
        "referral.print",
    }
)
_COORDINATOR_PERMISSIONS = _VOLUNTEER_PERMISSIONS | {
    "directory.edit",
    "directory.import",
    "directory.export",
    "signal.review",
    "signal.contact.read",
    "report.view",
    "user.manage",
    "settings.edit",
    "retention.run",
}
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    VOLUNTEER: _VOLUNTEER_PERMISSIONS,
    COORDINATOR: frozenset(_COORDINATOR_PERMISSIONS),
}


@dataclass(frozen=True)
class Actor:
    """The person using wijkinfo right now (or the CLI acting for a named user).

    ``keys``: a signed-in coordinator's unwrapped private key, kept in memory only for as long
    as this Actor is (signing out drops it); it opens residents' contact details.
    """

    user_id: str | None
    name: str
    role: str
    keys: Unlocked | None = field(default=None, compare=False, repr=False)


def can(actor: Actor | None, permission: str) -> bool:
    return actor is not None and permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(actor: Actor | None, permission: str) -> None:
    """Raise PermissionDenied unless ``actor``'s role grants ``permission``."""
    if permission not in ROLE_PERMISSIONS[COORDINATOR]:
        raise ValueError(f"unknown permission {permission!r}")
    if not can(actor, permission):
        raise PermissionDenied(
            "Dit mag alleen een coördinator. Vraag een coördinator om dit te doen."
        )


#: A coordinator role without a person or keys, for scripts and tests of the directory: it opens
#: no contact details. The command line itself names a person (wijkinfo/cli/identity.py).
CLI_ACTOR = Actor(user_id=None, name="opdrachtregel", role=COORDINATOR)


#: Nobody signed in at the desk: looking up, referring and counting work (the directory is public,
#: the counts anonymous); logging signals and Beheer need a person who signed in.
ANONYMOUS_DESK = Actor(user_id=None, name="balie", role=VOLUNTEER)
