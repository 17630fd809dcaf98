// Opens each HTML report given on the command line in headless Chromium and checks, as
// a reader's browser sees it:
// - axe-core finds no violation of WCAG 2.0, 2.1 or 2.2 at level A or AA;
// - the page requests nothing outside itself (every request is intercepted);
// - printed, nothing is wider than an A4 page (no clipped table or picture), and it
//   prints to an A4 PDF.
// Usage: node check.mjs OUT_DIR FILE.html... (screenshots and PDFs go to OUT_DIR).
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { basename, resolve, join } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error("usage: node check.mjs OUT_DIR FILE.html...");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${mkdtempSync(join(tmpdir(), "mhics-chromium-"))}`,
  ],
});

// The printable width of an A4 page with the reports' margins (210 mm less 2 × 12 mm),
// in CSS pixels (96 per inch).
const A4_PRINT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

let failures = 0;
function fail(file, message) {
  failures += 1;
  console.error(`FAIL ${file}: ${message}`);
}

try {
  for (const file of files) {
    const name = basename(file, ".html");
    const before = failures;
    const url = pathToFileURL(resolve(file)).href;
    const page = await browser.newPage();
    const outside = [];
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (request.url() === url) {
        request.continue();
      } else {
        outside.push(request.url());
        request.abort();
      }
    });
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: "load" });

    // Accessibility: axe-core, evaluated in the page (no request: its source is
    // passed in, not loaded).
    await page.evaluate(axeSource);
    const results = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
      }),
    );
    for (const v of results.violations) {
      const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ");
      fail(file, `axe ${v.id} (${v.impact}): ${v.help} at ${where}`);
    }
    if (results.passes.length === 0) {
      fail(file, "axe ran no check");
    }

    // Self-contained: nothing requested but the file itself.
    for (const request of outside) {
      fail(file, `requested ${request}`);
    }

    // On screen.
    await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });

    // Printed: nothing wider than the page, and an A4 PDF.
    await page.emulateMediaType("print");
    await page.setViewport({ width: A4_PRINT_WIDTH, height: 1100 });
    const wide = await page.evaluate((limit) => {
      const out = [];
      for (const el of document.querySelectorAll("table, figure, svg, pre, p, li")) {
        const r = el.getBoundingClientRect();
        if (r.right > limit + 1) {
          out.push(`${el.tagName.toLowerCase()} ${Math.round(r.right)}px`);
        }
      }
      return out.slice(0, 5);
    }, A4_PRINT_WIDTH);
    for (const w of wide) {
      fail(file, `printed, wider than A4: ${w}`);
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdfPath = join(outDir, `${name}.pdf`);
    writeFileSync(pdfPath, pdf);
    const text = Buffer.from(pdf).toString("latin1");
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    if (boxes.length === 0) {
      fail(file, "the PDF has no page");
    }
    for (const [, w, h] of boxes) {
      // A4 is 595.28 × 841.89 points.
      if (Math.abs(Number(w) - 595.28) > 1 || Math.abs(Number(h) - 841.89) > 1) {
        fail(file, `a printed page is ${w} × ${h} pt, not A4`);
        break;
      }
    }
    console.log(
      `${failures > before ? "checked" : "ok"} ${file}: ${results.passes.length} axe checks passed, ${results.violations.length} violations, ` +
        `${outside.length} outside requests, ${boxes.length} A4 pages`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}
if (failures > 0) {
  console.error(`${failures} failed`);
  process.exit(1);
}
console.log(`${files.length} passed, 0 failed`);
