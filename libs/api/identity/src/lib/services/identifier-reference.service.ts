import { BadRequestException, Injectable } from '@nestjs/common';
import { type IdentifierReference, parseIdentifierReference } from '@journey-atlas/shared/domain';
import { IdentifierKeyer, type KeyedIdentifier } from './identifier-keyer';
import { IdentitySettingsService } from './identity-settings.service';

/** Turns `kind:value` from a URL or body into the workspace's key for it. */
@Injectable()
export class IdentifierReferenceService {
  constructor(private readonly settings: IdentitySettingsService) {}

  parse(raw: unknown, field: string): IdentifierReference {
    const parsed = parseIdentifierReference(raw);
    if (!parsed.ok) throw new BadRequestException(`${field} ${parsed.message}`);
    return parsed.value;
  }

  async key(
    workspaceId: string,
    reference: IdentifierReference,
    field: string,
  ): Promise<KeyedIdentifier> {
    const settings = await this.settings.forWorkspace(workspaceId);
    const keyed = new IdentifierKeyer(settings.secret, settings.defaultCountry, 1).keyOne(
      reference.kind,
      reference.value,
    );
    if (typeof keyed === 'string')
      throw new BadRequestException(`${field} (${reference.kind}) ${keyed}`);
    return keyed;
  }
}
