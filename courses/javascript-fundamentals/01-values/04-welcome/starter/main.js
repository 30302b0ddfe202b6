const input = require('fs').readFileSync(0, 'utf8');

// TODO: remove the spaces and new line around the name with .trim()
const name = input;

// TODO: print "Hello, <name>! Welcome to CodeRise."
console.log('Hello!');
