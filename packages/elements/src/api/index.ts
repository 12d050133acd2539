export { HnApiClient } from './api-client.ts';
export type { HnApiClientOptions, RequestOptions, TokenProvider } from './api-client.ts';
export { HnApiError, apiErrorFromResponse, isAbortError, networkProblemType } from './api-error.ts';
export * from './types.ts';
