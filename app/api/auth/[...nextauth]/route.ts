import NextAuth from "next-auth";
import { errorResponse } from "@/lib/api/errors";
import { authOptions } from "@/lib/auth/options";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { isSameOriginRequest } from "@/lib/security/same-origin";

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own forms (sign-in, sign-out) post form data with its CSRF token; a page on another
// origin must not drive them either (signing a victim in to the attacker's account, or out).
async function post(request: Request, context: Context) {
  if (!isSameOriginRequest(request))
    return errorResponse(new AppError("forbidden", errorText("crossSiteWrite")), localeOfRequest(request));
  return handler(request, context);
}

export { handler as GET, post as POST };
