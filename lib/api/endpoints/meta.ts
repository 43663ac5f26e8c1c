import { defineEndpoint } from "../endpoint";

export const META_API = {
  openapi: defineEndpoint({
    method: "GET",
    path: "/openapi.json",
    tag: "meta",
    ability: null,
    summary: { en: "This OpenAPI 3.1 document.", ar: "وثيقة OpenAPI 3.1 هذه." },
    raw: { contentType: "application/json", description: "The OpenAPI 3.1 document." },
  }),
};
