// @ts-check
const { readFileSync } = require('node:fs');

const tsconfig = JSON.parse(readFileSync(`${__dirname}/tsconfig.json`, 'utf8'));

// @swc/jest compiles each file on its own: fast, and decorators keep their design-time metadata,
// which Nest's injection and MikroORM's reflection read.
/** @type {import('jest').Config['transform']} */
const transform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      swcrc: false,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        keepClassNames: true,
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

/** @returns {import('jest').Config} */
const project = (displayName, testMatch, extra = {}) => ({
  displayName,
  testMatch,
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
  rootDir: __dirname,
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  // Integration and browser tests start real servers; the machine has two cores.
  testTimeout: 60_000,
  projects: [
    project('unit', ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/plugins/**/*.spec.ts']),
    project('integration', ['<rootDir>/tests/integration/**/*.int.ts']),
    project('browser', ['<rootDir>/tests/e2e/**/*.e2e.ts']),
  ],
};
