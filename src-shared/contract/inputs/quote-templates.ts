import { z } from 'zod';
import { fileIdSchema } from './common';

/** A Word template the user uploaded (see src-shared/domain/files.ts), to become the office's. */
export const quoteTemplateSaveInput = z.strictObject({ fileId: fileIdSchema });
