import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src/, checked against the committed SDL: an operation that no
// longer matches the schema fails `npm run build` and `typecheck`.
const config: CodegenConfig = {
  // HUIGONG_SCHEMA lets a page be written against a schema that is not merged yet.
  schema: process.env.HUIGONG_SCHEMA ?? '../schema/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Operations travel as strings: no GraphQL AST or parser in the bundle.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        skipTypename: false,
        scalars: { DateTime: 'string', Date: 'string', SafeInt: 'number', ID: 'string' },
      },
    },
  },
};

export default config;
