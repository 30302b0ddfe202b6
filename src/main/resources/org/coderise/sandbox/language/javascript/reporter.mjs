// node:test reporter printing one protocol line per test; DONE only when the whole run completed.
import { createRequire } from 'node:module';
const { line } = createRequire(import.meta.url)('./protocol.js');

function describe(error) {
  const cause = error && error.cause ? error.cause : error;
  const text = String((cause && cause.message) || cause || error);
  if (cause && cause.code === 'ERR_ASSERTION') {
    return { status: 'FAIL', message: text.trim() };
  }
  const stack = String((cause && cause.stack) || text).replaceAll(process.cwd() + '/', '');
  return { status: 'ERROR', message: stack.split('\n').slice(0, 6).join('\n') };
}

export default async function* reporter(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') {
      continue;
    }
    const { name, file, details } = event.data;
    if (details.type === 'suite') {
      continue;
    }
    const suite = file ? file.replace(process.cwd() + '/', '') : '';
    const millis = Math.round(details.duration_ms || 0);
    if (event.type === 'test:pass') {
      yield line('TEST', 'PASS', suite, name, millis, '', '');
    } else {
      const { status, message } = describe(details.error);
      yield line('TEST', status, suite, name, millis, message, '');
    }
  }
  yield line('DONE');
}
