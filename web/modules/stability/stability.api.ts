/** The stability API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export {
  DIMENSIONS,
  FIELDS,
  LEVELS,
  METHODS,
  STATES,
} from '../../../server/modules/stability/stability.rules.ts';

export type DecisionList = Res<'get', '/api/stability/decisions'>;
export type DecisionRow = DecisionList['items'][number];
export type Decision = Res<'get', '/api/stability/decisions/{id}'>;
export type Assessment = Decision['assessment'];
export type Measure = Decision['measures'][number];
export type Report = Res<'get', '/api/stability/decisions/{id}/report'>;
export type Catalogue = Res<'get', '/api/stability/catalogue'>;
export type CatalogueImport = Res<'post', '/api/stability/catalogue/import'>;
export type DecisionInput = Body<'post', '/api/stability/decisions'>;
export type DecisionEdit = Body<'put', '/api/stability/decisions/{id}'>;
export type AssessmentInput = Body<'put', '/api/stability/decisions/{id}/assessment'>;
export type MoveInput = Body<'post', '/api/stability/decisions/{id}/moves'>;
export type MeasureInput = Body<'post', '/api/stability/decisions/{id}/measures'>;
export type ProgressInput = Body<'post', '/api/stability/measures/{id}/progress'>;
export type IncidentInput = Body<'post', '/api/stability/decisions/{id}/incidents'>;
export type ThresholdsInput = Body<'put', '/api/stability/thresholds'>;

/** The register under a node, of a year. */
export const listDecisions = (nodeId?: string, year?: number) =>
  client.get('/api/stability/decisions', { query: { nodeId, year } });
/** The register as Excel. */
export const registerExportUrl = (nodeId?: string, year?: number) =>
  client.url('/api/stability/decisions/export', { query: { nodeId, year } });
/** Registers a decision. */
export const registerDecision = (body: DecisionInput) => client.post('/api/stability/decisions', { body });
/** One decision. */
/** Corrects a decision while its assessment is not submitted. */
export const editDecision = (id: string, body: DecisionEdit) =>
  client.put('/api/stability/decisions/{id}', { path: { id }, body });
/** One decision. */
export const getDecision = (id: string) => client.get('/api/stability/decisions/{id}', { path: { id } });
/** Saves the assessment in progress. */
export const saveAssessment = (id: string, body: AssessmentInput) =>
  client.put('/api/stability/decisions/{id}/assessment', { path: { id }, body });
/** Moves a decision. */
export const moveDecision = (id: string, body: MoveInput) =>
  client.post('/api/stability/decisions/{id}/moves', { path: { id }, body });
/** The numbered report. */
export const getReport = (id: string) => client.get('/api/stability/decisions/{id}/report', { path: { id } });
/** Adds a measure. */
export const addMeasure = (id: string, body: MeasureInput) =>
  client.post('/api/stability/decisions/{id}/measures', { path: { id }, body });
/** Records a measure's progress. */
export const recordProgress = (id: string, body: ProgressInput) =>
  client.post('/api/stability/measures/{id}/progress', { path: { id }, body });
/** Reports an incident after the decision. */
export const addIncident = (id: string, body: IncidentInput) =>
  client.post('/api/stability/decisions/{id}/incidents', { path: { id }, body });
/** The district's catalogue and thresholds. */
export const getCatalogue = (nodeId?: string) =>
  client.get('/api/stability/catalogue', { query: { nodeId } });
/** Sets the thresholds. */
export const setThresholds = (body: ThresholdsInput) => client.put('/api/stability/thresholds', { body });
/** Checks (dryRun) or applies a catalogue import for a district. */
export const importCatalogue = (nodeId: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/stability/catalogue/import', {
    query: { nodeId, dryRun: dryRun ? '1' : '0' },
    body,
  });
};
