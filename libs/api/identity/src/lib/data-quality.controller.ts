import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { DataQualityIdentifiersDto } from '@journey-atlas/shared/domain';
import { DATA_QUALITY_IDENTIFIERS_EXAMPLE } from './dto/identity.examples';
import { DataQualityService } from './services/data-quality.service';

@ApiTags('data-quality')
@Controller('v1/data-quality')
export class DataQualityController {
  constructor(private readonly dataQuality: DataQualityService) {}

  @Get('identifiers')
  @ApiOperation({
    summary: 'Identifiers that stopped merging because they linked too many customers',
  })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiOkResponse({ schema: { example: DATA_QUALITY_IDENTIFIERS_EXAMPLE } })
  identifiers(@Query('workspace') workspace?: string): Promise<DataQualityIdentifiersDto> {
    return this.dataQuality.cappedIdentifiers(workspace);
  }
}
