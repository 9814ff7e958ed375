import { rm } from 'node:fs/promises';
import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { ImportJobDto } from '@journey-atlas/shared/domain';
import type { Request, Response } from 'express';
import {
  FINISHED_IMPORT_EXAMPLE,
  IMPORT_EVENTS_EXAMPLE,
  QUEUED_IMPORT_EXAMPLE,
} from './dto/imports.examples';
import { streamImportEvents } from './import/import-events';
import { type MultipartFile, UPLOAD_DIR, receiveUpload } from './import/upload';
import { ImportJobsService } from './services/import-jobs.service';

@ApiTags('imports')
@Controller('v1/imports')
export class ImportsController {
  constructor(private readonly jobs: ImportJobsService) {}

  @Post()
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file', { dest: UPLOAD_DIR }))
  @ApiOperation({
    summary:
      'Import a CSV or NDJSON file in the background: raw body (text/csv, application/x-ndjson) or multipart "file" (+ "mapping")',
  })
  @ApiConsumes('text/csv', 'application/x-ndjson', 'multipart/form-data')
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiQuery({
    name: 'mapping',
    required: false,
    description: 'mapping JSON (see the ingestion README)',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['csv', 'ndjson'] })
  @ApiQuery({ name: 'name', required: false, description: 'file name to show for a raw upload' })
  @ApiAcceptedResponse({
    description: 'The queued import job; poll it or stream /events',
    schema: { example: QUEUED_IMPORT_EXAMPLE },
  })
  async create(
    @Req() request: Request,
    @UploadedFile() file: MultipartFile | undefined,
    @Query('workspace') workspace?: string,
    @Query('mapping') mapping?: string,
    @Query('format') format?: string,
    @Query('name') name?: string,
  ): Promise<ImportJobDto> {
    const fieldMapping = (request.body as { mapping?: unknown } | undefined)?.mapping;
    try {
      return await this.jobs.create(workspace, mapping ?? fieldMapping, () =>
        receiveUpload(request, file, format, name),
      );
    } catch (error) {
      // A refused multipart upload: multer already stored its file.
      if (file) await rm(file.path, { force: true });
      throw error;
    }
  }

  @Get(':id')
  @ApiOperation({ summary: 'Status, progress and rejected rows (with line numbers) of an import' })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiOkResponse({ description: 'The import job', schema: { example: FINISHED_IMPORT_EXAMPLE } })
  get(@Param('id') id: string, @Query('workspace') workspace?: string): Promise<ImportJobDto> {
    return this.jobs.get(workspace, id);
  }

  @Get(':id/events')
  @ApiOperation({ summary: 'Server-Sent Events: progress until the import is done or failed' })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ schema: { type: 'string', example: IMPORT_EVENTS_EXAMPLE } })
  async events(
    @Param('id') id: string,
    @Res() response: Response,
    @Query('workspace') workspace?: string,
  ): Promise<void> {
    const first = await this.jobs.get(workspace, id);
    await streamImportEvents(response, () => this.jobs.get(workspace, id), first);
  }
}
