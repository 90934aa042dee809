// Browser tests of a built site, in Debian's headless Chromium (driven by playwright-core,
// no downloaded browser): the download page loads, every link and download resolves, language
// switching works, right-to-left pages say so, the quick exit leaves, axe-core finds nothing.
//
//   node tests/browser/run.mjs <dist> [--screenshots DIR]
//
// Serves <dist> from 127.0.0.1 only. Prints one line per check and "N passed, N failed";
// exits 1 when a check fails, 2 when the browser cannot start.

import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const CHROMIUM = process.env.LEAFPRESS_CHROMIUM || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** The neutral site the quick exit goes to; answered locally, never fetched. */
const NEUTRAL = /^https:\/\/www\.bbc\.co\.uk\//;
/** Words that must never be in a page title (a title shows in tabs and history). */
const UNSAFE_TITLE_WORDS = ["abuse", "revenge", "porn", "intimate", "image", "photo", "police", "sextortion", "rape", "sex"];
/** Locales whose pages get the full axe treatment (every edition), when built. */
const AXE_LOCALES = ["en-GB", "ar", "ur"];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".json": "application/json",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

// ---------------------------------------------------------------------------------------
// Arguments and the static server

const argv = process.argv.slice(2);
const dist = argv[0] && path.resolve(argv[0]);
const shotsAt = argv.indexOf("--screenshots");
const shots = shotsAt >= 0 ? path.resolve(argv[shotsAt + 1]) : null;
if (!dist || !fs.existsSync(path.join(dist, "index.html"))) {
  console.error(`usage: node ${path.relative(process.cwd(), fileURLToPath(import.meta.url))} <dist> [--screenshots DIR]`);
  console.error("  <dist> must hold a built site (index.html)");
  process.exit(2);
}

/** Every request the server answered: path → status. */
const served = new Map();

function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let rel = decodeURIComponent(url.pathname);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      file = path.join(file, "index.html");
    }
    if (!fs.existsSync(file)) {
      served.set(rel, 404);
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    served.set(rel, 200);
    const type = TYPES[path.extname(file)] || "application/octet-stream";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ---------------------------------------------------------------------------------------
// A tiny runner

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push([name, null]);
    console.log(`ok - ${name}`);
  } catch (err) {
    results.push([name, err]);
    console.log(`not ok - ${name}\n    ${String(err && err.stack ? err.message : err).split("\n").join("\n    ")}`);
  }
}
function assert(cond, message) {
  if (!cond) {
    throw new Error(message);
  }
}

// ---------------------------------------------------------------------------------------

const server = await serve(dist);
const base = `http://127.0.0.1:${server.address().port}`;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "leafpress-chromium-"));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
} catch (err) {
  console.error(`cannot start Chromium at ${CHROMIUM}: ${err.message}`);
  server.close();
  process.exit(2);
}

/** Requests that left 127.0.0.1 (other than navigations to the neutral site). */
const offsite = [];
/** Console errors and CSP violations, per page URL. */
const consoleErrors = [];
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("about:")) {
    return route.continue();
  }
  if (NEUTRAL.test(url) && route.request().isNavigationRequest()) {
    return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Weather</title><p>neutral</p>" });
  }
  offsite.push(url);
  return route.abort();
});

async function open(url, width = 1280) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.on("console", (msg) => {
    if (msg.type() === "error") {
      consoleErrors.push(`${page.url()}: ${msg.text()}`);
    }
  });
  page.on("pageerror", (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  const response = await page.goto(url.startsWith("http") ? url : base + url);
  return { page, response };
}

/** Same-origin pages reachable from the site index, breadth first. */
async function crawl() {
  const seen = new Set(["/index.html"]);
  const queue = ["/index.html"];
  const pages = [];
  const links = new Map(); // target path → first page linking to it
  const { page } = await open("/index.html");
  while (queue.length) {
    const at = queue.shift();
    const response = await page.goto(base + at);
    assert(response.status() === 200, `${at}: HTTP ${response.status()}`);
    const found = await page.evaluate(() => {
      const urls = [];
      for (const a of document.querySelectorAll("a[href]")) urls.push(["a", a.getAttribute("href"), a.href]);
      for (const img of document.querySelectorAll("img[src]")) urls.push(["img", img.getAttribute("src"), img.src]);
      for (const l of document.querySelectorAll("link[href]")) urls.push(["link", l.getAttribute("href"), l.href]);
      for (const s of document.querySelectorAll("script[src]")) urls.push(["script", s.getAttribute("src"), s.src]);
      const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
      return { urls, ids };
    });
    pages.push({ path: at, ...found });
    for (const [tag, raw, abs] of found.urls) {
      if (raw.startsWith("#")) {
        assert(found.ids.includes(decodeURIComponent(raw.slice(1))), `${at}: link ${raw} has no target`);
        continue;
      }
      const url = new URL(abs);
      if (url.protocol === "tel:" || (tag === "a" && url.origin !== base)) {
        assert(tag === "a", `${at}: <${tag}> loads ${raw} from elsewhere`);
        continue;
      }
      assert(url.origin === base, `${at}: <${tag}> loads ${raw} from elsewhere`);
      const target = decodeURIComponent(url.pathname);
      if (!links.has(target)) links.set(target, at);
      if (target.endsWith(".html") && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  await page.close();
  return { pages, links };
}

const manifest = JSON.parse(fs.readFileSync(path.join(dist, "manifest.json"), "utf8"));
const localesBuilt = [...new Set(manifest.artifacts.filter((a) => a.kind === "index" && a.locale).map((a) => a.locale))];
const editions = manifest.artifacts.filter((a) => a.kind === "html");
let site = { pages: [], links: new Map() };
// A venue board (--venue-details): its list of venues, each venue's page (the download pages
// then offer no generic PDFs: the venues' own are on their pages).
const venueList = fs.existsSync(path.join(dist, "venues.json")) ? JSON.parse(fs.readFileSync(path.join(dist, "venues.json"), "utf8")) : null;
const boards = manifest.artifacts.filter((a) => a.kind === "index" && a.path.endsWith("/venues.html"));
const venuePages = venueList ? venueList.venues.flatMap((v) => Object.values(v.pages)) : [];

await check("the download page loads, with a neutral title, an h1 and the quick exit", async () => {
  const { page, response } = await open("/");
  assert(response.status() === 200, `HTTP ${response.status()}`);
  assert(response.headers()["content-type"].startsWith("text/html"), "not served as HTML");
  const title = await page.title();
  assert(title.trim().length > 0, "empty <title>");
  for (const word of UNSAFE_TITLE_WORDS) {
    assert(!title.toLowerCase().includes(word), `title ${JSON.stringify(title)} says ${JSON.stringify(word)}`);
  }
  assert((await page.locator("h1").count()) === 1, "exactly one h1");
  assert(await page.locator("[data-exit]").isVisible(), "no visible quick-exit button");
  assert((await page.locator("a.skip[href='#main']").count()) === 1, "no skip link");
  const downloads = await page.locator("a[type='application/pdf']").count();
  if (venueList) {
    assert((await page.locator("a[href$='venues.html']").count()) > 0, "the download page does not link the venue board");
  } else {
    assert(downloads > 0, "no PDF downloads listed");
  }
  await page.close();
});

await check("every page title is neutral", async () => {
  for (const a of manifest.artifacts.filter((a) => a.kind === "html" || a.kind === "index")) {
    for (const word of UNSAFE_TITLE_WORDS) {
      assert(!a.title.toLowerCase().includes(word), `${a.path}: title ${JSON.stringify(a.title)} says ${JSON.stringify(word)}`);
    }
  }
});

await check("every link and download resolves (no 404s); PDFs are application/pdf", async () => {
  site = await crawl();
  const expected = manifest.artifacts.filter((a) => a.kind === "html" || a.kind === "index").length;
  assert(site.pages.length === expected, `crawled ${site.pages.length} pages, the manifest lists ${expected}`);
  for (const [target, from] of site.links) {
    const response = await context.request.get(base + target);
    assert(response.status() === 200, `${target} (linked from ${from}): HTTP ${response.status()}`);
    const type = response.headers()["content-type"];
    if (target.endsWith(".pdf")) {
      assert(type === "application/pdf", `${target}: served as ${type}`);
      const body = await response.body();
      assert(body.subarray(0, 5).toString() === "%PDF-", `${target}: not a PDF`);
    }
    if (target.endsWith(".png")) assert(type === "image/png", `${target}: served as ${type}`);
  }
  for (const a of manifest.artifacts.filter((a) => a.kind === "pdf" && !a.locale.includes("+"))) {
    assert(site.links.has("/" + a.path), `${a.path} is not offered on any page`);
  }
  // Chromium asks every site for /favicon.ico on its own; the site has none.
  const missing = [...served].filter(([p, status]) => status !== 200 && p !== "/favicon.ico");
  assert(missing.length === 0, `not found: ${missing.map(([p]) => p).join(", ")}`);
});

await check("preview images load and are small", async () => {
  const { page } = await open(venuePages.length ? "/" + venuePages[0] : "/en-GB/index.html");
  const images = await page.evaluate(async () => {
    const all = [...document.querySelectorAll("img")];
    for (const img of all) {
      img.loading = "eager";
      if (!img.complete) {
        await new Promise((done) => {
          img.addEventListener("load", done, { once: true });
          img.addEventListener("error", done, { once: true });
        });
      }
    }
    return all.map((img) => [img.getAttribute("src"), img.naturalWidth, img.naturalHeight]);
  });
  assert(images.length > 0, "no preview images");
  for (const [src, w, h] of images) {
    assert(w > 0 && h > 0, `${src} did not decode`);
    assert(Math.max(w, h) <= 400, `${src} is ${w}×${h}, not a thumbnail`);
  }
  await page.close();
});

await check("language switching works: each language link opens that language", async () => {
  const { page } = await open("/index.html");
  const links = await page.locator(".choose .languages a").evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute("href"), lang: a.lang, dir: a.dir, text: a.textContent.trim(), current: a.getAttribute("aria-current") })),
  );
  assert(links.length === localesBuilt.length, `${links.length} language links for ${localesBuilt.length} locales`);
  for (const link of links) {
    assert(link.lang && link.dir && link.text, `language link without lang/dir/name: ${JSON.stringify(link)}`);
  }
  for (const link of links.filter((l) => !l.current)) {
    await page.goto(base + "/index.html");
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith(`/${link.lang}/`)), page.locator(`.choose .languages a[lang="${link.lang}"]`).click()]);
    const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
    assert(html.lang === link.lang, `after choosing ${link.text}: lang=${html.lang}`);
    assert(html.dir === link.dir, `after choosing ${link.text}: dir=${html.dir}, the link said ${link.dir}`);
    const current = await page.locator('.choose .languages a[aria-current="page"]').getAttribute("lang");
    assert(current === link.lang, `${link.lang}: the current language is marked ${current}`);
  }
  // From an edition, "other languages" leads to the same edition in that language.
  const from = editions.find((e) => e.locale === "en-GB");
  if (from) {
    await page.goto(`${base}/${from.path}`);
    const other = await page.locator("#other-languages ~ ul a:not([aria-current])").first();
    const lang = await other.getAttribute("lang");
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith(`/${lang}/`)), other.click()]);
    assert(new URL(page.url()).pathname === `/${lang}/${from.venue}/index.html`, `landed on ${page.url()}`);
  }
  await page.close();
});

await check("right-to-left locales are marked dir=rtl, on the page and on their links", async () => {
  const rtl = [];
  for (const code of localesBuilt) {
    const { page } = await open(`/${code}/index.html`);
    const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
    assert(html.lang === code, `${code}: lang=${html.lang}`);
    const linkDir = await page.locator(`.choose .languages a[lang="${code}"]`).getAttribute("dir");
    assert(linkDir === html.dir, `${code}: page dir ${html.dir}, its language link says ${linkDir}`);
    if (html.dir === "rtl") rtl.push(code);
    await page.close();
  }
  assert(rtl.length > 0, `no right-to-left locale was built (built: ${localesBuilt.join(", ")})`);
  for (const code of rtl) {
    const edition = editions.find((e) => e.locale === code);
    if (!edition) continue;
    const { page } = await open("/" + edition.path);
    assert((await page.evaluate(() => document.documentElement.dir)) === "rtl", `${edition.path} is not dir=rtl`);
    // Phone numbers and URLs stay left-to-right inside right-to-left text.
    const tels = await page.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => getComputedStyle(a).direction));
    assert(tels.length > 0 && tels.every((d) => d === "ltr"), `${edition.path}: tel links not ltr: ${tels}`);
    await page.close();
  }
});

async function expectExit(page, how) {
  await page.waitForURL(NEUTRAL, { timeout: 5000 }).catch(() => {
    throw new Error(`${how}: still on ${page.url()}`);
  });
}

await check("the quick exit leaves the page: button, Esc, Shift ×3; Back does not return", async () => {
  const pagesToTry = ["/index.html", editions[0] && "/" + editions[0].path, boards[0] && "/" + boards[0].path].filter(Boolean);
  for (const at of pagesToTry) {
    // A new tab's history is [about:blank, page]: after the exit, Back must not find the page.
    let { page } = await open(at);
    await page.locator("[data-exit]").click();
    await expectExit(page, `${at}: button`);
    await page.goBack();
    assert(!page.url().startsWith(base), `${at}: Back returned to ${page.url()}`);
    await page.close();

    ({ page } = await open(at));
    await page.keyboard.press("Escape");
    await expectExit(page, `${at}: Esc`);
    await page.close();

    ({ page } = await open(at));
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await expectExit(page, `${at}: Shift ×3`);
    await page.close();
  }
  // The same exit works from a right-to-left page.
  const rtl = localesBuilt.find((c) => editions.some((e) => e.locale === c && c.startsWith("ar")));
  if (rtl) {
    const { page } = await open(`/${rtl}/index.html`);
    await page.keyboard.press("Escape");
    await expectExit(page, `${rtl}: Esc`);
    await page.close();
  }
});

await check("the quick exit clears the page at once and keeps nothing in storage", async () => {
  const { page } = await open("/index.html");
  await page.evaluate(() => {
    sessionStorage.setItem("x", "1");
    localStorage.setItem("x", "1");
  });
  await page.route(NEUTRAL, (route) => new Promise((r) => setTimeout(r, 300)).then(() => route.fulfill({ status: 200, body: "neutral" })));
  await page.keyboard.press("Escape");
  const state = await page.evaluate(() => ({ text: document.body.textContent, title: document.title, s: sessionStorage.length, l: localStorage.length })).catch(() => null);
  if (state) {
    assert(state.text === "" && state.title === "", "the page still shows while the neutral site loads");
    assert(state.s === 0 && state.l === 0, "storage not cleared");
  }
  await expectExit(page, "Esc");
  await page.close();
});

await check("pages fit a 390 px phone screen (no sideways scrolling)", async () => {
  const targets = ["/index.html", ...editions.filter((e) => AXE_LOCALES.includes(e.locale)).map((e) => "/" + e.path)];
  targets.push(...boardTargets());
  for (const at of targets) {
    const { page } = await open(at, 390);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 390, `${at}: ${width} px wide at a 390 px viewport`);
    await page.close();
  }
});

await check("axe-core finds no accessibility violations", async () => {
  const targets = ["/index.html"];
  for (const code of localesBuilt) {
    targets.push(`/${code}/index.html`);
    if (AXE_LOCALES.includes(code) || code === localesBuilt.find((c) => c.startsWith("qps"))) {
      targets.push(...editions.filter((e) => e.locale === code).map((e) => "/" + e.path));
    }
  }
  targets.push(...boardTargets().filter((t) => !targets.includes(t)));
  const failures = [];
  for (const at of targets) {
    for (const width of [1280, 390]) {
      const { page } = await open(at, width);
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      for (const v of result.violations) {
        failures.push(`${at} @${width}px: ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n      ")}`);
      }
      await page.close();
    }
  }
  assert(failures.length === 0, `${failures.length} violation(s):\n  ${failures.join("\n  ")}`);
  console.log(`    (${targets.length} pages × 2 widths)`);
});

/** The board indexes and, per board locale, one venue page (the first venue's). */
function boardTargets() {
  const out = boards.map((b) => "/" + b.path);
  for (const b of boards) {
    const code = b.path.split("/")[0];
    const venue = venueList && venueList.venues.find((v) => v.pages[code]);
    if (venue) out.push("/" + venue.pages[code]);
  }
  return out;
}

if (venueList) {
  await check("the venue board lists every venue and filters by name or town as you type", async () => {
    const board = boards.find((b) => b.locale === "en-GB") || boards[0];
    const code = board.path.split("/")[0];
    const listed = venueList.venues.filter((v) => v.pages[code]);
    const { page } = await open("/" + board.path);
    const box = page.locator("[data-filter] input");
    assert(await box.isVisible(), "the filter box is not shown when script runs");
    const label = await page.locator("label[for='venue-filter']").textContent();
    assert(label.trim().length > 0, "the filter box has no label");
    const visible = () => page.locator("[data-venues] > li:visible").count();
    assert((await visible()) === listed.length, `${await visible()} venues shown, ${listed.length} listed`);
    // By name (any case), by town or postcode, by nothing that matches.
    const first = listed[0];
    await box.fill(first.name.toUpperCase());
    assert((await visible()) === 1, `"${first.name.toUpperCase()}": ${await visible()} shown`);
    const [street, ...rest] = first.address;
    const town = (rest.length ? rest[rest.length - 1] : street).split(" ").slice(-1)[0];
    await box.fill(town.toLowerCase());
    const byTown = listed.filter((v) => v.address.join(" ").toLowerCase().includes(town.toLowerCase())).length;
    assert((await visible()) === byTown, `"${town}": ${await visible()} shown, ${byTown} expected`);
    await box.fill("zzzz no such venue");
    assert((await visible()) === 0, "a venue matches nonsense");
    assert(await page.locator("[data-filter-none]").isVisible(), "no 'no venue matches' message");
    assert((await page.locator("[role=status] [data-filter-none]").count()) === 1, "the message is not in a status region");
    await box.fill("");
    assert((await visible()) === listed.length, "clearing the box does not show every venue again");
    // Each venue links to its own page, which offers its PDFs.
    await page.locator("[data-venues] > li a").first().click();
    await page.waitForLoadState();
    assert(new URL(page.url()).pathname === "/" + first.pages[code], `landed on ${page.url()}`);
    assert((await page.locator("h1").textContent()).trim() === first.name, "the venue page's heading is not its name");
    assert((await page.locator("a[type='application/pdf']").count()) > 0, "the venue page offers no PDF");
    await page.close();
  });

  await check("without script the board lists every venue and hides the filter", async () => {
    const board = boards.find((b) => b.locale === "en-GB") || boards[0];
    const code = board.path.split("/")[0];
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setScriptExecutionDisabled", { value: true });
    await page.goto(base + "/" + board.path);
    assert(!(await page.locator("[data-filter]").isVisible()), "the filter box shows but cannot work");
    const shown = await page.locator("[data-venues] > li:visible").count();
    const listed = venueList.venues.filter((v) => v.pages[code]).length;
    assert(shown === listed, `${shown} venues shown without script, ${listed} listed`);
    await page.close();
  });

  await check("venues.json lists files that are on the site, with their size", async () => {
    for (const row of venueList.files) {
      const response = await context.request.get(`${base}/${row.path}`);
      assert(response.status() === 200, `${row.path}: HTTP ${response.status()}`);
      assert((await response.body()).length === row.bytes, `${row.path}: size differs from venues.json`);
    }
  });
}

await check("nothing was requested from anywhere but the site; no script errors", async () => {
  assert(offsite.length === 0, `requests to other hosts: ${offsite.join(", ")}`);
  assert(consoleErrors.length === 0, `console errors:\n  ${consoleErrors.join("\n  ")}`);
});

if (shots) {
  fs.mkdirSync(shots, { recursive: true });
  const edition = editions.find((e) => e.locale === "en-GB") || editions[0];
  const rtlEdition = editions.find((e) => e.locale === "ar") || editions.find((e) => e.locale === "ur");
  const targets = [["index", "/index.html"], ["edition", "/" + edition.path]];
  if (rtlEdition) targets.push([`edition-${rtlEdition.locale}`, "/" + rtlEdition.path]);
  for (const at of boardTargets()) {
    const [code, ...rest] = at.slice(1).split("/");
    targets.push([at.endsWith("venues.html") ? `board-${code}` : `venue-${code}-${rest.slice(0, -1).join("-")}`, at]);
  }
  for (const [name, at] of targets) {
    for (const [label, width] of [["desktop", 1280], ["phone", 390]]) {
      const { page } = await open(at, width);
      await page.evaluate(() => document.querySelectorAll("img").forEach((i) => (i.loading = "eager")));
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: path.join(shots, `${name}-${label}.png`), fullPage: label === "desktop" ? false : false });
      await page.screenshot({ path: path.join(shots, `${name}-${label}-full.png`), fullPage: true });
      await page.close();
    }
  }
  console.log(`screenshots in ${shots}`);
}

await context.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });

const failed = results.filter(([, err]) => err).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
