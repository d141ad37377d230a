#!/usr/bin/env node
// How headline-less news pages come through cleaning: outlets, dates, titles and leads free of datelines and bylines.
//
//   node benchmarks/news-cleaning/check.js JSONL [JSONL...] [--dll PATH] [--print]
//
// A JSONL file holds labelled news documents ({"id", "date", "outlet", "text"}, as benchmarks/topics/news-*.jsonl). Each
// text is written out as it is, WITHOUT a title or date line (as the held-out news corpus is saved), to a temporary
// folder; the real command line ingests it (`briefing ingest`, then `briefing articles --json` and `briefing digest`).
// Build src/Briefing.Host in Release first, or give another build with --dll.
//
// Counts per article: an outlet at all, one agreeing with the label ("AP" agrees with "Associated Press": a name may be
// the label's initials), a date at all, the labelled day; a title or a body paragraph that is page furniture (a wire
// dateline, a byline, a reporting credit, a live-blog time); and digest bullets opening with a dateline.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const usage = "usage: check.js JSONL [JSONL...] [--dll PATH] [--print]";
const files = [];
let print = false;
const root = path.resolve(__dirname, "..", "..");
let dll = path.join(root, "src", "Briefing.Host", "bin", "Release", "net10.0", "briefing.dll");
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--print") print = true;
  else if (args[i] === "--dll" && i + 1 < args.length) dll = path.resolve(args[++i]);
  else if (args[i].startsWith("--")) fail(`unknown option ${args[i]}`);
  else files.push(args[i]);
}
if (files.length === 0) fail("no JSONL file given");
if (!fs.existsSync(dll)) fail(`${dll} not found: run \`dotnet build src/Briefing.Host -c Release\` first`);

function fail(message) {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "news-cleaning-"));
const folder = path.join(temp, "corpus");
fs.mkdirSync(folder);
const labels = new Map();
for (const file of files) {
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    labels.set(doc.id, doc);
    fs.writeFileSync(path.join(folder, `${doc.id}.txt`), `${doc.text}\n`);
  }
}

const common = ["--db", path.join(temp, "briefing.db"), "--corpus", folder];
const run = command => execFileSync("dotnet", [dll, ...command, ...common], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
run(["ingest"]);
const articles = run(["articles", "--json"]).split("\n").filter(Boolean).map(l => JSON.parse(l));
const bullets = run(["digest"]).split("\n").filter(l => l.trimStart().startsWith("•"))
  .map(l => l.replace(/^\s*•\s*(?:seen )?[^·]*·\s*/, ""));

const month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
const dateline = new RegExp(
  `^(?:[A-Z][A-Z/ .'’-]{2,}(?:, [A-Z][\\w ]+?)?(?:, ${month} \\d{1,2}\\.?)? *(?:\\([^)]{2,30}\\)|/[A-Z]+/\\.)? *[—–:-] ` +
  `|\\(?[A-Z]{2,6}\\)? *—(?: |$)|[A-Z][a-z]+(?:, [A-Z][a-z ]+)? \\([A-Z][A-Za-z ]+\\) *[—–-] )`);
const byline = /^(?:By [A-Z]|By our |[A-Z][a-z]+ [A-Z][a-z]+ in [A-Z][a-z]+$)/;
const credit = /^\(?(?:Additional )?(?:Reporting|Writing|Editing) by /i;
const liveTime = /^\d{1,2}[:.]\d{2}(?: ?[A-Z]{2,4})? [—–-] /;
// A byline is short and no sentence ("By Tuesday, Germany had said…" is text).
const furniture = text => dateline.test(text) || (byline.test(text) && text.split(/\s+/).length <= 12 && !/[.!?]["”’)]*$/.test(text));

const initials = name => name.split(/\s+/).filter(w => /^[A-Z]/.test(w) && w !== "The").map(w => w[0]).join("");
const agrees = (outlet, label) => {
  const a = outlet.toLowerCase(), b = label.toLowerCase();
  return a === b || b.startsWith(a + " ") || b === "the " + a || outlet === initials(label);
};

const count = { outlet: 0, rightOutlet: 0, date: 0, rightDate: 0, furnitureTitle: 0, datelineLead: 0, furnitureParagraphs: 0 };
for (const a of articles) {
  const label = labels.get(path.basename(a.source, ".txt"));
  if (a.outlet) { count.outlet++; if (agrees(a.outlet, label.outlet)) count.rightOutlet++; }
  if (a.published) { count.date++; if (a.published.slice(0, 10) === label.date) count.rightDate++; }
  if (furniture(a.title)) { count.furnitureTitle++; if (print) console.log(`title   ${a.source}: ${a.title}`); }
  const paragraphs = a.body.split("\n\n");
  if (dateline.test(paragraphs[0])) count.datelineLead++;
  for (const p of paragraphs) {
    if (!(furniture(p) || credit.test(p) || liveTime.test(p))) continue;
    count.furnitureParagraphs++;
    if (print) console.log(`body    ${a.source}: ${p.slice(0, 100)}`);
  }
}
const datelineBullets = bullets.filter(b => dateline.test(b)).length;
if (print) for (const b of bullets) console.log(`bullet  ${b.slice(0, 100)}`);

const n = articles.length;
const pct = k => `${k} (${Math.round((100 * k) / Math.max(1, n))} %)`;
console.log(`articles: ${n}`);
console.log(`with an outlet: ${pct(count.outlet)}, agreeing with the label: ${pct(count.rightOutlet)}`);
console.log(`with a date: ${pct(count.date)}, the labelled day: ${pct(count.rightDate)}`);
console.log(`title a dateline or byline: ${count.furnitureTitle}; lead opening with a dateline: ${count.datelineLead}`);
console.log(`paragraphs that are furniture (dateline, byline, reporting credit, live-blog time): ${count.furnitureParagraphs}`);
console.log(`digest bullets: ${bullets.length}, opening with a dateline: ${datelineBullets}`);
fs.rmSync(temp, { recursive: true, force: true });
