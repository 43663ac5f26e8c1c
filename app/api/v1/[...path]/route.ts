import { unknownPathRoute } from "@/lib/api/route";

// Unknown API paths answer in the API's error shape (404), not with an HTML page.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = unknownPathRoute();
