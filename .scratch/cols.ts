import { PGlite } from '@electric-sql/pglite';
