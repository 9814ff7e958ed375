import type { ImportJobDto } from '@journey-atlas/shared/domain';

/** OpenAPI examples of the import routes. */
export const QUEUED_IMPORT_EXAMPLE: ImportJobDto = {
  id: '9d3c1a7e-2b4f-4e6a-8c5d-1f0e9b8a7c6d',
  workspace: 'default',
  status: 'queued',
  format: 'csv',
  fileName: 'contacts-march.csv',
  createdAt: '2026-11-25T10:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  progress: {
    bytesTotal: 2_400_000,
    bytesRead: 0,
    rowsRead: 0,
    accepted: 0,
    duplicates: 0,
    rejected: 0,
  },
  detected: null,
  rejectedRows: [],
  error: null,
};

export const FINISHED_IMPORT_EXAMPLE: ImportJobDto = {
  ...QUEUED_IMPORT_EXAMPLE,
  status: 'done',
  startedAt: '2026-11-25T10:00:00.200Z',
  finishedAt: '2026-11-25T10:00:04.900Z',
  progress: {
    bytesTotal: 2_400_000,
    bytesRead: 2_400_000,
    rowsRead: 10_000,
    accepted: 9_990,
    duplicates: 9,
    rejected: 1,
  },
  detected: { encoding: 'utf-8', delimiter: ',', ignoredColumns: ['crm_note'] },
  rejectedRows: [
    {
      index: 41,
      line: 43,
      id: 'c-1042',
      errors: [
        {
          field: 'channel',
          message:
            'must be one of phone, ivr, chat, chatbot, email, sms, social, video, field_service, web, app, community, store, kiosk (got "fax")',
        },
      ],
    },
  ],
};

export const IMPORT_EVENTS_EXAMPLE = [
  'event: progress',
  `data: ${JSON.stringify({ status: 'running', progress: { ...FINISHED_IMPORT_EXAMPLE.progress, rowsRead: 5_000 } })}`,
  '',
  'event: done',
  `data: ${JSON.stringify(FINISHED_IMPORT_EXAMPLE)}`,
  '',
].join('\n');
