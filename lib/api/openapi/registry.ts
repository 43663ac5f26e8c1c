import { ARTICLE_ENDPOINTS } from "./articles";
import { CLAIM_ENDPOINTS } from "./claims";
import type { Endpoint } from "./types";
import { WORKSPACE_ENDPOINTS } from "./workspace";

/** Every /api/v1 endpoint; registry.test.ts fails when a route exports a method that is not here. */
export const ENDPOINTS: Endpoint[] = [...ARTICLE_ENDPOINTS, ...CLAIM_ENDPOINTS, ...WORKSPACE_ENDPOINTS];
