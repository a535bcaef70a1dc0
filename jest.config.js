/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Toolchain trap (DESIGN.md): office-addin-mock pulls an ESM-only module through office-addin-manifest.
  moduleNameMapper: {
    "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 60000,
  setupFilesAfterEnv: ["<rootDir>/tests/helpers/jest-setup.js"],
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.js"],
};
