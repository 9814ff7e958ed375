import type { IncomingMessage } from 'node:http';
import {
  BadRequestException,
  Injectable,
  Logger,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  IdentifierKeyer,
  IdentitySettingsService,
  WorkspaceLookupService,
} from '@journey-atlas/api/identity';
import {
  type IngestResultDto,
  MAX_TOUCHPOINTS_PER_JSON_REQUEST,
  TOUCHPOINT_CONTENT_TYPES,
} from '@journey-atlas/shared/domain';
import { IngestSession } from './ingest-session';
import { ndjsonLines } from './ndjson-lines';
import { readBody, tooLarge } from './read-body';
import { TouchpointWriterService } from './touchpoint-writer.service';

/** 10,000 rich touchpoints fit well within this; more belongs in NDJSON. */
export const MAX_JSON_BODY_BYTES = 32 * 1024 * 1024;
/** One NDJSON line (one touchpoint) may not be longer than this. */
export const MAX_NDJSON_LINE_CHARS = 1024 * 1024;

/**
 * Reading the body is one long chain of promise callbacks; without a break the batch being
 * written waits for it between its statements. A turn of the event loop every this many
 * lines keeps the two overlapping.
 */
const YIELD_EVERY_LINES = 200;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const JSON_SHAPE = 'the body must be {"touchpoints": [ ... ]}';

@Injectable()
export class IngestionService {
  private readonly logger = new Logger(IngestionService.name);

  constructor(
    private readonly workspaces: WorkspaceLookupService,
    private readonly settings: IdentitySettingsService,
    private readonly writer: TouchpointWriterService,
  ) {}

  async ingest(
    workspaceSlug: string | undefined,
    request: IncomingMessage,
  ): Promise<IngestResultDto> {
    const type = mediaTypeOf(request.headers['content-type']);
    if (type !== 'application/json' && type !== 'application/x-ndjson') {
      throw new UnsupportedMediaTypeException(
        `Content-Type must be one of: ${TOUCHPOINT_CONTENT_TYPES.join(', ')} (got "${type || 'none'}")`,
      );
    }
    const workspace = await this.workspaces.resolve(workspaceSlug);
    const settings = await this.settings.forWorkspace(workspace.id);
    const session = new IngestSession(
      new IdentifierKeyer(settings.secret, settings.defaultCountry),
      (batch, final) => this.writer.write(workspace.id, batch, final),
    );
    if (type === 'application/json') await this.readJson(request, session);
    else await this.readNdjson(request, session, workspace.slug);
    return session.finish();
  }

  private async readJson(request: IncomingMessage, session: IngestSession): Promise<void> {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_JSON_BODY_BYTES) throw tooLarge(MAX_JSON_BODY_BYTES, 'The JSON body');
    const body = await readBody(request, MAX_JSON_BODY_BYTES, 'The JSON body');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (error) {
      throw new BadRequestException(
        `Malformed JSON in the request body (${(error as Error).message}); ${JSON_SHAPE}`,
      );
    }
    const touchpoints = (parsed as { touchpoints?: unknown } | null)?.touchpoints;
    if (!Array.isArray(touchpoints))
      throw new BadRequestException(`Wrong body shape: ${JSON_SHAPE}`);
    if (touchpoints.length > MAX_TOUCHPOINTS_PER_JSON_REQUEST) {
      throw new PayloadTooLargeException(
        `At most ${MAX_TOUCHPOINTS_PER_JSON_REQUEST} touchpoints per application/json request (got ${touchpoints.length}); send application/x-ndjson for more`,
      );
    }
    for (let index = 0; index < touchpoints.length; index++) {
      await session.add(touchpoints[index], index);
    }
  }

  private async readNdjson(
    request: IncomingMessage,
    session: IngestSession,
    workspace: string,
  ): Promise<void> {
    let index = 0;
    try {
      for await (const line of ndjsonLines(request, MAX_NDJSON_LINE_CHARS)) {
        const at = index++;
        if ('tooLong' in line) {
          session.reject(at, line.number, undefined, [
            { field: '(line)', message: `line is longer than ${MAX_NDJSON_LINE_CHARS} characters` },
          ]);
          continue;
        }
        let raw: unknown;
        try {
          raw = JSON.parse(line.text);
        } catch (error) {
          session.reject(at, line.number, undefined, [
            { field: '(line)', message: `not valid JSON: ${(error as Error).message}` },
          ]);
          continue;
        }
        await session.add(raw, at, line.number);
        // Lets the batch in flight get its answers from Postgres (see YIELD_EVERY_LINES).
        if (index % YIELD_EVERY_LINES === 0) await yieldToEventLoop();
      }
    } catch (error) {
      if (!request.destroyed && !request.readableAborted) throw error;
      // The client went away: whole batches are stored, the rest is for its retry.
      await session.settle().catch(() => undefined);
      this.logger.warn(
        `NDJSON upload to workspace "${workspace}" ended early after ${session.stored} stored touchpoints`,
      );
      throw new BadRequestException('The request body ended early; retry the upload');
    }
  }
}

function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}
