import { Controller, HttpCode, HttpStatus, NotFoundException, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DEFAULT_WORKSPACE_SLUG, WorkspacesService } from '@journey-atlas/api/workspaces';
import { RebuildAcceptedDto } from './dto/job.dto';
import { REBUILD_ACCEPTED_EXAMPLE } from './dto/journeys.examples';
import { JobWorker } from './services/job-worker.service';
import { JobsService } from './services/jobs.service';

@ApiTags('journeys')
@Controller('v1/journeys')
export class JourneysController {
  constructor(
    private readonly workspaces: WorkspacesService,
    private readonly jobs: JobsService,
    private readonly worker: JobWorker,
  ) {}

  @Post('rebuild')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Queue a full rebuild of the workspace journeys; follow it on /api/v1/jobs/:id',
  })
  @ApiQuery({ name: 'workspace', required: false, example: DEFAULT_WORKSPACE_SLUG })
  @ApiAcceptedResponse({ type: RebuildAcceptedDto, example: REBUILD_ACCEPTED_EXAMPLE })
  async rebuild(@Query('workspace') workspace?: string): Promise<RebuildAcceptedDto> {
    const slug = workspace || DEFAULT_WORKSPACE_SLUG;
    const found = await this.workspaces.findBySlug(slug);
    if (!found) throw new NotFoundException(`Workspace "${slug}" does not exist`);
    const job = await this.jobs.enqueue(found.id, 'rebuild_journeys');
    this.worker.kick();
    return { jobId: job.id, status: job.status };
  }
}
