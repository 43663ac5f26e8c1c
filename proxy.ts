import { withAuth } from "next-auth/middleware";

// Redirects signed-out visitors to the sign-in page. It only redirects:
// every data function authorizes the acting user itself.
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = {
  matcher: ["/((?!api|sign-in|sign-out|_next|favicon.ico|r/).*)"],
};
