/** Shapes of the people API: bodies, queries, per-kind identity attributes and masked views. */
import { z } from 'zod';
import { ADDRESS_MAX, GENDERS, IDENTITY_KINDS, NAME_MAX, REVEAL_REASONS } from './people.rules.ts';

const isoDate = z.iso.date();
const shortText = (max: number) => z.string().trim().max(max);

/** Attributes of each identity kind (see the people migration). */
export const identityAttrs = {
  resident: z.strictObject({
    residence: z.enum(['registered', 'floating']),
    specialCare: z.boolean().default(false),
  }),
  party_member: z.strictObject({
    partyOrgId: z.uuid(),
    joinedOn: isoDate,
    mobile: z.boolean().default(false),
  }),
  cadre: z.strictObject({
    unitNodeId: z.uuid(),
    post: shortText(50).min(1),
    grade: shortText(30).min(1),
    postSince: isoDate,
    unitSince: isoDate,
  }),
  grid_worker: z.strictObject({ gridNodeIds: z.array(z.uuid()).min(1).max(50) }),
  volunteer: z.strictObject({
    team: shortText(100).optional(),
    hours: z.number().min(0).max(100000).optional(),
  }),
  deputy: z.strictObject({ level: z.enum(['district', 'city']), term: shortText(30).optional() }),
} as const;

/** POST /api/people/:id/identities: the kind decides the attributes' shape. */
export const addIdentityBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('resident'), attrs: identityAttrs.resident }),
  z.strictObject({ kind: z.literal('party_member'), attrs: identityAttrs.party_member }),
  z.strictObject({ kind: z.literal('cadre'), attrs: identityAttrs.cadre }),
  z.strictObject({ kind: z.literal('grid_worker'), attrs: identityAttrs.grid_worker }),
  z.strictObject({ kind: z.literal('volunteer'), attrs: identityAttrs.volunteer }),
  z.strictObject({ kind: z.literal('deputy'), attrs: identityAttrs.deputy }),
]);
export type AddIdentityInput = z.infer<typeof addIdentityBody>;

const personFields = {
  name: shortText(NAME_MAX).min(1),
  gender: z.enum(GENDERS),
  birthDate: isoDate,
  // longer than 18 so a wrong length gets the ID rule's own message, not a generic one
  nationalId: shortText(32).min(1),
  phone: shortText(20).nullish(),
  address: shortText(ADDRESS_MAX).nullish(),
};

/** POST /api/people */
export const createPersonBody = z.strictObject({ nodeId: z.uuid(), ...personFields });
export type CreatePersonInput = z.infer<typeof createPersonBody>;

/** PATCH /api/people/:id: any of the fields, with the version the client saw. */
export const updatePersonBody = z.strictObject({
  nodeId: z.uuid().optional(),
  name: personFields.name.optional(),
  gender: personFields.gender.optional(),
  birthDate: personFields.birthDate.optional(),
  nationalId: personFields.nationalId.optional(),
  phone: personFields.phone,
  address: personFields.address,
  version: z.number().int().min(1),
});
export type UpdatePersonInput = z.infer<typeof updatePersonBody>;

/** Filters of the list and the export. */
export const listQuery = z.object({
  nodeId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  identity: z.enum(IDENTITY_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListFilters = z.infer<typeof listQuery>;

/** Why personal data is revealed: one of the listed reasons, or 'other' with the reason typed. */
const revealReasonFields = {
  reason: z.enum(REVEAL_REASONS),
  note: z.string().trim().max(200).optional(),
};
const noteForOther = (v: { reason: string; note?: string }) => v.reason !== 'other' || !!v.note;
const noteProblem = { message: 'people.reveal.note_required', path: ['note'] };

/** POST /api/people/:id/reveal */
export const revealBody = z.strictObject(revealReasonFields).refine(noteForOther, noteProblem);
export type RevealInput = z.infer<typeof revealBody>;

/** GET /api/people/export.xlsx: the list's filters and an explicit reveal (with its reason). */
export const exportQuery = listQuery
  .omit({ limit: true, offset: true })
  .extend({
    reveal: z.enum(['0', '1']).default('0'),
    reason: revealReasonFields.reason.optional(),
    note: revealReasonFields.note,
  })
  .refine((v) => v.reveal === '0' || !!v.reason, {
    message: 'people.reveal.reason_required',
    path: ['reason'],
  })
  .refine((v) => !v.reason || noteForOther({ reason: v.reason, note: v.note }), noteProblem);

/** One row of the list: personal data masked. */
export const personListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  gender: z.enum(GENDERS),
  birthDate: z.string(),
  nationalId: z.string(),
  phone: z.string().nullable(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  identities: z.array(z.string()),
});

/** GET /api/people: a page and the (capped) total. */
export const personList = z.object({
  total: z.number(),
  /** True when there are more matches than total says (the count stops at a cap). */
  totalCapped: z.boolean(),
  items: z.array(personListItem),
});

/** An identity as shown: its attributes, and the names of the nodes and party organisation they name. */
export const identityView = z.object({
  id: z.uuid(),
  kind: z.enum(IDENTITY_KINDS),
  attrs: z.record(z.string(), z.unknown()),
  /** Names of the ids in attrs (party organisation, unit, grids), so no raw id is shown. */
  names: z.record(z.string(), z.string()),
});

/** GET /api/people/:id */
export const personDetail = personListItem.omit({ identities: true }).extend({
  address: z.string(),
  identities: z.array(identityView),
  version: z.number(),
  can: z.object({ write: z.boolean(), reveal: z.boolean() }),
});

/** POST /api/people/:id/reveal */
export const revealed = z.object({
  nationalId: z.string(),
  phone: z.string().nullable(),
  birthDate: z.string(),
  address: z.string(),
});

/** POST /api/people/import/preview answer. */
export const importPreview = z.object({
  batchId: z.uuid(),
  /** Where rows without a node column go: the chosen node, or the officer's own when none was chosen. */
  nodeId: z.uuid(),
  nodeName: z.string(),
  /** The 1-based row the header was found on (titles above it are skipped). */
  headerRow: z.number(),
  /** The header text of every sheet column, by 0-based index. */
  headers: z.array(z.string()),
  /** Each register column and the sheet column it was read from (null: not in the file). */
  columns: z.array(
    z.object({ key: z.string(), label: z.string(), required: z.boolean(), index: z.number().nullable() }),
  ),
  /** Sheet columns read into nothing (the user may map them). */
  unmapped: z.array(z.object({ index: z.number(), header: z.string() })),
  /** 填报单位 and 填报日期 when the title rows give them. */
  meta: z.object({ unit: z.string().optional(), date: z.string().optional() }),
  /** Rows skipped on purpose: titles, notes, a repeated header. */
  skipped: z.array(z.object({ row: z.number(), reason: z.enum(['title', 'notes', 'repeated_header']) })),
  total: z.number(),
  valid: z.number(),
  invalid: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), reason: z.string() })),
});

/** POST /api/people/import/:batchId/commit */
export const importCommitBody = z.strictObject({ mode: z.enum(['valid', 'all']) });

/** POST /api/people/import/preview query: the node rows go to, and a corrected column mapping. */
export const importPreviewQuery = z.object({
  nodeId: z.uuid().optional(),
  /** JSON: register column key → 0-based sheet column (or null: not imported). */
  mapping: z
    .string()
    .max(2000)
    .optional()
    .transform((s, c) => {
      if (!s) return undefined;
      try {
        const v = JSON.parse(s) as unknown;
        const ok =
          v !== null &&
          typeof v === 'object' &&
          !Array.isArray(v) &&
          Object.values(v).every(
            (x) => x === null || (Number.isInteger(x) && (x as number) >= 0 && (x as number) < 500),
          );
        if (ok) return v as Record<string, number | null>;
      } catch {
        /* reported below */
      }
      c.addIssue({ code: 'custom', message: 'people.import.bad_mapping' });
      return z.NEVER;
    }),
});
