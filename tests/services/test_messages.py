"""A Message is its Dutch text, and still knows the template and values it came from."""

from __future__ import annotations

import pickle

from wijkinfo.services.exchange.hsds_validate import validate_service
from wijkinfo.services.messages import Message


def test_message_is_the_dutch_text_with_its_template_kept():
    kind = Message("een lijst")
    m = Message("moet tekst zijn, maar is {kind}", kind=kind)
    assert m == "moet tekst zijn, maar is een lijst"
    assert "een lijst" in m and f"veld x: {m}" == "veld x: moet tekst zijn, maar is een lijst"
    assert m.template == "moet tekst zijn, maar is {kind}" and m.params == {"kind": kind}
    copy = pickle.loads(pickle.dumps(m))
    assert copy == m and copy.template == m.template and copy.params["kind"].template == "een lijst"


def test_user_text_with_braces_is_a_value_not_a_template():
    m = Message("‘{value}’ is geen e-mailadres", value="{naam}@")
    assert m == "‘{naam}@’ is geen e-mailadres"


def test_a_finding_keeps_template_params_and_the_dutch_reason():
    problems, _ = validate_service(
        {
            "id": "00000000-0000-4000-8000-000000000001",
            "name": "Koffie",
            "status": "active",
            "phones": {},
        }
    )
    (finding,) = problems
    assert finding.field == "phones"
    assert finding.template == "moet een lijst zijn, maar is {kind}"
    assert finding.params["kind"].template == "een object"
    assert finding.reason == "moet een lijst zijn, maar is een object"
