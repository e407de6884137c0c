// node check-gift.js EXPORT.gift.txt EXPECTED.json
// Parses a GIFT export with gift-pegjs and compares ids, prompts, answers and keys with the bank.
"use strict";
const fs = require("fs");
const { parse } = require("gift-pegjs");
const { expected, report, same } = require("./compare");

const [file, expectedFile] = process.argv.slice(2);
const wanted = expected(expectedFile);
const problems = [];

// Text as a student sees it: HTML-format text loses its tags and entities; other formats are shown as written.
function plain(text) {
  if (!text) return "";
  if (text.format !== "html") return text.text.trim();
  return text.text
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&")
    .trim();
}

let questions;
try {
  questions = parse(fs.readFileSync(file, "utf8")).filter((q) => q.type !== "Category");
} catch (error) {
  console.error(`gift-pegjs refused ${file}: ${error.message}`);
  process.exit(1);
}

same(problems, file, "question count", questions.length, wanted.length);
questions.forEach((q, i) => {
  const bank = wanted[i];
  if (!bank) return;
  const where = bank.id;
  same(problems, where, "id", q.id, bank.id);
  same(problems, where, "prompt", plain(q.stem), bank.prompt);
  if (bank.type === "true-false") {
    same(problems, where, "kind", q.type, "TF");
    same(problems, where, "key", q.isTrue, bank.options.some((o) => o.correct && o.text.toLowerCase() === "true"));
  } else if (bank.type === "type-answer") {
    // Moodle's short answer: every accepted spelling is a right answer.
    same(problems, where, "kind", q.type, "Short");
    same(problems, where, "accepted", (q.choices || []).map((c) => ({ text: plain(c.text), correct: c.isCorrect })),
      bank.accepted.map((text) => ({ text, correct: true })));
  } else if (bank.type === "order") {
    same(problems, where, "kind", q.type, "Matching");
    same(problems, where, "items", (q.matchPairs || []).map((p) => [plain(p.subquestion), p.subanswer]),
      bank.options.map((o, n) => [o.text, String(n + 1)]));
  } else {
    same(problems, where, "kind", q.type, "MC");
    const read = (q.choices || []).map((c) => ({ text: plain(c.text), correct: c.weight === null ? c.isCorrect : c.weight > 0 }));
    same(problems, where, "options", read, bank.options);
  }
});
report(problems, `gift-pegjs over ${file}`);
