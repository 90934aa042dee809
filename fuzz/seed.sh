#!/bin/sh
# Fills fuzz/corpus/<target>/ with seed inputs from the repository (the corpus itself is
# not committed; libFuzzer adds what it finds to it). Run from anywhere.
set -eu
cd "$(dirname "$0")/.."
ftl=fuzz/corpus/ftl_check_resolve
toml=fuzz/corpus/content_toml
mkdir -p "$ftl" "$toml"

# Every shipped locale's FTL, and the Fluent spec's parser fixtures.
for f in locales/*/*.ftl; do
  cp "$f" "$ftl/$(echo "$f" | tr / _)"
done
ref=/work/shared/fixtures/fluent-reference
[ -d "$ref" ] || ref=../shared/fixtures/fluent-reference
if [ -d "$ref" ]; then
  for f in "$ref"/*.ftl; do cp "$f" "$ftl/fluent-reference_$(basename "$f")"; done
else
  echo "seed.sh: no fluent-reference fixtures found (skipped)" >&2
fi

# content_toml: one selector byte (the file's index in leafpress::fuzzing::content_files:
# guide, resources, venues by name, formats by name), then the file's text.
i=0
for f in content/guide.toml content/resources.toml \
    $(ls content/venues/*.toml | LC_ALL=C sort) $(ls content/formats/*.toml | LC_ALL=C sort); do
  { printf "\\$(printf %03o "$i")"; cat "$f"; } > "$toml/$(echo "$f" | tr / _)"
  i=$((i + 1))
done
echo "seeded $(ls "$ftl" | wc -l) FTL and $(ls "$toml" | wc -l) TOML inputs"
