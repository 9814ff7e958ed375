import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { CustomerProfileDto, SplitResultDto } from '@journey-atlas/shared/domain';
import { CUSTOMER_PROFILE_EXAMPLE, SPLIT_RESULT_EXAMPLE } from './dto/identity.examples';
import { CustomersService } from './services/customers.service';
import { SplitService } from './services/split.service';

const customerId = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('The customer id must be a UUID'),
});

@ApiTags('customers')
@ApiQuery({ name: 'workspace', required: false, example: 'default' })
@Controller('v1/customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly splits: SplitService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Find the stitched customer by any identifier' })
  @ApiQuery({ name: 'identifier', example: 'email:ana@x.com' })
  @ApiOkResponse({ schema: { example: CUSTOMER_PROFILE_EXAMPLE } })
  find(
    @Query('identifier') identifier: string | undefined,
    @Query('workspace') workspace?: string,
  ): Promise<CustomerProfileDto> {
    return this.customers.findByIdentifier(workspace, identifier);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Upsert segment attributes for the customer an identifier names' })
  @ApiBody({
    schema: {
      example: { identifier: 'accountId:A-1001', region: 'North', tier: 'Gold', valueBand: 'high' },
    },
  })
  @ApiOkResponse({ schema: { example: CUSTOMER_PROFILE_EXAMPLE } })
  upsert(
    @Body() body: unknown,
    @Query('workspace') workspace?: string,
  ): Promise<CustomerProfileDto> {
    return this.customers.upsert(workspace, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Profile, masked identifiers, touchpoint count and merge history' })
  @ApiOkResponse({ schema: { example: CUSTOMER_PROFILE_EXAMPLE } })
  get(
    @Param('id', customerId) id: string,
    @Query('workspace') workspace?: string,
  ): Promise<CustomerProfileDto> {
    return this.customers.get(workspace, id);
  }

  @Post(':id/split')
  @HttpCode(200)
  @ApiOperation({ summary: 'Detach a wrongly linked identifier and the touchpoints it brought' })
  @ApiBody({ schema: { example: { identifier: 'phone:+447700900018' } } })
  @ApiOkResponse({ schema: { example: SPLIT_RESULT_EXAMPLE } })
  split(
    @Param('id', customerId) id: string,
    @Body() body: unknown,
    @Query('workspace') workspace?: string,
  ): Promise<SplitResultDto> {
    return this.splits.split(workspace, id, body);
  }
}
