import { Controller, type MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DEFAULT_WORKSPACE_SLUG } from '@journey-atlas/api/workspaces';
import type { Observable } from 'rxjs';
import { AlertsService } from '../services/alerts.service';
import { LIVE_EXAMPLE } from '../dto/alerts.examples';
import { LiveService } from './live.service';

@ApiTags('live')
@Controller('v1/live')
export class LiveController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly live: LiveService,
  ) {}

  @Sse()
  @ApiOperation({
    summary:
      'Server-Sent Events: touchpoints (per minute by channel, last 10 minutes), alert (as rules fire), ' +
      'metrics (key metrics after each journey build) and heartbeat',
  })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ schema: { type: 'string', example: LIVE_EXAMPLE } })
  async stream(@Query('workspace') workspace?: string): Promise<Observable<MessageEvent>> {
    const id = await this.alerts.workspaceId(workspace);
    return this.live.stream({ id, slug: workspace || DEFAULT_WORKSPACE_SLUG });
  }
}
