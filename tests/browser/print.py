#!/usr/bin/env python3
"""Measures printed PDFs: the number of pages, the smallest text and how full each page is.

Usage: print.py [--max-pages N] [--min-size PT] [--min-used PERCENT] FILE.pdf...
Reads `pdftotext -bbox` (poppler-utils). Fails (status 1) when a PDF has more pages
than --max-pages, any word printed smaller than --min-size points, or a page other
than the last whose text ends above --min-used percent of the page's height (a page
mostly blank). The size of a word is the height of its box divided by SIZE_PER_HEIGHT.
"""
import re
import subprocess
import sys

# pdftotext gives each word a box of the font's ascent plus descent: 1.164 times the
# font size for DejaVu Sans, the face Chromium prints the reports' sans-serif text with
# on Debian (measured: 8 pt text gives 9.31 pt boxes); 1.149 for Liberation Sans.
SIZE_PER_HEIGHT = 1 / 1.164


def measure(path):
    xml = subprocess.run(
        ["pdftotext", "-bbox", path, "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S):
        height = float(page.group(2))
        words = []
        for w in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page.group(3),
        ):
            x0, y0, x1, y1 = (float(w.group(i)) for i in range(1, 5))
            words.append((y0, y1, (y1 - y0) * SIZE_PER_HEIGHT, w.group(5)))
        pages.append((height, words))
    return pages


def main(argv):
    max_pages, min_size, min_used, files = None, None, None, []
    args = iter(argv)
    for a in args:
        if a == "--max-pages":
            max_pages = int(next(args))
        elif a == "--min-size":
            min_size = float(next(args))
        elif a == "--min-used":
            min_used = float(next(args))
        else:
            files.append(a)
    failed = False
    for path in files:
        pages = measure(path)
        sizes = [s for _, words in pages for _, _, s, _ in words]
        smallest = min(sizes) if sizes else 0.0
        small = sorted({t for _, words in pages for _, _, s, t in words if min_size and s < min_size - 0.05})
        used = []
        for height, words in pages:
            bottom = max((y1 for _, y1, _, _ in words), default=0.0)
            used.append(round(100 * bottom / height))
        print(f"{path}: {len(pages)} pages, smallest text {smallest:.1f} pt, "
              f"lowest text per page at {used} % of the page height")
        if max_pages is not None and len(pages) > max_pages:
            print(f"FAIL {path}: {len(pages)} pages, more than {max_pages}", file=sys.stderr)
            failed = True
        blank = [n + 1 for n, u in enumerate(used[:-1]) if min_used is not None and u < min_used]
        if blank:
            print(f"FAIL {path}: pages {blank} end above {min_used:.0f} % of the page", file=sys.stderr)
            failed = True
        if small:
            print(f"FAIL {path}: text under {min_size} pt: {' '.join(small[:12])}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
