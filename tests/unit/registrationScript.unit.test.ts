import { describe, expect, test } from 'vitest';
import { registrationScript } from '../../src/browser/registrationStatus.ts';

describe('the inline registration script', () => {
  // Six campaign phases and the stages in 1.25 KB raw: far inside the page's 2 KB brotli budget for script.
  test('stays within 1.25 KB', () => {
    expect(new TextEncoder().encode(registrationScript).length).toBeLessThanOrEqual(1280);
  });

  test('is plain script that parses', () => {
    expect(() => new Function(registrationScript)).not.toThrow();
  });

  test('holds nothing that changes from page to page, so one CSP hash allows it', () => {
    expect(registrationScript).not.toMatch(/\d{4}-\d{2}-\d{2}|https?:/);
  });
});
