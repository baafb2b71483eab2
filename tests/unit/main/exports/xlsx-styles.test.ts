import { describe, expect, it } from 'vitest';
import { CellStyles, moneyFormat } from '../../../../src-main/domains/exports/xlsx-styles';

describe('Excel number formats', () => {
  it('puts the currency where the language does, with the currency’s decimals', () => {
    expect(moneyFormat('fr', 'EUR')).toBe('#,##0.00 "€"');
    expect(moneyFormat('en', 'EUR')).toBe('"€"#,##0.00');
    expect(moneyFormat('en', 'GBP')).toBe('"£"#,##0.00');
    expect(moneyFormat('fr', 'JPY')).toBe('#,##0 "JPY"');
    expect(moneyFormat('fr', 'KWD')).toMatch(/^#,##0\.000 /);
    expect(moneyFormat('en', 'CHF')).toBe('"CHF" #,##0.00');
  });

  it('hands out one style object per format (exceljs then reuses the style it built)', () => {
    const styles = new CellStyles('fr');
    expect(styles.money('EUR')).toBe(styles.money('EUR'));
    expect(styles.money('EUR')).not.toBe(styles.money('USD'));
    expect(styles.format('0%')).toEqual({ numFmt: '0%' });
  });
});
