const input = require('fs').readFileSync(0, 'utf8');
const lines = input.split('\n');

// TODO: turn the two lines into numbers
const quantity = lines[0];
const price = lines[1];

// TODO: calculate the total and print "Total: <total>"
console.log('Total: ');
