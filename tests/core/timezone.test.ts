import { describe, expect, it } from 'vitest';

// Guards the suite's own mechanism: each vitest project must really run in the zone it names,
// otherwise "passes in every TZ" would be an empty claim.
describe('the suite runs in the machine zone its project names', () => {
  const zone = process.env.TZ;
  const expectedJanuaryOffset: Record<string, number> = {
    UTC: 0,
    'Asia/Seoul': -540,
    'America/Los_Angeles': 480,
    'Pacific/Kiritimati': -840,
  };
  it.runIf(zone !== undefined && zone in expectedJanuaryOffset)(`local offset matches TZ=${zone}`, () => {
    expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(expectedJanuaryOffset[zone!]);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toMatch(zone === 'UTC' ? /^(Etc\/)?UTC$/ : zone!);
  });
});
