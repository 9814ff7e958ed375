import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiQuery,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { IngestResultDto } from '@journey-atlas/shared/domain';
import type { Request } from 'express';
import { IngestionService } from './services/ingestion.service';

/** Paths whose body this module reads itself (the app's JSON parser must leave them alone). */
export const STREAMED_BODY_PATHS = ['/api/v1/touchpoints'];

@ApiTags('touchpoints')
@Controller('v1/touchpoints')
export class TouchpointsController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ingest touchpoints: JSON {"touchpoints":[...]} (≤ 10,000) or streamed NDJSON',
  })
  @ApiConsumes('application/json', 'application/x-ndjson')
  @ApiBody({
    schema: {
      example: {
        touchpoints: [
          {
            id: 'c-1001',
            source: 'genesys',
            occurredAt: '2026-03-01T10:22:00Z',
            channel: 'phone',
            customer: { email: 'ana@x.com', phone: '+447700900123' },
            interactionType: 'tech_support',
            intent: 'router-offline',
            outcome: 'resolved',
          },
        ],
      },
    },
  })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiOkResponse({
    description: 'Stored, duplicate and rejected counts',
    schema: { example: { accepted: 1, duplicates: 0, rejected: [], rejectedCount: 0 } },
  })
  @ApiPayloadTooLargeResponse({ description: 'More than 10,000 touchpoints or 32 MB of JSON' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Neither JSON nor NDJSON' })
  ingest(
    @Req() request: Request,
    @Query('workspace') workspace?: string,
  ): Promise<IngestResultDto> {
    return this.ingestion.ingest(workspace, request);
  }
}
