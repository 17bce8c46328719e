# Arvio: everyday commands. `make setup demo` on a fresh Debian machine, then `make test`.

SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
# Extra flags for every swift command, e.g. SWIFTPM_FLAGS="--scratch-path .build-mine".
SWIFTPM_FLAGS ?=
# Arguments for the benchmark, e.g. BENCH_ARGS="--repetitions 10 Corpora/seeds".
BENCH_ARGS ?=
DEMO_FILE ?= Corpora/seeds/003-kymenlaakso-oma-arviointi-2021.word.docx
APT_PACKAGES := libzip-dev libxml2-dev pkg-config

.PHONY: setup peers demo test bench mappings clean

## setup: install the system libraries Arvio builds against, only those missing
setup:
	@LABEL=setup scripts/install-missing.sh $(APT_PACKAGES)

## peers: programs the tests open Arvio's output with (pandoc, python-docx, LibreOffice), only those missing
PEER_PACKAGES := pandoc python3-docx libreoffice-writer-nogui
peers:
	@LABEL=peers scripts/install-missing.sh $(PEER_PACKAGES)

## demo: read one THL oma-arviointi report and show how Arvio understood it
demo:
	$(SWIFT) build $(SWIFTPM_FLAGS) -c release --product arvio
	$(SWIFT) run $(SWIFTPM_FLAGS) -c release arvio inspect $(DEMO_FILE)

## test: the whole test suite
test:
	$(SWIFT) test $(SWIFTPM_FLAGS)

## bench: Arvio's speed and memory on Corpora/, and pandoc's speed when it is installed
bench:
	$(SWIFT) build $(SWIFTPM_FLAGS) -c release --product arvio-bench
	"$$($(SWIFT) build $(SWIFTPM_FLAGS) -c release --show-bin-path)/arvio-bench" $(BENCH_ARGS)

## mappings: embed Mappings/*.yaml into the binary (Sources/ArvioReport/Mapping/DefaultMappings.swift)
mappings:
	scripts/embed-mappings.sh

clean:
	$(SWIFT) package $(SWIFTPM_FLAGS) clean
