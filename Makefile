# Two commands set everything up on a fresh Debian 12 machine (as root, or with sudo):
#   make run    installs what is needed and starts wijkinfo
#   make test   installs what is needed and runs the whole test suite (what CI runs)

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Qt offscreen + a real window under Xvfb + PDF rendering + QR decoding, measured on Debian 12;
# postgresql for the hub tests (each test run starts its own throwaway server, see tests/sync/hub).
APT_PACKAGES := python3 python3-venv python3-pip \
	libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 \
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	xvfb xauth poppler-utils zbar-tools appstream desktop-file-utils postgresql

TS := resources/translations/wijkinfo_en.ts resources/translations/wijkinfo_nl.ts \
	resources/translations/qtbase_supplement_nl.ts
QM := $(TS:.ts=.qm)

.PHONY: run test setup apt venv translations lupdate clean bench bundle deb bundle-check icons lock

run: setup
	$(VENV)/bin/wijkinfo $(ARGS)

test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	WIJKINFO_HUB_REQUIRED=1 WIJKINFO_HUB_SYNC_EXAMPLES=200 $(PY) -m pytest $(PYTEST_ARGS)

# The compiled translations are committed (a test checks they match their .ts): `make translations`.
setup: apt venv

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "apt: installing $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

# Exactly the versions in requirements.lock, checked by hash; then wijkinfo itself.
# After changing dependencies in pyproject.toml: `make lock`.
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | venv
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: refresh the .ts, translate in it (pyside6-linguist), commit.
lupdate: venv
	$(PY) resources/translations/extract_messages.py
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find wijkinfo/ui -name "*.py" | sort) -ts resources/translations/wijkinfo_en.ts
	$(VENV)/bin/pyside6-lupdate -pluralonly -no-obsolete -locations none $$(find wijkinfo/ui -name "*.py" | sort) -ts resources/translations/wijkinfo_nl.ts
	$(MAKE) translations

bench: setup
	for b in search startup referral import signal_queue hub; do $(PY) bench/$$b.py || exit 1; done

# One-folder bundle (PyInstaller) in dist/wijkinfo, and a .deb made from it.
bundle: setup
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/wijkinfo.spec
	@du -sh dist/wijkinfo

deb: bundle
	installer/linux/build_deb.sh dist/wijkinfo dist

# What CI checks after the tests: the bundle does a desk visit offscreen, its size and start
# are measured, and the .deb installs, starts and uninstalls on this machine.
bundle-check: deb
	$(PY) installer/check_bundle.py dist/wijkinfo dist/wijkinfo_*.deb

lock: venv
	$(VENV)/bin/uv pip compile pyproject.toml --extra test --extra bundle --universal \
		--python-version 3.11 --generate-hashes -o requirements.lock

icons: venv
	$(PY) resources/icons/build_icons.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
