"""Who is acting, and what their role may do. Every service checks here; the UI only hides.

Roles: a volunteer (vrijwilliger) works at the desk; a coordinator (coördinator) also keeps the
directory, reviews signals, sees contact details and manages users and settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from wijkinfo.services.errors import PermissionDenied

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
    """The person using wijkinfo right now (or the CLI acting for a named user)."""

    user_id: str | None
    name: str
    role: str


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


#: The command line acts as a coordinator: whoever can run it on this computer already holds the
#: data folder. Commands that touch residents' contact details still name a user (issue 4).
CLI_ACTOR = Actor(user_id=None, name="opdrachtregel", role=COORDINATOR)


#: Nobody signed in at the desk: looking up, referring and counting work (the directory is public,
#: the counts anonymous); logging signals and Beheer need a person who signed in.
ANONYMOUS_DESK = Actor(user_id=None, name="balie", role=VOLUNTEER)
