# InfoSegura: the single entry point. `make demo` and `make test` do all the set-up.
SHELL := /bin/bash
PY := .venv/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PLUGIN := infosegura_plugin
BUILD := build/$(PLUGIN)
# Debian packages by release (PostgreSQL 15 on bookworm, 17 on trixie): scripts/system_packages.sh
SYSTEM_PACKAGES = packages=$$(./scripts/system_packages.sh) && ./scripts/install_system_packages.sh $$packages
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup plugin package deploy demo test lint i18n bench sample clean check-ltr atlas-template

setup: .venv/.setup-stamp
	@$(SYSTEM_PACKAGES)

.venv/.setup-stamp: requirements-dev.txt
	@$(SYSTEM_PACKAGES)
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages .venv
	@/usr/bin/python3 -c 'import numpy; print("numpy==" + numpy.__version__)' > .venv/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c .venv/constraints.txt -r requirements-dev.txt
	@git config merge.qt-ts.driver "python3 scripts/merge_ts.py %O %A %B" 2>/dev/null || true
	@touch $@

# The installable plugin folder: package + metadata + resources + compiled translations
# + the user guides as offline help pages (help/).
plugin: .venv/.setup-stamp
	@rm -rf $(BUILD) && mkdir -p $(BUILD)/i18n
	@cp -r $(PLUGIN)/. $(BUILD)/
	@cp metadata.txt LICENSE $(BUILD)/
	@cp -r resources $(BUILD)/resources
	@find $(BUILD) -name __pycache__ -prune -exec rm -rf {} +
	@for ts in i18n/*.ts; do lrelease -silent "$$ts" -qm $(BUILD)/i18n/$$(basename "$${ts%.ts}").qm; done
	@$(PY) scripts/build_help.py $(BUILD)/help
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

# `make demo LANG=es`: layer names, legends and map in Spanish. Only a LANG given on the
# command line counts (the environment's LANG is the terminal's locale, not a choice).
DEMO_LANG := $(if $(filter command line,$(origin LANG)),--lang $(LANG))
demo: setup
	$(if $(DEMO_LANG),LANG=C.UTF-8 )$(PY) scripts/demo.py --out out $(DEMO_LANG)

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

# `make test` and `make demo` on QGIS 3.40 (Debian trixie) in a chroot built once from this
# machine's Debian mirror; needs root; not part of CI (scripts/check_ltr.sh).
check-ltr:
	@./scripts/check_ltr.sh

# The synthetic unseen-town regions (dev + frozen test) of the geocoding evaluation
.PHONY: regions
regions: setup
	$(PY) scripts/make_region.py

clean:
	rm -rf build dist out .pytest_cache

# The atlas layout shipped in resources/layouts (built from core/sharing/atlas_template.py).
atlas-template: setup
	$(PY) scripts/make_atlas_template.py
