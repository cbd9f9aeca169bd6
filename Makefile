# InfoSegura: the single entry point. `make demo` and `make test` do all the set-up.
SHELL := /bin/bash
PY := .venv/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PLUGIN := infosegura_plugin
BUILD := build/$(PLUGIN)
APT_PACKAGES := qgis python3-qgis python3-shapely qgis-providers xvfb xauth imagemagick pyqt5-dev-tools \
	qttools5-dev-tools postgresql-15-postgis-3 zip poppler-utils
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup plugin package deploy demo test lint i18n bench sample clean

setup: .venv/.setup-stamp
	@./scripts/install_system_packages.sh $(APT_PACKAGES)

.venv/.setup-stamp: requirements-dev.txt
	@./scripts/install_system_packages.sh $(APT_PACKAGES)
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages .venv
	@/usr/bin/python3 -c 'import numpy; print("numpy==" + numpy.__version__)' > .venv/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c .venv/constraints.txt -r requirements-dev.txt
	@git config merge.qt-ts.driver "python3 scripts/merge_ts.py %O %A %B" 2>/dev/null || true
	@touch $@

# The installable plugin folder: package + metadata + resources + compiled translations.
plugin:
	@rm -rf $(BUILD) && mkdir -p $(BUILD)/i18n
	@cp -r $(PLUGIN)/. $(BUILD)/
	@cp metadata.txt LICENSE $(BUILD)/
	@cp -r resources $(BUILD)/resources
	@find $(BUILD) -name __pycache__ -prune -exec rm -rf {} +
	@for ts in i18n/*.ts; do lrelease -silent "$$ts" -qm $(BUILD)/i18n/$$(basename "$${ts%.ts}").qm; done
	@echo "Built $(BUILD)"

package: plugin
	@mkdir -p dist && rm -f dist/$(PLUGIN)-$(VERSION).zip
	@cd build && zip -q -r ../dist/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "Packaged dist/$(PLUGIN)-$(VERSION).zip (Plugins > Manage and Install Plugins > Install from ZIP)"

QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy: plugin
	@mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	@rm -rf $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)
	@cp -r $(BUILD) $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)
	@echo "Deployed to $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in Plugins > Manage and Install Plugins"

demo: setup
	$(PY) scripts/demo.py --out out

test: setup plugin
	$(PY) -m pytest tests

lint: setup
	$(PY) -m ruff check infosegura_plugin tests scripts benchmarks

i18n: setup
	pylupdate5 -noobsolete $$(find $(PLUGIN) -name '*.py' | sort) -ts i18n/infosegura_es.ts
	@mkdir -p build/i18n && lrelease i18n/infosegura_es.ts -qm build/i18n/infosegura_es.qm

bench: setup
	$(PY) benchmarks/run.py

sample: setup
	$(PY) scripts/make_sample.py

# The synthetic unseen-town regions (dev + frozen test) of the geocoding evaluation
.PHONY: regions
regions: setup
	$(PY) scripts/make_region.py

clean:
	rm -rf build dist out .pytest_cache
