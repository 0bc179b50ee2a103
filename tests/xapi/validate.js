// Validates the xAPI statements of a Savoir result file with Learning
// Locker's validator (@learninglocker/xapi-validation, installed from
// package.json). Usage: node tests/xapi/validate.js FILE
// Prints each problem with its statement's index and exits 1 if any.
'use strict';
const fs = require('fs');
const path = require('path');
const validate = require(path.join(__dirname, '..', '..', 'node_modules',
  '@learninglocker', 'xapi-validation')).default;

const file = process.argv[2];
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
const statements = Array.isArray(doc.statements) ? doc.statements : [];
if (statements.length === 0) {
  console.error(`${file}: no statements`);
  process.exit(1);
}
let problems = 0;
statements.forEach((statement, index) => {
  for (const warning of validate(statement)) {
    problems += 1;
    const where = (warning.path || []).join('.');
    console.error(`statement ${index} (${statement.verb && statement.verb.id}): ${where}: ${warning.message || warning.constructor.name} ${JSON.stringify(warning.data)}`);
  }
});
if (problems > 0) {
  console.error(`${problems} problems in ${statements.length} statements`);
  process.exit(1);
}
console.log(`${statements.length} statements valid (xAPI, Learning Locker's validator)`);
