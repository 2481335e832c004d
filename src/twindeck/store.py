"""The local index of cases and the recordings that belong to them (SQLite, in the data folder).

A case is a claim: its benefit, the provider, who helps, its key dates, and links to recordings
(by path, with the seal code and recording id they had when added, so a moved or altered copy
shows). Nothing here leaves the machine; the file is created readable by its owner only.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from twindeck.errors import BadArgument

SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    benefit TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    claimant TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    helper TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS case_dates (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    PRIMARY KEY (case_id, kind)
);
CREATE TABLE IF NOT EXISTS case_recordings (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    recording_id TEXT NOT NULL,
    seal_code TEXT NOT NULL,
    added TEXT NOT NULL,
    PRIMARY KEY (case_id, recording_id)
);
"""
BENEFITS = {
    "pip": "Personal Independence Payment (PIP)",
    "esa": "Employment and Support Allowance (ESA) — Work Capability Assessment",
    "uc": "Universal Credit (UC) — Work Capability Assessment",
    "other": "other",
}
_ID_CHARS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class Case:
    id: str
    name: str
    benefit: str
    provider: str
    claimant: str
    address: str
    reference: str
    helper: str
    created: str
    dates: dict[str, dt.date]
    recordings: list[tuple[str, str, str]]  # (path, recording id, seal code)

    @property
    def benefit_name(self) -> str:
        return BENEFITS.get(self.benefit, self.benefit)


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def new_case(self, name: str, benefit: str, **fields: str) -> Case:
        if benefit not in BENEFITS:
            raise BadArgument(f"benefit must be one of {', '.join(BENEFITS)}")
        if not name.strip():
            raise BadArgument('a case needs a name, e.g. "Jane\'s PIP claim"')
        case_id = "".join(secrets.choice(_ID_CHARS) for _ in range(6))
        with self.db:
            self.db.execute(
                "INSERT INTO cases (id, name, benefit, provider, claimant, address, reference, "
                "helper, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id, name.strip(), benefit, fields.get("provider", ""),
                    fields.get("claimant", ""), fields.get("address", ""),
                    fields.get("reference", ""), fields.get("helper", ""),
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                ),
            )  # fmt: skip
        return self.get(case_id)

    def update(self, case_id: str, **fields: str) -> None:
        allowed = {"name", "provider", "claimant", "address", "reference", "helper", "benefit"}
        with self.db:
            for key, value in fields.items():
                if key not in allowed:
                    raise BadArgument(f"a case has no field {key!r}")
                if key == "benefit" and value not in BENEFITS:
                    raise BadArgument(f"benefit must be one of {', '.join(BENEFITS)}")
                self.db.execute(f"UPDATE cases SET {key} = ? WHERE id = ?", (value, case_id))

    def find(self, ref: str) -> Case:
        """A case by its id (any case, any unique prefix) or its exact name."""
        rows = self.db.execute(
            "SELECT id FROM cases WHERE id LIKE ? OR name = ?", (ref.upper() + "%", ref)
        ).fetchall()
        if not rows:
            raise BadArgument(f"no case {ref!r}: `twindeck case list` shows them")
        if len(rows) > 1:
            raise BadArgument(f"{ref!r} matches {len(rows)} cases: give more of the id")
        return self.get(rows[0][0])

    def get(self, case_id: str) -> Case:
        row = self.db.execute(
            "SELECT id, name, benefit, provider, claimant, address, reference, helper, created "
            "FROM cases WHERE id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            raise BadArgument(f"no case {case_id!r}")
        dates = {
            kind: dt.date.fromisoformat(day)
            for kind, day in self.db.execute(
                "SELECT kind, day FROM case_dates WHERE case_id = ?", (case_id,)
            )
        }
        recordings = [
            (path, rid, code)
            for path, rid, code in self.db.execute(
                "SELECT path, recording_id, seal_code FROM case_recordings WHERE case_id = ? "
                "ORDER BY added",
                (case_id,),
            )
        ]
        cid, name, benefit, provider, claimant, address, reference, helper, created = row
        return Case(
            cid, name, benefit, provider, claimant, address, reference, helper, created,
            dates, recordings,
        )  # fmt: skip

    def all(self) -> list[Case]:
        ids = [r[0] for r in self.db.execute("SELECT id FROM cases ORDER BY created DESC")]
        return [self.get(i) for i in ids]

    def set_date(self, case_id: str, kind: str, day: dt.date) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO case_dates (case_id, kind, day) VALUES (?, ?, ?)",
                (case_id, kind, day.isoformat()),
            )

    def add_recording(self, case_id: str, path: Path, recording_id: str, seal_code: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO case_recordings VALUES (?, ?, ?, ?, ?)",
                (case_id, str(path.resolve()), recording_id, seal_code,
                 dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )  # fmt: skip

    def delete(self, case_id: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        self.db.execute("VACUUM")  # do not leave the deleted rows in free pages


__all__ = ["BENEFITS", "Case", "Store"]
