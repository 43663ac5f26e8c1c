import { errorResponse } from "@/lib/api/errors";
import { AppError } from "@/lib/errors";

// Unknown API paths answer in the API's error shape, not with an HTML page.
const unknownEndpoint = () =>
  errorResponse(new AppError("not_found", "There is no such API endpoint. Check the path and the method."));

export {
  unknownEndpoint as GET,
  unknownEndpoint as POST,
  unknownEndpoint as PATCH,
  unknownEndpoint as PUT,
  unknownEndpoint as DELETE,
};
