const input = require('fs').readFileSync(0, 'utf8');
const minutes = Number(input);

const hours = Math.floor(minutes / 60);
const rest = minutes % 60;

console.log(`${hours} h ${rest} min`);
