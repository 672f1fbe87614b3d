"""Spotting a new service that is likely one the sociale kaart already has from elsewhere.

Same name (any case) and the same phone number or street address: the coordinator sees it
in the preview and may leave such services out.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, select, text

from wijkinfo.db.models import Address, Phone, Service, ServiceAtLocation
from wijkinfo.services.directory.phones import dial_string
from wijkinfo.services.exchange.hsds_rows import Rows
from wijkinfo.services.exchange.records import Duplicate, Record
from wijkinfo.services.messages import Message


class DuplicateFinder:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        # The names before the import only: a file does not duplicate itself.
        self.by_name: dict[str, list[str]] = defaultdict(list)
        for sid, name in conn.execute(text("SELECT id, lower(name) FROM service")):
            self.by_name[str(name).strip()].append(str(sid))

    def find(self, record: Record, rows: Rows) -> list[Duplicate]:
        if not self.by_name:
            return []
        service = rows[Service][0]
        others = self.by_name.get(service["name"].strip().lower(), [])
        if not others:
            return []
        mine_phones = {dial_string(r["number"]) for r in rows.get(Phone, ())}
        mine_addr = {
            (r["address_1"].strip().lower(), (r["postal_code"] or "").replace(" ", "").upper())
            for r in rows.get(Address, ())
        }
        found = []
        for other in others:
            phones = {
                dial_string(n)
                for (n,) in self.conn.execute(select(Phone.number).where(Phone.service_id == other))
            }
            addrs = {
                (a.strip().lower(), (p or "").replace(" ", "").upper())
                for a, p in self.conn.execute(
                    select(Address.address_1, Address.postal_code)
                    .join(ServiceAtLocation, ServiceAtLocation.location_id == Address.location_id)
                    .where(ServiceAtLocation.service_id == other)
                )
            }
            if mine_phones & phones:
                why = Message("zelfde naam en telefoonnummer")
            elif mine_addr & addrs:
                why = Message("zelfde naam en adres")
            else:
                continue
            name = self.conn.execute(select(Service.name).where(Service.id == other)).scalar_one()
            found.append(Duplicate(record.number, service["name"], other, name, why, record.file))
        return found
