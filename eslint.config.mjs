/**
 * ESLint with Microsoft's Office add-in rules (load/sync discipline of the Excel API), TypeScript and React.
 * Formatting is prettier's job (`npm run lint` runs both).
 */
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.at(-1).rules).filter(([rule]) =>
    rule.startsWith("office-addins/")
  )
);

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { "office-addins": officeAddins, react },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    settings: { react: { version: "18" } },
    rules: {
      ...officeRules,
      ...react.configs.flat.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The Office API rules guess from names like getCell: outside the code that talks to Excel they only misfire
    // (exceljs in the command line and the tests, the fake Excel of the tests).
    files: ["test/**", "src/cli/**", "scripts/**", "bench/**"],
    rules: Object.fromEntries(Object.keys(officeRules).map((rule) => [rule, "off"])),
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
);
