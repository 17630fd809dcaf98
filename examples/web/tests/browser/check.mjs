// Opens every page of the running self-assessment service in headless Chromium and
// checks, as a person's browser sees it:
// - axe-core finds no violation of WCAG 2.0, 2.1 or 2.2 at level A or AA, on the lead's
//   and partners' pages, the reports embedded in them, and the 400 and 404 pages;
// - the page breaks no rule of its Content-Security-Policy (no inline script or style)
//   and asks nothing of another origin;
// - a new partner answers a whole sub-section with the keyboard only (Tab, arrow keys,
//   Space, typing, Enter), and every answer is stored.
// Usage: node check.mjs OUT_DIR SERVER_LOG (the log holds the links the server printed).
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [outDir, logFile] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const log = readFileSync(logFile, "utf8");
const base = log.match(/^listening on (http:\/\/127\.0\.0\.1:\d+)/m)[1];
const lead = log.match(/lead link[^:]*: (http\S+)/)[1];
const partners = [...log.matchAll(/sample partner link[^\n]*: (http\S+)/g)].map((m) => m[1]);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${mkdtempSync(join(tmpdir(), "mhics-web-chromium-"))}`,
  ],
});

let failures = 0;
let checked = 0;
function fail(what, message) {
  failures += 1;
  console.error(`FAIL ${what}: ${message}`);
}

/// A new page that records CSP violations and requests to other origins.
async function open() {
  const page = await browser.newPage();
  page.problems = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) page.problems.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) page.problems.push(`requested ${r.url()}`);
  });
  await page.setViewport({ width: 1280, height: 900 });
  return page;
}

/// axe-core on the page as it is now; `status` is the HTTP status expected.
async function check(page, name, response, status = 200) {
  checked += 1;
  if (response && response.status() !== status) fail(name, `status ${response.status()}, expected ${status}`);
  if (response && !(response.headers()["content-security-policy"] || "").includes("default-src 'none'")) {
    fail(name, "no Content-Security-Policy");
  }
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    }),
  );
  for (const v of results.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ");
    fail(name, `axe ${v.id} (${v.impact}): ${v.help} at ${where}`);
  }
  if (results.passes.length === 0) fail(name, "axe ran no check");
  for (const p of page.problems.splice(0)) fail(name, p);
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
  console.log(`checked ${name}: ${results.passes.length} axe checks passed, ${results.violations.length} violations`);
}

async function visit(page, name, url, status = 200) {
  const response = await page.goto(url, { waitUntil: "load" });
  await check(page, name, response, status);
}

/// Sends the form whose button `selector` names, after `prepare` (run in the page).
async function submit(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click(selector)]);
  return response;
}

try {
  const page = await open();
  // The lead's pages: rounds, the round carried forward (2) and the one before (1).
  await visit(page, "front", `${base}/`);
  await visit(page, "lead-rounds", lead);
  for (const round of [2, 1]) {
    for (const [suffix, name] of [["", "round"], ["/together", "together"], ["/plan", "plan"], ["/board", "board"]]) {
      await visit(page, `lead-${name}-${round}`, `${lead}/r/${round}${suffix}`);
    }
  }
  await visit(page, "not-found", `${base}/p/0000000000000000000000000000000000000000000000ff`, 404);

  // A 400 page: a round opened with no system and no date keeps the page whole.
  await page.goto(lead, { waitUntil: "load" });
  await check(page, "lead-open-round-refused", await submit(page, "form[action$='/rounds'] button"), 400);

  // The lead adds a partner (typing into the form); the page shows their link.
  await page.goto(`${lead}/r/2`, { waitUntil: "load" });
  await page.type("#name", "Kim Keyboard");
  await page.type("#organisation", "Riverside Keyboard Trust");
  await check(page, "lead-partner-added", await submit(page, "form[action$='/partners'] button"));
  const link = (await page.$eval(".link", (e) => e.textContent)).trim();

  // The sample partners' pages, and a refused answer's 400 page.
  await visit(page, "partner-overview", partners[0]);
  await visit(page, "partner-subsection", `${partners[0]}/s/2.3`);
  await page.$eval("#c-2\\.3-D1 input[name=id]", (e) => {
    e.value = "2.3-d1";
  });
  await check(page, "partner-answer-refused", await submit(page, "#c-2\\.3-D1 button"), 400);

  // Keyboard only: the new partner answers every criterion of sub-section 1.1.
  await visit(page, "partner-new-overview", link);
  await visit(page, "partner-new-subsection", `${link}/s/1.1`);
  const ids = await page.$$eval("input[name=id]", (inputs) => inputs.map((i) => i.value));
  const expected = {};
  for (const [n, id] of ids.entries()) {
    // Tab until the focus is in this criterion's statuses.
    let found = false;
    for (let tabs = 0; tabs < 60 && !found; tabs += 1) {
      await page.keyboard.press("Tab");
      found = await page.evaluate(
        (id) => document.activeElement?.name === "status" && document.activeElement.form?.elements.id.value === id,
        id,
      );
    }
    if (!found) {
      fail("keyboard", `the keyboard never reached the statuses of ${id}`);
      break;
    }
    // "Not answered yet" (the last choice) is checked and has the focus: each arrow
    // picks the next choice, from the first (Met) on.
    const steps = n % 4;
    for (let i = 0; i <= steps; i += 1) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Tab");
    await page.keyboard.type(`Typed with the keyboard, ${id}`);
    await page.keyboard.press("Tab");
    const onButton = await page.evaluate(() => document.activeElement?.tagName === "BUTTON");
    if (!onButton) {
      fail("keyboard", `Tab from the note of ${id} did not reach its Save button`);
      break;
    }
    const [response] = await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.keyboard.press("Enter")]);
    if (response.status() !== 200) fail("keyboard", `saving ${id}: status ${response.status()}`);
    expected[id] = ["met", "partial", "not_met", "not_applicable"][steps];
  }
  await check(page, "partner-keyboard-done", null);
  const stored = await (await fetch(`${link}/answers.json`)).json();
  for (const [id, status] of Object.entries(expected)) {
    const got = stored.responses[id];
    if (!got || got.status !== status || got.note !== `Typed with the keyboard, ${id}`) {
      fail("keyboard", `${id}: stored ${JSON.stringify(got)}, expected ${status}`);
    }
  }
  console.log(`keyboard: ${Object.keys(expected).length} answers of sub-section 1.1 given and stored`);
  if (Object.keys(expected).length !== ids.length || ids.length === 0) fail("keyboard", "not every criterion answered");
} finally {
  await browser.close();
}
if (failures > 0) {
  console.error(`${failures} failed`);
  process.exit(1);
}
console.log(`${checked} pages checked, 0 failed`);
