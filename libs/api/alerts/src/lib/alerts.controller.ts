import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AlertFiringDto,
  AlertRuleDeletedDto,
  AlertRuleDto,
} from '@journey-atlas/shared/domain';
import {
  CREATE_METRIC_RULE_EXAMPLE,
  CREATE_TRANSITION_RULE_EXAMPLE,
  FIRING_EXAMPLE,
  RULE_EXAMPLE,
} from './dto/alerts.examples';
import { badRule } from './rules/parse-alert-rule';
import { AlertsService } from './services/alerts.service';

const MAX_LIMIT = 500;

function limitParam(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > MAX_LIMIT) {
    badRule('limit', `is not a whole number from 1 to ${MAX_LIMIT} (${JSON.stringify(raw)})`, [
      `1 to ${MAX_LIMIT}`,
    ]);
  }
  return value;
}

@ApiTags('alerts')
@Controller('v1/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({ summary: 'The alert rules of a workspace with their latest firings' })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiOkResponse({ schema: { example: [RULE_EXAMPLE] } })
  list(@Query('workspace') workspace?: string): Promise<AlertRuleDto[]> {
    return this.alerts.list(workspace);
  }

  @Post()
  @ApiOperation({
    summary:
      'Create a rule: metric_threshold (a catalogue metric above / below a value over the last days) ' +
      'or transition_baseline (from -> to channel transitions this week above mean + sigma x sd of the weeks before)',
  })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiBody({
    schema: { type: 'object', example: CREATE_TRANSITION_RULE_EXAMPLE },
    examples: {
      transition_baseline: { value: CREATE_TRANSITION_RULE_EXAMPLE },
      metric_threshold: { value: CREATE_METRIC_RULE_EXAMPLE },
    },
  })
  @ApiCreatedResponse({
    schema: { example: { ...RULE_EXAMPLE, firingCount: 0, recentFirings: [] } },
  })
  create(
    @Query('workspace') workspace: string | undefined,
    @Body() body: unknown,
  ): Promise<AlertRuleDto> {
    return this.alerts.create(workspace, body);
  }

  @Get('firings')
  @ApiOperation({ summary: 'The latest firings of every rule of the workspace, newest first' })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiQuery({ name: 'limit', required: false, example: 20 })
  @ApiOkResponse({ schema: { example: [FIRING_EXAMPLE] } })
  latest(
    @Query('workspace') workspace?: string,
    @Query('limit') limit?: string,
  ): Promise<AlertFiringDto[]> {
    return this.alerts.latestFirings(workspace, limitParam(limit, 20));
  }

  @Get(':id/firings')
  @ApiOperation({ summary: 'The firing history of one rule, newest first' })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiQuery({ name: 'limit', required: false, example: 100 })
  @ApiOkResponse({ schema: { example: [FIRING_EXAMPLE] } })
  firings(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('workspace') workspace?: string,
    @Query('limit') limit?: string,
  ): Promise<AlertFiringDto[]> {
    return this.alerts.firings(workspace, id, limitParam(limit, 100));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Delete a rule and its firing history' })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiOkResponse({ schema: { example: { id: RULE_EXAMPLE.id, deleted: true, firingsDeleted: 1 } } })
  @ApiNotFoundResponse({ description: 'No such rule in the workspace' })
  remove(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('workspace') workspace?: string,
  ): Promise<AlertRuleDeletedDto> {
    return this.alerts.remove(workspace, id);
  }
}
