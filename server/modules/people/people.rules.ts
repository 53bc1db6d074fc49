/**
 * Pure rules of person records: what a valid person is, how a response masks personal data, and
 * how one row of an Excel register is read and checked. No IO.
 */
import { isMainlandMobile, parseNationalId } from '../../platform/pii/national-id.ts';
import { maskAddress, maskBirthDate, maskNationalId, maskPhone } from '../../platform/pii/pii.ts';

export {
  ADDRESS_MAX,
  GENDERS,
  IDENTITY_KINDS,
  IMPORT_MAX_ROWS,
  NAME_MAX,
  REVEAL_REASONS,
  type Gender,
  type IdentityKind,
  type RevealReason,
} from './people.kinds.ts';
import type { ColumnSpec, SheetCell } from '../../platform/sheets/index.ts';
import { ADDRESS_MAX, GENDERS, NAME_MAX, type Gender } from './people.kinds.ts';

/** A person as entered (plaintext). */
export interface PersonInput {
  name: string;
  gender: Gender;
  birthDate: string;
  nationalId: string;
  phone?: string | null;
  address?: string | null;
}

/** A rule broken by one field, as a message key with parameters. */
export interface RuleProblem {
  field: keyof PersonInput | 'nodeId';
  key: string;
  params?: Record<string, unknown>;
}

// letters of any script, combining marks, the middle dot of minority and foreign names, spaces, apostrophes, hyphens
const NAME_CHARS = /^[\p{L}\p{M}·•．.' -]+$/u;

/** True for a real calendar day YYYY-MM-DD from 1900 up to today. */
export function validBirthDate(s: string, today = new Date()): 'ok' | 'invalid' | 'future' {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return 'invalid';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d)
    return 'invalid';
  return dt.getTime() > today.getTime() ? 'future' : 'ok';
}

/** Every broken rule of a person: name, gender, birth date, national ID (GB 11643, matching both), phone, address. */
export function checkPerson(p: PersonInput, today = new Date()): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const name = p.name.trim();
  if (!name) problems.push({ field: 'name', key: 'people.name.required' });
  else if ([...name].length > NAME_MAX) problems.push({ field: 'name', key: 'people.name.length' });
  else if (!NAME_CHARS.test(name)) problems.push({ field: 'name', key: 'people.name.chars' });
  if (!GENDERS.includes(p.gender)) problems.push({ field: 'gender', key: 'people.gender.invalid' });
  const birth = validBirthDate(p.birthDate, today);
  if (birth !== 'ok') problems.push({ field: 'birthDate', key: `people.birth_date.${birth}` });
  if (!p.nationalId.trim()) problems.push({ field: 'nationalId', key: 'people.national_id.required' });
  else {
    const id = parseNationalId(
      p.nationalId,
      {
        birthDate: birth === 'ok' ? p.birthDate : undefined,
        gender: GENDERS.includes(p.gender) ? p.gender : undefined,
      },
      today,
    );
    if (!id.ok) problems.push({ field: 'nationalId', key: `pii.id.${id.problem}` });
  }
  if (p.phone && p.phone.trim() && !isMainlandMobile(p.phone))
    problems.push({ field: 'phone', key: 'people.phone.invalid' });
  if (p.address && [...p.address.trim()].length > ADDRESS_MAX)
    problems.push({ field: 'address', key: 'people.address.length' });
  return problems;
}

/** The personal fields of a person in plaintext. */
export interface PersonalFields {
  nationalId: string;
  phone: string | null;
  birthDate: string;
  address: string;
}

/**
 * The masking policy of every response: the ID keeps region and last four, the phone its first
 * three and last four, the birth date its year, the address its first half. Names stay readable.
 */
export function maskPersonal(p: PersonalFields): PersonalFields {
  return {
    nationalId: maskNationalId(p.nationalId),
    phone: p.phone ? maskPhone(p.phone) : null,
    birthDate: maskBirthDate(p.birthDate),
    address: maskAddress(p.address),
  };
}

/** Columns of the import template and the export, in order: key, header (Chinese with English). */
export const SHEET_COLUMNS = [
  { key: 'name', header: '姓名 (Name)', required: true },
  { key: 'gender', header: '性别 (Gender)', required: false },
  { key: 'birthDate', header: '出生日期 (Birth date)', required: false },
  { key: 'nationalId', header: '身份证号 (National ID)', required: true },
  { key: 'phone', header: '手机号 (Phone)', required: false },
  { key: 'address', header: '住址 (Address)', required: false },
  { key: 'node', header: '所属节点 (Node)', required: false },
] as const;
export type SheetKey = (typeof SHEET_COLUMNS)[number]['key'];

/**
 * The register's columns as a district's own spreadsheets name them (issue 16): the template's
 * header first, then the everyday names seen in 台账 made in WPS or Excel. 序号 and 备注 are ignored
 * by the reader.
 */
export const PEOPLE_COLUMNS: readonly (ColumnSpec & { key: SheetKey })[] = [
  { key: 'name', label: '姓名', synonyms: ['Name', '居民姓名', '人员姓名', '户主姓名'], required: true },
  { key: 'gender', label: '性别', synonyms: ['Gender', 'Sex'] },
  { key: 'birthDate', label: '出生日期', synonyms: ['Birth date', '出生年月', '出生年月日', '生日'] },
  {
    key: 'nationalId',
    label: '身份证号',
    synonyms: ['National ID', '公民身份号码', '身份证号码', '证件号码', '身份证件号码', '身份证'],
    required: true,
  },
  { key: 'phone', label: '手机号', synonyms: ['Phone', '联系电话', '手机号码', '联系方式', '手机', '电话'] },
  {
    key: 'address',
    label: '住址',
    synonyms: ['Address', '现居住地址', '家庭住址', '居住地址', '现住址', '详细地址', '地址'],
  },
  { key: 'node', label: '所属节点', synonyms: ['Node', '所属网格', '网格', '所属楼栋', '楼栋'] },
];

/** A spreadsheet cell as the register checks it: text, or why it cannot be read. */
export function cellOfSheet(c: SheetCell, key: SheetKey): CellText {
  if (c === null || c === undefined) return { text: '' };
  if (typeof c === 'string') return { text: c };
  if (typeof c === 'number') {
    // Excel keeps only 15 significant digits: an 18-digit ID typed as a number has lost its tail
    if (key === 'nationalId' && !Number.isSafeInteger(c)) return { problem: 'pii.id.format' };
    return { text: String(c) };
  }
  if (typeof c === 'boolean') return { problem: 'people.import.value_type' };
  if (c instanceof Date)
    return Number.isNaN(c.getTime())
      ? { problem: 'people.import.value_type' }
      : { text: c.toISOString().slice(0, 10) };
  return { problem: c.problem };
}

/** Reads a gender cell: 男/女, M/F, male/female. */
export function parseGender(s: string): Gender | null {
  const v = s.trim().toLowerCase();
  if (v === '男' || v === 'm' || v === 'male') return 'M';
  if (v === '女' || v === 'f' || v === 'female') return 'F';
  return null;
}

/** Reads a date cell written as 1990-01-31, 1990/1/31, 1990.1.31 or 19900131; null when it is none. */
export function parseDateText(s: string): string | null {
  const v = s.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (!m) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** One import row's problem: spreadsheet row number, column key and reason key. */
export interface RowProblem {
  row: number;
  column: SheetKey;
  key: string;
  params?: Record<string, unknown>;
}

/** A valid import row, normalised. */
export interface ImportRow extends PersonInput {
  row: number;
  node: string;
  phone: string | null;
  address: string;
}

/** A cell's value as text, or a type problem (Excel stored an ID as a number and lost digits). */
export type CellText = { text: string } | { problem: string };

/**
 * Checks one data row (cells already read as text). Blank gender or birth date are taken from the
 * national ID. Returns the normalised row or every problem in it.
 */
export function checkImportRow(
  row: number,
  cells: Partial<Record<SheetKey, CellText>>,
  today = new Date(),
): { ok: true; value: ImportRow } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const text = (k: SheetKey): string => {
    const c = cells[k];
    if (!c) return '';
    if ('problem' in c) {
      problems.push({ row, column: k, key: c.problem });
      return '';
    }
    return c.text.trim();
  };
  const name = text('name');
  const genderText = text('gender');
  const birthText = text('birthDate');
  const nationalId = text('nationalId').toUpperCase();
  const phone = text('phone');
  const address = text('address');
  const node = text('node');
  if (problems.length) return { ok: false, problems };
  const fromId = parseNationalId(nationalId, {}, today);
  let gender: Gender | null = genderText ? parseGender(genderText) : null;
  if (!genderText && fromId.ok) gender = fromId.facts.gender;
  if (genderText && !gender) problems.push({ row, column: 'gender', key: 'people.gender.invalid' });
  let birthDate = birthText ? parseDateText(birthText) : null;
  if (!birthText && fromId.ok) birthDate = fromId.facts.birthDate;
  if (birthText && !birthDate) problems.push({ row, column: 'birthDate', key: 'people.birth_date.invalid' });
  const person: PersonInput = {
    name,
    gender: gender ?? ('?' as Gender),
    birthDate: birthDate ?? '?',
    nationalId,
    phone: phone || null,
    address,
  };
  for (const p of checkPerson(person, today)) {
    // a gender or date already reported as unreadable is not reported twice
    if (p.field === 'gender' && (genderText ? !gender : !fromId.ok)) continue;
    if (p.field === 'birthDate' && (birthText ? !birthDate : !fromId.ok)) continue;
    problems.push({ row, column: p.field as SheetKey, key: p.key, params: p.params });
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: { ...person, gender: gender!, birthDate: birthDate!, row, node, phone: phone || null, address },
  };
}

/** Import problems for national IDs seen twice in one file: each later row points at the first. */
export function duplicatesInFile(rows: { row: number; nationalId: string }[]): RowProblem[] {
  const first = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const r of rows) {
    const seen = first.get(r.nationalId);
    if (seen === undefined) first.set(r.nationalId, r.row);
    else
      problems.push({
        row: r.row,
        column: 'nationalId',
        key: 'people.national_id.duplicate_in_file',
        params: { first: seen },
      });
  }
  return problems;
}
