import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, maskingReplacer } from '../../../shared/logging/logger.js';

describe('log masking', () => {
  afterEach(() => vi.restoreAllMocks());

  it('masks identity numbers in the message and in nested attributes, and names under name keys', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const logger = createLogger('test');
    logger.info('loaded 15210319500101123X', {
      person: { personId: '15210319500101123X', name: '王示例' },
      rows: ['110105194912310021'],
    });
    const out = lines.join('');
    expect(out).toContain('152103********123X');
    expect(out).toContain('110105********0021');
    expect(out).toContain('王**');
    expect(out).not.toMatch(/15210319500101123X|110105194912310021|王示例/);
  });

  it('leaves other values alone', () => {
    expect(maskingReplacer('count', 3)).toBe(3);
    expect(maskingReplacer('claimId', 'ZLT-RM-2019-000123')).toBe('ZLT-RM-2019-000123');
  });
});
