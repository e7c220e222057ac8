import type { DemoResult } from '../../../shared/api';
import type { Records } from '../repos/records';

// Placeholder while the demo data is being written (see demo/README in the session notes).
export function loadDemo(_r: Records): DemoResult {
  throw new Error('demo data not written yet');
}
