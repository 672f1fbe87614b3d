"""Checks a built bundle and .deb the way a volunteer's laptop would use them, and measures.

    .venv/bin/python installer/check_bundle.py dist/wijkinfo dist/wijkinfo_0.1.0_amd64.deb

1. The bundle does a desk visit offscreen (`wijkinfo selftest`: window, demo, search, sheet),
   with Qt's own dialogs in Dutch (qtbase_nl and its supplement in the bundle).
2. Portable mode: a `wijkinfo-data` folder beside the program is where the data goes.
3. Its size, and its start against the source start (`python -m wijkinfo selftest`), same run.
4. The .deb installs (dpkg), starts from the menu's command, and uninstalls without leftovers;
   its desktop entry and AppStream metainfo validate where the validators are installed.
Prints one JSON object on the last line; exits 1 when a check fails.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_GOAL_MB = 150
START_GOAL_RATIO = 1.5


def run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run(cmd, capture_output=True, text=True, env=env, **kw)  # type: ignore[call-overload]


def timed(cmd: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = run(cmd)
        times.append(time.perf_counter() - t)
        if r.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} faalde:\n{r.stdout}{r.stderr}")
    return statistics.median(times)


def folder_mb(path: Path) -> float:
    return (
        sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    )


def _keyring_line(out: str) -> str:
    """What ``selftest``'s second line says about keyring backends ("" when it is missing)."""
    for line in out.splitlines():
        if line.startswith("wachtwoordkluizen: "):
            return line.split(": ", 1)[1].strip()
    return ""


def main() -> int:
    bundle, deb = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    program = bundle / "wijkinfo"
    failures: list[str] = []

    visit = run([str(program), "selftest"])
    print(visit.stdout.strip() or visit.stderr.strip())
    if visit.returncode != 0 or "in orde" not in visit.stdout:
        failures.append(
            f"selftest van de bundel: exit {visit.returncode}: {visit.stderr.strip()[-500:]}"
        )

    source_visit = run([sys.executable, "-m", "wijkinfo", "selftest"])
    bundle_kinds, source_kinds = _keyring_line(visit.stdout), _keyring_line(source_visit.stdout)
    if bundle_kinds != source_kinds:
        failures.append(
            f"de bundel kent andere wachtwoordkluizen ({bundle_kinds or 'geen'}) dan de bron "
            f"({source_kinds}): neem keyring's metadata mee (copy_metadata)"
        )
    # Qt's own Dutch (file dialogs, standard buttons) and the supplement that fills its gaps.
    for wanted in ("qtbase_nl.qm", "qtbase_en.qm", "qtbase_supplement_nl.qm"):
        if not any(bundle.rglob(wanted)):
            failures.append(f"{wanted} ontbreekt in de bundel: Qt's eigen vensters worden Engels")

    portable = bundle / "wijkinfo-data"
    portable.mkdir(exist_ok=True)
    try:
        demo = run([str(program), "demo"])
        if demo.returncode != 0 or not (portable / "wijkinfo.sqlite").exists():
            failures.append(f"portable map niet gebruikt: {demo.stdout}{demo.stderr}")
    finally:
        shutil.rmtree(portable, ignore_errors=True)

    size = folder_mb(bundle)
    bundle_s = timed([str(program), "selftest"])
    source_s = timed([sys.executable, "-m", "wijkinfo", "selftest"])
    figures: dict[str, object] = {
        "bundle_mb": round(size, 1),
        "bundle_goal_mb": BUNDLE_GOAL_MB,
        "bundle_selftest_s": round(bundle_s, 2),
        "source_selftest_s": round(source_s, 2),
        "start_ratio": round(bundle_s / source_s, 2),
        "start_goal_ratio": START_GOAL_RATIO,
    }

    if os.geteuid() == 0 and shutil.which("dpkg"):
        inst = run(["dpkg", "-i", str(deb)])
        if inst.returncode != 0:
            failures.append(f"dpkg -i: {inst.stderr.strip()}")
        else:
            started = run(["wijkinfo", "selftest"], cwd="/")
            if started.returncode != 0:
                failures.append(
                    f"geïnstalleerde wijkinfo start niet: {started.stderr.strip()[-500:]}"
                )
            desktop = "/usr/share/applications/nl.wijkinfo.Wijkinfo.desktop"
            if shutil.which("desktop-file-validate"):
                v = run(["desktop-file-validate", desktop])
                if v.returncode != 0 or v.stdout.strip():
                    failures.append(f"desktop-bestand: {v.stdout}{v.stderr}")
            if shutil.which("appstreamcli"):
                v = run(
                    [
                        "appstreamcli",
                        "validate",
                        "--no-net",
                        "/usr/share/metainfo/nl.wijkinfo.Wijkinfo.metainfo.xml",
                    ]
                )
                figures["appstream"] = "valid" if v.returncode == 0 else v.stdout.strip()[-300:]
                if v.returncode != 0:
                    failures.append(f"AppStream: {v.stdout}{v.stderr}")
            rm = run(["dpkg", "-r", "wijkinfo"])
            if (
                rm.returncode != 0
                or Path("/opt/wijkinfo").exists()
                or Path("/usr/bin/wijkinfo").exists()
            ):
                failures.append(f"dpkg -r liet iets achter: {rm.stderr.strip()}")
        figures["deb_mb"] = round(deb.stat().st_size / 1e6, 1)
    else:
        figures["deb"] = "not installed: needs root and dpkg"

    figures["keyring_backends"] = bundle_kinds
    figures["failures"] = failures
    for f in failures:
        print(f"FOUT: {f}", file=sys.stderr)
    print(json.dumps(figures))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
