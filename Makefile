# Arvio: everyday commands. `make setup demo` on a fresh Debian machine, then `make test`.

SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
# Extra flags for every swift command, e.g. SWIFTPM_FLAGS="--scratch-path .build-mine".
SWIFTPM_FLAGS ?=
# Arguments for the benchmark, e.g. BENCH_ARGS="--repetitions 10 Corpora/seeds".
BENCH_ARGS ?=
# Seconds `make fuzz` runs the fuzzer for, and extra libFuzzer flags (e.g. FUZZ_ARGS="-jobs=2").
FUZZ_SECONDS ?= 60
FUZZ_ARGS ?=
FUZZ_SCRATCH ?= .build-fuzz
# Release builds link the Swift runtime and Foundation into the program (--static-swift-stdlib): a
# process then starts in about 9 ms of CPU instead of 16 (the dynamic loader resolving Foundation's
# and ICU's symbols was most of it; measured with perf stat, see README's Benchmarks). Every release
# build uses the same flags, or each would rebuild the others.
RELEASE := -c release --static-swift-stdlib
DEMO_FILE ?= Corpora/seeds/003-kymenlaakso-oma-arviointi-2021.word.docx
APT_PACKAGES := libzip-dev libxml2-dev pkg-config time

.PHONY: setup peers demo test e2e bench-serve bench fuzz generate mappings clean variants

## setup: install the system libraries Arvio builds against (and GNU time, which the tests measure memory with), only those missing
setup:
	@LABEL=setup scripts/install-missing.sh $(APT_PACKAGES)

## peers: programs the tests open Arvio's output with (pandoc, python-docx, LibreOffice, pdfinfo), only those missing
PEER_PACKAGES := pandoc python3-docx libreoffice-writer-nogui poppler-utils
peers:
	@LABEL=peers scripts/install-missing.sh $(PEER_PACKAGES)

## demo: read one THL oma-arviointi report and show how Arvio understood it
demo:
	$(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --product arvio
	$(SWIFT) run $(SWIFTPM_FLAGS) $(RELEASE) arvio inspect $(DEMO_FILE)

## test: the whole test suite
test:
	$(SWIFT) test $(SWIFTPM_FLAGS)

## e2e: `arvio serve` in a real headless Chromium (Debian's chromium and chromium-driver, selenium from PyPI,
# each installed when missing): upload seed 003, fill in the next period, download, check; screenshots in E2E_SHOTS
E2E_SHOTS ?= .build/e2e-screenshots
e2e:
	@LABEL=e2e scripts/install-missing.sh chromium chromium-driver
	@python3 -c "import selenium" 2>/dev/null || python3 -m pip install --quiet selenium
	$(SWIFT) build $(SWIFTPM_FLAGS) --product arvio
	python3 scripts/e2e.py --arvio "$$($(SWIFT) build $(SWIFTPM_FLAGS) --show-bin-path)/arvio" --screenshots $(E2E_SHOTS)

## bench-serve: `arvio serve` timed as a browser uses it: upload → outline and upload → next .docx per seed,
# 20 uploads at once with the server's peak memory (scripts/bench-serve.py)
bench-serve:
	$(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --product arvio
	python3 scripts/bench-serve.py --arvio "$$($(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --show-bin-path)/arvio"

## bench: first per process as a user runs it (arvio import against pandoc one process per file, the fixed
# cost per process, the scale set against arvio-floor); then Arvio against the floor (inflate + libxml2 reader)
# and against pandoc, docx2python, mammoth, python-docx and LibreOffice when installed, on Corpora/ and the
# generated scale set (made first if missing)
bench:
	$(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --product arvio-bench
	$(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --product arvio
	$(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --product arvio-floor
	$(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --product arvio-empty
	@test -f $(BENCH_DATA)/table-200000-rows.docx || $(MAKE) --no-print-directory generate
	"$$($(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --show-bin-path)/arvio-bench" --scale $(BENCH_DATA) $(BENCH_ARGS)

## fuzz: the reader and import under libFuzzer with AddressSanitizer for FUZZ_SECONDS; a crash stops it
# and leaves the input in $(FUZZ_SCRATCH)/findings/ (replay it with a plain build: arvio-fuzz FILE).
# Seeds: the corpus, the hostile and fuzz fixtures, and eight of the property tests' generated reports.
# -D ARVIO_FUZZ switches Tools/ArvioFuzz from a replayer to libFuzzer's entry point.
FUZZ_SWIFTFLAGS := -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DARVIO_FUZZ \
	-Xswiftc -enable-experimental-feature -Xswiftc Extern
fuzz:
	$(SWIFT) build -c debug $(FUZZ_SWIFTFLAGS) --product arvio-fuzz --scratch-path $(FUZZ_SCRATCH)
	python3 scripts/fuzz-seeds.py $(FUZZ_SCRATCH)/seeds
	$(SWIFT) build $(SWIFTPM_FLAGS) --product arvio-generate
	for seed in 1 2 3 4 5 6 7 8; do \
	  "$$($(SWIFT) build $(SWIFTPM_FLAGS) --show-bin-path)/arvio-generate" random --seed $$seed -o $(FUZZ_SCRATCH)/seeds/generated-$$seed.docx; \
	done
	mkdir -p $(FUZZ_SCRATCH)/corpus $(FUZZ_SCRATCH)/findings
	$(FUZZ_SCRATCH)/debug/arvio-fuzz $(FUZZ_SCRATCH)/corpus $(FUZZ_SCRATCH)/seeds \
	  -dict=Tests/Fuzz/wordml.dict -max_total_time=$(FUZZ_SECONDS) -max_len=262144 \
	  -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=30 \
	  -artifact_prefix=$(FUZZ_SCRATCH)/findings/ -print_final_stats=1 $(FUZZ_ARGS)

## variants: every Corpora seed rendition rewritten in each Word idiom of Tools/ArvioVariants (headings by look,
# merged group columns, shading forms, content controls, tracked changes, Finnish style ids, Strict, all together),
# written to $(VARIANTS_OUT)/ (gitignored) to open in Word or LibreOffice; the metamorphic tests read the same variants
VARIANTS_OUT ?= .variants
variants:
	mkdir -p $(VARIANTS_OUT)
	ARVIO_VARIANTS_OUT="$(abspath $(VARIANTS_OUT))" $(SWIFT) test $(SWIFTPM_FLAGS) --filter VariantFilesForPeople

## generate: the benchmark's scale set in $(BENCH_DATA)/ (gitignored): reports of 10, 100, 1,000 and 5,000
# pages with the seeds' structure and one 200,000-row table, the same bytes every time (arvio-generate --help)
BENCH_DATA ?= .bench-data
generate:
	$(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --product arvio-generate
	"$$($(SWIFT) build $(SWIFTPM_FLAGS) $(RELEASE) --show-bin-path)/arvio-generate" set $(BENCH_DATA)

## mappings: compile Mappings/*.yaml into Swift values built into arvio (Sources/ArvioReport/Mapping/DefaultMappings.swift)
mappings:
	$(SWIFT) run $(SWIFTPM_FLAGS) arvio-embed-mappings "$(CURDIR)"

clean:
	$(SWIFT) package $(SWIFTPM_FLAGS) clean
