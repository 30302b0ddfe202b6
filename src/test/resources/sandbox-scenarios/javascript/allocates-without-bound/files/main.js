const keep = [];
for (;;) keep.push(new Array(1e6).fill(1));
