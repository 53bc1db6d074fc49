/**
 * What assessment reads from the training academy (领雁学苑) for a cadre's one-person file: the
 * classes they attended with hours, and their certificates. The port is defined here; the
 * composition root passes a reader over the training module's service. Optional: without it the
 * file has no training section.
 */

/** A cadre's training record as the file shows it. */
export interface TrainingFileRecord {
  hours: number;
  classes: { title: string; hours: number; startsAt: string }[];
  certificates: { number: string; courseTitle: string; score: number; issuedAt: string }[];
}

/** Reads a person's training record (the caller has already checked who may read the file). */
export type TrainingRecordsReader = (districtId: string, personId: string) => Promise<TrainingFileRecord>;
