import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkPid } from '../src/check-pid.ts';
import { maskPid } from '../src/mask-pid.ts';

const vectors = JSON.parse(readFileSync(new URL('../../../../shared/vectors/fnr.json', import.meta.url), 'utf8')) as {
  valid: Array<{ pid: string; kind: string }>;
  validSynthetic: Array<{ pid: string }>;
  invalid: Array<{ pid: string; why: string }>;
};

test('every valid vector is accepted with its kind', () => {
  for (const { pid, kind } of vectors.valid) {
    const result = checkPid(pid, { allowSynthetic: false });
    assert.ok(result.ok, pid);
    assert.equal(result.kind, kind, pid);
  }
});

test('synthetic numbers are accepted only when switched on', () => {
  for (const { pid } of vectors.validSynthetic) {
    assert.equal(checkPid(pid, { allowSynthetic: true }).ok, true, pid);
    assert.equal(checkPid(pid, { allowSynthetic: false }).ok, false, pid);
  }
});

test('every invalid vector is rejected, H-numbers included', () => {
  for (const { pid, why } of vectors.invalid) {
    assert.equal(checkPid(pid, { allowSynthetic: true }).ok, false, `${pid}: ${why}`);
  }
});

// No vector needs the 2032 rule, so these are built for it: 130972480 has sum1 ≡ 9 (mod 11), so K1 = 2 meets the
// old rule, K1 = 3 leaves remainder 1 (allowed from 2032 only) and K1 = 6 leaves remainder 4 (never allowed).
test('from 2032 the first check digit may leave a remainder of 1-3, for fødselsnummer and D-nummer alike', () => {
  for (const pid of ['13097248030', '53097248024']) assert.equal(checkPid(pid, { allowSynthetic: false }).ok, true, pid);
});

test('a first check digit that leaves a remainder of 4 or more is refused', () => {
  assert.deepEqual(checkPid('13097248065', { allowSynthetic: false }), { ok: false, reason: 'first check digit is wrong' });
});

test('a masked pid keeps the birth date and hides the individual number and check digits', () => {
  assert.equal(maskPid('13097248022'), '130972*****');
});
