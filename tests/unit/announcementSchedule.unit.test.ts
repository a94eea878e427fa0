import { afterAll, describe, expect, test } from 'vitest';
import { announcementScheduleConcern, isAnnouncementPublished } from '../../src/lib/recruitment/announcementSchedule.ts';
import { checkContent } from '../../src/lib/contentCheck/checkContent.ts';
import { contentSet, removeContentSets } from '../support/contentFixtures.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

afterAll(removeContentSets);

const now = new Date('2026-12-07T10:00:00+07:00');
const days = (count: number) => new Date(now.getTime() + count * 24 * 3_600_000);

describe('isAnnouncementPublished', () => {
  test('shows an announcement from its publication moment on, that moment included', () => {
    expect(isAnnouncementPublished(now, now)).toBe(true);
    expect(isAnnouncementPublished(days(-1), now)).toBe(true);
    expect(isAnnouncementPublished(new Date(now.getTime() + 1), now)).toBe(false);
  });
});

describe('announcementScheduleConcern', () => {
  test.each([
    ['a past date', -400, undefined],
    ['next month', 30, undefined],
    ['90 days ahead exactly', 90, undefined],
    ['a season and a day ahead', 91, 'ahead'],
    ['a year ahead exactly', 365, 'ahead'],
    ['a year and a day ahead', 366, 'too-far-ahead'],
    ['the year 2999', 356_000, 'too-far-ahead'],
  ])('says %s is %s', (_name, ahead, concern) => {
    expect(announcementScheduleConcern(days(ahead), now)).toBe(concern);
  });
});

describe('the content check on announcements dated ahead', () => {
  /** The fault set's announcement, re-dated. */
  function datedSet(published: string): string {
    const root = contentSet('announcement-years-ahead');
    for (const locale of ['id', 'en']) {
      const file = join(root, 'announcements', locale, 'pengumuman-uji.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/published: ".*"/, `published: "${published}"`));
    }
    return root;
  }
  const history = () => ({ available: false as const, gap: { reason: 'not-a-repository' as const } });

  test('warns, without failing, about one prepared more than 90 days ahead, naming each twin', () => {
    const result = checkContent(datedSet('2027-06-01T09:00:00+07:00'), history, now);
    expect(result.problems).toEqual([]);
    expect(result.warnings?.map((warning) => [warning.file.replace(/^.*\/announcements\//, ''), warning.field, warning.line])).toEqual([
      ['en/pengumuman-uji.md', 'published', 5],
      ['id/pengumuman-uji.md', 'published', 5],
    ]);
    expect(result.warnings?.[0]?.message).toMatch(/^peringatan: tanggal terbit 2027-06-01T09:00:00\+07:00 lebih dari 90 hari lagi.* \/ warning: /);
  });

  test('says nothing of one due next week', () => {
    const result = checkContent(datedSet('2026-12-14T09:00:00+07:00'), history, now);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});
