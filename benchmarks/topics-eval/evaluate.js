#!/usr/bin/env node
// Topic classification quality: precision, recall and F1 per topic on hand-labelled documents.
//
//   node benchmarks/topics-eval/evaluate.js /work/shared/eval/topics-dev.jsonl [--verbose]
//
// The labelled file is evaluation data and stays outside the repository: it is read from the path given, each
// document is written to a temporary folder (title as first line, then the text), and the real command line
// classifies them all in one run: `dotnet run --project src/Briefing.Host -- classify --json <files>`.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const datasetPath = args.find(a => !a.startsWith("--"));
if (!datasetPath) {
  console.error("usage: evaluate.js TOPICS_JSONL [--verbose]");
  process.exit(2);
}

const repoRoot = path.resolve(__dirname, "..", "..");
const documents = fs.readFileSync(datasetPath, "utf8").split("\n").filter(l => l.trim()).map(l => JSON.parse(l));
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "topics-eval-"));
try {
  const fileOf = new Map();
  for (const [i, doc] of documents.entries()) {
    const file = path.join(folder, `${String(i).padStart(3, "0")}.txt`);
    fs.writeFileSync(file, `${doc.title}\n\n${doc.text}\n`);
    fileOf.set(file, doc);
  }

  const output = execFileSync("dotnet", ["run", "--project", "src/Briefing.Host", "--", "classify", "--json", ...fileOf.keys()],
    { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] });
  const predicted = new Map();
  for (const line of output.split("\n").filter(l => l.trim().startsWith("{"))) {
    const result = JSON.parse(line);
    predicted.set(result.file, result.topics);
  }

  const topics = [...new Set(documents.flatMap(d => d.topics).concat([...predicted.values()].flat().map(t => t.slug)))].sort();
  const counts = Object.fromEntries(topics.map(t => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const [file, doc] of fileOf) {
    if (!predicted.has(file)) throw new Error(`no classification for ${file} (${doc.id})`);
    const got = new Set(predicted.get(file).map(t => t.slug));
    const want = new Set(doc.topics);
    for (const t of topics) {
      if (got.has(t) && want.has(t)) counts[t].tp++;
      else if (got.has(t)) counts[t].fp++;
      else if (want.has(t)) counts[t].fn++;
    }
    if (verbose) {
      const mark = [...got].sort().join(",") === [...want].sort().join(",") ? "ok " : "ERR";
      const scores = predicted.get(file).map(t => `${t.slug}=${t.score}`).join(" ");
      console.log(`${mark} ${doc.id} want [${[...want].join(",")}] got [${scores}]`);
    }
  }

  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  console.log(`${documents.length} documents`);
  console.log("| topic | precision | recall | F1 | TP | FP | FN |");
  console.log("|---|---|---|---|---|---|---|");
  for (const t of topics) {
    const { tp, fp, fn } = counts[t];
    const p = ratio(tp, tp + fp), r = ratio(tp, tp + fn), f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(`| ${t} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f.toFixed(2)} | ${tp} | ${fp} | ${fn} |`);
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
