"""The information point's settings, stored as JSON values by key."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from wijkinfo.db.models import Setting

DEFAULTS: dict[str, Any] = {
    "point_name": "Wijkinformatiepunt",
    "point_address": "",
    "point_phone": "",
    "point_hours": "",
    "point_logo": "",
    "language": "nl",
    "stale_after_months": 12,
    "demo": False,
    "demo_offered": False,
}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value_json) if row else DEFAULTS.get(key)


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    payload = json.dumps(value, ensure_ascii=False)
    if row:
        row.value_json = payload
    else:
        session.add(Setting(key=key, value_json=payload))
