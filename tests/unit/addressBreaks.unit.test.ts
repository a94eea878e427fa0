import { describe, expect, test } from 'vitest';
import { addressPieces } from '../../src/lib/scamDetector/addressBreaks.ts';

describe('where a line may break inside the addresses of a text', () => {
  test('is after each dot of a host written alone, never inside a label', () => {
    expect(addressPieces('rekrutmen.bpjsketenagakerjaan.go.id')).toEqual(['rekrutmen.', 'bpjsketenagakerjaan.', 'go.', 'id']);
  });

  test('is after the dots and slashes of an address in a sentence, and nowhere else in it', () => {
    const text = 'Daftar di https://rekrutmen.bpjsketenagakerjaan.go.id/lowongan/ sebelum 14.00. Terima kasih.';
    const pieces = addressPieces(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces).toEqual(['Daftar di https://', 'rekrutmen.', 'bpjsketenagakerjaan.', 'go.', 'id/', 'lowongan/ sebelum 14.00. Terima kasih.']);
  });

  test('is after the dots of an e-mail address', () => {
    expect(addressPieces('Tulis ke humas@bpjsketenagakerjaan.go.id.')).toEqual(['Tulis ke humas@bpjsketenagakerjaan.', 'go.', 'id.']);
  });

  test('is nowhere in a text without an address', () => {
    expect(addressPieces('Seluruh tahapan rekrutmen tidak dipungut biaya.')).toEqual(['Seluruh tahapan rekrutmen tidak dipungut biaya.']);
  });
});
