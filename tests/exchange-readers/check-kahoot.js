// node check-kahoot.js EXPORT.xlsx EXPECTED.json
// Opens a Kahoot export with exceljs and checks it cell by cell against Kahoot's quiz template: the header on
// row 8, one question per row from row 9 (number in A, question in B, answers 1-4 in C-F, a time limit from
// Kahoot's list in G, correct answer numbers in H), nothing else on the sheet Kahoot reads.
"use strict";
const ExcelJS = require("exceljs");
const { expected, report, same } = require("./compare");

const [file, expectedFile] = process.argv.slice(2);
const wanted = expected(expectedFile);
const limits = [5, 10, 20, 30, 60, 90, 120, 240];
const header = [
  "Question - max 120 characters",
  "Answer 1 - max 75 characters",
  "Answer 2 - max 75 characters",
  "Answer 3 - max 75 characters",
  "Answer 4 - max 75 characters",
  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, 240 secs",
  "Correct answer(s) - choose at least one",
];

function text(cell) {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && value.richText) return value.richText.map((r) => r.text).join("");
  return value;
}

(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const problems = [];
  same(problems, "row 8", "header B8:H8", [2, 3, 4, 5, 6, 7, 8].map((c) => text(sheet.getRow(8).getCell(c))), header);
  wanted.forEach((bank, i) => {
    const row = sheet.getRow(9 + i);
    const where = `${bank.id} (row ${9 + i})`;
    same(problems, where, "A number", text(row.getCell(1)), i + 1);
    same(problems, where, "B question", text(row.getCell(2)), bank.kahootPrompt);
    same(problems, where, "C-F answers", [3, 4, 5, 6].map((c) => text(row.getCell(c))),
      [0, 1, 2, 3].map((n) => (bank.options[n] ? bank.options[n].text : "")));
    const limit = text(row.getCell(7));
    if (!limits.includes(limit)) problems.push(`${where} G time limit: ${JSON.stringify(limit)} is not one Kahoot allows`);
    same(problems, where, "G time limit", limit, bank.kahootTimeLimit);
    const keys = bank.options.map((o, n) => (o.correct ? n + 1 : 0)).filter((n) => n > 0);
    same(problems, where, "H correct", String(text(row.getCell(8))), keys.join(","));
  });
  // Nothing below the last question and nothing right of column H on the sheet Kahoot reads.
  sheet.eachRow((row, number) => {
    if (number >= 9 + wanted.length) problems.push(`row ${number}: unexpected content below the questions`);
    row.eachCell((cell, column) => {
      if (column > 8) problems.push(`${cell.address}: unexpected content right of column H`);
    });
  });
  report(problems, `exceljs over ${file}`);
})().catch((error) => {
  console.error(`exceljs could not read ${file}: ${error.message}`);
  process.exit(1);
});
