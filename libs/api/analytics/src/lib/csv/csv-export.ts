import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  applyDecorators,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiProduces } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type Observable, map } from 'rxjs';
import { toCsv } from './csv';

/** Turns a route's JSON answer into the rows of its CSV export. */
export type CsvRows<T> = (body: T) => Record<string, unknown>[];

const CSV_EXPORT = 'analytics:csv-export';

interface CsvExport {
  name: string;
  rows: CsvRows<unknown>;
}

/** Whether the client asked for CSV: `format=csv`, or an Accept header preferring text/csv. */
export function wantsCsv(request: Request): boolean {
  if (request.query['format'] === 'csv') return true;
  return request.accepts(['application/json', 'text/csv']) === 'text/csv';
}

@Injectable()
export class CsvExportInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const csv = this.reflector.get<CsvExport | undefined>(CSV_EXPORT, context.getHandler());
    const http = context.switchToHttp();
    if (!csv || !wantsCsv(http.getRequest<Request>())) return next.handle();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        response.setHeader('Content-Type', 'text/csv; charset=utf-8');
        response.setHeader('Content-Disposition', `attachment; filename="${csv.name}.csv"`);
        return toCsv(csv.rows(body));
      }),
    );
  }
}

/** The route answers `format=csv` / `Accept: text/csv` with these rows as CSV. */
export function CsvExport<T>(name: string, rows: CsvRows<T>): MethodDecorator {
  return applyDecorators(
    // The handler's own return type is T, so its answer is what `rows` expects.
    SetMetadata(CSV_EXPORT, { name, rows } as CsvExport),
    UseInterceptors(CsvExportInterceptor),
    ApiProduces('application/json', 'text/csv'),
  );
}
