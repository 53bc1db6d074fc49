/** Who may read, run, teach at, learn at and export 领雁学苑 (scope: the academy's node). */
import type { PermissionTable } from '../../platform/access/access.ts';

export const trainingPermissions = {
  /** Read the teacher pools, curriculum, classes, forums and exams of one's academy. */
  'training.read': [
    'org_officer',
    'street_officer',
    'community_officer',
    'cadre',
    'village_staff',
    'teacher',
  ],
  /** Run the academy: teachers, curriculum, classes, forums into courses, exams. */
  'training.manage': ['org_officer', 'street_officer'],
  /** Teach a class: open QR check-in, mark attendance, close it as held. */
  'training.teach': ['teacher', 'org_officer', 'street_officer'],
  /** Learn: enrol, check in, bring problems to forums, take exams, see one's record and certificates. */
  'training.learn': ['community_officer', 'cadre', 'village_staff'],
  /** Export the registers (teachers, attendance, results) and import teachers. */
  'training.export': ['org_officer', 'street_officer'],
} as const satisfies PermissionTable;
