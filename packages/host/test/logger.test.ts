import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogger, redact } from '../src/logger.ts';

test('any run of 11 or more digits is masked', () => {
  assert.equal(redact('pid 13097248022 and 130972480221'), 'pid *********** and ***********');
  assert.equal(redact('org 914829135 stays'), 'org 914829135 stays');
});

test('JWTs and bearer values are masked', () => {
  assert.equal(redact('token eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl end'), 'token [redacted-jwt] end');
  assert.equal(redact('Authorization: Bearer abc.def'), 'Authorization: Bearer [redacted]');
});

test('the logger redacts every field and keeps its own keys', () => {
  const lines: string[] = [];
  const logger = createLogger((line) => lines.push(line));
  logger.info('hello', { message: 'overwritten?', note: 'pid 13097248022' });
  const entry = JSON.parse(lines[0]!) as Record<string, string>;
  assert.equal(entry.message, 'hello');
  assert.equal(entry.level, 'info');
  assert.equal(entry.note, 'pid ***********');
});
