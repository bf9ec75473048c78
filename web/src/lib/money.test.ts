import { describe, expect, it } from 'vitest';
import { amountForInput, centsToMoney, formatMoney, MAX_AMOUNT_CENTS, parseAmountInput, parseMoney } from './money.ts';

/** Intl puts a no-break space between the number and the euro sign in German. */
const nbsp = '\u00a0';

describe('parseMoney', () => {
  it.each([
    ['52440.30', 5_244_030],
    ['0.05', 5],
    ['0.10', 10],
    ['12.5', 1250],
    ['200000', 20_000_000],
    ['-12.50', -1250],
    ['-0.00', 0],
    ['99999999.99', 9_999_999_999],
  ])('reads %s as %i cents', (amount, cents) => {
    expect(parseMoney(amount)).toBe(cents);
  });

  it.each(['', 'abc', '1.234,56', '12.345', '1e3', '12.', '.50', '--1.00', '52 440.30'])('refuses %s', (amount) => {
    expect(parseMoney(amount)).toBeUndefined();
  });
});

describe('formatMoney', () => {
  it('formats the German way, with thousands points and a decimal comma', () => {
    expect(formatMoney('52440.30', 'de')).toBe(`52.440,30${nbsp}€`);
    expect(formatMoney('200000.00', 'de')).toBe(`200.000,00${nbsp}€`);
    expect(formatMoney('0.05', 'de')).toBe(`0,05${nbsp}€`);
    expect(formatMoney('1234567.89', 'de')).toBe(`1.234.567,89${nbsp}€`);
    expect(formatMoney('-12.50', 'de')).toBe(`-12,50${nbsp}€`);
  });

  it('formats the English way', () => {
    expect(formatMoney('52440.30', 'en')).toBe('€52,440.30');
    expect(formatMoney('0.10', 'en')).toBe('€0.10');
  });

  it('formats in the newcomers’ UI languages their own way, not the German one', () => {
    expect(formatMoney('52440.30', 'tr')).toBe('€52.440,30');
    expect(formatMoney('52440.30', 'uk')).toMatch(/^52\s440,30\sEUR$/);
    expect(formatMoney('52440.30', 'fa')).toContain('۵۲٬۴۴۰٫۳۰');
    expect(formatMoney('52440.30', 'ar')).toContain('€');
  });

  it('keeps every cent where a float would drift', () => {
    // Amounts whose decimal form a float cannot hold (0.29, 1.15, 4.35) still print their own digits.
    for (const amount of ['0.29', '1.15', '4.35', '8.20', '1.01', '99999999.99', '70368744177.64']) {
      const [euros = '', cents = ''] = amount.split('.');
      const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      expect(formatMoney(amount, 'de')).toBe(`${grouped},${cents.padEnd(2, '0')}${nbsp}€`);
    }
  });

  it('shows text that is not an amount as it came', () => {
    expect(formatMoney('n/a', 'de')).toBe('n/a');
  });
});

describe('centsToMoney', () => {
  it.each([
    [400_050, '4000.50'],
    [5, '0.05'],
    [0, '0.00'],
    [20_000_000, '200000.00'],
    [-1250, '-12.50'],
    [MAX_AMOUNT_CENTS, '100000000.00'],
  ])('writes %i cents as %s', (cents, money) => {
    expect(centsToMoney(cents)).toBe(money);
  });

  it('goes back and forth with parseMoney', () => {
    for (const cents of [1, 29, 115, 435, 5_244_030, 9_999_999_999]) expect(parseMoney(centsToMoney(cents))).toBe(cents);
  });
});

describe('parseAmountInput', () => {
  it.each([
    ['4.000,50', '4000.50'],
    ['4000,50', '4000.50'],
    ['4000.50', '4000.50'],
    ['4000', '4000.00'],
    ['4.000', '4000.00'],
    ['1.234.567,89', '1234567.89'],
    ['4 000,50 €', '4000.50'],
    ['4\u00a0000,50\u00a0€', '4000.50'],
    ['€ 250', '250.00'],
    ['4,000.50', '4000.50'],
    ['4000,5', '4000.50'],
    ['0,05', '0.05'],
    [',50', '0.50'],
    ['12,', '12.00'],
    ['007,10', '7.10'],
    ['100000000', '100000000.00'],
  ])('reads %s (German) as %s', (text, amount) => {
    const parsed = parseAmountInput(text, 'de');
    expect(parsed).toEqual({ ok: true, cents: parseMoney(amount), amount });
  });

  it('reads a single point before three digits as decimals in English, so that is three decimals', () => {
    expect(parseAmountInput('4.000', 'en')).toEqual({ ok: false, problem: 'TOO_MANY_DECIMALS' });
    expect(parseAmountInput('4,000', 'en')).toEqual({ ok: true, cents: 400_000, amount: '4000.00' });
    expect(parseAmountInput('4000.50', 'en')).toEqual({ ok: true, cents: 400_050, amount: '4000.50' });
    // In German the same comma marks decimals: three of them are refused, never read as thousands.
    expect(parseAmountInput('4,000', 'de')).toEqual({ ok: false, problem: 'TOO_MANY_DECIMALS' });
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['€', 'EMPTY'],
    ['4000,505', 'TOO_MANY_DECIMALS'],
    ['4000.505', 'TOO_MANY_DECIMALS'],
    ['4.000,505', 'TOO_MANY_DECIMALS'],
    ['-12,50', 'NEGATIVE'],
    ['−12,50', 'NEGATIVE'],
    ['0', 'ZERO'],
    ['0,00', 'ZERO'],
    ['100000000,01', 'TOO_LARGE'],
    ['1000000000', 'TOO_LARGE'],
    ['99999999999999999999', 'TOO_LARGE'],
    ['abc', 'NOT_AN_AMOUNT'],
    ['12a', 'NOT_AN_AMOUNT'],
    ['1e3', 'NOT_AN_AMOUNT'],
    ['4,000,50', 'NOT_AN_AMOUNT'],
    ['40.00.00', 'NOT_AN_AMOUNT'],
    ['4.00,50', 'NOT_AN_AMOUNT'],
    ['1,2.3,4', 'NOT_AN_AMOUNT'],
    ['.', 'NOT_AN_AMOUNT'],
    [',', 'NOT_AN_AMOUNT'],
  ])('refuses %j as %s', (text, problem) => {
    expect(parseAmountInput(text, 'de')).toEqual({ ok: false, problem });
  });

  it('keeps every cent where a float would drift', () => {
    // 0.29 * 100 is 28.999999999999996 as a float; read as digits it is 29 cents.
    for (const [text, cents] of [
      ['0,29', 29],
      ['1,15', 115],
      ['4,35', 435],
      ['52.440,30', 5_244_030],
      ['99.999.999,99', 9_999_999_999],
    ] as const)
      expect(parseAmountInput(text, 'de')).toMatchObject({ ok: true, cents });
  });
});

describe('amountForInput', () => {
  it('writes an amount as the field starts with it, without thousands marks', () => {
    expect(amountForInput('4000.50', 'de')).toBe('4000,50');
    expect(amountForInput('4000.50', 'en')).toBe('4000.50');
    expect(amountForInput('12.5', 'de')).toBe('12,50');
    expect(amountForInput('n/a', 'de')).toBe('n/a');
  });

  it('is read back as the same amount', () => {
    for (const amount of ['4000.50', '0.05', '52440.30', '200000.00'])
      for (const locale of ['de', 'en'] as const)
        expect(parseAmountInput(amountForInput(amount, locale), locale)).toMatchObject({ amount });
  });
});
