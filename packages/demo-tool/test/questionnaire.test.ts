import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AUDIT_MAX_SCORE,
  auditQuestions,
  auditScore,
  isValidAnswer,
  nextUnansweredQuestion,
  riskZone,
} from '../src/audit/questionnaire.ts';

// Spreads a total over the questions, Q1–8 first (0–4 each), then Q9–10 (0, 2 or 4).
function answersSummingTo(total: number): Map<number, number> {
  const answers = new Map<number, number>();
  let remaining = total;
  for (const question of auditQuestions) {
    const score = [...question.options].reverse().find((option) => option.score <= remaining)!.score;
    answers.set(question.number, score);
    remaining -= score;
  }
  assert.equal(remaining, 0, `cannot spread ${total}`);
  return answers;
}

describe('AUDIT questionnaire', () => {
  it('has the ten WHO questions numbered 1 to 10, each with answer options', () => {
    assert.deepEqual(auditQuestions.map((q) => q.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const question of auditQuestions) assert.ok(question.options.length >= 3 && question.text.endsWith('?'));
  });

  it('scores questions 1 to 8 from 0 to 4', () => {
    for (const question of auditQuestions.slice(0, 8)) {
      assert.deepEqual(question.options.map((o) => o.score), [0, 1, 2, 3, 4], `question ${question.number}`);
    }
  });

  it('scores questions 9 and 10 only 0, 2 or 4', () => {
    for (const number of [9, 10]) {
      assert.deepEqual([0, 1, 2, 3, 4, 5].filter((score) => isValidAnswer(number, score)), [0, 2, 4]);
    }
  });

  it('rejects answers to questions that do not exist and non-integer scores', () => {
    assert.equal(isValidAnswer(0, 0), false);
    assert.equal(isValidAnswer(11, 0), false);
    assert.equal(isValidAnswer(1, 1.5), false);
    assert.equal(isValidAnswer(1, -1), false);
  });

  for (const [total, zone] of [
    [0, 'I'], [7, 'I'], [8, 'II'], [15, 'II'], [16, 'III'], [19, 'III'], [20, 'IV'], [40, 'IV'],
  ] as const) {
    it(`a total of ${total} is in risk zone ${zone}`, () => {
      const score = auditScore(answersSummingTo(total));
      assert.equal(score, total);
      assert.equal(riskZone(score).id, zone);
    });
  }

  it('reaches the maximum of 40 only with the highest answer to every question', () => {
    const highest = new Map(auditQuestions.map((q) => [q.number, Math.max(...q.options.map((o) => o.score))]));
    assert.equal(auditScore(highest), AUDIT_MAX_SCORE);
  });

  it('counts 2 and 4 on questions 9 and 10 as they are', () => {
    const answers = answersSummingTo(0);
    answers.set(9, 2);
    answers.set(10, 4);
    assert.equal(auditScore(answers), 6);
  });

  it('refuses to score an incomplete or invalid set of answers', () => {
    const incomplete = answersSummingTo(0);
    incomplete.delete(10);
    assert.throws(() => auditScore(incomplete), RangeError);
    const invalid = answersSummingTo(0);
    invalid.set(9, 3);
    assert.throws(() => auditScore(invalid), RangeError);
  });

  it('has no risk zone outside 0 to 40', () => {
    assert.throws(() => riskZone(-1), RangeError);
    assert.throws(() => riskZone(41), RangeError);
    assert.throws(() => riskZone(7.5), RangeError);
  });

  it('finds the lowest unanswered question, and none when complete', () => {
    assert.equal(nextUnansweredQuestion(new Map()), 1);
    assert.equal(nextUnansweredQuestion(new Map([[1, 0], [2, 0], [4, 1]])), 3);
    assert.equal(nextUnansweredQuestion(answersSummingTo(12)), undefined);
  });
});
