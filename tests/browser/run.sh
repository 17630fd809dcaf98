#!/usr/bin/env bash
# The browser check of the HTML reports: writes every HTML report and the board report
# (for the samples, and for an assessment whose system name and notes hold HTML,
# Markdown and script), then opens each in headless Chromium (check.mjs): no WCAG 2.0,
# 2.1 or 2.2 A or AA violation (axe-core), no request outside the page, prints to A4.
# Then measures the printed PDFs (print.py, with poppler's pdftotext): no text under
# 8 pt in any report, pictures included, and the board report with all four parts on
# at most 8 A4 pages, none but the last less than a third used.
# Installs what it needs (Chromium, Node.js, the npm packages) when missing. Run from
# anywhere; screenshots and PDFs go to $MHICS_BROWSER_OUT (default target/browser).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v chromium > /dev/null || missing+=(chromium)
command -v node > /dev/null || missing+=(nodejs)
command -v npm > /dev/null || missing+=(npm)
command -v pdftotext > /dev/null || missing+=(poppler-utils)
command -v python3 > /dev/null || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq > /dev/null
    apt-get install -y -qq "${missing[@]}" > /dev/null
fi
(cd tests/browser && npm ci --no-audit --no-fund --silent)

out="${MHICS_BROWSER_OUT:-target/browser}"
mkdir -p "$out/html"
html="$out/html"
data=examples/data
run() { cargo run --quiet --example "$@"; }
run evaluate -- "$data/riverside-2026.json" --format html > "$html/evaluate.html"
run evaluate -- "$data/northfield-2026.json" --format html --target maturing > "$html/evaluate-target.html"
run compare -- "$data/riverside-2025.json" "$data/riverside-2026.json" --format html > "$html/compare.html"
run cohort -- --format html "$data"/*-2026.json > "$html/cohort.html"
run perspectives -- "$data"/riverside-partners/*.json --format html > "$html/perspectives.html"
run plan -- review "$data/plans/riverside-plan-2025.json" "$data/riverside-2026.json" --format html > "$html/plan-review.html"
run plan -- review "$data/plans/riverside-plan-2025.json" "$data/riverside-2026.json" --format html \
    --on 2027-04-01 --target thriving > "$html/plan-review-target.html"
run board -- "$data/riverside-2026.json" --previous "$data/riverside-2025.json" \
    --partners "$data"/riverside-partners/*.json --plan "$data/plans/riverside-plan-2025.json" > "$html/board.html"
run board -- "$data/riverside-2026.json" > "$html/board-assessment-only.html"
hostile=tests/data
run evaluate -- "$hostile/hostile-2026.json" --format html > "$html/hostile-evaluate.html"
run compare -- "$hostile/hostile-2025.json" "$hostile/hostile-2026.json" --format html > "$html/hostile-compare.html"
run cohort -- --format html "$hostile/hostile-2026.json" "$data/northfield-2026.json" > "$html/hostile-cohort.html"
run perspectives -- "$hostile/hostile-2025.json" "$hostile/hostile-2026.json" --format html > "$html/hostile-perspectives.html"
run plan -- review "$hostile/hostile-plan-2025.json" "$hostile/hostile-2026.json" --format html > "$html/hostile-plan-review.html"
run board -- "$hostile/hostile-2026.json" --previous "$hostile/hostile-2025.json" \
    --partners "$hostile/hostile-2025.json" "$hostile/hostile-2026.json" \
    --plan "$hostile/hostile-plan-2025.json" > "$html/hostile-board.html"

node tests/browser/check.mjs "$out" "$html"/*.html

# Printed: every report's text at 8 pt or more; the board pack on 8 pages at most, none
# but the last less than a third used.
python3 tests/browser/print.py --min-size 8 "$out"/*.pdf
python3 tests/browser/print.py --min-size 8 --max-pages 8 --min-used 34 "$out/board.pdf"
