import type { AnyEndpoint } from "../endpoint";
import { TOKEN_API, WEBHOOK_API } from "./admin";
import { ARTICLE_API } from "./articles";
import { CLAIM_API } from "./claims";
import { FINDER_API } from "./finder";
import { META_API } from "./meta";
import { REVIEW_API } from "./review";
import { ME_API, WORKSPACE_API } from "./workspace";

/**
 * Every /api/v1 endpoint. routes.test.ts fails when a route file serves a method that is not defined
 * here or a definition has no route; the catch-all `[...path]` answers unknown paths with a 404.
 */
export const ENDPOINTS: AnyEndpoint[] = [
  ARTICLE_API,
  CLAIM_API,
  REVIEW_API,
  ME_API,
  WORKSPACE_API,
  TOKEN_API,
  WEBHOOK_API,
  META_API,
  FINDER_API,
].flatMap((group) => Object.values(group) as AnyEndpoint[]);
