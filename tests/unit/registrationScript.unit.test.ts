import { describe, expect, test } from 'vitest';
import { registrationScript } from '../../src/lib/registrationScript.ts';

describe('the inline registration script', () => {
  test('stays within 1 KB', () => {
    expect(new TextEncoder().encode(registrationScript).length).toBeLessThanOrEqual(1024);
  });

  test('is plain script that parses', () => {
    expect(() => new Function(registrationScript)).not.toThrow();
  });

  test('holds nothing that changes from page to page, so one CSP hash allows it', () => {
    expect(registrationScript).not.toMatch(/\d{4}-\d{2}-\d{2}|https?:/);
  });
});
