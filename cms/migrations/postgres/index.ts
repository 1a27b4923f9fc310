import * as migration_20261125_204756_initial from './20261125_204756_initial';
import * as migration_20261126_000940_editorial_model from './20261126_000940_editorial_model';

export const migrations = [
  {
    up: migration_20261125_204756_initial.up,
    down: migration_20261125_204756_initial.down,
    name: '20261125_204756_initial',
  },
  {
    up: migration_20261126_000940_editorial_model.up,
    down: migration_20261126_000940_editorial_model.down,
    name: '20261126_000940_editorial_model'
  },
];
