/** Full semantic version of `/api/v1`, sent as `API-Version` on every API response. */
export const API_VERSION = '1.0.0';
export const API_PREFIX = '/api/v1';
