import { IMPORT_CSV_COLUMNS, type IdentifierKind } from '@journey-atlas/shared/domain';
import { type ImportMapping, MAPPED_VALUE_FIELDS, type MappedValueField } from './import-mapping';
import { resolveTimestamp } from './zoned-time';

/** A file row turned into a raw touchpoint for validateTouchpoint, with what was assumed. */
export interface MappedRow {
  raw: unknown;
  assumptions?: Record<string, unknown>;
}

type Target =
  | { kind: 'text'; field: string }
  | { kind: 'number'; field: string }
  | { kind: 'identifier'; identifier: IdentifierKind }
  | { kind: 'ivrPath' }
  | { kind: 'attribute'; name: string };

const IDENTIFIER_COLUMNS: Record<string, IdentifierKind> = {
  account_id: 'accountId',
  email: 'email',
  phone: 'phone',
  social_handle: 'socialHandle',
  device_id: 'deviceId',
};
const NUMBER_FIELDS = new Set([
  'waitSeconds',
  'handleSeconds',
  'cost',
  'csat',
  'ces',
  'nps',
  'sentiment',
]);
/** Canonical columns by lower-case name; identifiers also by their JSON (camelCase) name. */
const CANONICAL = new Map<string, string>([
  ...IMPORT_CSV_COLUMNS.map((name) => [name.toLowerCase(), name] as [string, string]),
  ...Object.entries(IDENTIFIER_COLUMNS).map(
    ([column, kind]) => [kind.toLowerCase(), column] as [string, string],
  ),
]);
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const VALUE_FIELDS = new Set<string>(MAPPED_VALUE_FIELDS);

function targetOf(column: string): Target | undefined {
  const canonical = CANONICAL.get(column.trim().toLowerCase());
  if (canonical === undefined) return undefined;
  if (canonical in IDENTIFIER_COLUMNS) {
    return { kind: 'identifier', identifier: IDENTIFIER_COLUMNS[canonical] };
  }
  if (canonical === 'ivrPath') return { kind: 'ivrPath' };
  return NUMBER_FIELDS.has(canonical)
    ? { kind: 'number', field: canonical }
    : { kind: 'text', field: canonical };
}

/**
 * Maps the rows of one file (CSV cells under a header, or NDJSON objects) to raw
 * touchpoints: renames columns, translates values, fills constants, completes
 * timestamps. Validation stays with validateTouchpoint, so errors read the same as the API's.
 */
export class RowMapper {
  /** Header columns that map to nothing. */
  readonly ignoredColumns: string[] = [];
  private readonly targets: Target[][];
  private readonly constants: [Target, string | number][];

  constructor(
    header: string[],
    private readonly mapping: ImportMapping,
    /** `12,5` means 12.5 (files whose delimiter is not a comma). */
    private readonly decimalComma = false,
  ) {
    this.targets = header.map((column) => {
      const found: Target[] = [];
      const renamed = mapping.columns[column] ?? mapping.columns[column.trim()];
      const target = targetOf(renamed ?? column);
      if (target) found.push(target);
      if (mapping.attributes.includes(column.trim())) {
        found.push({ kind: 'attribute', name: column.trim() });
      }
      if (found.length === 0 && column.trim() !== '') this.ignoredColumns.push(column.trim());
      return found;
    });
    this.constants = Object.entries(mapping.constants).flatMap(([column, value]) => {
      const target = targetOf(column);
      return target ? [[target, value] as [Target, string | number]] : [];
    });
  }

  /** One CSV record; missing trailing cells count as empty. */
  fromCells(cells: string[]): MappedRow {
    return this.withTimestamp(this.cellsToRaw(cells));
  }

  private cellsToRaw(cells: string[]): Record<string, unknown> {
    const raw: Record<string, unknown> = {};
    const customer: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    for (let i = 0; i < this.targets.length; i++) {
      const cell = cells[i];
      if (cell === undefined || cell.trim() === '') continue;
      for (const target of this.targets[i]) this.put(target, cell, raw, customer, attributes);
    }
    for (const [target, value] of this.constants) {
      const present =
        target.kind === 'identifier'
          ? customer[target.identifier] !== undefined
          : target.kind === 'text' || target.kind === 'number'
            ? raw[target.field] !== undefined
            : raw['ivrPath'] !== undefined;
      if (!present) this.put(target, String(value), raw, customer, attributes);
    }
    if (Object.keys(customer).length > 0) raw['customer'] = customer;
    if (Object.keys(attributes).length > 0) raw['attributes'] = attributes;
    return raw;
  }

  /** One NDJSON object: already touchpoint-shaped; the mapping applies to top-level keys. */
  fromObject(object: Record<string, unknown>): MappedRow {
    if (this.isEmpty()) return { raw: object };
    const cells: string[] = [];
    const header: string[] = [];
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(object)) {
      const mapped =
        this.mapping.columns[key] !== undefined || this.mapping.attributes.includes(key);
      if (mapped && (typeof value === 'string' || typeof value === 'number')) {
        header.push(key);
        cells.push(String(value));
      } else rest[key] = value;
    }
    const mapped = new RowMapper(header, this.mapping, this.decimalComma).cellsToRaw(cells);
    // The object's own fields win over constants; mapped identifiers join its customer.
    const raw = { ...mapped, ...rest };
    if (isObject(rest['customer']) && isObject(mapped['customer'])) {
      raw['customer'] = { ...mapped['customer'], ...rest['customer'] };
    }
    for (const field of VALUE_FIELDS) {
      const value = raw[field];
      if (typeof value === 'string') raw[field] = this.translate(field as MappedValueField, value);
    }
    return this.withTimestamp(raw);
  }

  private isEmpty(): boolean {
    const m = this.mapping;
    return (
      Object.keys(m.columns).length === 0 &&
      Object.keys(m.values).length === 0 &&
      Object.keys(m.constants).length === 0 &&
      m.attributes.length === 0 &&
      m.timestamps === undefined
    );
  }

  private put(
    target: Target,
    cell: string,
    raw: Record<string, unknown>,
    customer: Record<string, string>,
    attributes: Record<string, string>,
  ): void {
    switch (target.kind) {
      case 'identifier':
        customer[target.identifier] = cell;
        return;
      case 'attribute':
        attributes[target.name] = cell.trim();
        return;
      case 'ivrPath':
        raw['ivrPath'] = cell.split('>').map((step) => step.trim());
        return;
      case 'number':
        raw[target.field] = this.toNumber(cell);
        return;
      case 'text':
        raw[target.field] = VALUE_FIELDS.has(target.field)
          ? this.translate(target.field as MappedValueField, cell)
          : cell;
    }
  }

  private translate(field: MappedValueField, value: string): string {
    return this.mapping.values[field]?.[value.trim()] ?? value;
  }

  /** A number when the cell is one; the text otherwise, so validation names the field. */
  private toNumber(cell: string): number | string {
    const text = cell.trim();
    if (PLAIN_NUMBER.test(text)) return Number(text);
    if (this.decimalComma && COMMA_DECIMAL.test(text)) return Number(text.replace(',', '.'));
    return cell;
  }

  private withTimestamp(raw: Record<string, unknown>): MappedRow {
    const given = raw['occurredAt'];
    if (typeof given !== 'string' || this.mapping.timestamps === undefined) return { raw };
    const resolved = resolveTimestamp(given, this.mapping.timestamps);
    raw['occurredAt'] = resolved.value;
    return resolved.assumption
      ? { raw, assumptions: { occurredAt: resolved.assumption } }
      : { raw };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
