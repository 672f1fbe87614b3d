"""Any text as ``--out``: a clear refusal, or a path outside the data folder that is new."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wijkinfo.cli.out_files import output_file
from wijkinfo.services.datafolder.paths import DataPaths
from wijkinfo.services.errors import UserError

_PARTS = st.sampled_from(["", ".", "..", "data", "wijkinfo.sqlite", "x.pdf", "backups", " ", "~"])


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PARTS | st.text(max_size=8), max_size=5), st.booleans())
def test_any_out_is_refused_or_outside_the_data_folder(tmp_path, monkeypatch, parts, force):
    monkeypatch.chdir(tmp_path)
    paths = DataPaths(tmp_path / "data")
    (tmp_path / "data" / "backups").mkdir(parents=True, exist_ok=True)
    (tmp_path / "data" / "wijkinfo.sqlite").write_bytes(b"db")
    raw = "/".join(parts)
    try:
        out = output_file(paths, raw, force=force)
    except UserError as exc:
        assert str(exc)
        return
    except (OSError, ValueError):  # a name the file system itself cannot hold (NUL)
        assert "\x00" in raw or len(raw.encode()) > 255
        return
    assert not paths.holds(out) and not out.is_dir() and out.parent.is_dir()
    assert force or not out.exists()
