import { describe, expect, it } from 'vitest';
import { ageOn, contribution, type Contribution } from '../../../shared/claims/engine/contribution.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import type { Person, PersonFlags } from '../../../shared/roster/types.js';
import { fen, person } from './fixtures.js';

/**
 * 2019 personal contribution [H 三.(二).1.1)]: adult 270; minor or student 170; 低保, severely disabled or
 * 60+ in a 低收入家庭 220 + 50 medical assistance; 低保 or severely disabled minor or student 120 + 50;
 * registered poor: finance pays the personal part in full. Age is counted on 1 January of the year.
 */
const notPoor = (birthDate: string | undefined, flags: PersonFlags = {}): Person =>
  person({ registeredFrom: undefined, birthDate }, flags);
const poorP = (birthDate: string | undefined, flags: PersonFlags = {}): Person => person({ birthDate }, flags);

describe('contribution for 2019', () => {
  it.each<[string, Person, { student?: boolean }, Contribution]>([
    [
      'an ordinary adult pays 270',
      notPoor('1980-05-05'),
      {},
      { standard: fen(270), personal: fen(270), medicalAssistance: 0, finance: 0 },
    ],
    [
      'an ordinary minor pays 170',
      notPoor('2005-06-01'),
      {},
      { standard: fen(170), personal: fen(170), medicalAssistance: 0, finance: 0 },
    ],
    [
      'an adult student (含大学生) pays 170',
      notPoor('1999-09-01'),
      { student: true },
      { standard: fen(170), personal: fen(170), medicalAssistance: 0, finance: 0 },
    ],
    [
      'a person who turns 18 on 1 January 2019 is an adult',
      notPoor('2001-01-01'),
      {},
      { standard: fen(270), personal: fen(270), medicalAssistance: 0, finance: 0 },
    ],
    [
      'a person who turns 18 on 2 January 2019 is still a minor for 2019',
      notPoor('2001-01-02'),
      {},
      { standard: fen(170), personal: fen(170), medicalAssistance: 0, finance: 0 },
    ],
    [
      'a person without a birth date counts as an adult',
      notPoor(undefined),
      {},
      { standard: fen(270), personal: fen(270), medicalAssistance: 0, finance: 0 },
    ],
    [
      'a 低保 adult pays 220 and medical assistance 50',
      notPoor('1970-01-01', { minimumLivingAllowance: true }),
      {},
      { standard: fen(220 + 50), personal: fen(220), medicalAssistance: fen(50), finance: 0 },
    ],
    [
      'item 9: a severely disabled adult unable to work pays 220 + 50 (丧失劳动能力的重度残疾人)',
      notPoor('1970-01-01', { severelyDisabled: true, unableToWork: true }),
      {},
      { standard: fen(270), personal: fen(220), medicalAssistance: fen(50), finance: 0 },
    ],
    [
      'item 9: a severely disabled adult still able to work pays the ordinary 270 (the flag alone was read as both)',
      notPoor('1970-01-01', { severelyDisabled: true }),
      {},
      { standard: fen(270), personal: fen(270), medicalAssistance: 0, finance: 0 },
    ],
    [
      'item 9: unable to work without the severe-disability certificate is an ordinary adult',
      notPoor('1970-01-01', { unableToWork: true }),
      {},
      { standard: fen(270), personal: fen(270), medicalAssistance: 0, finance: 0 },
    ],
    [
      'a 低收入家庭 member aged 60 on 1 January pays 220 + 50',
      notPoor('1959-01-01', { lowIncomeFamily: true }),
      {},
      { standard: fen(270), personal: fen(220), medicalAssistance: fen(50), finance: 0 },
    ],
    [
      'a 低收入家庭 member who turns 60 on 2 January pays 270',
      notPoor('1959-01-02', { lowIncomeFamily: true }),
      {},
      { standard: fen(270), personal: fen(270), medicalAssistance: 0, finance: 0 },
    ],
    [
      'a 低保 child pays 120 and medical assistance 50',
      notPoor('2010-03-03', { minimumLivingAllowance: true }),
      {},
      { standard: fen(120 + 50), personal: fen(120), medicalAssistance: fen(50), finance: 0 },
    ],
    [
      'a severely disabled student pays 120 + 50',
      notPoor('1998-03-03', { severelyDisabled: true }),
      { student: true },
      { standard: fen(170), personal: fen(120), medicalAssistance: fen(50), finance: 0 },
    ],
    [
      'a 低收入家庭 child is an ordinary minor',
      notPoor('2010-03-03', { lowIncomeFamily: true }),
      {},
      { standard: fen(170), personal: fen(170), medicalAssistance: 0, finance: 0 },
    ],
    [
      'a registered poor adult pays nothing: finance pays 270',
      poorP('1980-05-05'),
      {},
      { standard: fen(270), personal: 0, medicalAssistance: 0, finance: fen(270) },
    ],
    [
      'a registered poor child: finance pays 170',
      poorP('2010-03-03'),
      {},
      { standard: fen(170), personal: 0, medicalAssistance: 0, finance: fen(170) },
    ],
    [
      'a registered poor 低保 adult: medical assistance 50, finance the 220',
      poorP('1980-05-05', { minimumLivingAllowance: true }),
      {},
      { standard: fen(270), personal: 0, medicalAssistance: fen(50), finance: fen(220) },
    ],
    [
      'a person registered from November 2019 counts as registered poor for 2019',
      person({ registeredFrom: '2019-11-01', birthDate: '1980-05-05' }),
      {},
      { standard: fen(270), personal: 0, medicalAssistance: 0, finance: fen(270) },
    ],
    [
      'a person who left the register at the end of 2018 pays for 2019',
      person({ registeredFrom: '2016-01-01', registeredUntil: '2018-12-31', birthDate: '1980-05-05' }),
      {},
      { standard: fen(270), personal: fen(270), medicalAssistance: 0, finance: 0 },
    ],
  ])('%s', (_name, who, options, expected) => {
    const result = contribution(who, 2019, ZHALANTUN_2019, options);
    expect({
      standard: result.standard,
      personal: result.personal,
      medicalAssistance: result.medicalAssistance,
      finance: result.finance,
    }).toEqual(expected);
    expect(result.personal + result.medicalAssistance + result.finance).toBe(result.standard);
  });

  it.each([
    ['1959-01-01', '2019-01-01', 60],
    ['1959-01-02', '2019-01-01', 59],
    ['2000-02-29', '2019-01-01', 18],
    [undefined, '2019-01-01', undefined],
  ])('age on a date: born %s, on %s → %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});
