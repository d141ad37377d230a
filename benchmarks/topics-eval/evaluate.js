#!/usr/bin/env node
// Topic classification quality: precision, recall and F1 per topic on hand-labelled documents.
//
//   node benchmarks/topics-eval/evaluate.js DOCS.jsonl [DOCS.jsonl...] [--labels LABELS.jsonl]... [--half tune|held-out|all] [--verbose]
//
// DOCS files hold {"id", "title", "text", ...} per line and stay outside the repository (../shared/eval/); a
// document's labels are its own "topics" field, or the line with its id in a --labels file ({"id", "topics"}; a later
// labels file overrides an earlier one for the same id). Documents without labels are left out.
//
// The split is fixed by the id alone: the first 32 bits of SHA-256(id), even = "tune", odd = "held-out". Tune on
// the tune half only; without --half the script prints the tune half, the held-out half and all of it.
//
// Each document is written to a temporary folder (title as first line if it has one, then the text), and the real command line
// classifies them all in one run: `dotnet run --project src/Briefing.Host -- classify --json <files>`.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const usage = "usage: evaluate.js DOCS.jsonl [DOCS.jsonl...] [--labels LABELS.jsonl]... [--half tune|held-out|all] [--verbose]";
const documentPaths = [];
const labelPaths = [];
let half = null;
let verbose = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--verbose") verbose = true;
  else if (a === "--labels" && i + 1 < args.length) labelPaths.push(args[++i]);
  else if (a === "--half" && i + 1 < args.length) half = args[++i];
  else if (a.startsWith("--")) fail(`unknown option ${a}`);
  else documentPaths.push(a);
}
if (documentPaths.length === 0) fail("no documents file given");
if (half !== null && !["tune", "held-out", "all"].includes(half)) fail(`--half is "${half}"; use tune, held-out or all`);

function fail(message) {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const readJsonLines = file => fs.readFileSync(file, "utf8").split("\n").filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { throw new Error(`${file} line ${i + 1}: ${e.message}`); }
});

/** The half of the fixed split a document belongs to, from its id alone. */
function halfOf(id) {
  return crypto.createHash("sha256").update(id).digest().readUInt32BE(0) % 2 === 0 ? "tune" : "held-out";
}

const labels = new Map();
for (const file of labelPaths) for (const line of readJsonLines(file)) labels.set(line.id, line.topics);
const documents = documentPaths.flatMap(readJsonLines)
  .map(d => ({ ...d, topics: labels.get(d.id) ?? d.topics, half: halfOf(d.id) }))
  .filter(d => Array.isArray(d.topics));
const unknown = [...labels.keys()].filter(id => !documents.some(d => d.id === id));
if (unknown.length > 0) console.error(`labels for ${unknown.length} ids not in the documents files (first: ${unknown[0]})`);
const selected = half === null || half === "all" ? documents : documents.filter(d => d.half === half);
if (selected.length === 0) fail("no labelled documents to evaluate");

const repoRoot = path.resolve(__dirname, "..", "..");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "topics-eval-"));
try {
  const fileOf = new Map();
  for (const [i, doc] of selected.entries()) {
    const file = path.join(folder, `${String(i).padStart(4, "0")}.txt`);
    // A news page saved without its headline (as many are) has no title: the file starts with its text.
    fs.writeFileSync(file, doc.title ? `${doc.title}\n\n${doc.text}\n` : `${doc.text}\n`);
    fileOf.set(file, doc);
  }

  const output = execFileSync("dotnet", ["run", "--project", "src/Briefing.Host", "--", "classify", "--json", ...fileOf.keys()],
    { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] });
  const predicted = new Map();
  for (const line of output.split("\n").filter(l => l.trim().startsWith("{"))) {
    const result = JSON.parse(line);
    predicted.set(result.file, result.topics);
  }
  const results = [...fileOf].map(([file, doc]) => {
    if (!predicted.has(file)) throw new Error(`no classification for ${file} (${doc.id})`);
    return { doc, got: predicted.get(file) };
  });

  const topics = [...new Set(selected.flatMap(d => d.topics).concat(results.flatMap(r => r.got.map(t => t.slug))))].sort();
  if (verbose) {
    for (const { doc, got } of results) {
      const gotSlugs = got.map(t => t.slug).sort().join(",");
      const mark = gotSlugs === [...doc.topics].sort().join(",") ? "ok " : "ERR";
      const scores = got.map(t => `${t.slug}=${t.score} (${t.evidence.slice(0, 4).join("; ")})`).join(" ");
      console.log(`${mark} ${doc.id} [${doc.half}] want [${doc.topics.join(",")}] got [${scores}]`);
    }
  }
  const halves = half === null ? ["tune", "held-out", "all"] : [half];
  for (const h of halves) table(h, results.filter(r => h === "all" || r.doc.half === h), topics);
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}

function table(name, results, topics) {
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  console.log(`\n${name}: ${results.length} documents`);
  console.log("| topic | precision | recall | F1 | TP | FP | FN |");
  console.log("|---|---|---|---|---|---|---|");
  for (const t of topics) {
    let tp = 0, fp = 0, fn = 0;
    for (const { doc, got } of results) {
      const g = got.some(m => m.slug === t), w = doc.topics.includes(t);
      if (g && w) tp++; else if (g) fp++; else if (w) fn++;
    }
    const p = ratio(tp, tp + fp), r = ratio(tp, tp + fn), f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(`| ${t} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f.toFixed(2)} | ${tp} | ${fp} | ${fn} |`);
  }
}
