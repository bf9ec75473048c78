import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Caritasverband Lindenau e. V.')).toBe('Caritasverband Lindenau e. V.');
    expect(csvField(0.125)).toBe('0.125');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes separators, quotes and line breaks, doubling quotes', () => {
    expect(csvField('Arbeit, Sprache')).toBe('"Arbeit, Sprache"');
    expect(csvField('Verein "Brücke"')).toBe('"Verein ""Brücke"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a;b')).toBe('a;b');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvField('+49 341 1234')).toBe("'+49 341 1234");
    expect(csvField('-Netzwerk')).toBe("'-Netzwerk");
    expect(csvField('@Verein')).toBe("'@Verein");
    expect(csvField(-3)).toBe('-3');
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF-ended line per row', () => {
    expect(
      toCsv(
        ['Name', 'Grad'],
        [
          ['A, B', 2],
          ['C', null],
        ],
      ),
    ).toBe('Name,Grad\r\n"A, B",2\r\nC,\r\n');
  });
});
