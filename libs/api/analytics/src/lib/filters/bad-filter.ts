import { BadRequestException } from '@nestjs/common';

/** A 400 that names the offending parameter and lists what is allowed instead. */
export function badFilter(name: string, problem: string, allowed: readonly string[]): never {
  throw new BadRequestException({
    message: `Query parameter "${name}" ${problem}. Allowed: ${allowed.join(', ')}`,
    error: 'Bad Request',
    parameter: name,
    allowed,
  });
}
