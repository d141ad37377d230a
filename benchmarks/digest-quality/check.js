#!/usr/bin/env node
// Digest quality on a real corpus: ingests it, builds the standard digest, and counts each bullet's defects by kind.
//
//   node benchmarks/digest-quality/check.js CORPUS [CORPUS...] [--since ISO8601] [--preset brief|standard|full] [--print]
//
// A CORPUS is a folder of corpus files (.txt/.html, used as they are) or a JSONL file of documents
// ({"id", "title", "date", "text"}, as ../shared/eval/wh-pool.jsonl and topics-dev.jsonl; written out to a temporary
// folder as title line, date line, text). The texts stay outside the repository. The real command line does the work:
// `briefing ingest`, `briefing digest --format json` and `briefing articles --json` (build src/Briefing.Host in Release first).
//
// Defects per bullet: speaker label, question, markup, dangling start, first person without speaker, undated, repeat of
// another bullet, not found verbatim in its first source (leading filler or a closing aside such as ", as I mentioned
// before." removed from a sentence still counts as found: the bullet is compared without its final stop).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const usage = "usage: check.js CORPUS [CORPUS...] [--since ISO8601] [--preset P] [--print]";
const corpora = [];
let since = null;
let preset = "standard";
let print = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--print") print = true;
  else if (a === "--since" && i + 1 < args.length) since = args[++i];
  else if (a === "--preset" && i + 1 < args.length) preset = args[++i];
  else if (a.startsWith("--")) fail(`unknown option ${a}`);
  else corpora.push(a);
}
if (corpora.length === 0) fail("no corpus given");

function fail(message) {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const root = path.resolve(__dirname, "..", "..");
const dll = path.join(root, "src", "Briefing.Host", "bin", "Release", "net10.0", "briefing.dll");
if (!fs.existsSync(dll)) fail(`${dll} not found: run \`dotnet build src/Briefing.Host -c Release\` first`);

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "digest-quality-"));
const folders = [];
for (const corpus of corpora) {
  if (fs.statSync(corpus).isDirectory()) { folders.push(path.resolve(corpus)); continue; }
  const folder = path.join(temp, path.basename(corpus).replace(/\W+/g, "-"));
  fs.mkdirSync(folder);
  for (const line of fs.readFileSync(corpus, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    fs.writeFileSync(path.join(folder, `${doc.id}.txt`), `${doc.title}\n\n${doc.date ?? ""}\n\n${doc.text}\n`);
  }
  folders.push(folder);
}

const db = path.join(temp, "briefing.db");
const common = ["--db", db, ...folders.flatMap(f => ["--corpus", f])];
const run = command => execFileSync("dotnet", [dll, ...command, ...common], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
const ingest = run(["ingest"]).trim().split("\n")[0];
const digest = JSON.parse(run(["digest", "--format", "json", "--preset", preset, ...(since ? ["--since", since] : [])]));
const bodies = new Map(run(["articles", "--json"]).split("\n").filter(Boolean).map(l => JSON.parse(l)).map(a => [a.id, a.body]));

const squash = text => text.replace(/\s+/g, " ").trim();
const words = text => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
const bigrams = text => { const w = words(text); return new Set(w.slice(1).map((x, i) => w[i] + " " + x)); };
const overlap = (a, b) => { const x = bigrams(a), y = bigrams(b); let n = 0; for (const g of x) if (y.has(g)) n++; return n / Math.max(1, Math.min(x.size, y.size)); };

const checks = {
  "speaker label": b => /^(Q\b|QUESTION:)|\b(?:MR|MS|MRS|DR)\.\s+[A-Z][A-Z'’-]+:|\b(?:THE\s+)?[A-Z]{2,}(?:\s+[A-Z]{2,})*:\s/.test(b.text),
  "question": b => /\?\s*["”’»)]*$/.test(b.text),
  "markup": b => /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;|\*\*|(^|\s)[*_]\S|\S[*_](\s|$)|\[\d+\]|^[-•#]\s|\\[#*_]/.test(b.text),
  "dangling start": b => /^(He|She|It|They|This|That|These|Those|But|And|Also|Additionally|However|So|Then|Second|Finally)\b/.test(b.text),
  // A quotation opened and not closed in the bullet runs on: its words are whoever the bullet names as saying them.
  "first person without speaker": b => !b.speaker && /\b(I|I'm|I’m|I've|I’ve|we|We|our|Our|my|My|us)\b/.test(b.text.replace(/“[^”]*”|"[^"]*"|“[^”]*$|"[^"]*$/g, " ")),
  "undated": b => !b.date,
  "repeat": (b, all) => all.some(o => o !== b && overlap(o.text, b.text) >= 0.5),
  "not in first source": b => {
    const body = squash(bodies.get(b.sources[0].article_id) ?? "");
    const text = squash(b.text).replace(/[.!]$/, "");
    return !body.includes(text) && !body.toLowerCase().includes(text.toLowerCase());
  },
};

const bullets = digest.topics.flatMap(t => t.bullets.map(b => ({ ...b, topic: t.slug })));
const counts = Object.fromEntries(Object.keys(checks).map(k => [k, 0]));
let clean = 0;
for (const b of bullets) {
  b.defects = Object.entries(checks).filter(([, check]) => check(b, bullets)).map(([kind]) => kind);
  for (const kind of b.defects) counts[kind]++;
  if (b.defects.length === 0) clean++;
}

console.log(`${ingest}`);
console.log(`${bullets.length} bullets in ${digest.topics.length} topics; ${clean} without a defect (${pct(clean, bullets.length)})`);
console.log("| defect | bullets |");
console.log("|---|---|");
for (const [kind, n] of Object.entries(counts)) console.log(`| ${kind} | ${n} (${pct(n, bullets.length)}) |`);
if (print) {
  for (const t of digest.topics) {
    console.log(`\n${t.title}`);
    for (const b of bullets.filter(x => x.topic === t.slug)) {
      const credit = [...new Set(b.sources.map(s => s.outlet ?? s.title))].join(", ");
      console.log(`  • ${b.date ?? "undated"} · ${b.speaker ? b.speaker + ": " : ""}${b.text} [${b.via.length ? b.via.join(", ") + " via " : ""}${credit}]${b.defects.length ? "  <-- " + b.defects.join(", ") : ""}`);
    }
  }
}
fs.rmSync(temp, { recursive: true, force: true });

function pct(n, total) { return total === 0 ? "–" : `${Math.round(100 * n / total)} %`; }
