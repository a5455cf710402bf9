/**
 * Where the API is: the console's own origin (the local gateway, or CloudFront routing /v1/* to the API),
 * unless the build names another (`VITE_API_ORIGIN`, for stages whose CloudFront has no edge functions:
 * docs/deploy.md "The console").
 */
export const API_ORIGIN: string = import.meta.env.VITE_API_ORIGIN ?? '';
