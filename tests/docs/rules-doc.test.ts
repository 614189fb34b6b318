import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../scripts/rules-doc.js';

describe('docs/rules.md, the rule book the project carries', () => {
  const page = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');

  it('is exactly what scripts/rules-doc.ts writes from RULES (run `npx tsx scripts/rules-doc.ts` after changing an entry)', () => {
    expect(page).toBe(renderRulesDoc());
  });

  it('has a section for voiceroom.speaker-cap with its number, its reading of hosts and its enforcers', () => {
    const section = page.slice(page.indexOf('### voiceroom.speaker-cap'), page.indexOf('### voiceroom.host-invite'));
    expect(section).toContain('`maxTalkers` = 10');
    expect(section).toContain('hosts included');
    expect(section).toMatch(/[가-힣]/);
    expect(section).toContain('`applyVoiceRoomEvent`');
    expect(section).toContain('Kakao Help Center, *VoiceTalk / FaceTalk / LiveTalk / VoiceRoom FAQ*');
  });

  it('names no file the project does not contain', () => {
    expect(page).not.toMatch(/[0-9]{3}_[0-9a-f]{16}\.txt|seeds\//);
  });
});
