/** How a stand-in words a request its validation refused: `path: problem; path: problem`. */
import type { ZodError } from 'zod';

export function describeIssues(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}
