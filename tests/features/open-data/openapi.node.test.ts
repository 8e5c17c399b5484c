import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../src/features/open-data/api/openapi';

describe('the OpenAPI document of /api/v1', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = openApiDocument('https://veerkrachtigewijken.example');
    const api = (await SwaggerParser.validate(structuredClone(doc) as never)) as { openapi?: string; paths?: Record<string, unknown> };
    expect(api.openapi).toBe('3.1.0');
    expect(Object.keys(api.paths ?? {})).toEqual([
      '/activities',
      '/activities/{id}',
      '/organisations',
      '/neighbourhoods',
      '/indicators',
      '/indicators/{code}',
      '/projects',
    ]);
  });

  it('refuses a broken document (the validator is really checking)', async () => {
    const doc = openApiDocument('https://veerkrachtigewijken.example') as Record<string, unknown>;
    await expect(
      SwaggerParser.validate({
        ...doc,
        paths: { '/x': { get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } } } } } } },
      } as never),
    ).rejects.toThrow();
  });
});
