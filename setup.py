"""The wheel carries what wijkinfo needs at run time from resources/ (demo, fonts, compiled
translations, icons, the official HSDS package description) as the package folder
wijkinfo/_resources, so that a plain `pip install .` speaks English when asked. The .qm files
are committed; a build without one stops here."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = (
    "demo/*.json",
    "hsds/*",
    "fonts/*",
    "translations/*.qm",
    "translations/wijkinfo_en.ts",  # the command line's English refusals (cli/refusals.py)
    "icons/*.png",
    "icons/*.svg",
    "icons/*.ico",
)


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = ROOT / "resources"
        missing = [
            ts.name
            for ts in (source / "translations").glob("*.ts")
            if not ts.with_suffix(".qm").exists()
        ]
        if missing:
            raise SystemExit(
                f"De gecompileerde vertaling ontbreekt voor {', '.join(missing)}: run `make translations`."
            )
        target = Path(self.build_lib) / "wijkinfo" / "_resources"
        for pattern in SHIPPED:
            for path in source.glob(pattern):
                dest = target / path.relative_to(source)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, dest)


setup(cmdclass={"build_py": BuildWithResources})
