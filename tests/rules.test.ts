import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pkg from '../src/index.js';
import { RuleInputError, type RuleEntry } from '../src/core/index.js';
import { RULES, explainRule, findRules, isRuleId } from '../src/rules.js';

const root = join(import.meta.dirname, '..');
const shared = join(root, '../shared');
const ruleBook = join(shared, 'RULES.md');
const entries = Object.entries(RULES) as [string, RuleEntry][];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

describe('the rule catalogue', () => {
  // The rule book beside the project when there is one (a developer's checkout), else the copy the
  // project carries (docs/rules.md, checked current by tests/docs/rules-doc.test.ts).
  it('has exactly one entry per rule id of the rule book', () => {
    const book = existsSync(ruleBook)
      ? [...readFileSync(ruleBook, 'utf8').matchAll(/^\| `([a-z-]+\.[a-z0-9-]+)`/gm)].map((m) => m[1])
      : [...readFileSync(join(root, 'docs/rules.md'), 'utf8').matchAll(/^### ([a-z-]+\.[a-z0-9-]+)$/gm)].map((m) => m[1]);
    expect(book.length).toBeGreaterThanOrEqual(52);
    expect(Object.keys(RULES).sort()).toEqual([...new Set(book)].sort());
  });

  it.each(entries)('%s is complete and keyed by its own id', (key, r) => {
    expect(r.id).toBe(key);
    expect(key.startsWith(r.module === 'support-hours' ? 'support.' : `${r.module}.`)).toBe(true);
    expect(r.summary.en.length).toBeGreaterThan(20);
    expect(r.summary.ko).toMatch(/[가-힣]/);
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('cites every source by title and publisher, never by a file name', () => {
    for (const [, r] of entries) {
      for (const s of r.sources) {
        expect(s.title.length).toBeGreaterThan(10);
        expect(s.publisher.length).toBeGreaterThan(3);
        expect(`${s.title} ${s.publisher}`).not.toMatch(/\.txt\b|seeds\//);
      }
    }
  });

  it('is deeply frozen: no entry, list or number can be changed', () => {
    const r = RULES['voiceroom.speaker-cap'] as unknown as { limits: Record<string, number>; enforcedBy: string[] };
    expect(() => Object.assign(RULES, { extra: 1 })).toThrow(TypeError);
    expect(() => ((r as { limits: unknown }).limits = {})).toThrow(TypeError);
    expect(() => (r.limits.maxTalkers = 11)).toThrow(TypeError);
    expect(() => r.enforcedBy.push('x')).toThrow(TypeError);
    expect(RULES['voiceroom.speaker-cap'].limits.maxTalkers).toBe(10);
  });

  it('names only functions the package exports', () => {
    for (const [id, r] of entries) {
      for (const name of r.enforcedBy) expect(typeof (pkg as Record<string, unknown>)[name], `${id} -> ${name}`).toBe('function');
    }
  });

  it('has a test naming every rule that has enforcing functions', () => {
    const testText = filesUnder(join(root, 'tests'))
      .filter((f) => !f.endsWith(join('tests', 'rules.test.ts')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const untested = entries.filter(([id, r]) => r.enforcedBy.length > 0 && !testText.includes(id)).map(([id]) => id);
    expect(untested).toEqual([]);
  });
});

describe('explainRule and findRules', () => {
  it('explains a rule in both languages with its numbers', () => {
    const text = explainRule('voiceroom.speaker-cap');
    expect(text.split('\n')[0]).toBe('voiceroom.speaker-cap (voiceroom)');
    expect(text).toContain('maxTalkers=10');
    expect(text).toMatch(/[가-힣]/);
  });

  it('refuses an unknown id with suggestions', () => {
    expect(() => explainRule('voiceroom.speaker' as never)).toThrow(RuleInputError);
    expect(() => explainRule('voiceroom.speaker' as never)).toThrow(/did you mean voiceroom\./);
    expect(() => explainRule(42 as never)).toThrow(RuleInputError);
  });

  it('finds by any word, in English or Korean, case-insensitively', () => {
    expect(findRules('speaker').map((r) => r.id)).toContain('voiceroom.speaker-cap');
    expect(findRules('SPEAKER 11').map((r) => r.id)).toEqual(['voiceroom.speaker-cap']);
    expect(findRules('공휴일').map((r) => r.id)).toContain('support.public-holidays');
    expect(findRules('')).toHaveLength(Object.keys(RULES).length);
    expect(findRules('no-such-word-anywhere')).toEqual([]);
    expect(() => findRules(undefined as never)).toThrow(RuleInputError);
  });

  it('isRuleId does not see inherited keys', () => {
    expect(isRuleId('toString')).toBe(false);
    expect(isRuleId('__proto__')).toBe(false);
    expect(isRuleId('voiceroom.where')).toBe(true);
  });
});
