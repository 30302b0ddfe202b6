const input = require('fs').readFileSync(0, 'utf8');
const lines = input.split('\n');

const quantity = Number(lines[0]);
const price = Number(lines[1]);
const total = quantity * price;

console.log(`Total: ${total}`);
