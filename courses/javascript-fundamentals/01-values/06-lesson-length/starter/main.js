const input = require('fs').readFileSync(0, 'utf8');
const minutes = Number(input);

// TODO: work out the whole hours and the minutes left over
const hours = minutes / 60;
const rest = 0;

console.log(`${hours} h ${rest} min`);
