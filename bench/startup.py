"""Cold start of wijkinfo on 100,000 services until the search box takes input, against an
empty PySide6 QMainWindow process, in the same run. Prints one JSON object on the last line.

Each start is a fresh Python process (offscreen Qt). The clock runs from launching the process
until it prints READY: for wijkinfo, once the main window is shown and the search box has the
focus and is enabled. The first wijkinfo start also makes the day's backup; it is run once
before the measured runs so that the figures are of an ordinary start.

    .venv/bin/python bench/startup.py [--services 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import build  # noqa: E402

EMPTY = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

WIJKINFO = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from wijkinfo.services.storage import DataPaths
from wijkinfo.ui import main_window
import wijkinfo.app

shown = main_window.MainWindow.show

def show(self):
    shown(self)
    box = self.search_view.box

    def ready():
        if box.hasFocus() and box.isEnabled() and box.isVisible():
            print("READY", flush=True)
            QApplication.instance().quit()
        else:
            QTimer.singleShot(1, ready)

    QTimer.singleShot(0, ready)

main_window.MainWindow.show = show
# The sign-in dialog waits for a person; the bench signs in at once as a volunteer.
import wijkinfo.ui.sign_in_dialog as sign_in
from wijkinfo.services.auth import VOLUNTEER, Actor
sign_in.sign_in_at_start = lambda store: Actor(user_id=None, name="bench", role=VOLUNTEER)
sys.exit(wijkinfo.app.main(DataPaths(Path(sys.argv[1]))))
"""


def start(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    # An installed wijkinfo has its bytecode; measure that, not compiling from source each time.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if line.strip() == "READY":
            elapsed = time.perf_counter() - t
            break
    else:
        raise SystemExit(f"the process ended without READY (exit {proc.wait()})")
    proc.wait(timeout=60)
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "wijkinfo"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        paths = build(Path(tmp) / "data", args.services)
        start(WIJKINFO, str(paths.root))  # first start of the day: makes the daily backup
        empty, ours = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            empty.append(start(EMPTY))
            ours.append(start(WIJKINFO, str(paths.root)))
    figures = {
        "bench": "startup",
        "services": args.services,
        "runs": args.runs,
        "wijkinfo_ms": round(statistics.median(ours), 1),
        "empty_qmainwindow_ms": round(statistics.median(empty), 1),
        "ratio": round(statistics.median(ours) / statistics.median(empty), 2),
        "target_ratio": 3,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
