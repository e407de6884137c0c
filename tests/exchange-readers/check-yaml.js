// node check-yaml.js EXPORT.yaml EXPECTED.json
// Reads a native YAML export with js-yaml (YAML 1.2) and checks that every text arrives as the same string:
// an option "True" or "No" must not turn into a boolean, a number or null.
"use strict";
const fs = require("fs");
const yaml = require("js-yaml");
const { expected, report, same } = require("./compare");

const [file, expectedFile] = process.argv.slice(2);
const wanted = expected(expectedFile);
const problems = [];
const quiz = yaml.load(fs.readFileSync(file, "utf8"));
const questions = quiz.questions || [];

same(problems, file, "question count", questions.length, wanted.length);
questions.forEach((q, i) => {
  const bank = wanted[i];
  if (!bank) return;
  same(problems, bank.id, "id", q.id, bank.id);
  same(problems, bank.id, "prompt", q.prompt, bank.prompt);
  for (const [n, option] of (q.options || []).entries()) {
    const text = typeof option === "object" && option !== null ? option.text : option;
    if (typeof text !== "string") problems.push(`${bank.id} option ${n + 1}: read as ${typeof text} ${JSON.stringify(text)}, not text`);
  }
  same(problems, bank.id, "options", (q.options || []).map((o) => (typeof o === "object" && o !== null ? o.text : o)), bank.options.map((o) => o.text));
});
report(problems, `js-yaml over ${file}`);
