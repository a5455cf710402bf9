import { describe, expect, it } from 'vitest';
import { checkCharacter, identityProblem, makeIdentity } from '../../../shared/identity/gb11643.js';
import { maskIdentitiesIn, maskIdentity, maskName } from '../../../shared/identity/mask.js';

describe('GB 11643 check character (ISO 7064 MOD 11-2)', () => {
  // Worked by hand for 11010519491231002?: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
  // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167; 167 mod 11 = 2 → 'X'
  it('computes X for the worked example 11010519491231002', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(identityProblem('11010519491231002X')).toBeUndefined();
  });

  it.each([
    ['a wrong check character', '110105194912310021', 'check-character'],
    ['a lower-case x', '11010519491231002x', 'format'],
    ['17 characters', '11010519491231002', 'format'],
    ['letters inside', '1101051949123100AX', 'format'],
  ])('rejects %s', (_name, id, problem) => {
    expect(identityProblem(id)).toBe(problem);
  });

  it('makeIdentity always yields a valid number', () => {
    for (let i = 0; i < 200; i += 1) expect(identityProblem(makeIdentity('159999', '19800101', i))).toBeUndefined();
  });
});

describe('masking (docs/rules.md §1)', () => {
  it('keeps the first six and last four characters', () => {
    expect(maskIdentity('15210319500101123X')).toBe('152103********123X');
  });
  it('masks every identity number inside a text, and nothing else', () => {
    expect(maskIdentitiesIn('person 15210319500101123X and 110105194912310021, claim 2019-000123')).toBe(
      'person 152103********123X and 110105********0021, claim 2019-000123',
    );
  });
  it('keeps only the surname of a name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李')).toBe('李*');
  });
});
