// ESLint flat config: typescript-eslint, the Office add-in rules (load/sync discipline for
// Office.js code), React hooks, and the security rules from issue 8 (no eval, no innerHTML).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

/**
 * The layer rule (issue 11): data flows import → core → PlanModel → writers, and nothing below
 * imports from above. Each folder of src/ may import only the folders listed here; `regex` is
 * matched against the import text, so `(../)+plan(/|$)` is any relative path into src/plan.
 *   core      → nothing outside core (and no package: it stays pure TypeScript)
 *   import    → core                       functions → core
 *   plan      → core, import               excel     → core, plan
 *   cli       → core, import, plan         taskpane  → anything but cli
 * Outside src/core the core is imported through its public index (`../core`), never a file
 * inside it: index.ts is the API that tests and benchmarks depend on. Deep imports into plan and
 * import stay allowed for now (their index files do not yet export what the writers need).
 */
const LAYERS = ["core", "import", "plan", "functions", "excel", "cli", "taskpane"];
const ALLOWED = {
  core: [],
  import: ["core"],
  plan: ["core", "import"],
  functions: ["core"],
  excel: ["core", "plan"],
  cli: ["core", "import", "plan"],
  taskpane: ["core", "import", "plan", "functions", "excel"],
};
const layerRules = LAYERS.map((layer) => {
  const forbidden = LAYERS.filter((l) => l !== layer && !ALLOWED[layer].includes(l));
  const patterns = [];
  if (forbidden.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
      message: `src/${layer} may import only ${ALLOWED[layer].join(", ") || "src/core itself"} (the layer rule, eslint.config.mjs).`,
    });
  }
  if (layer === "core") {
    patterns.push({
      regex: "^[^.]",
      message: "src/core stays pure: no packages, no Office, DOM or Node imports.",
    });
  } else {
    patterns.push({
      regex: "^(\\.\\./)+core/.+",
      message: "Import the core through its public index (../core), not a file inside it.",
    });
  }
  return {
    files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  };
});

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "build/", "coverage/", "test-output/", "bin/", "**/*.js", "**/*.mjs"],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-new": "error",
      "no-template-curly-in-string": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Never render imported text as HTML.",
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: "Use textContent, not innerHTML.",
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
  {
    files: ["test/**/*.ts", "test/**/*.tsx", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
