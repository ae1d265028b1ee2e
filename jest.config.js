/** One `jest` run covers every layer: Node for the pure code, jsdom for the pane. */
const tsJest = [
  "ts-jest",
  { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true } },
];
const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock pulls ESM-only deps through office-addin-manifest; its CJS entry is enough.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    "\\.(css|png|svg)$": "<rootDir>/test/setup/fileStub.js",
  },
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
};
module.exports = {
  coverageDirectory: "coverage",
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts"],
  coverageReporters: ["text-summary", "lcov"],
  projects: [
    {
      ...shared,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/taskpane/", "<rootDir>/test/browser/"],
    },
    {
      ...shared,
      displayName: "pane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.tsx", "<rootDir>/test/taskpane/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/pane.ts"],
    },
    {
      ...shared,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
    },
  ],
};
