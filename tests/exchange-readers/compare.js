// Shared by the checkers: compares what a third-party reader read with what the bank holds, question by question,
// and exits non-zero with every difference listed.
"use strict";
const fs = require("fs");

function expected(path) {
  return JSON.parse(fs.readFileSync(path, "utf8"));
}

function report(problems, what) {
  if (problems.length > 0) {
    console.error(`${what}: ${problems.length} difference(s)\n` + problems.join("\n"));
    process.exit(1);
  }
  console.log(`${what}: every question read back as the bank holds it`);
}

function same(problems, where, field, actual, wanted) {
  const a = JSON.stringify(actual);
  const w = JSON.stringify(wanted);
  if (a !== w) problems.push(`${where} ${field}: read ${a}, bank has ${w}`);
}

module.exports = { expected, report, same };
