import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      ".data/**",
      ".test-data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only lib/db/client.ts builds a Prisma client; everything else asks it for one.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/db/generated/client", "@prisma/client"],
              allowTypeImports: true,
              message: "Use getDb() from lib/db/client.",
            },
          ],
        },
      ],
    },
  },
  // Components reach /api/v1 through the typed client (lib/api/client.ts), which parses every answer.
  {
    files: ["components/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        {
          name: "fetch",
          message: "Call the API with callApi/requestApi from lib/api/client and an endpoint definition.",
        },
      ],
    },
  },
  // Tests of the database layer itself build clients of their own against scratch databases.
  {
    files: ["lib/db/client.ts", "lib/db/*.test.ts", "lib/db/*.db.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
];

export default config;
