import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiQuery } from '@nestjs/swagger';

/** OpenAPI for the common analytics filters and their 400. */
export function ApiAnalyticsFilters(): MethodDecorator {
  return applyDecorators(
    ApiQuery({ name: 'workspace', required: false, example: 'default' }),
    ApiQuery({
      name: 'from',
      required: false,
      description:
        'Journeys whose first step is at or after this (ISO date in the workspace time zone, or instant)',
      example: '2026-11-01',
    }),
    ApiQuery({ name: 'to', required: false, description: 'Exclusive end', example: '2026-12-01' }),
    ApiQuery({ name: 'intent', required: false, example: 'router offline' }),
    ApiQuery({
      name: 'channel',
      required: false,
      description: 'Journeys that touched it',
      example: 'phone',
    }),
    ApiQuery({ name: 'team', required: false, example: 'tier1' }),
    ApiQuery({ name: 'agent', required: false, example: 'a-17' }),
    ApiQuery({
      name: 'segment.<attr>',
      required: false,
      description: 'region, tier, valueBand, specialNeeds or a custom attribute; repeatable',
      example: 'segment.tier=gold',
    }),
    ApiBadRequestResponse({
      description: 'A bad or unknown filter, named, with what is allowed',
      schema: {
        example: {
          statusCode: 400,
          error: 'Bad Request',
          message:
            'Query parameter "colour" is not a known filter. Allowed: from, to, intent, channel, team, agent, workspace, segment.<attribute>, names, groupBy, period',
          details: { parameter: 'colour', allowed: ['from', 'to', '…'] },
        },
      },
    }),
  );
}
