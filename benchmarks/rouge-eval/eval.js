#!/usr/bin/env node
// ROUGE evaluation of `briefing summarize` on multi-document clusters with human reference abstracts
// (the DUC 2002 dev clusters of /work/shared/eval; the data stays outside the repository: pass its path).
//
//   node eval.js PATH/duc2002-dev-clusters.jsonl [--briefing PATH/briefing.dll] [--words 100]
//
// For each cluster the articles are written to a temporary folder (headline line, then the sentences
// as the body), `briefing summarize --words N --json` summarises them, and its output, a lead baseline
// (the newest article's first sentences) and the npm `lexrank` package's choice are each cut to N words
// and scored with js-rouge (ROUGE-1, ROUGE-2, ROUGE-L F, case-insensitive) against every N-word human
// abstract of the cluster, averaged over abstracts, then over clusters.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const rouge = require('js-rouge');
const lexrank = require('lexrank');

function parseArgs(argv) {
  const args = { data: null, briefing: null, words: 100 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--briefing') args.briefing = argv[++i];
    else if (argv[i] === '--words') args.words = Number(argv[++i]);
    else if (!args.data) args.data = argv[i];
  }
  if (!args.data) {
    console.error('usage: node eval.js PATH/duc2002-dev-clusters.jsonl [--briefing PATH/briefing.dll] [--words 100]');
    process.exit(2);
  }
  const repo = path.resolve(__dirname, '..', '..');
  args.briefing = args.briefing || path.join(repo, 'src', 'Briefing.Host', 'bin', 'Release', 'net10.0', 'briefing.dll');
  if (!fs.existsSync(args.briefing)) {
    console.error(`no ${args.briefing}: build first (dotnet build src/Briefing.Host -c Release) or pass --briefing`);
    process.exit(2);
  }
  return args;
}

// A sortable date from a DUC document id: AP/WSJ YYMMDD, LA MMDDYY, FT/SJMN/FBIS year and sequence.
function dateKey(docId) {
  let m;
  if ((m = /^(AP|WSJ)(\d\d)(\d\d)(\d\d)-(\d+)/.exec(docId))) return `19${m[2]}${m[3]}${m[4]}-${m[5].padStart(6, '0')}`;
  if ((m = /^LA(\d\d)(\d\d)(\d\d)-(\d+)/.exec(docId))) return `19${m[3]}${m[1]}${m[2]}-${m[4].padStart(6, '0')}`;
  if ((m = /^FT(\d\d)(\d)-(\d+)/.exec(docId))) return `19${m[1]}0${m[2]}00-${m[3].padStart(6, '0')}`;
  if ((m = /^SJMN(\d\d)-(\d+)/.exec(docId))) return `19${m[1]}0000-${m[2].padStart(10, '0')}`;
  if ((m = /^FBIS(\d)-(\d+)/.exec(docId))) return `199${m[1]}0000-${m[2].padStart(6, '0')}`;
  return docId;
}

const words = (text) => text.split(/\s+/).filter(Boolean);
const cut = (text, n) => words(text).slice(0, n).join(' ');

// Sentences in rank order until the budget is reached, shown in reading order, cut to the budget.
function pickByRank(ranked, n) {
  const chosen = [];
  let total = 0;
  for (const s of ranked) {
    if (total >= n) break;
    chosen.push(s);
    total += words(s.text).length;
  }
  chosen.sort((a, b) => a.index - b.index);
  return cut(chosen.map((s) => s.text).join(' '), n);
}

function lexrankSummary(sentences, n) {
  let result = null;
  // lexrank.summarize calls back synchronously; asking for every sentence gives them all with weights.
  lexrank.summarize(sentences.join(' '), sentences.length + 1000, (err, lines) => {
    if (err) throw err;
    result = lines;
  });
  const ranked = result.slice().sort((a, b) => b.weight - a.weight || a.index - b.index);
  return pickByRank(ranked, n);
}

function leadSummary(docs, n) {
  const newest = docs[docs.length - 1];
  return cut(newest.sentences.map((s) => s.text).join(' '), n);
}

function briefingSummary(args, docs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rouge-eval-'));
  try {
    const files = docs.map((doc, i) => {
      const file = path.join(dir, `${String(i).padStart(2, '0')}_${doc.doc_id}.txt`);
      const body = doc.sentences.map((s) => s.text).join('\n\n');
      fs.writeFileSync(file, `${doc.headline || doc.doc_id}\n\n${body}\n`);
      return file;
    });
    const out = execFileSync('dotnet', [args.briefing, 'summarize', '--words', String(args.words), '--json', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return cut(JSON.parse(out).sentences.join(' '), args.words);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function score(candidate, references) {
  const opts = { caseSensitive: false };
  const avg = (f) => references.reduce((sum, r) => sum + f(r), 0) / references.length;
  return {
    r1: avg((r) => rouge.n(candidate, r, { ...opts, n: 1 })),
    r2: avg((r) => rouge.n(candidate, r, { ...opts, n: 2 })),
    rl: avg((r) => rouge.l(candidate, r, opts)),
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const clusters = fs.readFileSync(args.data, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const systems = { briefing: [], lead: [], lexrank: [] };
  for (const cluster of clusters) {
    const references = (cluster.abstracts[String(args.words)] || []).map((a) => a.text).filter((t) => t && t.trim());
    if (references.length === 0) continue;
    const docs = cluster.docs
      .filter((d) => d.sentences && d.sentences.length > 0)
      .sort((a, b) => (dateKey(a.doc_id) < dateKey(b.doc_id) ? -1 : dateKey(a.doc_id) > dateKey(b.doc_id) ? 1 : 0));
    const all = docs.flatMap((d) => d.sentences.map((s) => s.text));
    const summaries = {
      briefing: briefingSummary(args, docs),
      lead: leadSummary(docs, args.words),
      lexrank: lexrankSummary(all, args.words),
    };
    const line = [cluster.cluster_id];
    for (const [name, summary] of Object.entries(summaries)) {
      const s = score(summary, references);
      systems[name].push(s);
      line.push(`${name} R2=${s.r2.toFixed(4)}`);
    }
    console.error(line.join('  '));
  }
  const mean = (xs, k) => xs.reduce((sum, x) => sum + x[k], 0) / xs.length;
  console.log(`${systems.briefing.length} clusters, ${args.words}-word summaries, ROUGE F (js-rouge, case-insensitive), mean over clusters of the mean over references`);
  console.log('| system | ROUGE-1 | ROUGE-2 | ROUGE-L |');
  console.log('|---|---|---|---|');
  for (const [name, scores] of Object.entries(systems)) {
    console.log(`| ${name} | ${mean(scores, 'r1').toFixed(4)} | ${mean(scores, 'r2').toFixed(4)} | ${mean(scores, 'rl').toFixed(4)} |`);
  }
  const ratio = mean(systems.briefing, 'r2') / mean(systems.lexrank, 'r2');
  console.log(`briefing ROUGE-2 / lexrank ROUGE-2 = ${ratio.toFixed(2)}`);
}

main();
