import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JobDto } from './dto/job.dto';
import { JOB_EXAMPLE } from './dto/journeys.examples';
import { JobsService } from './services/jobs.service';

@ApiTags('jobs')
@Controller('v1/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'Status and progress of a background job' })
  @ApiOkResponse({ type: JobDto, example: JOB_EXAMPLE })
  async find(@Param('id', new ParseUUIDPipe()) id: string): Promise<JobDto> {
    const job = await this.jobs.find(id);
    if (!job) throw new NotFoundException(`Job ${id} does not exist`);
    return job;
  }
}
