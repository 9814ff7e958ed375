import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { GoalNodeDto, GoalNodeListDto, GoalTreeDto } from '@journey-atlas/shared/domain';
import {
  CREATE_EXAMPLES,
  GOAL_EXAMPLE,
  STRATEGIC_EXAMPLE,
  TREE_EXAMPLE,
} from './dto/goals.examples';
import { GoalTreeService } from './services/goal-tree.service';
import { GoalsService } from './services/goals.service';

const WORKSPACE = { name: 'workspace', required: false, example: 'default' } as const;
const BAD_FIELD = {
  description: 'A field is missing, unknown or invalid; the message names it and what is allowed',
};

/** The metrics pyramid: goals -> strategic -> operational -> team/individual metrics. */
@ApiTags('goals')
@Controller('v1/goals')
export class GoalsController {
  constructor(
    private readonly goals: GoalsService,
    private readonly trees: GoalTreeService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every node of the metrics pyramid, flat, oldest first' })
  @ApiQuery(WORKSPACE)
  @ApiOkResponse({
    schema: { example: { workspace: 'default', nodes: [GOAL_EXAMPLE, STRATEGIC_EXAMPLE] } },
  })
  list(@Query('workspace') workspace?: string): Promise<GoalNodeListDto> {
    return this.goals.list(workspace);
  }

  @Get('tree')
  @ApiOperation({
    summary:
      'The pyramid as a tree: each metric computed for [from, to) and the window before, status vs target, limit warnings',
  })
  @ApiQuery(WORKSPACE)
  @ApiQuery({
    name: 'from',
    required: false,
    example: '2026-10-01',
    description: 'Default: the 30 days up to the latest journey',
  })
  @ApiQuery({ name: 'to', required: false, example: '2026-11-01' })
  @ApiOkResponse({ schema: { example: TREE_EXAMPLE } })
  @ApiBadRequestResponse(BAD_FIELD)
  tree(@Query() query: Record<string, unknown>): Promise<GoalTreeDto> {
    return this.trees.tree(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One node of the pyramid' })
  @ApiQuery(WORKSPACE)
  @ApiOkResponse({ schema: { example: STRATEGIC_EXAMPLE } })
  @ApiNotFoundResponse({ description: 'No such node in the workspace' })
  get(@Param('id') id: string, @Query('workspace') workspace?: string): Promise<GoalNodeDto> {
    return this.goals.get(workspace, id);
  }

  @Post()
  @ApiOperation({
    summary: 'Add a goal, or a strategic / operational / team metric under its parent',
  })
  @ApiQuery(WORKSPACE)
  @ApiBody({ schema: { type: 'object' }, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ schema: { example: STRATEGIC_EXAMPLE } })
  @ApiBadRequestResponse(BAD_FIELD)
  create(@Body() body: unknown, @Query('workspace') workspace?: string): Promise<GoalNodeDto> {
    return this.goals.create(workspace, body);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Replace a node’s editable fields (level and parent stay; absent fields clear)',
  })
  @ApiQuery(WORKSPACE)
  @ApiBody({
    schema: {
      type: 'object',
      example: { metric: 'containment', target: 0.65, targetDate: '2027-06-30', channel: 'web' },
    },
  })
  @ApiOkResponse({ schema: { example: { ...STRATEGIC_EXAMPLE, target: 0.65, channel: 'web' } } })
  @ApiBadRequestResponse(BAD_FIELD)
  @ApiNotFoundResponse({ description: 'No such node in the workspace' })
  update(
    @Param('id') id: string,
    @Body() body: unknown,
    @Query('workspace') workspace?: string,
  ): Promise<GoalNodeDto> {
    return this.goals.update(workspace, id, body);
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a node and everything below it' })
  @ApiQuery(WORKSPACE)
  @ApiOkResponse({ schema: { example: { id: GOAL_EXAMPLE.id, deleted: 4 } } })
  @ApiNotFoundResponse({ description: 'No such node in the workspace' })
  remove(
    @Param('id') id: string,
    @Query('workspace') workspace?: string,
  ): Promise<{ id: string; deleted: number }> {
    return this.goals.remove(workspace, id);
  }
}
