"""Cold start of wijkinfo on 100,000 services until the search box takes input, against an
empty PySide6 QMainWindow process, in the same run. Prints one JSON object on the last line.

Each start is a fresh Python process (offscreen Qt). The clock runs from launching the process
until it prints READY: for wijkinfo, once the main window is shown and the search box has the
focus and is enabled (the data folder is then still being opened behind it). At READY the bench
types "schulden" into the box, as a volunteer would, and also reports when the first results
are on screen (``first_results_ms``): the early, read-only ones (ui/early_results.py) when the
database can be read before the data folder is open, else the search area's.
The data folder has a coordinator, so this is an ordinary start (no first-run dialog), and the
first wijkinfo start also makes the day's backup; it is run once before the measured runs so that
the figures are of an ordinary start.

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
from wijkinfo.services.datafolder.store import open_store  # noqa: E402
from wijkinfo.services.people import users  # noqa: E402

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
from PySide6.QtCore import QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.ui import main_window
import wijkinfo.app

shown = main_window.MainWindow.show

def show(self):
    shown(self)
    box = self.search_box

    def ready():
        if box.hasFocus() and box.isEnabled() and box.isVisible():
            print("READY", flush=True)
            # the volunteer types at once; the clock stops when the results are on screen:
            # the early ones (read-only, before the data folder is open) or the search area's
            early = self.findChild(QObject, "earlyResults")
            if early is not None:
                early.results_shown.connect(results)
            self.search_ready.connect(lambda: self.search_view.results_shown.connect(results))
            QTest.keyClicks(box, "schulden")
        else:
            QTimer.singleShot(1, ready)

    def results(count):
        if count:  # an empty early list is not results
            print(f"RESULTS {count}", flush=True)
            QApplication.instance().quit()

    QTimer.singleShot(0, ready)

main_window.MainWindow.show = show
sys.exit(wijkinfo.app.main(DataPaths(Path(sys.argv[1]))))
"""


def start(code: str, *args: str) -> tuple[float, float | None]:
    """Milliseconds until READY, and until RESULTS when the process reports them."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    # An installed wijkinfo has its bytecode; measure that, not compiling from source each time.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    ready = results = None
    for line in proc.stdout:
        if line.strip() == "READY":
            ready = (time.perf_counter() - t) * 1000
        elif line.startswith("RESULTS"):
            results = (time.perf_counter() - t) * 1000
            if int(line.split()[1]) == 0:
                raise SystemExit("the first search found nothing")
    code_ = proc.wait(timeout=60)
    if ready is None:
        raise SystemExit(f"the process ended without READY (exit {code_})")
    return ready, results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "wijkinfo"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        paths = build(Path(tmp) / "data", args.services)
        store = open_store(paths)
        try:
            users.create_first_coordinator(store, name="Kees", password="geheim12")
        finally:
            store.close()
        start(WIJKINFO, str(paths.root))  # first start of the day: makes the daily backup
        empty, ours, results = [], [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            empty.append(start(EMPTY)[0])
            ready, shown = start(WIJKINFO, str(paths.root))
            ours.append(ready)
            results.append(shown)
    base = statistics.median(empty)
    figures = {
        "bench": "startup",
        "services": args.services,
        "runs": args.runs,
        "wijkinfo_ms": round(statistics.median(ours), 1),
        "empty_qmainwindow_ms": round(base, 1),
        "ratio": round(statistics.median(ours) / base, 2),
        "target_ratio": 3,
        "first_results_ms": round(statistics.median(results), 1),
        "first_results_ratio": round(statistics.median(results) / base, 2),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
