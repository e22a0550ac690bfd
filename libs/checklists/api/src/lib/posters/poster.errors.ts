import { ValidationError } from '@xiangzhi/server/core';
import { POSTER_SIZES } from './poster-types';

/**
 * Error codes of the posters (REST answers `{ code, kind, details }`); besides these, the poster of a version answers
 * CHECKLIST_VERSION_NOT_FOUND (404) and SCOPE_OUT_OF_REGION (403), the public poster CHECKLIST_NONE_PUBLISHED (404).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | CHECKLIST_POSTER_SIZE_INVALID | BAD_USER_INPUT | `size` is not A3 or A4 (`details.size`, `details.allowed`) |
 */
export const PosterErrors = {
  sizeInvalid: (size: string) => new ValidationError('CHECKLIST_POSTER_SIZE_INVALID', { size, allowed: POSTER_SIZES }),
};
