// GET /api/v1/openapi.json: the OpenAPI 3.1 document, built from the schemas the endpoints parse with.
import { endpoint } from '$lib/server/api/endpoint';
import { openApiDocument, operations } from '$lib/server/api/openapi';

export const GET = endpoint(operations.openApiDocument, async () => openApiDocument());
