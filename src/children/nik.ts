import { BadUserInputError } from '../shared/errors/domain-error';

/**
 * Checks a NIK (Nomor Induk Kependudukan): 16 digits; digits 1-2 a province code (11-94), digits 7-12 the
 * birth date as DDMMYY with 40 added to the day for women, digits 13-16 a serial number other than 0000.
 * When the child's date of birth is known and not estimated, the NIK's date must agree with it.
 */
export function validateNik(nik: string, dateOfBirth: string | null): void {
  const fail = (reason: string): never => {
    throw new BadUserInputError(`nik is not a valid NIK: ${reason}.`, { field: 'nik' });
  };
  if (!/^\d{16}$/.test(nik)) fail('it must be 16 digits');
  const province = Number(nik.slice(0, 2));
  if (province < 11 || province > 94) fail('its first two digits are not a province code');
  const encodedDay = Number(nik.slice(6, 8));
  const day = encodedDay > 40 ? encodedDay - 40 : encodedDay;
  const month = Number(nik.slice(8, 10));
  if (day < 1 || day > 31 || month < 1 || month > 12) fail('digits 7 to 12 are not a birth date (DDMMYY)');
  if (nik.slice(12) === '0000') fail('its serial number cannot be 0000');
  if (dateOfBirth) {
    const [year, birthMonth, birthDay] = dateOfBirth.split('-');
    if (`${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${nik.slice(10, 12)}` !== `${birthDay}${birthMonth}${year.slice(2)}`) {
      fail('its birth date does not match the date of birth');
    }
  }
}
