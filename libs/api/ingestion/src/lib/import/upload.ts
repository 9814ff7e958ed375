import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import {
  IMPORT_CONTENT_TYPES,
  IMPORT_FORMATS,
  type ImportFormat,
} from '@journey-atlas/shared/domain';

/** Where uploads wait for their job (deleted when the job ends). */
export const UPLOAD_DIR = tmpdir();

/** The file part of a multipart upload, as multer (disk storage) describes it. */
export interface MultipartFile {
  path: string;
  size: number;
  originalname: string;
  mimetype: string;
}

const EXTENSIONS: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/** `?format=` wins; then the declared content type; then the file name's extension. */
export function importFormatOf(
  explicit: unknown,
  contentType: string,
  fileName: string | null,
): ImportFormat {
  if (explicit !== undefined) {
    if (!(IMPORT_FORMATS as readonly unknown[]).includes(explicit)) {
      throw new BadRequestException(`format must be one of: ${IMPORT_FORMATS.join(', ')}`);
    }
    return explicit as ImportFormat;
  }
  const byType = IMPORT_CONTENT_TYPES[contentType];
  if (byType) return byType;
  const byName = fileName ? EXTENSIONS[path.extname(fileName).toLowerCase()] : undefined;
  if (byName) return byName;
  throw new UnsupportedMediaTypeException(
    `Send the file as ${Object.keys(IMPORT_CONTENT_TYPES).join(', ')} or multipart/form-data with a "file" field (got "${contentType || 'none'}"), or say ?format=csv|ndjson`,
  );
}

/** Streams a raw request body to a temp file (never held in memory); returns its size. */
export async function saveBody(request: IncomingMessage): Promise<{ path: string; size: number }> {
  const target = path.join(UPLOAD_DIR, `journey-atlas-import-${randomUUID()}`);
  let size = 0;
  request.on('data', (chunk: Buffer) => (size += chunk.length));
  try {
    await pipeline(request, createWriteStream(target));
  } catch (error) {
    await rm(target, { force: true });
    throw new BadRequestException(`The upload ended early (${(error as Error).message}); retry it`);
  }
  return { path: target, size };
}

/** The upload as a file on disk: multer's part for multipart, else the streamed body. */
export async function receiveUpload(
  request: IncomingMessage,
  file: MultipartFile | undefined,
  format: unknown,
  name: unknown,
): Promise<{ path: string; size: number; fileName: string | null; format: ImportFormat }> {
  const contentType = mediaTypeOf(request.headers['content-type']);
  if (file) {
    const fileName = file.originalname || null;
    try {
      const found = importFormatOf(format, mediaTypeOf(file.mimetype), fileName);
      return { path: file.path, size: file.size, fileName, format: found };
    } catch (error) {
      await rm(file.path, { force: true });
      throw error;
    }
  }
  if (contentType === 'multipart/form-data') {
    throw new BadRequestException('The multipart upload has no "file" field');
  }
  const fileName = typeof name === 'string' && name !== '' ? path.basename(name) : null;
  const found = importFormatOf(format, contentType, fileName);
  const saved = await saveBody(request);
  return { ...saved, fileName, format: found };
}
